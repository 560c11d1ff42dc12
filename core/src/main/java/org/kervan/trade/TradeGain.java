package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.TimeComponent;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;

/**
 * The result of applying an elasticity to a trade value whose transit time changes: {@code
 * newValueUsd = baselineValueUsd * m} with {@code m = function.multiplier(baselineDays, newDays)},
 * {@code absoluteChangeUsd = newValueUsd - baselineValueUsd}, {@code relativeChange = m - 1}.
 *
 * <p>The same product is what {@link TradeGainBatch} computes per element, bit for bit. A gain
 * from a {@link Counterfactual} evaluates both values from the observed state instead: {@code
 * baselineValueUsd = V * m(observed, baseline)} and {@code newValueUsd = V * m(observed, new)},
 * with {@code relativeChange = newValueUsd / baselineValueUsd - 1} computed from the two
 * multipliers.
 *
 * <p>The days are those of the {@link TimeComponent time components} the elasticity applies to
 * ({@link #components()}): sailing days for Hummels &amp; Schaur, land days for Freund &amp; Rocha.
 *
 * @param flow the flow, if the gain was computed for one; its value is {@code baselineValueUsd}
 * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
 * @param newValueUsd the value after the change, USD per year, finite and {@code >= 0}
 * @param absoluteChangeUsd {@code newValueUsd - baselineValueUsd}, USD per year
 * @param relativeChange {@code m - 1}, the fractional change ({@code 0.02} for +2%), {@code >=
 *     -1}; defined even for a zero baseline
 * @param function the elasticity used, naming its form and citation
 * @param baselineDays the baseline days of the components, finite and {@code >= 0}
 * @param newDays the new days of the components, finite and {@code >= 0}
 * @param components the time components whose days these are; every component when the caller
 *     gave the days directly
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
    double newDays,
    Set<TimeComponent> components) {

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
   * @param baselineDays the baseline days of the components, finite and {@code >= 0}
   * @param newDays the new days of the components, finite and {@code >= 0}
   * @param components the time components whose days these are
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
    components = Sets.immutableEnumSet(checkNotNull(components, "components"));
    Checks.finiteNonNegative(baselineDays, "baselineDays");
    Checks.finiteNonNegative(newDays, "newDays");
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
   * {@code newDays}, days the caller has chosen ({@link #components()} lists every component).
   *
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param function the elasticity
   * @param baselineDays the baseline transit time, days, finite and {@code >= 0} ({@code > 0} for
   *     the constant and linear forms)
   * @param newDays the new transit time, days, finite and {@code >= 0}
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
   * @param baselineDays the baseline transit time, days, finite and {@code >= 0} ({@code > 0} for
   *     the constant and linear forms)
   * @param newDays the new transit time, days, finite and {@code >= 0}
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
   * Returns the gain of a trade value when it moves from the baseline corridor to a new one, under
   * a preset's central function applied to the days of the components the preset {@link
   * Preset#appliesTo() applies to}. The baseline value is the value under {@code baseline}; to
   * start from a value observed under a third corridor use {@link Counterfactual}.
   *
   * @param baselineValueUsd the value under {@code baseline}, USD per year, finite and {@code >=
   *     0}
   * @param baseline the corridor used now
   * @param next the new corridor
   * @param preset the elasticity, with the components it applies to
   * @return the gain
   * @throws IllegalArgumentException if the value is out of its domain, the preset applies to no
   *     time component, or the function has no value for these days
   */
  public static TradeGain between(
      double baselineValueUsd,
      Corridor baseline,
      Corridor next,
      Preset<? extends ElasticityFunction> preset) {
    checkNotNull(preset, "preset");
    return between(baselineValueUsd, baseline, next, preset.central(), timeComponents(preset));
  }

  /**
   * Returns the gain of a trade value when it moves from the baseline corridor to a new one, with
   * the function applied to the days of the given components.
   *
   * @param baselineValueUsd the value under {@code baseline}, USD per year, finite and {@code >=
   *     0}
   * @param baseline the corridor used now
   * @param next the new corridor
   * @param function the elasticity
   * @param components the time components whose days the function is about, not empty
   * @return the gain
   * @throws IllegalArgumentException if the value is out of its domain, {@code components} is
   *     empty, or the function has no value for these days
   */
  public static TradeGain between(
      double baselineValueUsd,
      Corridor baseline,
      Corridor next,
      ElasticityFunction function,
      Set<TimeComponent> components) {
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    checkNotNull(function, "function");
    checkComponents(components);
    double x0 = CorridorDays.of(baseline).days(components);
    double x1 = CorridorDays.of(next).days(components);
    Checks.finiteNonNegative(baselineValueUsd, "baselineValueUsd");
    double m = function.multiplier(x0, x1);
    double newValue = baselineValueUsd * m;
    return new TradeGain(
        Optional.empty(),
        baselineValueUsd,
        newValue,
        newValue - baselineValueUsd,
        m - 1,
        function,
        x0,
        x1,
        components);
  }

  static Set<TimeComponent> timeComponents(Preset<?> preset) {
    Set<TimeComponent> c = preset.appliesTo();
    if (c.isEmpty()) {
      throw new IllegalArgumentException(
          "preset must apply to at least one time component, was " + preset.name());
    }
    return c;
  }

  static void checkComponents(Set<TimeComponent> components) {
    checkNotNull(components, "components");
    if (components.isEmpty()) {
      throw new IllegalArgumentException("components must not be empty, was []");
    }
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
        flow,
        value,
        newValue,
        newValue - value,
        m - 1,
        function,
        baselineDays,
        newDays,
        TimeComponent.all());
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
