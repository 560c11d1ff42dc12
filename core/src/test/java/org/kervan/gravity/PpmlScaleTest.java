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
}
