package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;

/**
 * Elasticity of trade with respect to the trade-cost factor: {@code X1/X0 = (t1/t0)^eps_t}, where
 * {@code t = 1 + ad-valorem trade cost} (1.25 for costs of 25% of the goods' value).
 *
 * <p>This is a <em>cost</em> elasticity, not a time elasticity: it takes trade-cost factors, not
 * days, so it is not an {@link ElasticityFunction}. To use it for a faster corridor, first turn the
 * time saving into a change of cost factor (for example with a per-day tariff equivalent, {@link
 * TariffEquivalentElasticity#tariffEquivalent}). Published value: Limão &amp; Venables (2001, WBER
 * 15(3)) estimate {@code eps_t ≈ -3} (-2.5 in the 1999 working paper); see {@link
 * Presets#LIMAO_VENABLES_2001_COST}.
 *
 * @param epsilon the cost elasticity {@code eps_t}, finite
 * @param citation where it comes from
 *     <p>This record is immutable and thread-safe.
 */
public record CostElasticity(double epsilon, Citation citation) {

  /**
   * Validates the components.
   *
   * @param epsilon the cost elasticity {@code eps_t}, finite
   * @param citation where it comes from
   * @throws NullPointerException if {@code citation} is null
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public CostElasticity {
    checkNotNull(citation, "citation");
    Checks.finite(epsilon, "epsilon");
  }

  /**
   * Returns a cost elasticity.
   *
   * @param epsilon the elasticity, finite
   * @param citation where it comes from
   * @return the function
   * @throws IllegalArgumentException if {@code epsilon} is NaN or infinite
   */
  public static CostElasticity of(double epsilon, Citation citation) {
    return new CostElasticity(epsilon, citation);
  }

  /**
   * Returns the trade multiplier when the trade-cost factor goes from {@code baselineFactor} to
   * {@code newFactor}: {@code (t1/t0)^epsilon}.
   *
   * @param baselineFactor the baseline cost factor {@code t0 = 1 + ad-valorem cost}, finite and
   *     {@code > 0}
   * @param newFactor the new cost factor {@code t1}, finite and {@code > 0}
   * @return the multiplier, finite and {@code >= 0}
   * @throws IllegalArgumentException if a factor is NaN, infinite, zero or negative, or the
   *     multiplier overflows
   */
  public double multiplier(double baselineFactor, double newFactor) {
    Checks.finitePositive(baselineFactor, "baselineFactor");
    Checks.finitePositive(newFactor, "newFactor");
    double m = Math.pow(newFactor / baselineFactor, epsilon);
    if (!(m < Double.POSITIVE_INFINITY)) {
      throw Overflow.of(
          Form.COST_ELASTICITY, "baselineFactor", baselineFactor, "newFactor", newFactor);
    }
    return m;
  }

  /**
   * Returns {@link Form#COST_ELASTICITY}.
   *
   * @return the form
   */
  public Form form() {
    return Form.COST_ELASTICITY;
  }

  /** Returns e.g. {@code cost elasticity eps_t=-3.0000 (Limão & Venables 2001)}. */
  @Override
  public String toString() {
    return form().title() + " eps_t=" + Checks.fixed(epsilon, 4) + " (" + citation.shortForm()
        + ")";
  }
}
