package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
 * Pins where the chart draws things, from the layout alone: a 960 x 560 canvas with margins left
 * 80, right 240, top 50, bottom 60 (plot 640 x 450), axes rounded up to a 1-2-5 tick step giving
 * about eight ticks, a point (km, v) drawn at {@code (80 + km / xMax * 640, 500 - v / yMax *
 * 450)}. Coordinates are written with one decimal, so each is checked to within 0.05.
 */
class TimeDistanceChartGeometryTest {
  private static final double HALF_DECIMAL = 0.0501;

  private static Document svg(ChartMetric metric) throws Exception {
    String svg =
        TimeDistanceChart.of("Caspian", metric).with("Middle Corridor", ReportTest.corridor())
            .toSvg();
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertPolyline(Document d, double[][] expected) {
    String[] pairs =
        ((Element) d.getElementsByTagName("polyline").item(0)).getAttribute("points").split(" ");
    assertEquals(expected.length, pairs.length, String.join(" ", pairs));
    for (int i = 0; i < expected.length; i++) {
      String[] xy = pairs[i].split(",");
      assertEquals(expected[i][0], Double.parseDouble(xy[0]), HALF_DECIMAL, "x of point " + i);
      assertEquals(expected[i][1], Double.parseDouble(xy[1]), HALF_DECIMAL, "y of point " + i);
    }
  }

  /** Texts with a given attribute value, as {x, y, content} rows in document order. */
  private static List<String[]> texts(Document d, String attribute, String value) {
    List<String[]> out = new ArrayList<>();
    NodeList all = d.getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute(attribute).equals(value)) {
        out.add(new String[] {e.getAttribute("x"), e.getAttribute("y"), e.getTextContent()});
      }
    }
    return out;
  }

  private static void assertText(String[] row, double x, double y, String content) {
    assertEquals(x, Double.parseDouble(row[0]), HALF_DECIMAL, "x of " + content);
    assertEquals(y, Double.parseDouble(row[1]), HALF_DECIMAL, "y of " + content);
    assertEquals(content, row[2]);
  }

  @Test
  void timeChart_drawsPointsTicksAndLabelsWhereTheLayoutSays() throws Exception {
    // 940 km and 86 h = 3.583 d: x ticks every 200 km up to 1000, y every 0.5 d up to 4.
    Document d = svg(ChartMetric.TIME_DAYS);
    double yPerDay = 450 / 4.0;
    assertPolyline(
        d,
        new double[][] {
          {80, 500},
          {80, 500 - 42 / 24.0 * yPerDay},
          {80 + 440 * 0.64, 500 - 64 / 24.0 * yPerDay},
          {80 + 440 * 0.64, 500 - 76 / 24.0 * yPerDay},
          {80 + 940 * 0.64, 500 - 86 / 24.0 * yPerDay}
        });
    List<String[]> xTicks = new ArrayList<>();
    for (String[] t : texts(d, "text-anchor", "middle")) {
      if (t[1].equals("518")) {
        xTicks.add(t);
      }
    }
    assertEquals(6, xTicks.size());
    for (int i = 0; i < 6; i++) {
      // Thousands separators: 1,000 km.
      assertText(xTicks.get(i), 80 + i * 128, 518, i == 5 ? "1,000" : Integer.toString(200 * i));
    }
    List<String[]> yTicks = texts(d, "text-anchor", "end");
    assertEquals(9, yTicks.size());
    String[] yLabels = {"0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4"};
    for (int i = 0; i < 9; i++) {
      assertText(yTicks.get(i), 72, 500 - i * 56.25 + 4, yLabels[i]);
    }
    List<String[]> labels = texts(d, "font-size", "10");
    assertEquals(2, labels.size());
    // Node names, not ids, above and right of each step's top.
    assertText(labels.get(0), 84, 500 - 1.75 * yPerDay - 4, "Aktau");
    assertText(labels.get(1), 80 + 440 * 0.64 + 4, 500 - 76 / 24.0 * yPerDay - 4, "Baku & Alat");
    List<String[]> legend = texts(d, "x", "770");
    assertEquals(1, legend.size());
    assertText(legend.get(0), 770, 64, "Middle Corridor (3.6 d)");
  }

  @Test
  void costChart_drawsPointsAndLabelsOnlyForVisibleSteps() throws Exception {
    // USD 400 ferry, USD 120 transfer, USD 100 rail: 620 USD, y ticks every 100 up to 700.
    Document d = svg(ChartMetric.COST_USD);
    double yPerUsd = 450 / 700.0;
    assertPolyline(
        d,
        new double[][] {
          {80, 500},
          {80 + 440 * 0.64, 500 - 400 * yPerUsd},
          {80 + 440 * 0.64, 500 - 520 * yPerUsd},
          {80 + 940 * 0.64, 500 - 620 * yPerUsd}
        });
    List<String[]> yTicks = texts(d, "text-anchor", "end");
    assertEquals(8, yTicks.size());
    assertText(yTicks.get(7), 72, 50 + 4, "700");
    List<String[]> labels = texts(d, "font-size", "10");
    assertEquals(1, labels.size());
    assertText(labels.get(0), 80 + 440 * 0.64 + 4, 500 - 520 * yPerUsd - 4, "Baku & Alat");
    assertText(texts(d, "x", "770").get(0), 770, 64, "Middle Corridor (620 USD)");
  }

  /** Lines with a given stroke, as {x1, y1, x2, y2, stroke-width} rows in document order. */
  private static List<double[]> lines(Document d, String stroke) {
    List<double[]> out = new ArrayList<>();
    NodeList all = d.getElementsByTagName("line");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("stroke").equals(stroke)) {
        out.add(
            new double[] {
              Double.parseDouble(e.getAttribute("x1")), Double.parseDouble(e.getAttribute("y1")),
              Double.parseDouble(e.getAttribute("x2")), Double.parseDouble(e.getAttribute("y2")),
              Double.parseDouble(e.getAttribute("stroke-width"))
            });
      }
    }
    return out;
  }

  @Test
  void gridAxesTitlesAndLegend_sitOnTheLayout() throws Exception {
    String text =
        TimeDistanceChart.of("Caspian", ChartMetric.TIME_DAYS)
            .with("Middle Corridor", ReportTest.corridor())
            .with("Again", ReportTest.corridor())
            .toSvg();
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<double[]> grid = lines(d, "#e5e5e5");
    assertEquals(6 + 9, grid.size());
    for (int i = 0; i < 6; i++) {
      assertArrayEquals(new double[] {80 + 128 * i, 50, 80 + 128 * i, 500, 1}, grid.get(i), 0.051);
    }
    for (int i = 0; i < 9; i++) {
      double y = 500 - 56.25 * i;
      assertArrayEquals(new double[] {80, y, 720, y, 1}, grid.get(6 + i), 0.051);
    }
    List<double[]> axes = lines(d, "#333");
    assertArrayEquals(new double[] {80, 500, 720, 500, 1}, axes.get(0), 0.051);
    assertArrayEquals(new double[] {80, 50, 80, 500, 1}, axes.get(1), 0.051);
    assertArrayEquals(new double[] {740, 60, 764, 60, 3}, lines(d, "#1f77b4").get(0), 0.051);
    assertArrayEquals(new double[] {740, 82, 764, 82, 3}, lines(d, "#d62728").get(0), 0.051);
    List<String[]> middle = texts(d, "text-anchor", "middle");
    String[] xTitle = middle.get(6);
    assertText(xTitle, 400, 542, "Cumulative distance (km)");
    String[] yTitle = middle.get(7);
    assertText(yTitle, 18, 275, ChartMetric.TIME_DAYS.axisLabel());
    NodeList all = d.getElementsByTagName("text");
    String transform = "";
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getTextContent().equals(ChartMetric.TIME_DAYS.axisLabel())) {
        transform = e.getAttribute("transform");
      }
    }
    assertEquals("rotate(-90 18 275)", transform);
    assertText(texts(d, "x", "770").get(1), 770, 86, "Again (3.6 d)");
  }

  @Test
  void points_addEveryChargeAtANode() {
    Network n =
        Network.builder()
            .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2)))
            .addNode(
                Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9))
                    .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120))
                    .withBorder(Duration.ofHours(6), CostPerTeu.ofUsd(30)))
            .addNode(Node.of("GETBS", "Tbilisi", "GE", NodeKind.DRY_PORT, GeoPoint.of(41.7, 44.8)))
            .addLeg(
                Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(440),
                        Speed.ofKilometresPerHour(20))
                    .withCost(400, 0))
            .addLeg(
                Leg.of("AZBAK", "GETBS", Mode.RAIL, Distance.ofKilometres(500),
                        Speed.ofKilometresPerHour(50))
                    .withDeparturesPerWeek(7)
                    .withCost(0, 0.2))
            .build();
    Corridor c = Corridor.of(n, n.legs());
    List<double[]> time = TimeDistanceChart.points(c, ChartMetric.TIME_DAYS);
    // Transshipment 12 h + border 6 h + half of a 24 h headway 12 h = 30 h at Baku.
    assertArrayEquals(new double[] {440, (22 + 30) / 24.0}, time.get(2), 1e-12);
    assertArrayEquals(new double[] {940, (22 + 30 + 10) / 24.0}, time.get(3), 1e-12);
    List<double[]> cost = TimeDistanceChart.points(c, ChartMetric.COST_USD);
    assertArrayEquals(new double[] {440, 550}, cost.get(2), 1e-12);
    assertArrayEquals(new double[] {940, 650}, cost.get(3), 1e-12);
    String svg = TimeDistanceChart.of("t", ChartMetric.TIME_DAYS).with("c", c).toSvg();
    assertEquals(1, svg.split(">Baku<", -1).length - 1, "Baku's 30 h step is labelled");
  }
}
