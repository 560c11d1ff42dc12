package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import org.kervan.internal.Checks;

/** Argument checks shared by the elasticity functions and their bulk loops. */
final class Args {
  private Args() {}

  static void checkDays(double baselineDays, double newDays) {
    Checks.finitePositive(baselineDays, "baselineDays");
    Checks.finitePositive(newDays, "newDays");
  }

  /**
   * Checks the days of a per-day form, which are differences of days and so allow zero: a time
   * component a corridor does not have (no sailing on an all-land route) takes zero days.
   */
  static void checkDaysNonNegative(double baselineDays, double newDays) {
    Checks.finiteNonNegative(baselineDays, "baselineDays");
    Checks.finiteNonNegative(newDays, "newDays");
  }

  /** Checks the arrays of a bulk call once, before its loop. */
  static void checkBulk(
      double[] values, double[] baselineDays, double[] newDays, double[] out, int from, int to) {
    checkNotNull(values, "values");
    checkNotNull(baselineDays, "baselineDays");
    checkNotNull(newDays, "newDays");
    checkNotNull(out, "out");
    Objects.checkFromToIndex(from, to, values.length);
    Objects.checkFromToIndex(from, to, baselineDays.length);
    Objects.checkFromToIndex(from, to, newDays.length);
    Objects.checkFromToIndex(from, to, out.length);
  }

  /**
   * Checks one element of a bulk call; small so that it inlines into the loop, with the throw
   * kept out of line.
   */
  static void checkElement(double value, double baselineDays, double newDays, int i) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)
        || !(baselineDays > 0 && baselineDays < Double.POSITIVE_INFINITY)
        || !(newDays > 0 && newDays < Double.POSITIVE_INFINITY)) {
      throw badElement(value, baselineDays, newDays, i);
    }
  }

  /** As {@link #checkElement}, for the per-day forms whose days may be zero. */
  static void checkElementNonNegative(double value, double baselineDays, double newDays, int i) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)
        || !(baselineDays >= 0 && baselineDays < Double.POSITIVE_INFINITY)
        || !(newDays >= 0 && newDays < Double.POSITIVE_INFINITY)) {
      throw badElement(value, baselineDays, newDays, i, ">= 0");
    }
  }

  private static IllegalArgumentException badElement(
      double value, double baselineDays, double newDays, int i) {
    return badElement(value, baselineDays, newDays, i, "> 0");
  }

  private static IllegalArgumentException badElement(
      double value, double baselineDays, double newDays, int i, String rule) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      return new IllegalArgumentException(
          "values[" + i + "] must be finite and >= 0, was " + Checks.format(value));
    }
    boolean strict = rule.equals("> 0");
    if (!((strict ? baselineDays > 0 : baselineDays >= 0)
        && baselineDays < Double.POSITIVE_INFINITY)) {
      return new IllegalArgumentException(
          "baselineDays[" + i + "] must be finite and " + rule + ", was "
              + Checks.format(baselineDays));
    }
    return new IllegalArgumentException(
        "newDays[" + i + "] must be finite and " + rule + ", was " + Checks.format(newDays));
  }

  static String fmt(double value) {
    return Checks.format(value);
  }
}
