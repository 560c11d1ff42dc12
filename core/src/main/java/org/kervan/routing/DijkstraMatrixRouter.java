package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.kervan.network.Network;
import org.kervan.routing.kernel.Heuristic;
import org.kervan.routing.kernel.LabelSettingSearch;
import org.kervan.routing.kernel.LegFilter;
import org.kervan.routing.kernel.RoutingGraph;
import org.kervan.routing.kernel.StepCost;
import org.kervan.routing.kernel.Workspace;

/**
 * A {@link MatrixRouter} running one Dijkstra search per origin over the mode-expanded state
 * graph, each stopping as soon as every destination is settled. Values equal those of {@link
 * DijkstraRouter} for the same pair, bit for bit.
 *
 * <p>This class is thread-safe: each thread searches with its own arrays.
 */
public final class DijkstraMatrixRouter implements MatrixRouter {
  private final Engine engine;

  private DijkstraMatrixRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, sharing the network's search graph with its other routers
   * (built on first use).
   *
   * @param network the network
   * @return the router
   */
  public static DijkstraMatrixRouter of(Network network) {
    return new DijkstraMatrixRouter(new Engine(network));
  }

  @Override
  public Network network() {
    return engine.network;
  }

  @Override
  public RouteMatrix matrix(
      List<String> origins, List<String> destinations, RouteOptions options) {
    checkNotNull(origins, "origins");
    checkNotNull(destinations, "destinations");
    checkNotNull(options, "options");
    int cells = RouteMatrix.cells(origins.size(), destinations.size());
    int[] from = new int[origins.size()];
    for (int i = 0; i < from.length; i++) {
      from[i] = engine.nodeIndex(origins.get(i), "origins", i);
    }
    int cols = destinations.size();
    int[] to = new int[cols];
    for (int j = 0; j < cols; j++) {
      to[j] = engine.nodeIndex(destinations.get(j), "destinations", j);
    }
    RoutingGraph g = engine.g;
    LegFilter mask = engine.mask(options);
    StepCost cost = engine.cost(options);
    double[] values = new double[cells];
    Workspace ws = g.acquire();
    try {
      LabelSettingSearch sp = ws.search();
      sp.setQuery(cost, mask, Heuristic.NONE, -1);
      for (int i = 0; i < from.length; i++) {
        sp.beginMarks();
        int marked = 0;
        for (int j = 0; j < cols; j++) {
          if (to[j] != from[i] && sp.mark(to[j])) {
            marked++;
          }
        }
        if (marked > 0) {
          sp.runToMarked(sp.originState(from[i]), marked);
        }
        for (int j = 0; j < cols; j++) {
          values[i * cols + j] = to[j] == from[i] ? 0.0 : sp.nodeValue(to[j]);
        }
      }
    } finally {
      g.release(ws);
    }
    return RouteMatrix.of(origins, destinations, options.criterion(), values);
  }

  /** Returns e.g. {@code DijkstraMatrixRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "DijkstraMatrixRouter[" + engine.network + "]";
  }
}
