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
  /** The states the node charges are indexed by. */
  final StateGraph states;
  /** Charge when leaving each state by a transshipment, border included. */
  final double[] transfer;
  /** Charge when leaving each state without a transshipment, border included. */
  final double[] pass;
  /** Charge of each leg, by CSR position. */
  final double[] leg;

  Column(StateGraph states, double[] transfer, double[] pass, double[] leg) {
    this.states = states;
    this.transfer = transfer;
    this.pass = pass;
    this.leg = leg;
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
    return isTransfer ? transfer[state] : pass[state];
  }

  /**
   * Tells whether leaving a state charges the same however the next leg differs from the last.
   *
   * @param state the state
   * @return whether the two charges are the same double
   */
  boolean alike(int state) {
    return Double.doubleToRawLongBits(transfer[state]) == Double.doubleToRawLongBits(pass[state]);
  }
}
