package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * A named published elasticity with the range of its parameters, so that a result can be reported
 * as a range: {@link #low()} gives the function with the weakest trade effect, {@link #central()}
 * the central one, {@link #high()} the strongest, and {@link #sample} draws one for Monte Carlo.
 *
 * <p>The constants live in {@link Presets}. Presets are compared by identity. This class is
 * immutable and thread-safe.
 *
 * @param <F> the kind of function, e.g. {@link PerDaySemiElasticity}
 */
public final class Preset<F> {

  /** Builds a function from parameter values, in the order of {@link #parameters()}. */
  @FunctionalInterface
  interface Maker<F> {
    F make(double[] parameters);
  }

  /**
   * The multiplier of the function that {@link Maker} would make, computed from the parameters
   * without building it, by the same arithmetic: the allocation-free Monte Carlo path.
   */
  @FunctionalInterface
  interface Kernel {
    double multiplier(double[] parameters, double baselineDays, double newDays);
  }

  private final String name;
  private final Citation citation;
  private final String note;
  private final ImmutableList<ParameterRange> parameters;
  private final ImmutableSet<TimeComponent> appliesTo;
  private final String appliesToNote;
  private final Maker<F> maker;
  private final Kernel kernel;
  // One distribution per parameter, built once; only their inverse CDFs are used.
  private final TriangularDistribution[] priors;

  Preset(
      String name,
      Citation citation,
      String note,
      List<ParameterRange> parameters,
      Set<TimeComponent> appliesTo,
      String appliesToNote,
      Maker<F> maker) {
    this(name, citation, note, parameters, appliesTo, appliesToNote, maker, null);
  }

  Preset(
      String name,
      Citation citation,
      String note,
      List<ParameterRange> parameters,
      Set<TimeComponent> appliesTo,
      String appliesToNote,
      Maker<F> maker,
      Kernel kernel) {
    this.name = checkNotNull(name, "name");
    this.citation = checkNotNull(citation, "citation");
    this.note = checkNotNull(note, "note");
    this.parameters = ImmutableList.copyOf(parameters);
    this.appliesTo = Sets.immutableEnumSet(appliesTo);
    this.appliesToNote = checkNotNull(appliesToNote, "appliesToNote");
    this.maker = checkNotNull(maker, "maker");
    this.kernel = kernel;
    this.priors = new TriangularDistribution[this.parameters.size()];
    for (int i = 0; i < priors.length; i++) {
      ParameterRange r = this.parameters.get(i);
      if (!r.isPoint()) {
        priors[i] =
            new TriangularDistribution(
                null, Math.min(r.low(), r.high()), r.central(), Math.max(r.low(), r.high()));
      }
    }
  }

  /**
   * Draws every parameter into {@code into}, as {@link #sample} does, without allocating: each
   * from the triangular distribution on its range with the central value as mode (an
   * <em>assumed</em> prior over the published range, not a published standard error), one
   * {@code random.nextDouble()} per non-point parameter, in the order of {@link #parameters()}.
   *
   * @param random the generator
   * @param into where the parameters are written; length at least {@code parameters().size()}
   * @throws IllegalArgumentException if {@code into} is too short
   */
  public void sampleParameters(RandomGenerator random, double[] into) {
    checkNotNull(random, "random");
    checkNotNull(into, "into");
    if (into.length < priors.length) {
      throw new IllegalArgumentException(
          "into.length must be >= " + priors.length + ", was " + into.length);
    }
    for (int i = 0; i < priors.length; i++) {
      into[i] =
          priors[i] == null
              ? parameters.get(i).central()
              : priors[i].inverseCumulativeProbability(random.nextDouble());
    }
  }

  /**
   * Returns the multiplier of the function with these parameters, bit for bit what {@code
   * make(parameters).multiplier(baselineDays, newDays)} gives, without building the function.
   *
   * @param parameters the parameter values, in the order of {@link #parameters()}
   * @param baselineDays the baseline days of the preset's components, finite and {@code >= 0}
   * @param newDays the new days, finite and {@code >= 0}
   * @return the multiplier
   * @throws IllegalStateException if this preset is not a time elasticity
   * @throws IllegalArgumentException if a day count is out of its domain
   */
  public double multiplier(double[] parameters, double baselineDays, double newDays) {
    if (kernel == null) {
      throw new IllegalStateException(name + " is not a time elasticity");
    }
    checkNotNull(parameters, "parameters");
    return kernel.multiplier(parameters, baselineDays, newDays);
  }

  /**
   * Returns the time components whose days the estimate is about: a trade effect under this
   * preset uses the days of these components only. For a preset that is not a time elasticity
   * (distance, cost) the set is empty.
   *
   * @return an immutable set
   */
  public Set<TimeComponent> appliesTo() {
    return appliesTo;
  }

  /**
   * Returns what the estimate's days measure in the source, and how that maps to {@link
   * #appliesTo()}.
   *
   * @return the note, e.g. {@code days in ocean transit}
   */
  public String appliesToNote() {
    return appliesToNote;
  }

  /**
   * Returns the constant's name, e.g. {@code DJANKOV_FREUND_PHAM_2010}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the main source.
   *
   * @return the citation
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Returns where the range and the other parameters come from, and any caveat.
   *
   * @return the note, possibly empty
   */
  public String note() {
    return note;
  }

  /**
   * Returns the parameter ranges, in the order the function takes them.
   *
   * @return an immutable list
   */
  public List<ParameterRange> parameters() {
    return parameters;
  }

  /**
   * Returns the function at every parameter's weakest-effect value.
   *
   * @return the function
   */
  public F low() {
    double[] p = new double[parameters.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = parameters.get(i).low();
    }
    return maker.make(p);
  }

  /**
   * Returns the function at every parameter's central value.
   *
   * @return the function
   */
  public F central() {
    double[] p = new double[parameters.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = parameters.get(i).central();
    }
    return maker.make(p);
  }

  /**
   * Returns the function at every parameter's strongest-effect value.
   *
   * @return the function
   */
  public F high() {
    double[] p = new double[parameters.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = parameters.get(i).high();
    }
    return maker.make(p);
  }

  /**
   * Returns the function with each parameter drawn independently from its range ({@link
   * ParameterRange#sample}), in the order of {@link #parameters()}.
   *
   * @param random the generator
   * @return the function
   */
  public F sample(RandomGenerator random) {
    checkNotNull(random, "random");
    double[] p = new double[parameters.size()];
    sampleParameters(random, p);
    return maker.make(p);
  }

  /** Returns e.g. {@code DJANKOV_FREUND_PHAM_2010 [beta 0.01] on [LAND_RUNNING, ...] (Djankov, Freund & Pham 2010)}. */
  @Override
  public String toString() {
    return name + " " + parameters + " on " + appliesTo + " (" + citation.shortForm() + ")";
  }
}
