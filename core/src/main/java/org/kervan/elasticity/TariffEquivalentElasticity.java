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
 *       computed as {@code exp(-theta*(x1-x0)*log1p(tau))}; defined for every change, and
 *       reversing a change inverts the multiplier;
 *   <li>{@link Form#TARIFF_EQUIVALENT_ADDITIVE}: {@code X1/X0 = (1+tau*(x1-x0))^(-theta)}; its
 *       domain is {@code 1+tau*(x1-x0) > 0}, so a time saving of {@code 1/tau} days or more has
 *       no value and throws.
 * </ul>
 *
 * <p>Published values: {@code tau} 0.6–2.1% per day (Hummels &amp; Schaur 2013), 0.8% per day for
 * manufactures (Hummels 2001); {@code theta ≈ 4} (Simonovska &amp; Waugh 2014, JIE 92) to {@code ≈
 * 5} (product-level tariff elasticities). See {@link Presets}.
 *
 * @param tauPerDay the ad-valorem tariff equivalent of one day, a fraction ({@code 0.006} for
 *     0.6%), finite and {@code >= 0}
 * @param theta the trade elasticity (positive; trade falls as {@code cost^-theta}), finite and
 *     {@code > 0}
 * @param form {@link Form#TARIFF_EQUIVALENT_COMPOUNDING} or {@link
 *     Form#TARIFF_EQUIVALENT_ADDITIVE}
 * @param citation where the parameters come from
 * @param calibratedFrom the claim {@code tau} was calibrated from, if any
 *     <p>This record is immutable and thread-safe.
 */
public record TariffEquivalentElasticity(
    double tauPerDay, double theta, Form form, Citation citation, Optional<Claim> calibratedFrom)
    implements ElasticityFunction {

  /**
   * Validates the components.
   *
   * @param tauPerDay the ad-valorem tariff equivalent of one day, a fraction ({@code 0.006} for
   *     0.6%), finite and {@code >= 0}
   * @param theta the trade elasticity (positive; trade falls as {@code cost^-theta}), finite and
   *     {@code > 0}
   * @param form {@link Form#TARIFF_EQUIVALENT_COMPOUNDING} or {@link
   *     Form#TARIFF_EQUIVALENT_ADDITIVE}
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
    if (form != Form.TARIFF_EQUIVALENT_COMPOUNDING && form != Form.TARIFF_EQUIVALENT_ADDITIVE) {
      throw new IllegalArgumentException(
          "form must be TARIFF_EQUIVALENT_COMPOUNDING or TARIFF_EQUIVALENT_ADDITIVE, was " + form);
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
        tauPerDay, theta, Form.TARIFF_EQUIVALENT_COMPOUNDING, citation, Optional.empty());
  }

  /**
   * Returns the additive variant, {@code (1+tau*(x1-x0))^(-theta)}, defined while {@code
   * 1+tau*(x1-x0) > 0}.
   *
   * @param tauPerDay the tariff equivalent of one day, a fraction, finite and {@code >= 0}
   * @param theta the trade elasticity, finite and {@code > 0}
   * @param citation where the parameters come from
   * @return the function
   * @throws IllegalArgumentException if a parameter is out of its domain
   */
  public static TariffEquivalentElasticity additive(
      double tauPerDay, double theta, Citation citation) {
    return new TariffEquivalentElasticity(
        tauPerDay, theta, Form.TARIFF_EQUIVALENT_ADDITIVE, citation, Optional.empty());
  }

  /**
   * Returns the ad-valorem tariff equivalent of a change in days under this variant: {@code
   * (1+tau)^(x1-x0) - 1} (compounding) or {@code tau*(x1-x0)} (additive).
   *
   * @param dayChange {@code x1 - x0}, days, finite
   * @return the tariff equivalent as a fraction ({@code 0.021} for 2.1%)
   * @throws IllegalArgumentException if {@code dayChange} is NaN or infinite
   */
  public double tariffEquivalent(double dayChange) {
    Checks.finite(dayChange, "dayChange");
    return form == Form.TARIFF_EQUIVALENT_COMPOUNDING
        ? Math.expm1(dayChange * Math.log1p(tauPerDay))
        : tauPerDay * dayChange;
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code exp(-theta*(x1-x0)*log1p(tau))} (compounding) or {@code (1+tau*(x1-x0))^(-theta)}
   * (additive).
   *
   * @throws IllegalArgumentException also if, in the additive variant, {@code 1+tau*(x1-x0) <= 0}
   */
  @Override
  public double multiplier(double baselineDays, double newDays) {
    Args.checkDays(baselineDays, newDays);
    return form == Form.TARIFF_EQUIVALENT_COMPOUNDING
        ? compoundingKernel(Math.log1p(tauPerDay), theta, baselineDays, newDays)
        : additiveKernel(tauPerDay, theta, baselineDays, newDays);
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
        Args.checkElement(values[i], baselineDays[i], newDays[i], i);
        out[i] = values[i] * compoundingKernel(logOnePlusTau, th, baselineDays[i], newDays[i]);
      }
    } else {
      for (int i = from; i < to; i++) {
        Args.checkElement(values[i], baselineDays[i], newDays[i], i);
        out[i] = values[i] * additiveKernel(tau, th, baselineDays[i], newDays[i]);
      }
    }
  }

  private static double compoundingKernel(
      double logOnePlusTau, double theta, double x0, double x1) {
    double m = Math.exp(-theta * (x1 - x0) * logOnePlusTau);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(Form.TARIFF_EQUIVALENT_COMPOUNDING, x0, x1);
    }
    return m;
  }

  private static double additiveKernel(double tau, double theta, double x0, double x1) {
    double base = 1 + tau * (x1 - x0);
    if (!(base > 0)) {
      throw outsideDomain(tau, x0, x1, base);
    }
    double m = Math.pow(base, -theta);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(Form.TARIFF_EQUIVALENT_ADDITIVE, x0, x1);
    }
    return m;
  }

  private static IllegalArgumentException outsideDomain(
      double tau, double x0, double x1, double base) {
    return new IllegalArgumentException(
        "1+tau*(x1-x0) must be > 0 in the additive tariff-equivalent form, was "
            + Args.fmt(base)
            + " for tauPerDay="
            + Args.fmt(tau)
            + " from baselineDays="
            + Args.fmt(x0)
            + " to newDays="
            + Args.fmt(x1));
  }

  /**
   * Returns e.g. {@code tau=0.0060/day theta=4.00}.
   *
   * @return the parameters
   */
  @Override
  public String parameters() {
    return "tau=" + Checks.fixed(tauPerDay, 4) + "/day theta=" + Checks.fixed(theta, 2);
  }

  /** Returns e.g. {@code tariff equivalent, compounding tau=0.0060/day theta=4.00 (...)}. */
  @Override
  public String toString() {
    return form.title() + " " + parameters() + " (" + citation.shortForm() + ")";
  }
}
