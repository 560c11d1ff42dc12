package org.kervan.routing;

/**
 * What a router minimises, always as the left-to-right sum of corridor steps defined by {@link
 * org.kervan.network.TransitModel}, so that a router's total equals the corridor's own total to
 * the last bit.
 */
public enum Criterion {
  /** Total hours, {@link org.kervan.network.Corridor#totalHours()}. */
  TIME,
  /** Total cost in USD per TEU, {@link org.kervan.network.Corridor#totalCostUsd()}. */
  COST,
  /**
   * Generalised cost in USD per TEU, {@link
   * org.kervan.network.Corridor#generalisedCostUsd(double)}: per step {@code costUsd +
   * valueOfTimeUsdPerTeuDay * hours / 24}, with the value of time of the {@link RouteOptions}.
   */
  GENERALISED_COST,
  /**
   * Total well-to-wake CO2e in kg per TEU, {@link org.kervan.network.Corridor#co2eKgPerTeu()}
   * with the GLEC v3 default factors ({@link org.kervan.network.EmissionFactors#glecV3Defaults()}):
   * each leg's distance times its class's intensity, plus a transshipment's factor at each change
   * of mode or gauge.
   */
  CO2E
}
