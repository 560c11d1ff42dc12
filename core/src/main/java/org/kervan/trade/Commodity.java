package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;

/**
 * A group of goods as the trade-cost bridge sees it: the value of the cargo in one loaded TEU and
 * the daily cost of time in transit as a fraction of that value (the per-day ad valorem tariff
 * equivalent of Hummels &amp; Schaur 2013). Freight of {@code f} USD per TEU is {@code f /
 * valueUsdPerTeu} ad valorem; {@code d} days are {@code timeCostPerDay * d} ad valorem.
 *
 * @param name a short name, e.g. {@code machinery and electrical (HS 84-85)}, not blank
 * @param valueUsdPerTeu the value of the goods in one loaded TEU, USD, finite and {@code > 0}
 * @param timeCostPerDay the daily time cost as a fraction of the value ({@code 0.008} for 0.8% a
 *     day), finite and {@code >= 0}
 * @param source where the two numbers come from, or {@code assumption: ...}; not blank
 *     <p>This record is immutable and thread-safe.
 */
public record Commodity(String name, double valueUsdPerTeu, double timeCostPerDay, String source) {

  /**
   * Validates the components.
   *
   * @param name a short name, not blank
   * @param valueUsdPerTeu the value of the goods in one loaded TEU, USD, finite and {@code > 0}
   * @param timeCostPerDay the daily time cost as a fraction of the value, finite and {@code >= 0}
   * @param source where the numbers come from, or {@code assumption: ...}; not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number breaks its rule or a text is blank
   */
  public Commodity {
    checkNotNull(name, "name");
    checkNotNull(source, "source");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, was '" + source + "'");
    }
    Checks.finitePositive(valueUsdPerTeu, "valueUsdPerTeu");
    Checks.finiteNonNegative(timeCostPerDay, "timeCostPerDay");
  }

  /**
   * Returns a user-supplied commodity.
   *
   * @param name a short name, not blank
   * @param valueUsdPerTeu the value of the goods in one loaded TEU, USD, finite and {@code > 0}
   * @param timeCostPerDay the daily time cost as a fraction of the value, finite and {@code >= 0}
   * @param source where the numbers come from, or {@code assumption: ...}; not blank
   * @return the commodity
   * @throws IllegalArgumentException if a number breaks its rule or a text is blank
   */
  public static Commodity of(
      String name, double valueUsdPerTeu, double timeCostPerDay, String source) {
    return new Commodity(name, valueUsdPerTeu, timeCostPerDay, source);
  }

  /**
   * Returns the ad valorem trade-cost factor of moving one TEU of these goods at a freight cost
   * and in a number of days: {@code t = 1 + otherAdValorem + freightUsdPerTeu / valueUsdPerTeu +
   * timeCostPerDay * days}.
   *
   * @param freightUsdPerTeu the freight and handling cost, USD per TEU, finite and {@code >= 0}
   * @param days the days that cost time, finite and {@code >= 0}
   * @param otherAdValorem other ad valorem costs (tariffs, insurance), a fraction, finite and
   *     {@code >= 0}
   * @return the factor, {@code >= 1}
   * @throws IllegalArgumentException if a number breaks its rule
   */
  public double tradeCostFactor(double freightUsdPerTeu, double days, double otherAdValorem) {
    Checks.finiteNonNegative(freightUsdPerTeu, "freightUsdPerTeu");
    Checks.finiteNonNegative(days, "days");
    Checks.finiteNonNegative(otherAdValorem, "otherAdValorem");
    double t = 1 + otherAdValorem + freightUsdPerTeu / valueUsdPerTeu + timeCostPerDay * days;
    return Checks.finitePositive(t, "tradeCostFactor");
  }

  /** Returns e.g. {@code manufactures (USD 50000/TEU, 0.80%/day)}. */
  @Override
  public String toString() {
    return name
        + " (USD "
        + Checks.fixed(valueUsdPerTeu, 0)
        + "/TEU, "
        + Checks.fixed(100 * timeCostPerDay, 2)
        + "%/day)";
  }
}
