package org.kervan.routing.kernel;

/**
 * One additive quantity of a network, precomputed per state and per leg with {@link
 * org.kervan.network.TransitModel}: hours (with or without waits), cost, or any other quantity a
 * step adds up. A step that leaves state {@code s} by leg {@code e} charges {@code node(s) +
 * leg[e]}, the node charge being {@code transfer[s]} on a transshipment and {@code pass[s]}
 * otherwise; both are zero at an origin state. Node charges are kept per state rather than per
 * node because a pass's charge depends on how the node was entered (a seaport charges its relay
 * dwell only to a ship arriving by water), and because the search then reads them at the state it
 * settles without looking the node up.
 *
 * <p>Adding a quantity (a new criterion, a new per-leg column) means adding one {@code Column} to
 * {@link RoutingGraph}; step costs, masks and searches need no change. Arrays are never written
 * after construction. This class is immutable and thread-safe.
 */
public final class Column {
  /** {@link #quantity} of hours, with or without waits. */
  static final int HOURS = 0;
  /** {@link #quantity} of cost, USD per TEU. */
  static final int COST_USD = 1;
  /** {@link #quantity} of anything else. */
  static final int OTHER = 2;

  /** The states the node charges are indexed by. */
  final StateGraph states;
  /**
   * Both node charges of each state side by side, so a search settling a state reads one cache
   * line: {@code node[2 * s]} when leaving state {@code s} without a transshipment, {@code node[2
   * * s + 1]} on a transshipment, border included in both. Empty when {@link #chargesNothing}:
   * two doubles per state that are all zero are not kept.
   */
  final double[] node;
  /** Charge of each leg, by CSR position. */
  final double[] leg;
  /**
   * Whether every node charge is {@code +0.0}, as on a network whose nodes charge nothing: a
   * search then reads no node charge at all.
   */
  final boolean chargesNothing;
  /** What the column adds up: {@link #HOURS}, {@link #COST_USD} or {@link #OTHER}. */
  final int quantity;

  Column(StateGraph states, double[] node, double[] leg, int quantity) {
    this.quantity = quantity;
    this.states = states;
    this.leg = leg;
    boolean nothing = true;
    for (int i = 0; i < node.length && nothing; i++) {
      nothing = Double.doubleToRawLongBits(node[i]) == 0L;
    }
    this.chargesNothing = nothing;
    this.node = nothing ? new double[0] : node;
  }

  /**
   * Returns the charge of a leg.
   *
   * @param e the CSR leg
   * @return its charge
   */
  public double leg(int e) {
    return leg[e];
  }

  /**
   * Returns the charge at a node when leaving one of its states.
   *
   * @param state the state left
   * @param isTransfer whether the pass is a transshipment
   * @return the charge, 0 at an origin state
   */
  public double node(int state, boolean isTransfer) {
    if (chargesNothing) {
      return 0.0;
    }
    return node[isTransfer ? 2 * state + 1 : 2 * state];
  }

  /**
   * Tells whether leaving a state charges the same however the next leg differs from the last.
   *
   * @param state the state
   * @return whether the two charges are the same double
   */
  boolean alike(int state) {
    return chargesNothing
        || Double.doubleToRawLongBits(node[2 * state])
        == Double.doubleToRawLongBits(node[2 * state + 1]);
  }
}
