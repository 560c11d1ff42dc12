package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;

/**
 * One published or asserted point of a time-to-trade relation, such as "10% less transit time
 * gives 20% more trade", from which {@link Calibration} fits a function of any form.
 *
 * <p>Changes are fractions: {@code timeChange = -0.10} is ten percent less time, {@code
 * tradeChange = 0.20} twenty percent more trade. The per-day forms need a baseline number of days
 * to turn the relative time change into days; the constant and linear forms ignore it.
 *
 * @param timeChange the relative change in transit time, finite, {@code > -1} and not 0
 * @param tradeChange the relative change in trade, finite and {@code > -1}
 * @param baselineDays the transit time the change applies to, days, finite and {@code > 0}
 * @param source where the claim comes from, not blank, e.g. {@code the article's claim, unsourced}
 *     <p>This record is immutable and thread-safe.
 */
public record Claim(double timeChange, double tradeChange, double baselineDays, String source) {

  /**
   * Validates the components.
   *
   * @param timeChange the relative change in transit time, finite, {@code > -1} and not 0
   * @param tradeChange the relative change in trade, finite and {@code > -1}
   * @param baselineDays the transit time the change applies to, days, finite and {@code > 0}
   * @param source where the claim comes from, not blank, e.g. {@code the article's claim,
   *     unsourced}
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalArgumentException if a number breaks its rule, the new days or the change in
   *     days is not finite and non-zero, or {@code source} is blank
   */
  public Claim {
    checkNotNull(source, "source");
    if (!(timeChange > -1 && timeChange < Double.POSITIVE_INFINITY && timeChange != 0)) {
      throw new IllegalArgumentException(
          "timeChange must be finite, > -1 and != 0, was " + Checks.format(timeChange));
    }
    if (!(tradeChange > -1 && tradeChange < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "tradeChange must be finite and > -1, was " + Checks.format(tradeChange));
    }
    Checks.finitePositive(baselineDays, "baselineDays");
    // Each part finite is not enough: the new days and the change in days must be too, or a fit
    // divides by infinity (a per-day beta of -0.0) and cannot reproduce the claim.
    double newDays = baselineDays * (1 + timeChange);
    double dayChange = baselineDays * timeChange;
    if (!(newDays > 0 && newDays < Double.POSITIVE_INFINITY)
        || !(Math.abs(dayChange) > 0 && Math.abs(dayChange) < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "baselineDays * (1 + timeChange) and baselineDays * timeChange must be finite and non-zero,"
              + " was "
              + Checks.format(baselineDays)
              + " * (1 + "
              + Checks.format(timeChange)
              + ") = "
              + Checks.format(newDays));
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, was '" + source + "'");
    }
  }

  /**
   * Returns a claim.
   *
   * @param timeChange the relative change in transit time, e.g. {@code -0.10}
   * @param tradeChange the relative change in trade, e.g. {@code 0.20}
   * @param baselineDays the transit time the change applies to, days
   * @param source where the claim comes from
   * @return the claim
   * @throws IllegalArgumentException if a number breaks its rule or {@code source} is blank
   */
  public static Claim of(
      double timeChange, double tradeChange, double baselineDays, String source) {
    return new Claim(timeChange, tradeChange, baselineDays, source);
  }

  /**
   * Returns the new transit time, {@code baselineDays * (1 + timeChange)}.
   *
   * @return days, {@code > 0}
   */
  public double newDays() {
    return baselineDays * (1 + timeChange);
  }

  /**
   * Returns the change in days, {@code baselineDays * timeChange} (negative when faster).
   *
   * @return days
   */
  public double dayChange() {
    return baselineDays * timeChange;
  }

  /**
   * Returns the trade multiplier the claim asserts, {@code 1 + tradeChange}.
   *
   * @return the multiplier, {@code > 0}
   */
  public double tradeMultiplier() {
    return 1 + tradeChange;
  }

  /** Returns e.g. {@code time -10.0% => trade +20.0% at 20.00 d (the article's claim)}. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "time %+.1f%% => trade %+.1f%% at %.2f d (%s)",
        timeChange * 100,
        tradeChange * 100,
        baselineDays,
        source);
  }
}
