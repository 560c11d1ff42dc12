package org.kervan.progress;

/**
 * Receives the progress of long work (batch routing, Monte Carlo runs, fits, sweeps) as a count
 * of finished units out of a known total.
 *
 * <p>The work calls {@link #onProgress} from the thread doing it, after each unit or batch of
 * units, with {@code done} rising from 0 to {@code total}; a listener that updates a user
 * interface or is shared between threads must do its own hand-off. A listener must be quick and
 * must not throw: it runs inside the work's loop.
 *
 * <p>Example, a listener printing whole percentages:
 *
 * <pre>{@code
 * ProgressListener percent = (done, total) -> System.err.printf("%d%%%n", 100 * done / total);
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Called when {@code done} of {@code total} units are finished.
   *
   * @param done units finished so far, {@code 0 <= done <= total}
   * @param total units in all, {@code >= 0}
   */
  void onProgress(long done, long total);

  /**
   * Returns a listener that ignores every call.
   *
   * @return the no-op listener
   */
  static ProgressListener none() {
    return (done, total) -> {};
  }
}
