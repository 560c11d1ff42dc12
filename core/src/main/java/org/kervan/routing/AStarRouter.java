package org.kervan.routing;

import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * A {@link Router} by A* search (Hart, Nilsson &amp; Raphael 1968) over the mode-expanded state
 * graph. For {@link Criterion#TIME} the bound at a node is the great-circle distance to the destination (through the
 * remaining via nodes) over the fastest great-circle speed of any leg: no leg covers great-circle
 * distance faster, node charges and waits are never negative, so the bound never overestimates.
 * For {@link Criterion#GENERALISED_COST} the bound is that time times the value of time per hour
 * (every step costs at least its running hours at that rate). For {@link Criterion#COST} no bound
 * is admissible (legs may be free), so the search is plain Dijkstra.
 *
 * <p>This class is thread-safe: one instance serves many threads, each with its own search arrays
 * (a {@link ThreadLocal}), reused between queries.
 */
public final class AStarRouter implements Router {
  private final Engine engine;

  private AStarRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, precomputing its search graph.
   *
   * @param network the network
   * @return the router
   */
  public static AStarRouter of(Network network) {
    return new AStarRouter(new Engine(network));
  }

  @Override
  public Network network() {
    return engine.network;
  }

  @Override
  public Optional<Corridor> route(RouteRequest request) {
    return engine.route(request, true);
  }

  @Override
  public RouteResult explain(RouteRequest request) {
    return engine.explain(request, true);
  }

  @Override
  public double timeHours(int originIndex, int destinationIndex) {
    return engine.value(originIndex, destinationIndex, SearchSpace.TIME, true);
  }

  @Override
  public double costUsd(int originIndex, int destinationIndex) {
    return engine.value(originIndex, destinationIndex, SearchSpace.COST, true);
  }

  /** Returns e.g. {@code AStarRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "AStarRouter[" + engine.network + "]";
  }
}
