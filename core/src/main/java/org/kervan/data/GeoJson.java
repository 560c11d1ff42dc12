package org.kervan.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.CharStreams;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kervan.internal.AtomicFiles;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Polyline;

/**
 * Writes networks and corridors as GeoJSON (RFC 7946) that opens in geojson.io or QGIS, through
 * Gson's streaming {@link JsonWriter}.
 *
 * <p>Example: the fastest corridor as a file for geojson.io or QGIS ({@code corridor} from a
 * {@link org.kervan.routing.Router}), and the whole embedded network:
 *
 * <pre>{@code
 * GeoJson.write(corridor, Path.of("route.geojson"));
 * GeoJson.write(DefaultNetwork.load(), Path.of("world.geojson"));
 * }</pre>
 *
 * <h2>Network</h2>
 *
 * <p>One {@code FeatureCollection}: a {@code Point} per node ({@code "feature":"node"}) and a line
 * per <em>link</em> ({@code "feature":"link"}). A link is a leg together with its reverse, when
 * the network has one: the leg from the link's {@code to} to its {@code from} with the same mode,
 * status, distance, gauge and source and the reversed geometry. A link carries the forward
 * direction's {@code hours} and {@code cost_usd} and the reverse direction's {@code
 * reverse_hours} and {@code reverse_cost_usd} ({@code null} for a one-way leg), and {@code
 * directions} ({@code 1} or {@code 2}). A leg's {@code hours} is its running time plus the expected
 * wait for a departure (half the headway, {@link WaitPolicy#EXPECTED_HALF_HEADWAY}).
 *
 * <h2>Corridor</h2>
 *
 * <p>One {@code FeatureCollection}: first the whole route as one line ({@code
 * "feature":"corridor"}) with the corridor's totals, then a {@code Point} per node in route order
 * ({@code "feature":"node"}, with its {@code stop} index from 0), then a line per step ({@code
 * "feature":"step"}, with its {@code step} index from 0, the step's {@code hours} and {@code
 * cost_usd}: node charge at its start plus the leg, see {@link
 * org.kervan.network.TransitModel}). The corridor feature's properties: {@code origin}, {@code
 * destination}, {@code legs}, {@code distance_km}, {@code total_hours}, {@code total_days}, {@code
 * running_hours}, {@code waiting_hours}, {@code transshipment_hours}, {@code dwell_hours}, {@code
 * border_hours}, {@code total_cost_usd}, {@code co2e_kg_per_teu} (default emission factors, {@link
 * Corridor#co2eKgPerTeu()}), {@code countries} and {@code chokepoints} (arrays in order of
 * passage), {@code unbuilt_legs} (legs whose status is not {@code OPERATING}) and {@code
 * wait_policy}.
 *
 * <h2>Properties and geometry</h2>
 *
 * <p>Node properties: {@code id}, {@code name}, {@code kind}, {@code country} ({@code null} at
 * sea), {@code transshipment_hours}, {@code dwell_hours}, {@code border_hours}, {@code source}.
 * Link and step properties: {@code from}, {@code to}, {@code mode}, {@code distance_km}, {@code
 * status}, {@code gauge_mm} ({@code null} if none), {@code source}. Numbers are written by Gson in
 * {@link Double#toString(double)} form, independent of the default locale; a non-finite value is
 * written as {@code null} (JSON has neither NaN nor infinity).
 *
 * <p>Coordinates are {@code [longitude, latitude]} in WGS 84 degrees. A leg with a {@link
 * Leg#geometry()} is drawn through its points; one without is drawn as a straight line in
 * longitude/latitude between its end nodes (the GeoJSON convention), not as a great circle. A line
 * with a segment whose longitudes differ by more than 180° crosses the antimeridian: following RFC
 * 7946 §3.1.9 it is cut there into a {@code MultiLineString}, one part ending at longitude ±180 and
 * the next starting at ∓180, at the latitude where the segment meets it.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class GeoJson {

  private GeoJson() {}

  /**
   * Returns a network as a GeoJSON FeatureCollection of its nodes and links.
   *
   * @param network the network
   * @return the GeoJSON text, ending with a newline
   */
  public static String of(Network network) {
    StringBuilder sb = new StringBuilder();
    write(network, sb);
    return sb.toString();
  }

  /**
   * Returns a corridor as a GeoJSON FeatureCollection: the whole route with its totals, its nodes
   * and its steps.
   *
   * @param corridor the corridor
   * @return the GeoJSON text, ending with a newline
   */
  public static String of(Corridor corridor) {
    StringBuilder sb = new StringBuilder();
    write(corridor, sb);
    return sb.toString();
  }

  /**
   * Writes a network as a GeoJSON FeatureCollection to a file in UTF-8, replacing it. The text
   * goes to a temporary file in the same directory that is moved into place only when complete,
   * so a failure (an unwritable directory, a name that is not well-formed UTF-16) leaves any
   * previous file unchanged and no partial file behind.
   *
   * @param network the network
   * @param file the file to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Network network, Path file) {
    checkNotNull(network, "network");
    checkNotNull(file, "file");
    writeAtomically(file, w -> write(network, w));
  }

  /**
   * Writes a corridor as a GeoJSON FeatureCollection to a file in UTF-8, replacing it, with the
   * same all-or-nothing guarantee as {@link #write(Network, Path)}.
   *
   * @param corridor the corridor
   * @param file the file to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Corridor corridor, Path file) {
    checkNotNull(corridor, "corridor");
    checkNotNull(file, "file");
    writeAtomically(file, w -> write(corridor, w));
  }

  /**
   * Writes a network as a GeoJSON FeatureCollection of its nodes and links.
   *
   * @param network the network
   * @param out where the text goes; not flushed or closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Network network, Appendable out) {
    checkNotNull(network, "network");
    checkNotNull(out, "out");
    try {
      JsonWriter w = open(out);
      for (Node n : network.nodes()) {
        nodeFeature(w, n, -1);
      }
      List<Leg> legs = network.legs();
      int[] reverse = pairReverses(legs);
      for (int i = 0; i < legs.size(); i++) {
        if (reverse[i] >= 0 && reverse[i] < i) {
          continue; // drawn with its partner
        }
        Leg l = legs.get(i);
        w.beginObject().name("type").value("Feature");
        w.name("geometry");
        lineGeometry(w, points(l, network.node(l.from()).position(), network.node(l.to()).position()));
        w.name("properties").beginObject().name("feature").value("link");
        legProperties(w, l);
        number(w, "hours", hours(l));
        number(w, "cost_usd", l.costUsd());
        Leg back = reverse[i] >= 0 ? legs.get(reverse[i]) : null;
        number(w, "reverse_hours", back == null ? Double.NaN : hours(back));
        number(w, "reverse_cost_usd", back == null ? Double.NaN : back.costUsd());
        w.name("directions").value(back == null ? 1 : 2);
        w.endObject().endObject();
      }
      close(w, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a corridor as a GeoJSON FeatureCollection: the whole route with its totals, its nodes
   * in order and its steps.
   *
   * @param corridor the corridor
   * @param out where the text goes; not flushed or closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Corridor corridor, Appendable out) {
    checkNotNull(corridor, "corridor");
    checkNotNull(out, "out");
    try {
      JsonWriter w = open(out);
      corridorFeature(w, corridor);
      for (int i = 0; i < corridor.nodes().size(); i++) {
        nodeFeature(w, corridor.nodes().get(i), i);
      }
      for (int i = 0; i < corridor.steps().size(); i++) {
        Corridor.Step s = corridor.steps().get(i);
        w.beginObject().name("type").value("Feature");
        w.name("geometry");
        lineGeometry(w, stepPoints(corridor, i));
        w.name("properties").beginObject().name("feature").value("step");
        w.name("step").value(i);
        legProperties(w, s.leg());
        number(w, "hours", s.hours());
        number(w, "cost_usd", s.costUsd());
        w.endObject().endObject();
      }
      close(w, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the whole text to a writer; fails with an unchecked I/O exception. */
  private interface TextSink {
    void writeTo(Writer w);
  }

  private static void writeAtomically(Path file, TextSink sink) {
    try (AtomicFiles.Staged staged = AtomicFiles.stage(file)) {
      sink.writeTo(staged.writer());
      staged.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static JsonWriter open(Appendable out) throws IOException {
    JsonWriter w = new JsonWriter(CharStreams.asWriter(out));
    w.setSerializeNulls(true);
    w.beginObject().name("type").value("FeatureCollection").name("features").beginArray();
    return w;
  }

  private static void close(JsonWriter w, Appendable out) throws IOException {
    w.endArray().endObject();
    w.flush();
    out.append('\n');
  }

  /**
   * For each leg, the index of the reverse leg it is drawn with, or -1. Legs are paired first come
   * first served, so two parallel services each find their own partner.
   */
  private static int[] pairReverses(List<Leg> legs) {
    int[] partner = new int[legs.size()];
    java.util.Arrays.fill(partner, -1);
    Map<LinkKey, ArrayDeque<Integer>> waiting = new HashMap<>();
    for (int i = 0; i < legs.size(); i++) {
      Leg l = legs.get(i);
      ArrayDeque<Integer> open = waiting.get(LinkKey.reverseOf(l));
      Integer match = null;
      if (open != null) {
        Polyline back = l.geometry().reversed();
        for (Integer j : open) {
          if (legs.get(j).geometry().equals(back)) {
            match = j;
            break;
          }
        }
      }
      if (match != null) {
        open.remove(match);
        partner[i] = match;
        partner[match] = i;
      } else {
        waiting.computeIfAbsent(LinkKey.of(l), k -> new ArrayDeque<>()).add(i);
      }
    }
    return partner;
  }

  /** What a leg and its reverse share; geometry is compared separately (it is reversed). */
  private record LinkKey(
      String from, String to, Mode mode, LegStatus status, long distanceBits, int gauge,
      String source) {
    static LinkKey of(Leg l) {
      return new LinkKey(l.from(), l.to(), l.mode(), l.status(),
          Double.doubleToLongBits(l.distanceKm()), l.gaugeMm().orElse(-1), l.source());
    }

    static LinkKey reverseOf(Leg l) {
      LinkKey k = of(l);
      return new LinkKey(k.to, k.from, k.mode, k.status, k.distanceBits, k.gauge, k.source);
    }
  }

  private static double hours(Leg l) {
    return l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY) + l.runningHours();
  }

  private static void corridorFeature(JsonWriter w, Corridor c) throws IOException {
    List<double[]> all = new ArrayList<>();
    for (int i = 0; i < c.steps().size(); i++) {
      List<double[]> step = stepPoints(c, i);
      all.addAll(i == 0 ? step : step.subList(1, step.size()));
    }
    if (all.isEmpty()) {
      GeoPoint p = c.origin().position();
      all.add(new double[] {p.longitude(), p.latitude()});
      all.add(new double[] {p.longitude(), p.latitude()});
    }
    w.beginObject().name("type").value("Feature");
    w.name("geometry");
    lineGeometry(w, all);
    w.name("properties").beginObject().name("feature").value("corridor");
    w.name("origin").value(c.origin().id());
    w.name("destination").value(c.destination().id());
    w.name("legs").value(c.legs().size());
    number(w, "distance_km", c.distanceKm());
    number(w, "total_hours", c.totalHours());
    number(w, "total_days", c.totalDays());
    number(w, "running_hours", c.runningHours());
    number(w, "waiting_hours", c.waitingHours());
    number(w, "transshipment_hours", c.transshipmentHours());
    number(w, "dwell_hours", c.dwellHours());
    number(w, "border_hours", c.borderHours());
    number(w, "total_cost_usd", c.totalCostUsd());
    number(w, "co2e_kg_per_teu", c.co2eKgPerTeu());
    strings(w, "countries", c.countries());
    strings(w, "chokepoints", c.chokepoints());
    w.name("unbuilt_legs").value(c.legs().stream().filter(l -> l.status() != LegStatus.OPERATING).count());
    w.name("wait_policy").value(c.waitPolicy().name());
    w.endObject().endObject();
  }

  private static List<double[]> stepPoints(Corridor c, int i) {
    return points(c.steps().get(i).leg(), c.nodes().get(i).position(), c.nodes().get(i + 1).position());
  }

  private static void nodeFeature(JsonWriter w, Node n, int stop) throws IOException {
    w.beginObject().name("type").value("Feature");
    w.name("geometry").beginObject().name("type").value("Point").name("coordinates");
    position(w, n.position().longitude(), n.position().latitude());
    w.endObject();
    w.name("properties").beginObject().name("feature").value("node");
    if (stop >= 0) {
      w.name("stop").value(stop);
    }
    w.name("id").value(n.id());
    w.name("name").value(n.name());
    w.name("kind").value(n.kind().name());
    w.name("country").value(n.country().orElse(null));
    number(w, "transshipment_hours", n.transshipmentHours());
    number(w, "dwell_hours", n.dwellHours());
    number(w, "border_hours", n.borderHours());
    w.name("source").value(n.source());
    w.endObject().endObject();
  }

  private static void legProperties(JsonWriter w, Leg l) throws IOException {
    w.name("from").value(l.from());
    w.name("to").value(l.to());
    w.name("mode").value(l.mode().name());
    number(w, "distance_km", l.distanceKm());
    w.name("status").value(l.status().name());
    w.name("gauge_mm");
    if (l.gaugeMm().isPresent()) {
      w.value(l.gaugeMm().getAsInt());
    } else {
      w.nullValue();
    }
    w.name("source").value(l.source());
  }

  /** The points a leg is drawn through: its start node, its geometry, its end node. */
  private static List<double[]> points(Leg l, GeoPoint from, GeoPoint to) {
    Polyline g = l.geometry();
    List<double[]> pts = new ArrayList<>(g.size() + 2);
    pts.add(new double[] {from.longitude(), from.latitude()});
    for (int i = 0; i < g.size(); i++) {
      pts.add(new double[] {g.longitude(i), g.latitude(i)});
    }
    pts.add(new double[] {to.longitude(), to.latitude()});
    return pts;
  }

  /**
   * Writes a line through {@code [lon, lat]} points: a {@code LineString}, or a {@code
   * MultiLineString} cut at ±180 wherever a segment crosses the antimeridian (RFC 7946 §3.1.9).
   */
  static void lineGeometry(JsonWriter w, List<double[]> points) throws IOException {
    int n = points.size();
    double[] lon = new double[n];
    double[] lat = new double[n];
    for (int i = 0; i < n; i++) {
      lon[i] = points.get(i)[0];
      lat[i] = points.get(i)[1];
    }
    // ±180 is one meridian: put a point lying on it on the side of its predecessor, and the
    // first point on the side of its successor.
    for (int i = 1; i < n; i++) {
      if (Math.abs(lon[i]) == 180) {
        lon[i] = Math.copySign(180, lon[i - 1]);
      }
    }
    if (n > 1 && Math.abs(lon[0]) == 180) {
      lon[0] = Math.copySign(180, lon[1]);
    }
    boolean crosses = false;
    for (int i = 1; i < n; i++) {
      crosses |= Math.abs(lon[i] - lon[i - 1]) > 180;
    }
    w.beginObject().name("type").value(crosses ? "MultiLineString" : "LineString");
    w.name("coordinates").beginArray();
    if (crosses) {
      w.beginArray();
    }
    position(w, lon[0], lat[0]);
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
          position(w, edge, latCut);
        }
        w.endArray().beginArray();
        position(w, -edge, latCut);
      }
      position(w, b, lat[i]);
    }
    if (crosses) {
      w.endArray();
    }
    w.endArray().endObject();
  }

  private static void position(JsonWriter w, double lon, double lat) throws IOException {
    w.beginArray().value(lon).value(lat).endArray();
  }

  private static void number(JsonWriter w, String name, double value) throws IOException {
    w.name(name);
    if (Double.isFinite(value)) {
      w.value(value);
    } else {
      w.nullValue();
    }
  }

  private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
    w.name(name).beginArray();
    for (String v : values) {
      w.value(v);
    }
    w.endArray();
  }
}
