package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.routing.kernel.FoundPath;
import org.kervan.routing.kernel.LegFilter;
import org.kervan.routing.kernel.RoutingGraph;
import org.kervan.routing.kernel.Workspace;
import org.kervan.routing.kernel.YenSearch;

/**
 * A {@link KShortestRouter} by Yen's algorithm (Yen 1971, "Finding the k shortest loopless paths
 * in a network", Management Science 17(11)) over the mode-expanded state graph.
 *
 * <p>Each listed path is deviated from at every node: the spur search (A* for time, Dijkstra for
 * with landmarks for cost or under avoid sets) starts at that node in the state the root path reached it (so the node's transshipment or
 * dwell is charged exactly as in the corridor), may not enter any node of the root, and may not
 * leave by a leg that an already listed path with the same root took next. The best spur of each
 * deviation is a candidate; the cheapest candidate is listed next.
 *
 * <p>Node charges that depend on the incoming leg mean the best spur may itself pass a node twice.
 * Such paths are enumerated (later loopless paths may deviate from them) but not returned; the
 * enumeration stops after {@code max(100, 20 * k)} paths, so in a network where very many walks
 * beat the k-th loopless path, fewer than {@code k} may be returned. Totals equal the corridors'
 * own totals bit for bit.
 *
 * <p>This class is thread-safe: each thread searches with its own arrays.
 */
public final class YenKShortestRouter implements KShortestRouter {
  private final Engine engine;

  private YenKShortestRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, sharing the network's search graph with its other routers
   * (built on first use).
   *
   * @param network the network
   * @return the router
   */
  public static YenKShortestRouter of(Network network) {
    return new YenKShortestRouter(new Engine(network));
  }

  @Override
  public Network network() {
    return engine.network;
  }

  @Override
  public List<Corridor> alternatives(RouteRequest request, int k) {
    checkNotNull(request, "request");
    Checks.inRange(k, 1, MAX_K, "k");
    RouteOptions o = request.options();
    int origin = engine.nodeIndex(request.origin(), "origin");
    int[] targets = engine.targets(request);
    LegFilter mask = engine.mask(o);
    RoutingGraph g = engine.g;
    Workspace ws = g.acquire();
    List<FoundPath> paths;
    try {
      paths =
          YenSearch.run(
              ws, origin, engine.cost(o), mask, engine.heuristic(o, Engine.Goal.DEFAULT), targets,
              k);
    } finally {
      g.release(ws);
    }
    ImmutableList.Builder<Corridor> out = ImmutableList.builder();
    for (FoundPath p : paths) {
      out.add(engine.corridor(p, o));
    }
    return out.build();
  }

  /** Returns e.g. {@code YenKShortestRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "YenKShortestRouter[" + engine.network + "]";
  }
}
