package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.ParameterRange;
import org.kervan.elasticity.Presets;

/** Derived values and the text of small result types. */
class TextAndDerivedValuesTest {
  @Test
  void gainDistribution_textShowsPercentAndTheUncertainty() {
    GainDistribution d =
        new GainDistribution(2e6, -0.01, 0.02, 0.05, 0.021, -2e4, 4e4, 1e5, 4.2e4, 1000, 7, "assumed range");
    assertEquals(4e4, d.p50GainUsd());
    assertEquals(
        "gain -1.00% (P5) +2.00% (P50) +5.00% (P95), mean +2.10%, of 2000000.00 USD/yr, 1000"
            + " draws, seed 7, assumed range",
        d.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> new GainDistribution(2e6, -0.01, 0.02, 0.05, 0.021, 1, 0, 1, 1, 10, 7, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GainDistribution(2e6, -0.01, 0.02, 0.05, 0.021, 0, 1, 2, 1, 10, 7, " "));
  }

  @Test
  void tradeGain_multiplier_isOnePlusRelativeChange() {
    TradeGain g = TradeGain.of(1e6, Presets.DJANKOV_FREUND_PHAM_2010.central(), 20, 10);
    assertEquals(Math.exp(0.1), g.multiplier(), 1e-15);
    assertEquals(1 + g.relativeChange(), g.multiplier());
  }

  @Test
  void citationAndRange_text() {
    assertEquals("Smith 2020, A title, A venue", Citation.of("Smith", 2020, "A title", "A venue")
        .toString());
    assertEquals("Smith 2020, A venue", Citation.of("Smith", 2020, "", "A venue").toString());
    assertEquals("Smith 2020, A title", Citation.of("Smith", 2020, "A title", "").toString());
    assertEquals("claim by a user", Citation.unpublished("claim by a user").toString());
    assertEquals("beta 0.01", ParameterRange.point("beta", 0.01).toString());
    assertTrue(
        ParameterRange.of("tau", 0.006, 0.0135, 0.021).toString().startsWith("tau 0.006"),
        ParameterRange.of("tau", 0.006, 0.0135, 0.021).toString());
  }

  @Test
  void reliability_bufferIndexIsP95OverMeanMinusOne_andOneDrawWorks() {
    CorridorReliability r = CorridorReliability.of(Fixtures.imec(), 2_000, 3);
    assertEquals((r.p95Days() - r.meanDays()) / r.meanDays(), r.bufferIndex(), 1e-15);
    assertTrue(r.toString().startsWith("nominal "), r.toString());
    assertEquals(1, CorridorReliability.of(Fixtures.imec(), 1, 3).draws());
  }

  @Test
  void logit_byGeneralisedCost_withNoCorridors_namesTheParameter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LogitDiversion.of(1).sharesByGeneralisedCost(List.of(), 10));
    assertEquals("corridors must not be empty, was []", e.getMessage());
    double[] s = LogitDiversion.of(0.01).sharesByGeneralisedCost(
        List.of(Fixtures.suez(), Fixtures.imec()), 50);
    assertEquals(1.0, s[0] + s[1], 1e-12);
  }
}
