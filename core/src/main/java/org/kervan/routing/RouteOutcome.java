package org.kervan.routing;

/** Why a route request has, or has not, a corridor. */
public enum RouteOutcome {
  /** A corridor satisfying every constraint was found. */
  FOUND,
  /** No corridor joins origin and destination (through the via nodes) even without avoid sets. */
  UNREACHABLE,
  /**
   * A corridor exists without the avoid sets, but none satisfies them; {@link
   * RouteResult#blockingConstraints()} says which.
   */
  CUT_OFF_BY_CONSTRAINTS
}
