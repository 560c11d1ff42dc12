package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Presets;

class GainMonteCarloTest {

  @Test
  void sameSeed_sameAnswer() {
    GainDistribution a =
        GainMonteCarlo.run(1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 2000, 42);
    GainDistribution b =
        GainMonteCarlo.run(1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 2000, 42);
    assertEquals(a, b);
    GainDistribution c =
        GainMonteCarlo.run(1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 2000, 43);
    assertTrue(a.p50RelativeChange() != c.p50RelativeChange());
  }

  @Test
  void noUncertainty_collapsesToTheSingleGain() {
    // Deterministic corridors and a single-valued preset: every draw is the same gain.
    TradeGain single =
        TradeGain.between(
            1e6, Fixtures.deterministic(), Fixtures.deterministic(),
            Presets.DJANKOV_FREUND_PHAM_2010.central());
    GainDistribution d =
        GainMonteCarlo.run(
            1e6, Fixtures.deterministic(), Fixtures.deterministic(),
            Presets.DJANKOV_FREUND_PHAM_2010, 50, 1);
    assertEquals(single.relativeChange(), d.p5RelativeChange(), 0);
    assertEquals(single.relativeChange(), d.p95RelativeChange(), 0);
  }

  @Test
  void percentiles_areOrdered_andBracketTheCentralGain() {
    GainDistribution d =
        GainMonteCarlo.run(
            1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 5000, 9);
    assertTrue(d.p5RelativeChange() < d.p50RelativeChange(), d.toString());
    assertTrue(d.p50RelativeChange() < d.p95RelativeChange(), d.toString());
    double central =
        TradeGain.between(1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013.central())
            .relativeChange();
    assertTrue(d.p5RelativeChange() < central && central < d.p95RelativeChange(), d + " " + central);
    assertEquals(1e6 * d.p50RelativeChange(), d.p50GainUsd(), 1e-6);
  }

  @Test
  void fixedFunction_onlyTimesVary() {
    GainDistribution d =
        GainMonteCarlo.run(
            1e6, Fixtures.suez(), Fixtures.imec(), Presets.FREUND_ROCHA_2011_INLAND.central(), 1000, 3);
    assertTrue(d.p5RelativeChange() < d.p95RelativeChange(), d.toString());
  }

  @Test
  void badInput_throwsNamingParameterAndValue() {
    assertEquals(
        "draws must be >= 1, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GainMonteCarlo.run(
                        1, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 0, 1))
            .getMessage());
    assertEquals(
        "baselineValueUsd must be finite and >= 0, was -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GainMonteCarlo.run(
                        -1, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 10, 1))
            .getMessage());
  }
}
