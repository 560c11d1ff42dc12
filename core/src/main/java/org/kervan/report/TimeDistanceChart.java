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
 * <p>This class is immutable and thread-safe; {@link #with(String, Corridor)} returns a copy.
 */
public final class TimeDistanceChart {
  private static final String[] COLOURS = {
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"
  };
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

  private TimeDistanceChart(String title, ChartMetric metric, ImmutableList<Series> series) {
    this.title = title;
    this.metric = metric;
    this.series = series;
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
    return new TimeDistanceChart(title, metric, ImmutableList.of());
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
        ImmutableList.<Series>builder().addAll(series).add(new Series(label, corridor)).build());
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
   * Renders the chart as a standalone SVG document (UTF-8 text), with axes, ticks, a legend and
   * node labels at the vertical steps.
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
    double maxY = 0;
    List<List<double[]>> all = new ArrayList<>();
    for (Series s : series) {
      List<double[]> pts = points(s.corridor(), metric);
      all.add(pts);
      double[] last = pts.get(pts.size() - 1);
      maxKm = Math.max(maxKm, last[0]);
      maxY = Math.max(maxY, last[1]);
    }
    double xStep = niceStep(maxKm);
    double yStep = niceStep(maxY);
    double xMax = Math.ceil(maxKm / xStep) * xStep;
    double yMax = Math.ceil(maxY / yStep) * yStep;
    int legendChars = 0;
    for (Series s : series) {
      legendChars = Math.max(legendChars, s.label().length() + 12);
    }
    final int width = LEFT + PLOT_WIDTH + 60 + legendChars * LEGEND_CHAR_PX;
    double plotW = PLOT_WIDTH;
    double plotH = HEIGHT - TOP - BOTTOM;

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
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append(text(LEFT, 28, xml.escape(title), "font-size=\"16\" font-weight=\"bold\""));
    for (double v = 0; v <= xMax + xStep / 2; v += xStep) {
      double x = LEFT + v / xMax * plotW;
      svg.append(line(x, TOP, x, TOP + plotH, "#e5e5e5"))
          .append(text(x, TOP + plotH + 18, fmt(v), "text-anchor=\"middle\""));
    }
    for (double v = 0; v <= yMax + yStep / 2; v += yStep) {
      double y = TOP + plotH - v / yMax * plotH;
      svg.append(line(LEFT, y, LEFT + plotW, y, "#e5e5e5"))
          .append(text(LEFT - 8, y + 4, fmt(v), "text-anchor=\"end\""));
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
    for (int i = 0; i < series.size(); i++) {
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder path = new StringBuilder();
      for (double[] p : all.get(i)) {
        path.append(path.length() == 0 ? "" : " ")
            .append(fmt(LEFT + p[0] / xMax * plotW))
            .append(',')
            .append(fmt(TOP + plotH - p[1] / yMax * plotH));
      }
      svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
          .append(colour)
          .append("\" points=\"")
          .append(path)
          .append("\"/>\n");
      labelSteps(svg, series.get(i).corridor(), xMax, yMax, plotW, plotH, colour, xml);
      double ly = TOP + 10 + i * 22;
      double lx = LEFT + plotW + 20;
      svg.append(line(lx, ly, lx + 24, ly, colour).replace("stroke-width=\"1\"", "stroke-width=\"3\""));
      Corridor c = series.get(i).corridor();
      String end =
          metric == ChartMetric.TIME_DAYS
              ? String.format(Locale.ROOT, "%.1f d", c.totalDays())
              : String.format(Locale.ROOT, "%,.0f USD", c.totalCostUsd());
      svg.append(text(lx + 30, ly + 4, xml.escape(series.get(i).label()) + " (" + end + ")", ""));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void labelSteps(
      StringBuilder svg,
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
        svg.append(
            text(
                px + 4,
                py - 4,
                xml.escape(s.node().id()),
                "font-size=\"10\" fill=\"" + colour + "\""));
      }
      y += atNode;
      km += s.leg().distanceKm();
      y += metric == ChartMetric.TIME_DAYS ? s.runningHours() / 24.0 : s.legCostUsd();
    }
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
