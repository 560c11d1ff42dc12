package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.ConstantElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.LinearElasticity;
import org.kervan.elasticity.Presets;

class TradeGainBatchByPairTest {
  private static final Citation TEST = Citation.unpublished("test");

  static List<ElasticityFunction> functions() {
    return List.of(
        ConstantElasticity.of(-1.7, TEST),
        LinearElasticity.of(-1.5, TEST),
        Presets.DJANKOV_FREUND_PHAM_2010.central(),
        Presets.HUMMELS_SCHAUR_2013.central(),
        Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.central());
  }

  @Test
  void byPair_isBitForBitTheSingleFlowGain() {
    SplittableRandom rnd = new SplittableRandom(3);
    int n = 5000;
    int pairs = 17;
    double[] x0 = new double[pairs];
    double[] x1 = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      x0[p] = rnd.nextDouble(5, 40);
      x1[p] = x0[p] * rnd.nextDouble(0.6, 1.1);
    }
    double[] v = new double[n];
    int[] pair = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = rnd.nextDouble(0, 1e9);
      pair[i] = rnd.nextInt(pairs);
    }
    for (ElasticityFunction f : functions()) {
      double[] out = new double[n];
      TradeGainBatch.newValuesByPair(f, v, pair, x0, x1, out);
      for (int i = 0; i < n; i++) {
        assertEquals(
            TradeGain.of(v[i], f, x0[pair[i]], x1[pair[i]]).newValueUsd(), out[i], 0, f + " " + i);
      }
    }
  }

  @Test
  void badFlow_leavesTheOutputUntouched() {
    ElasticityFunction f = Presets.DJANKOV_FREUND_PHAM_2010.central();
    double[] v = {1, 2, Double.NaN, 4};
    double[] copy = v.clone();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TradeGainBatch.newValuesByPair(
                    f, v, new int[] {0, 0, 0, 0}, new double[] {10}, new double[] {9}, v));
    assertEquals("baselineValuesUsd[2] must be finite and >= 0, was NaN", e.getMessage());
    assertArrayEquals(copy, v);
    assertEquals(
        "pairOfFlow[1] must be in [0, 1), was 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValuesByPair(
                        f, new double[] {1, 1}, new int[] {0, 1}, new double[] {10},
                        new double[] {9}, new double[2]))
            .getMessage());
    assertEquals(
        "newValuesUsd[0] must be finite (baseline value times multiplier), was Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValuesByPair(
                        f, new double[] {Double.MAX_VALUE}, new int[] {0}, new double[] {100},
                        new double[] {10}, new double[1]))
            .getMessage());
    assertEquals(
        "newDaysOfPair.length must be baselineDaysOfPair.length = 1, was 2",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValuesByPair(
                        f, new double[1], new int[1], new double[1], new double[2], new double[1]))
            .getMessage());
  }
}
