package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.EnumSet;
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
    assertTrue(table.contains("20.00 -> 18.00"), table);
    assertTrue(table.contains("+20.00%"), table);
    assertTrue(table.contains("1.0202"), table); // Locale.ROOT: a dot even under tr_TR
  }

  @Test
  void comparisonOfPresets_expandsRanges() {
    TransitDays before = new TransitDays(10, 5, 0, 1, 2, 1, 1);
    TransitDays after = new TransitDays(8, 4, 0, 1, 2, 0.5, 1);
    ElasticityComparison c = ElasticityComparison.ofPresets(before, after, Presets.TIME_PRESETS);
    // two point presets, three ranged presets with three rows each
    assertEquals(2 + 3 * 3, c.rows().size());
    assertEquals("HUMMELS_SCHAUR_2013 low", c.rows().get(2).name());
    assertTrue(c.notApplicable().isEmpty(), c.notApplicable()::toString);
  }

  @Test
  void comparisonOfPresets_usesEachPresetsOwnDays() {
    TransitDays before = new TransitDays(10, 5, 0, 1, 2, 1, 1);
    TransitDays after = new TransitDays(8, 4, 0, 1, 2, 0.5, 1);
    ElasticityComparison c = ElasticityComparison.ofPresets(before, after, Presets.TIME_PRESETS);
    // Djankov, Freund & Pham: land 5 + transfer 2 + border 1 + dwell 1 = 9 -> 4 + 2 + 0.5 + 1.
    assertEquals(9.0, c.rows().get(0).baselineDays());
    assertEquals(7.5, c.rows().get(0).newDays());
    assertEquals(Math.exp(-0.01 * (7.5 - 9)), c.rows().get(0).multiplier(), 1e-15);
    // Freund & Rocha: land running only, 5 -> 4.
    assertEquals(5.0, c.rows().get(1).baselineDays());
    assertEquals(Math.exp(-0.07 * (4 - 5.0)), c.rows().get(1).multiplier(), 1e-15);
    // Hummels & Schaur: sailing only, 10 -> 8.
    assertEquals(10.0, c.rows().get(2).baselineDays());
    assertEquals(8.0, c.rows().get(2).newDays());
  }

  @Test
  void comparison_constantFormWithoutBaselineDays_isListedAsNotApplicable() {
    // An all-sea corridor has no land days: a constant elasticity of land days has no value.
    TransitDays sea = new TransitDays(10, 0, 0, 0, 0, 0, 0);
    TransitDays land = new TransitDays(4, 3, 0, 0, 1, 0.5, 0);
    ElasticityComparison c =
        ElasticityComparison.of(
            sea,
            land,
            List.of(ConstantElasticity.of(-1.73, Citation.unpublished("claim"))),
            EnumSet.of(TimeComponent.LAND_RUNNING, TimeComponent.BORDER));
    assertTrue(c.rows().isEmpty());
    assertEquals(1, c.notApplicable().size());
    assertTrue(
        c.notApplicable().get(0).contains("baselineDays must be finite and > 0, was 0.0"),
        c.notApplicable().get(0));
  }

  @Test
  void presets_declareTheirTimeComponents() {
    assertEquals(EnumSet.of(TimeComponent.SAILING), Presets.HUMMELS_SCHAUR_2013.appliesTo());
    assertEquals(
        EnumSet.of(TimeComponent.LAND_RUNNING), Presets.FREUND_ROCHA_2011_INLAND.appliesTo());
    assertEquals(
        EnumSet.of(
            TimeComponent.LAND_RUNNING,
            TimeComponent.TRANSFER,
            TimeComponent.BORDER,
            TimeComponent.DWELL),
        Presets.DJANKOV_FREUND_PHAM_2010.appliesTo());
    for (Preset<?> p : Presets.TIME_PRESETS) {
      assertFalse(p.appliesTo().isEmpty(), p.name());
      assertFalse(p.appliesTo().contains(TimeComponent.FLYING), p.name());
      assertFalse(p.appliesToNote().isBlank(), p.name());
    }
    // The relative farm-goods effect is not a level preset.
    for (Preset<?> p : Presets.TIME_PRESETS) {
      assertFalse(p.name().contains("FARM"), p.name());
    }
  }

  @Test
  void tradeCostPresets_areSourcedTradeElasticities() {
    assertEquals(-4.0, Presets.SIMONOVSKA_WAUGH_2014_TRADE.central().epsilon());
    assertEquals(-5.03, Presets.HEAD_MAYER_2014_TRADE.central().epsilon());
    // Yotov et al. 2016: sigma = 7, so theta = 6.
    assertEquals(-6.0, Presets.YOTOV_2016_SIGMA_7.central().epsilon());
    assertEquals(3, Presets.TRADE_COST_PRESETS.size());
  }

  @Test
  void sampleParameters_isTheSameStreamAsSample() {
    java.util.random.RandomGenerator a = new java.util.SplittableRandom(7);
    java.util.random.RandomGenerator b = new java.util.SplittableRandom(7);
    double[] p = new double[2];
    for (int i = 0; i < 100; i++) {
      TariffEquivalentElasticity f = Presets.HUMMELS_SCHAUR_2013.sample(a);
      Presets.HUMMELS_SCHAUR_2013.sampleParameters(b, p);
      assertEquals(f.tauPerDay(), p[0]);
      assertEquals(f.theta(), p[1]);
      assertEquals(
          f.multiplier(20, 12.5), Presets.HUMMELS_SCHAUR_2013.multiplier(p, 20, 12.5));
    }
    assertThrows(
        IllegalStateException.class,
        () -> Presets.YOTOV_2016_SIGMA_7.multiplier(new double[] {-6}, 1, 2));
  }
}
