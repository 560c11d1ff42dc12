package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.GeoPoint;

/**
 * Sea legs stay on water and land legs on land, checked against the Natural Earth 1:50m land
 * polygons (test resource {@code land-50m.json}, see the NOTICE there). Each leg is sampled every
 * {@value #STEP_KM} km along its polyline; a sample's side is decided by even-odd ray casting over
 * every land ring. Canals (Suez, Panama, Kiel) and samples within {@value #PORT_RADIUS_KM} km of a
 * port, where rivers, docks and the map's coarse coastline dominate, are left out; what remains
 * must be on the right side within the stated tolerances.
 */
class LandSeaCrossingTest {
  static final double STEP_KM = 5;
  static final double PORT_RADIUS_KM = 30;
  /**
   * Share of sea samples allowed on land: marnet's coarse Arctic lanes across the Canadian
   * archipelago and straits narrower than the 1:50m map make about 1 %.
   */
  static final double SEA_ON_LAND_TOLERANCE = 0.015;
  /**
   * Share of land samples allowed at sea: land legs follow their lines through hand-placed
   * waypoints a few tens of km apart, so a coast the line hugs (the UAE's Gulf shore, the Caspian
   * at Derbent) can put a sample or two on the wrong side of the 1:50m coastline (under 0.1 %).
   */
  static final double LAND_AT_SEA_TOLERANCE = 0.005;

  private static final Set<String> CANALS = Set.of("CP_SUEZ", "CP_PANAMA", "CP_KIEL");
  // Planned links too: their polylines are drawn on maps of the planned scenario.
  private static final Network NET = DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED);

  // Land edges bucketed by whole degree of latitude: edge e spans lat [y0, y1) and runs from
  // (x0, y0) to (x1, y1); a point's ray to the east is tested only against its band's edges.
  private static final int BANDS = 180;
  private static List<double[]>[] bands;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readLand() throws IOException {
    bands = new List[BANDS];
    for (int i = 0; i < BANDS; i++) {
      bands[i] = new ArrayList<>();
    }
    JsonObject topo;
    try (InputStream in = LandSeaCrossingTest.class.getResourceAsStream("land-50m.json");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      topo = JsonParser.parseReader(r).getAsJsonObject();
    }
    JsonArray scale = topo.getAsJsonObject("transform").getAsJsonArray("scale");
    JsonArray translate = topo.getAsJsonObject("transform").getAsJsonArray("translate");
    double sx = scale.get(0).getAsDouble();
    double sy = scale.get(1).getAsDouble();
    double tx = translate.get(0).getAsDouble();
    double ty = translate.get(1).getAsDouble();
    // TopoJSON arcs: quantised positions, delta-encoded (RFC-like spec, topojson-specification).
    List<double[]> arcs = new ArrayList<>();
    for (JsonElement a : topo.getAsJsonArray("arcs")) {
      JsonArray pts = a.getAsJsonArray();
      double[] xy = new double[2 * pts.size()];
      long x = 0;
      long y = 0;
      for (int i = 0; i < pts.size(); i++) {
        x += pts.get(i).getAsJsonArray().get(0).getAsLong();
        y += pts.get(i).getAsJsonArray().get(1).getAsLong();
        xy[2 * i] = x * sx + tx;
        xy[2 * i + 1] = y * sy + ty;
      }
      arcs.add(xy);
    }
    JsonObject land = topo.getAsJsonObject("objects").getAsJsonObject("land");
    for (JsonElement g : land.getAsJsonArray("geometries")) {
      JsonObject geometry = g.getAsJsonObject();
      JsonArray polygons = geometry.getAsJsonArray("arcs");
      boolean multi = "MultiPolygon".equals(geometry.get("type").getAsString());
      for (JsonElement p : multi ? polygons : wrap(polygons)) {
        for (JsonElement ring : p.getAsJsonArray()) {
          addRing(arcs, ring.getAsJsonArray());
        }
      }
    }
  }

  private static JsonArray wrap(JsonArray polygon) {
    JsonArray a = new JsonArray();
    a.add(polygon);
    return a;
  }

  private static void addRing(List<double[]> arcs, JsonArray indexes) {
    List<double[]> points = new ArrayList<>();
    for (JsonElement e : indexes) {
      int i = e.getAsInt();
      double[] arc = arcs.get(i >= 0 ? i : ~i);
      int n = arc.length / 2;
      for (int k = points.isEmpty() ? 0 : 1; k < n; k++) {
        int j = i >= 0 ? k : n - 1 - k;
        points.add(new double[] {arc[2 * j], arc[2 * j + 1]});
      }
    }
    for (int k = 0; k < points.size(); k++) {
      double[] a = points.get(k);
      double[] b = points.get((k + 1) % points.size());
      if (a[1] == b[1]) {
        continue;
      }
      double[] edge =
          a[1] < b[1] ? new double[] {a[0], a[1], b[0], b[1]} : new double[] {b[0], b[1], a[0], a[1]};
      int from = band(edge[1]);
      int to = band(edge[3]);
      for (int i = from; i <= to; i++) {
        bands[i].add(edge);
      }
    }
  }

  private static int band(double lat) {
    return Math.max(0, Math.min(BANDS - 1, (int) Math.floor(lat + 90)));
  }

  /** Even-odd rule: a ray from the point to the east crosses land edges an odd number of times. */
  static boolean onLand(double lat, double lon) {
    boolean inside = false;
    for (double[] e : bands[band(lat)]) {
      if (lat >= e[1] && lat < e[3]) {
        double x = e[0] + (lat - e[1]) * (e[2] - e[0]) / (e[3] - e[1]);
        if (x > lon) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  /** Samples of a leg, {@code {lat, lon}}, every STEP_KM along its polyline, ends excluded. */
  private static List<double[]> samples(Leg leg) {
    List<GeoPoint> pts = new ArrayList<>();
    pts.add(NET.node(leg.from()).position());
    pts.addAll(leg.geometry().points());
    pts.add(NET.node(leg.to()).position());
    List<double[]> out = new ArrayList<>();
    for (int i = 1; i < pts.size(); i++) {
      GeoPoint a = pts.get(i - 1);
      GeoPoint b = pts.get(i);
      double dLon = b.longitude() - a.longitude();
      // Across the antimeridian: go the short way and wrap.
      if (dLon > 180) {
        dLon -= 360;
      } else if (dLon < -180) {
        dLon += 360;
      }
      int n = Math.max(1, (int) (a.greatCircleKm(b) / STEP_KM));
      for (int k = 1; k <= n; k++) {
        double t = (double) k / n;
        double lon = a.longitude() + t * dLon;
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        out.add(new double[] {a.latitude() + t * (b.latitude() - a.latitude()), lon});
      }
    }
    return out;
  }

  private static boolean nearPort(double[] p) {
    for (Node n : PORTS) {
      // 30 km is under 0.3 degree of latitude: most ports are rejected without trigonometry.
      if (Math.abs(n.position().latitude() - p[0]) > 0.3) {
        continue;
      }
      if (GeoPoint.greatCircleKm(p[0], p[1], n.position().latitude(), n.position().longitude())
          < PORT_RADIUS_KM) {
        return true;
      }
    }
    return false;
  }

  private static final List<Node> PORTS =
      NET.nodes().stream().filter(n -> n.kind() == NodeKind.SEAPORT).toList();

  /** A leg's wrong-side samples. */
  record Count(Leg leg, int wrong, int total) {}

  private static List<Count> count(boolean sea) {
    List<Count> counts = new ArrayList<>();
    for (Leg l : NET.legs()) {
      boolean isSea = l.mode() == Mode.SEA || l.mode() == Mode.FERRY;
      boolean isLand = l.mode() == Mode.RAIL || l.mode() == Mode.ROAD;
      if (l.from().compareTo(l.to()) > 0
          || (sea ? !isSea : !isLand)
          || l.chokepoints().stream().anyMatch(CANALS::contains)) {
        continue;
      }
      int wrong = 0;
      int total = 0;
      for (double[] p : samples(l)) {
        if (nearPort(p)) {
          continue;
        }
        total++;
        if (onLand(p[0], p[1]) == sea) {
          wrong++;
        }
      }
      counts.add(new Count(l, wrong, total));
    }
    counts.sort(Comparator.comparingInt(Count::wrong).reversed());
    return counts;
  }

  private static String report(List<Count> counts, String what) {
    int wrong = counts.stream().mapToInt(Count::wrong).sum();
    int total = counts.stream().mapToInt(Count::total).sum();
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s: %d of %d samples (%.2f %%); worst legs:", what, wrong, total,
                100.0 * wrong / total));
    for (Count c : counts.subList(0, Math.min(10, counts.size()))) {
      b.append(String.format(Locale.ROOT, "%n  %s %d/%d", c.leg().key(), c.wrong(), c.total()));
    }
    return b.toString();
  }

  private static double share(List<Count> counts) {
    return (double) counts.stream().mapToInt(Count::wrong).sum()
        / counts.stream().mapToInt(Count::total).sum();
  }

  @Test
  void onLand_knowsLandFromSea() {
    // Independent checks of the map and the ray casting: Ankara, Madrid and Chicago are on land;
    // mid-Atlantic, the Arabian Sea and the middle of the Black Sea are not.
    assertTrue(onLand(39.93, 32.86) && onLand(40.42, -3.70) && onLand(41.88, -87.63));
    assertTrue(!onLand(30, -40) && !onLand(15, 65) && !onLand(43.2, 34.0));
  }

  @Test
  void seaLegs_stayOnWater() {
    List<Count> counts = count(true);
    String report = report(counts, "sea and ferry samples on land");
    System.out.println(report);
    assertTrue(share(counts) <= SEA_ON_LAND_TOLERANCE, report);
  }

  @Test
  void landLegs_stayOnLand() {
    List<Count> counts = count(false);
    String report = report(counts, "rail and road samples at sea");
    System.out.println(report);
    assertTrue(share(counts) <= LAND_AT_SEA_TOLERANCE, report);
  }
}
