package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * General-equilibrium counterfactuals of one-sector structural gravity (Anderson and van Wincoop
 * 2003; Yotov, Piermartini, Monteiro and Larch 2016, ch. 2), for a {@link GravityBaseline} and a
 * {@link CostChange}.
 *
 * <p><b>Model.</b> With {@code τ_ij = t_ij^(1−σ)} and world output {@code Y = Σ_i Y_i}: {@code X_ij
 * = (Y_i E_j / Y) τ_ij / (Π_i^(1−σ) P_j^(1−σ))}, {@code Π_i^(1−σ) = Σ_j τ_ij (E_j/Y) / P_j^(1−σ)},
 * {@code P_j^(1−σ) = Σ_i τ_ij (Y_i/Y) / Π_i^(1−σ)}, normalised by {@code P_ref = 1}. The baseline
 * solves these with the observed {@code Y} and {@code E}; its flows are the PPML fitted values.
 *
 * <p><b>Conditional GE</b> ("conditional general equilibrium", Yotov et al. ch. 2 step III.a):
 * output and expenditure stay fixed, only the resistances respond to {@code τ'_ij = τ_ij exp((1 −
 * σ) Δ ln t_ij)}.
 *
 * <p><b>Full endowment</b> (step III.b): endowments {@code Q_i} are fixed and factory-gate prices
 * move, {@code Y'_i = p̂_i Y_i}; with {@code (β_i p_i)^(1−σ) = Y_i / (Y Π_i^(1−σ))} from the
 * baseline, market clearing {@code Y'_i = Σ_j X'_ij} gives {@code p̂_i^σ = (β_i p_i)^(1−σ) Σ_j τ'_ij
 * E'_j / (P'_j^(1−σ) Y_i)}, iterated to a fixed point with {@code P'_ref = 1} after every step.
 * Expenditure keeps the baseline ratio {@code φ_j = E_j / Y_j} (Yotov et al.), rescaled by one
 * common factor so world expenditure equals world output (assumption: without it the system has no
 * exact solution when trade is unbalanced). Real GDP is {@code Y_i / P_i}.
 *
 * <p><b>Stopping rule.</b> Every fixed-point loop stops when no {@code ln} unknown moves by more
 * than {@link #tolerance()} (default 1e-12, far tighter than the 0.01 at which the published Stata
 * loop stops) and throws {@link ConvergenceException} after {@link #maxIterations()}.
 *
 * <p>Example: the conditional and full-endowment effects of cutting trade costs between the United
 * States and Canada by 10 %, from a one-year panel and its PPML fit ({@code panel}, {@code fit}):
 *
 * <pre>{@code
 * GravityBaseline baseline = GravityBaseline.from(panel, fit, 7, "DEU");
 * CostChange cut = CostChange.builder()
 *     .set("USA", "CAN", Math.log(0.9)).set("CAN", "USA", Math.log(0.9)).build();
 * GeResult conditional = GeneralEquilibrium.defaults().conditional(baseline, cut);
 * GeResult full = GeneralEquilibrium.defaults().fullEndowment(baseline, cut);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GeneralEquilibrium {
  private static final GeneralEquilibrium DEFAULTS = new GeneralEquilibrium(1e-12, 100_000);

  private final double tolerance;
  private final int maxIterations;

  private GeneralEquilibrium(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * Returns the solver with tolerance 1e-12 on every {@code ln} unknown and 100,000 iterations.
   *
   * @return the solver
   */
  public static GeneralEquilibrium defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another tolerance.
   *
   * @param lnChange the largest change of a {@code ln} unknown between iterations at convergence,
   *     finite and {@code > 0}
   * @return a new solver
   */
  public GeneralEquilibrium withTolerance(double lnChange) {
    return new GeneralEquilibrium(Ppml.positive(lnChange, "tolerance"), maxIterations);
  }

  /**
   * Returns a copy with another iteration limit.
   *
   * @param iterations the limit per fixed-point loop, {@code >= 1}
   * @return a new solver
   */
  public GeneralEquilibrium withMaxIterations(int iterations) {
    if (!(iterations >= 1)) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + iterations);
    }
    return new GeneralEquilibrium(tolerance, iterations);
  }

  /**
   * Returns the tolerance.
   *
   * @return the largest {@code ln} change at convergence
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Returns the iteration limit.
   *
   * @return the limit per loop
   */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Solves the conditional GE: new resistances and flows, output and expenditure fixed.
   *
   * @param baseline the baseline
   * @param change the cost change; every country it names must be in the baseline
   * @return the effects
   * @throws IllegalArgumentException if the change names an unknown country
   * @throws ConvergenceException if a resistance loop does not converge
   */
  public GeResult conditional(GravityBaseline baseline, CostChange change) {
    return solve(baseline, change, false);
  }

  /**
   * Solves the full-endowment GE: factory-gate prices, output and expenditure respond too.
   *
   * @param baseline the baseline
   * @param change the cost change; every country it names must be in the baseline
   * @return the effects
   * @throws IllegalArgumentException if the change names an unknown country
   * @throws ConvergenceException if a loop does not converge
   */
  public GeResult fullEndowment(GravityBaseline baseline, CostChange change) {
    return solve(baseline, change, true);
  }

  private GeResult solve(GravityBaseline b, CostChange change, boolean full) {
    checkNotNull(b, "baseline");
    checkNotNull(change, "change");
    int n = b.size();
    double sigma = b.sigma();
    double oneMinusSigma = 1 - sigma;
    double[] y = b.outputs();
    double[] e = b.expenditures();
    double[] lt = b.lnCostTerms();
    int ref = b.referenceIndex();
    double[] tau0 = new double[n * n];
    double[] tau1 = new double[n * n];
    for (int k = 0; k < n * n; k++) {
      tau0[k] = Math.exp(lt[k]);
      tau1[k] = tau0[k];
    }
    for (Map.Entry<String, Double> c : change.changes().entrySet()) {
      String[] pair = c.getKey().split("\\|", -1);
      int i = knownCountry(b, pair[0], "exporter");
      int j = knownCountry(b, pair[1], "importer");
      tau1[i * n + j] = Math.exp(lt[i * n + j] + oneMinusSigma * c.getValue());
    }
    double[] a0 = new double[n];
    double[] b0 = new double[n];
    int it0 = resistances(tau0, y, e, ref, a0, b0);
    double[] x0 = flows(tau0, y, e, a0, b0);
    double[] a1 = new double[n];
    double[] b1 = new double[n];
    double[] y1 = y.clone();
    double[] e1 = e.clone();
    double[] x1;
    int iterations;
    if (!full) {
      iterations = resistances(tau1, y, e, ref, a1, b1);
      x1 = flows(tau1, y, e, a1, b1);
    } else {
      iterations = endowment(tau1, y, e, a0, b0, ref, oneMinusSigma, sigma, y1, e1, a1, b1);
      x1 = flows(tau1, y1, e1, a1, b1);
    }
    List<CountryEffect> effects = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double ex0 = 0;
      double ex1 = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          ex0 += x0[i * n + j];
          ex1 += x1[i * n + j];
        }
      }
      double pHat = Math.pow(b1[i] / b0[i], 1 / oneMinusSigma);
      double piHat = Math.pow(a1[i] / a0[i], 1 / oneMinusSigma);
      double yHat = y1[i] / y[i];
      effects.add(
          new CountryEffect(
              b.countries().get(i),
              pct(ex1 / ex0),
              pct(piHat),
              pct(pHat),
              pct(yHat),
              pct(yHat),
              pct(e1[i] / e[i]),
              pct(yHat / pHat)));
    }
    return new GeResult(
        full ? "full endowment" : "conditional",
        effects,
        b.countries(),
        x0,
        x1,
        Math.max(1, iterations + (full ? it0 : 0)));
  }

  private static double pct(double ratio) {
    return 100 * (ratio - 1);
  }

  private static int knownCountry(GravityBaseline b, String c, String what) {
    int i = b.countries().indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException(
          "cost change " + what + " must be a baseline country, was '" + c + "'");
    }
    return i;
  }

  /**
   * Solves the resistances {@code A = Π^(1−σ)}, {@code B = P^(1−σ)} for fixed output and
   * expenditure, {@code B_ref = 1}.
   */
  private int resistances(double[] tau, double[] y, double[] e, int ref, double[] a, double[] bb) {
    int n = y.length;
    double yw = 0;
    for (double v : y) {
      yw += v;
    }
    java.util.Arrays.fill(bb, 1);
    double[] next = new double[n];
    double change = Double.NaN;
    for (int it = 1; it <= maxIterations; it++) {
      outward(tau, e, bb, yw, a);
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += tau[i * n + j] * y[i] / a[i];
        }
        next[j] = s / yw;
      }
      double c = next[ref];
      change = 0;
      for (int j = 0; j < n; j++) {
        next[j] /= c;
        change = Math.max(change, Math.abs(Math.log(next[j] / bb[j])));
        bb[j] = next[j];
      }
      if (change <= tolerance) {
        outward(tau, e, bb, yw, a);
        return it;
      }
    }
    throw new ConvergenceException(
        String.format(
            Locale.ROOT,
            "multilateral resistances did not converge: ln P must move by <= %.3g, moved by %.3g"
                + " after %d iterations",
            tolerance,
            change,
            maxIterations),
        maxIterations);
  }

  /** The full-endowment fixed point in factory-gate price changes; fills y1, e1, a1, b1. */
  private int endowment(
      double[] tau,
      double[] y,
      double[] e,
      double[] a0,
      double[] b0,
      int ref,
      double oneMinusSigma,
      double sigma,
      double[] y1,
      double[] e1,
      double[] a1,
      double[] b1) {
    int n = y.length;
    double yw = 0;
    for (double v : y) {
      yw += v;
    }
    double[] scale = new double[n];
    double[] phi = new double[n];
    for (int i = 0; i < n; i++) {
      scale[i] = y[i] / (yw * a0[i]);
      phi[i] = e[i] / y[i];
    }
    double[] pHat = new double[n];
    java.util.Arrays.fill(pHat, 1);
    double change = Double.NaN;
    for (int it = 1; it <= maxIterations; it++) {
      double yw1 = state(tau, y, scale, phi, pHat, b0[ref], ref, oneMinusSigma, y1, e1, b1);
      change = 0;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += tau[i * n + j] * e1[j] / b1[j];
        }
        double next = Math.pow(scale[i] * s / y[i], 1 / sigma);
        change = Math.max(change, Math.abs(Math.log(next / pHat[i])));
        pHat[i] = next;
      }
      if (change <= tolerance) {
        yw1 = state(tau, y, scale, phi, pHat, b0[ref], ref, oneMinusSigma, y1, e1, b1);
        outward(tau, e1, b1, yw1, a1);
        return it;
      }
    }
    throw new ConvergenceException(
        String.format(
            Locale.ROOT,
            "full-endowment GE did not converge: ln p must move by <= %.3g, moved by %.3g after %d"
                + " iterations",
            tolerance,
            change,
            maxIterations),
        maxIterations);
  }

  /**
   * Normalises pHat so that P'_ref = P_ref, then fills output, expenditure and B' = P'^(1−σ);
   * returns world output.
   */
  private static double state(
      double[] tau,
      double[] y,
      double[] scale,
      double[] phi,
      double[] pHat,
      double bRef,
      int ref,
      double oneMinusSigma,
      double[] y1,
      double[] e1,
      double[] b1) {
    int n = y.length;
    double bref = 0;
    for (int i = 0; i < n; i++) {
      bref += scale[i] * Math.pow(pHat[i], oneMinusSigma) * tau[i * n + ref];
    }
    double lambda = Math.pow(bRef / bref, 1 / oneMinusSigma);
    double yw1 = 0;
    double ew1 = 0;
    for (int i = 0; i < n; i++) {
      pHat[i] *= lambda;
      y1[i] = pHat[i] * y[i];
      e1[i] = phi[i] * y1[i];
      yw1 += y1[i];
      ew1 += e1[i];
    }
    double balance = yw1 / ew1;
    for (int j = 0; j < n; j++) {
      e1[j] *= balance;
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += scale[i] * Math.pow(pHat[i], oneMinusSigma) * tau[i * n + j];
      }
      b1[j] = s;
    }
    return yw1;
  }

  /** Fills {@code a_i = Σ_j τ_ij E_j / (Y B_j)}, the outward resistances {@code Π_i^(1−σ)}. */
  private static void outward(double[] tau, double[] e, double[] b, double yw, double[] a) {
    int n = e.length;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += tau[i * n + j] * e[j] / b[j];
      }
      a[i] = s / yw;
    }
  }

  private static double[] flows(double[] tau, double[] y, double[] e, double[] a, double[] b) {
    int n = y.length;
    double yw = 0;
    for (double v : y) {
      yw += v;
    }
    double[] x = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        x[i * n + j] = y[i] * e[j] * tau[i * n + j] / (yw * a[i] * b[j]);
      }
    }
    return x;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "GeneralEquilibrium[tolerance %.3g, maxIterations %d]", tolerance, maxIterations);
  }
}
