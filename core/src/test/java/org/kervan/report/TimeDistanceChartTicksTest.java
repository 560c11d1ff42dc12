package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The axes at the edges of the 1-2-5 rule: the step is the smallest of 1, 2, 5 or 10 times a power
 * of ten that is at least an eighth of the maximum, so a maximum of exactly eight steps of 1, 2 or
 * 5 keeps that step; and the zoom, which starts only when one corridor ends more than twice as high
 * as the next.
 */
class TimeDistanceChartTicksTest {

  /** One ferry leg of {@code km} at {@code kmh}, no charges at its ends. */
  private static Corridor leg(double km, double kmh) {
    Network n = Network.builder()
        .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2)))
        .addNode(Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9)))
        .addLeg(Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(km),
            Speed.ofKilometresPerHour(kmh)))
        .build();
    return Corridor.of(n, n.legs());
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The texts of the labels under the horizontal axis (y = 50 + 450 + 18), in order. */
  private static List<String> xTicks(Document d) {
    return texts(d, "text-anchor", "middle", "518");
  }

  private static List<String> yTicks(Document d) {
    return texts(d, "text-anchor", "end", null);
  }

  private static List<String> texts(Document d, String attribute, String value, String y) {
    List<String> out = new ArrayList<>();
    NodeList all = d.getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute(attribute).equals(value) && (y == null || e.getAttribute("y").equals(y))) {
        out.add(e.getTextContent());
      }
    }
    return out;
  }

  private static Document chart(Corridor... corridors) throws Exception {
    TimeDistanceChart c = TimeDistanceChart.of("ticks", ChartMetric.TIME_DAYS);
    for (int i = 0; i < corridors.length; i++) {
      c = c.with("Route " + i, corridors[i]);
    }
    return parse(c.toSvg());
  }

  @Test
  void axis_ofExactlyEightStepsOfTwo_keepsTheStepOfTwo() throws Exception {
    // 1,600 km / 8 = 200 = 2 x 100: step 200, eight steps. 1,600 km at 20 km/h = 80 h = 3.33 d:
    // an eighth is 0.417, step 0.5, seven steps to 3.5.
    Document d = chart(leg(1600, 20));
    assertEquals(List.of("0", "200", "400", "600", "800", "1,000", "1,200", "1,400", "1,600"),
        xTicks(d));
    assertEquals(List.of("0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5"), yTicks(d));
  }

  @Test
  void axis_ofExactlyEightStepsOfOneAndOfFive_keepsThoseSteps() throws Exception {
    // 800 km / 8 = 100: step 100, eight steps. 800 km at 200/24 km/h = 96 h = 4 d: 4 / 8 = 0.5 =
    // 5 x 0.1, step 0.5, eight steps.
    Document d = chart(leg(800, 200.0 / 24));
    assertEquals(List.of("0", "100", "200", "300", "400", "500", "600", "700", "800"), xTicks(d));
    assertEquals(List.of("0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4"), yTicks(d));
  }

  @Test
  void axis_justAboveEightSteps_takesTheNextStep() throws Exception {
    // 1,601 km / 8 = 200.1: step 500, four steps to 2,000. 1,601 km at 1,601/48 km/h = 2 d:
    // 0.25 per eighth, step 0.5, four steps.
    Document d = chart(leg(1601, 1601.0 / 48));
    assertEquals(List.of("0", "500", "1,000", "1,500", "2,000"), xTicks(d));
    assertEquals(List.of("0", "0.5", "1", "1.5", "2"), yTicks(d));
  }

  @Test
  void axis_withSmallSteps_printsTheirDecimals() throws Exception {
    // 10 km at 100 km/h = 0.1 h = 1/240 d: an eighth is 5.2e-4, step 1e-3, five steps to 0.005;
    // 10 km: step 2, five steps.
    Document d = chart(leg(10, 100));
    assertEquals(List.of("0", "2", "4", "6", "8", "10"), xTicks(d));
    assertEquals(List.of("0", "0.001", "0.002", "0.003", "0.004", "0.005"), yTicks(d));
  }

  @Test
  void zoom_startsOnlyAboveTwiceTheNextEnd() throws Exception {
    // 2 d and exactly 4 d: no zoom, the axis runs to 4 d.
    Document twice = chart(leg(480, 10), leg(960, 10));
    assertEquals(0, twice.getElementsByTagName("clipPath").getLength());
    assertEquals("4", yTicks(twice).get(yTicks(twice).size() - 1));
    // 2 d and 4.1 d: zoom to 1.25 x 2 = 2.5 d (step 0.5), the horizontal axis to 1.1 x 480 km
    // (528 km, step 100, six steps), and a note naming the tall route's end.
    Document tall = chart(leg(480, 10), leg(984, 10));
    assertEquals(1, tall.getElementsByTagName("clipPath").getLength());
    assertEquals(List.of("0", "0.5", "1", "1.5", "2", "2.5"), yTicks(tall));
    assertEquals(List.of("0", "100", "200", "300", "400", "500", "600"), xTicks(tall));
    boolean note = false;
    NodeList all = tall.getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      String t = all.item(i).getTextContent();
      note |= t.equals("Route 1 ends at 4.1 days and 984 km, beyond the chart");
    }
    assertTrue(note, "zoom note");
    NodeList lines = tall.getElementsByTagName("polyline");
    for (int i = 0; i < lines.getLength(); i++) {
      assertEquals("url(#plot)", ((Element) lines.item(i)).getAttribute("clip-path"));
    }
  }

  @Test
  void shortestRoute_isDrawnLast() throws Exception {
    // Drawn longest first: the 2 d route (added first) is the last polyline, on top.
    Document d = chart(leg(480, 10), leg(600, 10));
    NodeList lines = d.getElementsByTagName("polyline");
    assertEquals(2, lines.getLength());
    String last = ((Element) lines.item(1)).getAttribute("points");
    // 480 km of a 600 km axis (step 100, six steps): x = 80 + 480/600 * 640 = 592.
    assertTrue(last.endsWith(" 592,"
        + TimeDistanceChartTicksTest.fmt(500 - 2 / 2.5 * 450)), last);
    assertFalse(((Element) lines.item(0)).getAttribute("points").endsWith(last.substring(last.indexOf(' '))));
  }

  @Test
  void zoom_dependsOnTheEnds_notOnTheOrderAdded() throws Exception {
    Document tall = chart(leg(984, 10), leg(480, 10));
    assertEquals(1, tall.getElementsByTagName("clipPath").getLength());
    assertEquals(List.of("0", "0.5", "1", "1.5", "2", "2.5"), yTicks(tall));
    assertEquals(List.of("0", "100", "200", "300", "400", "500", "600"), xTicks(tall));
  }

  @Test
  void canvas_widensForTheLegend_andTheDescriptionListsEverySeries() throws Exception {
    Document d = chart(leg(480, 10), leg(600, 10));
    // Legend text "Route 0 (2.0 d)": label length 7 plus 12, at 7 px a character, after the
    // 80 px margin, the 640 px plot and 60 px: 80 + 640 + 60 + 19 * 7 = 913.
    assertEquals("913", d.getDocumentElement().getAttribute("width"));
    assertEquals("0 0 913 560", d.getDocumentElement().getAttribute("viewBox"));
    assertEquals("Cumulative time in days against cumulative distance in km: Route 0, Aktau to"
        + " Baku, 480 km, 2.0 days; Route 1, Aktau to Baku, 600 km, 2.5 days.",
        d.getElementsByTagName("desc").item(0).getTextContent());
    // Both labels start with "Route": one family, so the second is dashed, in the legend too.
    List<Element> legend = new ArrayList<>();
    NodeList lines = d.getElementsByTagName("line");
    for (int i = 0; i < lines.getLength(); i++) {
      Element e = (Element) lines.item(i);
      if (e.getAttribute("stroke-width").equals("3")) {
        legend.add(e);
      }
    }
    assertEquals(2, legend.size());
    assertEquals("", legend.get(0).getAttribute("stroke-dasharray"));
    assertFalse(legend.get(1).getAttribute("stroke-dasharray").isEmpty());
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
  }
}
