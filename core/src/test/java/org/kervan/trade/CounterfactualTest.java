package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.ConstantElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.LinearElasticity;
import org.kervan.elasticity.PerDaySemiElasticity;
import org.kervan.elasticity.Presets;
import org.kervan.elasticity.TariffEquivalentElasticity;
import org.kervan.elasticity.TimeComponent;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.Distance;
import org.kervan.quantity.Speed;

class CounterfactualTest {
  private static final Citation TEST = Citation.unpublished("test");
  private static final Set<TimeComponent> ALL = TimeComponent.all();

  @Test
  void imecInsteadOfCape_startsFromTheValueUnderTheCape() {
    // The fault: the observed (Suez) value was multiplied by m(Cape -> IMEC). The value under the
    // Cape must first be derived: X_cape = V * m(Suez -> Cape), X_imec = V * m(Suez -> IMEC).
    ElasticityFunction f = TariffEquivalentElasticity.compounding(0.0135, 4.5, TEST);
    double v = 134.1e9;
    Corridor suez = Fixtures.suez();
    Corridor cape = Fixtures.cape();
    Corridor imec = Fixtures.imec();
    Counterfactual cf = Counterfactual.observed(v, suez);
    TradeGain g = cf.gain(cape, imec, f, ALL);
    double xs = suez.totalDays();
    double xc = cape.totalDays();
    double xi = imec.totalDays();
    // Oracle, written out: exp(-theta * (x1 - x0) * ln(1 + tau)).
    double mSc = Math.exp(-4.5 * (xc - xs) * Math.log1p(0.0135));
    double mSi = Math.exp(-4.5 * (xi - xs) * Math.log1p(0.0135));
    assertEquals(v * mSc, g.baselineValueUsd(), 1e-6 * v);
    assertEquals(v * mSi, g.newValueUsd(), 1e-6 * v);
    double wrong = v * (Math.exp(-4.5 * (xi - xc) * Math.log1p(0.0135)) - 1);
    assertTrue(Math.abs(g.absoluteChangeUsd() - wrong) > 0.1 * Math.abs(wrong), g.toString());
    // For a form that depends only on the end points this equals chaining up to rounding.
    assertEquals(mSi / mSc - 1, g.relativeChange(), 1e-12);
    // Component days add up to the total up to rounding.
    assertEquals(xc, g.baselineDays(), 1e-12);
    assertEquals(xi, g.newDays(), 1e-12);
  }

  @Test
  void valueUnderTheObservedCorridor_isTheObservedValue() {
    Counterfactual cf = Counterfactual.observed(TradeFlow.of("IN", "GR", 5e9), Fixtures.imec());
    assertEquals(5e9, cf.valueUnder(Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013), 0);
    assertEquals(5e9, cf.valueUnder(Fixtures.imec(), Commodities.MANUFACTURES,
        Presets.SIMONOVSKA_WAUGH_2014_TRADE.central()), 0);
    assertEquals("IN", cf.flow().orElseThrow().exporter());
    assertTrue(cf.toString().startsWith("observed 5.0E9 USD/yr under INNSA→GRPIR"), cf.toString());
  }

  @Test
  void constantElasticity_withoutObservedDays_isAnError() {
    // Suez has no land days: a constant elasticity of land days cannot start from it.
    Counterfactual cf = Counterfactual.observed(1e6, Fixtures.suez());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                cf.valueUnder(
                    Fixtures.imec(),
                    ConstantElasticity.of(-1.73, TEST),
                    EnumSet.of(TimeComponent.LAND_RUNNING)));
    assertEquals("baselineDays must be finite and > 0, was 0.0", e.getMessage());
  }

  @Test
  void badInput_isRejectedNamingTheParameter() {
    assertEquals(
        "observedValueUsd must be finite and >= 0, was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> Counterfactual.observed(Double.NaN, Fixtures.suez()))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Counterfactual.observed(1, null));
  }

  @Property(tries = 300)
  void roundTrip_observedToScenarioAndBack_returnsTheObservedValueExactly(
      @ForAll("corridors") Corridor observed,
      @ForAll("corridors") Corridor scenario,
      @ForAll("functions") ElasticityFunction f,
      @ForAll("values") double v) {
    Counterfactual cf = Counterfactual.observed(v, observed);
    double there;
    try {
      there = cf.valueUnder(scenario, f, ALL);
    } catch (IllegalArgumentException e) {
      // a linear form with no non-negative value for a large slowdown, or a multiplier that
      // overflows: an error, not a round trip
      Assume.that(false);
      return;
    }
    Assume.that(there > 0);
    TradeGain back = cf.gain(scenario, observed, f, ALL);
    assertEquals(v, back.newValueUsd(), 0);
    assertEquals(there, back.baselineValueUsd(), 0);
    assertEquals(v, cf.valueUnder(observed, f, ALL), 0);
  }

  @Provide
  Arbitrary<Corridor> corridors() {
    return Combinators.combine(
            Arbitraries.doubles().between(100, 30_000),
            Arbitraries.doubles().between(0, 3_000),
            Arbitraries.doubles().between(20, 45))
        .as(CounterfactualTest::corridor);
  }

  @Provide
  Arbitrary<ElasticityFunction> functions() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-3, -0.1).map(e -> ConstantElasticity.of(e, TEST)),
        Arbitraries.doubles().between(-0.5, -0.01).map(e -> LinearElasticity.of(e, TEST)),
        Arbitraries.doubles()
            .between(0.001, 0.1)
            .ofScale(4)
            .map(b -> PerDaySemiElasticity.of(b, TEST)),
        Arbitraries.doubles()
            .between(0.001, 0.03)
            .ofScale(4)
            .map(t -> TariffEquivalentElasticity.compounding(t, 4.5, TEST)),
        Arbitraries.doubles()
            .between(0.001, 0.03)
            .ofScale(4)
            .map(t -> TariffEquivalentElasticity.adValorem(t, 5, 0.1, TEST)));
  }

  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.doubles().between(0, 1e12);
  }

  static Corridor corridor(double seaKm, double railKm, double seaKmh) {
    Leg sea =
        Leg.of("INNSA", "AEJEA", Mode.SEA, Distance.ofKilometres(seaKm), Speed.ofKilometresPerHour(seaKmh));
    if (railKm == 0) {
      return Corridor.of(
          List.of(Fixtures.MUMBAI, Fixtures.JEBEL_ALI), List.of(sea), WaitPolicy.EXPECTED_HALF_HEADWAY);
    }
    Leg rail =
        Leg.of("AEJEA", "ILHFA", Mode.RAIL, Distance.ofKilometres(railKm), Speed.ofKilometresPerHour(50));
    return Corridor.of(
        List.of(Fixtures.MUMBAI, Fixtures.JEBEL_ALI, Fixtures.HAIFA),
        List.of(sea, rail),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
  }
}
