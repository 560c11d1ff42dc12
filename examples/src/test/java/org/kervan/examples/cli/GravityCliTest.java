package org.kervan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kervan gravity estimate} and {@code kervan gravity counterfactual}. */
class GravityCliTest {
  /** The chapter 2 data the README's worked command uses (Yotov et al. 2016, CC BY 4.0). */
  private static final String TWB =
      "../core/src/test/resources/org/kervan/gravity/yotov2016/chapter2_trade_without_border_2006.csv.gz";

  @TempDir Path dir;

  private static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void estimate_readmeCommand_printsThePublishedCoefficients() {
    Cli.Run r =
        run("gravity", "estimate", TWB, "--regressors", "log(DIST),CNTG,INTL_BRDR", "--fe", "exporter,importer");
    assertEquals(0, r.code(), r.err());
    // Yotov et al. (2016), ch. 2, application 1: -0.7913, 0.6736, -2.4745.
    assertTrue(r.out().contains("log(DIST)       -0.7913"), r.out());
    assertTrue(r.out().contains("CNTG             0.6736"), r.out());
    assertTrue(r.out().contains("INTL_BRDR       -2.4745"), r.out());
    assertTrue(r.out().startsWith("PPML, N = 4,761"), r.out());
  }

  @Test
  void estimate_logColonSyntax_isTheSameAsLogParentheses() {
    Cli.Run paren =
        run("gravity", "estimate", TWB, "--regressors", "log(DIST),CNTG,INTL_BRDR", "--fe", "exporter,importer");
    Cli.Run colon =
        run("gravity", "estimate", TWB, "--regressors", "log:DIST,CNTG,INTL_BRDR", "--fe", "exporter,importer");
    assertEquals(0, colon.code(), colon.err());
    assertEquals(paren.out(), colon.out());
  }

  @Test
  void estimate_json_withOlsAndCluster_hasBothFits() {
    Cli.Run r =
        run(
            "gravity", "estimate", TWB, "--regressors", "log(DIST),CNTG,INTL_BRDR", "--fe",
            "exporter,importer", "--cluster", "column:pair_id", "--ols", "--json");
    assertEquals(0, r.code(), r.err());
    JsonArray fits = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("fits");
    assertEquals(2, fits.size());
    JsonObject ppml = fits.get(0).getAsJsonObject();
    assertEquals("PPML", ppml.get("estimator").getAsString());
    assertEquals(4761, ppml.get("observations").getAsInt());
    assertTrue(ppml.get("clusters").getAsInt() > 2000);
    JsonObject first = ppml.getAsJsonArray("coefficients").get(0).getAsJsonObject();
    assertEquals("log(DIST)", first.get("name").getAsString());
    assertEquals(-0.7913, first.get("estimate").getAsDouble(), 0.00005);
    JsonObject ols = fits.get(1).getAsJsonObject();
    assertEquals("OLS (ln flow)", ols.get("estimator").getAsString());
    assertEquals(4761 - ols.get("droppedZeroFlows").getAsInt(), ols.get("observations").getAsInt());
  }

  @Test
  void estimateThenCounterfactual_zeroChange_isTheBaseline() throws IOException {
    Path baseline = dir.resolve("baseline.csv");
    Cli.Run e =
        run(
            "gravity", "estimate", TWB, "--regressors", "log(DIST),CNTG,INTL_BRDR", "--fe",
            "exporter,importer", "--baseline-out", baseline.toString());
    assertEquals(0, e.code(), e.err());
    Path costs = dir.resolve("costs.csv");
    Files.writeString(costs, "exporter,importer,delta_ln_t\nUSA,CAN,0\n", StandardCharsets.UTF_8);
    Cli.Run r =
        run(
            "gravity", "counterfactual", "--baseline", baseline.toString(), "--costs",
            costs.toString(), "--sigma", "7", "--reference", "ZZZ", "--json");
    assertEquals(0, r.code(), r.err());
    JsonArray results =
        JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("results");
    assertEquals(2, results.size());
    for (JsonElement res : results) {
      for (JsonElement c : res.getAsJsonObject().getAsJsonArray("countries")) {
        JsonObject o = c.getAsJsonObject();
        assertEquals(0, o.get("internationalExportsPct").getAsDouble(), 1e-7, o.toString());
        assertEquals(0, o.get("realGdpPct").getAsDouble(), 1e-7, o.toString());
      }
    }
  }

  @Test
  void counterfactual_cheaperNorthAmerica_raisesItsTrade_inATable() throws IOException {
    Path baseline = dir.resolve("b.csv");
    assertEquals(
        0,
        run(
                "gravity", "estimate", TWB, "--regressors", "log(DIST),CNTG,INTL_BRDR", "--fe",
                "exporter,importer", "--baseline-out", baseline.toString())
            .code());
    Path costs = dir.resolve("c.csv");
    Files.writeString(
        costs,
        "exporter,importer,delta_ln_t\nUSA,CAN,-0.1\nCAN,USA,-0.1\n",
        StandardCharsets.UTF_8);
    Cli.Run r =
        run(
            "gravity", "counterfactual", "--baseline", baseline.toString(), "--costs",
            costs.toString(), "--sigma", "7", "--reference", "ZZZ", "--mode", "conditional");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("GE conditional"), r.out());
    assertFalse(r.out().contains("full endowment"), r.out());
    String can = r.out().lines().filter(l -> l.startsWith("CAN ")).findFirst().orElseThrow();
    double exports = Double.parseDouble(can.trim().split("\\s+")[1]);
    assertTrue(exports > 0, can);
  }

  @Test
  void errors_haveExitCodesAndOneLineMessages() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, "exporter,importer,year,trade,DIST\nA,B,2000,-1,5\n", StandardCharsets.UTF_8);
    Cli.Run r = run("gravity", "estimate", bad.toString(), "--regressors", "log(DIST)");
    assertEquals(1, r.code());
    assertEquals("kervan: bad.csv:2: column 4 (trade): trade must be >= 0, was -1.0", r.err().trim());

    Cli.Run usage = run("gravity", "estimate", TWB, "--regressors", "CNTG", "--fe", "nation");
    assertEquals(2, usage.code());
    assertTrue(usage.err().contains("grouping must be"), usage.err());

    Cli.Run missing = run("gravity", "counterfactual", "--sigma", "7");
    assertEquals(2, missing.code());

    Path costs = dir.resolve("c.csv");
    Files.writeString(costs, "exporter,importer,delta_ln_t\nUSA,XXX,-0.1\n", StandardCharsets.UTF_8);
    Path baseline = dir.resolve("b.csv");
    run(
        "gravity", "estimate", TWB, "--regressors", "log(DIST),CNTG,INTL_BRDR", "--fe",
        "exporter,importer", "--baseline-out", baseline.toString());
    Cli.Run unknown =
        run(
            "gravity", "counterfactual", "--baseline", baseline.toString(), "--costs",
            costs.toString(), "--sigma", "7", "--reference", "ZZZ");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("'XXX'"), unknown.err());
  }
}
