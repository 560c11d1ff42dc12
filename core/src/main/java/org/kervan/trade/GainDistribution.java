package org.kervan.trade;

import org.kervan.internal.Checks;

/**
 * The distribution of a trade gain from {@link GainMonteCarlo}: percentiles of the relative change
 * {@code m - 1} over the draws, and the baseline value they apply to.
 *
 * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
 * @param p5RelativeChange the 5th percentile of {@code m - 1}
 * @param p50RelativeChange the median of {@code m - 1}
 * @param p95RelativeChange the 95th percentile of {@code m - 1}
 * @param meanRelativeChange the mean of {@code m - 1}
 * @param draws the number of draws, {@code >= 1}
 * @param seed the seed of the generator used
 *     <p>This record is immutable and thread-safe.
 */
public record GainDistribution(
    double baselineValueUsd,
    double p5RelativeChange,
    double p50RelativeChange,
    double p95RelativeChange,
    double meanRelativeChange,
    int draws,
    long seed) {

  /**
   * Validates the components.
   *
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param p5RelativeChange the 5th percentile of {@code m - 1}
   * @param p50RelativeChange the median of {@code m - 1}
   * @param p95RelativeChange the 95th percentile of {@code m - 1}
   * @param meanRelativeChange the mean of {@code m - 1}
   * @param draws the number of draws, {@code >= 1}
   * @param seed the seed of the generator used
   * @throws IllegalArgumentException if a number is NaN or infinite, a change is below -1, the
   *     percentiles are out of order, or {@code draws < 1}
   */
  public GainDistribution {
    Checks.finiteNonNegative(baselineValueUsd, "baselineValueUsd");
    Checks.inRange(p5RelativeChange, -1, Double.MAX_VALUE, "p5RelativeChange");
    Checks.inRange(p50RelativeChange, p5RelativeChange, Double.MAX_VALUE, "p50RelativeChange");
    Checks.inRange(p95RelativeChange, p50RelativeChange, Double.MAX_VALUE, "p95RelativeChange");
    Checks.inRange(meanRelativeChange, -1, Double.MAX_VALUE, "meanRelativeChange");
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be >= 1, was " + draws);
    }
  }

  /**
   * Returns the 5th percentile of the absolute gain, {@code baselineValueUsd * p5RelativeChange}.
   *
   * @return USD per year
   */
  public double p5GainUsd() {
    return baselineValueUsd * p5RelativeChange;
  }

  /**
   * Returns the median absolute gain, {@code baselineValueUsd * p50RelativeChange}.
   *
   * @return USD per year
   */
  public double p50GainUsd() {
    return baselineValueUsd * p50RelativeChange;
  }

  /**
   * Returns the 95th percentile of the absolute gain, {@code baselineValueUsd *
   * p95RelativeChange}.
   *
   * @return USD per year
   */
  public double p95GainUsd() {
    return baselineValueUsd * p95RelativeChange;
  }

  /** Returns e.g. {@code gain +1.20% (P5) +2.00% (P50) +3.10% (P95) of 1000000.00 USD/yr, ...}. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "gain %+.2f%% (P5) %+.2f%% (P50) %+.2f%% (P95) of %.2f USD/yr, %d draws, seed %d",
        100 * p5RelativeChange,
        100 * p50RelativeChange,
        100 * p95RelativeChange,
        baselineValueUsd,
        draws,
        seed);
  }
}
