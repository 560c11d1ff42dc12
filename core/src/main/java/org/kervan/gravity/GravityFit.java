package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The result of a gravity estimation ({@link Ppml} or {@link LogLinearOls}): coefficients by name,
 * their variance matrix and standard errors, the observations used and those dropped and why, the
 * iterations, the deviance and (pseudo-)R², and the recovered fixed-effect values. {@link
 * #toString()} prints the coefficient table economists expect (as fixest's {@code etable} or
 * Stata's output: estimate, standard error, z, p).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GravityFit {
  private final String estimator;
  private final ImmutableList<String> names;
  private final double[] beta;
  private final double[][] vcov;
  private final int observations;
  private final int separatedByFixedEffects;
  private final int separatedByRegressors;
  private final int droppedZeroFlows;
  private final int iterations;
  private final double deviance;
  private final double r2;
  private final String vce;
  private final int clusters;
  private final ImmutableList<String> fixedEffectNames;
  private final ImmutableList<ImmutableMap<String, Double>> fixedEffects;
  private final ImmutableList<String> omitted;

  GravityFit(
      String estimator,
      List<String> names,
      double[] beta,
      double[][] vcov,
      int observations,
      int separatedByFixedEffects,
      int separatedByRegressors,
      int droppedZeroFlows,
      int iterations,
      double deviance,
      double r2,
      String vce,
      int clusters,
      List<String> fixedEffectNames,
      List<ImmutableMap<String, Double>> fixedEffects,
      List<String> omitted) {
    this.estimator = estimator;
    this.names = ImmutableList.copyOf(names);
    this.beta = beta.clone();
    this.vcov = new double[vcov.length][];
    for (int a = 0; a < vcov.length; a++) {
      this.vcov[a] = vcov[a].clone();
    }
    this.observations = observations;
    this.separatedByFixedEffects = separatedByFixedEffects;
    this.separatedByRegressors = separatedByRegressors;
    this.droppedZeroFlows = droppedZeroFlows;
    this.iterations = iterations;
    this.deviance = deviance;
    this.r2 = r2;
    this.vce = vce;
    this.clusters = clusters;
    this.fixedEffectNames = ImmutableList.copyOf(fixedEffectNames);
    this.fixedEffects = ImmutableList.copyOf(fixedEffects);
    this.omitted = ImmutableList.copyOf(omitted);
  }

  /**
   * Returns the regressors left out because, once separated observations were dropped, they were
   * collinear with the other regressors and the fixed effects (as ppmlhdfe drops them); they have
   * no coefficient.
   *
   * @return the omitted regressor names, usually empty
   */
  public List<String> omittedRegressors() {
    return omitted;
  }

  /**
   * Returns the estimator's name, {@code PPML} or {@code OLS (ln flow)}.
   *
   * @return the name
   */
  public String estimator() {
    return estimator;
  }

  /**
   * Returns the coefficient names, in the model's regressor order.
   *
   * @return the names
   */
  public List<String> coefficientNames() {
    return names;
  }

  /**
   * Returns a coefficient.
   *
   * @param name a regressor name
   * @return the estimate
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public double coefficient(String name) {
    return beta[index(name)];
  }

  /**
   * Returns a coefficient's standard error, the square root of its variance.
   *
   * @param name a regressor name
   * @return the standard error, {@code >= 0}
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public double standardError(String name) {
    int a = index(name);
    return Math.sqrt(vcov[a][a]);
  }

  /**
   * Returns an element of the variance matrix.
   *
   * @param row a regressor name
   * @param column a regressor name
   * @return the covariance
   * @throws IllegalArgumentException if a name is not a coefficient
   */
  public double covariance(String row, String column) {
    return vcov[index(row)][index(column)];
  }

  /**
   * Returns a coefficient's two-sided p-value against 0 under the normal approximation.
   *
   * @param name a regressor name
   * @return {@code 2 (1 − Φ(|β / se|))}
   */
  public double pValue(String name) {
    double z = coefficient(name) / standardError(name);
    return 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
  }

  /**
   * Returns the number of observations used, after dropping separated ones (and, for OLS, zero
   * flows).
   *
   * @return N
   */
  public int observations() {
    return observations;
  }

  /**
   * Returns the observations dropped because their group, in some fixed-effect dimension, has only
   * zero flows (their fixed effect would be −∞).
   *
   * @return the count
   */
  public int separatedByFixedEffects() {
    return separatedByFixedEffects;
  }

  /**
   * Returns the zero-flow observations dropped because a combination of regressors and fixed
   * effects separates them (the ReLU test of Correia, Guimarães and Zylkin 2019).
   *
   * @return the count
   */
  public int separatedByRegressors() {
    return separatedByRegressors;
  }

  /**
   * Returns the zero flows dropped by the log-linear fit (log 0 is undefined); 0 for PPML.
   *
   * @return the count
   */
  public int droppedZeroFlows() {
    return droppedZeroFlows;
  }

  /**
   * Returns the iterations: IRLS iterations for PPML, 1 for OLS.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the deviance: for PPML the Poisson deviance {@code 2 Σ w (y ln(y/μ) − (y − μ))}, for
   * OLS the weighted residual sum of squares.
   *
   * @return the deviance, {@code >= 0}
   */
  public double deviance() {
    return deviance;
  }

  /**
   * Returns the fit statistic: for PPML the pseudo-R² {@code 1 − ll/ll₀} that ppmlhdfe reports
   * (ll₀ the log-likelihood of a constant-only model), for OLS the R² of the ln flow.
   *
   * @return the statistic
   */
  public double r2() {
    return r2;
  }

  /**
   * Returns the number of clusters, or 0 for robust standard errors.
   *
   * @return the count
   */
  public int clusters() {
    return clusters;
  }

  /**
   * Returns the fixed-effect dimension names.
   *
   * @return the names, e.g. {@code [exporter-time, importer-time]}
   */
  public List<String> fixedEffectNames() {
    return fixedEffectNames;
  }

  /**
   * Returns the recovered fixed-effect values of one dimension, by group label (e.g. {@code
   * USA|2006}). Only their sum over dimensions is identified: the values are the solution in which
   * the first group (in sorted key order) of every dimension after the first is 0; for each
   * observation, {@code ln μ = x'β + Σ_d α_d} holds exactly.
   *
   * @param name a fixed-effect dimension name
   * @return the values by group label
   * @throws IllegalArgumentException if there is no such dimension
   */
  public Map<String, Double> fixedEffects(String name) {
    int d = fixedEffectNames.indexOf(checkNotNull(name, "name"));
    if (d < 0) {
      throw new IllegalArgumentException(
          "fixed effect must be one of " + fixedEffectNames + ", was '" + name + "'");
    }
    return fixedEffects.get(d);
  }

  private int index(String name) {
    int a = names.indexOf(checkNotNull(name, "name"));
    if (a < 0) {
      throw new IllegalArgumentException(
          "coefficient must be one of " + names + ", was '" + name + "'");
    }
    return a;
  }

  /** Returns the coefficient table, fixest-style, with N, iterations, deviance and R². */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s, N = %,d, standard errors %s", estimator, observations, vce));
    if (clusters > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d clusters)", clusters));
    }
    sb.append('\n');
    if (!fixedEffectNames.isEmpty()) {
      sb.append("Fixed effects:");
      for (int d = 0; d < fixedEffectNames.size(); d++) {
        sb.append(
            String.format(
                Locale.ROOT,
                " %s (%,d)%s",
                fixedEffectNames.get(d),
                fixedEffects.get(d).size(),
                d + 1 < fixedEffectNames.size() ? "," : ""));
      }
      sb.append('\n');
    }
    int width = 12;
    for (String n : names) {
      width = Math.max(width, n.length() + 1);
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%-" + width + "s %10s %10s %8s %9s%n",
            "",
            "Estimate",
            "Std. Error",
            "z value",
            "Pr(>|z|)"));
    for (String n : names) {
      double b = coefficient(n);
      double se = standardError(n);
      double p = pValue(n);
      sb.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s %10.4f %10.4f %8.2f %9s %s%n",
              n,
              b,
              se,
              b / se,
              p < 1e-16 ? "< 1e-16" : String.format(Locale.ROOT, "%.3g", p),
              p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : ""));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "Iterations: %d, deviance: %.6g, %s: %.4f%n",
            iterations,
            deviance,
            estimator.startsWith("PPML") ? "pseudo-R2" : "R2",
            r2));
    sb.append(
        String.format(
            Locale.ROOT,
            "Dropped: %d separated by fixed effects, %d separated by regressors, %d zero flows%n",
            separatedByFixedEffects,
            separatedByRegressors,
            droppedZeroFlows));
    if (!omitted.isEmpty()) {
      sb.append("Omitted (collinear after separation): ").append(String.join(", ", omitted)).append('\n');
    }
    return sb.toString();
  }
}
