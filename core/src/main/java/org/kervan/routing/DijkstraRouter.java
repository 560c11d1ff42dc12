package org.kervan.routing;

import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * A {@link Router} by Dijkstra's algorithm over the mode-expanded state graph, for every
 * criterion. The reference method: simplest, and what {@link AStarRouter} is checked against.
 *
 * <p>Formula: labels {@code d(s)} of states {@code s} are settled in increasing order, {@code
 * d(t) = min(d(t), d(s) + step(s, e))} for each allowed leg {@code e} (Dijkstra 1959), with {@code
 * step} from {@link org.kervan.network.TransitModel}.
 *
 * <p>This class is thread-safe: one instance serves many threads; every router of a network shares
 * that network's one search graph, and each search borrows reused search arrays from it.
 */
public final class DijkstraRouter implements Router {
  private final Engine engine;

  private DijkstraRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, sharing the network's search graph with its other routers
   * (built on first use).
   *
   * @param network the network
   * @return the router
   */
  public static DijkstraRouter of(Network network) {
    return new DijkstraRouter(new Engine(network));
  }

  @Override
  public Network network() {
    return engine.network;
  }

  @Override
  public Optional<Corridor> route(RouteRequest request) {
    return engine.route(request, Engine.Goal.NONE);
  }

  @Override
  public RouteResult explain(RouteRequest request) {
    return engine.explain(request, Engine.Goal.NONE);
  }

  @Override
  public double timeHours(int originIndex, int destinationIndex) {
    return engine.value(originIndex, destinationIndex, Criterion.TIME, Engine.Goal.NONE);
  }

  @Override
  public double costUsd(int originIndex, int destinationIndex) {
    return engine.value(originIndex, destinationIndex, Criterion.COST, Engine.Goal.NONE);
  }

  /** Returns e.g. {@code DijkstraRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "DijkstraRouter[" + engine.network + "]";
  }
}
