package org.kervan.gravity;

import org.kervan.progress.ProgressListener;

/**
 * Turns an iterative fit's convergence criterion into progress for a {@link ProgressListener}: an
 * iteration count has no known total, so progress is how far the criterion has come towards its
 * tolerance on a log scale, in {@link #UNITS} units:
 *
 * <pre>done = ⌊UNITS · clamp(ln(crit) / ln(tolerance), 0, 1)⌋</pre>
 *
 * never falling (a criterion that rises again does not move the bar back) and held below {@code
 * UNITS} until the fit has converged. Not thread-safe: one instance per fit.
 */
final class ConvergenceProgress {
  /** Progress units in all. */
  static final long UNITS = 1000;

  private final ProgressListener listener;
  private final double lnTolerance;
  private long done;

  ConvergenceProgress(ProgressListener listener, double tolerance) {
    this.listener = listener;
    this.lnTolerance = Math.log(tolerance);
    listener.onProgress(0, UNITS);
  }

  /** Reports an iteration that ended with criterion {@code crit}; NaN reports nothing. */
  void iteration(double crit) {
    if (Double.isNaN(crit)) {
      return; // no measure of progress this iteration
    }
    double fraction = crit > 0 ? Math.log(crit) / lnTolerance : 1;
    long now = Math.min(UNITS - 1, (long) Math.floor(UNITS * Math.min(1, Math.max(0, fraction))));
    if (now > done) {
      done = now;
      listener.onProgress(done, UNITS);
    }
  }

  /** Reports the fit converged. */
  void converged() {
    done = UNITS;
    listener.onProgress(UNITS, UNITS);
  }
}
