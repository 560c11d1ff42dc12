package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;

/**
 * The result of applying an elasticity to a trade value whose transit time changes: {@code
 * newValueUsd = baselineValueUsd * m} with {@code m = function.multiplier(baselineDays, newDays)},
 * {@code absoluteChangeUsd = newValueUsd - baselineValueUsd}, {@code relativeChange = m - 1}.
 *
 * <p>The same product is what {@link TradeGainBatch} computes per element, bit for bit.
 *
 * @param flow the flow, if the gain was computed for one; its value is {@code baselineValueUsd}
 * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
 * @param newValueUsd the value after the change, USD per year, finite and {@code >= 0}
 * @param absoluteChangeUsd {@code newValueUsd - baselineValueUsd}, USD per year
 * @param relativeChange {@code m - 1}, the fractional change ({@code 0.02} for +2%), {@code >=
 *     -1}; defined even for a zero baseline
 * @param function the elasticity used, naming its form and citation
 * @param baselineDays the baseline transit time, days, finite and {@code > 0}
 * @param newDays the new transit time, days, finite and {@code > 0}
 *     <p>This record is immutable and thread-safe.
 */
public record TradeGain(
    Optional<TradeFlow> flow,
    double baselineValueUsd,
    double newValueUsd,
    double absoluteChangeUsd,
    double relativeChange,
    ElasticityFunction function,
    double baselineDays,
    double newDays) {

  /**
   * Validates the components and their consistency.
   *
   * @param flow the flow, if the gain was computed for one; its value is {@code baselineValueUsd}
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param newValueUsd the value after the change, USD per year, finite and {@code >= 0}
   * @param absoluteChangeUsd {@code newValueUsd - baselineValueUsd}, USD per year
   * @param relativeChange {@code m - 1}, the fractional change ({@code 0.02} for +2%), {@code >=
   *     -1}; defined even for a zero baseline
   * @param function the elasticity used, naming its form and citation
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number breaks its rule, the flow's value differs from
   *     {@code baselineValueUsd}, or the absolute change is not {@code newValueUsd -
   *     baselineValueUsd}
   */
  public TradeGain {
    checkNotNull(flow, "flow");
    checkNotNull(function, "function");
    Checks.finiteNonNegative(baselineValueUsd, "baselineValueUsd");
    Checks.finiteNonNegative(newValueUsd, "newValueUsd");
    if (!(absoluteChangeUsd == newValueUsd - baselineValueUsd)) {
      throw new IllegalArgumentException(
          "absoluteChangeUsd must be newValueUsd - baselineValueUsd = "
              + Checks.format(newValueUsd - baselineValueUsd)
              + ", was "
              + Checks.format(absoluteChangeUsd));
    }
    if (!(relativeChange >= -1 && relativeChange < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "relativeChange must be finite and >= -1, was " + Checks.format(relativeChange));
    }
    checkNotNull(function, "function");
    Checks.finitePositive(baselineDays, "baselineDays");
    Checks.finitePositive(newDays, "newDays");
    if (flow.isPresent() && !(flow.get().valueUsdPerYear() == baselineValueUsd)) {
      throw new IllegalArgumentException(
          "baselineValueUsd must equal the flow's value "
              + Checks.format(flow.get().valueUsdPerYear())
              + ", was "
              + Checks.format(baselineValueUsd));
    }
  }

  /**
   * Returns the gain of a trade value when its transit time goes from {@code baselineDays} to
   * {@code newDays}.
   *
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param function the elasticity
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @return the gain
   * @throws IllegalArgumentException if a number is out of its domain, or the function has no
   *     value for this change
   */
  public static TradeGain of(
      double baselineValueUsd, ElasticityFunction function, double baselineDays, double newDays) {
    return compute(Optional.empty(), baselineValueUsd, function, baselineDays, newDays);
  }

  /**
   * Returns the gain of a flow when its transit time goes from {@code baselineDays} to {@code
   * newDays}.
   *
   * @param flow the flow
   * @param function the elasticity
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @return the gain
   * @throws IllegalArgumentException if a time is out of its domain, or the function has no value
   *     for this change
   */
  public static TradeGain of(
      TradeFlow flow, ElasticityFunction function, double baselineDays, double newDays) {
    checkNotNull(flow, "flow");
    return compute(Optional.of(flow), flow.valueUsdPerYear(), function, baselineDays, newDays);
  }

  /**
   * Returns the gain of a flow when it moves from the baseline corridor to a new one, using each
   * corridor's {@link Corridor#totalDays()}.
   *
   * @param flow the flow
   * @param baseline the corridor the flow uses now
   * @param next the new corridor
   * @param function the elasticity
   * @return the gain
   * @throws IllegalArgumentException if a corridor takes no time, or the function has no value for
   *     this change
   */
  public static TradeGain between(
      TradeFlow flow, Corridor baseline, Corridor next, ElasticityFunction function) {
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    return of(flow, function, baseline.totalDays(), next.totalDays());
  }

  /**
   * Returns the gain of a trade value when it moves from the baseline corridor to a new one,
   * using each corridor's {@link Corridor#totalDays()}.
   *
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param baseline the corridor used now
   * @param next the new corridor
   * @param function the elasticity
   * @return the gain
   * @throws IllegalArgumentException if the value is out of its domain, a corridor takes no time,
   *     or the function has no value for this change
   */
  public static TradeGain between(
      double baselineValueUsd, Corridor baseline, Corridor next, ElasticityFunction function) {
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    return of(baselineValueUsd, function, baseline.totalDays(), next.totalDays());
  }

  private static TradeGain compute(
      Optional<TradeFlow> flow,
      double value,
      ElasticityFunction function,
      double baselineDays,
      double newDays) {
    checkNotNull(function, "function");
    Checks.finiteNonNegative(value, "baselineValueUsd");
    double m = function.multiplier(baselineDays, newDays);
    // The same product as in ElasticityFunction.scale: batch and single agree bit for bit.
    double newValue = value * m;
    return new TradeGain(
        flow, value, newValue, newValue - value, m - 1, function, baselineDays, newDays);
  }

  /**
   * Returns the trade multiplier {@code newValueUsd / baselineValueUsd}, i.e. {@code 1 +
   * relativeChange}.
   *
   * @return the multiplier
   */
  public double multiplier() {
    return 1 + relativeChange;
  }

  /** Returns e.g. {@code 1000000.00 -> 1020201.34 USD/yr (+2.02%), 20.00 -> 18.00 d, ...}. */
  @Override
  public String toString() {
    return Checks.fixed(baselineValueUsd, 2)
        + " -> "
        + Checks.fixed(newValueUsd, 2)
        + " USD/yr ("
        + String.format(java.util.Locale.ROOT, "%+.2f%%", 100 * relativeChange)
        + "), "
        + Checks.fixed(baselineDays, 2)
        + " -> "
        + Checks.fixed(newDays, 2)
        + " d, "
        + function
        + flow.map(f -> ", " + f).orElse("");
  }
}
