package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kervan.network.Network;

/**
 * A contraction hierarchy that stops early and leaves a core of uncontracted states, searched both
 * ways inside, answers the same totals as the fully contracted one, whatever the core's size: from
 * every state in the core (a bidirectional Dijkstra) to none. The fully contracted hierarchy is
 * itself checked against an independent Dijkstra by the randomized reference suite.
 */
class HierarchyCoreTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /**
   * Edge reduction from the first contraction on drops legs and shortcuts that other paths beat,
   * and the totals stay those of a hierarchy built without it.
   */
  @Test
  void edgeReduction_dropsBeatenEdges_sameTotals() {
    long dropped = 0;
    for (long seed = 1; seed <= 6; seed++) {
      Network net = BoundsTest.randomNetwork(seed, 40, 200);
      RoutingGraph g = RoutingGraph.of(net);
      StepCost cost = StepCost.of(g, g.hoursWithWait);
      ContractionHierarchy plain = ContractionHierarchy.build(g, cost, INF, Integer.MAX_VALUE, INF);
      ContractionHierarchy reduced = ContractionHierarchy.build(g, cost, INF, Integer.MAX_VALUE, 0);
      assertEquals(0, plain.reducedEdgeCount(), "seed " + seed);
      dropped += reduced.reducedEdgeCount();
      assertSameTotals(net, plain, reduced, seed);
    }
    assertTrue(dropped > 0, "edge reduction dropped nothing");
  }

  private static void assertSameTotals(
      Network net, ContractionHierarchy x, ContractionHierarchy y, long seed) {
    ContractionHierarchy.Query a = x.acquire();
    ContractionHierarchy.Query b = y.acquire();
    Random rnd = new Random(seed);
    for (int k = 0; k < 150; k++) {
      int o = rnd.nextInt(net.nodeCount());
      int d = (o + 1 + rnd.nextInt(net.nodeCount() - 1)) % net.nodeCount();
      assertEquals(a.run(o, d), b.run(o, d), 0.0, "seed " + seed + ": " + o + " -> " + d);
    }
  }

  @Test
  void anyCore_sameTotalsAsTheFullHierarchy() {
    for (long seed = 1; seed <= 6; seed++) {
      Network net = BoundsTest.randomNetwork(seed, 40, 200);
      RoutingGraph g = RoutingGraph.of(net);
      StepCost cost = StepCost.of(g, g.hoursWithWait);
      ContractionHierarchy full =
          ContractionHierarchy.build(g, cost, INF, Integer.MAX_VALUE, INF);
      assertEquals(0, full.coreStates(), "seed " + seed);
      int states = g.states.stateCount;
      ContractionHierarchy all = ContractionHierarchy.build(g, cost, 0, Integer.MAX_VALUE, INF);
      assertEquals(states, all.coreStates(), "mean degree 0 leaves every state");
      assertSameTotals(net, full, all, seed);
      for (int contracted : new int[] {0, 1, states / 4, states / 2, 3 * states / 4, states - 1}) {
        ContractionHierarchy cored = ContractionHierarchy.build(g, cost, INF, contracted, INF);
        assertEquals(states - contracted, cored.coreStates(), "seed " + seed);
        assertSameTotals(net, full, cored, seed);
      }
    }
  }
}
