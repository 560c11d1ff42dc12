package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.internal.Checks;

/**
 * Trade gains over primitive arrays, for millions of flows: {@code newValuesUsd[i] =
 * baselineValuesUsd[i] * function.multiplier(baselineDays[i], newDays[i])}.
 *
 * <p>The loop is {@link ElasticityFunction#scale}: the built-in elasticities implement it as a
 * plain loop over the same static per-element arithmetic their {@link
 * ElasticityFunction#multiplier} uses, so there is one virtual call per chunk, no allocation and
 * no boxing in the loop, and the results equal {@link TradeGain#of(double, ElasticityFunction,
 * double, double) TradeGain.of(...).newValueUsd()} bit for bit, sequentially or in parallel. The
 * parallel variant splits the index range into chunks of {@link #CHUNK_SIZE} on a {@link
 * ForkJoinPool}; each element is computed independently, so the split cannot change a result.
 *
 * <p>No half-written array survives an exception: an in-place call (where {@code newValuesUsd} is
 * one of the input arrays) computes into a staging copy and writes the caller's array only when
 * every element succeeded, so on an exception the caller's arrays are unchanged; a call into a
 * separate output array may leave that array partly written, but never changes an input. This class is stateless and thread-safe; the arrays must not be changed by
 * another thread during a call.
 */
public final class TradeGainBatch {
  /** Elements per parallel task: large enough to amortise a fork, small enough to balance. */
  public static final int CHUNK_SIZE = 16_384;

  private TradeGainBatch() {}

  /**
   * Computes the new values, sequentially.
   *
   * @param function the elasticity
   * @param baselineValuesUsd values before the change, USD per year, each finite and {@code >= 0}
   * @param baselineDays baseline transit times, days, each finite and {@code > 0}
   * @param newDays new transit times, days, each finite and {@code > 0}
   * @param newValuesUsd where the new values are written; may be {@code baselineValuesUsd}, in
   *     which case a staging copy of {@code n} doubles is allocated
   * @throws IllegalArgumentException if the arrays differ in length, or an element is out of its
   *     domain (the message names the array and index), or a new value overflows to infinity
   */
  public static void newValues(
      ElasticityFunction function,
      double[] baselineValuesUsd,
      double[] baselineDays,
      double[] newDays,
      double[] newValuesUsd) {
    int n = checkArrays(function, baselineValuesUsd, baselineDays, newDays, newValuesUsd);
    double[] out = staging(baselineValuesUsd, baselineDays, newDays, newValuesUsd);
    function.scale(baselineValuesUsd, baselineDays, newDays, out, 0, n);
    checkFinite(out, 0, n);
    publish(out, newValuesUsd);
  }

  // A separate array to compute into when the output is also an input, else the output itself.
  private static double[] staging(
      double[] values, double[] baselineDays, double[] newDays, double[] out) {
    return out == values || out == baselineDays || out == newDays ? new double[out.length] : out;
  }

  private static void publish(double[] staged, double[] out) {
    if (staged != out) {
      System.arraycopy(staged, 0, out, 0, out.length);
    }
  }

  /**
   * Computes the new values in parallel on the common {@link ForkJoinPool}.
   *
   * @param function the elasticity
   * @param baselineValuesUsd values before the change, USD per year, each finite and {@code >= 0}
   * @param baselineDays baseline transit times, days, each finite and {@code > 0}
   * @param newDays new transit times, days, each finite and {@code > 0}
   * @param newValuesUsd where the new values are written; may be {@code baselineValuesUsd}, in
   *     which case a staging copy of {@code n} doubles is allocated
   * @throws IllegalArgumentException if the arrays differ in length, an element is out of its
   *     domain, or a new value overflows to infinity
   */
  public static void newValuesParallel(
      ElasticityFunction function,
      double[] baselineValuesUsd,
      double[] baselineDays,
      double[] newDays,
      double[] newValuesUsd) {
    newValuesParallel(
        function,
        baselineValuesUsd,
        baselineDays,
        newDays,
        newValuesUsd,
        ForkJoinPool.commonPool());
  }

  /**
   * Computes the new values in parallel on the given pool.
   *
   * @param function the elasticity
   * @param baselineValuesUsd values before the change, USD per year, each finite and {@code >= 0}
   * @param baselineDays baseline transit times, days, each finite and {@code > 0}
   * @param newDays new transit times, days, each finite and {@code > 0}
   * @param newValuesUsd where the new values are written; may be {@code baselineValuesUsd}, in
   *     which case a staging copy of {@code n} doubles is allocated
   * @param pool the pool to run on
   * @throws IllegalArgumentException if the arrays differ in length, an element is out of its
   *     domain, or a new value overflows to infinity
   */
  public static void newValuesParallel(
      ElasticityFunction function,
      double[] baselineValuesUsd,
      double[] baselineDays,
      double[] newDays,
      double[] newValuesUsd,
      ForkJoinPool pool) {
    int n = checkArrays(function, baselineValuesUsd, baselineDays, newDays, newValuesUsd);
    checkNotNull(pool, "pool");
    double[] out = staging(baselineValuesUsd, baselineDays, newDays, newValuesUsd);
    try {
      pool.invoke(new Chunk(function, baselineValuesUsd, baselineDays, newDays, out, 0, n));
      publish(out, newValuesUsd);
    } catch (IllegalArgumentException e) {
      // A task that failed in another thread is rethrown here as a copy whose cause is the
      // original; the original carries the message that names the array, index and value.
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException && cause.getClass() == e.getClass()) {
        throw (IllegalArgumentException) cause;
      }
      throw e;
    }
  }

  /**
   * Writes {@code newValuesUsd[i] = baselineValuesUsd[i] * m[pairOfFlow[i]]}, where {@code m[p] =
   * function.multiplier(baselineDaysOfPair[p], newDaysOfPair[p])}: the batch for a sweep in which
   * many flows share few distinct (baseline, new) corridor-time pairs, so each multiplier is
   * computed once per pair and the loop over flows is one multiply and a table look-up. Each
   * result is bit for bit the single-flow {@code TradeGain.of(v, function, x0, x1).newValueUsd()}.
   *
   * <p>Everything is checked before anything is written, so on an exception {@code
   * newValuesUsd} is unchanged, even when it is {@code baselineValuesUsd}.
   *
   * @param function the elasticity
   * @param baselineValuesUsd the flows' values, finite and {@code >= 0}
   * @param pairOfFlow for each flow, the index of its pair in the two day tables
   * @param baselineDaysOfPair each pair's baseline days, in the function's domain
   * @param newDaysOfPair each pair's new days, same length as {@code baselineDaysOfPair}
   * @param newValuesUsd where the new values are written; may be {@code baselineValuesUsd}
   * @throws IllegalArgumentException if a length differs, a value or a pair is out of its
   *     domain, a flow's pair index is out of range, or a product overflows (the message names
   *     the array and index)
   */
  public static void newValuesByPair(
      ElasticityFunction function,
      double[] baselineValuesUsd,
      int[] pairOfFlow,
      double[] baselineDaysOfPair,
      double[] newDaysOfPair,
      double[] newValuesUsd) {
    checkNotNull(function, "function");
    checkNotNull(baselineValuesUsd, "baselineValuesUsd");
    checkNotNull(pairOfFlow, "pairOfFlow");
    checkNotNull(baselineDaysOfPair, "baselineDaysOfPair");
    checkNotNull(newDaysOfPair, "newDaysOfPair");
    checkNotNull(newValuesUsd, "newValuesUsd");
    int n = baselineValuesUsd.length;
    checkLength(pairOfFlow.length, n, "pairOfFlow");
    checkLength(newValuesUsd.length, n, "newValuesUsd");
    int pairs = baselineDaysOfPair.length;
    if (newDaysOfPair.length != pairs) {
      throw new IllegalArgumentException(
          "newDaysOfPair.length must be baselineDaysOfPair.length = " + pairs + ", was "
              + newDaysOfPair.length);
    }
    double[] m = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      m[p] = function.multiplier(baselineDaysOfPair[p], newDaysOfPair[p]);
    }
    // Check every flow first, then write: no half-transformed output survives a bad element.
    for (int i = 0; i < n; i++) {
      double v = baselineValuesUsd[i];
      int p = pairOfFlow[i];
      if (!(v >= 0 && v < Double.POSITIVE_INFINITY) || p < 0 || p >= pairs
          || !(v * m[p] < Double.POSITIVE_INFINITY)) {
        throw badFlow(v, p, pairs, m, i);
      }
    }
    for (int i = 0; i < n; i++) {
      newValuesUsd[i] = baselineValuesUsd[i] * m[pairOfFlow[i]];
    }
  }

  private static IllegalArgumentException badFlow(double v, int p, int pairs, double[] m, int i) {
    if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
      return new IllegalArgumentException(
          "baselineValuesUsd[" + i + "] must be finite and >= 0, was " + Checks.format(v));
    }
    if (p < 0 || p >= pairs) {
      return new IllegalArgumentException(
          "pairOfFlow[" + i + "] must be in [0, " + pairs + "), was " + p);
    }
    return new IllegalArgumentException(
        "newValuesUsd["
            + i
            + "] must be finite (baseline value times multiplier), was "
            + Checks.format(v * m[p]));
  }

  private static int checkArrays(
      ElasticityFunction function,
      double[] values,
      double[] baselineDays,
      double[] newDays,
      double[] out) {
    checkNotNull(function, "function");
    checkNotNull(values, "baselineValuesUsd");
    checkNotNull(baselineDays, "baselineDays");
    checkNotNull(newDays, "newDays");
    checkNotNull(out, "newValuesUsd");
    int n = values.length;
    checkLength(baselineDays.length, n, "baselineDays");
    checkLength(newDays.length, n, "newDays");
    checkLength(out.length, n, "newValuesUsd");
    return n;
  }

  // A finite value times a finite multiplier can still overflow; TradeGain.of rejects that too.
  private static void checkFinite(double[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!(out[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "newValuesUsd["
                + i
                + "] must be finite (baseline value times multiplier), was "
                + Checks.format(out[i]));
      }
    }
  }

  private static void checkLength(int length, int n, String name) {
    if (length != n) {
      throw new IllegalArgumentException(
          name + ".length must be baselineValuesUsd.length = " + n + ", was " + length);
    }
  }

  /** Splits a range in halves down to {@link #CHUNK_SIZE}, then runs one plain loop. */
  private static final class Chunk extends RecursiveAction {
    private static final long serialVersionUID = 1L;

    private final transient ElasticityFunction function;
    private final double[] values;
    private final double[] baselineDays;
    private final double[] newDays;
    private final double[] out;
    private final int from;
    private final int to;

    Chunk(
        ElasticityFunction function,
        double[] values,
        double[] baselineDays,
        double[] newDays,
        double[] out,
        int from,
        int to) {
      this.function = function;
      this.values = values;
      this.baselineDays = baselineDays;
      this.newDays = newDays;
      this.out = out;
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      if (to - from <= CHUNK_SIZE) {
        function.scale(values, baselineDays, newDays, out, from, to);
        checkFinite(out, from, to);
        return;
      }
      int mid = (from + to) >>> 1;
      invokeAll(
          new Chunk(function, values, baselineDays, newDays, out, from, mid),
          new Chunk(function, values, baselineDays, newDays, out, mid, to));
    }
  }
}
