package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.quantity.Distance;

class ElasticityFunctionTest {
  private static final Citation TEST = Citation.unpublished("test");

  @Test
  void constant_tenPercentFaster_followsPowerLaw() {
    // (x1/x0)^eps = 0.9^-2 = 1.2345679012345678 (formula only).
    assertEquals(1 / 0.81, ConstantElasticity.of(-2, TEST).multiplier(20, 18), 1e-15);
  }

  @Test
  void perDay_djankovOneWeekFaster_isExpOfSevenPercent() {
    // Djankov, Freund & Pham 2010, REStat 92(1): 1% per day; a week less gives exp(0.07).
    // exp(0.07) = 1.0725081812542165.
    PerDaySemiElasticity f = Presets.DJANKOV_FREUND_PHAM_2010.central();
    assertEquals(1.0725081812542165, f.multiplier(30, 23), 1e-15);
    assertEquals(0.9323938199059483, f.multiplier(23, 30), 1e-15); // exp(-0.07), a week slower
  }

  @Test
  void perDay_freundRochaOneDayLessInland_isExpOfSevenPercent() {
    // Freund & Rocha 2011, WBER 25(3): one day less inland transit, exports +7% (beta 0.07).
    assertEquals(
        1.0725081812542165, Presets.FREUND_ROCHA_2011_INLAND.central().multiplier(5, 4), 1e-15);
  }

  @Test
  void tariff_hummelsSchaurOneDayFaster_atPublishedBounds() {
    // Hummels & Schaur 2013, AER 103(7): a day is worth 0.6-2.1% ad valorem; theta 4 (Simonovska
    // & Waugh 2014) to 5. One day less: (1+tau)^theta.
    // low: 1.006^4 = 1.024216865296; high: 1.021^5 = 1.1095035864891005.
    assertEquals(1.024216865296, Presets.HUMMELS_SCHAUR_2013.low().multiplier(10, 9), 1e-14);
    assertEquals(1.1095035864891005, Presets.HUMMELS_SCHAUR_2013.high().multiplier(10, 9), 1e-14);
    // One day more: 1.006^-4 = 0.9763557249284298.
    assertEquals(0.9763557249284298, Presets.HUMMELS_SCHAUR_2013.low().multiplier(9, 10), 1e-15);
    // Ad valorem: ((1 + 0.006*10) / (1 + 0.006*9))^-4 = 0.977550005392574, the baseline's own
    // time cost in the denominator.
    assertEquals(
        0.977550005392574, Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.low().multiplier(9, 10), 1e-15);
  }

  @Test
  void tariff_tariffEquivalentOfOneDay_isTau() {
    TariffEquivalentElasticity f = Presets.HUMMELS_SCHAUR_2013.high();
    assertEquals(0.021, f.tariffEquivalent(1), 1e-15);
    // Compounding over ten days: 1.021^10 - 1 = 0.2309953...
    assertEquals(Math.pow(1.021, 10) - 1, f.tariffEquivalent(10), 1e-14);
    assertEquals(
        0.21, Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.high().tariffEquivalent(10), 1e-15);
  }

  @Test
  void adValorem_largeSaving_isDefinedAndInverts() {
    // The additive reading (1 + tau*(x1-x0))^-theta had no value for a 50-day saving at 2.1% a
    // day and did not invert; ((1+tau*x1)/(1+tau*x0))^-theta is defined and inverts.
    TariffEquivalentElasticity f = TariffEquivalentElasticity.adValorem(0.021, 4, TEST);
    double there = f.multiplier(60, 10);
    double back = f.multiplier(10, 60);
    // ((1 + 0.21) / (1 + 1.26))^-4 = (2.26 / 1.21)^4 = 12.169...
    assertEquals(Math.pow(2.26 / 1.21, 4), there, 1e-12);
    assertEquals(1.0, there * back, 4 * Math.ulp(1.0));
  }

  @Test
  void adValorem_capeImecCape_returnsOne() {
    // Fault of the additive reading: Cape (31 d) -> IMEC (10.8 d) -> Cape gave x1.417.
    for (TariffEquivalentElasticity f :
        List.of(
            Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.low(),
            Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.central(),
            Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.high(),
            Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.high().withOtherAdValorem(0.1))) {
      assertEquals(1.0, f.multiplier(31, 10.8) * f.multiplier(10.8, 31), 4 * Math.ulp(1.0), f::toString);
    }
  }

  @Test
  void adValorem_otherCosts_dampenTheTimeEffect() {
    TariffEquivalentElasticity f = TariffEquivalentElasticity.adValorem(0.01, 4, TEST);
    // ((1 + 0.5 + 0.01*9) / (1 + 0.5 + 0.01*10))^-4 against a = 0.
    assertEquals(Math.pow(1.59 / 1.6, -4), f.withOtherAdValorem(0.5).multiplier(10, 9), 1e-14);
    assertTrue(f.withOtherAdValorem(0.5).multiplier(10, 9) < f.multiplier(10, 9));
    assertEquals(0.01 * -1 / 1.5, f.withOtherAdValorem(0.5).tariffEquivalent(-1), 1e-15);
  }

  @Test
  void compounding_withOtherCosts_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Presets.HUMMELS_SCHAUR_2013.central().withOtherAdValorem(0.1));
    assertEquals("otherAdValorem must be 0 in the compounding form, was 0.1", e.getMessage());
  }

  @Test
  void linear_largeSlowdown_refusesNegativeTrade() {
    LinearElasticity f = LinearElasticity.of(-2, TEST);
    assertEquals(0.0, f.multiplier(10, 15), 0); // 1 - 2 * 0.5 = 0, still allowed
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> f.multiplier(10, 16));
    assertTrue(e.getMessage().startsWith("multiplier must be finite and >= 0, was -0.19999"), e.getMessage());
    assertTrue(e.getMessage().contains("epsilon=-2.0"), e.getMessage());
    assertTrue(e.getMessage().contains("newDays=16.0"), e.getMessage());
  }

  @Test
  void linear_doesNotInvertWhenReversed() {
    LinearElasticity f = LinearElasticity.of(-2, TEST);
    // 1.2 * (1 + -2 * 2/18) = 1.2 * 0.777... = 0.9333..., not 1: the linear form is first order.
    assertEquals(1.2 * (1 - 4.0 / 18), f.multiplier(20, 18) * f.multiplier(18, 20), 1e-15);
  }

  @Test
  void distance_tenPercentFurther_disdierHead() {
    // Disdier & Head 2008: eps_d = -0.9, 1.1^-0.9; Overman et al. 2003 strongest: 1.1^-1.5.
    DistanceElasticity f = Presets.DISDIER_HEAD_2008_DISTANCE.central();
    assertEquals(
        Math.pow(1.1, -0.9),
        f.multiplier(Distance.ofKilometres(1000), Distance.ofKilometres(1100)),
        1e-15);
    assertEquals(
        Math.pow(1.1, -1.5), Presets.DISDIER_HEAD_2008_DISTANCE.high().multiplierKm(1000, 1100), 1e-15);
  }

  @Test
  void cost_limaoVenables_isACostFactorElasticity() {
    // Limao & Venables 2001: eps_t = -3; cost factor 1.10 -> 1.05 gives (1.05/1.10)^-3.
    CostElasticity f = Presets.LIMAO_VENABLES_2001_COST.central();
    assertEquals(Math.pow(1.05 / 1.10, -3), f.multiplier(1.10, 1.05), 1e-15);
    assertEquals(Form.COST_ELASTICITY, f.form());
    assertEquals(-2.5, Presets.LIMAO_VENABLES_2001_COST.low().epsilon(), 0);
  }

  @Test
  void everyFunction_isADoubleBinaryOperator() {
    DoubleBinaryOperator op = PerDaySemiElasticity.of(0.01, TEST);
    assertEquals(Math.exp(0.01), op.applyAsDouble(5, 4), 1e-15);
  }

  @Test
  void huge_change_overflow_throwsRatherThanInfinity() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ConstantElasticity.of(-400, TEST).multiplier(1e6, 1e-3));
    assertThrows(
        IllegalArgumentException.class,
        () -> PerDaySemiElasticity.of(50, TEST).multiplier(1e6, 1));
  }

  static Stream<Arguments> badDays() {
    ElasticityFunction f = ConstantElasticity.of(-1, TEST);
    return Stream.of(
        Arguments.of(f, Double.NaN, 1.0, "baselineDays must be finite and > 0, was NaN"),
        Arguments.of(f, 0.0, 1.0, "baselineDays must be finite and > 0, was 0.0"),
        Arguments.of(f, -3.0, 1.0, "baselineDays must be finite and > 0, was -3.0"),
        Arguments.of(
            f, Double.POSITIVE_INFINITY, 1.0, "baselineDays must be finite and > 0, was Infinity"),
        Arguments.of(f, 1.0, Double.NaN, "newDays must be finite and > 0, was NaN"),
        Arguments.of(f, 1.0, -0.5, "newDays must be finite and > 0, was -0.5"),
        Arguments.of(LinearElasticity.of(-2, TEST), 1.0, 0.0, "newDays must be finite and > 0, was 0.0"),
        Arguments.of(
            PerDaySemiElasticity.of(0.01, TEST), 1.0, Double.NEGATIVE_INFINITY,
            "newDays must be finite and >= 0, was -Infinity"),
        Arguments.of(
            TariffEquivalentElasticity.adValorem(0.01, 4, TEST), Double.NaN, 1.0,
            "baselineDays must be finite and >= 0, was NaN"),
        Arguments.of(
            TariffEquivalentElasticity.compounding(0.01, 4, TEST), 1.0, -1.0,
            "newDays must be finite and >= 0, was -1.0"));
  }

  @ParameterizedTest
  @MethodSource("badDays")
  void multiplier_badDays_throwsNamingParameterAndValue(
      ElasticityFunction f, double x0, double x1, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> f.multiplier(x0, x1));
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> badParameters() {
    return Stream.<Arguments>of(
        Arguments.of(
            (Runnable) () -> ConstantElasticity.of(Double.NaN, TEST),
            "epsilon must be finite, was NaN"),
        Arguments.of(
            (Runnable) () -> LinearElasticity.of(Double.POSITIVE_INFINITY, TEST),
            "epsilon must be finite, was Infinity"),
        Arguments.of(
            (Runnable) () -> PerDaySemiElasticity.of(Double.NaN, TEST),
            "betaPerDay must be finite, was NaN"),
        Arguments.of(
            (Runnable) () -> TariffEquivalentElasticity.compounding(-0.01, 4, TEST),
            "tauPerDay must be finite and >= 0, was -0.01"),
        Arguments.of(
            (Runnable) () -> TariffEquivalentElasticity.adValorem(0.01, 0, TEST),
            "theta must be finite and > 0, was 0.0"),
        Arguments.of(
            (Runnable)
                () ->
                    new TariffEquivalentElasticity(
                        0.01, 4, 0, Form.LINEAR, TEST, Optional.empty()),
            "form must be TARIFF_EQUIVALENT_COMPOUNDING or TARIFF_EQUIVALENT_AD_VALOREM, was"
                + " LINEAR"),
        Arguments.of(
            (Runnable) () -> TariffEquivalentElasticity.adValorem(0.01, 4, Double.NaN, TEST),
            "otherAdValorem must be finite and >= 0, was NaN"),
        Arguments.of(
            (Runnable) () -> DistanceElasticity.of(Double.NaN, TEST),
            "epsilon must be finite, was NaN"),
        Arguments.of(
            (Runnable) () -> DistanceElasticity.of(-0.9, TEST).multiplierKm(0, 10),
            "baselineKm must be finite and > 0, was 0.0"),
        Arguments.of(
            (Runnable) () -> CostElasticity.of(-3, TEST).multiplier(1.1, -1),
            "newFactor must be finite and > 0, was -1.0"),
        Arguments.of(
            (Runnable) () -> Citation.of("A", 1066, "", ""), "year must be in [1800, 2200], was 1066"),
        Arguments.of(
            (Runnable) () -> Citation.unpublished(" "), "authors must not be blank, was ' '"));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void construct_badParameter_throwsNamingParameterAndValue(Runnable r, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertEquals(message, e.getMessage());
  }

  @Test
  void valueTypes_equalsAndHashCode() {
    Citation a = Citation.of("Hummels & Schaur", 2013, "Time as a Trade Barrier", "AER 103(7)");
    Claim claim = Claim.of(-0.1, 0.2, 20, "test");
    new EqualsTester()
        .addEqualityGroup(a, Citation.of("Hummels & Schaur", 2013, "Time as a Trade Barrier", "AER 103(7)"))
        .addEqualityGroup(TEST, Citation.unpublished("test"))
        .addEqualityGroup(ConstantElasticity.of(-1, a), ConstantElasticity.of(-1, a))
        .addEqualityGroup(ConstantElasticity.of(-1, TEST))
        .addEqualityGroup(new ConstantElasticity(-1, a, Optional.of(claim)))
        .addEqualityGroup(LinearElasticity.of(-1, a))
        .addEqualityGroup(PerDaySemiElasticity.of(0.01, a), PerDaySemiElasticity.of(0.01, a))
        .addEqualityGroup(TariffEquivalentElasticity.compounding(0.01, 4, a))
        .addEqualityGroup(TariffEquivalentElasticity.adValorem(0.01, 4, a))
        .addEqualityGroup(TariffEquivalentElasticity.adValorem(0.01, 4, 0.1, a))
        .addEqualityGroup(DistanceElasticity.of(-0.9, a))
        .addEqualityGroup(CostElasticity.of(-0.9, a))
        .addEqualityGroup(claim, Claim.of(-0.1, 0.2, 20, "test"))
        .addEqualityGroup(ParameterRange.of("tau", 1, 2, 3), ParameterRange.of("tau", 1, 2, 3))
        .addEqualityGroup(ParameterRange.point("tau", 2))
        .testEquals();
  }

  @Test
  void valueTypes_rejectNulls() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Citation.class, TEST);
    t.setDefault(Claim.class, Claim.of(-0.1, 0.2, 20, "test"));
    t.setDefault(Form.class, Form.TARIFF_EQUIVALENT_AD_VALOREM);
    t.setDefault(TransitDays.class, new TransitDays(1, 1, 0, 0, 0, 0, 0));
    t.setDefault(String.class, "x");
    for (Class<?> c :
        List.of(
            Citation.class,
            Claim.class,
            ConstantElasticity.class,
            LinearElasticity.class,
            PerDaySemiElasticity.class,
            TariffEquivalentElasticity.class,
            DistanceElasticity.class,
            CostElasticity.class,
            ParameterRange.class,
            Calibration.class,
            ElasticityComparison.class)) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicInstanceMethods(ConstantElasticity.of(-1, TEST));
    t.testAllPublicInstanceMethods(DistanceElasticity.of(-1, TEST));
    t.testAllPublicInstanceMethods(Presets.HUMMELS_SCHAUR_2013);
  }

  @Test
  void toString_usesRootLocale() {
    assertEquals(
        "per-day semi-elasticity beta=0.0100/day (Djankov, Freund & Pham 2010)",
        Presets.DJANKOV_FREUND_PHAM_2010.central().toString());
    assertEquals(
        "tariff equivalent, compounding tau=0.0060/day theta=4.00 (Hummels & Schaur 2013)",
        Presets.HUMMELS_SCHAUR_2013.low().toString());
    assertEquals(
        "X1/X0 = ((1+a+tau*x1)/(1+a+tau*x0))^(-theta)", Form.TARIFF_EQUIVALENT_AD_VALOREM.law());
  }
}
