package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.kervan.internal.Checks;

/**
 * Linear, percent-for-percent reading of an elasticity: {@code X1/X0 = 1 + eps*(x1-x0)/x0}. This
 * is a first-order approximation, only meaningful for small changes: it does not invert when a
 * change is reversed, and for large slowdowns it would go below zero, which this class refuses
 * with an exception naming the values rather than return a negative trade.
 *
 * <p>The article's "10% less time gives 20% more trade" read literally gives {@code eps = -2}.
 *
 * @param epsilon the elasticity {@code eps}, finite
 * @param citation where {@code eps} comes from
 * @param calibratedFrom the claim {@code eps} was calibrated from, if any
 *     <p>This record is immutable and thread-safe.
 */
public record LinearElasticity(double epsilon, Citation citation, Optional<Claim> calibratedFrom)
    implements ElasticityFunction {

  /**
   * Validates the components.
   *
   * @param epsilon the elasticity {@code eps}, finite
   * @param citation where {@code eps} comes from
   * @param calibratedFrom the claim {@code eps} was calibrated from, if any
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public LinearElasticity {
    checkNotNull(citation, "citation");
    checkNotNull(calibratedFrom, "calibratedFrom");
    Checks.finite(epsilon, "epsilon");
  }

  /**
   * Returns a linear elasticity with published parameters.
   *
   * @param epsilon the elasticity, finite
   * @param citation where it comes from
   * @return the function
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public static LinearElasticity of(double epsilon, Citation citation) {
    return new LinearElasticity(epsilon, citation, Optional.empty());
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code 1 + epsilon * (newDays - baselineDays) / baselineDays}.
   *
   * @throws IllegalArgumentException also if that value is below zero
   */
  @Override
  public double multiplier(double baselineDays, double newDays) {
    Args.checkDays(baselineDays, newDays);
    return kernel(epsilon, baselineDays, newDays);
  }

  @Override
  public void scale(
      double[] values, double[] baselineDays, double[] newDays, double[] out, int from, int to) {
    Args.checkBulk(values, baselineDays, newDays, out, from, to);
    double eps = epsilon;
    for (int i = from; i < to; i++) {
      Args.checkElement(values[i], baselineDays[i], newDays[i], i);
      out[i] = values[i] * kernel(eps, baselineDays[i], newDays[i]);
    }
  }

  private static double kernel(double eps, double x0, double x1) {
    double m = 1 + eps * (x1 - x0) / x0;
    if (!(m >= 0 && m < Double.POSITIVE_INFINITY)) {
      throw negative(eps, x0, x1, m);
    }
    return m;
  }

  private static IllegalArgumentException negative(double eps, double x0, double x1, double m) {
    return new IllegalArgumentException(
        "multiplier must be finite and >= 0, was "
            + Args.fmt(m)
            + " for the linear form with epsilon="
            + Args.fmt(eps)
            + " from baselineDays="
            + Args.fmt(x0)
            + " to newDays="
            + Args.fmt(x1)
            + "; the linear form is only meaningful for small changes");
  }

  /**
   * Returns {@link Form#LINEAR}.
   *
   * @return the form
   */
  @Override
  public Form form() {
    return Form.LINEAR;
  }

  /**
   * Returns e.g. {@code eps=-2.0000}.
   *
   * @return the parameters
   */
  @Override
  public String parameters() {
    return "eps=" + Checks.fixed(epsilon, 4);
  }

  /** Returns e.g. {@code linear eps=-2.0000 (the article's claim, unsourced)}. */
  @Override
  public String toString() {
    return form().title() + " " + parameters() + " (" + citation.shortForm() + ")";
  }
}
