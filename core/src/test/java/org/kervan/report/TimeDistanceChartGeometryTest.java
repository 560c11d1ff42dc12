package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
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
      assertText(xTicks.get(i), 80 + i * 128, 518, Integer.toString(200 * i));
    }
    List<String[]> yTicks = texts(d, "text-anchor", "end");
    assertEquals(9, yTicks.size());
    String[] yLabels = {"0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4"};
    for (int i = 0; i < 9; i++) {
      assertText(yTicks.get(i), 72, 500 - i * 56.25 + 4, yLabels[i]);
    }
    List<String[]> labels = texts(d, "font-size", "10");
    assertEquals(2, labels.size());
    assertText(labels.get(0), 84, 500 - 1.75 * yPerDay - 4, "KZAKX");
    assertText(labels.get(1), 80 + 440 * 0.64 + 4, 500 - 76 / 24.0 * yPerDay - 4, "AZBAK");
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
    assertText(labels.get(0), 80 + 440 * 0.64 + 4, 500 - 520 * yPerUsd - 4, "AZBAK");
    assertText(texts(d, "x", "770").get(0), 770, 64, "Middle Corridor (620 USD)");
  }
}
