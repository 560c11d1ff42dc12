package org.kervan.elasticity;

import java.util.Optional;
import java.util.function.DoubleBinaryOperator;

/**
 * A change in transit time mapped to a trade multiplier: baseline days {@code x0} and new days
 * {@code x1} give {@code X1/X0}, the factor by which trade is multiplied.
 *
 * <p>It extends {@link DoubleBinaryOperator} ({@code applyAsDouble(x0, x1)}) so that it plugs into
 * code written for plain functions; the built-in implementations ({@link ConstantElasticity},
 * {@link LinearElasticity}, {@link PerDaySemiElasticity}, {@link TariffEquivalentElasticity}) are
 * records that also name their {@link #form() form} and {@link #citation() citation}.
 *
 * <p><b>Bulk evaluation.</b> {@link #scale} applies the function to whole arrays. The built-in
 * records override it with a plain loop over their own static per-element arithmetic, the same
 * one {@link #multiplier} calls, so a batch costs one virtual call per chunk rather than per
 * element and gives bit-for-bit the result of the single-value path. The default implementation,
 * for user implementations, calls {@link #multiplier} per element.
 *
 * <p><b>Which days.</b> {@code x0} and {@code x1} are the days of the time components the
 * function applies to (a {@link Preset} names them in {@link Preset#appliesTo()}): ocean days for
 * Hummels &amp; Schaur, inland days for Freund &amp; Rocha. The function itself only sees numbers;
 * {@code org.kervan.trade.TradeGain} picks the right days out of a corridor.
 *
 * <p>Implementations must be immutable and thread-safe, never return a negative or NaN
 * multiplier, and return exactly 1 when {@code x1 == x0}.
 */
public interface ElasticityFunction extends DoubleBinaryOperator {

  /**
   * Returns the trade multiplier {@code X1/X0} when transit time goes from {@code baselineDays}
   * to {@code newDays}, by this function's {@link #form() law}.
   *
   * @param baselineDays the baseline transit time {@code x0}, days, finite and {@code > 0} ({@code
   *     >= 0} for the per-day forms, whose law depends on {@code x1 - x0} only)
   * @param newDays the new transit time {@code x1}, days, finite and {@code > 0} ({@code >= 0} for
   *     the per-day forms)
   * @return the multiplier, finite and {@code >= 0}; 1 when the time does not change
   * @throws IllegalArgumentException if a time is NaN, infinite, zero or negative, or the form
   *     has no non-negative value for this change
   */
  double multiplier(double baselineDays, double newDays);

  /**
   * Returns {@link #multiplier multiplier(baselineDays, newDays)}.
   *
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @return the multiplier
   * @throws IllegalArgumentException as {@link #multiplier}
   */
  @Override
  default double applyAsDouble(double baselineDays, double newDays) {
    return multiplier(baselineDays, newDays);
  }

  /**
   * Returns the functional form.
   *
   * @return the form, whose {@link Form#law() law} this function follows
   */
  Form form();

  /**
   * Returns where the function's parameters come from.
   *
   * @return the citation
   */
  Citation citation();

  /**
   * Returns the parameters as text, e.g. {@code beta=0.0100/day}, in {@link java.util.Locale#ROOT}.
   *
   * @return the parameters
   */
  String parameters();

  /**
   * Returns the claim this function was calibrated from, if any.
   *
   * @return the claim, or empty for a function with published parameters
   */
  default Optional<Claim> calibratedFrom() {
    return Optional.empty();
  }

  /**
   * Returns a one-line label: the citation's short form and the parameters.
   *
   * @return e.g. {@code Djankov, Freund & Pham 2010, beta=0.0100/day}
   */
  default String label() {
    return citation().shortForm() + ", " + parameters();
  }

  /**
   * Scales trade values by this function, element by element: {@code out[i] = values[i] *
   * multiplier(baselineDays[i], newDays[i])} for {@code from <= i < to}. {@code out} may be
   * {@code values}. Elements are checked as they are reached, so on an exception the elements
   * before the bad one have been written.
   *
   * @param values trade values, finite and {@code >= 0}
   * @param baselineDays baseline transit times, days, finite and {@code > 0}
   * @param newDays new transit times, days, finite and {@code > 0}
   * @param out where the new values are written
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @throws IllegalArgumentException if an element is out of its domain (the message names the
   *     array and index) or the form has no non-negative value for it
   * @throws IndexOutOfBoundsException if {@code [from, to)} does not fit an array
   */
  default void scale(
      double[] values, double[] baselineDays, double[] newDays, double[] out, int from, int to) {
    Args.checkBulk(values, baselineDays, newDays, out, from, to);
    for (int i = from; i < to; i++) {
      Args.checkElement(values[i], baselineDays[i], newDays[i], i);
      out[i] = values[i] * multiplier(baselineDays[i], newDays[i]);
    }
  }
}
