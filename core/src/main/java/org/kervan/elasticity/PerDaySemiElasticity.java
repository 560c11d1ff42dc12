package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.kervan.internal.Checks;

/**
 * Per-day semi-elasticity: {@code X1/X0 = exp(-beta*(x1-x0))}, a fixed proportional change in
 * trade per day of transit time. A positive {@code beta} means faster transit, more trade;
 * reversing a change inverts the multiplier.
 *
 * <p>Published values: Djankov, Freund &amp; Pham (2010, REStat 92(1)) find each extra day of delay
 * cuts trade by at least 1% ({@code beta ≈ 0.01}), about 6% for time-sensitive farm goods; Freund
 * &amp; Rocha (2011, WBER 25(3)) find one day less inland transit raises exports 7% ({@code beta ≈
 * 0.07}). See {@link Presets}.
 *
 * @param betaPerDay the semi-elasticity {@code beta}, per day, finite
 * @param citation where {@code beta} comes from
 * @param calibratedFrom the claim {@code beta} was calibrated from, if any
 *     <p>This record is immutable and thread-safe.
 */
public record PerDaySemiElasticity(
    double betaPerDay, Citation citation, Optional<Claim> calibratedFrom)
    implements ElasticityFunction {

  /**
   * Validates the components.
   *
   * @param betaPerDay the semi-elasticity {@code beta}, per day, finite
   * @param citation where {@code beta} comes from
   * @param calibratedFrom the claim {@code beta} was calibrated from, if any
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code betaPerDay} is NaN or infinite
   */
  public PerDaySemiElasticity {
    checkNotNull(citation, "citation");
    checkNotNull(calibratedFrom, "calibratedFrom");
    Checks.finite(betaPerDay, "betaPerDay");
  }

  /**
   * Returns a per-day semi-elasticity with published parameters.
   *
   * @param betaPerDay the semi-elasticity per day, finite
   * @param citation where it comes from
   * @return the function
   * @throws IllegalArgumentException if {@code betaPerDay} is NaN or infinite
   */
  public static PerDaySemiElasticity of(double betaPerDay, Citation citation) {
    return new PerDaySemiElasticity(betaPerDay, citation, Optional.empty());
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code exp(-betaPerDay * (newDays - baselineDays))}.
   */
  @Override
  public double multiplier(double baselineDays, double newDays) {
    Args.checkDaysNonNegative(baselineDays, newDays);
    return kernel(betaPerDay, baselineDays, newDays);
  }

  @Override
  public void scale(
      double[] values, double[] baselineDays, double[] newDays, double[] out, int from, int to) {
    Args.checkBulk(values, baselineDays, newDays, out, from, to);
    double beta = betaPerDay;
    for (int i = from; i < to; i++) {
      Args.checkElementNonNegative(values[i], baselineDays[i], newDays[i], i);
      out[i] = values[i] * kernel(beta, baselineDays[i], newDays[i]);
    }
  }

  /** The checked multiplier for a parameter, without building a function: the Monte Carlo path. */
  static double multiplierOf(double beta, double x0, double x1) {
    Args.checkDaysNonNegative(x0, x1);
    return kernel(beta, x0, x1);
  }

  private static double kernel(double beta, double x0, double x1) {
    double m = Math.exp(-beta * (x1 - x0));
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(Form.PER_DAY_SEMI_ELASTICITY, x0, x1);
    }
    return m;
  }

  /**
   * Returns {@link Form#PER_DAY_SEMI_ELASTICITY}.
   *
   * @return the form
   */
  @Override
  public Form form() {
    return Form.PER_DAY_SEMI_ELASTICITY;
  }

  /**
   * Returns e.g. {@code beta=0.0100/day}.
   *
   * @return the parameters
   */
  @Override
  public String parameters() {
    return "beta=" + Checks.fixed(betaPerDay, 4) + "/day";
  }

  /** Returns e.g. {@code per-day semi-elasticity beta=0.0100/day (Djankov, Freund & Pham 2010)}. */
  @Override
  public String toString() {
    return form().title() + " " + parameters() + " (" + citation.shortForm() + ")";
  }
}
