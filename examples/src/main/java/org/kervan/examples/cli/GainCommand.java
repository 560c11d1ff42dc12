package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kervan.data.DefaultNetwork;
import org.kervan.data.NamedCorridor;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.ParameterRange;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;
import org.kervan.elasticity.TimeComponent;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.trade.Commodities;
import org.kervan.trade.Commodity;
import org.kervan.trade.Counterfactual;
import org.kervan.trade.TradeCostChange;
import org.kervan.trade.TradeGain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kervan gain}: the trade effect of moving a flow from one corridor to another under every
 * published time elasticity (each on the days it is about) and through the trade-cost bridge,
 * starting from the corridor under which the value was observed.
 */
@Command(
    name = "gain",
    mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description =
        "Trade gain of moving a flow from --baseline to --new, evaluated from the corridor it was"
            + " observed under (--observed): each time elasticity on the days it is about, and"
            + " the trade-cost bridge (freight and time as one ad valorem cost). Or give days"
            + " (--baseline-days/--new-days), taken as all-component days observed at the"
            + " baseline.")
final class GainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin NetworkSource source;

  @Option(names = "--baseline-days", description = "Baseline transit time, days.")
  Double baselineDays;

  @Option(names = "--new-days", description = "New transit time, days.")
  Double newDays;

  @Option(names = "--observed", description = "Named corridor the value was observed under.")
  NamedCorridor observed;

  @Option(names = "--baseline", description = "Baseline named corridor, e.g. CAPE_ALL_SEA.")
  NamedCorridor baseline;

  @Option(names = "--new", description = "New named corridor, e.g. IMEC_AS_PLANNED.")
  NamedCorridor next;

  @Option(
      names = "--value-usd",
      defaultValue = "1e9",
      description = "Observed trade value, USD per year, finite and >= 0 (default ${DEFAULT-VALUE}).")
  double valueUsd;

  @Option(
      names = "--commodity",
      defaultValue = "MANUFACTURES",
      description =
          "Goods for the trade-cost bridge: MANUFACTURES, MACHINERY_ELECTRICAL, TEXTILES_APPAREL,"
              + " CHEMICALS, AGRI_FOOD, COPPER (default ${DEFAULT-VALUE}).")
  String commodity;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  /** One row: a function on its days, with the two values. */
  private record Row(
      String name, String form, String citation, Set<TimeComponent> components, TradeGain gain) {}

  @Override
  public Integer call() {
    Flags.nonNegative("--value-usd", valueUsd);
    Commodity goods = commodity(commodity);
    PrintWriter out = spec.commandLine().getOut();
    if (baseline != null || next != null || observed != null) {
      if (baseline == null || next == null || baselineDays != null || newDays != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "give --baseline and --new (and --observed), and no days, or the reverse");
      }
      Network network = source.network();
      NamedCorridor obs = observed == null ? baseline : observed;
      Corridor o = obs.corridor(network);
      Corridor a = baseline.corridor(network);
      Corridor b = next.corridor(network);
      Counterfactual cf = Counterfactual.observed(valueUsd, o);
      List<Row> rows = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
        for (Variant v : variants(p)) {
          try {
            rows.add(
                new Row(
                    v.name,
                    v.function.form().name(),
                    p.citation().shortForm(),
                    p.appliesTo(),
                    cf.gain(a, b, v.function, p.appliesTo())));
          } catch (IllegalArgumentException e) {
            skipped.add(v.name + ": " + e.getMessage());
          }
        }
      }
      TradeCostChange ta = cf.costChange(a, goods);
      TradeCostChange tb = cf.costChange(b, goods);
      if (json) {
        JsonObject root = Json.top("gain");
        root.addProperty("observed", obs.name());
        root.addProperty("baseline", baseline.name());
        root.addProperty("new", next.name());
        root.addProperty("observedValueUsd", Json.usd(valueUsd));
        root.add("timeElasticities", json(rows));
        JsonArray na = new JsonArray();
        skipped.forEach(na::add);
        root.add("notApplicable", na);
        root.add("tradeCostBridge", bridgeJson(goods, ta, tb));
        out.println(Json.GSON.toJson(root));
        return 0;
      }
      out.printf(
          Locale.ROOT,
          "USD %,.0f a year observed under %s%s; values evaluated from it (X = V * m(observed"
              + " -> S)).%n",
          valueUsd,
          obs.name(),
          observed == null ? " (no --observed given: the baseline)" : "");
      out.printf(Locale.ROOT, "From %s to %s:%n", baseline.name(), next.name());
      for (NamedCorridor n : new java.util.LinkedHashSet<>(List.of(obs, baseline, next))) {
        if (n.scenario() == DefaultNetwork.Scenario.PLANNED) {
          out.println("note: " + n.name() + " uses legs that are planned or under construction,"
              + " not operating today");
        }
      }
      printRows(out, rows);
      for (String s : skipped) {
        out.println("not applicable: " + s);
      }
      printBridge(out, goods, ta, tb);
      return 0;
    }
    if (baselineDays == null || newDays == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give --baseline-days and --new-days, or --baseline and --new (and --observed)");
    }
    Flags.positive("--baseline-days", baselineDays);
    Flags.positive("--new-days", newDays);
    List<Row> rows = new ArrayList<>();
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      for (Variant v : variants(p)) {
        rows.add(
            new Row(
                v.name,
                v.function.form().name(),
                p.citation().shortForm(),
                TimeComponent.all(),
                TradeGain.of(valueUsd, v.function, baselineDays, newDays)));
      }
    }
    if (json) {
      JsonObject root = Json.top("gain");
      root.addProperty("baselineDays", Json.days(baselineDays));
      root.addProperty("newDays", Json.days(newDays));
      root.addProperty("observedValueUsd", Json.usd(valueUsd));
      root.add("timeElasticities", json(rows));
      out.println(Json.GSON.toJson(root));
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "USD %,.0f a year observed at %.2f days; the same days are used for every preset.%n",
        valueUsd,
        baselineDays);
    printRows(out, rows);
    return 0;
  }

  /** The commodity presets by the name {@code --commodity} takes, in the order listed. */
  private static final Map<String, Commodity> COMMODITIES = Commodities.BY_NAME;

  private static Commodity commodity(String name) {
    Commodity c = COMMODITIES.get(name.toUpperCase(Locale.ROOT));
    if (c == null) {
      throw new IllegalArgumentException(
          "--commodity must be one of " + String.join(", ", COMMODITIES.keySet()) + ", was '"
              + name + "'");
    }
    return c;
  }

  private record Variant(String name, ElasticityFunction function) {}

  private static List<Variant> variants(Preset<? extends ElasticityFunction> p) {
    boolean point = p.parameters().stream().allMatch(ParameterRange::isPoint);
    if (point) {
      return List.of(new Variant(p.name(), p.central()));
    }
    return List.of(
        new Variant(p.name() + " low", p.low()),
        new Variant(p.name() + " central", p.central()),
        new Variant(p.name() + " high", p.high()));
  }

  private static JsonArray json(List<Row> rows) {
    JsonArray a = new JsonArray();
    for (Row r : rows) {
      JsonObject o = new JsonObject();
      o.addProperty("function", r.name());
      o.addProperty("form", r.form());
      o.addProperty("citation", r.citation());
      JsonArray c = new JsonArray();
      r.components().forEach(t -> c.add(t.name()));
      o.add("components", c);
      o.addProperty("baselineDays", Json.days(r.gain().baselineDays()));
      o.addProperty("newDays", Json.days(r.gain().newDays()));
      o.addProperty("baselineValueUsd", Json.usd(r.gain().baselineValueUsd()));
      o.addProperty("newValueUsd", Json.usd(r.gain().newValueUsd()));
      o.addProperty("gainUsd", Json.usd(r.gain().absoluteChangeUsd()));
      o.addProperty("relativeChange", Json.ratio(r.gain().relativeChange()));
      a.add(o);
    }
    return a;
  }

  private JsonObject bridgeJson(Commodity goods, TradeCostChange ta, TradeCostChange tb) {
    JsonObject o = new JsonObject();
    o.addProperty("commodity", goods.name());
    o.addProperty("valueUsdPerTeu", Json.usd(goods.valueUsdPerTeu()));
    o.addProperty("timeCostPerDay", Json.ratio(goods.timeCostPerDay()));
    o.addProperty("commoditySource", goods.source());
    o.addProperty("deltaLnTradeCostBaseline", Json.ratio(ta.deltaLnTradeCost()));
    o.addProperty("deltaLnTradeCostNew", Json.ratio(tb.deltaLnTradeCost()));
    JsonArray rows = new JsonArray();
    for (Preset<CostElasticity> p : Presets.TRADE_COST_PRESETS) {
      CostElasticity e = p.central();
      JsonObject r = new JsonObject();
      r.addProperty("elasticity", p.name());
      r.addProperty("theta", Json.ratio(-e.epsilon()));
      r.addProperty("baselineValueUsd", Json.usd(valueUsd * ta.multiplier(e)));
      r.addProperty("newValueUsd", Json.usd(valueUsd * tb.multiplier(e)));
      r.addProperty(
          "gainUsd", Json.usd(valueUsd * tb.multiplier(e) - valueUsd * ta.multiplier(e)));
      rows.add(r);
    }
    o.add("rows", rows);
    return o;
  }

  private static void printRows(PrintWriter out, List<Row> rows) {
    int width = "function".length();
    for (Row r : rows) {
      width = Math.max(width, r.name().length());
    }
    String line = "%-" + width + "s  %-30s  %-26s  %15s  %16s  %16s  %16s%n";
    out.printf(
        Locale.ROOT,
        line,
        "function",
        "form",
        "source",
        "days",
        "baseline USD",
        "new USD",
        "gain USD");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          line,
          r.name(),
          r.form().toLowerCase(Locale.ROOT),
          r.citation(),
          String.format(Locale.ROOT, "%.2f -> %.2f", r.gain().baselineDays(), r.gain().newDays()),
          String.format(Locale.ROOT, "%,.0f", r.gain().baselineValueUsd()),
          String.format(Locale.ROOT, "%,.0f", r.gain().newValueUsd()),
          String.format(Locale.ROOT, "%+,.0f", r.gain().absoluteChangeUsd()));
    }
  }

  private void printBridge(
      PrintWriter out, Commodity goods, TradeCostChange ta, TradeCostChange tb) {
    out.printf(
        Locale.ROOT,
        "Trade-cost bridge for %s (%s): t = 1 + f/v + tau*d; dln t from the observed corridor:"
            + " baseline %+.4f, new %+.4f%n",
        goods,
        goods.source(),
        ta.deltaLnTradeCost(),
        tb.deltaLnTradeCost());
    for (Preset<CostElasticity> p : Presets.TRADE_COST_PRESETS) {
      CostElasticity e = p.central();
      double v0 = valueUsd * ta.multiplier(e);
      double v1 = valueUsd * tb.multiplier(e);
      out.printf(
          Locale.ROOT,
          "  %-28s theta %.2f: %,16.0f -> %,16.0f USD (%+,.0f)%n",
          p.name(),
          -e.epsilon(),
          v0,
          v1,
          v1 - v0);
    }
  }
}
