package org.kervan.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.GeoPoint;

/**
 * A map of one or more corridors over land outlines, drawn as SVG: each corridor a line through
 * its legs, its ports, terminals and border crossings marked and named, chokepoints named in
 * italics, with a legend of totals. Land is Natural Earth's 1:110m land (public domain), shipped
 * as {@code land-110m.csv} beside this class with its credit in {@code land-110m.txt}.
 *
 * <p>The view is the corridors' bounding box with a margin, in an equirectangular projection
 * whose horizontal scale is the cosine of the middle latitude (so shapes are right in the
 * middle of the view). Colours follow route families as in {@link TimeDistanceChart#withFamilies},
 * so a chart and a map given the same families agree. Labels never overlap: a name with no free
 * place is left out.
 *
 * <p>Example, the map in the project's README:
 *
 * <pre>{@code
 * Network net = DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED);
 * String svg = CorridorMap.of("Nhava Sheva to Piraeus")
 *     .withFamilies("Suez", "Cape", "IMEC")
 *     .with("Suez", NamedCorridor.SUEZ_ALL_SEA.corridor(net))
 *     .with("IMEC as planned", NamedCorridor.IMEC_AS_PLANNED.corridor(net))
 *     .toSvg();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #with(String, Corridor)} returns a copy.
 */
public final class CorridorMap {
  private static final int WIDTH = 960;
  private static final int MARGIN = 20;
  private static final String LAND = "#ece8dc";
  private static final String COAST = "#b9b2a0";
  private static final String SEA = "#f4f8fb";

  private final String title;
  private final ImmutableList<TimeDistanceChart.Series> series;
  private final ImmutableList<String> families;

  private CorridorMap(
      String title, ImmutableList<TimeDistanceChart.Series> series, ImmutableList<String> families) {
    this.title = title;
    this.series = series;
    this.families = families;
  }

  /**
   * Returns an empty map.
   *
   * @param title the map title
   * @return a map with no corridors
   */
  public static CorridorMap of(String title) {
    checkNotNull(title, "title");
    return new CorridorMap(title, ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns a copy with one more corridor.
   *
   * @param label the legend label, not blank
   * @param corridor the corridor
   * @return the new map
   * @throws IllegalArgumentException if the label is blank
   */
  public CorridorMap with(String label, Corridor corridor) {
    return new CorridorMap(
        title,
        ImmutableList.<TimeDistanceChart.Series>builder()
            .addAll(series)
            .add(new TimeDistanceChart.Series(label, corridor))
            .build(),
        families);
  }

  /**
   * Returns a copy that colours corridors by route family, exactly as {@link
   * TimeDistanceChart#withFamilies(String...)} does.
   *
   * @param families family names in colour order; not blank
   * @return the new map
   * @throws IllegalArgumentException if a family is blank
   */
  public CorridorMap withFamilies(String... families) {
return new CorridorMap(title, series, Palette.checked(families));
  }

  /**
   * Returns the corridors in the order added.
   *
   * @return an immutable list
   */
  public List<TimeDistanceChart.Series> series() {
    return series;
  }

  /**
   * Renders the map as a standalone SVG document (UTF-8 text) with a {@code <title>} and a
   * {@code <desc>}.
   *
   * @return the SVG document
   * @throws IllegalStateException if the map has no corridors
   */
  public String toSvg() {
    if (series.isEmpty()) {
      throw new IllegalStateException("map must have at least one corridor to render, was empty");
    }
    Escaper xml = XmlEscapers.xmlContentEscaper();
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (TimeDistanceChart.Series s : series) {
      for (Node n : s.corridor().nodes()) {
        minLat = Math.min(minLat, n.position().latitude());
        maxLat = Math.max(maxLat, n.position().latitude());
        minLon = Math.min(minLon, n.position().longitude());
        maxLon = Math.max(maxLon, n.position().longitude());
      }
    }
    double padLat = Math.max(3, (maxLat - minLat) * 0.08);
    double padLon = Math.max(3, (maxLon - minLon) * 0.08);
    View v = new View(
        Math.max(-85, minLat - padLat), Math.min(85, maxLat + padLat),
        Math.max(-180, minLon - padLon), Math.min(180, maxLon + padLon));
    int height = (int) Math.round(v.heightPx() + 2 * MARGIN + 40);

    Palette palette = new Palette(families);
    String[] colours = new String[series.size()];
    String[] dashes = new String[series.size()];
    double[] ends = new double[series.size()];
    for (int i = 0; i < series.size(); i++) {
      colours[i] = palette.colour(series.get(i).label());
      dashes[i] = palette.nextDash(series.get(i).label());
      ends[i] = series.get(i).corridor().totalHours();
    }

    StringBuilder svg = new StringBuilder(64_000);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\"")
        .append(" role=\"img\" aria-labelledby=\"title desc\">\n")
        .append("<title id=\"title\">").append(xml.escape(title)).append("</title>\n")
        .append("<desc id=\"desc\">").append(xml.escape(describe())).append("</desc>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append(text(MARGIN, 26, xml.escape(title), "font-size=\"16\" font-weight=\"bold\""))
        .append("<clipPath id=\"map\"><rect x=\"").append(MARGIN).append("\" y=\"").append(40)
        .append("\" width=\"").append(fmt(v.widthPx())).append("\" height=\"").append(fmt(v.heightPx()))
        .append("\"/></clipPath>\n")
        .append("<rect x=\"").append(MARGIN).append("\" y=\"40\" width=\"").append(fmt(v.widthPx()))
        .append("\" height=\"").append(fmt(v.heightPx())).append("\" fill=\"").append(SEA)
        .append("\" stroke=\"").append(COAST).append("\"/>\n");
    svg.append("<g clip-path=\"url(#map)\" fill=\"").append(LAND).append("\" stroke=\"").append(COAST)
        .append("\" stroke-width=\"0.6\">\n");
    for (double[] ring : Land.RINGS) {
      if (v.touches(ring)) {
        StringBuilder d = new StringBuilder();
        for (int k = 0; k < ring.length; k += 2) {
          d.append(k == 0 ? "M" : "L").append(fmt(v.x(ring[k]))).append(',').append(fmt(v.y(ring[k + 1])));
        }
        svg.append("<path d=\"").append(d).append("Z\"/>\n");
      }
    }
    svg.append("</g>\n");

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(ends[b], ends[a]));
    svg.append("<g clip-path=\"url(#map)\" fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\">\n");
    for (int i : order) {
      StringBuilder pts = new StringBuilder();
      Corridor c = series.get(i).corridor();
      List<Node> nodes = c.nodes();
      double previousLon = Double.NaN;
      for (int k = 0; k < c.legs().size(); k++) {
        for (GeoPoint p : legGeometry(c.legs().get(k), nodes.get(k), nodes.get(k + 1))) {
          // A lane that crosses the antimeridian continues on the other edge of the map.
          if (Math.abs(p.longitude() - previousLon) > 180 && pts.length() > 0) {
            polyline(svg, colours[i], dashes[i], pts);
            pts.setLength(0);
          }
          previousLon = p.longitude();
          pts.append(pts.length() == 0 ? "" : " ").append(fmt(v.x(p.longitude()))).append(',')
              .append(fmt(v.y(p.latitude())));
        }
      }
      polyline(svg, colours[i], dashes[i], pts);
    }
    svg.append("</g>\n");

    LabelPlacer labels = new LabelPlacer(new LabelPlacer.Box(MARGIN, 40, v.widthPx(), v.heightPx()));
    StringBuilder legend = new StringBuilder();
    int legendChars = 0;
    for (TimeDistanceChart.Series s : series) {
      legendChars = Math.max(legendChars, legendText(s).length());
    }
    double legendW = 40 + legendChars * 12 * LabelPlacer.CHAR_WIDTH_EM;
    double legendH = 10 + series.size() * 20;
    // The legend goes in the corner of the frame that covers the fewest corridor points.
    double[][] corners = {
      {MARGIN + 12, 40 + 18},
      {MARGIN + v.widthPx() - legendW - 4, 40 + 18},
      {MARGIN + 12, 40 + v.heightPx() - legendH - 4},
      {MARGIN + v.widthPx() - legendW - 4, 40 + v.heightPx() - legendH - 22}
    };
    double lx = corners[0][0];
    double ly = corners[0][1];
    int fewest = Integer.MAX_VALUE;
    for (double[] corner : corners) {
      LabelPlacer.Box box = new LabelPlacer.Box(corner[0] - 8, corner[1] - 14, legendW, legendH);
      int covered = 0;
      for (TimeDistanceChart.Series s : series) {
        for (Node n : s.corridor().nodes()) {
          LabelPlacer.Box point = new LabelPlacer.Box(v.x(n.position().longitude()) - 20,
              v.y(n.position().latitude()) - 20, 40, 40);
          covered += box.overlaps(point) ? 1 : 0;
        }
      }
      if (covered < fewest) {
        fewest = covered;
        lx = corner[0];
        ly = corner[1];
      }
    }
    labels.reserve(new LabelPlacer.Box(lx - 8, ly - 14, legendW, legendH));
    legend.append("<rect x=\"").append(fmt(lx - 8)).append("\" y=\"").append(fmt(ly - 14))
        .append("\" width=\"").append(fmt(legendW)).append("\" height=\"").append(fmt(legendH))
        .append("\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"").append(COAST).append("\"/>\n");
    for (int i = 0; i < series.size(); i++) {
      double y = ly + i * 20;
      legend.append("<line x1=\"").append(fmt(lx)).append("\" y1=\"").append(fmt(y - 4))
          .append("\" x2=\"").append(fmt(lx + 24)).append("\" y2=\"").append(fmt(y - 4))
          .append("\" stroke=\"").append(colours[i]).append("\" stroke-width=\"3\"")
          .append(dashes[i].isEmpty() ? "" : " stroke-dasharray=\"" + dashes[i] + "\"").append("/>\n")
          .append(text(lx + 30, y, xml.escape(legendText(series.get(i))), ""));
    }
    String credit = "Land: Natural Earth 1:110m (public domain)";
    double cx = MARGIN + v.widthPx() - 4 - credit.length() * 9 * LabelPlacer.CHAR_WIDTH_EM;
    double cy = 40 + v.heightPx() - 5;
    labels.reserve(LabelPlacer.boxOf(cx, cy, credit, 9));

    StringBuilder marks = new StringBuilder();
    StringBuilder names = new StringBuilder();
    Set<String> named = new HashSet<>();
    // Origins and destinations first, then transfers, then chokepoints: the most useful names win.
    for (int pass = 0; pass < 3; pass++) {
      for (int i = 0; i < series.size(); i++) {
        Corridor c = series.get(i).corridor();
        List<Node> nodes = c.nodes();
        for (int k = 0; k < nodes.size(); k++) {
          Node n = nodes.get(k);
          boolean end = k == 0 || k == nodes.size() - 1;
          int rank = end ? 0 : n.kind() == NodeKind.CHOKEPOINT ? 2 : n.kind() == NodeKind.WAYPOINT ? 3 : 1;
          if (rank != pass || !named.add(n.id())) {
            continue;
          }
          double x = v.x(n.position().longitude());
          double y = v.y(n.position().latitude());
          if (rank == 2) {
            marks.append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y - 4)).append(" l4,4 -4,4 -4,-4Z\"")
                .append(" fill=\"#555\"/>\n");
          } else {
            marks.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                .append("\" r=\"").append(end ? "4.5" : "3").append("\" fill=\"white\" stroke=\"#222\" stroke-width=\"1.5\"/>\n");
          }
          String style = rank == 2 ? "font-size=\"10\" font-style=\"italic\" fill=\"#555\""
              : end ? "font-size=\"12\" font-weight=\"bold\" fill=\"#222\"" : "font-size=\"11\" fill=\"#222\"";
          double font = rank == 2 ? 10 : end ? 12 : 11;
          String name = n.name();
          labels.place(x, y, name, font).ifPresent(p -> names.append(
              text(p.textX(), p.baselineY(), xml.escape(name), style + " class=\"label\"")));
        }
      }
    }
    svg.append(marks).append(names).append(legend)
        .append(text(cx, cy, xml.escape(credit), "font-size=\"9\" fill=\"#777\""))
        .append("</svg>\n");
    return svg.toString();
  }

  /**
   * The points a leg is drawn through, from its start node to its end node: legs are drawn
   * along its geometry ({@link Leg#geometry()}, the lane polyline of the default data's sea legs),
   * straight where it has none.
   */
  private static List<GeoPoint> legGeometry(Leg leg, Node from, Node to) {
    assert leg.from().equals(from.id()) && leg.to().equals(to.id());
    List<GeoPoint> points = new ArrayList<>(leg.geometry().size() + 2);
    points.add(from.position());
    points.addAll(leg.geometry().points());
    points.add(to.position());
    return points;
  }

  private static void polyline(StringBuilder svg, String colour, String dash, CharSequence pts) {
    svg.append("<polyline stroke=\"").append(colour)
        .append(dash.isEmpty() ? "" : "\" stroke-dasharray=\"" + dash)
        .append("\" points=\"").append(pts).append("\"/>\n");
  }

  private static String legendText(TimeDistanceChart.Series s) {
    Corridor c = s.corridor();
    return s.label() + String.format(Locale.ROOT, " (%,.1f d, %,.0f USD/TEU, %,.0f km)",
        c.totalDays(), c.totalCostUsd(), c.distanceKm());
  }

  private String describe() {
    StringBuilder d = new StringBuilder("Map of ");
    for (int i = 0; i < series.size(); i++) {
      Corridor c = series.get(i).corridor();
      List<String> places = new ArrayList<>();
      for (Node n : c.nodes()) {
        if (n.kind() != NodeKind.WAYPOINT && n.kind() != NodeKind.CHOKEPOINT) {
          places.add(n.name());
        }
      }
      d.append(i == 0 ? "" : "; ").append(legendText(series.get(i))).append(": ")
          .append(String.join(", ", places));
    }
    return d.append(". Land outlines: Natural Earth.").toString();
  }

  /** The map's projection: degrees to px inside the map frame. */
  private record View(double south, double north, double west, double east) {
    double scale() {
      double kx = Math.cos(Math.toRadians((south + north) / 2));
      return (WIDTH - 2 * MARGIN) / ((east - west) * kx);
    }

    double widthPx() {
      return WIDTH - 2 * MARGIN;
    }

    double heightPx() {
      return (north - south) * scale();
    }

    double x(double lon) {
      return MARGIN + (lon - west) * Math.cos(Math.toRadians((south + north) / 2)) * scale();
    }

    double y(double lat) {
      return 40 + (north - lat) * scale();
    }

    boolean touches(double[] ring) {
      double w = 180;
      double e = -180;
      double s = 90;
      double n = -90;
      for (int k = 0; k < ring.length; k += 2) {
        w = Math.min(w, ring[k]);
        e = Math.max(e, ring[k]);
        s = Math.min(s, ring[k + 1]);
        n = Math.max(n, ring[k + 1]);
      }
      return w <= east && e >= west && s <= north && n >= south;
    }
  }

  /**
   * The land rings, read once from the shipped CSV: each ring lon, lat, lon, lat, ... with
   * longitudes unwrapped (a ring crossing the antimeridian continues past 180 instead of jumping
   * to -180), so no ring is drawn as a band across the whole map.
   */
  private static final class Land {
    static final List<double[]> RINGS = read();

    private static List<double[]> read() {
      List<double[]> rings = new ArrayList<>();
      try (InputStream in = CorridorMap.class.getResourceAsStream("land-110m.csv")) {
        if (in == null) {
          throw new IllegalStateException("land-110m.csv missing from the jar");
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.builder().setReader(r).setFormat(f).get()) {
          String ring = null;
          List<Double> coords = new ArrayList<>();
          for (CSVRecord rec : p) {
            if (!rec.get("ring").equals(ring)) {
              if (!coords.isEmpty()) {
                rings.add(toArray(coords));
              }
              coords.clear();
              ring = rec.get("ring");
            }
            double lon = Double.parseDouble(rec.get("longitude"));
            if (!coords.isEmpty()) {
              double previous = coords.get(coords.size() - 2);
              lon += 360 * Math.round((previous - lon) / 360);
            }
            coords.add(lon);
            coords.add(Double.parseDouble(rec.get("latitude")));
          }
          if (!coords.isEmpty()) {
            rings.add(toArray(coords));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.copyOf(rings);
    }

    private static double[] toArray(List<Double> coords) {
      double[] a = new double[coords.size()];
      double sumLon = 0;
      for (int i = 0; i < a.length; i++) {
        a[i] = coords.get(i);
        sumLon += i % 2 == 0 ? a[i] : 0;
      }
      // Unwrapping follows the first vertex; shift the ring back so most of it lies in [-180, 180].
      double shift = 360 * Math.round(sumLon / (a.length / 2) / 360);
      for (int i = 0; i < a.length; i += 2) {
        a[i] -= shift;
      }
      return a;
    }
  }

  private static String text(double x, double y, String content, String attrs) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\"" + (attrs.isEmpty() ? "" : " " + attrs)
        + ">" + content + "</text>\n";
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Returns e.g. {@code CorridorMap[3 corridors]}. */
  @Override
  public String toString() {
    return "CorridorMap[" + series.size() + " corridors]";
  }
}
