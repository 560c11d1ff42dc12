package org.kervan.spark;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.routing.Criterion;
import org.kervan.routing.RouteOptions;
import org.kervan.routing.ShortestPathTree;
import org.kervan.trade.Commodities;
import org.kervan.trade.Commodity;
import org.kervan.trade.Counterfactual;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.GainMonteCarlo;
import org.kervan.trade.TradeCostChange;
import org.kervan.trade.TradeGain;

/**
 * Evaluates sweep requests, in the order a sorted partition gives them, on one thread: one
 * one-to-all tree per scenario, searched again only when the origin or the options change.
 * Knows nothing of Spark: a request is the array of {@link SweepColumns#requestSchema()} values,
 * a result the array of {@link SweepColumns#resultSchema()} values. Not thread-safe.
 */
final class SweepEvaluator {
  static final String OK = "OK";
  static final String NO_ROUTE = "NO_ROUTE";
  static final String ERROR = "ERROR";

  static final ImmutableMap<String, Commodity> COMMODITIES = Commodities.BY_NAME;

  private static final int REQUEST_WIDTH = SweepColumns.requestSchema().size();
  private static final int RESULT_WIDTH = SweepColumns.resultSchema().size();
  private static final int AVOID = SweepColumns.requestSchema().fieldIndex(SweepColumns.AVOID);

  private final Map<String, Network> networks;
  private final Network baseline;
  private final Map<String, ShortestPathTree> trees = new HashMap<>();
  // What each scenario's tree was last searched for: origin and options; null after a failure.
  private final Map<String, String> searchedFor = new HashMap<>();

  SweepEvaluator(Map<String, Network> networks) {
    this.networks = networks;
    this.baseline = networks.get(Scenarios.BASELINE);
  }

  /** A request's fields, checked. */
  private record Request(
      String origin,
      String destination,
      String scenario,
      RouteOptions options,
      String optionsKey,
      Commodity commodity,
      double flowUsd,
      int draws,
      long seed) {}

  /** Returns the result row's values for one request's values. */
  Object[] evaluate(Object[] in) {
    Object[] out = copyRequest(in);
    try {
      Request r = parse(in);
      Corridor base = corridor(Scenarios.BASELINE, r);
      Corridor scen = r.scenario.equals(Scenarios.BASELINE) ? base : corridor(r.scenario, r);
      if (base == null || scen == null) {
        out[REQUEST_WIDTH] = NO_ROUTE;
        out[REQUEST_WIDTH + 1] =
            "no route from " + r.origin + " to " + r.destination + " under " + r.options
                + " in " + (base == null ? Scenarios.BASELINE : r.scenario);
        return out;
      }
      fill(out, r, base, scen);
      out[REQUEST_WIDTH] = OK;
      return out;
    } catch (IllegalArgumentException e) {
      Object[] err = copyRequest(in);
      err[REQUEST_WIDTH] = ERROR;
      err[REQUEST_WIDTH + 1] = e.getMessage();
      return err;
    }
  }

  /** The request's values at the head of a result; the avoid list as an array, as rows hold it. */
  private static Object[] copyRequest(Object[] in) {
    Object[] out = Arrays.copyOf(in, RESULT_WIDTH);
    if (in[AVOID] != null) {
      out[AVOID] = ((List<?>) in[AVOID]).toArray(new String[0]);
    }
    return out;
  }

  private Corridor corridor(String scenario, Request r) {
    Network net = networks.get(scenario);
    ShortestPathTree tree = trees.computeIfAbsent(scenario, s -> ShortestPathTree.of(net));
    String key = r.origin + "\u0000" + r.optionsKey;
    if (!key.equals(searchedFor.get(scenario))) {
      searchedFor.remove(scenario);
      tree.search(net.indexOf(r.origin), r.options);
      searchedFor.put(scenario, key);
    }
    Optional<Corridor> c = tree.corridorTo(net.indexOf(r.destination));
    return c.orElse(null);
  }

  private Request parse(Object[] in) {
    String origin = required(in[0], SweepColumns.ORIGIN);
    String destination = required(in[1], SweepColumns.DESTINATION);
    String scenario = required(in[2], SweepColumns.SCENARIO);
    if (!networks.containsKey(scenario)) {
      throw new IllegalArgumentException(
          SweepColumns.SCENARIO + " must be one of " + networks.keySet() + ", was '" + scenario + "'");
    }
    if (origin.equals(destination)) {
      throw new IllegalArgumentException(
          SweepColumns.DESTINATION + " must differ from origin, was '" + destination + "'");
    }
    // Unknown ids are row errors; indexOf names the id.
    baseline.indexOf(origin);
    baseline.indexOf(destination);
    Criterion criterion = criterion((String) in[3]);
    RouteOptions options = RouteOptions.defaults().withCriterion(criterion);
    Double vot = (Double) in[4];
    if (criterion == Criterion.GENERALISED_COST) {
      if (vot == null) {
        throw new IllegalArgumentException(
            SweepColumns.VALUE_OF_TIME + " must be given for GENERALISED_COST, was null");
      }
      options = options.withGeneralisedCost(vot);
    }
    List<String> avoid = avoidList(in[AVOID]);
    options = avoiding(options, avoid);
    String commodityName = in[6] == null ? "MANUFACTURES" : ((String) in[6]).toUpperCase(Locale.ROOT);
    Commodity commodity = COMMODITIES.get(commodityName);
    if (commodity == null) {
      throw new IllegalArgumentException(
          SweepColumns.COMMODITY + " must be one of " + COMMODITIES.keySet() + ", was '" + in[6] + "'");
    }
    Double flow = (Double) in[7];
    if (flow == null || !(flow >= 0 && flow < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          SweepColumns.FLOW_USD + " must be finite and >= 0, was " + flow);
    }
    int draws = in[8] == null ? 0 : (Integer) in[8];
    if (!(draws >= 0 && draws <= GainMonteCarlo.MAX_DRAWS)) {
      throw new IllegalArgumentException(
          SweepColumns.DRAWS + " must be in [0, " + GainMonteCarlo.MAX_DRAWS + "], was " + draws);
    }
    if (draws > 0 && in[9] == null) {
      throw new IllegalArgumentException(
          SweepColumns.DRAW_SEED + " must be given when draws > 0, was null");
    }
    long seed = in[9] == null ? 0 : (Long) in[9];
    String optionsKey = criterion + "|" + vot + "|" + String.join("|", avoid.stream().sorted().toList());
    return new Request(
        origin, destination, scenario, options, optionsKey, commodity, flow, draws, seed);
  }

  private static String required(Object v, String name) {
    if (v == null) {
      throw new IllegalArgumentException(name + " must be given, was null");
    }
    return (String) v;
  }

  private static Criterion criterion(String s) {
    if (s == null) {
      return Criterion.TIME;
    }
    for (Criterion c : Criterion.values()) {
      if (c.name().equalsIgnoreCase(s)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        SweepColumns.CRITERION + " must be one of " + Arrays.toString(Criterion.values())
            + ", was '" + s + "'");
  }

  private static List<String> avoidList(Object v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (Object o : (Iterable<?>) v) {
      if (o == null) {
        throw new IllegalArgumentException(SweepColumns.AVOID + " elements must not be null");
      }
      out.add((String) o);
    }
    return out;
  }

  /** A node id is a node or chokepoint; otherwise a two-letter code is a country. */
  private RouteOptions avoiding(RouteOptions options, List<String> avoid) {
    RouteOptions o = options;
    for (String id : avoid) {
      Optional<Node> n = baseline.findNode(id);
      if (n.isPresent()) {
        o = n.get().kind() == NodeKind.CHOKEPOINT ? o.avoidingChokepoints(id) : o.avoidingNodes(id);
      } else if (Node.isValidCountry(id)) {
        o = o.avoidingCountries(id);
      } else {
        // A chokepoint only legs list; the router names it if no leg does.
        o = o.avoidingChokepoints(id);
      }
    }
    return o;
  }

  private static void fill(Object[] out, Request r, Corridor base, Corridor scen) {
    int i = REQUEST_WIDTH + 2;
    out[i++] = scen.totalDays();
    out[i++] = scen.runningHours();
    out[i++] = scen.waitingHours();
    out[i++] = scen.transshipmentHours();
    out[i++] = scen.dwellHours();
    out[i++] = scen.borderHours();
    out[i++] = scen.distanceKm();
    out[i++] = scen.totalCostUsd();
    out[i++] = scen.co2eKgPerTeu();
    out[i++] = scen.legs().size();
    out[i++] = scen.countries().toArray(new String[0]);
    out[i++] = scen.chokepoints().toArray(new String[0]);
    out[i++] = base.totalDays();
    out[i++] = base.totalCostUsd();
    out[i++] = base.co2eKgPerTeu();
    Counterfactual cf = Counterfactual.observed(r.flowUsd, base);
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      TradeGain g = gain(cf, base, scen, p);
      out[i++] = g == null ? null : g.multiplier();
      out[i++] = g == null ? null : g.absoluteChangeUsd();
      GainDistribution d = g == null || r.draws == 0 ? null : monteCarlo(r, base, scen, p);
      out[i++] = d == null ? null : d.meanGainUsd();
      out[i++] = d == null ? null : d.p5GainUsd();
      out[i++] = d == null ? null : d.p95GainUsd();
    }
    TradeCostChange change = TradeCostChange.between(r.commodity, base, scen);
    out[i++] = change.deltaLnTradeCost();
    for (Preset<CostElasticity> p : Presets.TRADE_COST_PRESETS) {
      double m = change.multiplier(p.central());
      out[i++] = m;
      out[i++] = r.flowUsd * m - r.flowUsd;
    }
  }

  /** The preset's nominal gain, or null where it has no value for these corridors' days. */
  private static TradeGain gain(
      Counterfactual cf, Corridor base, Corridor scen, Preset<? extends ElasticityFunction> p) {
    try {
      return cf.gain(base, scen, p);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static GainDistribution monteCarlo(
      Request r, Corridor base, Corridor scen, Preset<? extends ElasticityFunction> p) {
    try {
      return GainMonteCarlo.run(r.flowUsd, base, scen, p, r.draws, r.seed);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
