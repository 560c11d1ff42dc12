package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a fit reports besides its coefficients: p-values, the covariance entries behind the
 * standard errors, its estimator and fixed-effect names, and the printed table. The panel is
 * {@code ClosedFormFitsTest}'s two exporters (beta = 1.5, robust variance 10/16); the expected
 * p-value {@code erfc(|z| / sqrt 2)} was computed outside Java (Python's {@code math.erfc}).
 */
class GravityFitReportTest {
  private static GravityFit fit() {
    return LogLinearOls.defaults().fit(panel(),
        new GravityModel(List.of("x"), List.of(Grouping.EXPORTER), Vce.robust()));
  }

  private static TradePanel panel() {
    return ClosedFormFitsTest.twoExporters();
  }

  @Test
  void pValue_isTheTwoSidedNormalTail() {
    GravityFit fit = fit();
    // z = 1.5 / sqrt(10/16) = 1.8973665961010275; erfc(z / sqrt 2) = 0.05777957112359727.
    assertEquals(0.05777957112359727, fit.pValue("x"), 1e-12);
    assertEquals(10 / 16.0, fit.covariance("x", "x"), 1e-12);
    assertEquals("OLS (ln flow)", fit.estimator());
    assertEquals(List.of("exporter"), fit.fixedEffectNames());
  }

  @Test
  void toString_printsTheTableWithWidthsAndSignificance() {
    String expected = String.join("\n",
        "OLS (ln flow), N = 6, standard errors robust",
        "Fixed effects: exporter (2)",
        "               Estimate Std. Error  z value  Pr(>|z|)",
        "x                1.5000     0.7906     1.90    0.0578 .",
        "Iterations: 1, deviance: 7.00000, R2: 0.5625",
        "Dropped: 0 separated by fixed effects, 0 separated by regressors, 1 zero flows",
        "");
    // Width 12 for the name column, then %10s, %10s, %8s, %9s, each after one space.
    assertEquals(expected, fit().toString());
  }

  @Test
  void toString_namesTheClusters() {
    GravityFit fit = LogLinearOls.defaults().fit(panel(),
        new GravityModel(List.of("x"), List.of(Grouping.EXPORTER), Vce.clusteredBy(Grouping.IMPORTER)));
    assertEquals(3, fit.clusters());
    assertEquals("OLS (ln flow), N = 6, standard errors clustered by importer (3 clusters)",
        fit.toString().lines().findFirst().orElseThrow());
  }
}
