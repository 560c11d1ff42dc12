package org.kervan.gravity;

import java.util.Arrays;
import java.util.Locale;

/**
 * Weighted alternating projections onto the span of K sets of group dummies, accelerated by the
 * Irons–Tuck (1969) extrapolation that fixest uses (Berge 2018); the same fixed point ppmlhdfe
 * reaches with its own acceleration (Correia, Guimarães and Zylkin 2020).
 *
 * <p>One sweep is a Gauss–Seidel pass over the dimensions: {@code α_d(g) = Σ_{i∈g} w_i (v_i −
 * Σ_{d'≠d} α_{d'}(g_{d'}(i))) / Σ_{i∈g} w_i}. The residual {@code r = v − Σ_d α_d} is rebuilt in
 * the first pass and kept in step after, so a sweep costs K + 1 passes over the rows. Every two sweeps {@code X → G(X) → G(G(X))} are
 * extrapolated: {@code X' = GGX − (δG·δ²/δ²·δ²) δG} with {@code δG = GGX − GX} and {@code δ² = GGX
 * − 2GX + X}. Stopping rule (fixest's): every coefficient moved, between the last two sweeps, by at
 * most {@code tol} in absolute terms or relative to {@code 0.1 + |α|}.
 *
 * <p>Not thread-safe: one instance per fit; all work arrays are allocated once, in the
 * constructor.
 */
final class Demeaner {
  private final int n;
  private final int k;
  private final int[][] g;
  private final int[] nGroups;
  private final int[] offsets;
  private final int total;
  private final double[] sw;
  private final double[] acc;
  private final double[] x0;
  private final double[] gx;
  private double[] w;

  Demeaner(int[][] g, int[] nGroups, int n) {
    this.n = n;
    this.k = g.length;
    this.g = g;
    this.nGroups = nGroups;
    this.offsets = new int[k + 1];
    for (int d = 0; d < k; d++) {
      offsets[d + 1] = offsets[d] + nGroups[d];
    }
    this.total = offsets[k];
    this.sw = new double[total];
    this.acc = new double[total];
    this.x0 = new double[total];
    this.gx = new double[total];
  }

  /** The length of a coefficient vector (all groups of all dimensions). */
  int coefficientCount() {
    return total;
  }

  int dimensions() {
    return k;
  }

  /** Sets the weights (kept by reference) and their group sums. */
  void setWeights(double[] weights) {
    this.w = weights;
    Arrays.fill(sw, 0);
    for (int d = 0; d < k; d++) {
      int[] gd = g[d];
      int off = offsets[d];
      for (int i = 0; i < n; i++) {
        sw[off + gd[i]] += weights[i];
      }
    }
  }

  /**
   * Projects {@code v} off the fixed effects: {@code r = v − Σ_d α_d}, with {@code alpha} the warm
   * start on entry and the coefficients on exit.
   *
   * @return the sweeps used
   * @throws ConvergenceException if the stopping rule is not met within maxSweeps
   */
  int demean(double[] v, double[] r, double[] alpha, double tol, int maxSweeps) {
    if (k == 0) {
      System.arraycopy(v, 0, r, 0, n);
      return 0;
    }
    if (k == 1) {
      sweep(v, r, alpha);
      return 1;
    }
    int sweeps = 0;
    double lastChange = Double.NaN;
    while (sweeps < maxSweeps) {
      System.arraycopy(alpha, 0, x0, 0, total);
      sweep(v, r, alpha);
      System.arraycopy(alpha, 0, gx, 0, total);
      sweep(v, r, alpha);
      sweeps += 2;
      // alpha now holds GGX, r is consistent with it.
      boolean more = false;
      double maxChange = 0;
      double num = 0;
      double den = 0;
      for (int j = 0; j < total; j++) {
        double ggx = alpha[j];
        double dg = ggx - gx[j];
        double d2 = dg - (gx[j] - x0[j]);
        num += dg * d2;
        den += d2 * d2;
        double a = Math.abs(dg);
        if (a > tol && a / (0.1 + Math.abs(ggx)) > tol) {
          more = true;
        }
        maxChange = Math.max(maxChange, a);
      }
      lastChange = maxChange;
      if (!more) {
        return sweeps;
      }
      if (den > 0) {
        double c = num / den;
        for (int j = 0; j < total; j++) {
          alpha[j] -= c * (alpha[j] - gx[j]);
        }
        // r is rebuilt from v by the next sweep's first pass.
      }
    }
    throw new ConvergenceException(
        String.format(
            Locale.ROOT,
            "fixed-effect demeaning did not converge: coefficients must move by <= %.3g between"
                + " sweeps, moved by %.3g after %d sweeps",
            tol,
            lastChange,
            sweeps),
        sweeps);
  }

  /**
   * One Gauss–Seidel sweep, K + 1 passes over the rows; the first pass rebuilds the residual from
   * {@code v}, so the sweep may follow an extrapolation of {@code alpha}.
   */
  private void sweep(double[] v, double[] r, double[] alpha) {
    double[] wt = w;
    int[] g0 = g[0];
    int off0 = offsets[0];
    Arrays.fill(acc, off0, off0 + nGroups[0], 0);
    for (int i = 0; i < n; i++) {
      double ri = v[i];
      for (int d = 1; d < k; d++) {
        ri -= alpha[offsets[d] + g[d][i]];
      }
      r[i] = ri;
      acc[off0 + g0[i]] += wt[i] * ri;
    }
    solve(0, alpha);
    for (int d = 1; d < k; d++) {
      int[] gp = g[d - 1];
      int offp = offsets[d - 1];
      int[] gd = g[d];
      int offd = offsets[d];
      Arrays.fill(acc, offd, offd + nGroups[d], 0);
      for (int i = 0; i < n; i++) {
        int j = offd + gd[i];
        double ri = r[i] - alpha[offp + gp[i]] + alpha[j];
        r[i] = ri;
        acc[j] += wt[i] * ri;
      }
      solve(d, alpha);
    }
    int[] gl = g[k - 1];
    int offl = offsets[k - 1];
    for (int i = 0; i < n; i++) {
      r[i] -= alpha[offl + gl[i]];
    }
  }

  private void solve(int d, double[] alpha) {
    for (int j = offsets[d], end = offsets[d + 1]; j < end; j++) {
      alpha[j] = acc[j] / sw[j];
    }
  }

  /** Shifts every dimension after the first so that its group 0 is 0, the first absorbing it. */
  void normalise(double[] alpha) {
    for (int d = 1; d < k; d++) {
      double c = alpha[offsets[d]];
      for (int j = offsets[d]; j < offsets[d + 1]; j++) {
        alpha[j] -= c;
      }
      for (int j = offsets[0]; j < offsets[1]; j++) {
        alpha[j] += c;
      }
    }
  }

  int offset(int d) {
    return offsets[d];
  }
}
