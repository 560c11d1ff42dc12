package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeparationAndOlsTest {
  private static final GravityModel EXP_IMP =
      new GravityModel(List.of("x"), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust());

  /** Full bilateral panel of n countries with flows exp(βx + a_i + b_j) times noise. */
  private static TradePanel.Builder full(int n, double beta, long seed) {
    Random r = new Random(seed);
    TradePanel.Builder b = TradePanel.builder(List.of("x"));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = r.nextGaussian();
        b.add("C" + i, "C" + j, "2000", Math.exp(beta * x + 0.1 * i - 0.2 * j + 0.3 * r.nextGaussian()), x);
      }
    }
    return b;
  }

  @Test
  void ppml_exporterWithOnlyZeroFlows_isSeparatedByFixedEffects() {
    TradePanel.Builder b = full(6, 0.5, 1);
    for (int j = 0; j < 6; j++) {
      b.add("Z", "C" + j, "2000", 0, 0.1 * j);
    }
    GravityFit fit = Ppml.defaults().fit(b.build(), EXP_IMP);
    assertEquals(6, fit.separatedByFixedEffects());
    assertEquals(36, fit.observations());
  }

  @Test
  void ppml_zerosSeparatedByAFixedEffectCombination_areFoundByRelu() {
    // Exporter A sells a positive amount only to B, whom nobody else sells to; its zero flows to
    // C1 and C2 are separated by z = 1[exporter A] − 1[importer B], though neither A's nor B's
    // group is all zeros (Correia, Guimarães and Zylkin 2019, sec. 2).
    TradePanel.Builder b = full(5, 0.5, 2);
    b.add("A", "B", "2000", 3, 0.2);
    b.add("A", "C1", "2000", 0, -0.4);
    b.add("A", "C2", "2000", 0, 0.9);
    GravityFit fit = Ppml.defaults().fit(b.build(), EXP_IMP);
    assertEquals(0, fit.separatedByFixedEffects());
    assertEquals(2, fit.separatedByRegressors());
    assertEquals(26, fit.observations());
  }

  @Test
  void ppml_regressorPositiveOnlyOnZeroFlows_separatesThem_andIsOmitted() {
    // d = 1 on two zero flows and 0 everywhere else: z = d is a certificate of separation; once
    // those two rows are gone, d is identically 0 and is omitted (Correia et al. 2019, sec. 2).
    Random r = new Random(9);
    TradePanel.Builder b = TradePanel.builder(List.of("x", "d"));
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double x = r.nextGaussian();
        double zero = (i == 1 && j == 2) || (i == 3 && j == 4) ? 1 : 0;
        b.add("C" + i, "C" + j, "1", zero == 1 ? 0 : Math.exp(0.5 * x + 0.2 * r.nextGaussian()), x, zero);
      }
    }
    GravityFit fit =
        Ppml.defaults()
            .fit(
                b.build(),
                new GravityModel(
                    List.of("x", "d"), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust()));
    assertEquals(2, fit.separatedByRegressors());
    assertEquals(List.of("d"), fit.omittedRegressors());
    assertEquals(List.of("x"), fit.coefficientNames());
    assertEquals(34, fit.observations());
    assertTrue(fit.toString().contains("Omitted (collinear after separation): d"), fit.toString());
  }

  @Test
  void ppml_noFixedEffects_fitsAConstant() {
    Random r = new Random(3);
    TradePanel.Builder b = TradePanel.builder(List.of("x"));
    for (int i = 0; i < 50; i++) {
      double x = r.nextGaussian();
      b.add("E" + i, "M", "1", Math.exp(1.5 - 0.8 * x), x);
    }
    GravityFit fit =
        Ppml.defaults().fit(b.build(), new GravityModel(List.of("x"), List.of(), Vce.robust()));
    assertEquals(-0.8, fit.coefficient("x"), 1e-8);
    assertEquals(1.5, fit.fixedEffects("(constant)").get("(constant)"), 1e-8);
  }

  @Test
  void ppml_fixedEffectValues_reproduceTheLinearPredictor() {
    TradePanel p = full(5, 0.5, 4).build();
    GravityFit fit = Ppml.defaults().fit(p, EXP_IMP);
    // Exact-mean data are not needed: ln μ = βx + a_i + b_j, with μ's row sums equal to the data's.
    for (int i = 0; i < 5; i++) {
      double fitted = 0;
      double observed = 0;
      for (int row = 0; row < p.size(); row++) {
        if (p.exporter(row).equals("C" + i)) {
          fitted +=
              Math.exp(
                  fit.coefficient("x") * p.covariate("x", row)
                      + fit.fixedEffects("exporter").get(p.exporter(row))
                      + fit.fixedEffects("importer").get(p.importer(row)));
          observed += p.flow(row);
        }
      }
      assertEquals(1, fitted / observed, 1e-8);
    }
  }

  @Test
  void ppml_collinearRegressor_isAClearError() {
    TradePanel p = full(4, 0.5, 5).build();
    double[] exporterDummy = new double[p.size()];
    for (int i = 0; i < p.size(); i++) {
      exporterDummy[i] = p.exporter(i).equals("C1") ? 1 : 0;
    }
    TradePanel q = p.withCovariate("d", exporterDummy);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Ppml.defaults()
                    .fit(
                        q,
                        new GravityModel(
                            List.of("x", "d"),
                            List.of(Grouping.EXPORTER, Grouping.IMPORTER),
                            Vce.robust())));
    assertTrue(e.getMessage().contains("collinear"), e.getMessage());
  }

  @Test
  void ppml_iterationLimit_throwsRatherThanReturnHalfConverged() {
    TradePanel p = full(5, 0.5, 6).build();
    ConvergenceException e =
        assertThrows(
            ConvergenceException.class, () -> Ppml.defaults().withMaxIterations(2).fit(p, EXP_IMP));
    assertEquals(2, e.iterations());
  }

  @Test
  void ols_exactLogLinearData_recoversBeta_andDropsZeros() {
    Random r = new Random(7);
    TradePanel.Builder b = TradePanel.builder(List.of("x"));
    for (int i = 0; i < 8; i++) {
      for (int j = 0; j < 8; j++) {
        double x = r.nextGaussian();
        b.add("C" + i, "C" + j, "1", Math.exp(-1.1 * x + 0.3 * i + 0.05 * j * j), x);
      }
    }
    b.add("C0", "Z", "1", 0, 1);
    b.add("Z", "C0", "1", 0, 1);
    GravityFit fit = LogLinearOls.defaults().fit(b.build(), EXP_IMP);
    assertEquals(-1.1, fit.coefficient("x"), 1e-9);
    assertEquals(2, fit.droppedZeroFlows());
    assertEquals(64, fit.observations());
    assertEquals(1, fit.r2(), 1e-9);
  }

  @Test
  void fit_toString_isATable() {
    GravityFit fit = Ppml.defaults().fit(full(5, 0.5, 8).build(), EXP_IMP);
    String s = fit.toString();
    assertTrue(s.startsWith("PPML, N = 25, standard errors robust\n"), s);
    assertTrue(s.contains("Estimate Std. Error  z value  Pr(>|z|)"), s);
    assertTrue(s.contains("pseudo-R2"), s);
  }

  @Test
  void ppml_separatingRegressorFirst_andAFinelyScaledOne_omitsOnlyTheSeparatingOne() {
    // As above, with d listed first and x measured in millionths: the rank test must work on
    // the regressors' correlations (scale-free), and must not keep a column for its position.
    Random r = new Random(9);
    TradePanel.Builder b = TradePanel.builder(List.of("d", "x"));
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double x = r.nextGaussian();
        double zero = (i == 1 && j == 2) || (i == 3 && j == 4) ? 1 : 0;
        b.add("C" + i, "C" + j, "1", zero == 1 ? 0 : Math.exp(0.5 * x + 0.2 * r.nextGaussian()),
            zero, x * 1e-6);
      }
    }
    GravityFit fit = Ppml.defaults().fit(b.build(),
        new GravityModel(List.of("d", "x"), List.of(Grouping.EXPORTER, Grouping.IMPORTER),
            Vce.robust()));
    assertEquals(List.of("d"), fit.omittedRegressors());
    assertEquals(List.of("x"), fit.coefficientNames());
    assertEquals(2, fit.separatedByRegressors());
  }
}
