package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RRQRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Gamma;
import org.kervan.progress.Cancellation;
import org.kervan.progress.ProgressListener;

/**
 * Poisson pseudo-maximum-likelihood (Santos Silva and Tenreyro 2006) with any number of
 * high-dimensional fixed effects, as in Stata's {@code ppmlhdfe} (Correia, Guimarães and Zylkin
 * 2020): {@code E[y_i | x_i] = exp(x_i'β + Σ_d α_d(g_d(i)))}, the fixed effects absorbed, never
 * estimated as dummies.
 *
 * <p><b>Algorithm.</b> Iteratively re-weighted least squares: with {@code μ} the current mean, the
 * working response {@code z = ln μ + (y − μ)/μ} and the regressors are projected off the fixed
 * effects with weights {@code w·μ} ({@link Demeaner}: weighted alternating projections with
 * Irons–Tuck acceleration, warm-started from the previous iteration's coefficients), {@code β}
 * solves the weighted normal equations of the projected columns (QR, commons-math3), and the new
 * linear predictor is {@code ln μ = z − (z̃ − X̃β)}. The start is {@code μ = (y + ȳ)/2}, as in
 * ppmlhdfe.
 *
 * <p><b>Stopping rule.</b> IRLS stops when the relative change of the deviance {@code |D_k −
 * D_{k−1}| / max(min(D_k, D_{k−1}), 0.1 · min(1, ȳ))} falls below {@link #tolerance()}
 * (ppmlhdfe's rule, default 1e-8 as there, with {@code ȳ} the weighted mean flow). ppmlhdfe's
 * floor is 0.1; it is scaled down here for flows whose mean is below 1, since the deviance is in
 * the unit of the flows and a fixed floor would make the rule absolute for them (flows of 10^-12
 * would stop after the first iterations, with fitted values off by 10^-4); for flows of mean 1 and
 * more the rule is ppmlhdfe's. Every projection meets {@link #demeanTolerance()} (default 1e-10, an
 * assumption: tight enough that coefficients are stable far beyond their fourth decimal); early
 * iterations project to {@code min(1e-4, crit/10)} only, and convergence is declared only at an
 * iteration that projected to the target, as ppmlhdfe does. A fit
 * that does not converge within {@link #maxIterations()} throws {@link ConvergenceException}.
 *
 * <p><b>Separation</b> (Correia, Guimarães and Zylkin 2019). Observations in a fixed-effect group
 * whose flows are all zero are dropped, repeatedly until none is left; then the ReLU test drops
 * zero-flow observations that a linear combination of regressors and fixed effects separates.
 * Both counts are reported in the {@link GravityFit}; a regressor that only the separated
 * observations identified is then collinear and is omitted, and named, as ppmlhdfe does.
 *
 * <p>Example: a structural gravity fit on a panel in CSV, with exporter-year, importer-year and
 * pair fixed effects and pair-clustered standard errors (Yotov et al. 2016, ch. 1):
 *
 * <pre>{@code
 * TradePanel panel = TradePanelCsv.of("exporter", "importer", "year", "trade")
 *     .withCovariates(List.of("ln_dist", "cntg", "rta"))
 *     .read(Path.of("panel.csv"));
 * GravityModel model = new GravityModel(List.of("rta"),
 *     List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME, Grouping.SYMMETRIC_PAIR),
 *     Vce.clusteredBy(Grouping.SYMMETRIC_PAIR));
 * GravityFit fit = Ppml.defaults().fit(panel, model);
 * System.out.println(fit.coefficient("rta") + " ± " + fit.standardError("rta"));
 * }</pre>
 *
 * <p><b>Variance.</b> The sandwich of {@link Vce}, with scores {@code x̃_i w_i (y_i − μ_i)} and
 * the bread {@code X̃'WμX̃} at the solution.
 *
 * <p>This class is immutable and thread-safe; each fit allocates its work arrays once, and the
 * IRLS loop allocates nothing per iteration but the p × p solve.
 */
public final class Ppml {
  /** ppmlhdfe's default deviance tolerance. */
  private static final double DEFAULT_TOLERANCE = 1e-8;

  /** Assumption: well below what the fourth decimal of a coefficient needs. */
  private static final double DEFAULT_DEMEAN_TOLERANCE = 1e-10;

  /** ppmlhdfe's default iteration limit. */
  private static final int DEFAULT_MAX_ITERATIONS = 1000;

  /** Assumption: far above what accelerated projections need on gravity panels. */
  private static final int MAX_SWEEPS = 100_000;

  /** ReLU test: the weight that pins the fitted score to 0 on positive flows (assumption). */
  private static final double RELU_PIN_WEIGHT = 1e6;

  /** ReLU test: a fitted score above this on a zero flow means separated (ppmlhdfe's 1e-4). */
  private static final double RELU_TOLERANCE = 1e-4;

  private static final int RELU_MAX_ITERATIONS = 1000;

  /** ReLU test: projections far tighter than its 1e-4 decision threshold (assumption). */
  private static final double RELU_DEMEAN_TOLERANCE = 1e-7;

  /** The projection tolerance of early IRLS iterations (ppmlhdfe starts at 1e-4 too). */
  private static final double LOOSE_DEMEAN_TOLERANCE = 1e-4;

  private static final Ppml DEFAULTS =
      new Ppml(DEFAULT_TOLERANCE, DEFAULT_DEMEAN_TOLERANCE, DEFAULT_MAX_ITERATIONS);

  private final double tolerance;
  private final double demeanTolerance;
  private final int maxIterations;

  private Ppml(double tolerance, double demeanTolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.demeanTolerance = demeanTolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * Returns the estimator with the default stopping rules (deviance 1e-8, demeaning 1e-10, 1000
   * iterations).
   *
   * @return the estimator
   */
  public static Ppml defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another deviance tolerance.
   *
   * @param relativeDevianceChange the tolerance, finite and {@code > 0}
   * @return a new estimator
   */
  public Ppml withTolerance(double relativeDevianceChange) {
    return new Ppml(positive(relativeDevianceChange, "tolerance"), demeanTolerance, maxIterations);
  }

  /**
   * Returns a copy with another demeaning tolerance.
   *
   * @param coefficientChange the tolerance on fixed-effect coefficients, finite and {@code > 0}
   * @return a new estimator
   */
  public Ppml withDemeanTolerance(double coefficientChange) {
    return new Ppml(tolerance, positive(coefficientChange, "demeanTolerance"), maxIterations);
  }

  /**
   * Returns a copy with another IRLS iteration limit.
   *
   * @param iterations the limit, {@code >= 1}
   * @return a new estimator
   */
  public Ppml withMaxIterations(int iterations) {
    if (!(iterations >= 1)) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + iterations);
    }
    return new Ppml(tolerance, demeanTolerance, iterations);
  }

  /**
   * Returns the relative deviance-change tolerance.
   *
   * @return the tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Returns the demeaning tolerance.
   *
   * @return the tolerance
   */
  public double demeanTolerance() {
    return demeanTolerance;
  }

  /**
   * Returns the IRLS iteration limit.
   *
   * @return the limit
   */
  public int maxIterations() {
    return maxIterations;
  }

  static double positive(double v, String name) {
    if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }
    return v;
  }

  /**
   * Fits a model to a panel.
   *
   * @param panel the panel; the flow is the response
   * @param model the regressors, fixed effects and variance estimator
   * @return the fit
   * @throws IllegalArgumentException if a column is missing, regressors are collinear or no
   *     observation is left
   * @throws ConvergenceException if IRLS or a projection does not meet its stopping rule
   */
  public GravityFit fit(TradePanel panel, GravityModel model) {
    return fit(ModelData.from(panel, model));
  }

  /**
   * Fits a model to a panel, reporting progress and stopping on cancellation.
   *
   * @param panel the panel; the flow is the response
   * @param model the regressors, fixed effects and variance estimator
   * @param progress receives the fit's progress, see {@link #fit(ModelData, ProgressListener,
   *     Cancellation)}
   * @param cancellation checked before every separation and IRLS iteration
   * @return the fit, identical to {@link #fit(TradePanel, GravityModel)}'s
   * @throws IllegalArgumentException if a column is missing, regressors are collinear or no
   *     observation is left
   * @throws ConvergenceException if IRLS or a projection does not meet its stopping rule
   * @throws java.util.concurrent.CancellationException if cancelled; no partial fit is returned
   */
  public GravityFit fit(
      TradePanel panel, GravityModel model, ProgressListener progress, Cancellation cancellation) {
    checkNotNull(progress, "progress");
    checkNotNull(cancellation, "cancellation");
    return fit(ModelData.from(panel, model), progress, cancellation);
  }

  /**
   * Fits the data: response {@code y >= 0}, regressors, absorbed fixed effects.
   *
   * @param data the data
   * @return the fit
   * @throws IllegalArgumentException if a response is negative, regressors are collinear or no
   *     observation is left
   * @throws ConvergenceException if IRLS or a projection does not meet its stopping rule
   */
  public GravityFit fit(ModelData data) {
    return fit(data, ProgressListener.none(), Cancellation.never());
  }

  /**
   * Fits the data, reporting progress and stopping on cancellation. IRLS has no known number of
   * iterations, so progress counts 1,000 units of the way from a relative deviance change of 1 to
   * the tolerance on a log scale: after an iteration with change {@code crit}, {@code done =
   * ⌊1000 · clamp(ln crit / ln tolerance, 0, 1)⌋}, never falling, held at 999 until the fit has
   * converged and then 1,000. The listener is called on the fitting thread; the result does not
   * depend on it.
   *
   * @param data the data
   * @param progress receives {@code (done, 1000)}
   * @param cancellation checked before every separation and IRLS iteration
   * @return the fit, identical to {@link #fit(ModelData)}'s
   * @throws IllegalArgumentException if a response is negative, regressors are collinear or no
   *     observation is left
   * @throws ConvergenceException if IRLS or a projection does not meet its stopping rule
   * @throws java.util.concurrent.CancellationException if cancelled; no partial fit is returned
   */
  public GravityFit fit(ModelData data, ProgressListener progress, Cancellation cancellation) {
    checkNotNull(data, "data");
    checkNotNull(progress, "progress");
    checkNotNull(cancellation, "cancellation");
    ConvergenceProgress bar = new ConvergenceProgress(progress, tolerance);
    for (int i = 0; i < data.y.length; i++) {
      if (!(data.y[i] >= 0)) {
        throw new IllegalArgumentException("response[" + i + "] must be >= 0, was " + data.y[i]);
      }
    }
    ModelData d0 = withConstantIfNoFixedEffects(data).sortedByLargestDimension();
    boolean[] keep = fixedEffectSeparation(d0);
    int sepFe = countFalse(keep);
    ModelData d1 = d0.subset(keep);
    boolean[] keep2 = reluSeparation(d1, cancellation);
    int sepX = countFalse(keep2);
    ModelData d = d1.subset(keep2);
    if (d.size() == 0) {
      throw new IllegalArgumentException("observations must remain after separation, were none");
    }
    List<String> omitted = new ArrayList<>();
    if (sepX > 0) {
      d = withoutCollinearRegressors(d, omitted);
    }
    return irls(d, sepFe, sepX, omitted, bar, cancellation);
  }

  /**
   * Drops the regressors that the separated observations alone identified: after they are gone,
   * such a regressor is a combination of the others and the fixed effects. Rank-revealing QR
   * (commons-math3) of the projected regressors' cross product, with column pivoting, keeps the
   * leading independent columns.
   */
  private ModelData withoutCollinearRegressors(ModelData d, List<String> omitted) {
    int n = d.size();
    int p = d.x.length;
    if (p == 0) {
      return d;
    }
    Demeaner dm = new Demeaner(d.fe, d.nGroups, n);
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    dm.setWeights(ones);
    double[][] xt = new double[p][n];
    for (int c = 0; c < p; c++) {
      dm.demean(d.x[c], xt[c], new double[dm.coefficientCount()], demeanTolerance, MAX_SWEEPS);
    }
    double[][] xtx = new double[p][p];
    Regression.crossProduct(xt, ones, xtx);
    double[] scale = new double[p];
    for (int c = 0; c < p; c++) {
      scale[c] = Math.sqrt(Math.max(xtx[c][c], Double.MIN_NORMAL));
    }
    double[][] corr = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        corr[a][b] = xtx[a][b] / (scale[a] * scale[b]);
      }
    }
    RRQRDecomposition qr = new RRQRDecomposition(new Array2DRowRealMatrix(corr, false), 1e-10);
    int rank = qr.getRank(1e-9);
    if (rank == p) {
      return d;
    }
    RealMatrix perm = qr.getP();
    boolean[] keepCol = new boolean[p];
    for (int r = 0; r < rank; r++) {
      for (int c = 0; c < p; c++) {
        if (perm.getEntry(c, r) == 1) {
          keepCol[c] = true;
        }
      }
    }
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (int c = 0; c < p; c++) {
      if (keepCol[c]) {
        names.add(d.names.get(c));
        cols.add(d.x[c]);
      } else {
        omitted.add(d.names.get(c));
      }
    }
    return new ModelData(
        d.y,
        cols.toArray(new double[0][]),
        ImmutableList.copyOf(names),
        d.fe,
        d.nGroups,
        d.feNames,
        d.feLabels,
        d.weights,
        d.cluster,
        d.nClusters,
        d.clusterName);
  }

  static ModelData withConstantIfNoFixedEffects(ModelData d) {
    if (d.fe.length > 0) {
      return d;
    }
    return new ModelData(
        d.y,
        d.x,
        d.names,
        new int[][] {new int[d.y.length]},
        new int[] {1},
        ImmutableList.of("(constant)"),
        new String[][] {{"(constant)"}},
        d.weights,
        d.cluster,
        d.nClusters,
        d.clusterName);
  }

  private static int countFalse(boolean[] b) {
    int c = 0;
    for (boolean v : b) {
      if (!v) {
        c++;
      }
    }
    return c;
  }

  /** Drops rows of groups whose flows are all zero, until no such group is left. */
  static boolean[] fixedEffectSeparation(ModelData d) {
    int n = d.size();
    boolean[] keep = new boolean[n];
    Arrays.fill(keep, true);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < d.fe.length; k++) {
        int[] g = d.fe[k];
        double[] sum = new double[d.nGroups[k]];
        boolean[] any = new boolean[d.nGroups[k]];
        for (int i = 0; i < n; i++) {
          if (keep[i]) {
            sum[g[i]] += d.y[i];
            any[g[i]] = true;
          }
        }
        for (int i = 0; i < n; i++) {
          if (keep[i] && any[g[i]] && !(sum[g[i]] > 0)) {
            keep[i] = false;
            changed = true;
          }
        }
      }
    }
    return keep;
  }

  /**
   * The ReLU separation test (Correia, Guimarães and Zylkin 2019, sec. 3): iterate weighted least
   * squares of {@code u} on the regressors and fixed effects, with {@code u = max(ẑ, 0)} on zero
   * flows and {@code u = 0} pinned by a large weight on positive flows, until the fitted {@code ẑ}
   * is non-negative on every zero flow; the zero flows with {@code ẑ > tol} are separated.
   */
  private boolean[] reluSeparation(ModelData d, Cancellation cancellation) {
    int n = d.size();
    boolean[] keep = new boolean[n];
    Arrays.fill(keep, true);
    int zeros = 0;
    for (double v : d.y) {
      if (v == 0) {
        zeros++;
      }
    }
    if (zeros == 0) {
      return keep;
    }
    int p = d.x.length;
    Demeaner dm = new Demeaner(d.fe, d.nGroups, n);
    double[] omega = new double[n];
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      boolean zero = d.y[i] == 0;
      omega[i] = zero ? 1 : RELU_PIN_WEIGHT;
      u[i] = zero ? 1 : 0;
    }
    dm.setWeights(omega);
    double[][] xt = new double[p][n];
    double[][] alphaX = new double[p][dm.coefficientCount()];
    for (int c = 0; c < p; c++) {
      dm.demean(d.x[c], xt[c], alphaX[c], RELU_DEMEAN_TOLERANCE, MAX_SWEEPS);
    }
    double[] ut = new double[n];
    double[] alphaU = new double[dm.coefficientCount()];
    double[] beta = new double[p];
    double[][] xtwx = new double[p][p];
    for (int it = 0; it < RELU_MAX_ITERATIONS; it++) {
      cancellation.throwIfCancelled();
      dm.demean(u, ut, alphaU, RELU_DEMEAN_TOLERANCE, MAX_SWEEPS);
      if (p > 0) {
        Regression.solve(xt, ut, omega, xtwx, beta, d.names);
      }
      double minZero = Double.POSITIVE_INFINITY;
      double maxU = 0;
      double maxPositive = 0;
      for (int i = 0; i < n; i++) {
        double e = ut[i];
        for (int c = 0; c < p; c++) {
          e -= beta[c] * xt[c][i];
        }
        double zhat = u[i] - e;
        if (d.y[i] == 0) {
          minZero = Math.min(minZero, zhat);
          u[i] = Math.max(zhat, 0);
          maxU = Math.max(maxU, u[i]);
        } else {
          maxPositive = Math.max(maxPositive, Math.abs(zhat));
          u[i] = 0;
        }
      }
      if (maxU <= RELU_TOLERANCE * RELU_TOLERANCE) {
        return keep; // u shrank towards 0: no certificate of separation exists
      }
      // The rules are relative to the scale of u: a certificate z = Xγ is scale-free.
      if (minZero >= -RELU_TOLERANCE * maxU && maxPositive <= RELU_TOLERANCE * maxU) {
        for (int i = 0; i < n; i++) {
          if (d.y[i] == 0 && u[i] > RELU_TOLERANCE * maxU) {
            keep[i] = false;
          }
        }
        return keep;
      }
    }
    throw new ConvergenceException(
        "ReLU separation test did not settle: fitted scores on zero flows must become >= -"
            + RELU_TOLERANCE
            + " within "
            + RELU_MAX_ITERATIONS
            + " iterations",
        RELU_MAX_ITERATIONS);
  }

  private GravityFit irls(
      ModelData d,
      int sepFe,
      int sepX,
      List<String> omitted,
      ConvergenceProgress bar,
      Cancellation cancellation) {
    int n = d.size();
    int p = d.x.length;
    double[] y = d.y;
    double[] pw = d.weights;
    Demeaner dm = new Demeaner(d.fe, d.nGroups, n);
    int nc = dm.coefficientCount();
    double[] mu = new double[n];
    double[] eta = new double[n];
    double[] w = new double[n];
    double[] z = new double[n];
    double[] zt = new double[n];
    double[][] xt = new double[p][n];
    double[] alphaZ = new double[nc];
    double[][] alphaX = new double[p][nc];
    double[] beta = new double[p];
    double[][] xtwx = new double[p][p];
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < n; i++) {
      double wi = pw == null ? 1 : pw[i];
      sw += wi;
      swy += wi * y[i];
    }
    double ybar = swy / sw;
    // ppmlhdfe's floor of 0.1 is in the unit of the flows: scaled with them below a mean of 1.
    double devianceFloor = Math.max(0.1 * Math.min(1, ybar), Double.MIN_NORMAL);
    for (int i = 0; i < n; i++) {
      mu[i] = 0.5 * (y[i] + ybar);
      eta[i] = Math.log(mu[i]);
    }
    double devOld = Double.POSITIVE_INFINITY;
    double dev = Double.NaN;
    double crit = Double.NaN;
    int iter = 0;
    boolean converged = false;
    while (iter < maxIterations) {
      cancellation.throwIfCancelled();
      iter++;
      for (int i = 0; i < n; i++) {
        w[i] = (pw == null ? 1 : pw[i]) * mu[i];
        z[i] = eta[i] + (y[i] - mu[i]) / mu[i];
      }
      dm.setWeights(w);
      // Loose projections while IRLS is far from its solution, the target once it is close
      // (ppmlhdfe's adaptive rule); convergence is only declared at the target.
      double inner =
          Math.max(demeanTolerance, Math.min(LOOSE_DEMEAN_TOLERANCE, 0.1 * (Double.isNaN(crit) ? 1 : crit)));
      dm.demean(z, zt, alphaZ, inner, MAX_SWEEPS);
      for (int c = 0; c < p; c++) {
        dm.demean(d.x[c], xt[c], alphaX[c], inner, MAX_SWEEPS);
      }
      if (p > 0) {
        Regression.solve(xt, zt, w, xtwx, beta, d.names);
      }
      for (int i = 0; i < n; i++) {
        double e = zt[i];
        for (int c = 0; c < p; c++) {
          e -= beta[c] * xt[c][i];
        }
        eta[i] = z[i] - e;
        mu[i] = Math.exp(eta[i]);
      }
      dev = deviance(y, mu, pw);
      crit = Math.abs(dev - devOld) / Math.max(Math.min(dev, devOld), devianceFloor);
      if (crit < tolerance && inner == demeanTolerance) {
        converged = true;
        break;
      }
      bar.iteration(crit);
      devOld = dev;
    }
    if (!converged) {
      throw new ConvergenceException(
          String.format(
              Locale.ROOT,
              "PPML did not converge: relative deviance change must be < %.3g, was %.3g after %d"
                  + " iterations",
              tolerance,
              crit,
              iter),
          iter);
    }
    bar.converged();
    // Fixed-effect part of each row: eta = z - z~ + X~beta = x'beta + sum_d alpha_d, with alpha =
    // alphaZ - sum_c beta_c alphaX_c read off the projections' coefficients. Taking ln mu - x'beta
    // instead would lose it: where mu is some 30 orders below the largest flows, z = ln mu + (y -
    // mu)/mu is huge and eta keeps no digit of its fixed effects.
    double[] alpha = alphaZ.clone();
    for (int c = 0; c < p; c++) {
      for (int j = 0; j < nc; j++) {
        alpha[j] -= beta[c] * alphaX[c][j];
      }
    }
    double[] feSum = new double[n];
    for (int k = 0; k < d.fe.length; k++) {
      int off = dm.offset(k);
      int[] g = d.fe[k];
      for (int i = 0; i < n; i++) {
        feSum[i] += alpha[off + g[i]];
      }
    }
    // Variance at the solution: project the regressors with the final weights.
    for (int i = 0; i < n; i++) {
      w[i] = (pw == null ? 1 : pw[i]) * mu[i];
    }
    dm.setWeights(w);
    double[] u = new double[n];
    for (int c = 0; c < p; c++) {
      dm.demean(d.x[c], xt[c], alphaX[c], demeanTolerance, MAX_SWEEPS);
    }
    for (int i = 0; i < n; i++) {
      u[i] = (pw == null ? 1 : pw[i]) * (y[i] - mu[i]);
    }
    double[][] vcov = new double[p][p];
    if (p > 0) {
      Regression.crossProduct(xt, w, xtwx);
      double q =
          d.cluster == null
              ? (double) n / (n - 1)
              : (double) d.nClusters / (d.nClusters - 1);
      vcov = Regression.sandwich(xt, u, xtwx, d.cluster, d.nClusters, q, d.names);
    }
    // The coefficients' representation depends on the path IRLS took (with several dimensions
    // the dummies are collinear in more ways than normalise() removes): project the row sums
    // afresh, unweighted and from zero, so that equal fits report equal values.
    List<ImmutableMap<String, Double>> fe = recoverFixedEffects(d, dm, feSum, demeanTolerance);
    double ll = 0;
    double ll0 = 0;
    for (int i = 0; i < n; i++) {
      double wi = pw == null ? 1 : pw[i];
      double lg = Gamma.logGamma(y[i] + 1);
      ll += wi * (y[i] * eta[i] - mu[i] - lg);
      ll0 += wi * (y[i] * Math.log(ybar) - ybar - lg);
    }
    return new GravityFit(
        "PPML",
        d.names,
        beta,
        vcov,
        n,
        sepFe,
        sepX,
        0,
        iter,
        dev,
        1 - ll / ll0,
        d.cluster == null ? "robust" : "clustered by " + d.clusterName,
        d.nClusters,
        d.feNames,
        fe,
        omitted);
  }

  /** Projects r (assumed in the span of the dummies) onto them and returns labelled values. */
  static List<ImmutableMap<String, Double>> recoverFixedEffects(
      ModelData d, Demeaner dm, double[] r, double tol) {
    int n = r.length;
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    dm.setWeights(ones);
    double[] alpha = new double[dm.coefficientCount()];
    double[] resid = new double[n];
    dm.demean(r, resid, alpha, tol, MAX_SWEEPS);
    dm.normalise(alpha);
    return labelled(d, dm, alpha);
  }

  /** Labels normalised fixed-effect coefficients by dimension and group. */
  private static List<ImmutableMap<String, Double>> labelled(
      ModelData d, Demeaner dm, double[] alpha) {
    List<ImmutableMap<String, Double>> out = new ArrayList<>();
    for (int k = 0; k < d.fe.length; k++) {
      ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
      int off = dm.offset(k);
      for (int g = 0; g < d.nGroups[k]; g++) {
        b.put(d.label(k, g), alpha[off + g]);
      }
      out.add(b.build());
    }
    return out;
  }

  static double deviance(double[] y, double[] mu, double[] pw) {
    double dev = 0;
    for (int i = 0; i < y.length; i++) {
      double yi = y[i];
      double t = yi > 0 ? yi * Math.log(yi / mu[i]) - (yi - mu[i]) : mu[i];
      dev += (pw == null ? 1 : pw[i]) * t;
    }
    return 2 * dev;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Ppml[tolerance %.3g, demeanTolerance %.3g, maxIterations %d]",
        tolerance,
        demeanTolerance,
        maxIterations);
  }
}
