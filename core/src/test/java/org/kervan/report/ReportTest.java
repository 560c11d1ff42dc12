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
    assertTrue(svg.contains(">AZBAK</text>"), "transfer step labelled: " + svg);
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
}
