package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;

/**
 * Diversion of a pair's traffic between competing corridors by a multinomial logit on
 * generalised cost, and the logsum, the expected best generalised cost:
 *
 * <pre>
 *   P_i    = exp(-mu*c_i) / sum_j exp(-mu*c_j)
 *   logsum = -1/mu * ln(sum_j exp(-mu*c_j))
 * </pre>
 *
 * Both are computed stably by subtracting the smallest cost {@code m} first: {@code P_i =
 * exp(-mu*(c_i-m)) / sum_j exp(-mu*(c_j-m))} and {@code logsum = m - 1/mu * ln(sum_j
 * exp(-mu*(c_j-m)))}, so no exponential overflows. (Ben-Akiva &amp; Lerman 1985, <i>Discrete Choice
 * Analysis</i>, MIT Press.)
 *
 * <p>The logsum never exceeds the smallest cost and falls by {@code ln(2)/mu} when an identical
 * alternative is added, a known property of the logit; a larger {@code mu} makes travellers more
 * sensitive to cost and the logsum closer to the minimum. Used with costs in days ({@link
 * #effectiveDays}), the change in logsum when a new corridor opens is the change in the pair's
 * effective transit time that an elasticity can take.
 *
 * @param scale the scale parameter {@code mu}, in the inverse unit of the costs (per day, per USD),
 *     finite and {@code > 0}
 *     <p>This record is immutable and thread-safe.
 */
public record LogitDiversion(double scale) {

  /**
   * Validates the scale.
   *
   * @param scale the scale parameter {@code mu}, in the inverse unit of the costs (per day, per
   *     USD), finite and {@code > 0}
   * @throws IllegalArgumentException if {@code scale} is NaN, infinite, zero or negative
   */
  public LogitDiversion {
    Checks.finitePositive(scale, "scale");
  }

  /**
   * Returns a logit with a scale parameter.
   *
   * @param scale {@code mu}, finite and {@code > 0}
   * @return the logit
   * @throws IllegalArgumentException if {@code scale} is out of its domain
   */
  public static LogitDiversion of(double scale) {
    return new LogitDiversion(scale);
  }

  /**
   * Writes the choice shares of the alternatives into {@code shares}.
   *
   * @param costs the generalised costs, at least one, each finite
   * @param shares where the shares are written, as long as {@code costs}; each in {@code [0, 1]},
   *     summing to 1 within rounding
   * @throws IllegalArgumentException if {@code costs} is empty, a cost is NaN or infinite, or the
   *     lengths differ
   */
  public void shares(double[] costs, double[] shares) {
    checkNotNull(shares, "shares");
    double min = checkCosts(costs);
    if (shares.length != costs.length) {
      throw new IllegalArgumentException(
          "shares.length must be costs.length = " + costs.length + ", was " + shares.length);
    }
    double sum = 0;
    for (int i = 0; i < costs.length; i++) {
      double w = Math.exp(-scale * (costs[i] - min));
      shares[i] = w;
      sum += w;
    }
    // sum >= 1: the cheapest alternative contributes exp(0).
    for (int i = 0; i < costs.length; i++) {
      shares[i] /= sum;
    }
  }

  /**
   * Returns the choice shares of the alternatives.
   *
   * @param costs the generalised costs, at least one, each finite
   * @return the shares, in the order of {@code costs}
   * @throws IllegalArgumentException if {@code costs} is empty or a cost is NaN or infinite
   */
  public double[] shares(double... costs) {
    checkNotNull(costs, "costs");
    double[] out = new double[costs.length];
    shares(costs, out);
    return out;
  }

  /**
   * Returns the logsum, the expected best generalised cost, {@code -1/mu * ln(sum_j
   * exp(-mu*c_j))}.
   *
   * @param costs the generalised costs, at least one, each finite
   * @return the logsum, in the unit of the costs; at most the smallest cost
   * @throws IllegalArgumentException if {@code costs} is empty or a cost is NaN or infinite
   */
  public double logsum(double... costs) {
    double min = checkCosts(costs);
    double sum = 0;
    for (double c : costs) {
      sum += Math.exp(-scale * (c - min));
    }
    return min - Math.log(sum) / scale;
  }

  /**
   * Returns the shares of competing corridors by their total days ({@code mu} per day).
   *
   * @param corridors the corridors, at least one
   * @return the shares, in the order of {@code corridors}
   * @throws IllegalArgumentException if {@code corridors} is empty
   */
  public double[] sharesByDays(List<Corridor> corridors) {
    return shares(days(corridors));
  }

  /**
   * Returns the expected best transit time over competing corridors, the logsum of their total
   * days ({@code mu} per day). With one corridor it is that corridor's days.
   *
   * @param corridors the corridors, at least one
   * @return days, finite and {@code > 0}
   * @throws IllegalArgumentException if {@code corridors} is empty, or the logsum is not positive
   *     (too small a scale for this many alternatives; the message names it)
   */
  public double effectiveDays(List<Corridor> corridors) {
    double days = logsum(days(corridors));
    if (!(days > 0)) {
      throw new IllegalArgumentException(
          "effectiveDays must be > 0, was "
              + Checks.format(days)
              + " with scale="
              + Checks.format(scale)
              + " per day over "
              + corridors.size()
              + " corridors; use a larger scale");
    }
    return days;
  }

  /**
   * Returns the shares of competing corridors by generalised cost ({@link
   * Corridor#generalisedCostUsd}, {@code mu} per USD).
   *
   * @param corridors the corridors, at least one
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day, finite and {@code >= 0}
   * @return the shares, in the order of {@code corridors}
   * @throws IllegalArgumentException if {@code corridors} is empty or the value of time is out of
   *     its domain
   */
  public double[] sharesByGeneralisedCost(List<Corridor> corridors, double valueOfTimeUsdPerDay) {
    checkNonEmpty(corridors);
    double[] costs = new double[corridors.size()];
    for (int i = 0; i < costs.length; i++) {
      costs[i] = corridors.get(i).generalisedCostUsd(valueOfTimeUsdPerDay);
    }
    return shares(costs);
  }

  private static double[] days(List<Corridor> corridors) {
    checkNonEmpty(corridors);
    double[] days = new double[corridors.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = checkNotNull(corridors.get(i), "corridors element").totalDays();
    }
    return days;
  }

  // Named for the caller's parameter: "costs must not be empty" would point at an internal array.
  private static void checkNonEmpty(List<Corridor> corridors) {
    checkNotNull(corridors, "corridors");
    if (corridors.isEmpty()) {
      throw new IllegalArgumentException("corridors must not be empty, was []");
    }
  }

  private static double checkCosts(double[] costs) {
    checkNotNull(costs, "costs");
    if (costs.length == 0) {
      throw new IllegalArgumentException("costs must not be empty, was []");
    }
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < costs.length; i++) {
      Checks.finite(costs[i], "costs[" + i + "]");
      min = Math.min(min, costs[i]);
    }
    return min;
  }
}
