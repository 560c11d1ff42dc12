package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * The compact forms of the routing graph: what a leg touches from its end nodes plus the few legs
 * that list something, masks one bit per leg across word boundaries, columns and state arrays
 * shared where they would be equal copies. Every expectation is computed here from the legs and
 * nodes themselves.
 */
class CompactRoutingGraphTest {
  private static final String[] COUNTRIES = {"KZ", "AZ", "GE", "TR"};

  // 40 nodes in four countries, about 200 legs, one in five listing a country it passes or a
  // chokepoint; chokepoint nodes every tenth node.
  private static Network random(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Network.Builder b = Network.builder();
    int n = 40;
    for (int v = 0; v < n; v++) {
      GeoPoint p = GeoPoint.of(40 + rnd.nextDouble(), 40 + rnd.nextDouble() * 10);
      b.addNode(
          v % 10 == 9
              ? Node.atSea("CP_" + v, "c" + v, NodeKind.CHOKEPOINT, p)
              : Node.of("N_" + v, "n" + v, COUNTRIES[v % 4], NodeKind.RAIL_TERMINAL, p));
    }
    for (int i = 0; i < 200; i++) {
      int v = rnd.nextInt(n);
      int w = rnd.nextInt(n);
      Mode mode = Mode.values()[rnd.nextInt(3)];
      if (v == w || b.build().leg(id(v), id(w), mode).isPresent()) {
        continue;
      }
      Leg leg =
          Leg.of(id(v), id(w), mode, Distance.ofKilometres(10 + rnd.nextInt(500)),
              Speed.ofKilometresPerHour(20 + rnd.nextInt(60)));
      int r = rnd.nextInt(10);
      if (r == 0) {
        leg = leg.withCountries(List.of(COUNTRIES[rnd.nextInt(4)], "IR"));
      } else if (r == 1) {
        leg = leg.withChokepoints(List.of("CP_X", "CP_" + (10 * rnd.nextInt(4) + 9)));
      }
      b.addLeg(leg);
    }
    return b.build();
  }

  private static String id(int v) {
    return v % 10 == 9 ? "CP_" + v : "N_" + v;
  }

  // What the leg touches, from the objects: its end nodes' country, the end nodes themselves if
  // chokepoints, and what the leg lists.
  private static boolean touches(Network n, Leg leg, String country, String chokepoint) {
    Node from = n.node(leg.from());
    Node to = n.node(leg.to());
    if (country != null) {
      return from.country().map(country::equals).orElse(false)
          || to.country().map(country::equals).orElse(false)
          || leg.countries().contains(country);
    }
    return (from.kind() == NodeKind.CHOKEPOINT && from.id().equals(chokepoint))
        || (to.kind() == NodeKind.CHOKEPOINT && to.id().equals(chokepoint))
        || leg.chokepoints().contains(chokepoint);
  }

  @Test
  void touches_agreesWithTheLegsAndNodes_forEveryLegCountryAndChokepoint() {
    for (long seed = 1; seed <= 5; seed++) {
      Network n = random(seed);
      RoutingGraph g = RoutingGraph.of(n);
      List<String> countries = new ArrayList<>(List.of(COUNTRIES));
      countries.add("IR");
      List<String> chokepoints = List.of("CP_X", "CP_9", "CP_19", "CP_29", "CP_39");
      for (int e = 0; e < g.legCount; e++) {
        Leg leg = n.legs().get(g.legIndex(e));
        int tail = g.legTail(e);
        for (String c : countries) {
          boolean expected = touches(n, leg, c, null);
          assertEquals(expected, g.touchesCountry(e, g.countryId(c)), leg + " " + c);
          assertEquals(expected, g.touchesCountry(tail, e, g.countryId(c)), leg + " " + c);
        }
        for (String c : chokepoints) {
          boolean expected = touches(n, leg, null, c);
          assertEquals(expected, g.touchesChokepoint(e, g.chokepointId(c)), leg + " " + c);
        }
        // A number nothing has is -1, and -1 is touched by nothing, though nodes without a
        // country or chokepoint carry -1 inside.
        assertFalse(g.touchesCountry(e, -1));
        assertFalse(g.touchesChokepoint(e, -1));
      }
    }
  }

  @Test
  void mask_isOneBitPerLeg_acrossWordBoundaries() {
    Network n = random(7);
    RoutingGraph g = RoutingGraph.of(n);
    assertTrue(g.legCount > 130, "legs " + g.legCount);
    int az = g.countryId("AZ");
    LegMask mask = g.mask(List.of(new LegConstraint.Countries(ImmutableIntArray.of(az))));
    int allowed = 0;
    for (int e = 0; e < g.legCount; e++) {
      Leg leg = n.legs().get(g.legIndex(e));
      assertEquals(!touches(n, leg, "AZ", null), mask.allows(e), leg.toString());
      assertTrue(g.allLegs().allows(e));
      allowed += mask.allows(e) ? 1 : 0;
    }
    assertTrue(allowed > 0 && allowed < g.legCount, "allowed " + allowed);
    assertFalse(mask.allowsEverything());
    assertTrue(g.allLegs().allowsEverything());
    // A rule that excludes nothing allows everything.
    LegMask none = g.mask(List.of(new LegConstraint.Countries(ImmutableIntArray.of(-1))));
    assertTrue(none.allowsEverything());
    for (int e = 0; e < g.legCount; e++) {
      assertTrue(none.allows(e));
    }
  }

  @Test
  void hoursNoWait_isTheSameColumn_whenNoLegWaits_andItsOwnOtherwise() {
    Network unscheduled = random(3);
    RoutingGraph g = RoutingGraph.of(unscheduled);
    assertSame(g.hoursWithWait, g.hoursNoWait());
    Leg first = unscheduled.legs().get(0);
    Network scheduled =
        unscheduled.toBuilder().replaceLeg(first.withDeparturesPerWeek(2)).build();
    RoutingGraph h = RoutingGraph.of(scheduled);
    assertNotSame(h.hoursWithWait, h.hoursNoWait());
    int e = 0;
    while (h.legIndex(e) != 0) {
      e++;
    }
    // Two departures a week: an expected wait of half the 84 h headway.
    assertEquals(first.runningHours(), h.hoursNoWait().leg(e), 0.0);
    assertEquals(42.0 + first.runningHours(), h.hoursWithWait.leg(e), 1e-12);
  }

  @Test
  void aNodeEnteredByTwelveRailGauges_hasAStateForEach() {
    // A transshipment hub entered by rail in twelve gauges: a gauge change is a transshipment,
    // so each gauge arrives in its own state (more classes than the first scratch table holds).
    Network.Builder b = Network.builder();
    b.addNode(
        Node.of("HUB_0", "hub", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51))
            .withTransshipment(Duration.ofHours(4), CostPerTeu.ofUsd(30)));
    for (int i = 1; i <= 12; i++) {
      b.addNode(Node.of("N_" + i, "n" + i, "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51 + i)));
      b.addLeg(
          Leg.of("N_" + i, "HUB_0", Mode.RAIL, Distance.ofKilometres(100 * i),
                  Speed.ofKilometresPerHour(50))
              .withGaugeMm(1000 + i));
    }
    RoutingGraph g = RoutingGraph.of(b.build());
    StateGraph sg = g.states;
    int hub = 0;
    // The origin state and one arrival state per gauge; every other node has one state.
    assertEquals(13, sg.nodeStateStart[hub + 1] - sg.nodeStateStart[hub]);
    assertEquals(13 + 12, sg.stateCount);
    Set<Integer> targets = new HashSet<>();
    for (int e = 0; e < g.legCount; e++) {
      int t = sg.legTarget[e];
      assertEquals(hub, sg.node(t));
      assertEquals(Mode.RAIL.ordinal(), sg.stateMode[t]);
      assertEquals(1000 + g.legTail(e), sg.stateGauge[t]);
      targets.add(t);
    }
    assertEquals(12, targets.size());
    assertEquals("RoutingGraph[13 nodes, 12 legs, 25 states]", g.toString());
    // An empty list of rules is the all-legs mask.
    assertSame(g.allLegs(), g.mask(List.of()));
  }

  @Test
  void statesAreNodes_whenNoNodeCharges_andSeparateWhenOneDoes() {
    Network free = random(4);
    RoutingGraph g = RoutingGraph.of(free);
    StateGraph sg = g.states;
    assertEquals(g.nodeCount, sg.stateCount);
    assertNull(sg.stateNode);
    assertSame(g.legHead, sg.legTarget);
    for (int s = 0; s < sg.stateCount; s++) {
      assertEquals(s, sg.node(s));
      assertEquals(-1, sg.stateMode[s]);
      assertEquals(s, sg.originState(s));
    }
    assertTrue(g.hoursWithWait.chargesNothing);
    assertEquals(0, g.hoursWithWait.node.length);
    assertEquals(0.0, g.hoursWithWait.node(3, true), 0.0);
    assertTrue(g.hoursWithWait.alike(3));

    // One node with a transshipment time: its states split by incoming mode.
    Node hub = free.node("N_0").withTransshipment(Duration.ofHours(6), CostPerTeu.ofUsd(50));
    RoutingGraph h = RoutingGraph.of(free.toBuilder().replaceNode(hub).build());
    StateGraph hs = h.states;
    assertTrue(hs.stateCount > h.nodeCount);
    assertFalse(h.hoursWithWait.chargesNothing);
    for (int s = 0; s < hs.stateCount; s++) {
      assertEquals(hs.stateNode[s], hs.node(s));
    }
    for (int e = 0; e < h.legCount; e++) {
      assertEquals(h.legHead[e], hs.node(hs.legTarget[e]));
    }
  }
}
