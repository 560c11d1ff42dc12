package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.kervan.internal.Checks;

/**
 * A per-day ad-valorem tariff equivalent of transit time times a trade elasticity (Hummels &amp;
 * Schaur 2013, AER 103(7)): each day costs {@code tau} ad valorem, and trade responds to the
 * trade-cost factor with elasticity {@code -theta}. Two variants are named by their {@link Form}:
 *
 * <ul>
 *   <li>{@link Form#TARIFF_EQUIVALENT_COMPOUNDING}: {@code X1/X0 = ((1+tau)^(x1-x0))^(-theta)},
 *       computed as {@code exp(-theta*(x1-x0)*log1p(tau))};
 *   <li>{@link Form#TARIFF_EQUIVALENT_AD_VALOREM}: the trade-cost factor is {@code t(x) = 1 + a +
 *       tau*x}, with {@code a} the other ad valorem trade costs (freight, tariffs; 0 by default),
 *       and {@code X1/X0 = (t(x1)/t(x0))^(-theta) = ((1+a+tau*x1)/(1+a+tau*x0))^(-theta)}. This is
 *       how Hummels &amp; Schaur (2013, section V) and de Soyres et al. (2020) turn days into trade
 *       costs: the baseline's own time cost is in the denominator, so the multiplier depends on
 *       the level of days and not only on their difference.
 * </ul>
 *
 * <p>Both are defined for every change and both invert: going {@code x0 -> x1 -> x0} multiplies
 * by 1 up to rounding (a few ulps). The earlier additive reading {@code (1+tau*(x1-x0))^(-theta)}
 * ignored the baseline's time cost, did not invert and had no value for large savings; it is no
 * longer offered.
 *
 * <p>Apply either to the days the estimate is about: Hummels &amp; Schaur value days in ocean
 * transit ({@link TimeComponent#SAILING}); see {@link Preset#appliesTo()}.
 *
 * <p>Published values: {@code tau} 0.6–2.1% per day (Hummels &amp; Schaur 2013), 0.8% per day for
 * manufactures (Hummels 2001); {@code theta ≈ 4} (Simonovska &amp; Waugh 2014, JIE 92) to {@code ≈
 * 5} (product-level tariff elasticities). See {@link Presets}.
 *
 * @param tauPerDay the ad-valorem tariff equivalent of one day, a fraction ({@code 0.006} for
 *     0.6%), finite and {@code >= 0}
 * @param theta the trade elasticity (positive; trade falls as {@code cost^-theta}), finite and
 *     {@code > 0}
 * @param otherAdValorem {@code a}, the other ad valorem trade costs as a fraction, finite and
 *     {@code >= 0}; must be 0 in the compounding form, where it has no role
 * @param form {@link Form#TARIFF_EQUIVALENT_COMPOUNDING} or {@link
 *     Form#TARIFF_EQUIVALENT_AD_VALOREM}
 * @param citation where the parameters come from
 * @param calibratedFrom the claim {@code tau} was calibrated from, if any
 *     <p>This record is immutable and thread-safe.
 */
public record TariffEquivalentElasticity(
    double tauPerDay,
    double theta,
    double otherAdValorem,
    Form form,
    Citation citation,
    Optional<Claim> calibratedFrom)
    implements ElasticityFunction {

  /**
   * Validates the components.
   *
   * @param tauPerDay the ad-valorem tariff equivalent of one day, a fraction ({@code 0.006} for
   *     0.6%), finite and {@code >= 0}
   * @param theta the trade elasticity (positive; trade falls as {@code cost^-theta}), finite and
   *     {@code > 0}
   * @param otherAdValorem {@code a}, the other ad valorem trade costs as a fraction, finite and
   *     {@code >= 0}; 0 in the compounding form
   * @param form {@link Form#TARIFF_EQUIVALENT_COMPOUNDING} or {@link
   *     Form#TARIFF_EQUIVALENT_AD_VALOREM}
   * @param citation where the parameters come from
   * @param calibratedFrom the claim {@code tau} was calibrated from, if any
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a parameter is out of its domain or {@code form} is not a
   *     tariff-equivalent form
   */
  public TariffEquivalentElasticity {
    checkNotNull(form, "form");
    checkNotNull(citation, "citation");
    checkNotNull(calibratedFrom, "calibratedFrom");
    Checks.finiteNonNegative(tauPerDay, "tauPerDay");
    Checks.finitePositive(theta, "theta");
    Checks.finiteNonNegative(otherAdValorem, "otherAdValorem");
    if (form != Form.TARIFF_EQUIVALENT_COMPOUNDING && form != Form.TARIFF_EQUIVALENT_AD_VALOREM) {
      throw new IllegalArgumentException(
          "form must be TARIFF_EQUIVALENT_COMPOUNDING or TARIFF_EQUIVALENT_AD_VALOREM, was " + form);
    }
    if (form == Form.TARIFF_EQUIVALENT_COMPOUNDING && !(otherAdValorem == 0)) {
      throw new IllegalArgumentException(
          "otherAdValorem must be 0 in the compounding form, was "
              + Checks.format(otherAdValorem));
    }
  }

  /**
   * Returns the compounding variant, {@code ((1+tau)^(x1-x0))^(-theta)}.
   *
   * @param tauPerDay the tariff equivalent of one day, a fraction, finite and {@code >= 0}
   * @param theta the trade elasticity, finite and {@code > 0}
   * @param citation where the parameters come from
   * @return the function
   * @throws IllegalArgumentException if a parameter is out of its domain
   */
  public static TariffEquivalentElasticity compounding(
      double tauPerDay, double theta, Citation citation) {
    return new TariffEquivalentElasticity(
        tauPerDay, theta, 0, Form.TARIFF_EQUIVALENT_COMPOUNDING, citation, Optional.empty());
  }

  /**
   * Returns the ad valorem variant with no other trade costs, {@code
   * ((1+tau*x1)/(1+tau*x0))^(-theta)}.
   *
   * @param tauPerDay the tariff equivalent of one day, a fraction, finite and {@code >= 0}
   * @param theta the trade elasticity, finite and {@code > 0}
   * @param citation where the parameters come from
   * @return the function
   * @throws IllegalArgumentException if a parameter is out of its domain
   */
  public static TariffEquivalentElasticity adValorem(
      double tauPerDay, double theta, Citation citation) {
    return adValorem(tauPerDay, theta, 0, citation);
  }

  /**
   * Returns the ad valorem variant, {@code ((1+a+tau*x1)/(1+a+tau*x0))^(-theta)}.
   *
   * @param tauPerDay the tariff equivalent of one day, a fraction, finite and {@code >= 0}
   * @param theta the trade elasticity, finite and {@code > 0}
   * @param otherAdValorem {@code a}, the other ad valorem trade costs, a fraction, finite and
   *     {@code >= 0}
   * @param citation where the parameters come from
   * @return the function
   * @throws IllegalArgumentException if a parameter is out of its domain
   */
  public static TariffEquivalentElasticity adValorem(
      double tauPerDay, double theta, double otherAdValorem, Citation citation) {
    return new TariffEquivalentElasticity(
        tauPerDay,
        theta,
        otherAdValorem,
        Form.TARIFF_EQUIVALENT_AD_VALOREM,
        citation,
        Optional.empty());
  }

  /**
   * Returns a copy with other ad valorem trade costs {@code a}; only the ad valorem form has them.
   *
   * @param otherAdValorem {@code a}, a fraction, finite and {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the value is out of its domain, or this is the compounding
   *     form and the value is not 0
   */
  public TariffEquivalentElasticity withOtherAdValorem(double otherAdValorem) {
    return new TariffEquivalentElasticity(
        tauPerDay, theta, otherAdValorem, form, citation, calibratedFrom);
  }

  /**
   * Returns the ad-valorem tariff equivalent of a change in days under this variant: {@code
   * (1+tau)^(x1-x0) - 1} (compounding) or {@code tau*(x1-x0)/(1+a)} (ad valorem: the change of
   * the trade-cost factor relative to a factor {@code 1+a} without time costs).
   *
   * @param dayChange {@code x1 - x0}, days, finite
   * @return the tariff equivalent as a fraction ({@code 0.021} for 2.1%)
   * @throws IllegalArgumentException if {@code dayChange} is NaN or infinite
   */
  public double tariffEquivalent(double dayChange) {
    Checks.finite(dayChange, "dayChange");
    return form == Form.TARIFF_EQUIVALENT_COMPOUNDING
        ? Math.expm1(dayChange * Math.log1p(tauPerDay))
        : tauPerDay * dayChange / (1 + otherAdValorem);
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code exp(-theta*(x1-x0)*log1p(tau))} (compounding) or {@code
   * ((1+a+tau*x1)/(1+a+tau*x0))^(-theta)} (ad valorem). Days may be zero in both.
   */
  @Override
  public double multiplier(double baselineDays, double newDays) {
    Args.checkDaysNonNegative(baselineDays, newDays);
    return form == Form.TARIFF_EQUIVALENT_COMPOUNDING
        ? compoundingKernel(Math.log1p(tauPerDay), theta, baselineDays, newDays)
        : adValoremKernel(1 + otherAdValorem, tauPerDay, theta, baselineDays, newDays);
  }

  @Override
  public void scale(
      double[] values, double[] baselineDays, double[] newDays, double[] out, int from, int to) {
    Args.checkBulk(values, baselineDays, newDays, out, from, to);
    double tau = tauPerDay;
    double th = theta;
    // One loop per variant, so the choice of kernel is made once per call, not per element.
    if (form == Form.TARIFF_EQUIVALENT_COMPOUNDING) {
      // log1p(tau) once per call: the same double the single-flow path computes, so results
      // stay bit for bit equal, without a logarithm per element.
      double logOnePlusTau = Math.log1p(tau);
      for (int i = from; i < to; i++) {
        Args.checkElementNonNegative(values[i], baselineDays[i], newDays[i], i);
        out[i] = values[i] * compoundingKernel(logOnePlusTau, th, baselineDays[i], newDays[i]);
      }
    } else {
      double onePlusA = 1 + otherAdValorem;
      for (int i = from; i < to; i++) {
        Args.checkElementNonNegative(values[i], baselineDays[i], newDays[i], i);
        out[i] = values[i] * adValoremKernel(onePlusA, tau, th, baselineDays[i], newDays[i]);
      }
    }
  }

  /** The checked compounding multiplier without building a function: the Monte Carlo path. */
  static double compoundingMultiplierOf(double tau, double theta, double x0, double x1) {
    Args.checkDaysNonNegative(x0, x1);
    return compoundingKernel(Math.log1p(tau), theta, x0, x1);
  }

  /** The checked ad valorem multiplier ({@code a = 0}) without building a function. */
  static double adValoremMultiplierOf(double tau, double theta, double x0, double x1) {
    Args.checkDaysNonNegative(x0, x1);
    // 1.0 is the double the object path computes as 1 + otherAdValorem with a = 0.
    return adValoremKernel(1.0, tau, theta, x0, x1);
  }

  private static double compoundingKernel(
      double logOnePlusTau, double theta, double x0, double x1) {
    double m = Math.exp(-theta * (x1 - x0) * logOnePlusTau);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(Form.TARIFF_EQUIVALENT_COMPOUNDING, x0, x1);
    }
    return m;
  }

  private static double adValoremKernel(
      double onePlusA, double tau, double theta, double x0, double x1) {
    // Both factors are >= 1 since a, tau and the days are >= 0: the ratio is always defined.
    double m = Math.pow((onePlusA + tau * x1) / (onePlusA + tau * x0), -theta);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(Form.TARIFF_EQUIVALENT_AD_VALOREM, x0, x1);
    }
    return m;
  }

  /**
   * Returns e.g. {@code tau=0.0060/day theta=4.00}, with {@code a=...} when other ad valorem costs are set.
   *
   * @return the parameters
   */
  @Override
  public String parameters() {
    return "tau="
        + Checks.fixed(tauPerDay, 4)
        + "/day theta="
        + Checks.fixed(theta, 2)
        + (otherAdValorem == 0 ? "" : " a=" + Checks.fixed(otherAdValorem, 4));
  }

  /** Returns e.g. {@code tariff equivalent, compounding tau=0.0060/day theta=4.00 (...)}. */
  @Override
  public String toString() {
    return form.title() + " " + parameters() + " (" + citation.shortForm() + ")";
  }
}
