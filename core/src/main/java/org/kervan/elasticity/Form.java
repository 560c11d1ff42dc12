package org.kervan.elasticity;

/**
 * The functional form of an elasticity, with its law as text ({@code x} = transit days, {@code
 * X} = trade, {@code d} = distance, {@code t} = trade-cost factor).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Form {
  /** Log-log: a given percentage change in time gives a fixed percentage change in trade. */
  CONSTANT_ELASTICITY("constant elasticity", "X1/X0 = (x1/x0)^eps"),
  /** Percent for percent, a first-order reading of a claim; only meaningful for small changes. */
  LINEAR("linear", "X1/X0 = 1 + eps*(x1-x0)/x0"),
  /** A fixed percentage change in trade per day (Djankov, Freund &amp; Pham 2010). */
  PER_DAY_SEMI_ELASTICITY("per-day semi-elasticity", "X1/X0 = exp(-beta*(x1-x0))"),
  /** A per-day ad-valorem tariff equivalent, compounding, times a trade elasticity. */
  TARIFF_EQUIVALENT_COMPOUNDING(
      "tariff equivalent, compounding", "X1/X0 = ((1+tau)^(x1-x0))^(-theta)"),
  /**
   * Days as an ad valorem trade cost {@code 1 + a + tau*x}, times a trade elasticity (Hummels &amp;
   * Schaur 2013; de Soyres et al. 2020).
   */
  TARIFF_EQUIVALENT_AD_VALOREM(
      "tariff equivalent, ad valorem", "X1/X0 = ((1+a+tau*x1)/(1+a+tau*x0))^(-theta)"),
  /** Gravity-style distance elasticity. */
  DISTANCE_ELASTICITY("distance elasticity", "X1/X0 = (d1/d0)^eps_d"),
  /** Elasticity of trade with respect to the trade-cost factor (not to time). */
  COST_ELASTICITY("cost elasticity", "X1/X0 = (t1/t0)^eps_t");

  private final String title;
  private final String law;

  Form(String title, String law) {
    this.title = title;
    this.law = law;
  }

  /**
   * Returns a short human-readable name, e.g. {@code per-day semi-elasticity}.
   *
   * @return the name
   */
  public String title() {
    return title;
  }

  /**
   * Returns the law as text, e.g. {@code X1/X0 = exp(-beta*(x1-x0))}.
   *
   * @return the law
   */
  public String law() {
    return law;
  }
}
