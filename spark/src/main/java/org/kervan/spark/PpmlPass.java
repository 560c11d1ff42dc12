package org.kervan.spark;

import java.io.Serializable;
import org.apache.spark.broadcast.Broadcast;

/**
 * One pass of a distributed PPML fit over a {@link PpmlBlock}, accumulating into a flat array:
 * every row recomputes its linear predictor, mean, IRLS weight and working response from the
 * broadcast {@link State} (the fit's whole state is that small), so a pass needs no state on the
 * executors and a lost partition is simply recomputed.
 */
final class PpmlPass implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a pass sums. */
  enum Mode {
    /** Per group of one dimension: the weight, then each active column's weighted residual. */
    SWEEP,
    /** The p × p cross product X̃'WX̃, then X̃'Wz̃. */
    NORMAL_EQUATIONS,
    /** The Poisson deviance at the state's predictor (its "next" β and fixed effects). */
    DEVIANCE
  }

  /**
   * The broadcast state: {@code ln μ = x'β + Σ_d η_d(g_d)} (or the start {@code μ = (y + ȳ)/2}
   * when {@code eta} is null) and the fixed-effect coefficients {@code alpha[c]} of every column
   * being projected (column 0 the working response, column c + 1 regressor c), all dimensions
   * concatenated at {@code offsets}.
   */
  static final class State implements Serializable {
    private static final long serialVersionUID = 1L;
    final double[] beta;
    final double[] eta;
    final double ybar;
    final double[][] alpha;
    final int[] offsets;

    State(double[] beta, double[] eta, double ybar, double[][] alpha, int[] offsets) {
      this.beta = beta;
      this.eta = eta;
      this.ybar = ybar;
      this.alpha = alpha;
      this.offsets = offsets;
    }
  }

  private final Broadcast<State> state;
  private final Mode mode;
  private final int dim;
  private final boolean[] active;

  PpmlPass(Broadcast<State> state, Mode mode, int dim, boolean[] active) {
    this.state = state;
    this.mode = mode;
    this.dim = dim;
    this.active = active;
  }

  /** Adds one block's sums into {@code acc} and returns it. */
  double[] add(double[] acc, PpmlBlock b) {
    State s = state.value();
    int p = b.x.length;
    int k = b.g.length;
    int cols = p + 1;
    double[] v = new double[cols];
    for (int i = 0; i < b.n; i++) {
      double yi = b.y[i];
      double mu;
      double eta;
      if (s.eta == null) {
        mu = 0.5 * (yi + s.ybar);
        eta = Math.log(mu);
      } else {
        eta = 0;
        for (int c = 0; c < p; c++) {
          eta += s.beta[c] * b.x[c][i];
        }
        for (int d = 0; d < k; d++) {
          eta += s.eta[s.offsets[d] + b.g[d][i]];
        }
        mu = Math.exp(eta);
      }
      if (mode == Mode.DEVIANCE) {
        acc[0] += yi > 0 ? yi * Math.log(yi / mu) - (yi - mu) : mu;
        continue;
      }
      double w = mu;
      v[0] = eta + (yi - mu) / mu;
      for (int c = 0; c < p; c++) {
        v[c + 1] = b.x[c][i];
      }
      if (mode == Mode.SWEEP) {
        int gi = b.g[dim][i];
        int stride = cols + 1;
        acc[gi * stride] += w;
        for (int c = 0; c < cols; c++) {
          if (!active[c]) {
            continue;
          }
          double r = v[c];
          for (int d = 0; d < k; d++) {
            if (d != dim) {
              r -= s.alpha[c][s.offsets[d] + b.g[d][i]];
            }
          }
          acc[gi * stride + 1 + c] += w * r;
        }
      } else {
        // Projected columns: v minus every dimension's coefficient.
        for (int c = 0; c < cols; c++) {
          double r = v[c];
          for (int d = 0; d < k; d++) {
            r -= s.alpha[c][s.offsets[d] + b.g[d][i]];
          }
          v[c] = r;
        }
        for (int a = 0; a < p; a++) {
          for (int c = 0; c <= a; c++) {
            acc[a * p + c] += w * v[a + 1] * v[c + 1];
          }
          acc[p * p + a] += w * v[a + 1] * v[0];
        }
      }
    }
    return acc;
  }

  /**
   * Returns each row's score {@code x̃_i (y_i − μ_i)}, the regressors projected with every
   * dimension's coefficients, for the sandwich variance.
   */
  double[][] scores(PpmlBlock b) {
    State s = state.value();
    int p = b.x.length;
    int k = b.g.length;
    double[][] out = new double[b.n][p];
    for (int i = 0; i < b.n; i++) {
      double eta = 0;
      for (int c = 0; c < p; c++) {
        eta += s.beta[c] * b.x[c][i];
      }
      for (int d = 0; d < k; d++) {
        eta += s.eta[s.offsets[d] + b.g[d][i]];
      }
      double u = b.y[i] - Math.exp(eta);
      for (int c = 0; c < p; c++) {
        double r = b.x[c][i];
        for (int d = 0; d < k; d++) {
          r -= s.alpha[c + 1][s.offsets[d] + b.g[d][i]];
        }
        out[i][c] = r * u;
      }
    }
    return out;
  }

  /** Adds {@code b} into {@code a}, for combining partitions' sums. */
  static double[] merge(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
