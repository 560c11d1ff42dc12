package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * A long-lived service thread: every generation-stamped structure a search thread reuses
 * (label-setting marks, Yen's spur blocks, the Pareto label lists, contraction-hierarchy query
 * stamps) is forced to just below {@link Integer#MAX_VALUE} through its package-private hook
 * instead of being queried 2^31 times. A first query leaves stamps of generation 1 behind; the
 * counter is forced to {@code MAX_VALUE - 1}; the next query wraps to generation 1 again, so every
 * stale stamp would look current unless the wrap clears them. Each answer after the wrap must
 * equal a fresh structure's answer to the same query, round after round.
 */
class GenerationWrapTest {
  private static final int SIDE = 5;

  private static String id(String component, int i) {
    return component + "_" + i;
  }

  // A grid with a fast, dear rail layer and a slow, cheap sea layer, so that Pareto sets and
  // k-shortest lists have several members.
  private static Network grid(long seed) {
    Random rnd = new Random(seed);
    Network.Builder b = Network.builder();
    for (String component : List.of("A", "B")) {
      addGrid(b, component, rnd);
    }
    return b.build();
  }

  private static void addGrid(Network.Builder b, String component, Random rnd) {
    for (int i = 0; i < SIDE * SIDE; i++) {
      b.addNode(
          Node.of(id(component, i), "node " + i, "KZ", NodeKind.RAIL_TERMINAL,
              GeoPoint.of(40 + (i / SIDE) * 0.5, 50 + (i % SIDE) * 0.5)));
    }
    for (int i = 0; i < SIDE * SIDE; i++) {
      int[] next = {i % SIDE < SIDE - 1 ? i + 1 : -1, i + SIDE < SIDE * SIDE ? i + SIDE : -1};
      for (int j : next) {
        if (j < 0) {
          continue;
        }
        double km = 50 + rnd.nextInt(100);
        b.addLegBothWays(
            Leg.of(id(component, i), id(component, j), Mode.RAIL, Distance.ofKilometres(km),
                    Speed.ofKilometresPerHour(40 + rnd.nextInt(40)))
                .withCost(100 + rnd.nextInt(200), 1));
        b.addLegBothWays(
            Leg.of(id(component, i), id(component, j), Mode.SEA, Distance.ofKilometres(km),
                    Speed.ofKilometresPerHour(15 + rnd.nextInt(10)))
                .withCost(rnd.nextInt(50), 0.1));
      }
    }
  }

  private static int node(Network net, String component, int i) {
    return net.indexOf(id(component, i));
  }

  private static final int ROUNDS = 4;
  private static final int[][] QUERIES = {{0, 24}, {24, 3}, {7, 20}, {12, 0}, {4, 21}};

  @Test
  void paretoLabels_acrossTheWrap_equalAFreshSearch() {
    Network net = grid(5);
    RoutingGraph g = RoutingGraph.of(net);
    StepCost hours = StepCost.of(g, g.hoursWithWait);
    StepCost cost = StepCost.of(g, g.costUsd());
    // A stale label list can be a cycle: the bug this guards against was a hang.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      MartinsSearch longLived = new MartinsSearch(g);
      for (int round = 0; round < ROUNDS; round++) {
        int[] before = QUERIES[round];
        int[] after = QUERIES[round + 1];
        pareto(longLived, g, hours, cost, node(net, "A", before[0]), node(net, "A", before[1]));
        longLived.forceGeneration(Integer.MAX_VALUE - 1);
        List<Double> got =
            pareto(longLived, g, hours, cost, node(net, "A", after[0]), node(net, "A", after[1]));
        List<Double> expected = pareto(new MartinsSearch(g), g, hours, cost,
            node(net, "A", after[0]), node(net, "A", after[1]));
        assertEquals(expected, got, "round " + round);
        assertTrue(got.size() >= 2, "a Pareto set of several corridors: " + got);
      }
    });
  }

  private static List<Double> pareto(
      MartinsSearch m, RoutingGraph g, StepCost a, StepCost b, int from, int to) {
    int found = m.run(from, a, b, g.allLegs(), new int[] {to}, 1, 1_000_000);
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < found; i++) {
      out.add(m.first(m.found(i)));
      out.add(m.second(m.found(i)));
    }
    return out;
  }

  @Test
  void labelSettingMarks_acrossTheWrap_equalAFreshSearch() {
    Network net = grid(5);
    RoutingGraph g = RoutingGraph.of(net);
    StepCost cost = StepCost.of(g, g.costUsd());
    LabelSettingSearch longLived = new LabelSettingSearch(g);
    for (int round = 0; round < ROUNDS; round++) {
      marked(longLived, g, cost, node(net, "A", QUERIES[round][0]), net);
      longLived.forceGeneration(Integer.MAX_VALUE - 1);
      int origin = node(net, "A", QUERIES[round + 1][0]);
      assertEquals(marked(new LabelSettingSearch(g), g, cost, origin, net),
          marked(longLived, g, cost, origin, net), "round " + round);
    }
  }

  // One row of a cost matrix: the origin to every other node of component A, by marks.
  private static List<Double> marked(
      LabelSettingSearch s, RoutingGraph g, StepCost cost, int origin, Network net) {
    s.setQuery(cost, g.allLegs(), Heuristic.NONE, -1);
    s.beginMarks();
    int count = 0;
    for (int i = 0; i < SIDE * SIDE; i += 2) {
      int v = node(net, "A", i);
      if (v != origin && s.mark(v)) {
        count++;
      }
    }
    s.runToMarked(g.states.originState(origin), count);
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < SIDE * SIDE; i++) {
      out.add(s.nodeValue(node(net, "A", i)));
    }
    return out;
  }

  @Test
  void hierarchyQuery_acrossTheWrap_equalsAFreshQuery() {
    Network net = grid(5);
    RoutingGraph g = RoutingGraph.of(net);
    ContractionHierarchy h = g.hierarchy(g.hoursWithWait);
    ContractionHierarchy.Query longLived = h.acquire();
    for (int round = 0; round < ROUNDS; round++) {
      int[] before = QUERIES[round];
      int[] after = QUERIES[round + 1];
      longLived.run(node(net, "A", before[0]), node(net, "A", before[1]));
      longLived.forceGeneration(Integer.MAX_VALUE - 1);
      double got = longLived.run(node(net, "A", after[0]), node(net, "A", after[1]));
      ContractionHierarchy.Query fresh = h.acquire();
      assertEquals(fresh.run(node(net, "A", after[0]), node(net, "A", after[1])), got,
          "round " + round);
      h.release(fresh);
    }
    h.release(longLived);
  }

  @Test
  void spurBlocks_afterTheWrap_forgetEveryEarlierBlock() {
    Network net = grid(3);
    RoutingGraph g = RoutingGraph.of(net);
    SpurBlocks blocks = new SpurBlocks(g);
    blocks.begin(g.allLegs());
    blocks.blockLeg(0);
    blocks.blockNode(g.legHead[1]);
    assertEquals(false, blocks.allows(0));
    assertEquals(false, blocks.allows(1));
    blocks.forceGeneration(Integer.MAX_VALUE - 1);
    // Generation MAX_VALUE is never used: it wraps to 1, the generation of the blocks above.
    blocks.begin(g.allLegs());
    assertEquals(true, blocks.allows(0));
    assertEquals(true, blocks.allows(1));
  }

  @Test
  void workspaceHook_forcesEveryCounter() {
    Network net = grid(3);
    RoutingGraph g = RoutingGraph.of(net);
    Workspace ws = g.acquire();
    try {
      ws.blocks().begin(g.allLegs());
      ws.blocks().blockLeg(0);
      ws.forceGenerations(Integer.MAX_VALUE - 1);
      ws.blocks().begin(g.allLegs());
      assertEquals(true, ws.blocks().allows(0));
    } finally {
      g.release(ws);
    }
  }
}
