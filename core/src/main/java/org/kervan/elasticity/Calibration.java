package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.kervan.internal.Checks;

/**
 * Fits an elasticity function of a chosen form to one published or asserted point, a {@link
 * Claim} such as "10% less time gives 20% more trade". The calibrated function remembers the claim
 * ({@link ElasticityFunction#calibratedFrom()}) and cites its source ({@link
 * Citation#unpublished}).
 *
 * <p>Every built-in form has a closed form, given below with each method; {@link #solve} finds
 * the parameter of any other one-parameter family numerically (commons-math3 {@link
 * BrentSolver}). With {@code g} the claim's trade change, {@code r} its time change and {@code Δ =
 * x0*r} its change in days:
 *
 * <ul>
 *   <li>constant: {@code eps = ln(1+g) / ln(1+r)}; "-10% gives +20%" gives {@code eps = ln 1.2 /
 *       ln 0.9 = -1.7305};
 *   <li>linear: {@code eps = g / r}, {@code -2} for the same claim;
 *   <li>per-day: {@code beta = -ln(1+g) / Δ};
 *   <li>tariff equivalent, compounding: {@code tau = exp(-ln(1+g) / (theta*Δ)) - 1};
 *   <li>tariff equivalent, additive: {@code tau = ((1+g)^(-1/theta) - 1) / Δ}.
 * </ul>
 *
 * <p>Every closed-form fit is checked to give back the claim's trade multiplier within a relative
 * 10^-9; a claim whose parameter would underflow or overflow throws instead of returning a
 * function that does not reproduce it.
 *
 * <p>A claim that no parameter in the form's domain can reach (for instance slower transit with
 * more trade in a tariff-equivalent form, where {@code tau >= 0}) throws an {@link
 * IllegalArgumentException} naming the claim and the parameter it would need.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Calibration {
  // Absolute accuracy of the numerical solver on the parameter; far below any published precision.
  private static final double SOLVER_ACCURACY = 1e-14;
  private static final int MAX_EVALUATIONS = 1000;
  // How closely a closed-form fit must give back the claim's multiplier: far looser than the
  // rounding of the formulas (about 1e-15), far tighter than any published figure.
  private static final double REPRODUCTION_TOLERANCE = 1e-9;

  private Calibration() {}

  /**
   * Fits a constant elasticity: {@code eps = ln(1+tradeChange) / ln(1+timeChange)}.
   *
   * @param claim the point to fit; its baseline days are not used
   * @return the function, citing the claim's source
   * @throws IllegalArgumentException if the fitted function does not give back the claim's
   *     multiplier (its parameter underflows or overflows)
   */
  public static ConstantElasticity constant(Claim claim) {
    checkNotNull(claim, "claim");
    double eps = Math.log1p(claim.tradeChange()) / Math.log1p(claim.timeChange());
    return reproducing(new ConstantElasticity(eps, cite(claim), Optional.of(claim)), claim);
  }

  /**
   * Fits a linear elasticity: {@code eps = tradeChange / timeChange}.
   *
   * @param claim the point to fit; its baseline days are not used
   * @return the function, citing the claim's source
   * @throws IllegalArgumentException if the fitted function does not give back the claim's
   *     multiplier (its parameter underflows or overflows)
   */
  public static LinearElasticity linear(Claim claim) {
    checkNotNull(claim, "claim");
    double eps = claim.tradeChange() / claim.timeChange();
    return reproducing(new LinearElasticity(eps, cite(claim), Optional.of(claim)), claim);
  }

  /**
   * Fits a per-day semi-elasticity: {@code beta = -ln(1+tradeChange) / (baselineDays *
   * timeChange)}.
   *
   * @param claim the point to fit, with its baseline days
   * @return the function, citing the claim's source
   * @throws IllegalArgumentException if the fitted function does not give back the claim's
   *     multiplier (its parameter underflows or overflows)
   */
  public static PerDaySemiElasticity perDay(Claim claim) {
    checkNotNull(claim, "claim");
    double beta = -Math.log1p(claim.tradeChange()) / claim.dayChange();
    return reproducing(new PerDaySemiElasticity(beta, cite(claim), Optional.of(claim)), claim);
  }

  /**
   * Fits the per-day tariff equivalent of the compounding form for a given trade elasticity:
   * {@code tau = exp(-ln(1+tradeChange) / (theta * dayChange)) - 1}.
   *
   * @param claim the point to fit, with its baseline days
   * @param theta the trade elasticity, finite and {@code > 0}, e.g. 4 (Simonovska &amp; Waugh
   *     2014)
   * @return the function, citing the claim's source
   * @throws IllegalArgumentException if {@code theta} is out of its domain, or the claim needs
   *     {@code tau < 0} (trade and time moving the same way) or a non-finite {@code tau}, or the
   *     fitted function does not give back the claim's multiplier
   */
  public static TariffEquivalentElasticity tariffCompounding(Claim claim, double theta) {
    checkNotNull(claim, "claim");
    Checks.finitePositive(theta, "theta");
    double tau = Math.expm1(-Math.log1p(claim.tradeChange()) / (theta * claim.dayChange()));
    return tariff(tau, theta, Form.TARIFF_EQUIVALENT_COMPOUNDING, claim);
  }

  /**
   * Fits the per-day tariff equivalent of the ad valorem form with no other trade costs for a
   * given trade elasticity: with {@code r = (1+tradeChange)^(-1/theta) = (1+tau*x1)/(1+tau*x0)},
   * {@code tau = (r - 1) / (x1 - r*x0)}.
   *
   * @param claim the point to fit, with its baseline days
   * @param theta the trade elasticity, finite and {@code > 0}
   * @return the function, citing the claim's source
   * @throws IllegalArgumentException if {@code theta} is out of its domain, or the claim needs
   *     {@code tau < 0} or a non-finite {@code tau} (a gain larger than the whole time cost can
   *     give), or the fitted function does not give back the claim's multiplier
   */
  public static TariffEquivalentElasticity tariffAdValorem(Claim claim, double theta) {
    checkNotNull(claim, "claim");
    Checks.finitePositive(theta, "theta");
    double r = Math.exp(-Math.log1p(claim.tradeChange()) / theta);
    double tau = (r - 1) / (claim.newDays() - r * claim.baselineDays());
    return tariff(tau, theta, Form.TARIFF_EQUIVALENT_AD_VALOREM, claim);
  }

  /**
   * Finds the parameter {@code p} in {@code [min, max]} for which {@code
   * family.apply(p).multiplier(claim.baselineDays(), claim.newDays()) = 1 + claim.tradeChange()},
   * with commons-math3's {@link BrentSolver} (absolute accuracy 1e-14). Use it for forms without
   * a closed form; the multiplier must be continuous in {@code p} on the bracket, and the two
   * ends must bracket the claim.
   *
   * @param claim the point to fit
   * @param family the functions, one per parameter value; it may throw for parameters outside its
   *     domain, so choose the bracket inside it
   * @param min the smallest parameter to try, finite
   * @param max the largest parameter to try, finite and {@code > min}
   * @return the parameter
   * @throws IllegalArgumentException if the bracket is malformed, or the claim lies outside what
   *     the family reaches at the two ends (the message names both multipliers)
   */
  public static double solve(
      Claim claim, DoubleFunction<? extends ElasticityFunction> family, double min, double max) {
    checkNotNull(claim, "claim");
    checkNotNull(family, "family");
    Checks.finite(min, "min");
    Checks.finite(max, "max");
    if (!(max > min)) {
      throw new IllegalArgumentException(
          "max must be > min = " + Checks.format(min) + ", was " + Checks.format(max));
    }
    double x0 = claim.baselineDays();
    double x1 = claim.newDays();
    double target = claim.tradeMultiplier();
    UnivariateFunction gap = p -> family.apply(p).multiplier(x0, x1) - target;
    double atMin = gap.value(min);
    double atMax = gap.value(max);
    if (atMin == 0) {
      return min;
    }
    if (atMax == 0) {
      return max;
    }
    if (!(atMin * atMax < 0)) {
      throw new IllegalArgumentException(
          "claim must lie between the multipliers at the ends of [min, max] = ["
              + Checks.format(min)
              + ", "
              + Checks.format(max)
              + "], which are "
              + Checks.format(atMin + target)
              + " and "
              + Checks.format(atMax + target)
              + ", was "
              + Checks.format(target)
              + " for "
              + claim);
    }
    try {
      return new BrentSolver(SOLVER_ACCURACY).solve(MAX_EVALUATIONS, gap, min, max);
    } catch (TooManyEvaluationsException e) {
      throw new IllegalArgumentException(
          "claim could not be fitted in " + MAX_EVALUATIONS + " evaluations: " + claim, e);
    }
  }

  // A fitted parameter that lost the claim to rounding, underflow or overflow (a beta of -0.0) is
  // an error, never a silently different function.
  private static <F extends ElasticityFunction> F reproducing(F function, Claim claim) {
    double m = function.multiplier(claim.baselineDays(), claim.newDays());
    double target = claim.tradeMultiplier();
    if (!(Math.abs(m - target) <= REPRODUCTION_TOLERANCE * target)) {
      throw new IllegalArgumentException(
          "claim must be reproducible by the fitted "
              + function.form().title()
              + " function within a relative "
              + Checks.format(REPRODUCTION_TOLERANCE)
              + ", but it gives a multiplier of "
              + Checks.format(m)
              + " instead of "
              + Checks.format(target)
              + " for "
              + claim);
    }
    return function;
  }

  private static TariffEquivalentElasticity tariff(
      double tau, double theta, Form form, Claim claim) {
    return reproducing(
        new TariffEquivalentElasticity(
            checkTau(tau, claim, form), theta, 0, form, cite(claim), Optional.of(claim)),
        claim);
  }

  private static double checkTau(double tau, Claim claim, Form form) {
    if (!(tau >= 0 && tau < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "claim must be reachable with tauPerDay >= 0 in the "
              + form.title()
              + " form, but needs tauPerDay="
              + Checks.format(tau)
              + " for "
              + claim);
    }
    return tau;
  }

  private static Citation cite(Claim claim) {
    return Citation.unpublished(claim.source());
  }
}
