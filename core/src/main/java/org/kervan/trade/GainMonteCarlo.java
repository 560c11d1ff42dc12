package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.apache.commons.math3.random.RandomAdaptor;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.TimeComponent;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;
import org.kervan.progress.Cancellation;
import org.kervan.progress.ProgressListener;

/**
 * Monte Carlo of a counterfactual trade gain: a flow observed under one corridor, moving from
 * scenario {@code from} to scenario {@code to} (see {@link Counterfactual}). Each draw takes, in
 * this order from one seeded {@link Well19937c} generator: the elasticity's parameters (each from
 * the triangular distribution on its published range with the central value as mode, {@link
 * Preset#sampleParameters}: an <em>assumed</em> prior over the range, since the sources publish
 * ranges, not standard errors), then the time of each distinct corridor among the observed one,
 * {@code from} and {@code to}, in that order (from its legs' and nodes' time spreads and scheduled
 * waits, as in {@link CorridorReliability}; equal corridors share one draw, so a gain that starts
 * from the observed corridor has a baseline multiplier of exactly 1; distinct corridors are drawn
 * independently, even where they share legs). The draw's multipliers use the days of the
 * components the preset applies to: {@code m0 = m(O, from)}, {@code m1 = m(O, to)}; its relative
 * change is {@code m1 / m0 - 1} and its gain {@code V*m1 - V*m0}. Percentiles are commons-math3
 * {@link DescriptiveStatistics#getPercentile}.
 *
 * <p>A run allocates its two result arrays, one working copy of each for the percentiles, and one
 * sampler per corridor: nothing per draw inside the loop. At
 * most {@link #MAX_DRAWS} draws. The same inputs and seed give the same answer. This class is
 * stateless and thread-safe.
 */
public final class GainMonteCarlo {
  /** The largest number of draws a run takes: two arrays of this many doubles are 160 MB. */
  public static final int MAX_DRAWS = 10_000_000;

  /** Draws between two progress reports and cancellation checks. */
  public static final int PROGRESS_STEP = 4096;

  /** The label of every run's uncertainty. */
  static final String ASSUMED_RANGE =
      "assumed range: elasticity parameters triangular over the published range (no published"
          + " standard errors), corridor times over the data's assumed time spreads and"
          + " scheduled waits";

  private GainMonteCarlo() {}

  /**
   * Runs the Monte Carlo of a counterfactual gain with a preset's parameters drawn from their
   * ranges, on the days of the components the preset applies to.
   *
   * @param counterfactual the observed value and corridor
   * @param from the scenario the gain starts from
   * @param to the scenario it ends at
   * @param preset a time elasticity and its parameter ranges
   * @param draws the number of draws, {@code 1 <= draws <= MAX_DRAWS}
   * @param seed the generator's seed
   * @return the distribution of the gain
   * @throws IllegalArgumentException if {@code draws} is out of range, the preset applies to no
   *     time component, or a drawn function has no value for a drawn change
   */
  public static GainDistribution run(
      Counterfactual counterfactual,
      Corridor from,
      Corridor to,
      Preset<? extends ElasticityFunction> preset,
      int draws,
      long seed) {
    return run(
        counterfactual, from, to, preset, draws, seed, ProgressListener.none(), Cancellation.never());
  }

  /**
   * As {@link #run(Counterfactual, Corridor, Corridor, Preset, int, long)}, reporting progress
   * every {@link #PROGRESS_STEP} draws (and at the end) from the calling thread, and stopping
   * between draws when {@code cancellation} is cancelled. Progress and cancellation do not touch
   * the generator, so the result equals the plain run's.
   *
   * @param counterfactual the observed value and corridor
   * @param from the scenario the gain starts from
   * @param to the scenario it ends at
   * @param preset a time elasticity and its parameter ranges
   * @param draws the number of draws, {@code 1 <= draws <= MAX_DRAWS}
   * @param seed the generator's seed
   * @param progress told {@code (done, draws)}
   * @param cancellation checked between draws
   * @return the distribution of the gain
   * @throws java.util.concurrent.CancellationException if cancelled before the last draw
   * @throws IllegalArgumentException as the plain run
   */
  public static GainDistribution run(
      Counterfactual counterfactual,
      Corridor from,
      Corridor to,
      Preset<? extends ElasticityFunction> preset,
      int draws,
      long seed,
      ProgressListener progress,
      Cancellation cancellation) {
    checkNotNull(progress, "progress");
    checkNotNull(cancellation, "cancellation");
    checkNotNull(counterfactual, "counterfactual");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(preset, "preset");
    Set<TimeComponent> components = TradeGain.timeComponents(preset);
    checkDraws(draws);
    double nominal = counterfactual.valueUnder(from, preset.central(), components);
    double v = counterfactual.observedValueUsd();
    boolean[] use = mask(components);
    RandomGenerator random = new Well19937c(seed);
    // The same stream, seen as a java.util.random.RandomGenerator for the parameter draws.
    RandomAdaptor uniform = new RandomAdaptor(random);
    Corridor observed = counterfactual.observedUnder();
    CorridorSampler so = new CorridorSampler(observed, random);
    boolean fromIsObserved = from.equals(observed);
    boolean toIsObserved = to.equals(observed);
    boolean toIsFrom = to.equals(from);
    CorridorSampler sf = fromIsObserved ? null : new CorridorSampler(from, random);
    CorridorSampler st = toIsObserved || toIsFrom ? null : new CorridorSampler(to, random);
    double[] parameters = new double[preset.parameters().size()];
    double[] parts = new double[TimeComponent.values().length];
    double[] relative = new double[draws];
    double[] gain = new double[draws];
    for (int i = 0; i < draws; i++) {
      preset.sampleParameters(uniform, parameters);
      so.sampleDays(parts);
      double xo = sum(parts, use);
      double xf = xo;
      if (sf != null) {
        sf.sampleDays(parts);
        xf = sum(parts, use);
      }
      double xt = toIsObserved ? xo : toIsFrom ? xf : xt(st, parts, use);
      double m0 = preset.multiplier(parameters, xo, xf);
      double m1 = preset.multiplier(parameters, xo, xt);
      if (!(m0 > 0)) {
        throw new IllegalArgumentException(
            "multiplier to 'from' must be > 0 in draw " + i + ", was " + Checks.format(m0));
      }
      relative[i] = m1 / m0 - 1;
      gain[i] = v * m1 - v * m0;
      if ((i + 1) % PROGRESS_STEP == 0) {
        cancellation.throwIfCancelled();
        progress.onProgress(i + 1, draws);
      }
    }
    progress.onProgress(draws, draws);
    return summarise(nominal, relative, gain, draws, seed);
  }

  /**
   * Runs the Monte Carlo of the gain of a value observed under {@code baseline} when it moves to
   * {@code next}: {@code run(Counterfactual.observed(baselineValueUsd, baseline), baseline, next,
   * preset, draws, seed)}.
   *
   * @param baselineValueUsd the value observed under {@code baseline}, USD per year, finite and
   *     {@code >= 0}
   * @param baseline the corridor the flow uses now
   * @param next the new corridor
   * @param preset a time elasticity and its parameter ranges
   * @param draws the number of draws, {@code 1 <= draws <= MAX_DRAWS}
   * @param seed the generator's seed
   * @return the distribution of the gain
   * @throws IllegalArgumentException as {@link #run(Counterfactual, Corridor, Corridor, Preset,
   *     int, long)}
   */
  public static GainDistribution run(
      double baselineValueUsd,
      Corridor baseline,
      Corridor next,
      Preset<? extends ElasticityFunction> preset,
      int draws,
      long seed) {
    return run(
        Counterfactual.observed(baselineValueUsd, baseline), baseline, next, preset, draws, seed);
  }

  private static double xt(CorridorSampler st, double[] parts, boolean[] use) {
    st.sampleDays(parts);
    return sum(parts, use);
  }

  private static void checkDraws(int draws) {
    if (!(draws >= 1 && draws <= MAX_DRAWS)) {
      throw new IllegalArgumentException(
          "draws must be in [1, " + MAX_DRAWS + "], was " + draws);
    }
  }

  private static boolean[] mask(Set<TimeComponent> components) {
    boolean[] use = new boolean[TimeComponent.values().length];
    for (TimeComponent c : components) {
      use[c.ordinal()] = true;
    }
    return use;
  }

  // Summed in the order of TimeComponent, as TransitDays.days(Set) sums.
  private static double sum(double[] parts, boolean[] use) {
    double s = 0;
    for (int c = 0; c < parts.length; c++) {
      if (use[c]) {
        s += parts[c];
      }
    }
    return s;
  }

  private static GainDistribution summarise(
      double nominal, double[] relative, double[] gain, int draws, long seed) {
    // One working copy per array (Percentile.setData), reused for the three percentiles; the
    // default estimator is the one DescriptiveStatistics.getPercentile uses.
    Percentile r = new Percentile();
    r.setData(relative);
    Percentile g = new Percentile();
    g.setData(gain);
    return new GainDistribution(
        nominal,
        r.evaluate(5),
        r.evaluate(50),
        r.evaluate(95),
        StatUtils.mean(relative),
        g.evaluate(5),
        g.evaluate(50),
        g.evaluate(95),
        StatUtils.mean(gain),
        draws,
        seed,
        ASSUMED_RANGE);
  }
}
