package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import com.google.common.collect.ImmutableMap;

/**
 * The log-linear gravity benchmark: ordinary (or, with panel weights, weighted) least squares of
 * {@code ln y} on the regressors with the same absorbed fixed effects as {@link Ppml}; zero flows
 * are dropped (ln 0 is undefined), which is the bias PPML exists to avoid (Santos Silva and
 * Tenreyro 2006). The fixed effects are absorbed by the same accelerated alternating projections
 * ({@link Demeaner}, stopping rule as in {@link Ppml}); by the Frisch–Waugh–Lovell theorem the
 * coefficients equal those of the regression with dummies.
 *
 * <p>Variance: the sandwich of {@link Vce} with scores {@code x̃_i w_i e_i}, times {@code
 * (N−1)/(N−K)} (K = regressors plus absorbed fixed-effect levels, counted as Σ_d G_d − (D − 1), an
 * assumption exact for connected designs) and {@code G/(G−1)} when clustered, as Stata's {@code
 * reghdfe}; robust uses {@code N/(N−K)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LogLinearOls {
  private static final LogLinearOls DEFAULTS = new LogLinearOls(1e-10);

  private final double demeanTolerance;

  private LogLinearOls(double demeanTolerance) {
    this.demeanTolerance = demeanTolerance;
  }

  /**
   * Returns the estimator with demeaning tolerance 1e-10 (an assumption, as in {@link Ppml}).
   *
   * @return the estimator
   */
  public static LogLinearOls defaults() {
    return DEFAULTS;
  }

  /**
   * Fits a model to a panel.
   *
   * @param panel the panel; {@code ln flow} of its positive flows is the response
   * @param model the regressors, fixed effects and variance estimator
   * @return the fit
   * @throws IllegalArgumentException if a column is missing, regressors are collinear or no
   *     positive flow is left
   */
  public GravityFit fit(TradePanel panel, GravityModel model) {
    return fit(ModelData.from(panel, model));
  }

  /**
   * Fits {@code ln y} of the positive responses.
   *
   * @param data the data
   * @return the fit
   * @throws IllegalArgumentException if regressors are collinear or no positive response is left
   */
  public GravityFit fit(ModelData data) {
    checkNotNull(data, "data");
    ModelData d0 = Ppml.withConstantIfNoFixedEffects(data);
    boolean[] keep = new boolean[d0.size()];
    int dropped = 0;
    for (int i = 0; i < keep.length; i++) {
      keep[i] = d0.y[i] > 0;
      if (!keep[i]) {
        dropped++;
      }
    }
    ModelData d = d0.subset(keep);
    int n = d.size();
    int p = d.x.length;
    if (n == 0) {
      throw new IllegalArgumentException("positive flows must exist for OLS on ln flow, were none");
    }
    double[] w = new double[n];
    double[] ly = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = d.weights == null ? 1 : d.weights[i];
      ly[i] = Math.log(d.y[i]);
    }
    Demeaner dm = new Demeaner(d.fe, d.nGroups, n);
    dm.setWeights(w);
    double[] yt = new double[n];
    dm.demean(ly, yt, new double[dm.coefficientCount()], demeanTolerance, 100_000);
    double[][] xt = new double[p][n];
    for (int c = 0; c < p; c++) {
      dm.demean(d.x[c], xt[c], new double[dm.coefficientCount()], demeanTolerance, 100_000);
    }
    double[] beta = new double[p];
    double[][] xtwx = new double[p][p];
    if (p > 0) {
      Regression.solve(xt, yt, w, xtwx, beta, d.names);
    }
    double[] e = new double[n];
    double[] u = new double[n];
    double rss = 0;
    double tss = 0;
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < n; i++) {
      sw += w[i];
      swy += w[i] * ly[i];
    }
    double mean = swy / sw;
    for (int i = 0; i < n; i++) {
      double ei = yt[i];
      for (int c = 0; c < p; c++) {
        ei -= beta[c] * xt[c][i];
      }
      e[i] = ei;
      u[i] = w[i] * ei;
      rss += w[i] * ei * ei;
      tss += w[i] * (ly[i] - mean) * (ly[i] - mean);
    }
    int absorbed = 0;
    for (int k = 0; k < d.fe.length; k++) {
      absorbed += d.nGroups[k];
    }
    absorbed -= d.fe.length - 1;
    int kk = p + absorbed;
    double[][] vcov = new double[p][p];
    if (p > 0) {
      if (!(n > kk)) {
        throw new IllegalArgumentException(
            "observations must exceed parameters (" + kk + ") for OLS, were " + n);
      }
      double q =
          d.cluster == null
              ? (double) n / (n - kk)
              : (double) (n - 1) / (n - kk) * d.nClusters / (d.nClusters - 1);
      vcov = Regression.sandwich(xt, u, xtwx, d.cluster, d.nClusters, q, d.names);
    }
    double[] r = Regression.minusXb(ly, d.x, beta);
    for (int i = 0; i < n; i++) {
      r[i] -= e[i];
    }
    List<ImmutableMap<String, Double>> fe =
        Ppml.recoverFixedEffects(d, dm, r, demeanTolerance);
    return new GravityFit(
        "OLS (ln flow)",
        d.names,
        beta,
        vcov,
        n,
        0,
        0,
        dropped,
        1,
        rss,
        1 - rss / tss,
        d.cluster == null ? "robust" : "clustered by " + d.clusterName,
        d.nClusters,
        d.feNames,
        fe,
        List.of());
  }

  @Override
  public String toString() {
    return "LogLinearOls[demeanTolerance " + demeanTolerance + "]";
  }
}
