package org.kervan.spark;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;

/**
 * The result of a {@link DistributedPpml} fit: coefficients and standard errors by regressor
 * name, observations used and dropped, IRLS iterations, the deviance, the variance estimator and
 * the projection sweeps (each sweep one Spark pass per fixed-effect dimension). A fit is only
 * returned when it converged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistributedPpmlFit {
  private final ImmutableList<String> names;
  private final ImmutableMap<String, Double> coefficients;
  private final ImmutableMap<String, Double> standardErrors;
  private final long observations;
  private final long separated;
  private final int iterations;
  private final double deviance;
  private final String vce;
  private final long clusters;
  private final ImmutableList<String> fixedEffects;
  private final long sweeps;

  DistributedPpmlFit(List<String> names, double[] beta, double[] se, long observations,
      long separated, int iterations, double deviance, String vce, long clusters,
      List<String> fixedEffects, long sweeps) {
    this.names = ImmutableList.copyOf(names);
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    ImmutableMap.Builder<String, Double> s = ImmutableMap.builder();
    for (int c = 0; c < names.size(); c++) {
      b.put(names.get(c), beta[c]);
      s.put(names.get(c), se[c]);
    }
    this.coefficients = b.build();
    this.standardErrors = s.build();
    this.observations = observations;
    this.separated = separated;
    this.iterations = iterations;
    this.deviance = deviance;
    this.vce = vce;
    this.clusters = clusters;
    this.fixedEffects = ImmutableList.copyOf(fixedEffects);
    this.sweeps = sweeps;
  }

  /**
   * Returns the regressor names, in the order given.
   *
   * @return an immutable list
   */
  public List<String> coefficientNames() {
    return names;
  }

  /**
   * Returns a coefficient.
   *
   * @param name a regressor name
   * @return {@code β}
   * @throws IllegalArgumentException if there is no such regressor
   */
  public double coefficient(String name) {
    return get(coefficients, name);
  }

  /**
   * Returns a coefficient's standard error, robust or clustered.
   *
   * @param name a regressor name
   * @return the standard error
   * @throws IllegalArgumentException if there is no such regressor
   */
  public double standardError(String name) {
    return get(standardErrors, name);
  }

  private static double get(ImmutableMap<String, Double> m, String name) {
    Double v = m.get(name);
    if (v == null) {
      throw new IllegalArgumentException("name must be one of " + m.keySet() + ", was '" + name + "'");
    }
    return v;
  }

  /**
   * Returns the observations used.
   *
   * @return the count
   */
  public long observations() {
    return observations;
  }

  /**
   * Returns the observations dropped because their fixed-effect group has only zero flows.
   *
   * @return the count
   */
  public long separatedByFixedEffects() {
    return separated;
  }

  /**
   * Returns the IRLS iterations.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the Poisson deviance at the solution.
   *
   * @return the deviance
   */
  public double deviance() {
    return deviance;
  }

  /**
   * Returns the clusters of clustered standard errors, 0 for robust ones.
   *
   * @return the count
   */
  public long clusters() {
    return clusters;
  }

  /**
   * Returns the projection sweeps of the whole fit, IRLS and variance together.
   *
   * @return the count
   */
  public long sweeps() {
    return sweeps;
  }

  /** Returns the coefficient table, e.g. {@code ln_DIST  -0.8409  (0.0317)}, and the fit's counts. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "PPML (Spark), fixed effects %s, %s%n", fixedEffects, vce));
    for (String n : names) {
      sb.append(String.format(Locale.ROOT, "%-12s %10.4f  (%.4f)%n", n, coefficients.get(n),
          standardErrors.get(n)));
    }
    sb.append(String.format(Locale.ROOT, "N = %,d (%,d separated), %d iterations, deviance %.6g%n",
        observations, separated, iterations, deviance));
    return sb.toString();
  }
}
