package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kervan nodes}: list the network's nodes, with their positions under {@code --json}. */
@Command(name = "nodes", mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description = "List the nodes of the network (default network, or --network).")
final class NodesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin NetworkSource source;

  @Option(names = "--country", paramLabel = "ISO", description = "Only nodes in this country (ISO code, any case).")
  String country;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only nodes of this kind: ${COMPLETION-CANDIDATES}.")
  NodeKind kind;

  @Option(names = "--json", description = "Print JSON with positions (schema in the README).")
  boolean json;

  @Override
  public Integer call() {
    if (country != null && !Node.isValidCountry(country.strip().toUpperCase(Locale.ROOT))) {
      throw CliException.badValue("--country must be an ISO 3166-1 alpha-2 code such as KZ, was '" + country + "'");
    }
    List<Node> chosen = new ArrayList<>();
    for (Node n : source.network().nodes()) {
      boolean inCountry = country == null
          || n.country().map(c -> c.equalsIgnoreCase(country.strip())).orElse(false);
      if (inCountry && (kind == null || n.kind() == kind)) {
        chosen.add(n);
      }
    }
    if (json) {
      JsonObject o = Json.top("nodes");
      o.addProperty("network", source.describe());
      JsonArray nodes = new JsonArray();
      chosen.forEach(n -> nodes.add(Json.node(n)));
      o.add("nodes", nodes);
      spec.commandLine().getOut().println(Json.GSON.toJson(o));
      return 0;
    }
    for (Node n : chosen) {
      spec.commandLine().getOut().printf(Locale.ROOT, "%-22s %-3s %-15s %s%n",
          n.id(), n.country().orElse("-"), n.kind(), n.name());
    }
    return 0;
  }
}
