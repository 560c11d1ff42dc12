package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The general-equilibrium effect of a trade-cost change on one country, every field a percentage
 * change from the baseline ({@code 100 · (new/old − 1)}).
 *
 * @param country the country
 * @param internationalExports change of {@code Σ_{j≠i} X_ij}, the country's exports to others
 * @param outwardResistance change of the outward multilateral resistance {@code Π_i}
 * @param inwardResistance change of the inward multilateral resistance {@code P_i} (the consumer
 *     price index; the reference country's is 0 by the numeraire rule)
 * @param factoryGatePrice change of the factory-gate price {@code p_i} (0 in conditional GE)
 * @param output change of output {@code Y_i = p_i Q_i} (0 in conditional GE)
 * @param expenditure change of expenditure {@code E_i} (0 in conditional GE)
 * @param realGdp change of real GDP {@code Y_i / P_i}, the welfare measure of Yotov et al. (2016,
 *     ch. 2)
 */
public record CountryEffect(
    String country,
    double internationalExports,
    double outwardResistance,
    double inwardResistance,
    double factoryGatePrice,
    double output,
    double expenditure,
    double realGdp) {
  /**
   * Checks the country is non-null.
   *
   * @param country the country
   * @param internationalExports change of exports to other countries, %
   * @param outwardResistance change of {@code Π_i}, %
   * @param inwardResistance change of {@code P_i}, %
   * @param factoryGatePrice change of {@code p_i}, %
   * @param output change of {@code Y_i}, %
   * @param expenditure change of {@code E_i}, %
   * @param realGdp change of {@code Y_i / P_i}, %
   * @throws NullPointerException if the country is null
   */
  public CountryEffect {
    checkNotNull(country, "country");
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: exports %+.2f%%, real GDP %+.2f%%, P %+.2f%%, Pi %+.2f%%, p %+.2f%%",
        country,
        internationalExports,
        realGdp,
        inwardResistance,
        outwardResistance,
        factoryGatePrice);
  }
}
