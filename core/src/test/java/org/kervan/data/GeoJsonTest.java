package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

class GeoJsonTest {

  /** Parses strictly (Gson's JsonParser is lenient), so invalid JSON fails the test. */
  private static JsonArray features(String json) {
    JsonObject root;
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      root = new Gson().getAdapter(JsonElement.class).read(reader).getAsJsonObject();
      assertEquals(JsonToken.END_DOCUMENT, reader.peek());
    } catch (IOException e) {
      throw new AssertionError("invalid JSON: " + e.getMessage(), e);
    }
    assertEquals("FeatureCollection", root.get("type").getAsString());
    return root.getAsJsonArray("features");
  }

  private static JsonObject geometry(JsonElement feature) {
    return feature.getAsJsonObject().getAsJsonObject("geometry");
  }

  private static JsonObject properties(JsonElement feature) {
    return feature.getAsJsonObject().getAsJsonObject("properties");
  }

  @Test
  void network_hasAPointPerNodeAndOneLinePerLink_withLonLatOrder() {
    Network net = DefaultNetwork.load();
    JsonArray features = features(GeoJson.of(net));
    Map<String, JsonObject> points = new HashMap<>();
    int directions = 0;
    int links = 0;
    for (JsonElement f : features) {
      String type = geometry(f).get("type").getAsString();
      JsonObject p = properties(f);
      if (type.equals("Point")) {
        assertEquals("node", p.get("feature").getAsString());
        points.put(p.get("id").getAsString(), f.getAsJsonObject());
        continue;
      }
      assertEquals("link", p.get("feature").getAsString());
      for (String key : new String[] {"mode", "distance_km", "hours", "status", "source", "from", "to"}) {
        assertTrue(p.has(key), key);
      }
      links++;
      directions += p.get("directions").getAsInt();
      Leg forward = leg(net, p.get("from").getAsString(), p.get("to").getAsString(), p);
      assertEquals(forward.costUsd(), p.get("cost_usd").getAsDouble());
      if (p.get("directions").getAsInt() == 2) {
        Leg back = leg(net, p.get("to").getAsString(), p.get("from").getAsString(), p);
        assertEquals(back.costUsd(), p.get("reverse_cost_usd").getAsDouble());
        assertEquals(forward.geometry().reversed(), back.geometry());
      } else {
        assertTrue(p.get("reverse_hours").isJsonNull());
      }
    }
    assertEquals(net.nodeCount(), points.size());
    assertEquals(net.legCount(), directions, "every leg is drawn exactly once");
    assertTrue(links < net.legCount() * 0.6, "most legs are drawn with their reverse: " + links);
    JsonArray haifa = geometry(points.get("ILHFA")).getAsJsonArray("coordinates");
    assertEquals(net.node("ILHFA").position().longitude(), haifa.get(0).getAsDouble());
    assertEquals(net.node("ILHFA").position().latitude(), haifa.get(1).getAsDouble());
    assertTrue(properties(points.get("CP_SUEZ")).get("country").isJsonNull());
  }

  /** The leg from {@code from} to {@code to} with the feature's mode (one leg per key). */
  private static Leg leg(Network net, String from, String to, JsonObject p) {
    Leg l =
        net.leg(from, to, Mode.valueOf(p.get("mode").getAsString()))
            .orElseThrow(() -> new AssertionError("no leg " + from + " -> " + to));
    assertEquals(l.distanceKm(), p.get("distance_km").getAsDouble());
    return l;
  }

  @Test
  void corridor_startsWithTheRouteAndItsTotals_thenNodesAndSteps() {
    Corridor c = NamedCorridor.IMEC_AS_PLANNED.corridor();
    JsonArray features = features(GeoJson.of(c));
    assertEquals(1 + c.nodes().size() + c.legs().size(), features.size());
    JsonObject route = properties(features.get(0));
    assertEquals("corridor", route.get("feature").getAsString());
    assertEquals(c.origin().id(), route.get("origin").getAsString());
    assertEquals(c.destination().id(), route.get("destination").getAsString());
    assertEquals(c.totalHours(), route.get("total_hours").getAsDouble());
    assertEquals(c.totalCostUsd(), route.get("total_cost_usd").getAsDouble());
    assertEquals(c.co2eKgPerTeu(), route.get("co2e_kg_per_teu").getAsDouble());
    assertEquals(c.chokepoints().size(), route.getAsJsonArray("chokepoints").size());
    assertTrue(route.get("unbuilt_legs").getAsInt() > 0, "IMEC as planned uses unbuilt rail");
    JsonArray line = geometry(features.get(0)).getAsJsonArray("coordinates");
    assertEquals(
        c.origin().position().longitude(), line.get(0).getAsJsonArray().get(0).getAsDouble());
    assertEquals(
        c.destination().position().latitude(),
        line.get(line.size() - 1).getAsJsonArray().get(1).getAsDouble());
    double hours = 0;
    int step = 0;
    int stop = 0;
    for (JsonElement f : features) {
      JsonObject p = properties(f);
      if (p.get("feature").getAsString().equals("node")) {
        assertEquals(stop, p.get("stop").getAsInt());
        assertEquals(c.nodes().get(stop).id(), p.get("id").getAsString());
        stop++;
      }
      if (p.get("feature").getAsString().equals("step")) {
        Corridor.Step s = c.steps().get(step);
        assertEquals(step, p.get("step").getAsInt());
        assertEquals(s.leg().from(), p.get("from").getAsString());
        assertEquals(s.leg().to(), p.get("to").getAsString());
        assertEquals(s.leg().mode().name(), p.get("mode").getAsString());
        assertEquals(s.leg().distanceKm(), p.get("distance_km").getAsDouble());
        assertEquals(s.hours(), p.get("hours").getAsDouble());
        assertEquals(s.leg().status().name(), p.get("status").getAsString());
        assertEquals(s.leg().source(), p.get("source").getAsString());
        JsonArray coords = geometry(f).getAsJsonArray("coordinates");
        Node from = c.nodes().get(step);
        assertEquals(
            from.position().longitude(), coords.get(0).getAsJsonArray().get(0).getAsDouble());
        assertEquals(
            from.position().latitude(), coords.get(0).getAsJsonArray().get(1).getAsDouble());
        hours += s.hours();
        step++;
      }
    }
    assertEquals(c.nodes().size(), stop);
    assertEquals(c.legs().size(), step);
    assertEquals(c.totalHours(), hours, 1e-9);
  }

  @Test
  void write_replacesTheFileWhole_andLeavesNothingBehindOnFailure(@TempDir Path dir)
      throws Exception {
    Corridor c = NamedCorridor.IMEC_AS_PLANNED.corridor();
    Path file = dir.resolve("route.geojson");
    Files.writeString(file, "old");
    GeoJson.write(c, file);
    assertEquals(GeoJson.of(c), Files.readString(file));
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "no temporary file left");
    }
    Path missing = dir.resolve("no/such/dir/route.geojson");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> GeoJson.write(c, missing));
    assertTrue(e.getMessage().contains("route.geojson"), e.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void legAcrossTheAntimeridian_isCutIntoAMultiLineString() {
    Node shanghai =
        Node.of("CNSHA", "Shanghai", "CN", NodeKind.SEAPORT, GeoPoint.of(30.0, 170.0))
            .withSource("t");
    Node la =
        Node.of("USLAX", "Los Angeles", "US", NodeKind.SEAPORT, GeoPoint.of(40.0, -170.0))
            .withSource("t");
    Leg leg =
        Leg.of("CNSHA", "USLAX", Mode.SEA, Distance.ofKilometres(2000), Speed.ofKnots(16))
            .withSource("t");
    Network net = Network.builder().addNode(shanghai).addNode(la).addLegBothWays(leg).build();
    JsonArray features = features(GeoJson.of(net));
    JsonObject east = geometry(features.get(2));
    assertEquals("MultiLineString", east.get("type").getAsString());
    JsonArray parts = east.getAsJsonArray("coordinates");
    assertEquals(2, parts.size());
    JsonArray first = parts.get(0).getAsJsonArray();
    JsonArray second = parts.get(1).getAsJsonArray();
    assertEquals(170.0, first.get(0).getAsJsonArray().get(0).getAsDouble());
    assertEquals(180.0, first.get(1).getAsJsonArray().get(0).getAsDouble());
    assertEquals(35.0, first.get(1).getAsJsonArray().get(1).getAsDouble(), 1e-12);
    assertEquals(-180.0, second.get(0).getAsJsonArray().get(0).getAsDouble());
    assertEquals(35.0, second.get(0).getAsJsonArray().get(1).getAsDouble(), 1e-12);
    assertEquals(-170.0, second.get(1).getAsJsonArray().get(0).getAsDouble());
    assertEquals(3, features.size(), "both directions are one link");
    assertEquals(2, properties(features.get(2)).get("directions").getAsInt());
    Network westOnly =
        Network.builder().addNode(shanghai).addNode(la).addLeg(leg.reversed()).build();
    JsonArray westParts = geometry(features(GeoJson.of(westOnly)).get(2)).getAsJsonArray("coordinates");
    assertEquals(
        -180.0, westParts.get(0).getAsJsonArray().get(1).getAsJsonArray().get(0).getAsDouble());
    assertEquals(
        180.0, westParts.get(1).getAsJsonArray().get(0).getAsJsonArray().get(0).getAsDouble());
  }

  @Test
  void legEndingOnTheAntimeridian_staysOneLine() {
    Node a =
        Node.of("FJSUV", "Suva", "FJ", NodeKind.SEAPORT, GeoPoint.of(-18, 178)).withSource("t");
    Node b =
        Node.atSea("WP_DATELINE", "Dateline", NodeKind.WAYPOINT, GeoPoint.of(-17, -180))
            .withSource("t");
    Leg leg =
        Leg.of("FJSUV", "WP_DATELINE", Mode.SEA, Distance.ofKilometres(220), Speed.ofKnots(16))
            .withSource("t");
    Network net = Network.builder().addNode(a).addNode(b).addLeg(leg).build();
    JsonObject g = geometry(features(GeoJson.of(net)).get(2));
    assertEquals("LineString", g.get("type").getAsString());
    assertEquals(
        180.0, g.getAsJsonArray("coordinates").get(1).getAsJsonArray().get(0).getAsDouble());
  }

  @Test
  void strings_areEscaped_andNumbersIgnoreTheDefaultLocale(@TempDir Path dir) throws Exception {
    String awkward = "quote \" backslash \\ newline\n tab\t bell\u0007 ıİ \u2028 end";
    Node n =
        Node.of("XX_ODD", awkward, "TR", NodeKind.CITY, GeoPoint.of(41.0125, 28.9784))
            .withSource(awkward);
    Network net = Network.builder().addNode(n).build();
    Path file = dir.resolve("net.geojson");
    GeoJson.write(net, file);
    String json = Files.readString(file);
    JsonObject p = properties(features(json).get(0));
    assertEquals(awkward, p.get("name").getAsString());
    assertEquals(awkward, p.get("source").getAsString());
    assertTrue(json.contains("[28.9784,41.0125]"), json);
  }

  @Test
  void legWithGeometry_followsItsPoints_andIsCutAtTheAntimeridian() {
    Network net =
        Network.builder()
            .addNode(Node.atSea("WP_EAST", "east", NodeKind.WAYPOINT, GeoPoint.of(0, 170)))
            .addNode(Node.atSea("WP_WEST", "west", NodeKind.WAYPOINT, GeoPoint.of(0, -170)))
            .addNode(Node.atSea("WP_NORTH", "north", NodeKind.WAYPOINT, GeoPoint.of(10, 170)))
            .addLeg(
                Leg.of("WP_EAST", "WP_WEST", Mode.SEA, Distance.ofKilometres(2224), Speed.ofKnots(16))
                    .withGeometry(org.kervan.quantity.Polyline.ofLatLon(0, 175, 2, 180, 0, -175)))
            .addLeg(
                Leg.of("WP_EAST", "WP_NORTH", Mode.SEA, Distance.ofKilometres(1200), Speed.ofKnots(16))
                    .withGeometry(org.kervan.quantity.Polyline.ofLatLon(5, 171)))
            .build();
    Map<String, JsonObject> byTo = new HashMap<>();
    for (JsonElement f : features(GeoJson.of(net))) {
      if (geometry(f).get("type").getAsString().contains("Line")) {
        byTo.put(properties(f).get("to").getAsString(), geometry(f));
      }
    }
    JsonObject north = byTo.get("WP_NORTH");
    assertEquals("LineString", north.get("type").getAsString());
    assertEquals("[[170.0,0.0],[171.0,5.0],[170.0,10.0]]", north.get("coordinates").toString());
    JsonObject across = byTo.get("WP_WEST");
    assertEquals("MultiLineString", across.get("type").getAsString());
    // 170 E, 175 E, the point on the antimeridian (kept on the east side), then 175 W, 170 W.
    assertEquals(
        "[[[170.0,0.0],[175.0,0.0],[180.0,2.0]],[[-180.0,2.0],[-175.0,0.0],[-170.0,0.0]]]",
        across.get("coordinates").toString());
  }
}
