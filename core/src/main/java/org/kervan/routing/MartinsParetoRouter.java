package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.routing.kernel.LegFilter;
import org.kervan.routing.kernel.MartinsSearch;
import org.kervan.routing.kernel.RoutingGraph;
import org.kervan.routing.kernel.StepCost;
import org.kervan.routing.kernel.Workspace;

/**
 * A {@link ParetoRouter} by Martins' multi-criteria label-setting algorithm (Martins 1984, "On a
 * multicriteria shortest path problem", EJOR 16(2)) over the mode-expanded state graph.
 *
 * <p>Each state keeps the labels (hours, cost) no other label there dominates; labels leave the
 * queue in lexicographic order of (hours, cost), so a label taken from the queue is final, and a
 * label no better in cost than a destination label already found is dropped (it can only lead to
 * dominated corridors). Totals are computed as {@link org.kervan.network.Corridor} computes them,
 * so each returned corridor's totals equal its label's bit for bit.
 *
 * <p>The number of labels can grow quickly with the size of the network; a search that would
 * create more than {@code maxLabels} labels (default {@value #DEFAULT_MAX_LABELS}) stops with an
 * {@link IllegalStateException} rather than return a possibly incomplete set. This class is
 * thread-safe: each thread searches with its own label arrays.
 */
public final class MartinsParetoRouter implements ParetoRouter {
  /** The default cap on labels per search. */
  public static final int DEFAULT_MAX_LABELS = 1_000_000;

  private final Engine engine;
  private final int maxLabels;

  private MartinsParetoRouter(Engine engine, int maxLabels) {
    this.engine = engine;
    this.maxLabels = maxLabels;
  }

  /**
   * Returns a router over a network with the default label cap.
   *
   * @param network the network
   * @return the router
   */
  public static MartinsParetoRouter of(Network network) {
    return of(network, DEFAULT_MAX_LABELS);
  }

  /**
   * Returns a router over a network with a label cap.
   *
   * @param network the network
   * @param maxLabels the most labels one search may create, {@code > 0}
   * @return the router
   * @throws IllegalArgumentException if {@code maxLabels <= 0}
   */
  public static MartinsParetoRouter of(Network network, int maxLabels) {
    checkNotNull(network, "network");
    if (!(maxLabels > 0)) {
      throw new IllegalArgumentException("maxLabels must be > 0, was " + maxLabels);
    }
    return new MartinsParetoRouter(new Engine(network), maxLabels);
  }

  @Override
  public Network network() {
    return engine.network;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the search needs more than the label cap
   */
  @Override
  public List<Corridor> paretoSet(RouteRequest request) {
    checkNotNull(request, "request");
    RouteOptions o = request.options();
    int origin = engine.nodeIndex(request.origin(), "origin");
    int[] targets = engine.targets(request);
    LegFilter mask = engine.mask(o);
    StepCost hours = engine.cost(Criterion.TIME, o.waitPolicy(), 0.0);
    StepCost cost = engine.cost(Criterion.COST, o.waitPolicy(), 0.0);
    RoutingGraph g = engine.g;
    Workspace ws = g.acquire();
    try {
      MartinsSearch search = ws.martins();
      int n = search.run(origin, hours, cost, mask, targets, targets.length, maxLabels);
      ImmutableList.Builder<Corridor> b = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        int id = search.found(i);
        int[] legs = search.path(ws.walker(), id);
        Corridor c = engine.corridor(legs, ws.walker().length(), o.waitPolicy());
        assert Double.compare(c.totalHours(), search.first(id)) == 0
                && Double.compare(c.totalCostUsd(), search.second(id)) == 0
            : "label (" + search.first(id) + ", " + search.second(id)
                + ") must equal corridor totals " + c;
        b.add(c);
      }
      return b.build();
    } finally {
      g.release(ws);
    }
  }

  /** Returns e.g. {@code MartinsParetoRouter[Network[120 nodes, 310 legs], maxLabels=1000000]}. */
  @Override
  public String toString() {
    return "MartinsParetoRouter[" + engine.network + ", maxLabels=" + maxLabels + "]";
  }
}
