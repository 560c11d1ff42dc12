package org.kervan.routing.kernel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.primitives.ImmutableIntArray;

/**
 * A path a search found: its CSR legs and the search's total for them.
 *
 * @param legs the CSR legs, in order
 * @param value the search's total, left-to-right sum of the steps
 */
public record FoundPath(ImmutableIntArray legs, double value) {
  /**
   * Validates the components.
   *
   * @param legs the legs
   * @param value the total
   */
  public FoundPath {
    checkNotNull(legs, "legs");
  }
}
