package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kervan.network.Network;

/**
 * What a contraction hierarchy reports about itself: shortcuts, preprocessing time and the bytes
 * of its arrays, against bounds from the documented layout (nine arrays with 16-byte headers and
 * 8-byte alignment: per edge, original or shortcut, two ints and a double in the up or down
 * graph plus five ints of edge data; two offset arrays of {@code states + 1} ints).
 */
class HierarchyFiguresTest {
  @Test
  void figures_followFromTheEdgesAndStates() {
    for (long seed = 3; seed <= 5; seed++) {
      Network net = BoundsTest.randomNetwork(seed, 30, 120);
      RoutingGraph g = RoutingGraph.of(net);
      ContractionHierarchy ch = g.hierarchy(g.hoursWithWait);
      assertSame(ch, g.hierarchy(g.hoursWithWait), "built once per column");
      int states = g.states.stateCount;
      assertTrue(ch.shortcutCount() >= 0, "shortcuts " + ch.shortcutCount());
      assertTrue(ch.buildNanos() > 0, "build time " + ch.buildNanos());
      // At least every leg once as an edge of the state graph.
      long minEdges = g.legCount + (long) ch.shortcutCount();
      long perEdge = 2 * 4 + 8 + 5 * 4;
      long low = perEdge * minEdges + 2 * 4L * (states + 1);
      long bytes = ch.bytes();
      assertTrue(bytes >= low, "seed " + seed + ": " + bytes + " bytes < " + low);
      // A leg enters the state graph once per state of its tail; with two modes and one gauge,
      // a node has at most three states here.
      long high = perEdge * (3L * g.legCount + ch.shortcutCount()) + 2 * 4L * (states + 1)
          + 9 * (16 + 7);
      assertTrue(bytes <= high, "seed " + seed + ": " + bytes + " bytes > " + high);
    }
  }
}
