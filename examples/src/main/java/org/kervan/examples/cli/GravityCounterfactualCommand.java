package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kervan.gravity.CostChange;
import org.kervan.gravity.CountryEffect;
import org.kervan.gravity.GeResult;
import org.kervan.gravity.GeneralEquilibrium;
import org.kervan.gravity.GravityBaseline;
import org.kervan.gravity.GravityCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kervan gravity counterfactual}: conditional and full-endowment GE effects per country of
 * a change in bilateral trade costs.
 */
@Command(
    name = "counterfactual",
    mixinStandardHelpOptions = true,
    description = "General-equilibrium effects per country of a change in bilateral trade costs.")
final class GravityCounterfactualCommand implements Callable<Integer> {
  /** Which counterfactuals to solve. */
  enum Mode {
    CONDITIONAL,
    FULL,
    BOTH
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--baseline",
      required = true,
      paramLabel = "CSV",
      description = "Baseline: exporter,importer,flow,ln_cost_term for every pair (see gravity estimate --baseline-out).")
  Path baseline;

  @Option(
      names = "--costs",
      required = true,
      paramLabel = "CSV",
      description = "Cost changes: exporter,importer,delta_ln_t per changed pair.")
  Path costs;

  @Option(names = "--sigma", required = true, description = "Elasticity of substitution, > 1 (Yotov et al. use 7).")
  double sigma;

  @Option(names = "--reference", required = true, description = "Numeraire country (its inward resistance is 1).")
  String reference;

  @Option(
      names = "--mode",
      defaultValue = "BOTH",
      description = "CONDITIONAL, FULL or BOTH (default ${DEFAULT-VALUE}).")
  Mode mode;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    GravityBaseline b = GravityCsv.readBaseline(baseline, sigma, reference);
    CostChange change = GravityCsv.readCostChange(costs);
    List<GeResult> results = new ArrayList<>();
    if (mode != Mode.FULL) {
      results.add(GeneralEquilibrium.defaults().conditional(b, change));
    }
    if (mode != Mode.CONDITIONAL) {
      results.add(GeneralEquilibrium.defaults().fullEndowment(b, change));
    }
    if (json) {
      JsonArray arr = new JsonArray();
      for (GeResult r : results) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", r.kind());
        o.addProperty("iterations", r.iterations());
        o.addProperty("sigma", sigma);
        o.addProperty("reference", reference);
        JsonArray countries = new JsonArray();
        for (CountryEffect e : r.effects()) {
          JsonObject c = new JsonObject();
          c.addProperty("country", e.country());
          c.addProperty("internationalExportsPct", e.internationalExports());
          c.addProperty("realGdpPct", e.realGdp());
          c.addProperty("inwardResistancePct", e.inwardResistance());
          c.addProperty("outwardResistancePct", e.outwardResistance());
          c.addProperty("factoryGatePricePct", e.factoryGatePrice());
          c.addProperty("outputPct", e.output());
          c.addProperty("expenditurePct", e.expenditure());
          countries.add(c);
        }
        o.add("countries", countries);
        arr.add(o);
      }
      JsonObject top = Json.top("gravity-counterfactual");
      top.add("results", arr);
      spec.commandLine().getOut().println(Json.GSON.toJson(top));
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              "Baseline %d countries, sigma %s, reference %s; %d pairs change%n",
              b.countries().size(),
              sigma,
              reference,
              change.changes().size());
      for (GeResult r : results) {
        spec.commandLine().getOut().print(r);
      }
    }
    return 0;
  }
}
