package org.kervan.routing;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.network.WaitPolicy;
import org.kervan.routing.kernel.Column;
import org.kervan.routing.kernel.ContractionHierarchy;

/**
 * A {@link Router} by contraction hierarchies (Geisberger et al. 2008) on the mode-expanded state
 * graph, for unconstrained {@link Criterion#TIME} and {@link Criterion#COST} queries without via
 * nodes; every other request (avoid sets, via nodes, generalised cost) goes to landmark A*, as
 * {@link AStarRouter} answers it.
 *
 * <p>Each hierarchy (hours with waits, hours without, cost) is contracted once per network, on the
 * first query that needs it, and shared by the network's routers: preprocessing takes seconds to
 * minutes on large networks; queries then settle a few hundred states. The total returned is the
 * found corridor's own left-to-right total; the randomized reference suite checks it equals
 * Dijkstra's bit for bit.
 *
 * <p>This class is thread-safe: each query borrows reused arrays.
 */
public final class ContractionHierarchyRouter implements Router {
  private final Engine engine;

  private ContractionHierarchyRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, sharing the network's search graph and hierarchies with its
   * other routers (built on first use).
   *
   * @param network the network
   * @return the router
   */
  public static ContractionHierarchyRouter of(Network network) {
    return new ContractionHierarchyRouter(new Engine(network));
  }

  @Override
  public Network network() {
    return engine.network;
  }

  private Optional<Column> column(RouteRequest r) {
    RouteOptions o = r.options();
    if (!o.avoidsNothing() || !r.vias().isEmpty()) {
      return Optional.empty();
    }
    switch (o.criterion()) {
      case TIME:
        return Optional.of(
            o.waitPolicy() == WaitPolicy.EXPECTED_HALF_HEADWAY
                ? engine.g.hoursWithWait
                : engine.g.hoursNoWait());
      case COST:
        return Optional.of(engine.g.costUsd());
      default:
        return Optional.empty();
    }
  }

  @Override
  public Optional<Corridor> route(RouteRequest request) {
    checkNotNull(request, "request");
    Optional<Column> column = column(request);
    if (column.isEmpty()) {
      return engine.route(request, Engine.Goal.LANDMARKS);
    }
    int origin = engine.nodeIndex(request.origin(), "origin");
    int destination = engine.nodeIndex(request.destination(), "destination");
    ContractionHierarchy ch = engine.g.hierarchy(column.get());
    ContractionHierarchy.Query q = ch.acquire();
    try {
      double total = q.run(origin, destination);
      if (total == Double.POSITIVE_INFINITY) {
        return Optional.empty();
      }
      int[] legs = q.legs();
      Corridor c = engine.corridor(legs, legs.length, request.options().waitPolicy());
      assert Double.compare(Engine.total(c, request.options()), total) == 0;
      return Optional.of(c);
    } finally {
      ch.release(q);
    }
  }

  @Override
  public RouteResult explain(RouteRequest request) {
    checkNotNull(request, "request");
    if (column(request).isEmpty()) {
      return engine.explain(request, Engine.Goal.LANDMARKS);
    }
    return route(request)
        .map(c -> RouteResult.found(request, c))
        .orElseGet(
            () -> new RouteResult(request, RouteOutcome.UNREACHABLE, Optional.empty(), List.of()));
  }

  private double value(int originIndex, int destinationIndex, Column column) {
    checkElementIndex(
        originIndex, engine.g.nodeCount, "originIndex");
    checkElementIndex(
        destinationIndex, engine.g.nodeCount, "destinationIndex");
    if (originIndex == destinationIndex) {
      return 0.0;
    }
    ContractionHierarchy ch = engine.g.hierarchy(column);
    ContractionHierarchy.Query q = ch.acquire();
    try {
      return q.run(originIndex, destinationIndex);
    } finally {
      ch.release(q);
    }
  }

  @Override
  public double timeHours(int originIndex, int destinationIndex) {
    return value(originIndex, destinationIndex, engine.g.hoursWithWait);
  }

  @Override
  public double costUsd(int originIndex, int destinationIndex) {
    return value(originIndex, destinationIndex, engine.g.costUsd());
  }

  /** Returns e.g. {@code ContractionHierarchyRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "ContractionHierarchyRouter[" + engine.network + "]";
  }
}
