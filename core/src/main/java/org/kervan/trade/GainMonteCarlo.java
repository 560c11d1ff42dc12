package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import org.apache.commons.math3.random.RandomAdaptor;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.ParameterRange;
import org.kervan.elasticity.Preset;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;

/**
 * Monte Carlo of the trade gain when a flow moves from a baseline corridor to a new one. Each
 * draw takes, in this order from one seeded {@link Well19937c} generator: the elasticity's
 * parameters from their published ranges (triangular on the range with the central value as mode,
 * {@link ParameterRange#sample}, independently per parameter), then the baseline corridor's total
 * time, then the new corridor's (each from its legs' and nodes' time spreads and its scheduled
 * waits, as in {@link
 * CorridorReliability}; the two corridors are drawn independently, even where they share legs).
 * The gain of the draw is {@code m - 1} with {@code m = f.multiplier(x0, x1)}. Percentiles are
 * commons-math3 {@link DescriptiveStatistics#getPercentile}.
 *
 * <p>The same inputs and seed give the same answer. This class is stateless and thread-safe.
 */
public final class GainMonteCarlo {
  private GainMonteCarlo() {}

  /**
   * Runs the Monte Carlo with elasticity parameters drawn from a preset's ranges.
   *
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param baseline the corridor the flow uses now
   * @param next the new corridor
   * @param preset the elasticity and its parameter ranges
   * @param draws the number of draws, {@code >= 1}
   * @param seed the generator's seed
   * @return the distribution of the gain
   * @throws IllegalArgumentException if a number is out of its domain, or a drawn function has no
   *     value for a drawn change
   */
  public static GainDistribution run(
      double baselineValueUsd,
      Corridor baseline,
      Corridor next,
      Preset<? extends ElasticityFunction> preset,
      int draws,
      long seed) {
    checkNotNull(preset, "preset");
    return run(baselineValueUsd, baseline, next, preset::sample, draws, seed);
  }

  /**
   * Runs the Monte Carlo with a fixed elasticity, so only the corridor times vary.
   *
   * @param baselineValueUsd the value before the change, USD per year, finite and {@code >= 0}
   * @param baseline the corridor the flow uses now
   * @param next the new corridor
   * @param function the elasticity
   * @param draws the number of draws, {@code >= 1}
   * @param seed the generator's seed
   * @return the distribution of the gain
   * @throws IllegalArgumentException if a number is out of its domain, or the function has no
   *     value for a drawn change
   */
  public static GainDistribution run(
      double baselineValueUsd,
      Corridor baseline,
      Corridor next,
      ElasticityFunction function,
      int draws,
      long seed) {
    checkNotNull(function, "function");
    return run(baselineValueUsd, baseline, next, random -> function, draws, seed);
  }

  private static GainDistribution run(
      double baselineValueUsd,
      Corridor baseline,
      Corridor next,
      Function<java.util.random.RandomGenerator, ? extends ElasticityFunction> elasticity,
      int draws,
      long seed) {
    Checks.finiteNonNegative(baselineValueUsd, "baselineValueUsd");
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be >= 1, was " + draws);
    }
    RandomGenerator random = new Well19937c(seed);
    // The same stream, seen as a java.util.random.RandomGenerator for the parameter draws.
    RandomAdaptor uniform = new RandomAdaptor(random);
    CorridorSampler from = new CorridorSampler(baseline, random);
    CorridorSampler to = new CorridorSampler(next, random);
    double[] change = new double[draws];
    for (int i = 0; i < draws; i++) {
      ElasticityFunction f = elasticity.apply(uniform);
      double x0 = from.sampleDays();
      double x1 = to.sampleDays();
      change[i] = f.multiplier(x0, x1) - 1;
    }
    DescriptiveStatistics stats = new DescriptiveStatistics(change);
    return new GainDistribution(
        baselineValueUsd,
        stats.getPercentile(5),
        stats.getPercentile(50),
        stats.getPercentile(95),
        stats.getMean(),
        draws,
        seed);
  }
}
