package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A border station passed by rail without a transshipment charges its dwell and its border
 * clearance, and the next leg's departure adds a wait: the chart's vertical step at that node is
 * the sum of all three, in days and in USD.
 */
class TimeDistanceChartNodeChargesTest {

  /**
   * A -RAIL 100 km at 50 km/h-> B -RAIL 200 km at 50 km/h, 7 departures a week-> C. B: dwell 2 h
   * and USD 5, border 6 h and USD 30. Leg costs USD 10 and USD 20 (fixed). The second leg's
   * expected wait is half its 24 h headway, 12 h.
   */
  private static Corridor corridor() {
    Network n =
        Network.builder()
            .addNode(Node.of("AAAAA", "Alpha", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51)))
            .addNode(
                Node.of("BBBBB", "Bravo", "KZ", NodeKind.BORDER_CROSSING, GeoPoint.of(43, 52))
                    .withDwell(Duration.ofHours(2), CostPerTeu.ofUsd(5))
                    .withBorder(Duration.ofHours(6), CostPerTeu.ofUsd(30)))
            .addNode(Node.of("CCCCC", "Charlie", "UZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 54)))
            .addLeg(
                Leg.of("AAAAA", "BBBBB", Mode.RAIL, Distance.ofKilometres(100), Speed.ofKilometresPerHour(50))
                    .withCost(10, 0))
            .addLeg(
                Leg.of("BBBBB", "CCCCC", Mode.RAIL, Distance.ofKilometres(200), Speed.ofKilometresPerHour(50))
                    .withDeparturesPerWeek(7)
                    .withCost(20, 0))
            .build();
    return Corridor.of(n, n.legs());
  }

  private static void assertPoints(double[][] expected, List<double[]> actual) {
    assertEquals(expected.length, actual.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], actual.get(i)[0], 1e-12, "x of point " + i);
      assertEquals(expected[i][1], actual.get(i)[1], 1e-12, "y of point " + i);
    }
  }

  @Test
  void points_timeStep_addsDwellBorderAndWait() {
    // Running 2 h, then 2 + 6 + 12 = 20 h at Bravo, then running 4 h.
    assertPoints(
        new double[][] {{0, 0}, {100, 2 / 24.0}, {100, 22 / 24.0}, {300, 26 / 24.0}},
        TimeDistanceChart.points(corridor(), ChartMetric.TIME_DAYS));
  }

  @Test
  void points_costStep_addsDwellAndBorder() {
    // USD 10, then 5 + 30 = 35 at Bravo, then USD 20.
    assertPoints(
        new double[][] {{0, 0}, {100, 10}, {100, 45}, {300, 65}},
        TimeDistanceChart.points(corridor(), ChartMetric.COST_USD));
  }

  /**
   * The step's label sits 4 px right of and 4 px above the top of the step as the polyline draws
   * it (its third point), so it moves with the sum of the node's charges.
   */
  private static void assertLabelAtStepTop(ChartMetric metric) throws Exception {
    String svg = TimeDistanceChart.of("Border", metric).with("Rail", corridor()).toSvg();
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    String[] top =
        ((Element) d.getElementsByTagName("polyline").item(0))
            .getAttribute("points")
            .split(" ")[2]
            .split(",");
    NodeList all = d.getElementsByTagName("text");
    int found = 0;
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("font-size").equals("10")) {
        found++;
        assertEquals("Bravo", e.getTextContent());
        // Both coordinates are written with one decimal.
        assertEquals(Double.parseDouble(top[0]) + 4, Double.parseDouble(e.getAttribute("x")), 0.11);
        assertEquals(Double.parseDouble(top[1]) - 4, Double.parseDouble(e.getAttribute("y")), 0.11);
      }
    }
    assertEquals(1, found, svg);
  }

  @Test
  void svg_timeChart_labelsTheBorderStepAtItsTop() throws Exception {
    assertLabelAtStepTop(ChartMetric.TIME_DAYS);
  }

  @Test
  void svg_costChart_labelsTheBorderStepAtItsTop() throws Exception {
    assertLabelAtStepTop(ChartMetric.COST_USD);
  }
}
