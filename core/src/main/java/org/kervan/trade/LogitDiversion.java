package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolverUtils;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.NoBracketingException;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;

/**
 * Diversion of a pair's traffic between competing corridors by a path-size logit on generalised
 * cost, and the logsum, the expected best generalised cost.
 *
 * <p>Each alternative {@code i} has cost {@code c_i} and path size {@code PS_i} in {@code (0, 1]},
 * and the utility {@code V_i = -mu*c_i + beta_PS*ln(PS_i)}:
 *
 * <pre>
 *   P_i    = exp(V_i) / sum_j exp(V_j)
 *   logsum = -1/mu * ln(sum_j exp(V_j))
 *   PS_i   = sum over legs a of corridor i of (l_a / L_i) * 1 / N_a
 * </pre>
 *
 * with {@code l_a} the leg's distance, {@code L_i} the corridor's distance and {@code N_a} the
 * number of the alternatives that use leg {@code a} (legs are the same when their keys, from, to
 * and mode, are equal). This is the path-size logit of Ben-Akiva &amp; Bierlaire (1999), "Discrete
 * choice methods and their applications to short term travel decisions", in R. Hall (ed.),
 * <i>Handbook of Transportation Science</i>, Kluwer, pp. 5-33, section 2.4. It corrects the
 * independence of irrelevant alternatives of the plain multinomial logit (Ben-Akiva &amp; Lerman
 * 1985, <i>Discrete Choice Analysis</i>, MIT Press), under which a copy of a route counts as a new
 * route and manufactures a shorter expected time: with the default {@code beta_PS = 1} two exact
 * copies of a corridor have {@code PS = 1/2} each and together weigh what one had, so shares
 * of the other corridors and the logsum do not change. A corridor that shares no leg with another
 * has {@code PS = 1}. With {@code beta_PS = 0} the model is the plain multinomial logit.
 *
 * <p>The primitive methods on cost arrays without path sizes ({@link #shares(double...)}, {@link
 * #logsum(double...)}) treat the alternatives as distinct ({@code PS_i = 1}); the corridor
 * methods compute the path sizes. Everything is computed stably by subtracting the smallest cost
 * {@code m} and then the largest shifted utility {@code u = max_j (V_j + mu*m)}: each {@code
 * exp(V_i + mu*m - u)} is in {@code [0, 1]} and the largest is 1, so no exponential overflows and
 * the sum cannot underflow to 0, and {@code logsum = m - 1/mu * (u + ln(sum_j exp(V_j + mu*m -
 * u)))}. A difference {@code c_i - m} too large for a double (costs of opposite signs beyond
 * {@code Double.MAX_VALUE / 2}) is taken as twice the difference of the halves. A logsum that is
 * not a finite double (a scale so small that {@code ln(n) / mu} overflows) is an error, never an
 * infinity.
 *
 * <p><b>Units.</b> {@code mu} is in the inverse unit of the costs: per day for {@link
 * #logsumDays} and {@link #sharesByDays}, per USD for {@link #sharesByGeneralisedCost}. The
 * logsum is in the unit of the costs; a logsum fed to a time elasticity must be in days of
 * generalised time, which {@link #logsumDays} (transit days) and {@link #logsumGeneralisedDays}
 * (transit days plus freight cost over the value of time) are. A larger {@code mu} makes shippers
 * more sensitive to cost and the logsum closer to the smallest cost. {@code mu} should be
 * calibrated from observed shares ({@link #calibrate}); one given by the caller is labelled an
 * assumption in {@link #scaleSource()} and {@link #toString()}.
 *
 * @param scale the scale parameter {@code mu}, in the inverse unit of the costs (per day, per USD),
 *     finite and {@code > 0}
 * @param pathSizeWeight the path-size coefficient {@code beta_PS}, {@code >= 0} and at most {@link
 *     #MAX_PATH_SIZE_WEIGHT}; 1 by default, the value at which exact copies of a route collapse into one (Ben-Akiva &amp;
 *     Bierlaire 1999); 0 gives the plain multinomial logit
 * @param scaleSource where {@code mu} comes from, e.g. {@code calibrated ...} or {@code assumption:
 *     ...}; not blank
 *     <p>This record is immutable and thread-safe.
 */
public record LogitDiversion(double scale, double pathSizeWeight, String scaleSource) {

  /**
   * The default path-size coefficient {@code beta_PS = 1}: with it, exact copies of a route
   * together weigh what one copy had (Ben-Akiva &amp; Bierlaire 1999, section 2.4).
   */
  public static final double DEFAULT_PATH_SIZE_WEIGHT = 1.0;

  /**
   * The largest path-size coefficient {@code beta_PS}: 10^6, an assumption far above estimated
   * values (of the order of 1, Ben-Akiva &amp; Bierlaire 1999). It keeps every path-size term
   * {@code beta_PS * ln(PS_i)} finite, since {@code ln(PS_i) >= ln(Double.MIN_VALUE) > -745}, so
   * the cheapest alternative's utility is finite and the shares are defined.
   */
  public static final double MAX_PATH_SIZE_WEIGHT = 1e6;

  /** The source recorded for a scale given by the caller. */
  public static final String GIVEN_SCALE_SOURCE =
      "assumption: given by the caller, not calibrated to observed shares";

  // Brent's method in the dimensionless scale t = mu * (cost range): the stopping rule.
  private static final double CALIBRATION_ABSOLUTE_ACCURACY = 1e-12;
  private static final int CALIBRATION_MAX_EVALUATIONS = 500;
  // Beyond t = 1e6 the shares equal their limit as mu -> infinity in double precision.
  private static final double CALIBRATION_MAX_T = 1e6;

  /**
   * Validates the components.
   *
   * @param scale the scale parameter {@code mu}, finite and {@code > 0}
   * @param pathSizeWeight the path-size coefficient {@code beta_PS}, {@code >= 0} and at most
   *     {@link #MAX_PATH_SIZE_WEIGHT}
   * @param scaleSource where {@code mu} comes from; not blank
   * @throws NullPointerException if {@code scaleSource} is null
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public LogitDiversion {
    checkNotNull(scaleSource, "scaleSource");
    Checks.finitePositive(scale, "scale");
    Checks.nonNegativeAtMost(pathSizeWeight, MAX_PATH_SIZE_WEIGHT, "pathSizeWeight");
    if (scaleSource.isBlank()) {
      throw new IllegalArgumentException(
          "scaleSource must not be blank, was '" + scaleSource + "'");
    }
  }

  /**
   * Returns a path-size logit ({@code beta_PS = 1}) with a scale given by the caller, labelled
   * {@link #GIVEN_SCALE_SOURCE} (an assumption).
   *
   * @param scale {@code mu}, finite and {@code > 0}
   * @return the logit
   * @throws IllegalArgumentException if {@code scale} is out of its domain
   */
  public static LogitDiversion of(double scale) {
    return new LogitDiversion(scale, DEFAULT_PATH_SIZE_WEIGHT, GIVEN_SCALE_SOURCE);
  }

  /**
   * Returns a copy with another path-size coefficient; 0 gives the plain multinomial logit.
   *
   * @param weight {@code beta_PS}, {@code >= 0} and at most {@link #MAX_PATH_SIZE_WEIGHT}
   * @return the copy
   * @throws IllegalArgumentException if {@code weight} is NaN, negative or above the limit
   */
  public LogitDiversion withPathSizeWeight(double weight) {
    return new LogitDiversion(scale, weight, scaleSource);
  }

  /**
   * Writes the choice shares of distinct alternatives ({@code PS_i = 1}) into {@code shares}.
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
    checkLength(shares.length, costs.length, "shares.length");
    logWeights(scale, pathSizeWeight, costs, null, min, shares);
    normalise(shares);
  }

  /**
   * Returns the choice shares of distinct alternatives ({@code PS_i = 1}).
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
   * Writes the path-size logit shares into {@code shares}: {@code P_i = exp(V_i) / sum_j
   * exp(V_j)}, {@code V_i = -mu*c_i + beta_PS*ln(PS_i)}.
   *
   * @param costs the generalised costs, at least one, each finite
   * @param pathSizes the path sizes, as long as {@code costs}, each in {@code (0, 1]}
   * @param shares where the shares are written, as long as {@code costs}
   * @throws IllegalArgumentException if an array is empty or of another length, or a value breaks
   *     its rule
   */
  public void shares(double[] costs, double[] pathSizes, double[] shares) {
    checkNotNull(pathSizes, "pathSizes");
    checkNotNull(shares, "shares");
    double min = checkCosts(costs);
    checkPathSizes(pathSizes, costs.length);
    checkLength(shares.length, costs.length, "shares.length");
    logWeights(scale, pathSizeWeight, costs, pathSizes, min, shares);
    normalise(shares);
  }

  /**
   * Returns the logsum of distinct alternatives ({@code PS_i = 1}), the expected best generalised
   * cost, {@code -1/mu * ln(sum_j exp(-mu*c_j))}.
   *
   * @param costs the generalised costs, at least one, each finite
   * @return the logsum, in the unit of the costs, finite; at most the smallest cost
   * @throws IllegalArgumentException if {@code costs} is empty, a cost is NaN or infinite, or the
   *     logsum is not a finite double (the scale is too small for the costs' magnitude)
   */
  public double logsum(double... costs) {
    return logsum(costs, null, "logsum");
  }

  /**
   * Returns the path-size logsum {@code -1/mu * ln(sum_j exp(-mu*c_j + beta_PS*ln(PS_j)))}.
   *
   * @param costs the generalised costs, at least one, each finite
   * @param pathSizes the path sizes, as long as {@code costs}, each in {@code (0, 1]}
   * @return the logsum, in the unit of the costs, finite
   * @throws IllegalArgumentException if an array is empty or of another length, a value breaks
   *     its rule, or the logsum is not a finite double (the scale is too small for the costs'
   *     magnitude)
   */
  public double logsum(double[] costs, double[] pathSizes) {
    checkNotNull(pathSizes, "pathSizes");
    return logsum(costs, pathSizes, "logsum");
  }

  private double logsum(double[] costs, double[] pathSizes, String name) {
    double min = checkCosts(costs);
    if (pathSizes != null) {
      checkPathSizes(pathSizes, costs.length);
    }
    double[] w = new double[costs.length];
    double top = logWeights(scale, pathSizeWeight, costs, pathSizes, min, w);
    // The terms other than the top one (exp(0) = 1 exactly), summed apart so that ln(1 + rest)
    // keeps their digits.
    int first = 0;
    while (w[first] != 1) {
      first++;
    }
    double rest = 0;
    for (int i = 0; i < w.length; i++) {
      if (i != first) {
        rest += w[i];
      }
    }
    double logsum = min - (top + Math.log1p(rest)) / scale;
    if (!(Math.abs(logsum) < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          name
              + " must be finite, was "
              + Checks.format(logsum)
              + " with scale="
              + Checks.format(scale)
              + " and smallest cost "
              + Checks.format(min)
              + "; use a larger scale");
    }
    return logsum;
  }

  /**
   * Returns the path sizes of competing corridors, {@code PS_i = sum over legs a of corridor i of
   * (l_a / L_i) / N_a}, with {@code l_a} the leg's distance in km, {@code L_i} the corridor's and
   * {@code N_a} the number of corridors in the list that use a leg with {@code a}'s key (from, to,
   * mode). Ben-Akiva &amp; Bierlaire (1999), section 2.4. Exact copies of a corridor (the same leg
   * keys in the same order) count as one corridor in {@code N_a}, and the {@code k} copies each get
   * {@code 1/k} of its path size; without copies this is the published formula unchanged, and for
   * copies that share no leg with another corridor both give {@code 1/k}. It makes shares and the
   * logsum exactly invariant to duplicating a corridor, also when the copies overlap others (the
   * published formula would lower the others' path sizes on the shared legs).
   *
   * @param corridors the corridors, at least one
   * @return the path sizes, in the order of {@code corridors}, each in {@code (0, 1]}
   * @throws IllegalArgumentException if {@code corridors} is empty
   */
  public static double[] pathSizes(List<Corridor> corridors) {
    checkNonEmpty(corridors);
    // Exact copies (the same leg keys in order) count once in N_a and split that one path size.
    Map<List<String>, Integer> copies = new HashMap<>();
    List<List<String>> routes = new ArrayList<>(corridors.size());
    for (Corridor c : corridors) {
      checkNotNull(c, "corridors element");
      List<String> route = new ArrayList<>(c.legs().size());
      for (Leg leg : c.legs()) {
        route.add(leg.key());
      }
      routes.add(route);
      copies.merge(route, 1, Integer::sum);
    }
    Map<String, Integer> users = new HashMap<>();
    for (List<String> route : copies.keySet()) {
      for (String key : new HashSet<>(route)) {
        users.merge(key, 1, Integer::sum);
      }
    }
    double[] ps = new double[corridors.size()];
    for (int i = 0; i < ps.length; i++) {
      Corridor c = corridors.get(i);
      double sum = 0;
      for (Leg leg : c.legs()) {
        sum += leg.distanceKm() / c.distanceKm() / users.get(leg.key());
      }
      // A corridor's legs add up to its distance within rounding; PS <= 1 by definition.
      ps[i] = Math.min(1.0, sum) / copies.get(routes.get(i));
    }
    return ps;
  }

  /**
   * Returns the path-size logit shares of competing corridors by their total days ({@code mu} per
   * day).
   *
   * @param corridors the corridors, at least one
   * @return the shares, in the order of {@code corridors}
   * @throws IllegalArgumentException if {@code corridors} is empty
   */
  public double[] sharesByDays(List<Corridor> corridors) {
    double[] out = new double[checkNonEmpty(corridors).size()];
    shares(days(corridors), pathSizes(corridors), out);
    return out;
  }

  /**
   * Returns the expected best transit time over competing corridors in days: the path-size logsum
   * of their total days {@code d_i} ({@code mu} per day),
   *
   * <pre>
   *   logsumDays = -1/mu * ln(sum_i exp(-mu*d_i + beta_PS*ln(PS_i)))
   * </pre>
   *
   * With one corridor, or with several that are copies of one, it is that corridor's days. This
   * is the generalised time, in days, that a time elasticity can take when freight cost is left
   * out; {@link #logsumGeneralisedDays} adds it.
   *
   * @param corridors the corridors, at least one
   * @return days, finite and {@code > 0}
   * @throws IllegalArgumentException if {@code corridors} is empty, or the logsum is not positive
   *     (too small a scale for this many alternatives; the message names it)
   */
  public double logsumDays(List<Corridor> corridors) {
    return positiveDays(logsum(days(corridors), pathSizes(corridors)), corridors, "logsumDays");
  }

  /**
   * Returns the same value as {@link #logsumDays}: the expected best transit time, in days.
   *
   * @param corridors the corridors, at least one
   * @return days, finite and {@code > 0}
   * @throws IllegalArgumentException as {@link #logsumDays} does
   */
  public double effectiveDays(List<Corridor> corridors) {
    return positiveDays(logsum(days(corridors), pathSizes(corridors)), corridors, "effectiveDays");
  }

  /**
   * Returns the expected best generalised time over competing corridors in days: the path-size
   * logsum of {@code g_i = d_i + f_i / VOT}, with {@code d_i} the corridor's total days, {@code
   * f_i} its total cost in USD per TEU and {@code VOT} the value of time in USD per TEU per day
   * ({@code mu} per day):
   *
   * <pre>
   *   logsumGeneralisedDays = -1/mu * ln(sum_i exp(-mu*g_i + beta_PS*ln(PS_i)))
   * </pre>
   *
   * @param corridors the corridors, at least one
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day, finite and {@code > 0}
   * @return days of generalised time, finite and {@code > 0}
   * @throws IllegalArgumentException if {@code corridors} is empty, the value of time is out of
   *     its domain or the logsum is not positive
   */
  public double logsumGeneralisedDays(List<Corridor> corridors, double valueOfTimeUsdPerDay) {
    double[] g = days(corridors);
    Checks.finitePositive(valueOfTimeUsdPerDay, "valueOfTimeUsdPerDay");
    for (int i = 0; i < g.length; i++) {
      g[i] += corridors.get(i).totalCostUsd() / valueOfTimeUsdPerDay;
    }
    return positiveDays(logsum(g, pathSizes(corridors)), corridors, "logsumGeneralisedDays");
  }

  /**
   * Returns the path-size logit shares of competing corridors by generalised cost ({@link
   * Corridor#generalisedCostUsd(double)}, {@code mu} per USD).
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
      costs[i] =
          checkNotNull(corridors.get(i), "corridors element")
              .generalisedCostUsd(valueOfTimeUsdPerDay);
    }
    double[] out = new double[costs.length];
    shares(costs, pathSizes(corridors), out);
    return out;
  }

  /**
   * The scale {@code mu} estimated from observed shares, with the fit's figures.
   *
   * @param logit the calibrated logit, its {@link LogitDiversion#scaleSource()} naming the fit
   * @param observedMeanCost {@code sum_i s_i*c_i}, the cost the fitted model reproduces
   * @param logLikelihood the share-weighted log-likelihood {@code sum_i s_i*ln(P_i)} at the
   *     estimate, per observation
   * @param evaluations how many evaluations of the first-order condition the solver used
   *     <p>This record is immutable and thread-safe.
   */
  public record Calibration(
      LogitDiversion logit, double observedMeanCost, double logLikelihood, int evaluations) {
    /**
     * Validates the components.
     *
     * @param logit the calibrated logit
     * @param observedMeanCost the observed mean cost, finite
     * @param logLikelihood the log-likelihood, finite and {@code <= 0}
     * @param evaluations the solver's evaluations, {@code >= 0}
     * @throws NullPointerException if {@code logit} is null
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public Calibration {
      checkNotNull(logit, "logit");
      Checks.finite(observedMeanCost, "observedMeanCost");
      if (!(logLikelihood <= 0 && logLikelihood > Double.NEGATIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "logLikelihood must be finite and <= 0, was " + Checks.format(logLikelihood));
      }
      if (evaluations < 0) {
        throw new IllegalArgumentException("evaluations must be >= 0, was " + evaluations);
      }
    }
  }

  /**
   * Estimates {@code mu} by maximum likelihood from observed shares {@code s_i} of alternatives
   * with costs {@code c_i} and path sizes {@code PS_i}, for a fixed {@code beta_PS}. The
   * share-weighted log-likelihood {@code sum_i s_i*ln(P_i(mu))} is concave in {@code mu}; its
   * first-order condition is that the model reproduces the observed mean cost,
   *
   * <pre>
   *   sum_i P_i(mu)*c_i = sum_i s_i*c_i
   * </pre>
   *
   * whose left side falls strictly from the path-size-weighted mean cost (at {@code mu = 0}) to
   * the smallest cost (as {@code mu -> infinity}). The root is found with commons-math3's {@link
   * BrentSolver} after {@link UnivariateSolverUtils#bracket} in the dimensionless {@code t = mu *
   * (max c - min c)}; stopping rule: absolute accuracy {@code 1e-12} in {@code t}, or the mean
   * cost reproduced within {@code 1e-15} of the cost range (BrentSolver's default function-value
   * accuracy, applied to the excess mean over the range), at most 500 evaluations. With two
   * alternatives the root is the closed form {@code mu = (beta_PS*ln(PS_1 / PS_2) - ln(s_1 / s_2))
   * / (c_1 - c_2)}.
   *
   * @param costs the costs, at least two, each finite, not all equal
   * @param pathSizes the path sizes, as long as {@code costs}, each in {@code (0, 1]}
   * @param observedShares the observed shares, as long as {@code costs}, each in {@code [0, 1]},
   *     summing to 1 within {@code 1e-9}
   * @param pathSizeWeight {@code beta_PS}, {@code >= 0} and at most {@link #MAX_PATH_SIZE_WEIGHT}
   * @return the calibration, whose logit carries {@code mu} in the inverse unit of the costs
   * @throws IllegalArgumentException if an input breaks its rule, or the observed mean cost is not
   *     strictly between the smallest cost and the path-size-weighted mean cost (no logit with
   *     {@code 0 < mu < infinity} reproduces it; the message gives the three numbers)
   * @throws IllegalStateException if the solver does not converge within its stopping rule
   */
  public static Calibration calibrate(
      double[] costs, double[] pathSizes, double[] observedShares, double pathSizeWeight) {
    checkNotNull(pathSizes, "pathSizes");
    checkNotNull(observedShares, "observedShares");
    double min = checkCosts(costs);
    checkPathSizes(pathSizes, costs.length);
    checkLength(observedShares.length, costs.length, "observedShares.length");
    Checks.nonNegativeAtMost(pathSizeWeight, MAX_PATH_SIZE_WEIGHT, "pathSizeWeight");
    if (costs.length < 2) {
      throw new IllegalArgumentException("costs must have at least 2 alternatives, was 1");
    }
    double shareSum = 0;
    double observedMean = 0;
    double max = Double.NEGATIVE_INFINITY;
    double psMeanNum = 0;
    double psMeanDen = 0;
    for (int i = 0; i < costs.length; i++) {
      Checks.inRange(observedShares[i], 0, 1, "observedShares[" + i + "]");
      shareSum += observedShares[i];
      observedMean += observedShares[i] * costs[i];
      max = Math.max(max, costs[i]);
      double w = Math.pow(pathSizes[i], pathSizeWeight);
      psMeanNum += w * costs[i];
      psMeanDen += w;
    }
    if (!(Math.abs(shareSum - 1) <= 1e-9)) {
      throw new IllegalArgumentException(
          "observedShares must sum to 1 within 1e-9, was " + Checks.format(shareSum));
    }
    double psMean = psMeanNum / psMeanDen;
    if (!(observedMean > min && observedMean < psMean)) {
      throw new IllegalArgumentException(
          "observedShares must give a mean cost strictly between the smallest cost "
              + Checks.format(min)
              + " (mu -> infinity) and the path-size-weighted mean cost "
              + Checks.format(psMean)
              + " (mu -> 0), was "
              + Checks.format(observedMean));
    }
    double range = max - min;
    double[] work = new double[costs.length];
    double finalMean = observedMean;
    UnivariateFunction excessMean =
        t -> {
          logWeights(t / range, pathSizeWeight, costs, pathSizes, min, work);
          double sum = sum(work);
          double mean = 0;
          for (int i = 0; i < costs.length; i++) {
            mean += work[i] / sum * costs[i];
          }
          // In units of the cost range, so that the solver's function-value accuracy (1e-15)
          // means the same for costs of any magnitude.
          return (mean - finalMean) / range;
        };
    BrentSolver solver = new BrentSolver(CALIBRATION_ABSOLUTE_ACCURACY);
    double t;
    try {
      double[] bracket =
          UnivariateSolverUtils.bracket(
              excessMean, 1.0, 0.0, CALIBRATION_MAX_T, 1.0, 2.0, CALIBRATION_MAX_EVALUATIONS);
      t = solver.solve(CALIBRATION_MAX_EVALUATIONS, excessMean, bracket[0], bracket[1]);
    } catch (MathIllegalStateException | NoBracketingException e) {
      throw new IllegalStateException(
          "calibration must converge within "
              + CALIBRATION_MAX_EVALUATIONS
              + " evaluations to absolute accuracy 1e-12 in mu * cost range, did not: "
              + e.getMessage(),
          e);
    }
    double mu = t / range;
    String source =
        "calibrated by maximum likelihood to observed shares (mean cost "
            + Checks.format(observedMean)
            + ", beta_PS "
            + Checks.format(pathSizeWeight)
            + ")";
    LogitDiversion fitted = new LogitDiversion(mu, pathSizeWeight, source);
    double[] p = new double[costs.length];
    fitted.shares(costs, pathSizes, p);
    double ll = 0;
    for (int i = 0; i < costs.length; i++) {
      if (observedShares[i] > 0) {
        ll += observedShares[i] * Math.log(p[i]);
      }
    }
    return new Calibration(fitted, observedMean, Math.min(0.0, ll), solver.getEvaluations());
  }

  /**
   * Estimates {@code mu} per day from the observed shares of competing corridors, by their total
   * days and path sizes with {@code beta_PS = 1}; see {@link #calibrate(double[], double[],
   * double[], double)}.
   *
   * @param corridors the corridors, at least two, not all of the same days
   * @param observedShares the observed shares, in the order of {@code corridors}
   * @return the calibration, {@code mu} per day
   * @throws IllegalArgumentException if an input breaks its rule or no finite positive {@code mu}
   *     reproduces the shares
   * @throws IllegalStateException if the solver does not converge
   */
  public static Calibration calibrateByDays(List<Corridor> corridors, double[] observedShares) {
    return calibrate(
        days(corridors), pathSizes(corridors), observedShares, DEFAULT_PATH_SIZE_WEIGHT);
  }

  /** Returns e.g. {@code logit mu=0.5 (assumption: ...), beta_PS=1.0}. */
  @Override
  public String toString() {
    return "logit mu="
        + Checks.format(scale)
        + " ("
        + scaleSource
        + "), beta_PS="
        + Checks.format(pathSizeWeight);
  }

  // Writes exp(u_i - top) into out, u_i = V_i + mu*min, and returns top = max_i u_i, which is
  // finite (the cheapest has u = beta*ln(PS), and beta is bounded), so the largest term is 1 and
  // the sum is in [1, n].
  private static double logWeights(
      double mu, double beta, double[] costs, double[] pathSizes, double min, double[] out) {
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < costs.length; i++) {
      double d = costs[i] - min;
      // Halving is exact, and the halves' difference cannot overflow.
      double v = d < Double.POSITIVE_INFINITY ? -mu * d : -2 * (mu * (costs[i] / 2 - min / 2));
      if (pathSizes != null) {
        v += beta * Math.log(pathSizes[i]);
      }
      out[i] = v;
      top = Math.max(top, v);
    }
    for (int i = 0; i < costs.length; i++) {
      out[i] = Math.exp(out[i] - top);
    }
    return top;
  }

  private static double sum(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    return sum;
  }

  private static void normalise(double[] w) {
    double sum = sum(w);
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
  }

  private double positiveDays(double days, List<Corridor> corridors, String name) {
    if (!(days > 0)) {
      throw new IllegalArgumentException(
          name
              + " must be > 0, was "
              + Checks.format(days)
              + " with scale="
              + Checks.format(scale)
              + " per day over "
              + corridors.size()
              + " corridors; use a larger scale");
    }
    return days;
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
  private static List<Corridor> checkNonEmpty(List<Corridor> corridors) {
    checkNotNull(corridors, "corridors");
    if (corridors.isEmpty()) {
      throw new IllegalArgumentException("corridors must not be empty, was []");
    }
    return corridors;
  }

  private static void checkLength(int length, int expected, String name) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " must be costs.length = " + expected + ", was " + length);
    }
  }

  private static void checkPathSizes(double[] pathSizes, int n) {
    checkLength(pathSizes.length, n, "pathSizes.length");
    for (int i = 0; i < n; i++) {
      if (!(pathSizes[i] > 0 && pathSizes[i] <= 1)) {
        throw new IllegalArgumentException(
            "pathSizes[" + i + "] must be in (0, 1], was " + Checks.format(pathSizes[i]));
      }
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
