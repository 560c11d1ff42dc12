package org.kervan.data;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.kervan.internal.AtomicFiles;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Polyline;

/**
 * Writes networks and corridors as GeoJSON (RFC 7946) that opens in geojson.io or QGIS: one {@code
 * FeatureCollection} with a {@code Point} per node and a {@code LineString} per leg.
 *
 * <p>Coordinates are {@code [longitude, latitude]} in WGS 84 degrees. A leg with a {@link
 * Leg#geometry()} is drawn through its points; one without is drawn as a straight line in
 * longitude/latitude between its end nodes (the GeoJSON convention), not as a great circle.
 * A leg whose longitudes differ by more than 180° crosses the antimeridian: following RFC 7946
 * §3.1.9 it is cut there into a {@code MultiLineString} of two parts, one ending at longitude ±180
 * and one starting at ∓180, at the latitude where the straight line across the antimeridian meets
 * it.
 *
 * <p>Node properties: {@code id}, {@code name}, {@code kind}, {@code country} ({@code null} at
 * sea), {@code transshipment_hours}, {@code dwell_hours}, {@code border_hours}, {@code source}. Leg
 * properties: {@code from}, {@code to}, {@code mode}, {@code distance_km}, {@code hours}, {@code
 * cost_usd}, {@code status}, {@code gauge_mm} ({@code null} if none), {@code source}. For a
 * network, a leg's {@code hours} is its running time plus the expected wait for a departure (half
 * the headway); for a corridor, each leg carries its step's {@code hours} and {@code cost_usd}
 * (node charge at the start plus the leg, see {@link org.kervan.network.TransitModel}) and its
 * {@code step} index from 0.
 *
 * <p>Strings are escaped per RFC 8259; numbers are written with {@link Double#toString(double)},
 * independent of the default locale. This class has no state and is thread-safe.
 */
public final class GeoJson {

  private GeoJson() {}

  /**
   * Returns a network as a GeoJSON FeatureCollection.
   *
   * @param network the network
   * @return the GeoJSON text
   */
  public static String of(Network network) {
    StringBuilder sb = new StringBuilder();
    write(network, sb);
    return sb.toString();
  }

  /**
   * Returns a corridor as a GeoJSON FeatureCollection of its nodes and legs.
   *
   * @param corridor the corridor
   * @return the GeoJSON text
   */
  public static String of(Corridor corridor) {
    StringBuilder sb = new StringBuilder();
    write(corridor, sb);
    return sb.toString();
  }

  /**
   * Writes a network as a GeoJSON FeatureCollection to a file in UTF-8, replacing it: through a
   * temporary file moved into place when complete, so a failure leaves no partial file.
   *
   * @param network the network
   * @param file the file to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Network network, Path file) {
    checkNotNull(network, "network");
    checkNotNull(file, "file");
    try (AtomicFiles.Staged staged = AtomicFiles.stage(file)) {
      write(network, staged.writer());
      staged.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a network as a GeoJSON FeatureCollection.
   *
   * @param network the network
   * @param out where the text goes; not flushed or closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Network network, Appendable out) {
    checkNotNull(network, "network");
    checkNotNull(out, "out");
    try {
      out.append("{\"type\":\"FeatureCollection\",\"features\":[");
      boolean first = true;
      for (Node n : network.nodes()) {
        first = separator(out, first);
        nodeFeature(out, n);
      }
      for (Leg l : network.legs()) {
        first = separator(out, first);
        double hours = l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY) + l.runningHours();
        legFeature(
            out,
            l,
            network.node(l.from()).position(),
            network.node(l.to()).position(),
            hours,
            l.costUsd(),
            -1);
      }
      out.append("]}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a corridor as a GeoJSON FeatureCollection of its nodes (in order) and legs.
   *
   * @param corridor the corridor
   * @param out where the text goes; not flushed or closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Corridor corridor, Appendable out) {
    checkNotNull(corridor, "corridor");
    checkNotNull(out, "out");
    try {
      out.append("{\"type\":\"FeatureCollection\",\"features\":[");
      boolean first = true;
      for (Node n : corridor.nodes()) {
        first = separator(out, first);
        nodeFeature(out, n);
      }
      for (int i = 0; i < corridor.steps().size(); i++) {
        Corridor.Step s = corridor.steps().get(i);
        first = separator(out, first);
        legFeature(
            out,
            s.leg(),
            corridor.nodes().get(i).position(),
            corridor.nodes().get(i + 1).position(),
            s.hours(),
            s.costUsd(),
            i);
      }
      out.append("]}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean separator(Appendable out, boolean first) throws IOException {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  private static void nodeFeature(Appendable out, Node n) throws IOException {
    out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":");
    position(out, n.position().longitude(), n.position().latitude());
    out.append("},\"properties\":{");
    property(out, "id", n.id(), true);
    property(out, "name", n.name(), false);
    property(out, "kind", n.kind().name(), false);
    property(out, "country", n.country().orElse(null), false);
    number(out, "transshipment_hours", n.transshipmentHours());
    number(out, "dwell_hours", n.dwellHours());
    number(out, "border_hours", n.borderHours());
    property(out, "source", n.source(), false);
    out.append("}}");
  }

  private static void legFeature(
      Appendable out, Leg l, GeoPoint from, GeoPoint to, double hours, double costUsd, int step)
      throws IOException {
    out.append("{\"type\":\"Feature\",\"geometry\":");
    if (l.geometry().isEmpty()) {
      lineGeometry(out, from.longitude(), from.latitude(), to.longitude(), to.latitude());
    } else {
      pathGeometry(out, l.geometry(), from, to);
    }
    out.append(",\"properties\":{");
    property(out, "from", l.from(), true);
    property(out, "to", l.to(), false);
    property(out, "mode", l.mode().name(), false);
    number(out, "distance_km", l.distanceKm());
    number(out, "hours", hours);
    number(out, "cost_usd", costUsd);
    property(out, "status", l.status().name(), false);
    out.append(",\"gauge_mm\":");
    out.append(l.gaugeMm().isPresent() ? Integer.toString(l.gaugeMm().getAsInt()) : "null");
    if (step >= 0) {
      out.append(",\"step\":").append(Integer.toString(step));
    }
    property(out, "source", l.source(), false);
    out.append("}}");
  }

  /**
   * Writes the geometry of a straight leg, cut at the antimeridian when its longitudes differ by
   * more than 180°.
   */
  static void lineGeometry(Appendable out, double lon1, double lat1, double lon2, double lat2)
      throws IOException {
    // ±180 is one meridian: put an endpoint lying on it on the side of the other endpoint.
    double a = Math.abs(lon1) == 180 ? Math.copySign(180, lon2) : lon1;
    double b = Math.abs(lon2) == 180 ? Math.copySign(180, a) : lon2;
    if (Math.abs(b - a) <= 180) {
      out.append("{\"type\":\"LineString\",\"coordinates\":[");
      position(out, a, lat1);
      out.append(',');
      position(out, b, lat2);
      out.append("]}");
      return;
    }
    // Unwrap the far end by 360° so the line is the short way round, then cut it at ±180.
    double edge = a > 0 ? 180 : -180;
    double bUnwrapped = a > 0 ? b + 360 : b - 360;
    double t = (edge - a) / (bUnwrapped - a);
    double latCut = lat1 + t * (lat2 - lat1);
    out.append("{\"type\":\"MultiLineString\",\"coordinates\":[[");
    position(out, a, lat1);
    out.append(',');
    position(out, edge, latCut);
    out.append("],[");
    position(out, -edge, latCut);
    out.append(',');
    position(out, b, lat2);
    out.append("]]}");
  }

  /**
   * Writes a leg that follows its geometry: a {@code LineString} from {@code from} through every
   * point to {@code to}, or a {@code MultiLineString} cut at ±180 wherever a segment crosses the
   * antimeridian (RFC 7946 §3.1.9).
   */
  static void pathGeometry(Appendable out, Polyline geometry, GeoPoint from, GeoPoint to)
      throws IOException {
    int n = geometry.size() + 2;
    double[] lon = new double[n];
    double[] lat = new double[n];
    lon[0] = from.longitude();
    lat[0] = from.latitude();
    for (int i = 0; i < geometry.size(); i++) {
      lon[i + 1] = geometry.longitude(i);
      lat[i + 1] = geometry.latitude(i);
    }
    lon[n - 1] = to.longitude();
    lat[n - 1] = to.latitude();
    // ±180 is one meridian: put a point lying on it on the side of its predecessor.
    for (int i = 1; i < n; i++) {
      if (Math.abs(lon[i]) == 180) {
        lon[i] = Math.copySign(180, lon[i - 1]);
      }
    }
    if (Math.abs(lon[0]) == 180 && n > 1) {
      lon[0] = Math.copySign(180, lon[1]);
    }
    boolean crosses = false;
    for (int i = 1; i < n; i++) {
      crosses |= Math.abs(lon[i] - lon[i - 1]) > 180;
    }
    out.append(
        crosses
            ? "{\"type\":\"MultiLineString\",\"coordinates\":[["
            : "{\"type\":\"LineString\",\"coordinates\":[");
    position(out, lon[0], lat[0]);
    for (int i = 1; i < n; i++) {
      double a = lon[i - 1];
      double b = lon[i];
      if (Math.abs(b - a) > 180) {
        double edge = a > 0 ? 180 : -180;
        double bUnwrapped = a > 0 ? b + 360 : b - 360;
        double t = (edge - a) / (bUnwrapped - a);
        double latCut = lat[i - 1] + t * (lat[i] - lat[i - 1]);
        // A point on the antimeridian already ends this part.
        if (Math.abs(a) != 180) {
          out.append(',');
          position(out, edge, latCut);
        }
        out.append("],[");
        position(out, -edge, latCut);
      }
      out.append(',');
      position(out, b, lat[i]);
    }
    out.append(crosses ? "]]}" : "]}");
  }

  private static void position(Appendable out, double lon, double lat) throws IOException {
    out.append('[')
        .append(Double.toString(lon))
        .append(',')
        .append(Double.toString(lat))
        .append(']');
  }

  private static void number(Appendable out, String name, double value) throws IOException {
    out.append(',');
    quote(out, name);
    out.append(':');
    // JSON has no NaN or infinity; model values are finite, but never write invalid JSON.
    out.append(Double.isFinite(value) ? Double.toString(value) : "null");
  }

  private static void property(Appendable out, String name, String value, boolean first)
      throws IOException {
    if (!first) {
      out.append(',');
    }
    quote(out, name);
    out.append(':');
    if (value == null) {
      out.append("null");
    } else {
      quote(out, value);
    }
  }

  /** Writes a JSON string literal: quotes, backslashes and control characters escaped. */
  static void quote(Appendable out, String s) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          // U+2028/2029 are legal JSON but break JavaScript consumers that eval the text.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
