package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PPML's stopping rule against the scale of the flows. With exporter and importer effects on a
 * full matrix the Poisson fit is the independence model, {@code mu_ij = X_i. X_.j / X..} (Bishop,
 * Fienberg and Holland 1975, ch. 3), whatever the unit of the flows; the fitted values must match
 * it as closely for flows of 10^-12 as for flows of 1, and for a matrix whose cells are sixteen
 * orders of magnitude apart.
 */
class PpmlScaleTest {
  private static final GravityModel INDEPENDENCE =
      new GravityModel(List.of(), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust());

  private static GravityFit fit(double[][] x) {
    TradePanel.Builder b = TradePanel.builder(List.of());
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        b.add("C" + i, "C" + j, "2020", x[i][j]);
      }
    }
    return Ppml.defaults().fit(b.build(), INDEPENDENCE);
  }

  private static double fitted(GravityFit fit, int i, int j) {
    return Math.exp(fit.fixedEffects("exporter").get("C" + i)
        + fit.fixedEffects("importer").get("C" + j));
  }

  /** Asserts every fitted value equals row total x column total / grand total within rel. */
  private static void assertIndependence(double[][] x, double rel) {
    GravityFit fit = fit(x);
    int n = x.length;
    double[] row = new double[n];
    double[] col = new double[n];
    double all = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        row[i] += x[i][j];
        col[j] += x[i][j];
        all += x[i][j];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double expected = row[i] * col[j] / all;
        assertEquals(1, fitted(fit, i, j) / expected, rel, "C" + i + " -> C" + j);
      }
    }
  }

  private static double[][] scaled(double[][] x, double s) {
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].clone();
      for (int j = 0; j < y[i].length; j++) {
        y[i][j] *= s;
      }
    }
    return y;
  }

  private static final double[][] UNEVEN = {{1, 2, 30}, {4, 50, 6}, {70, 8, 9}};

  @Test
  void fit_ofOrdinaryFlows_isTheIndependenceModel() {
    assertIndependence(UNEVEN, 1e-6);
  }

  @Test
  void fit_ofFlowsOfOneTrillionth_isAsCloseAsForOrdinaryFlows() {
    assertIndependence(scaled(UNEVEN, 1e-12), 1e-6);
  }

  @Test
  void fit_ofFlowsOfOneThousandth_isAsCloseAsForOrdinaryFlows() {
    assertIndependence(scaled(UNEVEN, 1e-3), 1e-6);
  }

  @Test
  void fit_withOneCellSixteenOrdersAboveTheOthers_fitsThatCell() {
    double[][] x = {{1e16, 0.1, 0.1}, {0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}};
    assertIndependence(x, 1e-6);
  }

  /** Means exactly exp(beta x + a_i + b_j) on a 4 x 4 panel, flows times scale, x in unit. */
  private static GravityFit exact(double beta, double flowScale, double xUnit) {
    TradePanel.Builder b = TradePanel.builder(List.of("x"));
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double x = Math.sin(3 * i + 7 * j);
        b.add("C" + i, "C" + j, "2020", flowScale * Math.exp(beta * x + 0.2 * i - 0.3 * j),
            x / xUnit);
      }
    }
    return Ppml.defaults().fit(b.build(),
        new GravityModel(List.of("x"), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust()));
  }

  @Test
  void coefficient_ofFlowsOfOneTrillionth_isTheGeneratingOne() {
    // The normal equations X'WX scale with the weights mu, here about 1e-12: a fixed singularity
    // threshold called the regressor collinear.
    assertEquals(0.7, exact(0.7, 1e-12, 1).coefficient("x"), 1e-8);
  }

  @Test
  void coefficient_ofARegressorInMillionths_isTheGeneratingOneTimesAMillion() {
    // The regressor x * 1e6 (x in millionths) has coefficient 0.7e-6; x * 1e-6 has 0.7e6. The
    // singularity check on X'WX must not depend on the regressor's unit.
    assertEquals(0.7e-6, exact(0.7, 1, 1e-6).coefficient("x"), 1e-14);
    assertEquals(0.7e6, exact(0.7, 1, 1e6).coefficient("x"), 1e-2);
  }
}
