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
            Presets.DJANKOV_FREUND_PHAM_2010);
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
        TradeGain.between(1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013)
            .relativeChange();
    assertTrue(d.p5RelativeChange() < central && central < d.p95RelativeChange(), d + " " + central);
    // From the observed corridor the baseline multiplier is exactly 1: gain = V * (m - 1).
    assertEquals(1e6 * d.p50RelativeChange(), d.p50GainUsd(), 1e-6);
    assertTrue(d.uncertainty().startsWith("assumed range"), d.uncertainty());
  }

  @Test
  void counterfactual_startsFromTheObservedCorridor() {
    // Observed under Suez, moved from the Cape (derived) to IMEC: the baseline value is the value
    // under the Cape, not the observed value.
    Counterfactual cf = Counterfactual.observed(1e6, Fixtures.suez());
    GainDistribution d =
        GainMonteCarlo.run(
            cf, Fixtures.cape(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 4000, 5);
    double underCape = cf.valueUnder(Fixtures.cape(), Presets.HUMMELS_SCHAUR_2013);
    assertEquals(underCape, d.baselineValueUsd(), 0);
    assertTrue(underCape < 1e6);
    double nominalGain =
        cf.gain(Fixtures.cape(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013).absoluteChangeUsd();
    assertTrue(d.p5GainUsd() < nominalGain && nominalGain < d.p95GainUsd(), d + " " + nominalGain);
  }

  @Test
  void draws_fromOneUpToTheLimit() {
    GainDistribution one =
        GainMonteCarlo.run(1e6, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 1, 3);
    assertEquals(one.p5GainUsd(), one.p95GainUsd(), 0.0, "one draw: every percentile is it");
    assertEquals(
        "draws must be in [1, 10000000], was 10000001",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GainMonteCarlo.run(
                        1, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013,
                        GainMonteCarlo.MAX_DRAWS + 1, 1))
            .getMessage());
  }

  @Test
  void badInput_throwsNamingParameterAndValue() {
    assertEquals(
        "draws must be in [1, 10000000], was 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GainMonteCarlo.run(
                        1, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 0, 1))
            .getMessage());
    assertEquals(
        "draws must be in [1, 10000000], was 1000000000",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GainMonteCarlo.run(
                        1, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013,
                        1_000_000_000, 1))
            .getMessage());
    assertEquals(
        "observedValueUsd must be finite and >= 0, was -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GainMonteCarlo.run(
                        -1, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 10, 1))
            .getMessage());
  }
}
