package org.kervan.examples.cli;

/** Checks of numeric flag values, in the house form {@code <flag> must be <rule>, was <value>}. */
final class Flags {
  private Flags() {}

  /** Returns the value if it is finite and > 0; NaN fails too. */
  static double positive(String flag, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw CliException.badValue(flag + " must be finite and > 0, was " + value);
    }
    return value;
  }

  /** Returns the value if it is finite and >= 0; NaN fails too. */
  static double nonNegative(String flag, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw CliException.badValue(flag + " must be finite and >= 0, was " + value);
    }
    return value;
  }

  /** Returns the value if it is in {@code [0, max]}; NaN fails too. */
  static double atMost(String flag, double value, double max) {
    if (!(value >= 0 && value <= max)) {
      throw CliException.badValue(flag + " must be finite, >= 0 and <= " + max + ", was " + value);
    }
    return value;
  }

  /** Returns the value if it is in {@code [min, max]}. */
  static int inRange(String flag, int value, int min, int max) {
    if (value < min || value > max) {
      throw CliException.badValue(flag + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value;
  }
}
