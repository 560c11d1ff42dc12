package org.kervan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kervan.data.DefaultNetwork;
import org.kervan.examples.cli.Cli.Run;
import org.kervan.progress.Cancellation;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.RouteRequest;

class OwnDataTest {
  @TempDir Path dir;

  private static final String NODES = "id,name,country,kind,latitude,longitude\n"
      + "KZAAA,Alpha,KZ,SEAPORT,43.0,51.0\n"
      + "AZBBB,Beta,AZ,SEAPORT,40.0,49.0\n"
      + "GECCC,Gamma,GE,RAIL_TERMINAL,41.7,44.8\n";

  private static final String LEGS = "from,to,mode,distance_km,speed_kmh\n"
      + "KZAAA,AZBBB,FERRY,400,20\n"
      + "AZBBB,GECCC,RAIL,600,30\n";

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void route_onOwnNetwork_withOnlyTheRequiredColumns() throws Exception {
    Path n = file("nodes.csv", NODES);
    Path l = file("legs.csv", LEGS);
    Run r = Cli.run("route", "--network", n.toString(), l.toString(), "--from", "kzaaa", "--to", "GECCC", "--json");
    assertEquals(0, r.code(), r.err());
    // 400 km / 20 km/h + 600 km / 30 km/h = 40 h; no charges, schedules or costs by default.
    assertEquals(40.0, r.json().getAsJsonArray("corridors").get(0).getAsJsonObject().get("totalHours").getAsDouble());
    assertEquals(n + " + " + l, r.json().get("network").getAsString());
  }

  @Test
  void semicolonsAndDecimalCommas_areDetected() throws Exception {
    Path n = file("nodes.csv", "id;name;country;kind;latitude;longitude\nKZAAA;Alpha;KZ;SEAPORT;43,5;51,25\n"
        + "AZBBB;Beta;AZ;SEAPORT;40;49\n");
    Path l = file("legs.csv", "from;to;mode;distance_km;speed_kmh\nKZAAA;AZBBB;FERRY;400,5;20\n");
    Run r = Cli.run("nodes", "--network", n.toString(), l.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals(43.5, r.json().getAsJsonArray("nodes").get(0).getAsJsonObject().get("latitude").getAsDouble());
    Run route = Cli.run("route", "--network", n.toString(), l.toString(), "--from", "KZAAA", "--to", "AZBBB", "--json");
    assertEquals(400.5, route.json().getAsJsonArray("corridors").get(0).getAsJsonObject().get("distanceKm").getAsDouble());
  }

  @Test
  void missingColumnOrBadCell_isNamedWithFileAndLine() throws Exception {
    Path n = file("nodes.csv", "id;name;kind;latitude\nKZAAA;Alpha;SEAPORT;43\n");
    Path l = file("legs.csv", LEGS);
    Run r = Cli.run("nodes", "--network", n.toString(), l.toString());
    assertEquals(1, r.code());
    assertEquals("kervan: --network: " + n + ":1: header must have the columns [id, name, kind, latitude,"
        + " longitude], was missing [longitude] (read as semicolon-separated; header was"
        + " 'id;name;kind;latitude')", r.err().strip());
    Path bad = file("bad.csv", NODES.replace("40.0,49.0", "40.0,east"));
    Run cell = Cli.run("nodes", "--network", bad.toString(), l.toString());
    assertEquals(1, cell.code());
    assertTrue(cell.err().startsWith("kervan: --network: " + bad + ":3: column 6 (longitude)"), cell.err());
    Run none = Cli.run("nodes", "--network", dir.resolve("nope.csv").toString(), l.toString());
    assertEquals(1, none.code());
    assertTrue(none.err().contains("no such file"), none.err());
  }

  @Test
  void route_writesGeoJsonSvgAndCsv() throws Exception {
    Path geo = dir.resolve("route.geojson");
    Path svg = dir.resolve("route.svg");
    Path map = dir.resolve("map.svg");
    Run r = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--alternatives", "2", "--csv",
        "--geojson", geo.toString(), "--svg", svg.toString(), "--map", map.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = r.out().lines().toList();
    assertEquals("corridor,from,to,mode,distance_km,hours,cost_usd_per_teu,via", rows.get(0));
    assertTrue(rows.stream().anyMatch(s -> s.startsWith("2,")), r.out());
    assertTrue(JsonParser.parseString(Files.readString(geo)).getAsJsonObject().has("features"));
    assertTrue(Files.readString(svg).contains("<title id=\"title\">INNSA to GRPIR</title>"), Files.readString(svg));
    assertTrue(Files.readString(map).contains("Land: Natural Earth"), "a map over land");
    Run unwritable = Cli.run("route", "--from", "INNSA", "--to", "GRPIR",
        "--geojson", dir.resolve("no/such/dir/x.geojson").toString());
    assertEquals(4, unwritable.code());
    assertTrue(unwritable.err().contains("--geojson: cannot write") && unwritable.err().contains("no such directory"),
        unwritable.err());
  }

  @Test
  void batch_oneRowPerPairInOrder() throws Exception {
    Path pairs = file("pairs.csv", "origin;destination;comment\nINNSA;GRPIR;x\nkzala;gepti;y\n");
    Path out = dir.resolve("out.csv");
    Run r = Cli.run("batch", "--pairs", pairs.toString(), "--avoid-mode", "ROAD", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out);
    assertEquals(String.join(",", BatchCommand.COLUMNS), rows.get(0));
    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.get(1).startsWith("INNSA,GRPIR,FOUND,"), rows.get(1));
    assertTrue(rows.get(2).startsWith("KZALA,GEPTI,FOUND,"), rows.get(2));
    assertEquals("", r.out());
  }

  @Test
  void batch_unknownIdNamesFileLineAndColumn_beforeRouting() throws Exception {
    Path pairs = file("pairs.csv", "origin,destination\nINNSA,GRPIR\nINNSA,GRPIRR\n");
    Run r = Cli.run("batch", "--pairs", pairs.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("kervan: " + pairs + ":3 (destination): no node 'GRPIRR'"), r.err());
    assertTrue(r.err().contains("GRPIR"), r.err());
    assertEquals("", r.out());
    Path same = file("same.csv", "origin,destination\nINNSA,INNSA\n");
    Run s = Cli.run("batch", "--pairs", same.toString());
    assertEquals("kervan: " + same + ":2: destination must differ from origin, was 'INNSA'", s.err().strip());
    Path header = file("h.csv", "from,to\nINNSA,GRPIR\n");
    Run h = Cli.run("batch", "--pairs", header.toString());
    assertEquals(1, h.code());
    assertTrue(h.err().contains("header must have the columns origin and destination"), h.err());
  }

  @Test
  void routeAll_reportsProgressAndStopsWhenCancelled() {
    AStarRouter router = AStarRouter.of(DefaultNetwork.load());
    List<RouteRequest> requests = List.of(RouteRequest.of("INNSA", "GRPIR"), RouteRequest.of("KZALA", "GEPTI"),
        RouteRequest.of("GEPTI", "KZALA"));
    List<String> seen = new ArrayList<>();
    assertEquals(3, BatchCommand.routeAll(router, requests, (d, t) -> seen.add(d + "/" + t), Cancellation.create()).size());
    assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), seen);
    Cancellation cancel = Cancellation.create();
    List<Long> done = new ArrayList<>();
    assertThrows(CancellationException.class, () -> BatchCommand.routeAll(router, requests, (d, t) -> {
      done.add(d);
      if (d == 1) {
        cancel.cancel();
      }
    }, cancel));
    assertEquals(List.of(0L, 1L), done);
    assertFalse(cancel.toString().contains("running"));
  }
}
