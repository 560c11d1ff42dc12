package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.ConstantElasticity;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.DistanceElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.LinearElasticity;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;

/**
 * Extreme but legal inputs: every elasticity and every trade gain, single or batch, either gives a
 * finite number or throws {@link IllegalArgumentException}; never infinity or NaN.
 */
class ExtremeInputsTest {
  private static final double[] DAYS = {1e-9, 1e-3, 0.5, 1, 30, 365, 1e4, 1e6};
  private static final double[] VALUES = {0, 1e-9, 1, 1e9, 1e15};

  private static List<ElasticityFunction> functions() {
    Citation c = Citation.of("Test", 2024, "extreme inputs", "none");
    List<ElasticityFunction> all = new ArrayList<>();
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      all.add(p.low());
      all.add(p.central());
      all.add(p.high());
    }
    all.add(ConstantElasticity.of(-1.73, c));
    all.add(ConstantElasticity.of(-40, c));
    all.add(LinearElasticity.of(-2, c));
    all.add(LinearElasticity.of(0.5, c));
    return all;
  }

  @Test
  void multiplier_everyFunctionAtExtremeDays_isFiniteOrThrows() {
    int finite = 0;
    for (ElasticityFunction f : functions()) {
      for (double x0 : DAYS) {
        for (double x1 : DAYS) {
          try {
            double m = f.multiplier(x0, x1);
            assertTrue(m >= 0 && Double.isFinite(m), f + " " + x0 + " -> " + x1 + ": " + m);
            finite++;
          } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), f.toString());
          }
        }
      }
    }
    assertTrue(finite > 0);
  }

  @Test
  void tradeGain_singleAndBatch_agreeOrBothThrow_atExtremeInputs() {
    for (ElasticityFunction f : functions()) {
      for (double v : VALUES) {
        for (double x0 : DAYS) {
          for (double x1 : DAYS) {
            checkOne(f, v, x0, x1);
          }
        }
      }
    }
  }

  private static void checkOne(ElasticityFunction f, double v, double x0, double x1) {
    String what = f + " value " + v + ", " + x0 + " -> " + x1 + " days";
    TradeGain single = null;
    try {
      single = TradeGain.of(v, f, x0, x1);
    } catch (IllegalArgumentException e) {
      // The batch must refuse the same element.
    }
    double[] out = new double[1];
    double[] par = new double[1];
    if (single == null) {
      assertThrows(
          IllegalArgumentException.class,
          () -> TradeGainBatch.newValues(f, new double[] {v}, new double[] {x0},
              new double[] {x1}, out),
          what);
      assertThrows(
          IllegalArgumentException.class,
          () -> TradeGainBatch.newValuesParallel(f, new double[] {v}, new double[] {x0},
              new double[] {x1}, par),
          what);
      return;
    }
    assertTrue(Double.isFinite(single.newValueUsd()), what);
    assertTrue(Double.isFinite(single.absoluteChangeUsd()), what);
    assertTrue(Double.isFinite(single.relativeChange()), what);
    TradeGainBatch.newValues(f, new double[] {v}, new double[] {x0}, new double[] {x1}, out);
    TradeGainBatch.newValuesParallel(
        f, new double[] {v}, new double[] {x0}, new double[] {x1}, par);
    assertEquals(single.newValueUsd(), out[0], what);
    assertEquals(single.newValueUsd(), par[0], what);
  }

  @Test
  void batch_hugeValueTimesHugeMultiplier_throwsInsteadOfInfinity() {
    // exp(0.01 * 67,700) is about 1e294: finite, but 1e15 USD times it is not.
    ElasticityFunction f = Presets.DJANKOV_FREUND_PHAM_2010.central();
    double m = f.multiplier(67_701, 1);
    assertTrue(Double.isFinite(m) && m > 1e290, "multiplier " + m);
    assertThrows(IllegalArgumentException.class, () -> TradeGain.of(1e15, f, 67_701, 1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TradeGainBatch.newValues(
                    f, new double[] {1, 1e15}, new double[] {1, 67_701}, new double[] {1, 1},
                    new double[2]));
    assertTrue(e.getMessage().contains("[1]"), e.getMessage());
  }

  @Test
  void distanceAndCostElasticities_atExtremeRatios_areFiniteOrThrow() {
    Citation c = Citation.of("Test", 2024, "extreme inputs", "none");
    double[] xs = {1e-300, 1e-9, 1, 1e9, 1e300};
    for (double eps : new double[] {-0.9, -3, -50}) {
      DistanceElasticity d = DistanceElasticity.of(eps, c);
      CostElasticity k = CostElasticity.of(eps, c);
      for (double a : xs) {
        for (double b : xs) {
          checkFiniteOrThrows(() -> d.multiplierKm(a, b), d + " " + a + " -> " + b);
          if (a >= 1 && b >= 1) {
            checkFiniteOrThrows(() -> k.multiplier(a, b), k + " " + a + " -> " + b);
          }
        }
      }
    }
  }

  private interface DoubleCall {
    double call();
  }

  private static void checkFiniteOrThrows(DoubleCall call, String what) {
    try {
      double m = call.call();
      assertTrue(Double.isFinite(m) && m >= 0, what + ": " + m);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("must"), what + ": " + e.getMessage());
    }
  }
}
