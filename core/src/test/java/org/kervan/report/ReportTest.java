package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
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

class ReportTest {

  /** Ferry 440 km in 22 h with a 42 h wait, a 12 h / $120 transfer, then 500 km of rail at 50 km/h. */
  static Corridor corridor() {
    Network n =
        Network.builder()
            .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2)))
            .addNode(
                Node.of("AZBAK", "Baku & Alat", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9))
                    .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120)))
            .addNode(Node.of("GETBS", "Tbilisi", "GE", NodeKind.DRY_PORT, GeoPoint.of(41.7, 44.8)))
            .addLeg(
                Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(440), Speed.ofKilometresPerHour(20))
                    .withDeparturesPerWeek(2)
                    .withCost(400, 0))
            .addLeg(
                Leg.of("AZBAK", "GETBS", Mode.RAIL, Distance.ofKilometres(500), Speed.ofKilometresPerHour(50))
                    .withCost(0, 0.2))
            .build();
    return Corridor.of(n, n.legs());
  }

  @Test
  void points_stepAtNodesAndSlopeAlongLegs() {
    List<double[]> pts = TimeDistanceChart.points(corridor(), ChartMetric.TIME_DAYS);
    // (0,0) → wait 42 h vertical → ferry 22 h over 440 km → transfer 12 h vertical → rail 10 h.
    double[][] expected = {{0, 0}, {0, 42 / 24.0}, {440, 64 / 24.0}, {440, 76 / 24.0}, {940, 86 / 24.0}};
    assertEquals(expected.length, pts.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], pts.get(i)[0], 1e-12, "x of point " + i);
      assertEquals(expected[i][1], pts.get(i)[1], 1e-12, "y of point " + i);
    }
    List<double[]> cost = TimeDistanceChart.points(corridor(), ChartMetric.COST_USD);
    assertEquals(620.0, cost.get(cost.size() - 1)[1], 1e-9);
  }

  @Test
  void svg_isWellFormedWithOnePolylinePerCorridorAndEscapedLabels() throws Exception {
    String svg =
        TimeDistanceChart.of("Caspian <test> & more", ChartMetric.TIME_DAYS)
            .with("Ferry & rail", corridor())
            .with("Same again", corridor())
            .toSvg();
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getTagName());
    NodeList lines = doc.getElementsByTagName("polyline");
    assertEquals(2, lines.getLength());
    String[] points = ((Element) lines.item(0)).getAttribute("points").split(" ");
    assertEquals(5, points.length);
    assertTrue(svg.contains("Caspian &lt;test&gt; &amp; more"), svg);
    assertTrue(svg.contains("Ferry &amp; rail (3.6 d)"), svg);
    assertTrue(svg.contains(">Baku &amp; Alat</text>"), "transfer step labelled by name: " + svg);
  }

  @Test
  void svg_mapsPointsOntoNiceAxes() {
    String svg = TimeDistanceChart.of("t", ChartMetric.TIME_DAYS).with("c", corridor()).toSvg();
    // 940 km rounds up to a 1000 km axis (200 km ticks); 3.58 days to 4 days (0.5 day ticks).
    // The plot is 640 x 450 px from (80, 50): x = 80 + km / 1000 * 640, y = 500 - days / 4 * 450.
    assertTrue(
        svg.contains("points=\"80,500 80,303.1 361.6,200 361.6,143.8 681.6,96.9\""), svg);
    assertTrue(svg.contains(">1,000</text>"), svg);
    assertTrue(svg.contains(">3.5</text>"), svg);
    assertTrue(svg.contains("Cumulative time (days)"), svg);
    assertTrue(svg.contains("Cumulative distance (km)"), svg);
    // The transfer at Baku is labelled at the top of its step.
    assertTrue(svg.contains("<text x=\"365.6\" y=\"139.8\" font-size=\"10\" fill=\"#1f77b4\">Baku &amp; Alat</text>"), svg);
    String cost = TimeDistanceChart.of("t", ChartMetric.COST_USD).with("c", corridor()).toSvg();
    assertTrue(cost.contains("Cumulative cost (USD/TEU)"), cost);
    assertTrue(cost.contains("c (620 USD)"), cost);
    assertEquals("TimeDistanceChart[COST_USD, 0 series]", TimeDistanceChart.of("t", ChartMetric.COST_USD).toString());
    assertEquals(1, TimeDistanceChart.of("t", ChartMetric.COST_USD).with("c", corridor()).series().size());
  }

  @Test
  void svg_ofAnEmptyChart_isRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> TimeDistanceChart.of("x", ChartMetric.COST_USD).toSvg());
    assertEquals("chart must have at least one series to render, was empty", e.getMessage());
  }

  @Test
  void table_listsBreakdownInDaysAndRootLocale() {
    String text = CorridorTable.of().with("Caspian", corridor()).toText();
    String[] lines = text.split("\n");
    assertEquals(2, lines.length, text);
    assertTrue(lines[0].startsWith("route"), text);
    // 86 h = 3.58 d; running 1.33; waiting 1.75; transfer 0.50; cost 620.
    assertEquals(text, CorridorTable.of().with("Caspian", corridor()).toString());
    assertEquals(1, CorridorTable.of().with("Caspian", corridor()).rows().size());
    assertTrue(lines[1].matches("Caspian\\s+3\\.58\\s+1\\.33\\s+1\\.75\\s+0\\.50\\s+0\\.00\\s+0\\.00\\s+620\\s+940\\s+KZ AZ GE"), lines[1]);
  }

  @Test
  void nullsAndBlankLabels_areRejected() {
    NullPointerTester npt = new NullPointerTester().setDefault(Corridor.class, corridor());
    npt.testAllPublicStaticMethods(TimeDistanceChart.class);
    npt.testAllPublicInstanceMethods(TimeDistanceChart.of("t", ChartMetric.TIME_DAYS));
    npt.testAllPublicInstanceMethods(CorridorTable.of());
    assertEquals(
        "label must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> CorridorTable.of().with(" ", corridor()))
            .getMessage());
  }

  @Test
  void corridorTable_marksCorridorsWithUnbuiltLegs() {
    org.kervan.network.Network net = org.kervan.data.DefaultNetwork.load();
    Corridor planned = org.kervan.data.NamedCorridor.IMEC_AS_PLANNED.corridor();
    Corridor today = org.kervan.data.NamedCorridor.IMEC_ROAD_BRIDGE_TODAY.corridor(net);
    String text = CorridorTable.of().with("planned", planned).with("today", today).toText();
    assertTrue(text.contains("planned *"), text);
    assertTrue(!text.contains("today *"), text);
    assertTrue(text.endsWith("* uses legs that are planned or under construction, not operating today\n"), text);
    String operating = CorridorTable.of().with("today", today).toText();
    assertTrue(!operating.contains("*"), operating);
  }
}
