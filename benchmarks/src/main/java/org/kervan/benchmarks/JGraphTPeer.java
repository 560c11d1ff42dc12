package org.kervan.benchmarks;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.WaitPolicy;

/**
 * Builds the JGraphT peer of a Kervan network: one vertex per node (its dense index), one
 * weighted directed edge per leg with weight = the leg's hours (waiting plus running) — the
 * same numbers Kervan's router adds. Valid as a peer only for networks whose nodes charge nothing
 * (see {@link SyntheticNetworks}).
 */
public final class JGraphTPeer {
  private JGraphTPeer() {}

  /**
   * Builds the peer graph.
   *
   * @param network the network
   * @return a directed weighted JGraphT graph over {@code Integer} vertices
   */
  public static Graph<Integer, DefaultWeightedEdge> of(Network network) {
    Graph<Integer, DefaultWeightedEdge> g =
        GraphTypeBuilder.<Integer, DefaultWeightedEdge>directed()
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .weighted(true)
            .edgeClass(DefaultWeightedEdge.class)
            .buildGraph();
    for (int v = 0; v < network.nodeCount(); v++) {
      g.addVertex(v);
    }
    for (Leg l : network.legs()) {
      int from = network.indexOf(l.from());
      int to = network.indexOf(l.to());
      double hours = l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY) + l.runningHours();
      DefaultWeightedEdge e = g.addEdge(from, to);
      if (e != null) {
        g.setEdgeWeight(e, hours);
      } else {
        // A second leg between the same nodes (another mode): keep the faster, as a router would.
        DefaultWeightedEdge old = g.getEdge(from, to);
        g.setEdgeWeight(old, Math.min(g.getEdgeWeight(old), hours));
      }
    }
    return g;
  }
}
