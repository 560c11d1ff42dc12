package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Calibration;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.Claim;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;

class TradeGainBatchTest {
  private static final Claim ARTICLE = Claim.of(-0.10, 0.20, 20, "the article's claim, unsourced");

  @Provide
  Arbitrary<ElasticityFunction> functions() {
    return Arbitraries.of(
        List.of(
            Presets.DJANKOV_FREUND_PHAM_2010.central(),
            Presets.FREUND_ROCHA_2011_INLAND.central(),
            Presets.HUMMELS_SCHAUR_2013.high(),
            Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.low(),
            Presets.HUMMELS_2001_MANUFACTURES.central(),
            Calibration.constant(ARTICLE),
            Calibration.linear(ARTICLE),
            // A user implementation takes the interface's default loop.
            new ElasticityFunction() {
              @Override
              public double multiplier(double x0, double x1) {
                return Math.sqrt(x0 / x1);
              }

              @Override
              public org.kervan.elasticity.Form form() {
                return org.kervan.elasticity.Form.CONSTANT_ELASTICITY;
              }

              @Override
              public Citation citation() {
                return Citation.unpublished("test");
              }

              @Override
              public String parameters() {
                return "eps=-0.5";
              }
            }));
  }

  @Property(tries = 40)
  void batch_equalsSingle_bitForBit(
      @ForAll("functions") ElasticityFunction f, @ForAll long seed) {
    int n = 40_000 + (int) Math.floorMod(seed, 1000L); // spans several parallel chunks
    Random r = new Random(seed);
    double[] values = new double[n];
    double[] x0 = new double[n];
    double[] x1 = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = r.nextDouble() * 1e9;
      x0[i] = 1 + r.nextDouble() * 40;
      x1[i] = x0[i] * (0.6 + r.nextDouble() * 0.45); // within the linear form's domain
    }
    double[] single = new double[n];
    for (int i = 0; i < n; i++) {
      single[i] = TradeGain.of(values[i], f, x0[i], x1[i]).newValueUsd();
    }
    double[] seq = new double[n];
    double[] par = new double[n];
    TradeGainBatch.newValues(f, values, x0, x1, seq);
    TradeGainBatch.newValuesParallel(f, values, x0, x1, par);
    assertArrayEquals(single, seq, 0.0);
    assertArrayEquals(single, par, 0.0);
    double[] pooled = new double[n];
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      TradeGainBatch.newValuesParallel(f, values, x0, x1, pooled, pool);
    } finally {
      pool.shutdown();
    }
    assertArrayEquals(single, pooled, 0.0);
  }

  @Test
  void batch_inPlace_overwritesValues() {
    double[] v = {100, 200};
    TradeGainBatch.newValues(
        Presets.DJANKOV_FREUND_PHAM_2010.central(), v, new double[] {10, 10}, new double[] {9, 11}, v);
    assertEquals(100 * Math.exp(0.01), v[0], 1e-12);
    assertEquals(200 * Math.exp(-0.01), v[1], 1e-12);
  }

  @Test
  void batch_lengthMismatch_namesTheArrayAndBothLengths() {
    ElasticityFunction f = Presets.HUMMELS_SCHAUR_2013.central();
    double[] two = {1, 2};
    double[] three = {1, 2, 3};
    assertEquals("baselineDays.length must be baselineValuesUsd.length = 2, was 3",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValues(f, two, three, two, new double[2])).getMessage());
    assertEquals("newDays.length must be baselineValuesUsd.length = 2, was 3",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValues(f, two, two, three, new double[2])).getMessage());
    assertEquals("newValuesUsd.length must be baselineValuesUsd.length = 2, was 3",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValues(f, two, two, two, new double[3])).getMessage());
    assertEquals("pairOfFlow.length must be baselineValuesUsd.length = 2, was 1",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValuesByPair(f, two, new int[1], two, two, new double[2]))
            .getMessage());
    assertEquals("newValuesUsd.length must be baselineValuesUsd.length = 2, was 1",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValuesByPair(f, two, new int[2], two, two, new double[1]))
            .getMessage());
    // A pair index at the end of the range: the last pair is valid, one more is not.
    double[] out = new double[2];
    TradeGainBatch.newValuesByPair(f, two, new int[] {1, 1}, two, two, out);
    assertArrayEquals(two, out, 0.0);
    assertEquals("pairOfFlow[1] must be in [0, 2), was 2",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValuesByPair(f, two, new int[] {0, 2}, two, two, out))
            .getMessage());
    assertEquals("pairOfFlow[0] must be in [0, 2), was -1",
        assertThrows(IllegalArgumentException.class,
            () -> TradeGainBatch.newValuesByPair(f, two, new int[] {-1, 0}, two, two, out))
            .getMessage());
  }

  @Test
  void batch_badElement_namesArrayIndexAndValue() {
    ElasticityFunction f = Presets.HUMMELS_SCHAUR_2013.central();
    double[] out = new double[3];
    assertEquals(
        "baselineDays[2] must be finite and >= 0, was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValues(
                        f, new double[] {1, 1, 1}, new double[] {1, 1, Double.NaN},
                        new double[] {1, 1, 1}, out))
            .getMessage());
    assertEquals(
        "values[1] must be finite and >= 0, was -3.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValuesParallel(
                        f, new double[] {1, -3, 1}, new double[] {1, 1, 1},
                        new double[] {1, 1, 1}, out))
            .getMessage());
    assertEquals(
        "newDays[0] must be finite and >= 0, was -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValues(
                        f, new double[] {1}, new double[] {1}, new double[] {-1}, new double[1]))
            .getMessage());
    assertEquals(
        "newDays.length must be baselineValuesUsd.length = 3, was 2",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGainBatch.newValues(
                        f, new double[3], new double[3], new double[2], new double[3]))
            .getMessage());
  }

  @Test
  void parallel_badElementInALaterChunk_namesArrayIndexAndValue() {
    int n = 10 * TradeGainBatch.CHUNK_SIZE;
    double[] v = new double[n];
    double[] x0 = new double[n];
    double[] x1 = new double[n];
    java.util.Arrays.fill(x0, 10);
    java.util.Arrays.fill(x1, 9);
    int bad = n - 5;
    x1[bad] = -1;
    for (int i = 0; i < 5; i++) { // whichever thread meets it, the message is the original
      assertEquals(
          "newDays[" + bad + "] must be finite and >= 0, was -1.0",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      TradeGainBatch.newValuesParallel(
                          Presets.DJANKOV_FREUND_PHAM_2010.central(), v, x0, x1, new double[n]))
              .getMessage());
    }
  }

  @Test
  void batch_allTimePresets_matchSingle() {
    double[] v = {1e6, 2e6, 0};
    double[] x0 = {20, 35, 12};
    double[] x1 = {18, 30, 12};
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      ElasticityFunction f = p.central();
      double[] out = new double[3];
      TradeGainBatch.newValues(f, v, x0, x1, out);
      for (int i = 0; i < 3; i++) {
        assertEquals(TradeGain.of(v[i], f, x0[i], x1[i]).newValueUsd(), out[i], 0.0, p.name());
      }
    }
  }
}
