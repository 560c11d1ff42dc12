package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.RandomAdaptor;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PresetsTest {

  @Test
  void timePresets_lowCentralHigh_areOrderedByEffect() {
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      double low = p.low().multiplier(20, 18);
      double central = p.central().multiplier(20, 18);
      double high = p.high().multiplier(20, 18);
      assertTrue(1 < low && low <= central && central <= high, p + ": " + low + " " + high);
      assertEquals(p.citation(), p.central().citation(), p.name());
    }
  }

  @Test
  void hummelsSchaur_rangeIsPublishedBounds() {
    TariffEquivalentElasticity low = Presets.HUMMELS_SCHAUR_2013.low();
    TariffEquivalentElasticity high = Presets.HUMMELS_SCHAUR_2013.high();
    assertEquals(0.006, low.tauPerDay(), 0);
    assertEquals(4, low.theta(), 0);
    assertEquals(0.021, high.tauPerDay(), 0);
    assertEquals(5, high.theta(), 0);
    assertEquals("Hummels & Schaur 2013", low.citation().shortForm());
    assertTrue(Presets.HUMMELS_SCHAUR_2013.note().contains("Simonovska & Waugh 2014"));
  }

  @Test
  void distancePreset_rangeRunsFromWeakToStrong() {
    assertEquals(-0.9, Presets.DISDIER_HEAD_2008_DISTANCE.low().epsilon(), 0);
    assertEquals(-1.5, Presets.DISDIER_HEAD_2008_DISTANCE.high().epsilon(), 0);
    assertTrue(Presets.DISDIER_HEAD_2008_DISTANCE.note().contains("Overman, Redding & Venables"));
  }

  @Test
  void sample_staysInRange_andIsReproducible() {
    Preset<TariffEquivalentElasticity> p = Presets.HUMMELS_SCHAUR_2013;
    RandomAdaptor a = new RandomAdaptor(new Well19937c(42));
    RandomAdaptor b = new RandomAdaptor(new Well19937c(42));
    for (int i = 0; i < 1000; i++) {
      TariffEquivalentElasticity f = p.sample(a);
      assertEquals(f, p.sample(b));
      assertTrue(f.tauPerDay() >= 0.006 && f.tauPerDay() <= 0.021, f.toString());
      assertTrue(f.theta() >= 4 && f.theta() <= 5, f.toString());
    }
  }

  @Test
  void pointPreset_sample_isTheValue() {
    assertEquals(
        0.01, Presets.DJANKOV_FREUND_PHAM_2010.sample(new RandomAdaptor(new Well19937c(1))).betaPerDay(), 0);
  }

  @Test
  void parameterRange_centralOutside_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParameterRange.of("tau", 1, 4, 3));
    assertEquals("tau.central must be in [1.0, 3.0], was 4.0", e.getMessage());
    assertEquals(
        "eps.low must be finite, was NaN",
        assertThrows(
                IllegalArgumentException.class, () -> ParameterRange.of("eps", Double.NaN, 1, 1))
            .getMessage());
  }

  @Test
  void comparison_articleClaimAgainstPresets_showsFormsDisagree() {
    Claim claim = Claim.of(-0.10, 0.20, 20, "the article's claim, unsourced");
    ElasticityComparison c =
        ElasticityComparison.of(
            20,
            18,
            List.of(
                Calibration.constant(claim),
                Calibration.linear(claim),
                Presets.DJANKOV_FREUND_PHAM_2010.central(),
                Presets.HUMMELS_SCHAUR_2013.low()));
    assertEquals(4, c.rows().size());
    assertEquals(1.2, c.rows().get(0).multiplier(), 1e-14);
    assertEquals(20.0, c.rows().get(1).percentChange(), 1e-12);
    // exp(0.02) = 1.0202013400267558 (Djankov et al., two days less).
    assertEquals(1.0202013400267558, c.rows().get(2).multiplier(), 1e-15);
    assertTrue(c.spread() > 1.15, String.valueOf(c.spread()));
    String table = c.toString();
    assertTrue(table.startsWith("transit 20.00 d -> 18.00 d (-10.0%)"), table);
    assertTrue(table.contains("+20.00%"), table);
    assertTrue(table.contains("1.0202"), table); // Locale.ROOT: a dot even under tr_TR
  }

  @Test
  void comparisonOfPresets_expandsRanges() {
    ElasticityComparison c = ElasticityComparison.ofPresets(20, 18, Presets.TIME_PRESETS);
    // three point presets, three ranged presets with three rows each
    assertEquals(3 + 3 * 3, c.rows().size());
    assertEquals("HUMMELS_SCHAUR_2013 low", c.rows().get(3).name());
  }
}
