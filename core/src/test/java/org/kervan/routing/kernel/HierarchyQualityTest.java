package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * How good a contraction hierarchy is, not only whether it is right: on a grid of rail legs the
 * hierarchy adds few shortcuts (witness searches find the detours) and a query expands few states
 * (stall on demand skips states reached on a longer upward path). The totals themselves are
 * checked against an independent Dijkstra by the randomized reference suite.
 */
class HierarchyQualityTest {
  private static final int SIDE = 24;

  @Test
  void grid_fewShortcutsAndSmallSearchSpaces() {
    Network net = grid(7, SIDE);
    RoutingGraph g = RoutingGraph.of(net);
    ContractionHierarchy ch = g.hierarchy(g.hoursWithWait);
    int states = g.states.stateCount;
    // Observed: 2,434 shortcuts for 2,208 legs. Far more would mean witnesses are not found.
    assertTrue(ch.shortcutCount() <= 1.25 * g.legCount,
        ch.shortcutCount() + " shortcuts for " + g.legCount + " legs");
    ContractionHierarchy.Query q = ch.acquire();
    Random rnd = new Random(11);
    long polled = 0;
    long expanded = 0;
    int queries = 200;
    for (int i = 0; i < queries; i++) {
      int a = rnd.nextInt(net.nodeCount());
      int b = (a + 1 + rnd.nextInt(net.nodeCount() - 1)) % net.nodeCount();
      double total = q.run(a, b);
      assertTrue(Double.isFinite(total), a + " -> " + b);
      polled += q.polledStates();
      expanded += q.expandedStates();
    }
    ch.release(q);
    // Observed: 43.2 states polled and 34.3 expanded per query, of 576.
    assertTrue(polled <= 0.15 * states * queries, polled + " states polled in " + queries);
    assertTrue(expanded <= 0.9 * polled, "stall on demand skipped too few: " + expanded + " of "
        + polled + " expanded");
    assertTrue(expanded > 0, "nothing expanded");
  }

  /** A square grid of rail legs both ways, each 20 to 120 km at 60 km/h. */
  static Network grid(long seed, int side) {
    Random rnd = new Random(seed);
    Network.Builder b = Network.builder();
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        b.addNode(Node.of("G_" + (r * side + c), "g" + r + "_" + c, "KZ", NodeKind.RAIL_TERMINAL,
            GeoPoint.of(40 + 0.5 * r, 50 + 0.5 * c)));
      }
    }
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        int v = r * side + c;
        if (c + 1 < side) {
          link(b, rnd, v, v + 1);
        }
        if (r + 1 < side) {
          link(b, rnd, v, v + side);
        }
      }
    }
    return b.build();
  }

  private static void link(Network.Builder b, Random rnd, int v, int w) {
    Distance km = Distance.ofKilometres(20 + rnd.nextInt(101));
    Speed speed = Speed.ofKilometresPerHour(60);
    b.addLeg(Leg.of("G_" + v, "G_" + w, Mode.RAIL, km, speed));
    b.addLeg(Leg.of("G_" + w, "G_" + v, Mode.RAIL, km, speed));
  }
}
