package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.kervan.network.Corridor;

/**
 * The answer to a route request with its explanation: the corridor if one satisfies every
 * constraint, else why not, and which avoid entries cut the route off.
 *
 * @param request the request answered
 * @param outcome found, unreachable, or cut off by constraints
 * @param corridor the best corridor, present exactly when the outcome is {@link
 *     RouteOutcome#FOUND}
 * @param blockingConstraints for {@link RouteOutcome#CUT_OFF_BY_CONSTRAINTS}, the avoid entries
 *     that each on its own leave no corridor; if no single entry does, all entries (only their
 *     combination cuts the route). Empty for the other outcomes.
 *     <p>This record is immutable and thread-safe.
 */
public record RouteResult(
    RouteRequest request,
    RouteOutcome outcome,
    Optional<Corridor> corridor,
    List<RouteConstraint> blockingConstraints) {

  /**
   * Validates that the components agree with the outcome.
   *
   * @param request the request answered
   * @param outcome the outcome
   * @param corridor the corridor, present exactly when found
   * @param blockingConstraints the entries that cut the route off, non-empty exactly when cut off
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the corridor is present but the outcome is not FOUND (or
   *     the reverse), or blocking constraints are given for another outcome than
   *     CUT_OFF_BY_CONSTRAINTS, or none for that outcome
   */
  public RouteResult {
    checkNotNull(request, "request");
    checkNotNull(outcome, "outcome");
    checkNotNull(corridor, "corridor");
    blockingConstraints =
        ImmutableList.copyOf(checkNotNull(blockingConstraints, "blockingConstraints"));
    if (corridor.isPresent() != (outcome == RouteOutcome.FOUND)) {
      throw new IllegalArgumentException(
          "corridor must be present exactly when outcome is FOUND, was "
              + (corridor.isPresent() ? "present" : "empty")
              + " with outcome "
              + outcome);
    }
    if (blockingConstraints.isEmpty() == (outcome == RouteOutcome.CUT_OFF_BY_CONSTRAINTS)) {
      throw new IllegalArgumentException(
          "blockingConstraints must be non-empty exactly when outcome is CUT_OFF_BY_CONSTRAINTS,"
              + " was "
              + blockingConstraints
              + " with outcome "
              + outcome);
    }
  }

  /**
   * Returns a result with a corridor.
   *
   * @param request the request
   * @param corridor the corridor found
   * @return the result, outcome {@link RouteOutcome#FOUND}
   */
  public static RouteResult found(RouteRequest request, Corridor corridor) {
    return new RouteResult(
        request, RouteOutcome.FOUND, Optional.of(checkNotNull(corridor, "corridor")), List.of());
  }

  /**
   * Tells whether a corridor was found.
   *
   * @return whether the outcome is {@link RouteOutcome#FOUND}
   */
  public boolean isFound() {
    return outcome == RouteOutcome.FOUND;
  }

  /** Returns e.g. {@code INNSA→GRPIR: CUT_OFF_BY_CONSTRAINTS by [avoid CHOKEPOINT CP_SUEZ]}. */
  @Override
  public String toString() {
    String head = request.origin() + "→" + request.destination() + ": " + outcome;
    if (corridor.isPresent()) {
      return head + " " + corridor.get();
    }
    return blockingConstraints.isEmpty() ? head : head + " by " + blockingConstraints;
  }
}
