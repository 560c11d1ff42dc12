package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Set;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.TimeComponent;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;

/**
 * The trade-cost bridge: the change in the ad valorem trade cost of a commodity when it moves from
 * corridor A to corridor B, from both corridors' freight cost and days (de Soyres, Mulabdic,
 * Murray, Rocha &amp; Ruta 2020, Fed IFDP 1274; Hummels &amp; Schaur 2013):
 *
 * <pre>
 *   t_A = 1 + a + f_A / v + tau * d_A        t_B = 1 + a + f_B / v + tau * d_B
 *   deltaLnTradeCost = ln(t_B / t_A)
 * </pre>
 *
 * with {@code f} the corridor's {@link Corridor#totalCostUsd() cost per TEU}, {@code v} the
 * commodity's {@link Commodity#valueUsdPerTeu() value per TEU}, {@code tau} its {@link
 * Commodity#timeCostPerDay() daily time cost}, {@code d} the days of the chosen {@link
 * TimeComponent components} (all of them by default: the shipment's door-to-door time, as de
 * Soyres et al. use it) and {@code a} other ad valorem costs (0 by default). The trade response
 * under a trade elasticity {@code theta} is {@code X_B/X_A = (t_B/t_A)^(-theta)} ({@link
 * #multiplier}); {@code deltaLnTradeCost} is what a general-equilibrium gravity counterfactual
 * takes per country pair.
 *
 * @param commodity the goods
 * @param freightBaselineUsd {@code f_A}, USD per TEU, finite and {@code >= 0}
 * @param daysBaseline {@code d_A}, days, finite and {@code >= 0}
 * @param freightNewUsd {@code f_B}, USD per TEU, finite and {@code >= 0}
 * @param daysNew {@code d_B}, days, finite and {@code >= 0}
 * @param otherAdValorem {@code a}, a fraction, finite and {@code >= 0}
 * @param components the components whose days are {@code d}
 * @param baselineFactor {@code t_A}
 * @param newFactor {@code t_B}
 * @param deltaLnTradeCost {@code ln(t_B / t_A)}
 *     <p>This record is immutable and thread-safe.
 */
public record TradeCostChange(
    Commodity commodity,
    double freightBaselineUsd,
    double daysBaseline,
    double freightNewUsd,
    double daysNew,
    double otherAdValorem,
    Set<TimeComponent> components,
    double baselineFactor,
    double newFactor,
    double deltaLnTradeCost) {

  /**
   * Validates the components and that the factors follow from them.
   *
   * @param commodity the goods
   * @param freightBaselineUsd {@code f_A}, USD per TEU, finite and {@code >= 0}
   * @param daysBaseline {@code d_A}, days, finite and {@code >= 0}
   * @param freightNewUsd {@code f_B}, USD per TEU, finite and {@code >= 0}
   * @param daysNew {@code d_B}, days, finite and {@code >= 0}
   * @param otherAdValorem {@code a}, a fraction, finite and {@code >= 0}
   * @param components the components whose days are {@code d}, not empty
   * @param baselineFactor {@code t_A}, as {@link Commodity#tradeCostFactor} gives it
   * @param newFactor {@code t_B}, likewise
   * @param deltaLnTradeCost {@code Math.log(newFactor / baselineFactor)}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a number breaks its rule or does not follow from the
   *     others
   */
  public TradeCostChange {
    checkNotNull(commodity, "commodity");
    TradeGain.checkComponents(components);
    components = Sets.immutableEnumSet(components);
    double t0 = commodity.tradeCostFactor(freightBaselineUsd, daysBaseline, otherAdValorem);
    double t1 = commodity.tradeCostFactor(freightNewUsd, daysNew, otherAdValorem);
    if (!(baselineFactor == t0)) {
      throw new IllegalArgumentException(
          "baselineFactor must be 1 + a + f/v + tau*d = " + Checks.format(t0) + ", was "
              + Checks.format(baselineFactor));
    }
    if (!(newFactor == t1)) {
      throw new IllegalArgumentException(
          "newFactor must be 1 + a + f/v + tau*d = " + Checks.format(t1) + ", was "
              + Checks.format(newFactor));
    }
    if (!(deltaLnTradeCost == Math.log(t1 / t0))) {
      throw new IllegalArgumentException(
          "deltaLnTradeCost must be ln(newFactor / baselineFactor) = "
              + Checks.format(Math.log(t1 / t0))
              + ", was "
              + Checks.format(deltaLnTradeCost));
    }
  }

  /**
   * Returns the change of trade cost when the commodity moves from corridor {@code baseline} to
   * {@code next}, counting every day of both and no other ad valorem costs.
   *
   * @param commodity the goods
   * @param baseline corridor A
   * @param next corridor B
   * @return the change
   */
  public static TradeCostChange between(Commodity commodity, Corridor baseline, Corridor next) {
    return between(commodity, baseline, next, TimeComponent.all(), 0);
  }

  /**
   * Returns the change of trade cost when the commodity moves from corridor {@code baseline} to
   * {@code next}.
   *
   * @param commodity the goods
   * @param baseline corridor A
   * @param next corridor B
   * @param components the components whose days cost time, not empty
   * @param otherAdValorem other ad valorem costs {@code a}, a fraction, finite and {@code >= 0}
   * @return the change
   * @throws IllegalArgumentException if {@code components} is empty or {@code otherAdValorem} is
   *     out of its domain
   */
  public static TradeCostChange between(
      Commodity commodity,
      Corridor baseline,
      Corridor next,
      Set<TimeComponent> components,
      double otherAdValorem) {
    checkNotNull(commodity, "commodity");
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    TradeGain.checkComponents(components);
    return of(
        commodity,
        baseline.totalCostUsd(),
        CorridorDays.of(baseline).days(components),
        next.totalCostUsd(),
        CorridorDays.of(next).days(components),
        components,
        otherAdValorem);
  }

  /**
   * Returns the change of trade cost for given freight costs and days.
   *
   * @param commodity the goods
   * @param freightBaselineUsd {@code f_A}, USD per TEU, finite and {@code >= 0}
   * @param daysBaseline {@code d_A}, days, finite and {@code >= 0}
   * @param freightNewUsd {@code f_B}, USD per TEU, finite and {@code >= 0}
   * @param daysNew {@code d_B}, days, finite and {@code >= 0}
   * @param components the components the days are of, not empty
   * @param otherAdValorem {@code a}, a fraction, finite and {@code >= 0}
   * @return the change
   * @throws IllegalArgumentException if a number breaks its rule
   */
  public static TradeCostChange of(
      Commodity commodity,
      double freightBaselineUsd,
      double daysBaseline,
      double freightNewUsd,
      double daysNew,
      Set<TimeComponent> components,
      double otherAdValorem) {
    checkNotNull(commodity, "commodity");
    Checks.finiteNonNegative(freightBaselineUsd, "freightBaselineUsd");
    Checks.finiteNonNegative(daysBaseline, "daysBaseline");
    Checks.finiteNonNegative(freightNewUsd, "freightNewUsd");
    Checks.finiteNonNegative(daysNew, "daysNew");
    double t0 = commodity.tradeCostFactor(freightBaselineUsd, daysBaseline, otherAdValorem);
    double t1 = commodity.tradeCostFactor(freightNewUsd, daysNew, otherAdValorem);
    return new TradeCostChange(
        commodity,
        freightBaselineUsd,
        daysBaseline,
        freightNewUsd,
        daysNew,
        otherAdValorem,
        components,
        t0,
        t1,
        Math.log(t1 / t0));
  }

  /**
   * Returns the trade multiplier under a trade elasticity: {@code (t_B/t_A)^eps_t}, with {@code
   * eps_t = -theta}.
   *
   * @param elasticity the trade-cost elasticity, e.g. {@code
   *     Presets.SIMONOVSKA_WAUGH_2014_TRADE.central()}
   * @return the multiplier, finite and {@code >= 0}
   * @throws IllegalArgumentException if the multiplier overflows
   */
  public double multiplier(CostElasticity elasticity) {
    checkNotNull(elasticity, "elasticity");
    return elasticity.multiplier(baselineFactor, newFactor);
  }

  /**
   * Returns the part of {@link #deltaLnTradeCost()} due to freight alone, {@code ln((1 + a + f_B/v
   * + tau*d_A) / t_A)}: what the change would be if only the cost per TEU changed.
   *
   * @return the freight part of the change in log trade cost
   */
  public double freightPart() {
    double t = commodity.tradeCostFactor(freightNewUsd, daysBaseline, otherAdValorem);
    return Math.log(t / baselineFactor);
  }

  /** Returns e.g. {@code manufactures: f 476 -> 1420 USD/TEU, d 12.79 -> 13.28 d, dln t +0.0180}. */
  @Override
  public String toString() {
    return commodity.name()
        + ": f "
        + Checks.fixed(freightBaselineUsd, 0)
        + " -> "
        + Checks.fixed(freightNewUsd, 0)
        + " USD/TEU, d "
        + Checks.fixed(daysBaseline, 2)
        + " -> "
        + Checks.fixed(daysNew, 2)
        + " d, dln t "
        + String.format(java.util.Locale.ROOT, "%+.4f", deltaLnTradeCost);
  }
}
