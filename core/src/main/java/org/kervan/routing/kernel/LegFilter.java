package org.kervan.routing.kernel;

/**
 * Which legs a search may take. A search asks once per relaxation, so implementations read
 * primitive arrays only.
 */
public interface LegFilter {

  /**
   * Tells whether a search may take a leg.
   *
   * @param leg the CSR leg
   * @return whether it is allowed
   */
  boolean allows(int leg);

  /**
   * Tells whether this filter allows every leg, so a search may skip asking.
   *
   * @return whether {@link #allows} is true for every leg
   */
  default boolean allowsEverything() {
    return false;
  }
}
