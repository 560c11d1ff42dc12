package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the map puts things, checked against the projection its Javadoc states, computed here:
 * the view is the nodes' bounding box padded by {@code max(3 deg, 8 %)} of each span and clamped
 * to +-85 deg latitude and +-180 deg longitude; {@code kx = cos(middle latitude)}, {@code scale =
 * 920 px / ((east - west) kx)}, {@code x = 20 + (lon - west) kx scale}, {@code y = 40 + (north -
 * lat) scale}; the document is 960 px wide and {@code round((north - south) scale) + 80} px high.
 */
class CorridorMapGeometryTest {
  private static final Node WEST =
      Node.of("AAWES", "Westport", "IN", NodeKind.SEAPORT, GeoPoint.of(30, 10));
  private static final Node MIDDLE =
      Node.of("AAMID", "Midtown", "IN", NodeKind.RAIL_TERMINAL, GeoPoint.of(20, 30));
  private static final Node STRAIT =
      Node.atSea("CP_NARROW", "Narrows", NodeKind.CHOKEPOINT, GeoPoint.of(15, 40));
  private static final Node EAST =
      Node.of("AAEAS", "Eastport", "IN", NodeKind.SEAPORT, GeoPoint.of(10, 50));

  private static Leg leg(Node a, Node b, Mode mode, double km) {
    return Leg.of(a.id(), b.id(), mode, Distance.ofKilometres(km), Speed.ofKilometresPerHour(30));
  }

  /** Westport by rail to Midtown, then by sea through the Narrows to Eastport. */
  private static Corridor diagonal() {
    return Corridor.of(
        List.of(WEST, MIDDLE, STRAIT, EAST),
        List.of(
            leg(WEST, MIDDLE, Mode.RAIL, 2500),
            leg(MIDDLE, STRAIT, Mode.SEA, 1200),
            leg(STRAIT, EAST, Mode.SEA, 1200)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /** The stated projection, for a view of the given bounds. */
  private record Projection(double south, double north, double west, double east) {
    static Projection of(double minLat, double maxLat, double minLon, double maxLon) {
      double padLat = Math.max(3, (maxLat - minLat) * 0.08);
      double padLon = Math.max(3, (maxLon - minLon) * 0.08);
      return new Projection(Math.max(-85, minLat - padLat), Math.min(85, maxLat + padLat),
          Math.max(-180, minLon - padLon), Math.min(180, maxLon + padLon));
    }

    double kx() {
      return Math.cos(Math.toRadians((south + north) / 2));
    }

    double scale() {
      return 920 / ((east - west) * kx());
    }

    double x(double lon) {
      return 20 + (lon - west) * kx() * scale();
    }

    double y(double lat) {
      return 40 + (north - lat) * scale();
    }
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  private static List<Element> all(Document d, String tag) {
    NodeList list = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void nodesLinesAndFrame_lieWhereTheProjectionPutsThem() throws Exception {
    // Latitudes 10..30 (pad 3), longitudes 10..50 (pad 3.2): view 7..33 N, 6.8..53.2 E.
    Projection p = Projection.of(10, 30, 10, 50);
    assertEquals(53.2, p.east(), 1e-12);
    Document d = SvgText.parse(CorridorMap.of("Diagonal").with("Rail and sea", diagonal()).toSvg());
    Element svg = d.getDocumentElement();
    double heightPx = (p.north() - p.south()) * p.scale();
    assertEquals(960, attr(svg, "width"));
    assertEquals(Math.round(heightPx + 80), attr(svg, "height"));
    Element frame = all(d, "rect").get(1);
    assertEquals(20, attr(frame, "x"));
    assertEquals(920, attr(frame, "width"));
    assertEquals(heightPx, attr(frame, "height"), 0.051);

    // Ends are circles of radius 4.5, the rail terminal one of 3, the chokepoint a diamond.
    List<Element> circles = all(d, "circle");
    assertEquals(3, circles.size());
    Node[] ringed = {WEST, EAST, MIDDLE};
    double[] radii = {4.5, 4.5, 3};
    for (int i = 0; i < 3; i++) {
      GeoPoint g = ringed[i].position();
      assertEquals(p.x(g.longitude()), attr(circles.get(i), "cx"), 0.051, ringed[i].name());
      assertEquals(p.y(g.latitude()), attr(circles.get(i), "cy"), 0.051, ringed[i].name());
      assertEquals(radii[i], attr(circles.get(i), "r"), ringed[i].name());
    }
    String diamond = all(d, "path").stream().map(e -> e.getAttribute("d"))
        .filter(s -> s.endsWith(" l4,4 -4,4 -4,-4Z")).findFirst().orElseThrow();
    String[] at = diamond.substring(1, diamond.indexOf(' ')).split(",");
    assertEquals(p.x(40), Double.parseDouble(at[0]), 0.051);
    assertEquals(p.y(15) - 4, Double.parseDouble(at[1]), 0.051);

    // One line through each leg's end nodes, in order.
    List<Element> lines = all(d, "polyline");
    assertEquals(1, lines.size());
    String[] points = lines.get(0).getAttribute("points").split(" ");
    Node[] through = {WEST, MIDDLE, MIDDLE, STRAIT, STRAIT, EAST};
    assertEquals(through.length, points.length);
    for (int i = 0; i < points.length; i++) {
      String[] xy = points[i].split(",");
      assertEquals(p.x(through[i].position().longitude()), Double.parseDouble(xy[0]), 0.051);
      assertEquals(p.y(through[i].position().latitude()), Double.parseDouble(xy[1]), 0.051);
    }

    // The description names the corridor's places, not its chokepoints.
    String desc = SvgText.desc(d);
    assertTrue(desc.startsWith("Map of Rail and sea ("), desc);
    assertTrue(desc.endsWith(": Westport, Midtown, Eastport. Land outlines: Natural Earth."), desc);
  }

  @Test
  void legend_goesToTheCornerTheCorridorLeavesFree() throws Exception {
    // From 60 N 60 W to 40 S 100 E: pads of 8 % (8 and 12.8 deg) and about 5 px per degree put
    // the ends within the top-left and bottom-right legend boxes; the top right corner is free.
    Node nw = Node.of("AANWP", "Northwest", "CA", NodeKind.SEAPORT, GeoPoint.of(60, -60));
    Node mid = Node.of("AAMDP", "Middle", "NG", NodeKind.SEAPORT, GeoPoint.of(10, 20));
    Node se = Node.of("AASEP", "Southeast", "AU", NodeKind.SEAPORT, GeoPoint.of(-40, 100));
    Corridor c = Corridor.of(List.of(nw, mid, se),
        List.of(leg(nw, mid, Mode.SEA, 9000), leg(mid, se, Mode.SEA, 9000)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
    Projection p = Projection.of(-40, 60, -60, 100);
    Document d = SvgText.parse(CorridorMap.of("Diagonal").with("Rail and sea", c).toSvg());
    String label = String.format(java.util.Locale.ROOT, "Rail and sea (%,.1f d, %,.0f USD/TEU, %,.0f km)",
        c.totalDays(), c.totalCostUsd(), c.distanceKm());
    List<String> texts = SvgText.boxes(d).stream().map(SvgText.Box::text).toList();
    assertTrue(texts.contains(label), texts.toString());
    double legendW = 40 + label.length() * 12 * 0.62;
    Element legend = all(d, "rect").stream()
        .filter(e -> "0.85".equals(e.getAttribute("fill-opacity"))).findFirst().orElseThrow();
    assertEquals(20 + 920 - legendW - 4 - 8, attr(legend, "x"), 0.051);
    assertEquals(40 + 18 - 14, attr(legend, "y"), 0.051);
    assertEquals(legendW, attr(legend, "width"), 0.051);
    assertEquals(10 + 20, attr(legend, "height"), 0.051);
    assertTrue(attr(legend, "x") > p.x(20), "right of the middle port");
  }

  @Test
  void lineAcrossTheAntimeridian_isSplitAtTheEdge() throws Exception {
    Node fiji = Node.of("FJSUV", "Suva", "FJ", NodeKind.SEAPORT, GeoPoint.of(-18, 178));
    Node samoa = Node.of("WSAPW", "Apia", "WS", NodeKind.SEAPORT, GeoPoint.of(-14, -172));
    Corridor c = Corridor.of(List.of(fiji, samoa), List.of(leg(fiji, samoa, Mode.SEA, 1200)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
    Document d = SvgText.parse(CorridorMap.of("Pacific").with("Across", c).toSvg());
    List<Element> lines = all(d, "polyline");
    assertEquals(2, lines.size(), "one piece on each side of the 180th meridian");
    assertEquals(1, lines.get(0).getAttribute("points").split(" ").length);
    assertEquals(1, lines.get(1).getAttribute("points").split(" ").length);
  }

  @Test
  void longerCorridor_isDrawnFirst_andKeepsItsFamilyColour() throws Exception {
    Corridor slow = Corridor.of(List.of(WEST, MIDDLE),
        List.of(leg(WEST, MIDDLE, Mode.RAIL, 9000)), WaitPolicy.EXPECTED_HALF_HEADWAY);
    Corridor fast = Corridor.of(List.of(WEST, MIDDLE),
        List.of(leg(WEST, MIDDLE, Mode.RAIL, 100)), WaitPolicy.EXPECTED_HALF_HEADWAY);
    Document d = SvgText.parse(CorridorMap.of("Two").withFamilies("Fast", "Slow")
        .with("Fast", fast).with("Slow", slow).toSvg());
    List<Element> lines = all(d, "polyline");
    assertEquals(2, lines.size());
    // Palette order: the first family blue, the second red (as TimeDistanceChart colours).
    assertEquals("#d62728", lines.get(0).getAttribute("stroke"), "the slow one below");
    assertEquals("#1f77b4", lines.get(1).getAttribute("stroke"), "the fast one on top");
  }
}
