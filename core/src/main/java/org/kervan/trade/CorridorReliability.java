package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;
import org.kervan.network.TimeSpread;

/**
 * The reliability of a corridor's total transit time, by seeded Monte Carlo over its legs' and
 * nodes' {@link TimeSpread time spreads}: each draw multiplies every leg's running time and every
 * node's charged time by a factor from the triangular distribution on {@code [lowFactor,
 * highFactor]} with mode 1, independently; the wait for a scheduled departure is uniform on
 * {@code [0, headway]} (a random arrival; its mean is the nominal half-headway wait); steps without
 * a spread or a schedule stay at their nominal values. Percentiles are commons-math3 {@link DescriptiveStatistics#getPercentile}
 * (its default estimator) over the draws.
 *
 * <p>The buffer index, used in corridor performance monitoring, is the extra time a shipper must
 * allow beyond the average to arrive on time 95% of the time: {@code (P95 - mean) / mean}.
 *
 * @param nominalDays the corridor's nominal total, {@link Corridor#totalDays()}
 * @param meanDays the mean of the draws, days
 * @param p50Days the median, days
 * @param p90Days the 90th percentile, days
 * @param p95Days the 95th percentile, days
 * @param bufferIndex {@code (p95Days - meanDays) / meanDays}
 * @param draws the number of draws, {@code >= 1}
 * @param seed the seed of the {@link Well19937c} generator used
 *     <p>This record is immutable and thread-safe.
 */
public record CorridorReliability(
    double nominalDays,
    double meanDays,
    double p50Days,
    double p90Days,
    double p95Days,
    double bufferIndex,
    int draws,
    long seed) {

  /**
   * Validates the components.
   *
   * @param nominalDays the corridor's nominal total, {@link Corridor#totalDays()}
   * @param meanDays the mean of the draws, days
   * @param p50Days the median, days
   * @param p90Days the 90th percentile, days
   * @param p95Days the 95th percentile, days
   * @param bufferIndex {@code (p95Days - meanDays) / meanDays}
   * @param draws the number of draws, {@code >= 1}
   * @param seed the seed of the {@link Well19937c} generator used
   * @throws IllegalArgumentException if a time is NaN, infinite or negative, the percentiles are
   *     out of order, or {@code draws < 1}
   */
  public CorridorReliability {
    Checks.finiteNonNegative(nominalDays, "nominalDays");
    Checks.finiteNonNegative(meanDays, "meanDays");
    Checks.finiteNonNegative(p50Days, "p50Days");
    Checks.inRange(p90Days, p50Days, Double.MAX_VALUE, "p90Days");
    Checks.inRange(p95Days, p90Days, Double.MAX_VALUE, "p95Days");
    Checks.finite(bufferIndex, "bufferIndex");
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be >= 1, was " + draws);
    }
  }

  /**
   * Estimates a corridor's reliability from {@code draws} seeded draws. The same corridor, draws
   * and seed give the same answer.
   *
   * @param corridor the corridor
   * @param draws the number of draws, in {@code [1, }{@link GainMonteCarlo#MAX_DRAWS}{@code ]};
   *     10,000 gives percentiles to about 0.1%
   * @param seed the seed of the {@link Well19937c} generator
   * @return the reliability
   * @throws IllegalArgumentException if {@code draws} is out of range or the corridor takes no
   *     time
   */
  public static CorridorReliability of(Corridor corridor, int draws, long seed) {
    checkNotNull(corridor, "corridor");
    // Bounded like Monte Carlo gains: 10^9 draws asked for 8 GB and ran out of memory.
    Checks.inRange(draws, 1, GainMonteCarlo.MAX_DRAWS, "draws");
    Checks.finitePositive(corridor.totalDays(), "corridor.totalDays()");
    CorridorSampler sampler = new CorridorSampler(corridor, new Well19937c(seed));
    double[] days = new double[draws];
    for (int i = 0; i < draws; i++) {
      days[i] = sampler.sampleDays();
    }
    // One working copy for the three percentiles, the estimator DescriptiveStatistics uses.
    Percentile stats = new Percentile();
    stats.setData(days);
    double mean = StatUtils.mean(days);
    double p95 = stats.evaluate(95);
    return new CorridorReliability(
        corridor.totalDays(),
        mean,
        stats.evaluate(50),
        stats.evaluate(90),
        p95,
        (p95 - mean) / mean,
        draws,
        seed);
  }

  /** Returns e.g. {@code nominal 20.00 d, mean 21.10, P50 20.90, P90 23.40, P95 24.10 d, ...}. */
  @Override
  public String toString() {
    return "nominal "
        + Checks.fixed(nominalDays, 2)
        + " d, mean "
        + Checks.fixed(meanDays, 2)
        + ", P50 "
        + Checks.fixed(p50Days, 2)
        + ", P90 "
        + Checks.fixed(p90Days, 2)
        + ", P95 "
        + Checks.fixed(p95Days, 2)
        + " d, buffer index "
        + Checks.fixed(bufferIndex, 3)
        + " ("
        + draws
        + " draws, seed "
        + seed
        + ")";
  }
}
