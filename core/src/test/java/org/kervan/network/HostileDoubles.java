package org.kervan.network;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Hostile doubles for property tests of numeric parameters: NaN, the infinities, signed zeros,
 * subnormals, the largest doubles, the edges of the model's stated limits (10^6, 10^9, 10^12) and
 * their neighbours, random magnitudes from 10^-324 to 10^308 of either sign, and ordinary values.
 */
public final class HostileDoubles {
  private HostileDoubles() {}

  /**
   * Returns the generator.
   *
   * @return hostile doubles, about a third of them special values
   */
  public static Arbitrary<Double> any() {
    Arbitrary<Double> special =
        Arbitraries.of(
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1e-300, 1e300, 1e308, 5e307, 1e16, 1e12, Math.nextUp(1e12), 1e9,
            Math.nextUp(1e9), 1e6, Math.nextUp(1e6), Math.nextDown(1e6), 1.0, -1.0, 0.5);
    Arbitrary<Double> magnitude =
        Arbitraries.integers()
            .between(-324, 308)
            .flatMap(e -> Arbitraries.doubles().between(1, 10).map(m -> m * Math.pow(10, e)));
    Arbitrary<Double> signedMagnitude =
        magnitude.flatMap(m -> Arbitraries.of(m, -m));
    Arbitrary<Double> ordinary = Arbitraries.doubles().between(-1e4, 1e4);
    return Arbitraries.frequencyOf(
        Tuple.of(3, special), Tuple.of(4, signedMagnitude), Tuple.of(3, ordinary));
  }

  /**
   * Tells whether a value is finite.
   *
   * @param x the value
   * @return whether it is neither NaN nor infinite
   */
  public static boolean finite(double x) {
    return Math.abs(x) < Double.POSITIVE_INFINITY;
  }
}
