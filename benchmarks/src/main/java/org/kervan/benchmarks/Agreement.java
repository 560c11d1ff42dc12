package org.kervan.benchmarks;

import java.util.Locale;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.kervan.network.Network;
import org.kervan.routing.Router;

/**
 * Checks, in benchmark setup, that Kervan's routers and the JGraphT peers find the same shortest
 * times on a sample of queries; a benchmark whose peers disagree would compare different work.
 */
final class Agreement {
  /** Relative tolerance: the two sum the same leg hours, possibly in another order. */
  static final double TOLERANCE = 1e-9;

  private Agreement() {}

  /**
   * Throws unless every router and peer agree on the first {@code sample} queries.
   *
   * @param network the network (for messages)
   * @param astar Kervan's A* router
   * @param dijkstra Kervan's Dijkstra router
   * @param peer1 a JGraphT algorithm
   * @param peer2 another JGraphT algorithm
   * @param origins origin dense ids
   * @param destinations destination dense ids
   * @param sample how many queries to check
   * @throws IllegalStateException on a disagreement
   */
  static void check(
      Network network,
      Router astar,
      Router dijkstra,
      ShortestPathAlgorithm<Integer, DefaultWeightedEdge> peer1,
      ShortestPathAlgorithm<Integer, DefaultWeightedEdge> peer2,
      int[] origins,
      int[] destinations,
      int sample) {
    for (int i = 0; i < sample; i++) {
      int a = origins[i];
      int b = destinations[i];
      double k1 = astar.timeHours(a, b);
      double k2 = dijkstra.timeHours(a, b);
      double j1 = peer1.getPathWeight(a, b);
      double j2 = peer2.getPathWeight(a, b);
      if (!(same(k1, j1) && same(k2, j1) && same(j2, j1))) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "%s: query %d (%d -> %d) disagrees: A* %.12f, Dijkstra %.12f, JGraphT %.12f and"
                    + " %.12f",
                network,
                i,
                a,
                b,
                k1,
                k2,
                j1,
                j2));
      }
    }
  }

  static boolean same(double x, double y) {
    if (x == y) {
      return true;
    }
    return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  }
}
