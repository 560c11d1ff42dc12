package org.kervan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kervan.network.Corridor;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteRequest;

/** Bad rows come back as rows with an error, next to good ones, and CSV and Parquet go round. */
class SweepBadRowsTest {
  @TempDir static Path dir;
  private static Map<String, Row> byId;

  // The id column is not a request column: the sweep drops it.
  private static final String CSV = String.join("\n",
      "id,origin,destination,scenario,criterion,avoid,commodity,flow_usd,draws,draw_seed",
      "good,INNSA,GRPIR,suez_closed,,,,1000000,10,7",
      "avoid,INNSA,GRPIR,baseline,cost,CP_SUEZ|CP_BAB_EL_MANDEB,copper,1000000,,",
      "unknown_origin,XXNOP,GRPIR,baseline,,,,1000000,,",
      "unknown_scenario,INNSA,GRPIR,atlantis,,,,1000000,,",
      "nan_flow,INNSA,GRPIR,baseline,,,,NaN,,",
      "negative_flow,INNSA,GRPIR,baseline,,,,-1,,",
      "no_seed,INNSA,GRPIR,baseline,,,,1000000,5,",
      "bad_criterion,INNSA,GRPIR,baseline,fastest,,,1000000,,",
      "bad_commodity,INNSA,GRPIR,baseline,,,gold,1000000,,",
      "same_pair,INNSA,INNSA,baseline,,,,1000000,,",
      "unknown_avoid,INNSA,GRPIR,baseline,,CP_NOWHERE,,1000000,,",
      "vot_missing,INNSA,GRPIR,baseline,generalised_cost,,,1000000,,",
      "null_origin,,GRPIR,baseline,,,,1000000,,") + "\n";

  @BeforeAll
  static void run() throws Exception {
    Path in = dir.resolve("requests.csv");
    Files.writeString(in, CSV);
    SparkSession spark = LocalSpark.get();
    Dataset<Row> results = Sweep.of(SweepFixtures.SCENARIOS).withPartitions(3)
        .run(SweepIo.readRequests(spark, in.toString()));
    String parquet = dir.resolve("results.parquet").toString();
    SweepIo.write(results, parquet);
    byId = new HashMap<>();
    Dataset<Row> back = spark.read().parquet(parquet);
    // The request columns carry no id: rows are told apart by what differs.
    List<Row> rows = back.collectAsList();
    for (Row r : rows) {
      byId.put(key(r), r);
    }
    SweepIo.write(back, dir.resolve("results.csv").toString());
  }

  private static String key(Row r) {
    return r.getAs("origin") + "," + r.getAs("destination") + "," + r.getAs("scenario") + ","
        + r.getAs("criterion") + "," + r.getAs("flow_usd") + "," + r.getAs("draws") + ","
        + r.getAs("commodity") + "," + (r.isNullAt(r.fieldIndex("avoid")) ? null : r.getList(r.fieldIndex("avoid")));
  }

  private static Row row(String origin, String scenario, String criterion, Double flow, Integer draws,
      String commodity, List<String> avoid) {
    return byId.get(origin + ",GRPIR," + scenario + "," + criterion + "," + flow + "," + draws + ","
        + commodity + "," + avoid);
  }

  private static void assertError(Row r, String... fragments) {
    assertEquals("ERROR", r.getAs("status"));
    String e = r.getAs("error");
    for (String f : fragments) {
      assertTrue(e.contains(f), e);
    }
    assertNull(r.getAs("total_days"));
  }

  @Test
  void everyRequest_comesBack() {
    assertEquals(13, byId.size());
  }

  @Test
  void goodRows_areRoutedAndPriced() {
    Row r = row("INNSA", "suez_closed", null, 1e6, 10, null, null);
    assertEquals("OK", r.getAs("status"));
    assertNull(r.getAs("error"));
    assertTrue(!r.getList(r.fieldIndex("chokepoints")).contains("CP_SUEZ"));
    assertTrue((double) r.getAs("total_days") >= (double) r.getAs("baseline_total_days"),
        "no faster without Suez");
    assertTrue(r.getAs("hummels_schaur_2013_mc_mean_gain_usd") != null);
  }

  @Test
  void avoidFromCsv_isSplitOnBars() {
    Row r = row("INNSA", "baseline", "cost", 1e6, null, "copper", List.of("CP_SUEZ", "CP_BAB_EL_MANDEB"));
    assertEquals("OK", r.getAs("status"), String.valueOf(r));
    Corridor c = DijkstraRouter.of(SweepFixtures.BASELINE).route(RouteRequest.of("INNSA", "GRPIR")
        .withCriterion(org.kervan.routing.Criterion.COST)
        .avoidingChokepoints("CP_SUEZ", "CP_BAB_EL_MANDEB")).orElseThrow();
    assertEquals(c.totalCostUsd(), (double) r.getAs("cost_usd"));
    assertNull(r.getAs("hummels_schaur_2013_mc_mean_gain_usd"), "no draws asked");
  }

  @Test
  void badRows_comeBackWithAnError() {
    assertError(row("XXNOP", "baseline", null, 1e6, null, null, null), "XXNOP");
    assertError(row("INNSA", "atlantis", null, 1e6, null, null, null), "scenario", "atlantis");
    assertError(row("INNSA", "baseline", null, Double.NaN, null, null, null), "flow_usd", "NaN");
    assertError(row("INNSA", "baseline", null, -1.0, null, null, null), "flow_usd", "-1");
    assertError(row("INNSA", "baseline", null, 1e6, 5, null, null), "draw_seed");
    assertError(row("INNSA", "baseline", "fastest", 1e6, null, null, null), "criterion", "fastest");
    assertError(row("INNSA", "baseline", null, 1e6, null, "gold", null), "commodity", "gold");
    assertError(row("INNSA", "baseline", null, 1e6, null, null, List.of("CP_NOWHERE")), "CP_NOWHERE");
    assertError(row("INNSA", "baseline", "generalised_cost", 1e6, null, null, null),
        "value_of_time_usd_per_teu_day");
    assertError(row("null", "baseline", null, 1e6, null, null, null), "origin must be given");
    Row same = byId.get("INNSA,INNSA,baseline,null,1000000.0,null,null,null");
    assertError(same, "destination must differ");
  }

  @Test
  void missingRequiredColumn_failsAtOnce() {
    Dataset<Row> noFlow = LocalSpark.get().sql("SELECT 'INNSA' AS origin, 'GRPIR' AS destination,"
        + " 'baseline' AS scenario");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sweep.of(SweepFixtures.SCENARIOS).run(noFlow));
    assertTrue(e.getMessage().contains("flow_usd"), e.getMessage());
  }

  @Test
  void csvOutput_joinsArraysWithBars() throws Exception {
    Path csv = dir.resolve("results.csv");
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(csv)) {
      for (Path part : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv")).sorted()::iterator) {
        all.append(Files.readString(part));
      }
    }
    String text = all.toString();
    assertTrue(text.startsWith("origin,destination,scenario,"), text.substring(0, 80));
    assertTrue(text.contains("CP_SUEZ|CP_BAB_EL_MANDEB"), "avoid joined");
  }
}
