package org.kervan.trade;

import org.kervan.internal.Checks;

/**
 * The distribution of a trade gain from {@link GainMonteCarlo}: percentiles and mean of the
 * relative change and of the absolute gain over the draws, with the nominal baseline value and a
 * statement of what the uncertainty is.
 *
 * @param baselineValueUsd the value under the baseline scenario at nominal times and central
 *     parameters, USD per year, finite and {@code >= 0}
 * @param p5RelativeChange the 5th percentile of the relative change
 * @param p50RelativeChange the median of the relative change
 * @param p95RelativeChange the 95th percentile of the relative change
 * @param meanRelativeChange the mean of the relative change
 * @param p5GainUsd the 5th percentile of the absolute gain, USD per year
 * @param p50GainUsd the median absolute gain, USD per year
 * @param p95GainUsd the 95th percentile of the absolute gain, USD per year
 * @param meanGainUsd the mean absolute gain, USD per year
 * @param draws the number of draws, {@code >= 1}
 * @param seed the seed of the generator used
 * @param uncertainty what was drawn and from what, e.g. {@code assumed range (triangular over the
 *     published range)}; not blank
 *     <p>This record is immutable and thread-safe.
 */
public record GainDistribution(
    double baselineValueUsd,
    double p5RelativeChange,
    double p50RelativeChange,
    double p95RelativeChange,
    double meanRelativeChange,
    double p5GainUsd,
    double p50GainUsd,
    double p95GainUsd,
    double meanGainUsd,
    int draws,
    long seed,
    String uncertainty) {

  /**
   * Validates the components.
   *
   * @param baselineValueUsd the nominal baseline value, USD per year, finite and {@code >= 0}
   * @param p5RelativeChange the 5th percentile of the relative change
   * @param p50RelativeChange the median of the relative change
   * @param p95RelativeChange the 95th percentile of the relative change
   * @param meanRelativeChange the mean of the relative change
   * @param p5GainUsd the 5th percentile of the absolute gain
   * @param p50GainUsd the median absolute gain
   * @param p95GainUsd the 95th percentile of the absolute gain
   * @param meanGainUsd the mean absolute gain
   * @param draws the number of draws, {@code >= 1}
   * @param seed the seed of the generator used
   * @param uncertainty what was drawn and from what, not blank
   * @throws NullPointerException if {@code uncertainty} is null
   * @throws IllegalArgumentException if a number is NaN or infinite, a change is below -1, the
   *     percentiles are out of order, {@code draws < 1} or {@code uncertainty} is blank
   */
  public GainDistribution {
    Checks.finiteNonNegative(baselineValueUsd, "baselineValueUsd");
    Checks.inRange(p5RelativeChange, -1, Double.MAX_VALUE, "p5RelativeChange");
    Checks.inRange(p50RelativeChange, p5RelativeChange, Double.MAX_VALUE, "p50RelativeChange");
    Checks.inRange(p95RelativeChange, p50RelativeChange, Double.MAX_VALUE, "p95RelativeChange");
    Checks.inRange(meanRelativeChange, -1, Double.MAX_VALUE, "meanRelativeChange");
    Checks.finite(p5GainUsd, "p5GainUsd");
    Checks.inRange(p50GainUsd, p5GainUsd, Double.MAX_VALUE, "p50GainUsd");
    Checks.inRange(p95GainUsd, p50GainUsd, Double.MAX_VALUE, "p95GainUsd");
    Checks.finite(meanGainUsd, "meanGainUsd");
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be >= 1, was " + draws);
    }
    if (uncertainty == null) {
      throw new NullPointerException("uncertainty");
    }
    if (uncertainty.isBlank()) {
      throw new IllegalArgumentException("uncertainty must not be blank, was ''");
    }
  }

  /**
   * Returns e.g. {@code gain +1.20% (P5) +2.00% (P50) +3.10% (P95), mean +2.05%, of 1000000.00
   * USD/yr, 20000 draws, seed 42, assumed range ...}.
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "gain %+.2f%% (P5) %+.2f%% (P50) %+.2f%% (P95), mean %+.2f%%, of %.2f USD/yr, %d draws,"
            + " seed %d, %s",
        100 * p5RelativeChange,
        100 * p50RelativeChange,
        100 * p95RelativeChange,
        100 * meanRelativeChange,
        baselineValueUsd,
        draws,
        seed,
        uncertainty);
  }
}
