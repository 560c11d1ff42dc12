package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Presets;

/** Trade entry points against bad input: the documented exception naming parameter and value. */
class TradeBadInputTest {
  private static final ElasticityFunction F = Presets.DJANKOV_FREUND_PHAM_2010.central();

  static Stream<Arguments> badCalls() {
    double[] one = {1};
    return Stream.of(
        bad("NaN value", IllegalArgumentException.class, () -> TradeGain.of(Double.NaN, F, 10, 9),
            "baselineValueUsd", "NaN"),
        bad("negative value", IllegalArgumentException.class, () -> TradeGain.of(-5, F, 10, 9),
            "baselineValueUsd", "-5"),
        bad("negative baseline days", IllegalArgumentException.class,
            () -> TradeGain.of(1, F, -0.5, 9), "baselineDays", "-0.5"),
        bad("infinite days", IllegalArgumentException.class,
            () -> TradeGain.of(1, F, 10, Double.POSITIVE_INFINITY), "newDays", "Infinity"),
        bad("negative days", IllegalArgumentException.class, () -> TradeGain.of(1, F, 10, -2),
            "newDays", "-2"),
        bad("null function", NullPointerException.class, () -> TradeGain.of(1, null, 10, 9),
            "function"),
        bad("NaN flow value", IllegalArgumentException.class,
            () -> TradeFlow.of("IN", "GR", Double.NaN), "NaN"),
        bad("batch lengths differ", IllegalArgumentException.class,
            () -> TradeGainBatch.newValues(F, one, new double[2], one, one), "baselineDays",
            "2"),
        bad("batch null output", NullPointerException.class,
            () -> TradeGainBatch.newValues(F, one, one, one, null), "newValuesUsd"),
        bad("batch NaN element", IllegalArgumentException.class,
            () -> TradeGainBatch.newValuesParallel(F, one, new double[] {Double.NaN}, one,
                new double[1]), "[0]", "NaN"),
        bad("logit scale zero", IllegalArgumentException.class, () -> LogitDiversion.of(0),
            "scale", "0"),
        bad("logit scale NaN", IllegalArgumentException.class, () -> LogitDiversion.of(Double.NaN),
            "scale", "NaN"),
        bad("logit no alternatives", IllegalArgumentException.class,
            () -> LogitDiversion.of(1).shares(), "costs"),
        bad("logit NaN cost", IllegalArgumentException.class,
            () -> LogitDiversion.of(1).shares(1, Double.NaN), "NaN"),
        bad("logit no corridors", IllegalArgumentException.class,
            () -> LogitDiversion.of(1).sharesByDays(List.of()), "corridors"),
        bad("reliability zero draws", IllegalArgumentException.class,
            () -> CorridorReliability.of(Fixtures.suez(), 0, 1), "draws", "0"));
  }

  private static Arguments bad(
      String name, Class<? extends Throwable> type, Executable call, String... fragments) {
    return Arguments.of(name, type, call, fragments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void badCall_throwsNamingParameterAndValue(
      String name, Class<? extends Throwable> type, Executable call, String[] fragments) {
    Throwable e = assertThrows(type, call);
    for (String f : fragments) {
      assertTrue(String.valueOf(e.getMessage()).contains(f), name + ": " + e.getMessage());
    }
  }

  @Test
  void batch_afterAFailedCall_givesTheSameAnswerAsBefore() {
    double[] values = {1e6, 2e6};
    double[] x0 = {20, 30};
    double[] x1 = {18, 25};
    double[] before = new double[2];
    TradeGainBatch.newValuesParallel(F, values, x0, x1, before);
    assertThrows(
        IllegalArgumentException.class,
        () -> TradeGainBatch.newValuesParallel(F, values, x0, new double[] {18, -1},
            new double[2]));
    double[] after = new double[2];
    TradeGainBatch.newValuesParallel(F, values, x0, x1, after);
    assertArrayEquals(before, after);
  }
}
