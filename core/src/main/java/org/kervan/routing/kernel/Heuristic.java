package org.kervan.routing.kernel;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A lower bound on the charge still to come, for goal-directed (A*) search: none, great-circle
 * distance over the fastest leg speed, or landmarks with the triangle inequality (ALT). Every
 * bound is admissible for any {@link LegFilter}: excluding legs only lengthens paths. Bounds are
 * shrunk by a relative {@value #SAFETY_SHRINK} so that rounding never makes them exceed the true
 * remaining charge; the search re-inserts a settled state if a bound turns out slightly
 * inconsistent, so totals stay exactly Dijkstra's.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Heuristic {
  /** Relative amount every bound is shrunk by, to absorb rounding. */
  double SAFETY_SHRINK = 1e-9;

  /** No bound: plain Dijkstra. */
  Heuristic NONE = (cost, targets, count) -> Bound.ZERO;

  /**
   * Returns the bound of one query.
   *
   * @param cost the step cost searched
   * @param targets the via nodes then the destination, dense ids; {@code targets[count - 1] < 0}
   *     for a search without destination
   * @param count how many targets
   * @return the bound; {@link Bound#ZERO} when none applies
   */
  Bound toward(StepCost cost, int[] targets, int count);

  /** The bound of one query: remaining charge from a node, having passed {@code layer} vias. */
  interface Bound {
    /** The zero bound. */
    Bound ZERO = (node, layer) -> 0.0;

    /**
     * Returns a lower bound on the charge from a node to the destination through the vias not yet
     * passed.
     *
     * @param node the dense node id
     * @param layer how many vias are passed
     * @return the bound, {@code >= 0}; {@link Double#POSITIVE_INFINITY} if the destination cannot
     *     be reached
     */
    double remaining(int node, int layer);
  }

  /**
   * Great-circle distance to the destination (through the remaining vias) over the fastest
   * great-circle speed of any leg, weighted by the step cost's hours weight. Zero for costs that
   * do not count hours.
   *
   * @param g the graph
   * @return the heuristic
   */
  static Heuristic greatCircle(RoutingGraph g) {
    checkNotNull(g, "g");
    return (cost, targets, count) -> {
      double kmh = g.maxGreatCircleKmh;
      double hoursWeight = cost.boundWeights()[0];
      if (!(kmh > 0 && kmh < Double.POSITIVE_INFINITY)
          || !(hoursWeight > 0)
          || targets[count - 1] < 0) {
        return Bound.ZERO;
      }
      // km / kmh is at most the true running hours, so it cannot overflow, whereas hoursWeight /
      // kmh can when the fastest leg is very slow (nodes nanodegrees apart) and the weight large.
      double weight = (1 - SAFETY_SHRINK) * hoursWeight;
      int[] t = targets.clone();
      double[] remainKm = new double[count];
      for (int l = count - 2; l >= 0; l--) {
        remainKm[l] = remainKm[l + 1] + g.greatCircleKm(t[l], t[l + 1]);
      }
      return (node, layer) -> weight * ((g.greatCircleKm(node, t[layer]) + remainKm[layer]) / kmh);
    };
  }

  /**
   * Landmark bounds (Goldberg &amp; Harrelson 2005, "Computing the shortest path: A* search meets
   * graph theory", SODA): for a landmark {@code L} and leg-only distances {@code δ} on the
   * unconstrained network, {@code δ(v, t) >= max(δ(L, t) - δ(L, v), δ(v, L) - δ(t, L))}. Hours and
   * cost bounds are weighted by the step cost's {@link StepCost#boundWeights()}.
   *
   * @param g the graph; its landmarks are built on first use
   * @return the heuristic
   */
  static Heuristic landmarks(RoutingGraph g) {
    checkNotNull(g, "g");
    return (cost, targets, count) -> {
      double[] w = cost.boundWeights();
      if (!(w[0] > 0) && !(w[1] > 0) || targets[count - 1] < 0) {
        return Bound.ZERO;
      }
      return g.landmarks().bound(w[0], w[1], targets.clone(), count);
    };
  }
}
