package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.kervan.internal.Checks;

/**
 * Constant (log-log) elasticity of trade with respect to transit time: {@code X1/X0 =
 * (x1/x0)^eps}. A negative {@code eps} means faster transit, more trade; reversing a change
 * inverts the multiplier.
 *
 * <p>The article's "10% less time gives 20% more trade" read this way gives {@code eps = ln 1.2 /
 * ln 0.9 = -1.7305} (see {@link Calibration#constant}).
 *
 * @param epsilon the elasticity {@code eps}, finite
 * @param citation where {@code eps} comes from
 * @param calibratedFrom the claim {@code eps} was calibrated from, if any
 *     <p>This record is immutable and thread-safe.
 */
public record ConstantElasticity(double epsilon, Citation citation, Optional<Claim> calibratedFrom)
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
  public ConstantElasticity {
    checkNotNull(citation, "citation");
    checkNotNull(calibratedFrom, "calibratedFrom");
    Checks.finite(epsilon, "epsilon");
  }

  /**
   * Returns a constant elasticity with published parameters.
   *
   * @param epsilon the elasticity, finite
   * @param citation where it comes from
   * @return the function
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public static ConstantElasticity of(double epsilon, Citation citation) {
    return new ConstantElasticity(epsilon, citation, Optional.empty());
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code (newDays / baselineDays)^epsilon}.
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
    double m = Math.pow(x1 / x0, eps);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(Form.CONSTANT_ELASTICITY, x0, x1);
    }
    return m;
  }

  /**
   * Returns {@link Form#CONSTANT_ELASTICITY}.
   *
   * @return the form
   */
  @Override
  public Form form() {
    return Form.CONSTANT_ELASTICITY;
  }

  /**
   * Returns e.g. {@code eps=-1.7305}.
   *
   * @return the parameters
   */
  @Override
  public String parameters() {
    return "eps=" + Checks.fixed(epsilon, 4);
  }

  /** Returns e.g. {@code constant elasticity eps=-1.7305 (the article's claim, unsourced)}. */
  @Override
  public String toString() {
    return form().title() + " " + parameters() + " (" + citation.shortForm() + ")";
  }
}
