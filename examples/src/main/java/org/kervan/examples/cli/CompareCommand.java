package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.kervan.data.NamedCorridor;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.report.CorridorTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kervan compare}: named corridors side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description = "Compare named corridors side by side (all of them by default).")
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin NetworkSource source;

  @Parameters(
      arity = "0..*",
      paramLabel = "CORRIDOR",
      description = "Named corridors (any case): ${COMPLETION-CANDIDATES}.")
  List<NamedCorridor> corridors = new ArrayList<>();

  @CommandLine.Option(names = "--json", description = "Print JSON (schema in the README) instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    Network network = source.network();
    List<NamedCorridor> chosen =
        corridors.isEmpty() ? new ArrayList<>(EnumSet.allOf(NamedCorridor.class)) : corridors;
    if (json) {
      JsonObject top = Json.top("compare");
      top.addProperty("network", source.describe());
      JsonArray array = new JsonArray();
      for (NamedCorridor n : chosen) {
        JsonObject o = Json.corridor(n.corridor(network));
        o.addProperty("name", n.name());
        o.addProperty("title", n.title());
        array.add(o);
      }
      top.add("corridors", array);
      spec.commandLine().getOut().println(Json.GSON.toJson(top));
      return 0;
    }
    CorridorTable table = CorridorTable.of();
    for (NamedCorridor n : chosen) {
      Corridor c = n.corridor(network);
      table = table.with(n.name(), c);
    }
    spec.commandLine().getOut().print(table.toText());
    return 0;
  }
}
