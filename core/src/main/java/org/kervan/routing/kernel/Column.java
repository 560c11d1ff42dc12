package org.kervan.routing.kernel;

/**
 * One additive quantity of a network, precomputed per node and per leg with {@link
 * org.kervan.network.TransitModel}: hours (with or without waits), cost, or any other quantity a
 * step adds up. A step that arrives at node {@code v} and leaves by leg {@code e} charges {@code
 * node(v) + leg[e]}, the node charge being {@code transfer[v]} on a transshipment and {@code
 * pass[v]} otherwise (nothing at the origin).
 *
 * <p>Adding a quantity (a new criterion, a new per-leg column) means adding one {@code Column} to
 * {@link RoutingGraph}; step costs, masks and searches need no change. Arrays are never written
 * after construction. This class is immutable and thread-safe.
 */
public final class Column {
  /** Charge at each node on a transshipment, border included. */
  final double[] transfer;
  /** Charge at each node passed without transshipment, border included. */
  final double[] pass;
  /** Charge of each leg, by CSR position. */
  final double[] leg;

  Column(double[] transfer, double[] pass, double[] leg) {
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
   * Returns the charge at a node passed through.
   *
   * @param v the dense node id
   * @param isTransfer whether the pass is a transshipment
   * @return the charge
   */
  public double node(int v, boolean isTransfer) {
    return isTransfer ? transfer[v] : pass[v];
  }

  /**
   * Tells whether a node charges the same for a transshipment as for a pass-through.
   *
   * @param v the dense node id
   * @return whether the two charges are the same double
   */
  boolean alike(int v) {
    return Double.compare(transfer[v], pass[v]) == 0;
  }
}
