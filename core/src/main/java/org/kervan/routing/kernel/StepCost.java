package org.kervan.routing.kernel;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;
import org.kervan.network.TransitModel;

/**
 * What a search adds per step: the charge of leaving a state by a leg, node charge (the "turn
 * cost" at a transfer node, nothing at the origin) plus leg charge, computed with {@link
 * TransitModel} in the same order as {@link org.kervan.network.Corridor} so that a search total
 * equals the corridor's own total bit for bit.
 *
 * <p>Steps are never negative. Implementations are immutable and thread-safe; a search calls
 * {@link #step} once per relaxation, so implementations touch primitive arrays only.
 */
public interface StepCost {

  /**
   * Returns the charge of leaving a state by a leg.
   *
   * @param state the state left (its node is the leg's tail)
   * @param leg the CSR leg taken
   * @return the step's charge, {@code >= 0}
   */
  double step(int state, int leg);

  /**
   * Returns weights that turn lower bounds on the remaining hours and cost into a lower bound on
   * the remaining charge: {@code hoursWeight * hoursBound + costWeight * costBound}. Heuristics
   * (great-circle, landmarks) bound hours and cost; this says how much each counts. Both zero
   * when neither bounds this cost.
   *
   * @return {@code {hoursWeight, costWeight}}, each {@code >= 0}
   */
  double[] boundWeights();

  /**
   * Returns the states this cost is defined on: the states its node charges are indexed by.
   *
   * @return the state graph
   */
  StateGraph states();

  /**
   * A step cost summing one column: hours or cost.
   *
   * @param graph the graph
   * @param column a column of the graph
   * @return the step cost
   */
  static StepCost of(RoutingGraph graph, Column column) {
    return new Additive(graph, column);
  }

  /**
   * The generalised cost of a step: {@link TransitModel#generalisedCostUsd} of the step's cost and
   * hours at a value of time.
   *
   * @param graph the graph
   * @param cost the cost column
   * @param hours the hours column
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day, {@code >= 0} and at most
   *     {@link TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @return the step cost
   */
  static StepCost generalised(
      RoutingGraph graph, Column cost, Column hours, double valueOfTimeUsdPerDay) {
    return new Generalised(graph, cost, hours, valueOfTimeUsdPerDay);
  }

  /**
   * A step cost times a per-leg factor, {@code factor[leg] * base.step(state, leg)}, for the
   * penalty method of alternative routes. Factors {@code >= 1} only lengthen paths, so bounds of
   * the base cost still hold.
   *
   * @param base the base cost
   * @param factor the factor of each CSR leg, each {@code >= 1}; read, not copied, during searches
   * @return the step cost
   */
  static StepCost penalised(StepCost base, double[] factor) {
    checkNotNull(base, "base");
    checkNotNull(factor, "factor");
    return new StepCost() {
      @Override
      public double step(int state, int leg) {
        return factor[leg] * base.step(state, leg);
      }

      @Override
      public double[] boundWeights() {
        return base.boundWeights();
      }

      @Override
      public StateGraph states() {
        return base.states();
      }
    };
  }

  /** Sums one column. */
  final class Additive implements StepCost {
    final StateGraph sg;
    final RoutingGraph g;
    final Column column;

    Additive(RoutingGraph g, Column column) {
      this.g = checkNotNull(g, "graph");
      this.column = checkNotNull(column, "column");
      this.sg = column.states;
    }

    @Override
    public double step(int state, int leg) {
      // A state charging alike either way need not ask whether this is a transshipment.
      double node =
          column.node(state, !column.alike(state) && sg.transfer(g, state, leg));
      return TransitModel.step(node, column.leg[leg]);
    }

    @Override
    public double[] boundWeights() {
      if (column.quantity == Column.COST_USD) {
        return new double[] {0, 1};
      }
      // Either hour column: waits only add, so the no-wait bound holds for both.
      return column.quantity == Column.HOURS ? new double[] {1, 0} : new double[] {0, 0};
    }

    @Override
    public StateGraph states() {
      return sg;
    }
  }

  /** Cost plus value of time times hours, per step. */
  final class Generalised implements StepCost {
    private final StateGraph sg;
    private final RoutingGraph g;
    private final Column cost;
    private final Column hours;
    private final double valueOfTime;

    Generalised(RoutingGraph g, Column cost, Column hours, double valueOfTime) {
      this.g = checkNotNull(g, "graph");
      this.cost = checkNotNull(cost, "cost");
      this.hours = checkNotNull(hours, "hours");
      this.sg = cost.states;
      if (hours.states != sg) {
        throw new IllegalArgumentException("cost and hours must share their states");
      }
      this.valueOfTime =
          Checks.nonNegativeAtMost(
              valueOfTime, TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY, "valueOfTimeUsdPerDay");
    }

    @Override
    public double step(int state, int leg) {
      boolean transfer = sg.transfer(g, state, leg);
      return TransitModel.generalisedCostUsd(
          TransitModel.step(cost.node(state, transfer), cost.leg[leg]),
          TransitModel.step(hours.node(state, transfer), hours.leg[leg]),
          valueOfTime);
    }

    @Override
    public double[] boundWeights() {
      return new double[] {valueOfTime / 24.0, 1};
    }

    @Override
    public StateGraph states() {
      return sg;
    }
  }
}
