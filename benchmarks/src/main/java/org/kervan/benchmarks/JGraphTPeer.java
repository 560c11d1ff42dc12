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
    Graph<Integer, DefaultWeightedEdge> g = withNodes(network.nodeCount());
    for (Leg l : network.legs()) {
      addLeg(
          g,
          network.indexOf(l.from()),
          network.indexOf(l.to()),
          l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY) + l.runningHours());
    }
    return g;
  }

  /**
   * Returns a directed weighted JGraphT graph with vertices {@code 0 .. nodes - 1} and no edges.
   *
   * @param nodes the number of vertices
   * @return the graph
   */
  public static Graph<Integer, DefaultWeightedEdge> withNodes(int nodes) {
    Graph<Integer, DefaultWeightedEdge> g =
        GraphTypeBuilder.<Integer, DefaultWeightedEdge>directed()
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .weighted(true)
            .edgeClass(DefaultWeightedEdge.class)
            .buildGraph();
    for (int v = 0; v < nodes; v++) {
      g.addVertex(v);
    }
    return g;
  }

  /**
   * Adds a leg as an edge; a second leg between the same vertices (another mode) keeps the
   * faster, as a router would.
   *
   * @param g the graph
   * @param from the start vertex
   * @param to the end vertex
   * @param hours the leg's hours
   */
  public static void addLeg(Graph<Integer, DefaultWeightedEdge> g, int from, int to, double hours) {
    DefaultWeightedEdge e = g.addEdge(from, to);
    if (e != null) {
      g.setEdgeWeight(e, hours);
    } else {
      DefaultWeightedEdge old = g.getEdge(from, to);
      g.setEdgeWeight(old, Math.min(g.getEdgeWeight(old), hours));
    }
  }
}
