package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Polyline;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteRequest;

/**
 * The bulk builder against the ordinary one: random networks built both ways are equal, leg for
 * leg and total for total, and every value one rejects the other rejects with the same message.
 */
class BulkNetworkBuilderTest {
  private static final Mode[] MODES = Mode.values();
  private static final LegStatus[] STATUSES = LegStatus.values();
  private static final String[] COUNTRIES = {"CN", "KZ", "AZ", "GE", "TR"};

  /** One random leg: the primitive values and, when it needs more, the leg itself. */
  private static final class Row {
    int from;
    int to;
    Mode mode;
    double km;
    double kmh;
    double fixedUsd;
    double usdPerKm;
    LegStatus status;
    int gaugeMm;
    String source;
    boolean bothWays;
    // Null when the primitive values say everything.
    Leg rich;

    Leg leg(List<Node> nodes) {
      if (rich != null) {
        return rich;
      }
      return new Leg(nodes.get(from).id(), nodes.get(to).id(), mode, km, kmh,
          OptionalDouble.empty(), fixedUsd, usdPerKm, List.of(), List.of(), Optional.empty(),
          OptionalDouble.empty(), status,
          gaugeMm == 0 ? OptionalInt.empty() : OptionalInt.of(gaugeMm), source);
    }
  }

  private static List<Node> randomNodes(SplittableRandom rnd) {
    int n = rnd.nextInt(2, 25);
    List<Node> nodes = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      Optional<String> country =
          rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(COUNTRIES[rnd.nextInt(5)]);
      boolean charges = rnd.nextBoolean();
      nodes.add(new Node("N_" + v, "Node " + v, country,
          NodeKind.values()[rnd.nextInt(NodeKind.values().length)],
          GeoPoint.of(rnd.nextDouble(-90, 90), rnd.nextDouble(-180, 180)),
          charges ? rnd.nextDouble(0, 48) : 0, charges ? rnd.nextDouble(0, 300) : 0,
          charges ? rnd.nextDouble(0, 12) : 0, 0, rnd.nextInt(3) == 0 ? 6 : 0, 0,
          rnd.nextBoolean() ? Optional.empty() : Optional.of(new TimeSpread(0.8, 1.5)),
          rnd.nextBoolean() ? "assumption: test" : "survey " + rnd.nextInt(3)));
    }
    return nodes;
  }

  private static List<Row> randomRows(SplittableRandom rnd, int n) {
    List<Row> rows = new ArrayList<>();
    int m = rnd.nextInt(0, 4 * n);
    for (int i = 0; i < m; i++) {
      Row r = new Row();
      r.from = rnd.nextInt(n);
      do {
        r.to = rnd.nextInt(n);
      } while (r.to == r.from);
      // Few modes, so that duplicate keys occur.
      r.mode = MODES[rnd.nextInt(3)];
      r.km = rnd.nextDouble(0.5, 5000);
      r.kmh = rnd.nextDouble(5, 900);
      r.fixedUsd = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(0, 500);
      r.usdPerKm = rnd.nextDouble(0, 2);
      r.status = STATUSES[rnd.nextInt(STATUSES.length)];
      r.gaugeMm = rnd.nextBoolean() ? 0 : (rnd.nextBoolean() ? 1435 : 1520);
      r.source = "src " + rnd.nextInt(3);
      r.bothWays = rnd.nextInt(3) == 0;
      if (rnd.nextInt(3) == 0) {
        r.rich = richLeg(r, rnd);
      }
      rows.add(r);
    }
    return rows;
  }

  private static Leg richLeg(Row r, SplittableRandom rnd) {
    boolean scheduled = rnd.nextBoolean();
    return new Leg("N_" + r.from, "N_" + r.to, r.mode, r.km, r.kmh,
        scheduled ? OptionalDouble.of(rnd.nextDouble(0.5, 20)) : OptionalDouble.empty(),
        r.fixedUsd, r.usdPerKm,
        rnd.nextBoolean() ? List.of() : List.of(COUNTRIES[rnd.nextInt(5)]),
        rnd.nextBoolean() ? List.of() : List.of("CP_SUEZ"),
        rnd.nextBoolean() ? Optional.empty() : Optional.of(new TimeSpread(0.9, 1.2)),
        rnd.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(1e5),
        r.status, r.gaugeMm == 0 ? OptionalInt.empty() : OptionalInt.of(r.gaugeMm), r.source,
        Optional.empty(),
        rnd.nextBoolean() ? Polyline.empty() : Polyline.of(List.of(GeoPoint.of(10, 20))),
        scheduled && rnd.nextBoolean() ? 0.5 : 0.0);
  }

  @Property(tries = 200)
  void bothBuilders_fromTheSameRandomData_giveEqualNetworks(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Node> nodes = randomNodes(rnd);
    List<Row> rows = randomRows(rnd, nodes.size());
    Network.Builder ordinary = Network.builder();
    BulkNetworkBuilder bulk = Network.bulkBuilder(nodes.size(), rnd.nextInt(0, 8));
    for (Node node : nodes) {
      ordinary.addNode(node);
      bulk.addNode(node);
    }
    // The oracle: the legs accepted, in order, as the test itself sees them.
    List<Leg> accepted = new ArrayList<>();
    for (Row r : rows) {
      Leg leg = r.leg(nodes);
      String expected = null;
      int index = bulk.legCount();
      try {
        if (r.bothWays) {
          ordinary.addLegBothWays(leg);
        } else {
          ordinary.addLeg(leg);
        }
      } catch (IllegalArgumentException e) {
        expected = e.getMessage();
      }
      if (expected == null) {
        accepted.add(leg);
        if (r.bothWays) {
          accepted.add(leg.reversed());
        }
      }
      String actual = null;
      try {
        addToBulk(bulk, r, leg);
      } catch (IllegalArgumentException e) {
        actual = e.getMessage();
      }
      if (expected == null) {
        assertNull(actual, "seed " + seed);
      } else {
        // The reverse of a both-ways leg takes the position after the leg's.
        String prefix =
            "leg " + (r.bothWays && expected.endsWith(leg.reversed().key()) ? index + 1 : index);
        assertEquals(prefix + ": " + expected, actual, "seed " + seed);
      }
    }
    Network a = ordinary.build();
    Network b = bulk.build();
    assertEquals(a, b, "seed " + seed);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(nodes, a.nodes());
    assertEquals(nodes, b.nodes());
    assertEquals(accepted, new ArrayList<>(a.legs()));
    assertEquals(accepted, new ArrayList<>(b.legs()));
    for (int v = 0; v < nodes.size(); v++) {
      Node node = nodes.get(v);
      assertEquals(a.legsFrom(node.id()), b.legsFrom(node.id()));
      assertEquals(v, a.indexOf(node.id()));
      assertEquals(v, b.indexOf(node.id()));
      assertEquals(node, b.node(node.id()));
      assertEquals(Optional.of(node), b.findNode(node.id()));
    }
    for (Leg leg : accepted) {
      assertEquals(Optional.of(leg), b.leg(leg.from(), leg.to(), leg.mode()));
    }
    // Ids that are not there, some of them one character off a real one.
    for (String unknown : List.of("N_" + nodes.size(), "N_" + (nodes.size() + 7), "N_0_1", "X_0")) {
      assertEquals(Optional.empty(), b.findNode(unknown));
      assertEquals(false, b.contains(unknown));
      UnknownNodeException e = assertThrows(UnknownNodeException.class, () -> b.node(unknown));
      assertEquals(unknown, e.nodeId());
      assertThrows(UnknownNodeException.class, () -> b.indexOf(unknown));
    }
    // Totals bit for bit, between the first node and every other.
    DijkstraRouter ra = DijkstraRouter.of(a);
    DijkstraRouter rb = DijkstraRouter.of(b);
    for (int w = 1; w < nodes.size(); w++) {
      assertEquals(
          Double.doubleToLongBits(ra.timeHours(0, w)), Double.doubleToLongBits(rb.timeHours(0, w)));
      assertEquals(
          Double.doubleToLongBits(ra.costUsd(0, w)), Double.doubleToLongBits(rb.costUsd(0, w)));
      RouteRequest q = RouteRequest.of(nodes.get(0).id(), nodes.get(w).id());
      assertEquals(ra.route(q), rb.route(q), "seed " + seed);
    }
  }

  private static void addToBulk(BulkNetworkBuilder bulk, Row r, Leg leg) {
    if (r.rich != null) {
      if (r.bothWays) {
        bulk.addLegBothWays(leg);
      } else {
        bulk.addLeg(leg);
      }
    } else if (r.bothWays) {
      bulk.addLegBothWays(r.from, r.to, r.mode, r.km, r.kmh, r.fixedUsd, r.usdPerKm, r.status,
          r.gaugeMm, r.source);
    } else {
      bulk.addLeg(r.from, r.to, r.mode, r.km, r.kmh, r.fixedUsd, r.usdPerKm, r.status, r.gaugeMm,
          r.source);
    }
  }

  @Provide
  Arbitrary<Double> hostile() {
    return HostileDoubles.any();
  }

  @Property(tries = 500)
  void everyValue_rejectedByTheLeg_isRejectedByTheBulkBuilder_withTheSameMessage(
      @ForAll("hostile") double value, @ForAll("field") int field) {
    double km = field == 0 ? value : 100;
    double kmh = field == 1 ? value : 50;
    double fixedUsd = field == 2 ? value : 10;
    double usdPerKm = field == 3 ? value : 0.5;
    int gauge = field == 4 ? (int) Math.max(Integer.MIN_VALUE, Math.min(0, value)) : 1435;
    String source = field == 5 ? (value > 0 ? " " : "bad \uD800 text") : "ok";
    String expected = null;
    try {
      new Leg("N_0", "N_1", Mode.RAIL, km, kmh, OptionalDouble.empty(), fixedUsd, usdPerKm,
          List.of(), List.of(), Optional.empty(), OptionalDouble.empty(), LegStatus.OPERATING,
          OptionalInt.of(gauge), source);
    } catch (IllegalArgumentException e) {
      expected = e.getMessage();
    }
    BulkNetworkBuilder bulk = twoNodes();
    bulk.addLeg(1, 0, Mode.RAIL, 1, 1, 0, 0, LegStatus.OPERATING, 0, "ok");
    String actual = null;
    try {
      bulk.addLeg(0, 1, Mode.RAIL, km, kmh, fixedUsd, usdPerKm, LegStatus.OPERATING, gauge,
          source);
    } catch (IllegalArgumentException e) {
      actual = e.getMessage();
    }
    if (gauge == 0 && field == 4) {
      // 0 is the bulk builder's "unknown gauge", which the leg spells as an empty OptionalInt.
      assertNull(actual);
      return;
    }
    assertEquals(expected == null ? null : "leg 1: " + expected, actual);
    // A rejected leg leaves the builder as it was.
    assertEquals(expected == null ? 2 : 1, bulk.legCount());
  }

  @Provide
  Arbitrary<Integer> field() {
    return Arbitraries.integers().between(0, 5);
  }

  private static BulkNetworkBuilder twoNodes() {
    return Network.bulkBuilder(2, 0)
        .addNode(Node.of("N_0", "a", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51)))
        .addNode(Node.of("N_1", "b", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(51, 71)));
  }

  @Test
  void addLeg_selfLoop_isRejectedWithTheLegsMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> twoNodes().addLeg(1, 1, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "x"));
    assertEquals("leg 0: to must differ from from (no self-loops), was N_1", e.getMessage());
  }

  @Test
  void addLeg_nodeIndexOutOfRange_throwsIndexOutOfBounds() {
    assertThrows(IndexOutOfBoundsException.class,
        () -> twoNodes().addLeg(0, 2, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "x"));
    assertThrows(IndexOutOfBoundsException.class,
        () -> twoNodes().addLeg(-1, 1, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "x"));
  }

  @Test
  void addLeg_unknownId_throwsUnknownNodeLikeTheOrdinaryBuild() {
    Leg leg = new Leg("N_0", "N_9", Mode.ROAD, 10, 50, OptionalDouble.empty(), 0, 0, List.of(),
        List.of(), Optional.empty(), OptionalDouble.empty(), LegStatus.OPERATING,
        OptionalInt.empty(), "x");
    UnknownNodeException e =
        assertThrows(UnknownNodeException.class, () -> twoNodes().addLeg(leg));
    assertEquals("N_9", e.nodeId());
    assertEquals("to of leg N_0>N_9:ROAD must name a node of the network, was unknown id 'N_9'",
        e.getMessage());
  }

  @Test
  void build_thenMoreNodes_leavesTheFirstNetworkAsItWas() {
    // An exact size hint: the build hands its node columns and id table over, uncopied.
    BulkNetworkBuilder b = Network.bulkBuilder(2, 1);
    b.addNode(Node.of("N_0", "n0", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(40, 50)));
    b.addNode(Node.of("N_1", "n1", "AZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(41, 51)));
    b.addLeg(0, 1, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "x");
    Network first = b.build();
    b.addNode(Node.of("N_2", "n2", "GE", NodeKind.SEAPORT, GeoPoint.of(42, 52)));
    b.addLeg(2, 0, Mode.SEA, 300, 30, 0, 0, LegStatus.OPERATING, 0, "x");
    Network second = b.build();
    assertEquals(2, first.nodeCount());
    assertEquals(1, first.legCount());
    assertFalse(first.contains("N_2"));
    assertThrows(UnknownNodeException.class, () -> first.indexOf("N_2"));
    assertEquals(GeoPoint.of(41, 51), first.node("N_1").position());
    assertEquals(3, second.nodeCount());
    assertEquals(2, second.indexOf("N_2"));
    assertEquals(GeoPoint.of(42, 52), second.node("N_2").position());
    assertEquals(30.0, second.legs().get(1).speedKmh(), 0.0);
    assertEquals(50.0, first.legs().get(0).speedKmh(), 0.0);
  }

  @Test
  void build_thenMoreLegs_leavesTheFirstNetworkAsItWas() {
    BulkNetworkBuilder b = twoNodes();
    b.addLeg(0, 1, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "x");
    Network first = b.build();
    b.addLeg(1, 0, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "x");
    Network second = b.build();
    assertEquals(1, first.legCount());
    assertEquals(2, second.legCount());
    assertNotEquals(first, second);
    assertEquals("N_0", first.legs().get(0).from());
  }

  @Test
  void moreDistinctLegsThanTheDictionaryHolds_stillEqualTheOrdinaryNetwork() {
    // 70,000 legs of distinct costs: more classes than a char indexes, so the columns switch from
    // a class per leg to a row per leg part-way, after a build.
    int n = 300;
    Network.Builder ordinary = Network.builder();
    BulkNetworkBuilder bulk = Network.bulkBuilder(0, 0);
    for (int v = 0; v < n; v++) {
      Node node = Node.of("N_" + v, "n" + v, "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(40, 50));
      ordinary.addNode(node);
      bulk.addNode(node);
    }
    List<Leg> expected = new ArrayList<>();
    Network early = null;
    int i = 0;
    for (int v = 0; v < n && i < 70_000; v++) {
      for (int w = 0; w < n && i < 70_000; w++) {
        if (v == w) {
          continue;
        }
        double fixedUsd = i < 500 ? 7 : i;
        // Seven speeds: classes differ by speed too, and each leg keeps its own.
        double kmh = 40 + i % 7;
        Leg leg = new Leg("N_" + v, "N_" + w, Mode.ROAD, 10 + w, kmh, OptionalDouble.empty(),
            fixedUsd, 0.5, List.of(), List.of(), Optional.empty(), OptionalDouble.empty(),
            LegStatus.OPERATING, OptionalInt.empty(), "x");
        ordinary.addLeg(leg);
        bulk.addLeg(v, w, Mode.ROAD, 10 + w, kmh, fixedUsd, 0.5, LegStatus.OPERATING, 0, "x");
        expected.add(leg);
        i++;
        if (i == 1000) {
          early = bulk.build();
        }
      }
    }
    Network b = bulk.build();
    assertEquals(expected, new ArrayList<>(b.legs()));
    assertEquals(ordinary.build(), b);
    assertEquals(expected.subList(0, 1000), new ArrayList<>(early.legs()));
  }

  @Test
  void addNode_duplicateId_isRejectedWithTheOrdinaryMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> twoNodes().addNode(
                Node.of("N_1", "c", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(1, 1))));
    assertEquals("node id must be unique, was duplicate 'N_1'", e.getMessage());
  }
}
