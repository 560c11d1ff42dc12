package org.kervan.gravity;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Small dense steps shared by the estimators: weighted least squares and sandwich variances. */
final class Regression {
  /** Below this relative pivot, QR calls a regressor collinear (commons-math3's threshold). */
  private static final double COLLINEAR = 1e-10;

  private Regression() {}

  /** Returns {@code v_i − x_i'β} for every row. */
  static double[] minusXb(double[] v, double[][] x, double[] beta) {
    int n = v.length;
    double[] r = v.clone();
    for (int c = 0; c < beta.length; c++) {
      double b = beta[c];
      double[] xc = x[c];
      for (int i = 0; i < n; i++) {
        r[i] -= b * xc[i];
      }
    }
    return r;
  }

  /** Fills {@code xtwx} with X̃'WX̃ (p × p). */
  static void crossProduct(double[][] xt, double[] w, double[][] xtwx) {
    int p = xt.length;
    int n = w.length;
    for (int a = 0; a < p; a++) {
      double[] xa = xt[a];
      for (int b = 0; b <= a; b++) {
        double[] xb = xt[b];
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += w[i] * xa[i] * xb[i];
        }
        xtwx[a][b] = s;
        xtwx[b][a] = s;
      }
    }
  }

  /**
   * Solves the weighted normal equations {@code (X̃'WX̃) β = X̃'W z̃} by QR (commons-math3).
   *
   * @throws IllegalArgumentException if the regressors are collinear, with each other or with the
   *     fixed effects
   */
  static void solve(
      double[][] xt, double[] zt, double[] w, double[][] xtwx, double[] beta, Iterable<String> names) {
    int p = xt.length;
    int n = w.length;
    crossProduct(xt, w, xtwx);
    double[] rhs = new double[p];
    for (int a = 0; a < p; a++) {
      double s = 0;
      double[] xa = xt[a];
      for (int i = 0; i < n; i++) {
        s += w[i] * xa[i] * zt[i];
      }
      rhs[a] = s;
    }
    DecompositionSolver solver = solver(xtwx, names);
    double[] b = solver.solve(new ArrayRealVector(rhs, false)).toArray();
    System.arraycopy(b, 0, beta, 0, p);
  }

  /**
   * A solver of {@code xtwx}, after checking it is not singular. The check is made on the
   * correlation form {@code D^-1/2 M D^-1/2} ({@code D} the diagonal), so that it does not depend
   * on the units of the regressors or the scale of the weights: commons-math3's threshold is
   * absolute, and would call a regressor in millionths, or any regressor with flows of 10^-12 as
   * weights, collinear.
   */
  static DecompositionSolver solver(double[][] xtwx, Iterable<String> names) {
    int p = xtwx.length;
    double[] scale = new double[p];
    boolean singular = false;
    for (int a = 0; a < p; a++) {
      scale[a] = Math.sqrt(xtwx[a][a]);
      singular |= !(scale[a] > 0);
    }
    if (!singular) {
      double[][] corr = new double[p][p];
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          corr[a][b] = xtwx[a][b] / scale[a] / scale[b];
        }
      }
      singular = !new QRDecomposition(new Array2DRowRealMatrix(corr, false), COLLINEAR)
          .getSolver().isNonSingular();
    }
    if (singular) {
      throw new IllegalArgumentException(
          "regressors must not be collinear with each other or with the fixed effects, were "
              + names);
    }
    // Not singular: solve the matrix itself (threshold 0: only an exact zero pivot would fail).
    return new QRDecomposition(new Array2DRowRealMatrix(xtwx, true), 0).getSolver();
  }

  /**
   * The sandwich {@code q · B⁻¹ (Σ_c s_c s_c') B⁻¹} with scores {@code s_i = x̃_i u_i} summed
   * within clusters (each row its own cluster when {@code cluster} is null).
   */
  static double[][] sandwich(
      double[][] xt,
      double[] u,
      double[][] bread,
      int[] cluster,
      int nClusters,
      double q,
      Iterable<String> names) {
    int p = xt.length;
    int n = u.length;
    double[][] meat = new double[p][p];
    if (cluster == null) {
      double[] s = new double[p];
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < p; a++) {
          s[a] = xt[a][i] * u[i];
        }
        for (int a = 0; a < p; a++) {
          for (int b = 0; b <= a; b++) {
            meat[a][b] += s[a] * s[b];
          }
        }
      }
    } else {
      double[][] sc = new double[nClusters][p];
      for (int i = 0; i < n; i++) {
        double[] s = sc[cluster[i]];
        for (int a = 0; a < p; a++) {
          s[a] += xt[a][i] * u[i];
        }
      }
      for (double[] s : sc) {
        for (int a = 0; a < p; a++) {
          for (int b = 0; b <= a; b++) {
            meat[a][b] += s[a] * s[b];
          }
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        meat[b][a] = meat[a][b];
      }
    }
    RealMatrix inv = solver(bread, names).getInverse();
    RealMatrix v = inv.multiply(new Array2DRowRealMatrix(meat, false)).multiply(inv);
    double[][] out = v.scalarMultiply(q).getData();
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        double s = 0.5 * (out[a][b] + out[b][a]);
        out[a][b] = s;
        out[b][a] = s;
      }
    }
    return out;
  }
}
