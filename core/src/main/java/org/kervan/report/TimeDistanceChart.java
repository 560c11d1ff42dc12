package org.kervan.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.network.Corridor;

/**
 * A time-distance (or cost-distance) chart of one or more corridors, drawn as SVG, after the
 * UNESCAP time/cost-distance methodology (UN ESCAP, "Time/Cost-Distance Methodology", 2003):
 * cumulative distance on the horizontal axis, cumulative time or cost on the vertical axis. Legs
 * are sloped segments (steeper is slower or dearer); what happens at a node without moving — a
 * transshipment, a border, a dwell, a wait for a departure — is a vertical step, so the
 * bottlenecks stand out.
 *
 * <p>Each series point list is derived from the corridor's {@link Corridor#steps() steps}: at
 * distance {@code d}, the node charge and the wait rise vertically, then the leg's running time
 * (or cost) rises along its distance.
 *
 * <p>Example: time against distance for two corridors, coloured by family like a map of them.
 *
 * <pre>{@code
 * String svg = TimeDistanceChart.of("Nhava Sheva to Piraeus", ChartMetric.TIME_DAYS)
 *     .withFamilies("Suez", "Cape", "IMEC")
 *     .with("Suez", suez)
 *     .with("IMEC as planned", imec)
 *     .toSvg();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #with(String, Corridor)} returns a copy.
 */
public final class TimeDistanceChart {
  private static final int PLOT_WIDTH = 640;
  private static final int HEIGHT = 560;
  private static final int LEFT = 80;
  // Legend entries get about 7 px per character at 12 px Helvetica, plus the swatch.
  private static final int LEGEND_CHAR_PX = 7;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;

  /**
   * One corridor on the chart.
   *
   * @param label the legend label, not blank
   * @param corridor the corridor
   */
  public record Series(String label, Corridor corridor) {
    /**
     * Validates the components.
     *
     * @param label the legend label, not blank
     * @param corridor the corridor
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the label is blank
     */
    public Series {
      checkNotNull(label, "label");
      checkNotNull(corridor, "corridor");
      if (label.isBlank()) {
        throw new IllegalArgumentException("label must not be blank, was '" + label + "'");
      }
    }
  }

  private final String title;
  private final ChartMetric metric;
  private final ImmutableList<Series> series;
  private final ImmutableList<String> families;

  private TimeDistanceChart(
      String title, ChartMetric metric, ImmutableList<Series> series, ImmutableList<String> families) {
    this.title = title;
    this.metric = metric;
    this.series = series;
    this.families = families;
  }

  /**
   * Returns an empty chart.
   *
   * @param title the chart title
   * @param metric what the vertical axis shows
   * @return a chart with no series
   */
  public static TimeDistanceChart of(String title, ChartMetric metric) {
    checkNotNull(title, "title");
    checkNotNull(metric, "metric");
    return new TimeDistanceChart(title, metric, ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns a copy that colours series by route family: a series whose label starts with one of
   * {@code families} (ignoring case) takes that family's colour, in the order given, so charts and
   * maps given the same families colour each family alike; other labels are grouped by their first
   * word and take the next colours. A second series of one family on the same chart is dashed.
   * Without families, each label's first word is its family, coloured in order of appearance.
   *
   * @param families family names in colour order, e.g. {@code "Suez", "Cape", "IMEC"}; not blank
   * @return the new chart
   * @throws IllegalArgumentException if a family is blank
   */
  public TimeDistanceChart withFamilies(String... families) {
return new TimeDistanceChart(title, metric, series, Palette.checked(families));
  }

  /**
   * Returns a copy with one more corridor.
   *
   * @param label the legend label, not blank
   * @param corridor the corridor
   * @return the new chart
   */
  public TimeDistanceChart with(String label, Corridor corridor) {
    return new TimeDistanceChart(
        title,
        metric,
        ImmutableList.<Series>builder().addAll(series).add(new Series(label, corridor)).build(),
        families);
  }

  /**
   * Returns the series in the order added.
   *
   * @return an immutable list
   */
  public List<Series> series() {
    return series;
  }

  /**
   * Returns the chart's points for one corridor: pairs {@code (cumulative km, cumulative value)}
   * in drawing order, starting at {@code (0, 0)}; the value is days or USD per TEU.
   *
   * @param corridor the corridor
   * @param metric the vertical metric
   * @return an immutable list of {@code double[2]} copies
   */
  public static List<double[]> points(Corridor corridor, ChartMetric metric) {
    checkNotNull(corridor, "corridor");
    checkNotNull(metric, "metric");
    List<double[]> pts = new ArrayList<>();
    double km = 0;
    double y = 0;
    pts.add(new double[] {0, 0});
    for (Corridor.Step s : corridor.steps()) {
      double atNode;
      double onLeg;
      if (metric == ChartMetric.TIME_DAYS) {
        atNode =
            (s.transshipmentHours() + s.dwellHours() + s.borderHours() + s.waitingHours()) / 24.0;
        onLeg = s.runningHours() / 24.0;
      } else {
        atNode = s.transshipmentCostUsd() + s.dwellCostUsd() + s.borderCostUsd();
        onLeg = s.legCostUsd();
      }
      if (atNode > 0) {
        y += atNode;
        pts.add(new double[] {km, y});
      }
      km += s.leg().distanceKm();
      y += onLeg;
      pts.add(new double[] {km, y});
    }
    return List.copyOf(pts);
  }

  /**
   * Renders the chart as a standalone SVG document (UTF-8 text), with a {@code <title>} and a
   * {@code <desc>} for screen readers, axes with thousands separators, a legend and node names at
   * the vertical steps. Labels never overlap: each tries positions around its step and is left out
   * when none is free. The series with the smallest total is drawn last, on top. When one series
   * ends more than twice as high as the next, the vertical axis zooms to the others and a note
   * gives the tall one's total.
   *
   * @return the SVG document
   * @throws IllegalStateException if the chart has no series
   */
  public String toSvg() {
    if (series.isEmpty()) {
      throw new IllegalStateException("chart must have at least one series to render, was empty");
    }
    Escaper xml = XmlEscapers.xmlContentEscaper();
    double maxKm = 0;
    List<List<double[]>> all = new ArrayList<>();
    double[] ends = new double[series.size()];
    for (int i = 0; i < series.size(); i++) {
      List<double[]> pts = points(series.get(i).corridor(), metric);
      all.add(pts);
      double[] last = pts.get(pts.size() - 1);
      maxKm = Math.max(maxKm, last[0]);
      ends[i] = last[1];
    }
    double[] sorted = ends.clone();
    java.util.Arrays.sort(sorted);
    double maxY = sorted[sorted.length - 1];
    double second = sorted.length > 1 ? sorted[sorted.length - 2] : 0;
    // Zoom: a route ending far above the rest would flatten them into the bottom of the plot.
    boolean zoom = second > 0 && maxY > 2 * second;
    double top = zoom ? second * 1.25 : maxY;
    int tall = indexOf(ends, maxY);
    if (zoom) {
      maxKm = 0;
      for (int i = 0; i < series.size(); i++) {
        if (i != tall) {
          double[] last = all.get(i).get(all.get(i).size() - 1);
          maxKm = Math.max(maxKm, last[0]);
        }
      }
      maxKm *= 1.1;
    }
    double xStep = niceStep(maxKm);
    double yStep = niceStep(top);
    // Whole ticks, at least one: an all-zero axis (a free corridor) would otherwise divide by zero.
    int xTicks = ticks(maxKm, xStep);
    int yTicks = ticks(top, yStep);
    double xMax = xTicks * xStep;
    double yMax = yTicks * yStep;
    int legendChars = 0;
    for (Series s : series) {
      legendChars = Math.max(legendChars, s.label().length() + 12);
    }
    final int width = LEFT + PLOT_WIDTH + 60 + legendChars * LEGEND_CHAR_PX;
    double plotW = PLOT_WIDTH;
    double plotH = HEIGHT - TOP - BOTTOM;
    Palette palette = new Palette(families);
    String[] colours = new String[series.size()];
    String[] dashes = new String[series.size()];
    for (int i = 0; i < series.size(); i++) {
      colours[i] = palette.colour(series.get(i).label());
      dashes[i] = palette.nextDash(series.get(i).label());
    }

    StringBuilder svg = new StringBuilder(16_384);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\"")
        .append(" role=\"img\" aria-labelledby=\"title desc\">\n")
        .append("<title id=\"title\">")
        .append(xml.escape(title))
        .append("</title>\n<desc id=\"desc\">")
        .append(xml.escape(describe(ends)))
        .append("</desc>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append(text(LEFT, 28, xml.escape(title), "font-size=\"16\" font-weight=\"bold\""));
    if (zoom) {
      svg.append("<clipPath id=\"plot\"><rect x=\"").append(LEFT).append("\" y=\"").append(TOP)
          .append("\" width=\"").append(fmt(plotW)).append("\" height=\"").append(fmt(plotH))
          .append("\"/></clipPath>\n");
    }
    // Counted ticks: a step below the ulp of a huge value would never move a double counter on.
    for (int k = 0; k <= xTicks; k++) {
      double v = k * xStep;
      double x = LEFT + (double) k / xTicks * plotW;
      svg.append(line(x, TOP, x, TOP + plotH, "#e5e5e5"))
          .append(text(x, TOP + plotH + 18, tick(v, xStep), "text-anchor=\"middle\""));
    }
    for (int k = 0; k <= yTicks; k++) {
      double v = k * yStep;
      double y = TOP + plotH - (double) k / yTicks * plotH;
      svg.append(line(LEFT, y, LEFT + plotW, y, "#e5e5e5"))
          .append(text(LEFT - 8, y + 4, tick(v, yStep), "text-anchor=\"end\""));
    }
    svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#333"))
        .append(line(LEFT, TOP, LEFT, TOP + plotH, "#333"))
        .append(
            text(LEFT + plotW / 2, HEIGHT - 18, "Cumulative distance (km)", "text-anchor=\"middle\""))
        .append(
            text(
                18,
                TOP + plotH / 2,
                metric.axisLabel(),
                "text-anchor=\"middle\" transform=\"rotate(-90 18 " + fmt(TOP + plotH / 2) + ")\""));
    LabelPlacer labels = new LabelPlacer(new LabelPlacer.Box(LEFT, TOP, plotW, plotH));
    StringBuilder legend = new StringBuilder();
    for (int i = 0; i < series.size(); i++) {
      double ly = TOP + 10 + i * 22;
      double lx = LEFT + plotW + 20;
      legend.append(legendLine(lx, ly, colours[i], dashes[i]));
      Corridor c = series.get(i).corridor();
      String end =
          metric == ChartMetric.TIME_DAYS
              ? String.format(Locale.ROOT, "%,.1f d", c.totalDays())
              : String.format(Locale.ROOT, "%,.0f USD", c.totalCostUsd());
      legend.append(text(lx + 30, ly + 4, xml.escape(series.get(i).label()) + " (" + end + ")", ""));
    }
    if (zoom) {
      double[] last = all.get(tall).get(all.get(tall).size() - 1);
      String note = series.get(tall).label() + " ends at " + valueText(maxY)
          + String.format(Locale.ROOT, " and %,.0f km", last[0]) + ", beyond the chart";
      LabelPlacer.Box box = LabelPlacer.boxOf(LEFT + 8, TOP + 16, note, 12);
      labels.reserve(box);
      svg.append(text(LEFT + 8, TOP + 16, xml.escape(note), "fill=\"" + colours[tall] + "\""));
    }
    // Longest first, so the shortest is drawn last and stays visible on top.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(ends[b], ends[a]));
    StringBuilder nodeLabels = new StringBuilder();
    for (int i : order) {
      StringBuilder path = new StringBuilder();
      for (double[] p : all.get(i)) {
        path.append(path.length() == 0 ? "" : " ")
            .append(fmt(LEFT + p[0] / xMax * plotW))
            .append(',')
            .append(fmt(TOP + plotH - p[1] / yMax * plotH));
      }
      svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
          .append(colours[i])
          .append(dashes[i].isEmpty() ? "" : "\" stroke-dasharray=\"" + dashes[i])
          .append(zoom ? "\" clip-path=\"url(#plot)" : "")
          .append("\" points=\"")
          .append(path)
          .append("\"/>\n");
    }
    // Labels in legend order, so the first series' steps are named first when space is short.
    for (int i = 0; i < series.size(); i++) {
      labelSteps(nodeLabels, labels, series.get(i).corridor(), xMax, yMax, plotW, plotH, colours[i], xml);
    }
    svg.append(nodeLabels).append(legend).append("</svg>\n");
    return svg.toString();
  }

  private String describe(double[] ends) {
    StringBuilder d = new StringBuilder(metric == ChartMetric.TIME_DAYS
        ? "Cumulative time in days against cumulative distance in km: "
        : "Cumulative cost in USD per TEU against cumulative distance in km: ");
    for (int i = 0; i < series.size(); i++) {
      Corridor c = series.get(i).corridor();
      d.append(i == 0 ? "" : "; ")
          .append(series.get(i).label())
          .append(", ")
          .append(c.origin().name())
          .append(" to ")
          .append(c.destination().name())
          .append(", ")
          .append(String.format(Locale.ROOT, "%,.0f km", c.distanceKm()))
          .append(", ")
          .append(valueText(ends[i]));
    }
    return d.append('.').toString();
  }

  private String valueText(double v) {
    return metric == ChartMetric.TIME_DAYS
        ? String.format(Locale.ROOT, "%,.1f days", v)
        : String.format(Locale.ROOT, "%,.0f USD per TEU", v);
  }

  private static int indexOf(double[] values, double v) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == v) {
        return i;
      }
    }
    throw new AssertionError("value not found: " + v);
  }

  private void labelSteps(
      StringBuilder svg,
      LabelPlacer labels,
      Corridor c,
      double xMax,
      double yMax,
      double plotW,
      double plotH,
      String colour,
      Escaper xml) {
    double km = 0;
    double y = 0;
    for (Corridor.Step s : c.steps()) {
      double atNode =
          metric == ChartMetric.TIME_DAYS
              ? (s.transshipmentHours() + s.dwellHours() + s.borderHours() + s.waitingHours()) / 24.0
              : s.transshipmentCostUsd() + s.dwellCostUsd() + s.borderCostUsd();
      // Only steps visible at chart scale get a label, so labels do not pile up on waypoints.
      if (atNode > yMax / 60) {
        double px = LEFT + km / xMax * plotW;
        double py = TOP + plotH - (y + atNode) / yMax * plotH;
        String name = s.node().name();
        labels.place(px, py, name, 10).ifPresent(p -> svg.append(
            text(p.textX(), p.baselineY(), xml.escape(name), "font-size=\"10\" fill=\"" + colour + "\"")));
      }
      y += atNode;
      km += s.leg().distanceKm();
      y += metric == ChartMetric.TIME_DAYS ? s.runningHours() / 24.0 : s.legCostUsd();
    }
  }

  private static String legendLine(double x, double y, String colour, String dash) {
    String l = line(x, y, x + 24, y, colour).replace("stroke-width=\"1\"", "stroke-width=\"3\"");
    return dash.isEmpty() ? l : l.replace("/>", " stroke-dasharray=\"" + dash + "\"/>");
  }

  // Tick values with thousands separators; decimals only where the step needs them.
  private static String tick(double v, double step) {
    if (step >= 1) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    int decimals = (int) Math.ceil(-Math.log10(step) - 1e-9);
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
    return s.replaceAll("\\.?0+$", "");
  }

  // The number of whole steps that cover a maximum, at least one.
  private static int ticks(double max, double step) {
    return (int) Math.max(1, Math.ceil(max / step));
  }

  // A 1-2-5 tick step giving about eight ticks.
  private static double niceStep(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double raw = max / 8;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double norm = raw / mag;
    double step = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    return step * mag;
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\"1\"/>\n";
  }

  private static String text(double x, double y, String content, String attrs) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" " + attrs + ">" + content + "</text>\n";
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Returns e.g. {@code TimeDistanceChart[TIME_DAYS, 4 series]}. */
  @Override
  public String toString() {
    return "TimeDistanceChart[" + metric + ", " + series.size() + " series]";
  }
}
