package org.kervan.internal;

import java.util.Locale;

/**
 * Argument checks shared by the value types, written in positive form so that NaN fails every
 * rule, with messages of the form {@code <name> must be <rule>, was <value>}.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a value is finite and strictly positive.
   *
   * @param value the value
   * @param name the parameter name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
   */
  public static double finitePositive(double value, String name) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + format(value));
    }
    return value;
  }

  /**
   * Checks that a value is finite and not negative.
   *
   * @param value the value
   * @param name the parameter name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static double finiteNonNegative(double value, String name) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + format(value));
    }
    return value;
  }

  /**
   * Checks that a value is finite.
   *
   * @param value the value
   * @param name the parameter name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(double value, String name) {
    if (!(Math.abs(value) < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite, was " + format(value));
    }
    return value;
  }

  /**
   * Checks that a value lies in a closed range.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param name the parameter name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN or outside {@code [min, max]}
   */
  public static double inRange(double value, double min, double max, String name) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + format(min) + ", " + format(max) + "], was " + format(value));
    }
    return value;
  }

  /**
   * Formats a number for an error message, independent of the default locale.
   *
   * @param value the number
   * @return its shortest round-trip decimal form, e.g. {@code NaN}, {@code -1.5}
   */
  public static String format(double value) {
    return String.valueOf(value);
  }

  /**
   * Formats a number with a fixed number of decimals in {@link Locale#ROOT}, for {@code toString}.
   *
   * @param value the number
   * @param decimals the number of decimals, 0 or more
   * @return the formatted number
   */
  public static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
