package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.random.RandomGenerator;

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

  private final String name;
  private final Citation citation;
  private final String note;
  private final ImmutableList<ParameterRange> parameters;
  private final Maker<F> maker;

  Preset(
      String name,
      Citation citation,
      String note,
      List<ParameterRange> parameters,
      Maker<F> maker) {
    this.name = checkNotNull(name, "name");
    this.citation = checkNotNull(citation, "citation");
    this.note = checkNotNull(note, "note");
    this.parameters = ImmutableList.copyOf(parameters);
    this.maker = checkNotNull(maker, "maker");
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
    for (int i = 0; i < p.length; i++) {
      p[i] = parameters.get(i).sample(random);
    }
    return maker.make(p);
  }

  /** Returns e.g. {@code DJANKOV_FREUND_PHAM_2010 [beta 0.01] (Djankov, Freund & Pham 2010)}. */
  @Override
  public String toString() {
    return name + " " + parameters + " (" + citation.shortForm() + ")";
  }
}
