package org.kervan.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.gravity.GravityFit;
import org.kervan.gravity.GravityModel;
import org.kervan.gravity.Grouping;
import org.kervan.gravity.Ppml;
import org.kervan.gravity.TradePanel;
import org.kervan.gravity.TradePanelCsv;
import org.kervan.gravity.Vce;

/**
 * Yotov, Piermartini, Monteiro and Larch (2016), <i>An Advanced Guide to Trade Policy Analysis</i>,
 * chapter 1, application 1: PPML with exporter-year and importer-year fixed effects on the
 * international flows of 1986, 1990, ..., 2006, standard errors clustered by pair. Expected values
 * are the published ones (the application's table, PPML column), to the four decimals printed
 * there; the data are core's test copy (CC BY 4.0, attribution in its README).
 */
class DistributedPpmlTest {
  private static DistributedPpmlFit fit;

  static Dataset<Row> chapter1() {
    String path = DistributedPpmlTest.class
        .getResource("/org/kervan/gravity/yotov2016/chapter1_application1_6years.csv.gz").getPath();
    return LocalSpark.get().read().option("header", "true").option("inferSchema", "true").csv(path)
        .filter(col("exporter").notEqual(col("importer")))
        .withColumn("ln_DIST", log(col("DIST")))
        .repartition(3);
  }

  @BeforeAll
  static void fitOnce() {
    fit = DistributedPpml.defaults().fit(chapter1(), "trade", List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
        List.of(List.of("exporter", "year"), List.of("importer", "year")), "pair_id");
  }

  @Test
  void observations_are28152() {
    assertEquals(28_152, fit.observations(), fit::toString);
  }

  @Test
  void coefficients_matchPublishedToFourDecimals() {
    assertEquals(-0.8409, fit.coefficient("ln_DIST"), 0.00005);
    assertEquals(0.4374, fit.coefficient("CNTG"), 0.00005);
    assertEquals(0.2475, fit.coefficient("LANG"), 0.00005);
    assertEquals(-0.2225, fit.coefficient("CLNY"), 0.00005);
  }

  @Test
  void clusteredStandardErrors_matchPublishedToFourDecimals() {
    assertEquals(0.0317, fit.standardError("ln_DIST"), 0.00005);
    assertEquals(0.0832, fit.standardError("CNTG"), 0.00005);
    assertEquals(0.0765, fit.standardError("LANG"), 0.00005);
    assertEquals(0.1162, fit.standardError("CLNY"), 0.00005);
  }

  @Test
  void coefficientsAndErrors_equalTheSingleJvmEstimator() throws Exception {
    GravityFit one;
    try (Reader in = new InputStreamReader(new GZIPInputStream(DistributedPpmlTest.class
        .getResourceAsStream("/org/kervan/gravity/yotov2016/chapter1_application1_6years.csv.gz")),
        StandardCharsets.UTF_8)) {
      TradePanel all = TradePanelCsv.of("exporter", "importer", "year", "trade")
          .withCovariates(List.of("pair_id", "DIST", "CNTG", "LANG", "CLNY")).read(in, "chapter 1");
      double[] ln = new double[all.size()];
      for (int i = 0; i < ln.length; i++) {
        ln[i] = Math.log(all.covariate("DIST", i));
      }
      TradePanel withLn = all.withCovariate("ln_DIST", ln);
      TradePanel panel = withLn.filter(i -> !withLn.isDomestic(i));
      one = Ppml.defaults().fit(panel, new GravityModel(List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
          List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME),
          Vce.clusteredBy(Grouping.column("pair_id"))));
    }
    assertEquals(one.observations(), fit.observations());
    assertEquals(one.iterations(), fit.iterations(), "same IRLS path");
    for (String n : List.of("ln_DIST", "CNTG", "LANG", "CLNY")) {
      // The stopping rules bound the difference; sums in another order differ in the last bits.
      assertEquals(one.coefficient(n), fit.coefficient(n), 1e-8, n);
      assertEquals(one.standardError(n), fit.standardError(n), 1e-8, n);
    }
    assertEquals(one.deviance(), fit.deviance(), 1e-9 * one.deviance());
  }

  @Test
  void coefficients_ofFlowsInTrillionths_matchPublishedToFourDecimals() {
    // PPML's coefficients do not depend on the unit of the flows; the stopping rule must not
    // either (with a fixed deviance floor of 0.1 these flows stopped after a few iterations).
    DistributedPpmlFit tiny = DistributedPpml.defaults().fit(
        chapter1().withColumn("trade", col("trade").multiply(1e-12)), "trade",
        List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
        List.of(List.of("exporter", "year"), List.of("importer", "year")), "pair_id");
    assertEquals(-0.8409, tiny.coefficient("ln_DIST"), 0.00005);
    assertEquals(0.4374, tiny.coefficient("CNTG"), 0.00005);
    assertEquals(0.2475, tiny.coefficient("LANG"), 0.00005);
    assertEquals(-0.2225, tiny.coefficient("CLNY"), 0.00005);
  }

  @Test
  void negativeFlow_isRejectedBeforeAnyIteration() {
    Dataset<Row> bad = chapter1().withColumn("trade", col("trade").minus(1e9));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        DistributedPpml.defaults().fit(bad, "trade", List.of("ln_DIST"),
            List.of(List.of("exporter", "year")), null));
    assertTrue(e.getMessage().contains("response must be finite and >= 0"), e.getMessage());
  }
}
