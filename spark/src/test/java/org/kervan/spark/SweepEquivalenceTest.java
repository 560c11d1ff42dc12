package org.kervan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteOptions;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.ShortestPathTree;
import org.kervan.trade.Commodities;
import org.kervan.trade.Counterfactual;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.GainMonteCarlo;
import org.kervan.trade.TradeCostChange;
import org.kervan.trade.TradeGain;

/**
 * A sweep over all ordered pairs of {@value #PORTS} world ports in three scenarios equals, bit for
 * bit, the single-JVM loop over core's one-to-all trees, gains and Monte Carlo, however the rows
 * are partitioned (1, 2 and 7 partitions, input shuffled differently each time). Every
 * {@value #MC_EVERY}th request also runs {@value #DRAWS} Monte Carlo draws per time preset with
 * its own seed.
 */
class SweepEquivalenceTest {
  static final int PORTS = 120;
  static final int DRAWS = 100;
  static final int MC_EVERY = 10;
  static final List<String> SCENARIOS = List.of("baseline", "suez_closed", "slow_steaming");

  private static List<Row> requests;
  private static Map<String, Map<String, Object>> expected;

  @BeforeAll
  static void singleJvm() {
    List<String> ports = SweepFixtures.ports(PORTS);
    Map<String, Network> nets = Map.of(
        "baseline", SweepFixtures.BASELINE,
        "suez_closed", SweepFixtures.SUEZ_CLOSED,
        "slow_steaming", SweepFixtures.SLOW_STEAMING);
    requests = new ArrayList<>();
    expected = new HashMap<>();
    ShortestPathTree base = ShortestPathTree.of(SweepFixtures.BASELINE);
    Map<String, ShortestPathTree> trees = new HashMap<>();
    for (String s : SCENARIOS) {
      trees.put(s, ShortestPathTree.of(nets.get(s)));
    }
    long k = 0;
    for (String o : ports) {
      base.search(SweepFixtures.BASELINE.indexOf(o), RouteOptions.defaults());
      for (String s : SCENARIOS) {
        ShortestPathTree t = trees.get(s);
        t.search(nets.get(s).indexOf(o), RouteOptions.defaults());
        for (String d : ports) {
          if (d.equals(o)) {
            continue;
          }
          k++;
          double flow = 1e6 * (1 + k % 97);
          int draws = k % MC_EVERY == 0 ? DRAWS : 0;
          Long seed = draws > 0 ? 1000 + k : null;
          requests.add(RowFactory.create(o, d, s, flow, draws, seed));
          Optional<Corridor> b = base.corridorTo(SweepFixtures.BASELINE.indexOf(d));
          Optional<Corridor> c = t.corridorTo(nets.get(s).indexOf(d));
          expected.put(o + d + s, b.isPresent() && c.isPresent()
              ? expectedRow(b.get(), c.get(), flow, draws, seed == null ? 0 : seed)
              : Map.of("status", "NO_ROUTE"));
        }
      }
    }
  }

  /** The single-JVM values, computed with core alone. */
  private static Map<String, Object> expectedRow(
      Corridor base, Corridor scen, double flow, int draws, long seed) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("status", "OK");
    e.put("total_days", scen.totalDays());
    e.put("waiting_hours", scen.waitingHours());
    e.put("border_hours", scen.borderHours());
    e.put("cost_usd", scen.totalCostUsd());
    e.put("co2e_kg", scen.co2eKgPerTeu());
    e.put("distance_km", scen.distanceKm());
    e.put("leg_count", scen.legs().size());
    e.put("chokepoints", scen.chokepoints());
    e.put("countries", scen.countries());
    e.put("baseline_total_days", base.totalDays());
    Counterfactual cf = Counterfactual.observed(flow, base);
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      String key = p.name().toLowerCase(Locale.ROOT);
      TradeGain g = cf.gain(base, scen, p);
      e.put(key + "_multiplier", 1 + g.relativeChange());
      e.put(key + "_gain_usd", g.newValueUsd() - g.baselineValueUsd());
      GainDistribution d = draws == 0 ? null : GainMonteCarlo.run(flow, base, scen, p, draws, seed);
      e.put(key + "_mc_mean_gain_usd", d == null ? null : d.meanGainUsd());
      e.put(key + "_mc_p95_gain_usd", d == null ? null : d.p95GainUsd());
    }
    TradeCostChange change = TradeCostChange.between(Commodities.MANUFACTURES, base, scen);
    e.put("delta_ln_trade_cost", change.deltaLnTradeCost());
    for (Preset<CostElasticity> p : Presets.TRADE_COST_PRESETS) {
      e.put(p.name().toLowerCase(Locale.ROOT) + "_gain_usd",
          flow * change.multiplier(p.central()) - flow);
    }
    return e;
  }

  private static Map<String, Row> sweep(int partitions, long shuffleSeed) {
    SparkSession spark = LocalSpark.get();
    Dataset<Row> in = spark.createDataFrame(requests, new org.apache.spark.sql.types.StructType()
        .add("origin", "string").add("destination", "string").add("scenario", "string")
        .add("flow_usd", "double").add("draws", "int").add("draw_seed", "long"))
        .orderBy(org.apache.spark.sql.functions.rand(shuffleSeed))
        .repartition(partitions);
    Map<String, Row> out = new HashMap<>();
    for (Row r : Sweep.of(SweepFixtures.SCENARIOS).withPartitions(partitions).run(in).collectAsList()) {
      out.put(r.getString(r.fieldIndex("origin")) + r.getString(r.fieldIndex("destination"))
          + r.getString(r.fieldIndex("scenario")), r);
    }
    return out;
  }

  private static void assertSame(Map<String, Row> got) {
    assertEquals(expected.size(), got.size(), "one result per request");
    for (Map.Entry<String, Map<String, Object>> e : expected.entrySet()) {
      Row r = got.get(e.getKey());
      for (Map.Entry<String, Object> v : e.getValue().entrySet()) {
        Object actual = r.get(r.fieldIndex(v.getKey()));
        if (actual instanceof scala.collection.Seq) {
          actual = r.getList(r.fieldIndex(v.getKey()));
        }
        // Double.equals compares the bits.
        assertEquals(v.getValue(), actual, e.getKey() + " " + v.getKey());
      }
    }
  }

  @Test
  void sweep_inOnePartition_equalsSingleJvmBitForBit() {
    assertSame(sweep(1, 1));
  }

  @Test
  void sweep_inTwoPartitions_equalsSingleJvmBitForBit() {
    assertSame(sweep(2, 2));
  }

  @Test
  void sweep_inSevenPartitions_equalsSingleJvmBitForBit() {
    assertSame(sweep(7, 7));
  }

  @Test
  void oneToAllCorridors_equalTheOneToOneRouter_onSampledPairs() {
    // Ties the trees of the loop above to the plain router: every 100th request.
    Map<String, Network> nets = Map.of("baseline", SweepFixtures.BASELINE,
        "suez_closed", SweepFixtures.SUEZ_CLOSED, "slow_steaming", SweepFixtures.SLOW_STEAMING);
    int checked = 0;
    for (int i = 0; i < requests.size(); i += 100) {
      Row q = requests.get(i);
      String s = q.getString(2);
      Optional<Corridor> c = DijkstraRouter.of(nets.get(s)).route(RouteRequest.of(q.getString(0), q.getString(1)));
      Map<String, Object> e = expected.get(q.getString(0) + q.getString(1) + s);
      assertEquals(c.isPresent(), "OK".equals(e.get("status")));
      if (c.isPresent()) {
        assertEquals(c.get().totalDays(), e.get("total_days"));
        assertEquals(c.get().totalCostUsd(), e.get("cost_usd"));
        checked++;
      }
    }
    assertTrue(checked > 300, "checked " + checked);
  }
}
