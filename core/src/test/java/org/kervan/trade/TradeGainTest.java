package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.ConstantElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.PerDaySemiElasticity;
import org.kervan.elasticity.Presets;
import org.kervan.elasticity.TimeComponent;

class TradeGainTest {
  private static final ElasticityFunction DJANKOV = Presets.DJANKOV_FREUND_PHAM_2010.central();

  @Test
  void of_flowOneWeekFaster_gainsExpOfSevenPercent() {
    // Djankov, Freund & Pham 2010: beta = 0.01/day; 7 days less: exp(0.07) = 1.0725081812542165.
    TradeFlow flow = TradeFlow.of("IN", "GR", 1_000_000, "HS 84");
    TradeGain g = TradeGain.of(flow, DJANKOV, 30, 23);
    assertEquals(1_000_000 * 1.0725081812542165, g.newValueUsd(), 1e-6);
    assertEquals(g.newValueUsd() - 1_000_000, g.absoluteChangeUsd(), 0);
    assertEquals(0.0725081812542165, g.relativeChange(), 1e-15);
    assertEquals(Optional.of(flow), g.flow());
    assertEquals(DJANKOV, g.function());
  }

  @Test
  void between_corridors_usesThePresetsDaysOnly() {
    // Freund & Rocha apply to inland running days: Suez has none, IMEC 2,600 km at 50 km/h.
    TradeGain g =
        TradeGain.between(500.0, Fixtures.suez(), Fixtures.imec(), Presets.FREUND_ROCHA_2011_INLAND);
    assertEquals(0.0, g.baselineDays(), 0);
    assertEquals(2600.0 / 50 / 24, g.newDays(), 1e-12);
    assertEquals(500.0 * Math.exp(-0.07 * (2600.0 / 50 / 24)), g.newValueUsd(), 1e-9);
    assertEquals(EnumSet.of(TimeComponent.LAND_RUNNING), g.components());
    // Hummels & Schaur apply to sailing days: 8,000 km -> 3,200 km at 30 km/h.
    TradeGain h =
        TradeGain.between(500.0, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013);
    assertEquals(8000.0 / 30 / 24, h.baselineDays(), 1e-12);
    assertEquals(3200.0 / 30 / 24, h.newDays(), 1e-12);
    // Before, every preset was applied to total days; that is not what either estimate measures.
    assertTrue(Math.abs(h.newDays() - Fixtures.imec().totalDays()) > 1);
  }

  @Test
  void between_explicitComponents_mustNotBeEmpty() {
    assertEquals(
        "components must not be empty, was []",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TradeGain.between(
                        1, Fixtures.suez(), Fixtures.imec(), DJANKOV,
                        EnumSet.noneOf(TimeComponent.class)))
            .getMessage());
    assertEquals(
        "preset must apply to at least one time component, was YOTOV_2016_SIGMA_7",
        assertThrows(
                IllegalArgumentException.class,
                () -> TradeGain.timeComponents(Presets.YOTOV_2016_SIGMA_7))
            .getMessage());
  }

  @Test
  void of_zeroValue_keepsRelativeChange() {
    TradeGain g = TradeGain.of(0, DJANKOV, 10, 9);
    assertEquals(0, g.newValueUsd(), 0);
    assertEquals(Math.exp(0.01) - 1, g.relativeChange(), 1e-15);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
    "-1.0 | 10 | 9 | baselineValueUsd must be finite and >= 0, was -1.0",
    "NaN | 10 | 9 | baselineValueUsd must be finite and >= 0, was NaN",
    "Infinity | 10 | 9 | baselineValueUsd must be finite and >= 0, was Infinity",
    "1.0 | -2 | 9 | baselineDays must be finite and >= 0, was -2.0",
    "1.0 | 10 | NaN | newDays must be finite and >= 0, was NaN",
    "1.0 | 10 | Infinity | newDays must be finite and >= 0, was Infinity",
  })
  void of_badInput_throwsNamingParameterAndValue(
      double value, double x0, double x1, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TradeGain.of(value, DJANKOV, x0, x1));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
    "XX | GR | 1 | exporter must be an ISO 3166-1 alpha-2 code, was 'XX'",
    "IN | gr | 1 | importer must be an ISO 3166-1 alpha-2 code, was 'gr'",
    "IN | GR | -5 | valueUsdPerYear must be finite and >= 0, was -5.0",
    "IN | GR | NaN | valueUsdPerYear must be finite and >= 0, was NaN",
  })
  void tradeFlow_badInput_throwsNamingParameterAndValue(
      String exporter, String importer, double value, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TradeFlow.of(exporter, importer, value));
    assertEquals(message, e.getMessage());
  }

  @Test
  void tradeGain_inconsistentComponents_throw() {
    assertEquals(
        "absoluteChangeUsd must be newValueUsd - baselineValueUsd = 1.0, was 2.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> new TradeGain(Optional.empty(), 1, 2, 2, 1, DJANKOV, 1, 1, TimeComponent.all()))
            .getMessage());
    assertEquals(
        "baselineValueUsd must equal the flow's value 5.0, was 1.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new TradeGain(
                        Optional.of(TradeFlow.of("IN", "GR", 5)), 1, 2, 1, 1, DJANKOV, 1, 1,
                        TimeComponent.all()))
            .getMessage());
  }

  @Test
  void valueTypes_equalsAndNulls() {
    ElasticityFunction other = ConstantElasticity.of(-1, Citation.unpublished("x"));
    new EqualsTester()
        .addEqualityGroup(TradeFlow.of("IN", "GR", 5), TradeFlow.of("IN", "GR", 5))
        .addEqualityGroup(TradeFlow.of("IN", "GR", 5, "HS 84"))
        .addEqualityGroup(TradeFlow.of("GR", "IN", 5))
        .addEqualityGroup(TradeGain.of(10, DJANKOV, 10, 9), TradeGain.of(10, DJANKOV, 10, 9))
        .addEqualityGroup(TradeGain.of(10, other, 10, 9))
        .addEqualityGroup(TradeGain.of(TradeFlow.of("IN", "GR", 10), DJANKOV, 10, 9))
        .addEqualityGroup(LogitDiversion.of(0.5), LogitDiversion.of(0.5))
        .addEqualityGroup(LogitDiversion.of(1))
        .testEquals();
    NullPointerTester t = new NullPointerTester();
    t.setDefault(String.class, "IN");
    t.setDefault(org.kervan.elasticity.Preset.class, Presets.DJANKOV_FREUND_PHAM_2010);
    t.setDefault(org.kervan.network.Corridor.class, Fixtures.suez());
    t.setDefault(ElasticityFunction.class, PerDaySemiElasticity.of(0.01, Citation.unpublished("x")));
    t.setDefault(TradeFlow.class, TradeFlow.of("IN", "GR", 0));
    t.setDefault(org.kervan.network.Corridor.class, Fixtures.suez());
    t.testAllPublicStaticMethods(TradeFlow.class);
    t.testAllPublicStaticMethods(TradeGain.class);
    t.testAllPublicStaticMethods(TradeGainBatch.class);
    t.testAllPublicInstanceMethods(LogitDiversion.of(1));
    t.testAllPublicStaticMethods(CorridorReliability.class);
  }

  @Test
  void toString_usesRootLocale() {
    assertEquals(
        "IN→GR 1250000.50 USD/yr (HS 84)", TradeFlow.of("IN", "GR", 1_250_000.5, "HS 84").toString());
    String s = TradeGain.of(1_000_000, DJANKOV, 20, 18).toString();
    assertEquals(
        "1000000.00 -> 1020201.34 USD/yr (+2.02%), 20.00 -> 18.00 d, per-day semi-elasticity"
            + " beta=0.0100/day (Djankov, Freund & Pham 2010)",
        s);
  }
}
