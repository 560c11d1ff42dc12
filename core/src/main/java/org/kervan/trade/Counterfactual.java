package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.Set;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.TimeComponent;
import org.kervan.elasticity.TransitDays;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;

/**
 * A trade flow observed under one corridor, evaluated under others. The observed state is
 * explicit: a value {@code V} observed under corridor {@code O} (India–EU trade in 2023, with the
 * Red Sea open, moved via Suez) has the value {@code X_S = V * m(O, S)} under any scenario
 * corridor {@code S}, where {@code m(O, S)} is the elasticity's multiplier from {@code O}'s days to
 * {@code S}'s (or, through the trade-cost bridge, {@code (t_S/t_O)^(-theta)}). So "IMEC instead of
 * the Cape" compares {@code X_Cape = V * m(Suez, Cape)} with {@code X_IMEC = V * m(Suez, IMEC)}; it
 * does not apply {@code m(Cape, IMEC)} to {@code V}, which was never observed under the Cape.
 *
 * <p>Every value is evaluated directly from the observed state, never by chaining scenario to
 * scenario, so the value under the observed corridor is {@code V} exactly ({@code m(O, O) = 1}),
 * for every form, and the gain from any scenario back to the observed corridor ends at exactly
 * {@code V}. For the forms whose multiplier depends only on the end points (constant, per-day,
 * compounding and ad valorem tariff equivalent, the bridge) this equals chaining up to rounding;
 * for the linear form, a first-order approximation that does not compose, it is the only
 * consistent reading.
 *
 * <p>Example: India–EU trade of 140 billion USD a year observed under Suez; its value under IMEC
 * instead of the Cape, under the Hummels–Schaur sailing-day elasticity ({@code suez}, {@code cape}
 * and {@code imec} are corridors, e.g. from a {@link org.kervan.routing.Router}):
 *
 * <pre>{@code
 * Counterfactual observed = Counterfactual.observed(140e9, suez);
 * TradeGain gain = observed.gain(cape, imec, Presets.HUMMELS_SCHAUR_2013_AD_VALOREM);
 * System.out.println(gain);                     // baseline X(Cape), new X(IMEC), relative change
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Counterfactual {
  private final double observedValueUsd;
  private final Corridor observedUnder;
  private final TransitDays observedDays;
  private final Optional<TradeFlow> flow;

  private Counterfactual(
      double observedValueUsd, Corridor observedUnder, Optional<TradeFlow> flow) {
    this.observedValueUsd = Checks.finiteNonNegative(observedValueUsd, "observedValueUsd");
    this.observedUnder = checkNotNull(observedUnder, "observedUnder");
    this.observedDays = CorridorDays.of(observedUnder);
    this.flow = flow;
  }

  /**
   * Returns the counterfactual of a value observed under a corridor.
   *
   * @param observedValueUsd the observed value, USD per year, finite and {@code >= 0}
   * @param observedUnder the corridor the flow moved by when it was observed
   * @return the counterfactual
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public static Counterfactual observed(double observedValueUsd, Corridor observedUnder) {
    return new Counterfactual(observedValueUsd, observedUnder, Optional.empty());
  }

  /**
   * Returns the counterfactual of a flow observed under a corridor.
   *
   * @param flow the observed flow
   * @param observedUnder the corridor the flow moved by when it was observed
   * @return the counterfactual
   */
  public static Counterfactual observed(TradeFlow flow, Corridor observedUnder) {
    checkNotNull(flow, "flow");
    return new Counterfactual(flow.valueUsdPerYear(), observedUnder, Optional.of(flow));
  }

  /**
   * Returns the observed value.
   *
   * @return USD per year
   */
  public double observedValueUsd() {
    return observedValueUsd;
  }

  /**
   * Returns the corridor the flow was observed under.
   *
   * @return the corridor
   */
  public Corridor observedUnder() {
    return observedUnder;
  }

  /**
   * Returns the observed flow, if the counterfactual was built from one.
   *
   * @return the flow
   */
  public Optional<TradeFlow> flow() {
    return flow;
  }

  /**
   * Returns the multiplier {@code m(O, S)} from the observed corridor to a scenario under a time
   * elasticity applied to the days of the given components.
   *
   * @param scenario the scenario corridor {@code S}
   * @param function the elasticity
   * @param components the components whose days the function is about, not empty
   * @return the multiplier, exactly 1 for the observed corridor's own days
   * @throws IllegalArgumentException if {@code components} is empty or the function has no value
   *     for these days (a constant elasticity when the observed corridor has none of them)
   */
  public double multiplier(
      Corridor scenario, ElasticityFunction function, Set<TimeComponent> components) {
    checkNotNull(scenario, "scenario");
    checkNotNull(function, "function");
    TradeGain.checkComponents(components);
    return function.multiplier(
        observedDays.days(components), CorridorDays.of(scenario).days(components));
  }

  /**
   * Returns the value under a scenario, {@code V * m(O, S)}, for a time elasticity applied to the
   * days of the given components.
   *
   * @param scenario the scenario corridor
   * @param function the elasticity
   * @param components the components whose days the function is about, not empty
   * @return USD per year; exactly {@link #observedValueUsd()} for the observed corridor
   * @throws IllegalArgumentException as {@link #multiplier(Corridor, ElasticityFunction, Set)}
   */
  public double valueUnder(
      Corridor scenario, ElasticityFunction function, Set<TimeComponent> components) {
    return observedValueUsd * multiplier(scenario, function, components);
  }

  /**
   * Returns the value under a scenario for a preset's central function on the days of the
   * components the preset applies to.
   *
   * @param scenario the scenario corridor
   * @param preset the elasticity
   * @return USD per year
   * @throws IllegalArgumentException if the preset applies to no time component or has no value
   *     for these days
   */
  public double valueUnder(Corridor scenario, Preset<? extends ElasticityFunction> preset) {
    checkNotNull(preset, "preset");
    return valueUnder(scenario, preset.central(), TradeGain.timeComponents(preset));
  }

  /**
   * Returns the gain of moving from scenario {@code from} to scenario {@code to}, both evaluated
   * from the observed state: {@code baselineValueUsd = V * m(O, from)}, {@code newValueUsd = V *
   * m(O, to)}, {@code relativeChange = m(O, to) / m(O, from) - 1}; the gain's days are those of
   * {@code from} and {@code to}.
   *
   * @param from the scenario the gain starts from (the observed corridor for "instead of today")
   * @param to the scenario it ends at
   * @param function the elasticity
   * @param components the components whose days the function is about, not empty
   * @return the gain
   * @throws IllegalArgumentException if the function has no value for these days, or the value
   *     under {@code from} is zero while the flow is not (a relative change is then undefined)
   */
  public TradeGain gain(
      Corridor from,
      Corridor to,
      ElasticityFunction function,
      Set<TimeComponent> components) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(function, "function");
    TradeGain.checkComponents(components);
    double x = observedDays.days(components);
    double x0 = CorridorDays.of(from).days(components);
    double x1 = CorridorDays.of(to).days(components);
    double m0 = function.multiplier(x, x0);
    double m1 = function.multiplier(x, x1);
    if (!(m0 > 0)) {
      throw new IllegalArgumentException(
          "multiplier to 'from' must be > 0 for a relative change, was " + Checks.format(m0));
    }
    double v0 = observedValueUsd * m0;
    double v1 = observedValueUsd * m1;
    return new TradeGain(
        Optional.empty(),
        v0,
        v1,
        v1 - v0,
        m1 / m0 - 1,
        function,
        x0,
        x1,
        components);
  }

  /**
   * Returns the gain of moving from {@code from} to {@code to} under a preset's central function,
   * on the days of the components the preset applies to.
   *
   * @param from the scenario the gain starts from
   * @param to the scenario it ends at
   * @param preset the elasticity
   * @return the gain
   * @throws IllegalArgumentException as {@link #gain(Corridor, Corridor, ElasticityFunction,
   *     Set)}, or if the preset applies to no time component
   */
  public TradeGain gain(Corridor from, Corridor to, Preset<? extends ElasticityFunction> preset) {
    checkNotNull(preset, "preset");
    return gain(from, to, preset.central(), TradeGain.timeComponents(preset));
  }

  /**
   * Returns the trade-cost change from the observed corridor to a scenario for a commodity,
   * counting every day ({@link TradeCostChange#between(Commodity, Corridor, Corridor)}).
   *
   * @param scenario the scenario corridor
   * @param commodity the goods
   * @return the change
   */
  public TradeCostChange costChange(Corridor scenario, Commodity commodity) {
    return TradeCostChange.between(commodity, observedUnder, scenario);
  }

  /**
   * Returns the value under a scenario through the trade-cost bridge: {@code V * (t_S /
   * t_O)^eps_t}, every day counted, no other ad valorem costs.
   *
   * @param scenario the scenario corridor
   * @param commodity the goods
   * @param elasticity the trade-cost elasticity ({@code eps_t = -theta})
   * @return USD per year; exactly {@link #observedValueUsd()} for the observed corridor
   * @throws IllegalArgumentException if the multiplier overflows
   */
  public double valueUnder(Corridor scenario, Commodity commodity, CostElasticity elasticity) {
    return observedValueUsd * costChange(scenario, commodity).multiplier(elasticity);
  }

  /** Returns e.g. {@code observed 134.1e9 USD/yr under INNSA→GRPIR 10.49 d}. */
  @Override
  public String toString() {
    return "observed "
        + Checks.format(observedValueUsd)
        + " USD/yr under "
        + observedUnder.origin().id()
        + "→"
        + observedUnder.destination().id()
        + " "
        + Checks.fixed(observedUnder.totalDays(), 2)
        + " d"
        + flow.map(f -> " (" + f + ")").orElse("");
  }
}
