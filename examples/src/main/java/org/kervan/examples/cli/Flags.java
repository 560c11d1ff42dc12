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

  /** Returns the value if it is at least {@code min}. */
  static int atLeast(String flag, int value, int min) {
    if (value < min) {
      throw CliException.badValue(flag + " must be >= " + min + ", was " + value);
    }
    return value;
  }
}
