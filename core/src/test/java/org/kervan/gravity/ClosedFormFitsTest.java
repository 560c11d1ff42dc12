package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OLS on ln flow and PPML on panels small enough to solve by hand; every expected number is worked
 * out in the comments from the textbook formulas (least squares with group means; the Poisson
 * likelihood of a constant and one dummy, whose solution is the two group means; the robust and
 * cluster sandwich {@code q B^-1 M B^-1} with Stata's small-sample factors).
 */
class ClosedFormFitsTest {
  private static final double EPS = 1e-9;

  /**
   * Two exporters, three rows each, exporter effects. A: x = 0, 1, 2 and ln y = 1, 3, 2; B: x = 1,
   * 2, 3 and ln y = 0, 1, 5; B's rows go to importers M3, M1, M2. Within exporters x~ = -1, 0, 1
   * for both, y~ = -1, 1, 0 (A) and -2, -1, 3 (B): Sxx = 4, Sxy = 6, beta = 1.5; residuals 0.5, 1,
   * -1.5 and -0.5, -1, 1.5, RSS = 7; effects a_A = 2 - 1.5 * 1 = 0.5, a_B = 2 - 1.5 * 2 = -1; ln y
   * has mean 2 and TSS 16, so R2 = 1 - 7/16.
   */
  static TradePanel twoExporters() {
    return TradePanel.builder(List.of("x"))
        .add("A", "M1", "1", Math.exp(1), 0)
        .add("A", "M2", "1", Math.exp(3), 1)
        .add("A", "M3", "1", Math.exp(2), 2)
        .add("B", "M3", "1", Math.exp(0), 1)
        .add("B", "M1", "1", Math.exp(1), 2)
        .add("B", "M2", "1", Math.exp(5), 3)
        .add("B", "M9", "1", 0, 7) // a zero flow: dropped, ln 0 is undefined
        .build();
  }

  @Test
  void ols_withExporterEffects_matchesTheHandSolution() {
    GravityFit fit = LogLinearOls.defaults().fit(twoExporters(),
        new GravityModel(List.of("x"), List.of(Grouping.EXPORTER), Vce.robust()));
    assertEquals(1.5, fit.coefficient("x"), EPS);
    assertEquals(0.5, fit.fixedEffects("exporter").get("A"), EPS);
    assertEquals(-1, fit.fixedEffects("exporter").get("B"), EPS);
    assertEquals(7, fit.deviance(), EPS);
    assertEquals(1 - 7.0 / 16, fit.r2(), EPS);
    assertEquals(6, fit.observations());
    assertEquals(1, fit.droppedZeroFlows());
    assertEquals(1, fit.iterations());
    // Robust: K = 1 + 2 levels, q = N/(N-K) = 2; M = sum x~^2 e^2 = 0.25 + 2.25 + 0.25 + 2.25 = 5;
    // V = 2 * 5 / 4^2.
    assertEquals(Math.sqrt(2 * 5 / 16.0), fit.standardError("x"), EPS);
    assertTrue(fit.toString().startsWith("OLS (ln flow), N = 6, standard errors robust"),
        fit.toString());
  }

  @Test
  void ols_clusteredByImporter_sumsScoresWithinClusters() {
    GravityFit fit = LogLinearOls.defaults().fit(twoExporters(),
        new GravityModel(List.of("x"), List.of(Grouping.EXPORTER), Vce.clusteredBy(Grouping.IMPORTER)));
    // Scores x~ e: A -0.5, 0, -1.5 (M1, M2, M3); B 0.5, 0, 1.5 (M3, M1, M2). Cluster sums: M1 -0.5,
    // M2 1.5, M3 -1; M = 0.25 + 2.25 + 1 = 3.5; q = (N-1)/(N-K) G/(G-1) = 5/3 * 3/2 = 2.5.
    assertEquals(Math.sqrt(2.5 * 3.5 / 16), fit.standardError("x"), EPS);
    assertEquals(3, fit.clusters());
    assertEquals(1.5, fit.coefficient("x"), EPS);
  }

  @Test
  void ols_weighted_isWeightedLeastSquares() {
    // x = 0, 1, 2; ln y = 0, 2, 1; weights 1, 2, 1. Weighted means x 1, ln y 1.25; Sxx = 2,
    // Sxy = 1.25 - 0.25 = 1, beta = 0.5, constant 1.25 - 0.5 = 0.75. Residuals -0.75, 0.75, -0.75:
    // RSS = 0.5625 * (1 + 2 + 1) = 2.25; TSS = 1.5625 + 2 * 0.5625 + 0.0625 = 2.75.
    // Scores x~ w e = 0.75, 0, -0.75, M = 1.125; q = N/(N-K) = 3/(3-2); V = 3 * 1.125 / 2^2.
    TradePanel p = TradePanel.builder(List.of("x"))
        .addWeighted("A", "M", "1", Math.exp(0), 1, 0)
        .addWeighted("B", "M", "1", Math.exp(2), 2, 1)
        .addWeighted("C", "M", "1", Math.exp(1), 1, 2)
        .build();
    GravityFit fit = LogLinearOls.defaults().fit(p,
        new GravityModel(List.of("x"), List.of(), Vce.robust()));
    assertEquals(0.5, fit.coefficient("x"), EPS);
    assertEquals(0.75, fit.fixedEffects("(constant)").get("(constant)"), EPS);
    assertEquals(2.25, fit.deviance(), EPS);
    assertEquals(1 - 2.25 / 2.75, fit.r2(), EPS);
    assertEquals(Math.sqrt(3 * 1.125 / 4), fit.standardError("x"), EPS);
  }

  @Test
  void ols_withAsManyParametersAsObservations_isRejected() {
    TradePanel p = TradePanel.builder(List.of("x"))
        .add("A", "M", "1", 1, 0)
        .add("B", "M", "1", 2, 1)
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        LogLinearOls.defaults().fit(p, new GravityModel(List.of("x"), List.of(), Vce.robust())));
    assertEquals("observations must exceed parameters (2) for OLS, were 2", e.getMessage());
  }

  @Test
  void ols_withOnlyZeroFlows_isRejected() {
    TradePanel p = TradePanel.builder(List.of("x")).add("A", "M", "1", 0, 0).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        LogLinearOls.defaults().fit(p, new GravityModel(List.of("x"), List.of(), Vce.robust())));
    assertTrue(e.getMessage().startsWith("positive flows must exist"), e.getMessage());
  }

  /**
   * PPML with a constant and a dummy: the score equations make the fitted mean of each group its
   * observed mean. x = 0 rows: y = 1, 3 (mean 2); x = 1 rows: y = 2, 6, 10 (mean 6). So the
   * constant is ln 2 and beta = ln 3.
   */
  private static TradePanel dummyPanel(String... importers) {
    TradePanel.Builder b = TradePanel.builder(List.of("x"));
    for (int i = 0; i < 5; i++) {
      b.add(String.valueOf((char) ('A' + i)), importers[i], "1", Y[i], X[i]);
    }
    return b.build();
  }

  private static final double[] Y = {1, 3, 2, 6, 10};
  private static final double[] X = {0, 0, 1, 1, 1};
  private static final double[] MU = {2, 2, 6, 6, 6};

  /** ln(k!) by summing logs: the oracle for ln Gamma(y + 1) at integers. */
  private static double lnFactorial(double y) {
    double s = 0;
    for (int k = 2; k <= y; k++) {
      s += Math.log(k);
    }
    return s;
  }

  @Test
  void ppml_constantAndDummy_fitsTheGroupMeans() {
    GravityFit fit = Ppml.defaults().fit(dummyPanel("M", "M", "M", "M", "M"),
        new GravityModel(List.of("x"), List.of(), Vce.robust()));
    assertEquals(Math.log(3), fit.coefficient("x"), 1e-8);
    assertEquals(Math.log(2), fit.fixedEffects("(constant)").get("(constant)"), 1e-8);
    // Deviance 2 sum y ln(y/mu) (the sum of y - mu is 0 at the solution).
    double dev = 0;
    double ll = 0;
    double ll0 = 0;
    double ybar = 22.0 / 5;
    for (int i = 0; i < 5; i++) {
      dev += 2 * Y[i] * Math.log(Y[i] / MU[i]);
      ll += Y[i] * Math.log(MU[i]) - MU[i] - lnFactorial(Y[i]);
      ll0 += Y[i] * Math.log(ybar) - ybar - lnFactorial(Y[i]);
    }
    assertEquals(dev, fit.deviance(), 1e-8);
    assertEquals(1 - ll / ll0, fit.r2(), 1e-8);
    // Robust sandwich: x~ = x - sum(mu x)/sum(mu) = x - 18/22; B = sum mu x~^2;
    // M = sum x~^2 (y - mu)^2; q = N/(N-1).
    double xbar = 18.0 / 22;
    double b = 0;
    double m = 0;
    for (int i = 0; i < 5; i++) {
      double xt = X[i] - xbar;
      b += MU[i] * xt * xt;
      m += xt * xt * (Y[i] - MU[i]) * (Y[i] - MU[i]);
    }
    assertEquals(Math.sqrt(5.0 / 4 * m / (b * b)), fit.standardError("x"), 1e-8);
    assertEquals(5, fit.observations());
    assertEquals(0, fit.separatedByFixedEffects());
    assertEquals(0, fit.separatedByRegressors());
  }

  @Test
  void ppml_constantAndDummy_clustered_sumsScoresWithinClusters() {
    // Clusters by importer: rows A, C in M1, B, D in M2, E in M3.
    TradePanel p = dummyPanel("M1", "M2", "M1", "M2", "M3");
    GravityFit fit = Ppml.defaults().fit(p,
        new GravityModel(List.of("x"), List.of(), Vce.clusteredBy(Grouping.IMPORTER)));
    double xbar = 18.0 / 22;
    double b = 0;
    double[] s = new double[3];
    int[] cluster = {0, 1, 0, 1, 2};
    for (int i = 0; i < 5; i++) {
      double xt = X[i] - xbar;
      b += MU[i] * xt * xt;
      s[cluster[i]] += xt * (Y[i] - MU[i]);
    }
    double m = s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
    // q = G/(G-1) = 3/2.
    assertEquals(Math.sqrt(1.5 * m / (b * b)), fit.standardError("x"), 1e-8);
    assertEquals(3, fit.clusters());
  }

  @Test
  void ppml_weighted_fitsTheWeightedGroupMeans() {
    // Weights 1, 3 on the x = 0 rows (y = 1, 3): weighted mean (1 + 9)/4 = 2.5;
    // weight 1 on the x = 1 rows (y = 2, 6, 10): mean 6. Constant ln 2.5, beta ln(6/2.5).
    TradePanel p = TradePanel.builder(List.of("x"))
        .addWeighted("A", "M", "1", 1, 1, 0)
        .addWeighted("B", "M", "1", 3, 3, 0)
        .addWeighted("C", "M", "1", 2, 1, 1)
        .addWeighted("D", "M", "1", 6, 1, 1)
        .addWeighted("E", "M", "1", 10, 1, 1)
        .build();
    GravityFit fit = Ppml.defaults().fit(p, new GravityModel(List.of("x"), List.of(), Vce.robust()));
    assertEquals(Math.log(6 / 2.5), fit.coefficient("x"), 1e-8);
    assertEquals(Math.log(2.5), fit.fixedEffects("(constant)").get("(constant)"), 1e-8);
    // Weighted deviance 2 sum w y ln(y/mu).
    double dev = 2 * (1 * Math.log(1 / 2.5) + 3 * 3 * Math.log(3 / 2.5)
        + 2 * Math.log(2 / 6.0) + 6 * Math.log(1) + 10 * Math.log(10 / 6.0));
    assertEquals(dev, fit.deviance(), 1e-8);
  }

  @Test
  void ppml_withAZeroFlow_chargesItsFittedMeanToTheDeviance() {
    // x = 0 rows: y = 0, 4 (mean 2); x = 1 rows: y = 2, 6, 10 (mean 6). No separation: the other
    // x = 0 row is positive. Deviance 2 [sum over y > 0 of y ln(y/mu) - (y - mu)] + 2 sum over
    // y = 0 of mu.
    TradePanel p = TradePanel.builder(List.of("x"))
        .add("A", "M", "1", 0, 0)
        .add("B", "M", "1", 4, 0)
        .add("C", "M", "1", 2, 1)
        .add("D", "M", "1", 6, 1)
        .add("E", "M", "1", 10, 1)
        .build();
    GravityFit fit = Ppml.defaults().fit(p, new GravityModel(List.of("x"), List.of(), Vce.robust()));
    assertEquals(Math.log(3), fit.coefficient("x"), 1e-8);
    assertEquals(0, fit.separatedByRegressors());
    double[] y = {0, 4, 2, 6, 10};
    double dev = 0;
    for (int i = 0; i < 5; i++) {
      dev += y[i] > 0 ? 2 * (y[i] * Math.log(y[i] / MU[i]) - (y[i] - MU[i])) : 2 * MU[i];
    }
    assertEquals(dev, fit.deviance(), 1e-8);
  }

  private static final double[] A = {0.3, -0.4, 1.1};
  private static final double[] B = {2.0, -0.5, 0.7};
  private static final GravityModel TWO_WAY =
      new GravityModel(List.of("x"), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust());

  /** Flows exactly exp(beta x + A_i + B_j) on a 3 x 3 panel. */
  private static TradePanel exactTwoWay(double beta) {
    double[][] x = {{0.1, 1.2, -0.3}, {0.8, -1.1, 0.4}, {2.0, 0.5, -0.9}};
    TradePanel.Builder panel = TradePanel.builder(List.of("x"));
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        panel.add("E" + i, "M" + j, "1", Math.exp(beta * x[i][j] + A[i] + B[j]), x[i][j]);
      }
    }
    return panel.build();
  }

  /**
   * The importer effects are shifted so that the first importer's is 0, the exporter effects
   * absorbing the shift: {@code B_j - B_0} and {@code A_i + B_0}.
   */
  private static void assertNormalisedTwoWay(GravityFit fit, double beta, double eps) {
    assertEquals(beta, fit.coefficient("x"), eps);
    for (int j = 0; j < 3; j++) {
      assertEquals(B[j] - B[0], fit.fixedEffects("importer").get("M" + j), eps, "M" + j);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(A[i] + B[0], fit.fixedEffects("exporter").get("E" + i), eps, "E" + i);
    }
  }

  @Test
  void ols_withTwoDimensions_normalisesTheSecondToZeroAtItsFirstGroup() {
    assertNormalisedTwoWay(LogLinearOls.defaults().fit(exactTwoWay(1.5), TWO_WAY), 1.5, 1e-9);
  }

  @Test
  void ppml_withTwoDimensions_normalisesTheSecondToZeroAtItsFirstGroup() {
    assertNormalisedTwoWay(Ppml.defaults().fit(exactTwoWay(0.5), TWO_WAY), 0.5, 1e-8);
  }
}
