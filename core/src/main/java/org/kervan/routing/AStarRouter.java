package org.kervan.routing;

import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * A {@link Router} by A* search (Hart, Nilsson &amp; Raphael 1968) over the mode-expanded state
 * graph, with two bounds:
 *
 * <ul>
 *   <li>Without avoid sets, for {@link Criterion#TIME} and {@link Criterion#GENERALISED_COST}: the
 *       great-circle distance to the destination (through the remaining via nodes) over the
 *       fastest great-circle speed of any leg, times the value of time per hour for generalised
 *       cost. No leg covers great-circle distance faster, and node charges and waits are never
 *       negative, so the bound never overestimates.
 *   <li>With avoid sets, and for {@link Criterion#COST}: landmarks (ALT, Goldberg &amp; Harrelson
 *       2005), {@code d(v, t) >= max(d(L, t) - d(L, v), d(v, L) - d(t, L))} over a few landmark
 *       nodes {@code L}, with leg-only hours and costs of the unconstrained network; closing legs
 *       only lengthens paths, so the bound holds under every constraint. The landmarks are computed
 *       once per network, on the first query that needs them, and shared by its routers.
 * </ul>
 *
 * <p>Totals are exactly Dijkstra's: bounds are shrunk against rounding and a state is queued
 * again if it improves after it was settled.
 *
 * <p>This class is thread-safe: one instance serves many threads; every router of a network shares
 * that network's one search graph, and each search borrows reused search arrays from it.
 */
public final class AStarRouter implements Router {
  private final Engine engine;

  private AStarRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, sharing the network's search graph with its other routers
   * (built on first use).
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
    return engine.route(request, Engine.Goal.DEFAULT);
  }

  @Override
  public RouteResult explain(RouteRequest request) {
    return engine.explain(request, Engine.Goal.DEFAULT);
  }

  @Override
  public double timeHours(int originIndex, int destinationIndex) {
    return engine.value(originIndex, destinationIndex, Criterion.TIME, Engine.Goal.DEFAULT);
  }

  @Override
  public double costUsd(int originIndex, int destinationIndex) {
    return engine.value(originIndex, destinationIndex, Criterion.COST, Engine.Goal.DEFAULT);
  }

  /** Returns e.g. {@code AStarRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "AStarRouter[" + engine.network + "]";
  }
}
