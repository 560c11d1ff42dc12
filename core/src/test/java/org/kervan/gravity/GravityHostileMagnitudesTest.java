package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kervan.network.HostileDoubles;

/**
 * Hostile magnitudes for the gravity inputs: flows, distances and weights in a {@link TradePanel},
 * the same numbers through {@link TradePanelCsv}, and PPML on panels whose flows are NaN,
 * negative, infinite, subnormal, huge, or zero for a whole exporter or importer (an empty group).
 * The invariant: a documented exception, or a finite result equal to a reference written here.
 * The reference for PPML is the independence model: Poisson with exporter and importer effects
 * fitted to a full matrix of flows {@code X_ij} has fitted values {@code X_i. * X_.j / X..} (the
 * row total times the column total over the grand total; Bishop, Fienberg &amp; Holland 1975,
 * <i>Discrete Multivariate Analysis</i>, ch. 3), whatever the scale of the flows.
 */
class GravityHostileMagnitudesTest {

  @Provide
  Arbitrary<Double> hostile() {
    return HostileDoubles.any();
  }

  /**
   * Flows around one magnitude 10^e (e from -280 to 280), most within two orders of each other,
   * some up to sixteen orders above or below, with zeros (empty groups when a row or column is all
   * zero), and now and then one that is NaN, infinite or negative.
   */
  @Provide
  Arbitrary<double[]> flows() {
    Arbitrary<Double> bad = HostileDoubles.any().filter(v -> !(v >= 0 && v < Double.POSITIVE_INFINITY));
    Arbitrary<Double> mantissa = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0.1, 10)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-16, 16).map(k -> Math.pow(10, k))),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0.0)),
        net.jqwik.api.Tuple.of(1, bad));
    return Arbitraries.integers().between(-280, 280).flatMap(e ->
        mantissa.map(m -> m * Math.pow(10, e)).array(double[].class).ofSize(16));
  }

  private static final GravityModel INDEPENDENCE =
      new GravityModel(List.of(), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust());

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void panelRow_isRejectedOrKeepsItsNumbers(
      @ForAll("hostile") double flow, @ForAll("hostile") double distanceKm,
      @ForAll("hostile") double weight) {
    TradePanel panel;
    try {
      panel = TradePanel.builder(List.of("dist"))
          .addWeighted("DEU", "FRA", "2020", flow, weight, distanceKm)
          .build();
    } catch (IllegalArgumentException e) {
      assertTrue(!(flow >= 0 && HostileDoubles.finite(flow))
          || !(weight > 0 && HostileDoubles.finite(weight))
          || !HostileDoubles.finite(distanceKm), e.getMessage());
      return;
    }
    assertEquals(flow, panel.flow(0));
    assertEquals(weight, panel.weight(0));
    assertEquals(distanceKm, panel.covariate("dist", 0));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void csvCell_isRejectedNamingLineAndColumn_orReadExactly(
      @ForAll("hostile") double flow, @ForAll("hostile") double distanceKm) {
    String csv = "exporter,importer,year,trade,dist\nDEU,FRA,2020," + flow + "," + distanceKm + "\n";
    TradePanel panel;
    try {
      panel = TradePanelCsv.of("exporter", "importer", "year", "trade")
          .withCovariates(List.of("dist"))
          .read(new StringReader(csv), "hostile.csv");
    } catch (PanelFormatException e) {
      assertTrue(e.getMessage().startsWith("hostile.csv:2: column "), e.getMessage());
      assertTrue(!(flow >= 0 && HostileDoubles.finite(flow)) || !HostileDoubles.finite(distanceKm),
          e.getMessage());
      return;
    }
    assertEquals(flow, panel.flow(0));
    assertEquals(distanceKm, panel.covariate("dist", 0));
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void ppml_onAFullMatrix_isRejectedOrFitsTheIndependenceModel(
      @ForAll("flows") @Size(16) double[] x, @ForAll @IntRange(min = 2, max = 4) int n) {
    TradePanel.Builder b = TradePanel.builder(List.of());
    GravityFit fit;
    try {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          b.add("C" + i, "C" + j, "2020", x[i * n + j]);
        }
      }
      fit = Ppml.defaults().fit(b.build(), INDEPENDENCE);
    } catch (IllegalArgumentException | ConvergenceException e) {
      return;
    }
    // Row and column totals, scaled by the largest flow so that no sum overflows.
    double max = 0;
    for (int k = 0; k < n * n; k++) {
      max = Math.max(max, x[k]);
    }
    double[] row = new double[n];
    double[] col = new double[n];
    double all = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        row[i] += x[i * n + j] / max;
        col[j] += x[i * n + j] / max;
        all += x[i * n + j] / max;
      }
    }
    Map<String, Double> out = fit.fixedEffects("exporter");
    Map<String, Double> in = fit.fixedEffects("importer");
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (row[i] > 0 && col[j] > 0) {
          double fitted = out.get("C" + i) + in.get("C" + j);
          assertTrue(HostileDoubles.finite(fitted));
          // Compared as shares of the total, the precision the deviance sees: a cell many
          // orders of magnitude below the largest has no digits in the fit.
          // mu_ij / X.. = X_i. X_.j / X..^2 = row * col / all^2 (all scaled by max)
          double expectedShare = row[i] * col[j] / (all * all);
          double fittedShare = Math.exp(fitted - Math.log(max) - Math.log(all));
          assertEquals(expectedShare, fittedShare, 1e-6, "C" + i + " -> C" + j);
        }
      }
    }
  }

  @Test
  void ppml_withAnEmptyExporter_dropsItAndFitsTheRest() {
    // C2 exports nothing: its rows are separated; the rest is the independence model.
    double[][] x = {{4, 1, 0}, {2, 3, 5}, {0, 0, 0}};
    TradePanel.Builder b = TradePanel.builder(List.of());
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        b.add("C" + i, "C" + j, "2020", x[i][j] * 1e300);
      }
    }
    GravityFit fit = Ppml.defaults().fit(b.build(), INDEPENDENCE);
    // Totals: rows 5, 10; columns 6, 4, 5; all 15 (x 1e300). Importer C2 receives 5.
    assertEquals(Math.log(5e300 * 6 / 15),
        fit.fixedEffects("exporter").get("C0") + fit.fixedEffects("importer").get("C0"), 1e-5);
    assertEquals(Math.log(10e300 * 5 / 15),
        fit.fixedEffects("exporter").get("C1") + fit.fixedEffects("importer").get("C2"), 1e-5);
    assertEquals(3, fit.separatedByFixedEffects());
  }

  @Test
  void ppml_withNoPositiveFlow_isRejected() {
    TradePanel.Builder b = TradePanel.builder(List.of());
    b.add("C0", "C1", "2020", 0).add("C1", "C0", "2020", 0);
    assertThrows(IllegalArgumentException.class,
        () -> Ppml.defaults().fit(b.build(), INDEPENDENCE));
  }
}
