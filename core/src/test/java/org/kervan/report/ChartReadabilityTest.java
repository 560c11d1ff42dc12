package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.data.DefaultNetwork;
import org.kervan.data.NamedCorridor;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartReadabilityTest {
  static Corridor suez;
  static Corridor cape;
  static Corridor imec;
  static Corridor imecToday;

  @BeforeAll
  static void corridors() {
    Network net = DefaultNetwork.load();
    suez = NamedCorridor.SUEZ_ALL_SEA.corridor(net);
    cape = NamedCorridor.CAPE_ALL_SEA.corridor(net);
    imec = NamedCorridor.IMEC_AS_PLANNED.corridor();
    imecToday = NamedCorridor.IMEC_ROAD_BRIDGE_TODAY.corridor(net);
  }

  static TimeDistanceChart crowded(ChartMetric metric) {
    return TimeDistanceChart.of("Nhava Sheva to Piraeus", metric).withFamilies("Suez", "Cape", "IMEC")
        .with("IMEC as planned", imec).with("Suez", suez).with("IMEC today", imecToday).with("Cape", cape);
  }

  @Test
  void noTwoTextBoxesOverlap_onACrowdedChart() throws Exception {
    for (ChartMetric metric : ChartMetric.values()) {
      Document d = SvgText.parse(crowded(metric).toSvg());
      List<SvgText.Box> boxes = SvgText.boxes(d);
      assertTrue(boxes.size() > 20, "texts: " + boxes.size());
      assertEquals(List.of(), SvgText.overlaps(boxes), metric.toString());
    }
  }

  @Test
  void titleAndDesc_describeTheChart() throws Exception {
    Document d = SvgText.parse(crowded(ChartMetric.TIME_DAYS).toSvg());
    assertEquals("Nhava Sheva to Piraeus", SvgText.title(d));
    String desc = SvgText.desc(d);
    assertTrue(desc.startsWith("Cumulative time in days against cumulative distance in km: "), desc);
    assertTrue(desc.contains("Suez, Nhava Sheva (JNPT) to Piraeus"), desc);
    assertEquals("img", d.getDocumentElement().getAttribute("role"));
  }

  @Test
  void familiesKeepTheirColourAcrossCharts_andSecondMembersAreDashed() throws Exception {
    String a = crowded(ChartMetric.TIME_DAYS).toSvg();
    String b = TimeDistanceChart.of("two", ChartMetric.COST_USD).withFamilies("Suez", "Cape", "IMEC")
        .with("Cape", cape).with("IMEC as planned", imec).toSvg();
    assertEquals(strokes(SvgText.parse(a)).get("Cape"), strokes(SvgText.parse(b)).get("Cape"));
    assertEquals(strokes(SvgText.parse(a)).get("IMEC as planned"), strokes(SvgText.parse(b)).get("IMEC as planned"));
    // Suez, Cape, IMEC: the first three colours of the palette, in the order given.
    assertEquals("#1f77b4", strokes(SvgText.parse(a)).get("Suez"));
    assertEquals("#d62728", strokes(SvgText.parse(a)).get("Cape"));
    assertEquals("#2ca02c", strokes(SvgText.parse(a)).get("IMEC today"));
    assertTrue(a.contains("stroke=\"#2ca02c\" stroke-dasharray=\"7 4\""), "IMEC today is dashed");
  }

  @Test
  void shortestIsDrawnLast_andAFarLongerRouteZooms() throws Exception {
    Document d = SvgText.parse(crowded(ChartMetric.TIME_DAYS).toSvg());
    NodeList lines = d.getElementsByTagName("polyline");
    assertEquals(4, lines.getLength());
    // Cape (31 d) first, Suez (10.5 d, the shortest) last.
    assertEquals("#d62728", ((Element) lines.item(0)).getAttribute("stroke"));
    assertEquals("#1f77b4", ((Element) lines.item(3)).getAttribute("stroke"));
    assertEquals("url(#plot)", ((Element) lines.item(0)).getAttribute("clip-path"));
    List<String> texts = new ArrayList<>();
    SvgText.boxes(d).forEach(b -> texts.add(b.text()));
    String note = String.format(java.util.Locale.ROOT, "Cape ends at %,.1f days and %,.0f km, beyond the chart",
        cape.totalDays(), cape.distanceKm());
    assertTrue(texts.contains(note), note + " in " + texts);
    // The y axis is sized to the second-highest series x 1.25, not to the Cape.
    double top = Math.max(Math.max(suez.totalDays(), imec.totalDays()), imecToday.totalDays()) * 1.25;
    assertTrue(top < 20 && cape.totalDays() > 2 * top / 1.25, "the fixture still needs a zoom");
    // No y tick reaches the Cape's days: the axis was zoomed.
    assertTrue(!texts.contains("30") && !texts.contains("25"), texts.toString());
  }

  @Test
  void families_mustNotBeBlank() {
    assertEquals("families must not be blank, was ' '", assertThrows(IllegalArgumentException.class,
        () -> TimeDistanceChart.of("t", ChartMetric.TIME_DAYS).withFamilies(" ")).getMessage());
  }

  /** The stroke colour of each legend entry, by label. */
  static java.util.Map<String, String> strokes(Document d) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    NodeList texts = d.getElementsByTagName("text");
    NodeList lines = d.getElementsByTagName("line");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      for (int j = 0; j < lines.getLength(); j++) {
        Element l = (Element) lines.item(j);
        if ("3".equals(l.getAttribute("stroke-width"))
            && Math.abs(Double.parseDouble(l.getAttribute("x2")) + 6 - Double.parseDouble(t.getAttribute("x"))) < 0.01
            && Math.abs(Double.parseDouble(l.getAttribute("y1")) + 4 - Double.parseDouble(t.getAttribute("y"))) < 0.01) {
          out.put(t.getTextContent().replaceAll(" \\(.*", ""), l.getAttribute("stroke"));
        }
      }
    }
    return out;
  }
}
