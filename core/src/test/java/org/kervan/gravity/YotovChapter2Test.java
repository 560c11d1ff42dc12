package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Yotov, Piermartini, Monteiro and Larch (2016), <i>An Advanced Guide to Trade Policy Analysis</i>,
 * chapter 2, application 1 ("trade without borders", 2006, σ = 7): PPML with exporter and importer
 * fixed effects on all flows, domestic ones included; then the international border is removed
 * ({@code INTL_BRDR = 0} everywhere) and the conditional general-equilibrium change of each
 * country's international exports is computed. Expected values: the published ones (coefficients
 * to four decimals; export changes for USA, CAN and MEX to 0.01 percentage points).
 */
class YotovChapter2Test {
  private static final double SIGMA = 7;

  private static TradePanel panel;
  private static GravityFit fit;
  private static GravityBaseline baseline;
  private static CostChange noBorders;

  @BeforeAll
  static void fitOnce() {
    panel = YotovData.chapter2();
    fit =
        Ppml.defaults()
            .fit(
                panel,
                new GravityModel(
                    List.of("ln_DIST", "CNTG", "INTL_BRDR"),
                    List.of(Grouping.EXPORTER, Grouping.IMPORTER),
                    Vce.robust()));
    // Germany, the reference country, is spelt ZZZ in these data (the book renames it to sort last).
    baseline = GravityBaseline.from(panel, fit, SIGMA, "ZZZ");
    // Removing the border moves ln t^(1-σ) by -β_border on international pairs:
    // Δ ln t = -β_border / (1 - σ).
    double border = fit.coefficient("INTL_BRDR");
    CostChange.Builder b = CostChange.builder();
    for (int i = 0; i < panel.size(); i++) {
      if (panel.covariate("INTL_BRDR", i) == 1) {
        b.set(panel.exporter(i), panel.importer(i), -border / (1 - SIGMA));
      }
    }
    noBorders = b.build();
  }

  @Test
  void ppml_usesAllFlows() {
    assertEquals(4_761, fit.observations());
  }

  @Test
  void ppml_coefficients_matchPublishedToFourDecimals() {
    assertEquals(-0.7913, fit.coefficient("ln_DIST"), 0.00005);
    assertEquals(0.6736, fit.coefficient("CNTG"), 0.00005);
    assertEquals(-2.4745, fit.coefficient("INTL_BRDR"), 0.00005);
  }

  @Test
  void conditionalGe_exportChanges_matchPublishedToOneHundredthOfAPoint() {
    GeResult r = GeneralEquilibrium.defaults().conditional(baseline, noBorders);
    assertEquals(359.98, r.effect("USA").internationalExports(), 0.005);
    assertEquals(80.82, r.effect("CAN").internationalExports(), 0.005);
    assertEquals(114.55, r.effect("MEX").internationalExports(), 0.005);
  }

  @Test
  void baselineFlows_rowAndColumnSums_equalObservedOutputAndExpenditure() {
    GeResult r = GeneralEquilibrium.defaults().conditional(baseline, noBorders);
    for (String c : baseline.countries()) {
      double row = 0;
      double col = 0;
      double obsRow = 0;
      double obsCol = 0;
      for (int i = 0; i < panel.size(); i++) {
        if (panel.exporter(i).equals(c)) {
          row += r.baselineFlow(c, panel.importer(i));
          obsRow += panel.flow(i);
        }
        if (panel.importer(i).equals(c)) {
          col += r.baselineFlow(panel.exporter(i), c);
          obsCol += panel.flow(i);
        }
      }
      assertEquals(1, row / obsRow, 1e-9, c);
      assertEquals(1, col / obsCol, 1e-9, c);
    }
  }

  @Test
  void fullEndowment_clearsMarkets_andRaisesEveryRealGdp() {
    GeResult r = GeneralEquilibrium.defaults().fullEndowment(baseline, noBorders);
    double worldOut = 0;
    double worldExp = 0;
    for (String c : baseline.countries()) {
      double sales = 0;
      double spending = 0;
      for (String d : baseline.countries()) {
        sales += r.counterfactualFlow(c, d);
        spending += r.counterfactualFlow(d, c);
      }
      double out = baseline.output(c) * (1 + r.effect(c).output() / 100);
      double exp = baseline.expenditure(c) * (1 + r.effect(c).expenditure() / 100);
      assertEquals(1, sales / out, 1e-9, c);
      assertEquals(1, spending / exp, 1e-9, c);
      worldOut += out;
      worldExp += exp;
      // Removing every international border is a gain for every country (Yotov et al. table 2.1).
      assertTrue(r.effect(c).realGdp() > 0, c + " real GDP " + r.effect(c).realGdp());
    }
    assertEquals(1, worldExp / worldOut, 1e-12);
    assertEquals(0, r.effect("ZZZ").inwardResistance(), 1e-9);
  }
}
