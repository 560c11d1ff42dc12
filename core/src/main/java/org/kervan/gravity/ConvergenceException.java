package org.kervan.gravity;

/**
 * Thrown when an iterative method of this package (IRLS, fixed-effect demeaning, a
 * general-equilibrium solve) does not meet its stated stopping rule within its iteration limit.
 * The message names the method, the rule, the iterations used and the last change seen. No
 * half-converged result is ever returned instead.
 */
public final class ConvergenceException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The iterations used before giving up. */
  private final int iterations;

  /**
   * Creates the exception.
   *
   * @param message what did not converge, its rule and the last change
   * @param iterations the iterations used
   */
  public ConvergenceException(String message, int iterations) {
    super(message);
    this.iterations = iterations;
  }

  /**
   * Returns the iterations used before giving up.
   *
   * @return the iteration count, {@code >= 0}
   */
  public int iterations() {
    return iterations;
  }
}
