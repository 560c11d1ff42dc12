package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value types, argument checks and the GE inputs' CSV forms. */
class GravityValuesTest {
  @TempDir Path dir;

  @Test
  void groupings_andVce_haveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(Grouping.EXPORTER, Grouping.parse("exporter"))
        .addEqualityGroup(Grouping.PAIR_SHARED_DOMESTIC, Grouping.parse("pair-shared-domestic"))
        .addEqualityGroup(Grouping.column("pair_id"), Grouping.parse("column:pair_id"))
        .addEqualityGroup(Grouping.column("other"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Vce.robust(), Vce.robust())
        .addEqualityGroup(Vce.clusteredBy(Grouping.PAIR), Vce.clusteredBy(Grouping.parse("pair")))
        .testEquals();
    assertThrows(IllegalArgumentException.class, () -> Grouping.parse("nation"));
    assertThrows(IllegalArgumentException.class, () -> Grouping.column(""));
  }

  @Test
  void publicApis_rejectNulls() {
    TradePanel panel = TradePanel.builder(List.of("x")).add("A", "B", "1", 1, 0).build();
    GravityModel model = new GravityModel(List.of("x"), List.of(Grouping.EXPORTER), Vce.robust());
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(TradePanel.class, panel)
            .setDefault(GravityModel.class, model)
            .setDefault(ModelData.class, ModelData.from(panel, model))
            .setDefault(GravityBaseline.class, twoCountries())
            .setDefault(CostChange.class, CostChange.none())
            .setDefault(org.kervan.progress.Cancellation.class, org.kervan.progress.Cancellation.never())
            .setDefault(org.kervan.progress.ProgressListener.class, org.kervan.progress.ProgressListener.none());
    t.testAllPublicStaticMethods(Grouping.class);
    t.testAllPublicStaticMethods(Vce.class);
    t.testAllPublicStaticMethods(TradePanelCsv.class);
    t.testAllPublicInstanceMethods(TradePanelCsv.of("e", "i", "t", "f"));
    t.testAllPublicInstanceMethods(CostChange.builder());
    t.testAllPublicInstanceMethods(Ppml.defaults());
    t.testAllPublicInstanceMethods(GeneralEquilibrium.defaults());
  }

  @Test
  void gravityModel_rejectsRepeats() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new GravityModel(List.of("x", "x"), List.of(), Vce.robust()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GravityModel(
                List.of("x"), List.of(Grouping.EXPORTER, Grouping.EXPORTER), Vce.robust()));
  }

  @Test
  void estimatorSettings_areChecked() {
    assertThrows(IllegalArgumentException.class, () -> Ppml.defaults().withTolerance(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Ppml.defaults().withDemeanTolerance(0));
    assertThrows(IllegalArgumentException.class, () -> Ppml.defaults().withMaxIterations(0));
    assertThrows(
        IllegalArgumentException.class, () -> GeneralEquilibrium.defaults().withTolerance(-1));
    assertEquals(1e-8, Ppml.defaults().tolerance());
    assertEquals(1e-12, GeneralEquilibrium.defaults().tolerance());
  }

  private static GravityBaseline twoCountries() {
    // Two countries, symmetric: flows 8 at home, 2 abroad; ln cost term -1 abroad, 0 at home.
    return GravityBaseline.builder(5, "A")
        .add("A", "A", 8, 0)
        .add("A", "B", 2, -1)
        .add("B", "A", 2, -1)
        .add("B", "B", 8, 0)
        .build();
  }

  @Test
  void baseline_checksSigmaPairsAndReference() {
    assertThrows(IllegalArgumentException.class, () -> GravityBaseline.builder(1, "A"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GravityBaseline.builder(5, "A").add("A", "A", 1, 0).add("A", "B", 1, 0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> GravityBaseline.builder(5, "Z").add("A", "A", 1, 0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> GravityBaseline.builder(5, "A").add("A", "A", 1, 0).add("A", "A", 1, 0));
    GravityBaseline b = twoCountries();
    assertEquals(10, b.output("A"));
    assertEquals(10, b.expenditure("B"));
  }

  @Test
  void ge_symmetricCut_raisesTradeEqually_andUnknownCountryIsAnError() {
    CostChange cut = CostChange.builder().set("A", "B", -0.1).set("B", "A", -0.1).build();
    GeResult r = GeneralEquilibrium.defaults().conditional(twoCountries(), cut);
    assertEquals(
        r.effect("A").internationalExports(), r.effect("B").internationalExports(), 1e-9);
    assertTrue(r.effect("A").internationalExports() > 0);
    CostChange unknown = CostChange.builder().set("A", "Q", -0.1).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneralEquilibrium.defaults().fullEndowment(twoCountries(), unknown));
    assertTrue(e.getMessage().contains("'Q'"), e.getMessage());
  }

  @Test
  void ge_iterationLimit_throws() {
    GravityBaseline three =
        GravityBaseline.builder(5, "A")
            .add("A", "A", 8, 0)
            .add("A", "B", 2, -1)
            .add("A", "C", 1, -2)
            .add("B", "A", 3, -1)
            .add("B", "B", 9, 0)
            .add("B", "C", 2, -1.5)
            .add("C", "A", 1, -2)
            .add("C", "B", 1, -1.5)
            .add("C", "C", 5, 0)
            .build();
    CostChange cut = CostChange.builder().set("A", "B", -0.5).set("C", "A", 0.3).build();
    GeneralEquilibrium tight = GeneralEquilibrium.defaults().withMaxIterations(3);
    ConvergenceException e =
        assertThrows(ConvergenceException.class, () -> tight.fullEndowment(three, cut));
    assertEquals(3, e.iterations());
    assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
    assertTrue(GeneralEquilibrium.defaults().fullEndowment(three, cut).iterations() > 3);
  }

  @Test
  void ge_conditionalTwoCountries_matchesTheClosedForm() {
    // Symmetric two-country case: by symmetry Π = P, and X_AB/X_AA = τ_AB/τ_AA, with
    // X_AA + X_AB = 10 fixed. A cut of Δ ln t = -0.1 with σ = 5 multiplies τ_AB by e^0.4, so
    // X_AB' = 10 τ'/(1 + τ') with τ' = e^-1 e^0.4.
    GeResult r =
        GeneralEquilibrium.defaults()
            .conditional(
                twoCountries(), CostChange.builder().set("A", "B", -0.1).set("B", "A", -0.1).build());
    double tau = Math.exp(-1 + 0.4);
    double baselineAb = 10 * Math.exp(-1) / (1 + Math.exp(-1));
    assertEquals(10 * tau / (1 + tau), r.counterfactualFlow("A", "B"), 1e-9);
    assertEquals(baselineAb, r.baselineFlow("A", "B"), 1e-9);
  }

  @Test
  void csv_baselineAndCostChange_roundTripThroughFiles() throws IOException {
    TradePanel p =
        TradePanel.builder(List.of("x"))
            .add("A", "A", "1", 8, 0)
            .add("A", "B", "1", 2, 1)
            .add("B", "A", "1", 2, 1)
            .add("B", "B", "1", 8, 0)
            .build();
    GravityFit fit =
        Ppml.defaults()
            .fit(
                p,
                new GravityModel(
                    List.of("x"), List.of(Grouping.EXPORTER, Grouping.IMPORTER), Vce.robust()));
    StringWriter w = new StringWriter();
    GravityCsv.writeBaseline(p, fit, w);
    Path base = dir.resolve("b.csv");
    Files.writeString(base, w.toString(), StandardCharsets.UTF_8);
    GravityBaseline b = GravityCsv.readBaseline(base, 7, "A");
    assertEquals(10, b.output("B"), 1e-12);
    Path costs = dir.resolve("c.csv");
    Files.writeString(costs, "exporter,importer,delta_ln_t\nA,B,-0.2\n", StandardCharsets.UTF_8);
    assertEquals(-0.2, GravityCsv.readCostChange(costs).deltaLnCost("A", "B"));
    assertEquals(0.0, GravityCsv.readCostChange(costs).deltaLnCost("B", "A"));
    Files.writeString(
        costs, "exporter,importer,delta_ln_t\nA,B,-0.2\nA,B,0.1\n", StandardCharsets.UTF_8);
    PanelFormatException e =
        assertThrows(PanelFormatException.class, () -> GravityCsv.readCostChange(costs));
    assertEquals(3, e.line());
    Files.writeString(base, "exporter,importer,flow,ln_cost_term\nA,A,1,0\nA,B,1,x\n", StandardCharsets.UTF_8);
    PanelFormatException f =
        assertThrows(PanelFormatException.class, () -> GravityCsv.readBaseline(base, 7, "A"));
    assertEquals(3, f.line());
    assertEquals(4, f.column());
  }
}
