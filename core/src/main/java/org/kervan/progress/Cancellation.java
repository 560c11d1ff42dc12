package org.kervan.progress;

import java.util.concurrent.CancellationException;

/**
 * A flag by which one thread asks long work running in another to stop. The work checks it
 * between units ({@link #throwIfCancelled()}) and stops with a {@link CancellationException},
 * returning no partial result; a cancelled flag stays cancelled.
 *
 * <p>Example: cancel a batch from a shutdown hook (Ctrl-C) while it runs.
 *
 * <pre>{@code
 * Cancellation cancel = Cancellation.create();
 * Runtime.getRuntime().addShutdownHook(new Thread(cancel::cancel));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Cancellation {
  private static final Cancellation NEVER = new Cancellation(false);

  private final boolean cancellable;
  private volatile boolean cancelled;

  private Cancellation(boolean cancellable) {
    this.cancellable = cancellable;
  }

  /**
   * Returns a new flag, not cancelled.
   *
   * @return a new cancellation flag
   */
  public static Cancellation create() {
    return new Cancellation(true);
  }

  /**
   * Returns the shared flag that can never be cancelled, for callers that do not cancel.
   *
   * @return the flag whose {@link #cancel()} is refused
   */
  public static Cancellation never() {
    return NEVER;
  }

  /**
   * Asks the work to stop; idempotent.
   *
   * @throws IllegalStateException on the {@link #never()} flag
   */
  public void cancel() {
    if (!cancellable) {
      throw new IllegalStateException("Cancellation.never() must not be cancelled");
    }
    cancelled = true;
  }

  /**
   * Returns whether {@link #cancel()} was called.
   *
   * @return true once cancelled
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Throws if {@link #cancel()} was called; work calls this between units.
   *
   * @throws CancellationException if cancelled
   */
  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancellationException("the work was cancelled");
    }
  }

  /** Returns {@code Cancellation[cancelled]} or {@code Cancellation[running]}. */
  @Override
  public String toString() {
    return cancelled ? "Cancellation[cancelled]" : "Cancellation[running]";
  }
}
