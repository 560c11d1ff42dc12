package org.kervan.internal;

import java.util.Locale;

/**
 * Argument checks shared by the value types, written in positive form so that NaN fails every
 * rule, with messages of the form {@code <name> must be <rule>, was <value>}.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Checks {
  /**
   * The longest array a size check lets through, {@code Integer.MAX_VALUE - 8}: the JDK's own
   * limit for arrays that grow (some virtual machines reserve header words in an array).
   */
  public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /**
   * The most layered search states (states times {@code vias + 1}) one search may allocate, 2^25
   * (33,554,432, about 800 MB of search arrays): an assumption well above the world network with
   * a hundred vias, and below what a default heap can give.
   */
  public static final int MAX_LAYERED_STATES = 1 << 25;

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
   * Checks that a value is finite, not negative and at most a stated limit.
   *
   * @param value the value
   * @param max the largest allowed value, finite
   * @param name the parameter name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the value is NaN, negative or above {@code max}
   */
  public static double nonNegativeAtMost(double value, double max, String name) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be finite, >= 0 and <= " + format(max) + ", was " + format(value));
    }
    return value;
  }

  /**
   * Checks that a count lies in a closed range.
   *
   * @param value the count
   * @param min the smallest allowed count
   * @param max the largest allowed count
   * @param name the parameter name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the count is outside {@code [min, max]}
   */
  public static int inRange(int value, int min, int max, String name) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value;
  }

  /**
   * Checks an array or table size computed in {@code long} arithmetic, so that a product of two
   * {@code int} counts cannot wrap, against a stated limit.
   *
   * @param size the size, computed in {@code long}
   * @param limit the largest allowed size, at most {@link Integer#MAX_VALUE}
   * @param name what is being sized, e.g. {@code origins.size() * destinations.size()}
   * @return the size as an {@code int}
   * @throws IllegalArgumentException if the size is negative or above {@code limit}
   */
  public static int size(long size, long limit, String name) {
    assert limit <= Integer.MAX_VALUE;
    if (size < 0 || size > limit) {
      throw new IllegalArgumentException(
          name + " must be in [0, " + limit + "], was " + size);
    }
    return (int) size;
  }

  /**
   * Checks that a string is well-formed UTF-16: every high surrogate is followed by a low one
   * and every low surrogate follows a high one, so that the string can be encoded in UTF-8.
   * Thread-safe; the last two strings that passed are remembered and not scanned again.
   *
   * @param s the string
   * @param name the parameter name used in the message
   * @return {@code s}
   * @throws IllegalArgumentException if the string holds a lone surrogate; the message gives its
   *     index and code unit
   */
  public static String wellFormed(String s, String name) {
    // Rows of a data file repeat the same name and source strings over and over (the CSV reader
    // shares one string per distinct text): the last two strings found well-formed (a node's name
    // and source, say) are not scanned again.
    if (s == lastWellFormed || s == previousWellFormed) {
      return s;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Nearly every character is below the surrogates: one comparison, no calls, for a cold JVM
      // that checks every source text of every node and leg here.
      if (c < Character.MIN_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            name
                + " must be well-formed UTF-16 (no lone surrogate), was a lone "
                + String.format(Locale.ROOT, "\\u%04X", (int) c)
                + " at index "
                + i);
      }
    }
    previousWellFormed = lastWellFormed;
    lastWellFormed = s;
    return s;
  }

  // The last two strings that passed; shared by all threads, where a stale value costs a scan.
  private static volatile String lastWellFormed = "";
  private static volatile String previousWellFormed = "";

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
