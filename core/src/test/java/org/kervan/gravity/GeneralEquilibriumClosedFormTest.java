package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Both counterfactuals on two symmetric countries, solved by hand. Baseline: output and
 * expenditure 10 each (world 20), {@code τ_AA = 1}, {@code τ_AB = t = e^-1}, σ = 5, P_A = 1. By
 * symmetry {@code P^(1−σ) = 1} for both and {@code Π^(1−σ) = (1 + t)/2}. A cut of Δ ln t = −0.1
 * makes {@code τ'_AB = t' = t e^0.4}.
 *
 * <p>Conditional: {@code P'} stays 1, {@code Π'^(1−σ) = (1 + t')/2}, so {@code Π̂ = ((1 +
 * t')/(1 + t))^(1/(1−σ))}; exports {@code 10 t'/(1 + t')} against {@code 10 t/(1 + t)}.
 *
 * <p>Full endowment: by symmetry both factory-gate prices change by one factor λ; the numeraire
 * {@code P'_A = 1} gives {@code λ^(1−σ) (1 + t')/(1 + t) = 1}, which also solves market clearing
 * {@code λ^σ = λ (1 + t')/(1 + t)}: {@code λ = ((1 + t')/(1 + t))^(1/(σ−1))}. Output, expenditure
 * and real GDP change by λ, {@code Π̂ = 1/λ}, and exports by {@code λ t'(1 + t)/(t (1 + t'))}.
 */
class GeneralEquilibriumClosedFormTest {
  private static final double T = Math.exp(-1);
  private static final double T1 = Math.exp(-1 + 0.4);
  private static final CostChange CUT =
      CostChange.builder().set("A", "B", -0.1).set("B", "A", -0.1).build();

  private static GravityBaseline symmetric() {
    double abroad = 10 * T / (1 + T);
    return GravityBaseline.builder(5, "A")
        .add("A", "A", 10 - abroad, 0)
        .add("A", "B", abroad, -1)
        .add("B", "A", abroad, -1)
        .add("B", "B", 10 - abroad, 0)
        .build();
  }

  private static double pct(double ratio) {
    return 100 * (ratio - 1);
  }

  @Test
  void conditional_movesOnlyTheResistancesAndTrade() {
    GeResult r = GeneralEquilibrium.defaults().conditional(symmetric(), CUT);
    assertEquals("conditional", r.kind());
    double piHat = Math.pow((1 + T1) / (1 + T), -0.25);
    double exports = T1 * (1 + T) / (T * (1 + T1));
    for (String c : new String[] {"A", "B"}) {
      CountryEffect e = r.effect(c);
      assertEquals(pct(exports), e.internationalExports(), 1e-9, c);
      assertEquals(pct(piHat), e.outwardResistance(), 1e-9, c);
      assertEquals(0, e.inwardResistance(), 1e-9, c);
      assertEquals(0, e.factoryGatePrice(), 1e-9, c);
      assertEquals(0, e.output(), 1e-9, c);
      assertEquals(0, e.expenditure(), 1e-9, c);
      assertEquals(0, e.realGdp(), 1e-9, c);
    }
    assertEquals(10 * T1 / (1 + T1), r.counterfactualFlow("B", "A"), 1e-9);
    assertEquals(10 / (1 + T1), r.counterfactualFlow("A", "A"), 1e-9);
    assertTrue(r.iterations() >= 1);
  }

  @Test
  void fullEndowment_raisesPricesOutputAndRealGdpByOneFactor() {
    GeResult r = GeneralEquilibrium.defaults().fullEndowment(symmetric(), CUT);
    assertEquals("full endowment", r.kind());
    double lambda = Math.pow((1 + T1) / (1 + T), 0.25);
    for (String c : new String[] {"A", "B"}) {
      CountryEffect e = r.effect(c);
      assertEquals(pct(lambda), e.factoryGatePrice(), 1e-9, c);
      assertEquals(pct(lambda), e.output(), 1e-9, c);
      assertEquals(pct(lambda), e.expenditure(), 1e-9, c);
      assertEquals(pct(lambda), e.realGdp(), 1e-9, c);
      assertEquals(0, e.inwardResistance(), 1e-9, c);
      assertEquals(pct(1 / lambda), e.outwardResistance(), 1e-9, c);
      assertEquals(pct(lambda * T1 * (1 + T) / (T * (1 + T1))), e.internationalExports(), 1e-9, c);
    }
    // X'_AB = Y'_A E'_B τ' / (Y' Π'^(1−σ) P'^(1−σ)) = 10 λ t'/(1 + t').
    assertEquals(10 * lambda * T1 / (1 + T1), r.counterfactualFlow("A", "B"), 1e-9);
    assertEquals(10 * T / (1 + T), r.baselineFlow("A", "B"), 1e-9);
  }

  @Test
  void noChange_changesNothing() {
    for (GeResult r : new GeResult[] {
        GeneralEquilibrium.defaults().conditional(symmetric(), CostChange.none()),
        GeneralEquilibrium.defaults().fullEndowment(symmetric(), CostChange.none())}) {
      for (CountryEffect e : r.effects()) {
        assertEquals(0, e.internationalExports(), 1e-9);
        assertEquals(0, e.outwardResistance(), 1e-9);
        assertEquals(0, e.realGdp(), 1e-9);
      }
    }
  }
}
