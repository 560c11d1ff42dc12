package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;
import org.kervan.quantity.Distance;

/**
 * Gravity-style distance elasticity: {@code X1/X0 = (d1/d0)^eps_d}. It works on distances, not
 * transit days, so it is not an {@link ElasticityFunction}; use it where a gravity model's
 * distance term is what changes.
 *
 * <p>Published values: {@code eps_d ≈ -0.9} (meta-analysis, Disdier &amp; Head 2008, REStat 90(1));
 * Overman, Redding &amp; Venables (2003): 10% more distance, 9–15% less trade. See {@link
 * Presets#DISDIER_HEAD_2008_DISTANCE}.
 *
 * @param epsilon the distance elasticity {@code eps_d}, finite
 * @param citation where it comes from
 *     <p>This record is immutable and thread-safe.
 */
public record DistanceElasticity(double epsilon, Citation citation) {

  /**
   * Validates the components.
   *
   * @param epsilon the distance elasticity {@code eps_d}, finite
   * @param citation where it comes from
   * @throws NullPointerException if {@code citation} is null
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public DistanceElasticity {
    checkNotNull(citation, "citation");
    Checks.finite(epsilon, "epsilon");
  }

  /**
   * Returns a distance elasticity.
   *
   * @param epsilon the elasticity, finite
   * @param citation where it comes from
   * @return the function
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public static DistanceElasticity of(double epsilon, Citation citation) {
    return new DistanceElasticity(epsilon, citation);
  }

  /**
   * Returns the trade multiplier when the distance goes from {@code baseline} to {@code next}:
   * {@code (d1/d0)^epsilon}.
   *
   * @param baseline the baseline distance {@code d0}, {@code > 0}
   * @param next the new distance {@code d1}, {@code > 0}
   * @return the multiplier, finite and {@code >= 0}
   * @throws IllegalArgumentException if a distance is zero or the multiplier overflows
   */
  public double multiplier(Distance baseline, Distance next) {
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    return multiplierKm(baseline.toKilometres(), next.toKilometres());
  }

  /**
   * Returns the trade multiplier when the distance goes from {@code baselineKm} to {@code nextKm}:
   * {@code (d1/d0)^epsilon}.
   *
   * @param baselineKm the baseline distance {@code d0}, km, finite and {@code > 0}
   * @param nextKm the new distance {@code d1}, km, finite and {@code > 0}
   * @return the multiplier, finite and {@code >= 0}
   * @throws IllegalArgumentException if a distance is NaN, infinite, zero or negative, or the
   *     multiplier overflows
   */
  public double multiplierKm(double baselineKm, double nextKm) {
    Checks.finitePositive(baselineKm, "baselineKm");
    Checks.finitePositive(nextKm, "nextKm");
    double m = Math.pow(nextKm / baselineKm, epsilon);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(
          Form.DISTANCE_ELASTICITY, "baselineKm", baselineKm, "nextKm", nextKm);
    }
    return m;
  }

  /**
   * Returns {@link Form#DISTANCE_ELASTICITY}.
   *
   * @return the form
   */
  public Form form() {
    return Form.DISTANCE_ELASTICITY;
  }

  /** Returns e.g. {@code distance elasticity eps_d=-0.9000 (Disdier & Head 2008)}. */
  @Override
  public String toString() {
    return form().title() + " eps_d=" + Checks.fixed(epsilon, 4) + " (" + citation.shortForm()
        + ")";
  }
}
