package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  @Test
  void iterationLimit_isPerLoop_andTheReportedCountIsExact() {
    GravityBaseline b = asymmetric();
    CostChange cut = CostChange.builder().set("A", "B", -0.3).build();
    int baseline = GeneralEquilibrium.defaults().conditional(b, CostChange.none()).iterations();
    int conditional = GeneralEquilibrium.defaults().conditional(b, cut).iterations();
    // Full endowment reports its own loop plus the baseline's resistance loop.
    int endowment = GeneralEquilibrium.defaults().fullEndowment(b, cut).iterations() - baseline;
    assertTrue(baseline > 1 && conditional > 1 && endowment > 1,
        baseline + ", " + conditional + ", " + endowment);
    // Each loop may use exactly the limit; one fewer fails. Both solve the baseline first.
    int cond = Math.max(baseline, conditional);
    GeneralEquilibrium.defaults().withMaxIterations(cond).conditional(b, cut);
    assertThrows(ConvergenceException.class,
        () -> GeneralEquilibrium.defaults().withMaxIterations(cond - 1).conditional(b, cut));
    int full = Math.max(baseline, endowment);
    GeneralEquilibrium.defaults().withMaxIterations(full).fullEndowment(b, cut);
    assertThrows(ConvergenceException.class,
        () -> GeneralEquilibrium.defaults().withMaxIterations(full - 1).fullEndowment(b, cut));
    assertEquals(100_000, GeneralEquilibrium.defaults().maxIterations());
    assertEquals(7, GeneralEquilibrium.defaults().withMaxIterations(7).maxIterations());
  }

  /** Two countries of different size and costs: A (reference) 30, B 10 of output. */
  private static final double[][] FLOWS = {{24, 6}, {3, 7}};
  private static final double[][] LN_TAU = {{0, -1.2}, {-0.7, 0}};

  private static GravityBaseline asymmetric() {
    GravityBaseline.Builder b = GravityBaseline.builder(5, "A");
    String[] c = {"A", "B"};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        b.add(c[i], c[j], FLOWS[i][j], LN_TAU[i][j]);
      }
    }
    return b.build();
  }

  /**
   * The resistances of the test's own: iterate {@code Π_i^(1−σ) = Σ_j τ_ij (E_j/Y) / P_j^(1−σ)},
   * {@code P_j^(1−σ) = Σ_i τ_ij (Y_i/Y) / Π_i^(1−σ)}, rescaled to {@code P_A^(1−σ) = 1}, until
   * nothing moves; returns {A_A, A_B, B_A, B_B}.
   */
  private static double[] resistances(double[][] tau, double[] y, double[] e) {
    double world = y[0] + y[1];
    double[] a = {1, 1};
    double[] p = {1, 1};
    for (int it = 0; it < 100_000; it++) {
      for (int i = 0; i < 2; i++) {
        a[i] = (tau[i][0] * e[0] / p[0] + tau[i][1] * e[1] / p[1]) / world;
      }
      double[] next = new double[2];
      for (int j = 0; j < 2; j++) {
        next[j] = (tau[0][j] * y[0] / a[0] + tau[1][j] * y[1] / a[1]) / world;
      }
      double moved = Math.abs(Math.log(next[1] / next[0] / p[1]));
      p[1] = next[1] / next[0];
      if (moved < 1e-15) {
        break;
      }
    }
    for (int i = 0; i < 2; i++) {
      a[i] = (tau[i][0] * e[0] / p[0] + tau[i][1] * e[1] / p[1]) / world;
    }
    return new double[] {a[0], a[1], p[0], p[1]};
  }

  @Test
  void conditional_ofTwoUnequalCountries_matchesAnIndependentSolution() {
    double[] y = {30, 10};
    double[] e = {27, 13};
    double[][] tau0 = new double[2][2];
    double[][] tau1 = new double[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        tau0[i][j] = Math.exp(LN_TAU[i][j]);
        tau1[i][j] = tau0[i][j];
      }
    }
    // Delta ln t_AB = -0.3 with sigma = 5: tau_AB times e^1.2.
    tau1[0][1] *= Math.exp(1.2);
    double[] r0 = resistances(tau0, y, e);
    double[] r1 = resistances(tau1, y, e);
    GeResult r = GeneralEquilibrium.defaults()
        .conditional(asymmetric(), CostChange.builder().set("A", "B", -0.3).build());
    String[] c = {"A", "B"};
    for (int i = 0; i < 2; i++) {
      CountryEffect effect = r.effect(c[i]);
      // Pi-hat = (A'/A)^(1/(1-sigma)), P-hat likewise.
      assertEquals(pct(Math.pow(r1[i] / r0[i], -0.25)), effect.outwardResistance(), 1e-8, c[i]);
      assertEquals(pct(Math.pow(r1[2 + i] / r0[2 + i], -0.25)), effect.inwardResistance(), 1e-8,
          c[i]);
      int j = 1 - i;
      double x0 = y[i] * e[j] * tau0[i][j] / (40 * r0[i] * r0[2 + j]);
      double x1 = y[i] * e[j] * tau1[i][j] / (40 * r1[i] * r1[2 + j]);
      assertEquals(pct(x1 / x0), effect.internationalExports(), 1e-8, c[i]);
      assertEquals(x1, r.counterfactualFlow(c[i], c[j]), 1e-9, c[i]);
      assertEquals(pct(1 / Math.pow(r1[2 + i] / r0[2 + i], -0.25)), effect.realGdp(), 1e-8, c[i]);
    }
    assertEquals(0, r.effect("A").inwardResistance(), 1e-12);
    assertTrue(Math.abs(r.effect("B").inwardResistance()) > 0.1, r.effect("B").toString());
  }
}
