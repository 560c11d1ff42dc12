package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kervan.data.NamedCorridor;
import org.kervan.elasticity.ElasticityComparison;
import org.kervan.elasticity.Presets;
import org.kervan.network.Network;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kervan gain}: the trade effect of a change in transit time under every published
 * elasticity preset, side by side.
 */
@Command(
    name = "gain",
    mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description =
        "Trade gain of a transit-time change under each published elasticity. Give days"
            + " (--baseline-days/--new-days) or named corridors (--baseline/--new).")
final class GainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin NetworkSource source;

  @Option(names = "--baseline-days", description = "Baseline transit time, days.")
  Double baselineDays;

  @Option(names = "--new-days", description = "New transit time, days.")
  Double newDays;

  @Option(names = "--baseline", description = "Baseline named corridor, e.g. SUEZ_ALL_SEA.")
  NamedCorridor baseline;

  @Option(names = "--new", description = "New named corridor, e.g. IMEC_AS_PLANNED.")
  NamedCorridor next;

  @Option(
      names = "--value-usd",
      defaultValue = "1e9",
      description = "Baseline trade value, USD per year (default ${DEFAULT-VALUE}).")
  double valueUsd;

  @Option(names = "--json", description = "Print JSON (schema in the README) instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    Flags.positive("--value-usd", valueUsd);
    double x0;
    double x1;
    if (baseline != null || next != null) {
      if (baseline == null || next == null || baselineDays != null || newDays != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give both --baseline and --new, and no days, or the reverse");
      }
      Network network = source.network();
      x0 = baseline.corridor(network).totalDays();
      x1 = next.corridor(network).totalDays();
    } else {
      if (baselineDays == null || newDays == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give --baseline-days and --new-days, or --baseline and --new");
      }
      x0 = Flags.positive("--baseline-days", baselineDays);
      x1 = Flags.positive("--new-days", newDays);
    }
    ElasticityComparison cmp = ElasticityComparison.ofPresets(x0, x1, Presets.TIME_PRESETS);
    if (json) {
      JsonObject o = Json.top("gain");
      o.addProperty("baselineDays", Json.days(x0));
      o.addProperty("newDays", Json.days(x1));
      o.addProperty("baselineValueUsd", Json.usd(valueUsd));
      JsonArray rows = new JsonArray();
      for (ElasticityComparison.Row r : cmp.rows()) {
        JsonObject row = new JsonObject();
        row.addProperty("function", r.name());
        row.addProperty("form", r.form().name());
        row.addProperty("citation", r.citation().shortForm());
        row.addProperty("multiplier", Json.ratio(r.multiplier()));
        row.addProperty("percentChange", Json.ratio(r.percentChange()));
        row.addProperty("gainUsd", Json.usd(valueUsd * (r.multiplier() - 1)));
        rows.add(row);
      }
      o.add("rows", rows);
      spec.commandLine().getOut().println(Json.GSON.toJson(o));
      return 0;
    }
    spec.commandLine().getOut().print(cmp);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "on USD %,.0f a year the gain ranges from USD %,.0f to USD %,.0f%n",
            valueUsd,
            valueUsd * (min(cmp) - 1),
            valueUsd * (max(cmp) - 1));
    return 0;
  }

  private static double min(ElasticityComparison c) {
    return c.rows().stream().mapToDouble(ElasticityComparison.Row::multiplier).min().orElse(1);
  }

  private static double max(ElasticityComparison c) {
    return c.rows().stream().mapToDouble(ElasticityComparison.Row::multiplier).max().orElse(1);
  }
}
