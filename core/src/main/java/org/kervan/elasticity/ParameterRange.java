package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.commons.math3.distribution.TriangularDistribution;
import java.util.random.RandomGenerator;
import org.kervan.internal.Checks;

/**
 * The published range of one parameter: the value with the weakest trade effect ({@code low}),
 * the central value and the value with the strongest effect ({@code high}). {@code low} and {@code
 * high} are ordered by effect, not by sign: the distance elasticity's range is {@code low = -0.9},
 * {@code high = -1.5}. The central value lies between them, inclusive; a single published value
 * has all three equal.
 *
 * @param name the parameter's name, e.g. {@code beta}; not blank
 * @param low the value with the weakest effect, finite
 * @param central the central value, finite, between {@code low} and {@code high} inclusive
 * @param high the value with the strongest effect, finite
 *     <p>This record is immutable and thread-safe.
 */
public record ParameterRange(String name, double low, double central, double high) {

  /**
   * Validates the components.
   *
   * @param name the parameter's name, e.g. {@code beta}; not blank
   * @param low the value with the weakest effect, finite
   * @param central the central value, finite, between {@code low} and {@code high} inclusive
   * @param high the value with the strongest effect, finite
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if a value is NaN or infinite, or {@code central} is not
   *     between {@code low} and {@code high}
   */
  public ParameterRange {
    checkNotNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
    }
    Checks.finite(low, name + ".low");
    Checks.finite(central, name + ".central");
    Checks.finite(high, name + ".high");
    Checks.inRange(central, Math.min(low, high), Math.max(low, high), name + ".central");
  }

  /**
   * Returns a range.
   *
   * @param name the parameter's name
   * @param low the value with the weakest effect
   * @param central the central value, between {@code low} and {@code high}
   * @param high the value with the strongest effect
   * @return the range
   * @throws IllegalArgumentException if a value is NaN or infinite, or {@code central} is not
   *     between the ends
   */
  public static ParameterRange of(String name, double low, double central, double high) {
    return new ParameterRange(name, low, central, high);
  }

  /**
   * Returns a single published value, {@code low = central = high}.
   *
   * @param name the parameter's name
   * @param value the value, finite
   * @return the range
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static ParameterRange point(String name, double value) {
    return new ParameterRange(name, value, value, value);
  }

  /**
   * Tells whether the range is a single value.
   *
   * @return whether {@code low == high}
   */
  public boolean isPoint() {
    return low == high;
  }

  /**
   * Draws a value from the triangular distribution on {@code [min(low, high), max(low, high)]}
   * with mode {@code central} (commons-math3 {@link TriangularDistribution}'s inverse CDF of one
   * {@code random.nextDouble()}); a single value is returned as is, without consuming a draw. The triangular
   * shape is a modelling choice: the sources give a range and a central value, not a
   * distribution.
   *
   * @param random the generator
   * @return a value in the range
   */
  public double sample(RandomGenerator random) {
    checkNotNull(random, "random");
    if (isPoint()) {
      return central;
    }
    // Only the inverse CDF is used, so the distribution needs no generator of its own.
    return new TriangularDistribution(null, Math.min(low, high), central, Math.max(low, high))
        .inverseCumulativeProbability(random.nextDouble());
  }

  /** Returns e.g. {@code tau 0.006..0.0135..0.021}. */
  @Override
  public String toString() {
    return isPoint()
        ? name + " " + Checks.format(central)
        : name
            + " "
            + Checks.format(low)
            + ".."
            + Checks.format(central)
            + ".."
            + Checks.format(high);
  }
}
