package org.kervan.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.routing.RouteOptions;
import org.kervan.routing.ShortestPathTree;
import org.kervan.trade.Commodities;
import org.kervan.trade.Counterfactual;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.GainMonteCarlo;
import org.kervan.trade.TradeCostChange;
import org.kervan.trade.TradeGain;

/**
 * The single-JVM loop a user would write with core alone, the oracle of the sweep tests and the
 * peer of the throughput benchmark: one-to-all trees per origin and scenario, then each request's
 * gains and Monte Carlo. Requests are rows of (origin, destination, scenario, flow_usd, draws,
 * draw_seed), fastest corridors, nothing avoided, manufactures.
 */
final class SingleJvmSweep {
  private SingleJvmSweep() {}

  static String key(String origin, String destination, String scenario) {
    return origin + "," + destination + "," + scenario;
  }

  /** Returns each request's expected values by column name, keyed by {@link #key}. */
  static Map<String, Map<String, Object>> run(Map<String, Network> nets, List<Row> requests) {
    Map<String, List<Row>> byOrigin = new LinkedHashMap<>();
    for (Row q : requests) {
      byOrigin.computeIfAbsent(q.getString(0), o -> new ArrayList<>()).add(q);
    }
    Network baseline = nets.get(Scenarios.BASELINE);
    ShortestPathTree base = ShortestPathTree.of(baseline);
    Map<String, ShortestPathTree> trees = new HashMap<>();
    Map<String, Map<String, Object>> out = new HashMap<>();
    for (Map.Entry<String, List<Row>> e : byOrigin.entrySet()) {
      String o = e.getKey();
      base.search(baseline.indexOf(o), RouteOptions.defaults());
      Map<String, ShortestPathTree> searched = new HashMap<>();
      for (Row q : e.getValue()) {
        String s = q.getString(2);
        Network net = nets.get(s);
        ShortestPathTree t = searched.computeIfAbsent(s, x -> {
          ShortestPathTree tree = trees.computeIfAbsent(x, y -> ShortestPathTree.of(net));
          tree.search(net.indexOf(o), RouteOptions.defaults());
          return tree;
        });
        String d = q.getString(1);
        Optional<Corridor> b = base.corridorTo(baseline.indexOf(d));
        Optional<Corridor> c = t.corridorTo(net.indexOf(d));
        int draws = q.getInt(4);
        out.put(key(o, d, s), b.isPresent() && c.isPresent()
            ? expected(b.get(), c.get(), q.getDouble(3), draws, draws > 0 ? q.getLong(5) : 0)
            : Map.of("status", "NO_ROUTE"));
      }
    }
    return out;
  }

  private static Map<String, Object> expected(
      Corridor base, Corridor scen, double flow, int draws, long seed) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("status", "OK");
    e.put("total_days", scen.totalDays());
    e.put("running_hours", scen.runningHours());
    e.put("waiting_hours", scen.waitingHours());
    e.put("transshipment_hours", scen.transshipmentHours());
    e.put("dwell_hours", scen.dwellHours());
    e.put("border_hours", scen.borderHours());
    e.put("cost_usd", scen.totalCostUsd());
    e.put("co2e_kg", scen.co2eKgPerTeu());
    e.put("distance_km", scen.distanceKm());
    e.put("leg_count", scen.legs().size());
    e.put("chokepoints", scen.chokepoints());
    e.put("countries", scen.countries());
    e.put("baseline_total_days", base.totalDays());
    e.put("baseline_cost_usd", base.totalCostUsd());
    e.put("baseline_co2e_kg", base.co2eKgPerTeu());
    Counterfactual cf = Counterfactual.observed(flow, base);
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      String key = p.name().toLowerCase(Locale.ROOT);
      TradeGain g = cf.gain(base, scen, p);
      e.put(key + "_multiplier", 1 + g.relativeChange());
      e.put(key + "_gain_usd", g.newValueUsd() - g.baselineValueUsd());
      GainDistribution d = draws == 0 ? null : GainMonteCarlo.run(flow, base, scen, p, draws, seed);
      e.put(key + "_mc_mean_gain_usd", d == null ? null : d.meanGainUsd());
      e.put(key + "_mc_p5_gain_usd", d == null ? null : d.p5GainUsd());
      e.put(key + "_mc_p95_gain_usd", d == null ? null : d.p95GainUsd());
    }
    TradeCostChange change = TradeCostChange.between(Commodities.MANUFACTURES, base, scen);
    e.put("delta_ln_trade_cost", change.deltaLnTradeCost());
    for (Preset<CostElasticity> p : Presets.TRADE_COST_PRESETS) {
      double m = change.multiplier(p.central());
      e.put(p.name().toLowerCase(Locale.ROOT) + "_multiplier", m);
      e.put(p.name().toLowerCase(Locale.ROOT) + "_gain_usd", flow * m - flow);
    }
    return e;
  }
}
