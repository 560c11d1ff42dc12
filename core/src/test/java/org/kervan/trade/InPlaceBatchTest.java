package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Calibration;
import org.kervan.elasticity.Claim;
import org.kervan.elasticity.ElasticityFunction;

/**
 * An in-place batch (output array = input array) that fails on an element in the middle, or
 * overflows there, leaves the caller's arrays exactly as they were: nothing half-transformed and
 * no Infinity written.
 */
class InPlaceBatchTest {
  // eps = ln 1.2 / ln 0.9: ten percent less time gives twenty percent more trade.
  private static final ElasticityFunction F =
      Calibration.constant(Claim.of(-0.10, 0.20, 20, "test claim"));
  private static final int N = 3 * 16_384 + 7;

  private static double[] values() {
    double[] v = new double[N];
    for (int i = 0; i < N; i++) {
      v[i] = 1000 + i;
    }
    return v;
  }

  private static double[] days(double d) {
    double[] x = new double[N];
    Arrays.fill(x, d);
    return x;
  }

  interface Batch {
    void run(double[] values, double[] x0, double[] x1, double[] out);
  }

  private static final Batch[] BATCHES = {
    (v, a, b, o) -> TradeGainBatch.newValues(F, v, a, b, o),
    (v, a, b, o) -> TradeGainBatch.newValuesParallel(F, v, a, b, o),
    (v, a, b, o) -> TradeGainBatch.newValuesParallel(F, v, a, b, o, new ForkJoinPool(3)),
  };

  @Test
  void inPlace_withABadElementInTheMiddle_leavesTheArrayUnchanged() {
    for (Batch batch : BATCHES) {
      double[] v = values();
      v[N / 2] = -1;
      double[] before = v.clone();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> batch.run(v, days(20), days(18), v));
      assertTrue(e.getMessage().contains("[" + (N / 2) + "]"), e.getMessage());
      assertArrayEquals(before, v);
    }
  }

  @Test
  void inPlace_overflowingInTheMiddle_leavesTheArrayUnchanged() {
    for (Batch batch : BATCHES) {
      double[] v = values();
      v[N / 2 + 1] = Double.MAX_VALUE;
      double[] before = v.clone();
      assertThrows(IllegalArgumentException.class, () -> batch.run(v, days(20), days(18), v));
      assertArrayEquals(before, v);
    }
  }

  @Test
  void inPlace_onTheDayArrays_leavesThemUnchanged() {
    for (Batch batch : BATCHES) {
      double[] x0 = days(20);
      x0[N - 1] = Double.NaN;
      double[] before = x0.clone();
      assertThrows(IllegalArgumentException.class, () -> batch.run(values(), x0, days(18), x0));
      assertArrayEquals(before, x0);
    }
  }

  @Test
  void inPlace_thatSucceeds_equalsTheSeparateOutput() {
    for (Batch batch : BATCHES) {
      double[] v = values();
      double[] out = new double[N];
      batch.run(v, days(20), days(18), out);
      // Oracle: (x1 / x0)^eps with eps = ln 1.2 / ln 0.9, written out here.
      double m = Math.pow(18.0 / 20.0, Math.log(1.2) / Math.log(0.9));
      for (int i = 0; i < N; i++) {
        assertTrue(Math.abs(out[i] - v[i] * m) <= 1e-9 * v[i] * m, "index " + i);
      }
      batch.run(v, days(20), days(18), v);
      assertArrayEquals(out, v);
    }
  }
}
