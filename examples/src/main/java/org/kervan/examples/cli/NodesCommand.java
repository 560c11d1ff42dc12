package org.kervan.examples.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Node;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kervan nodes}: list the default network's nodes. */
@Command(name = "nodes", mixinStandardHelpOptions = true, description = "List the nodes of the default network.")
final class NodesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--country", description = "Only nodes in this country (ISO code).")
  String country;

  @Override
  public Integer call() {
    for (Node n : DefaultNetwork.load().nodes()) {
      if (country == null || n.country().map(c -> c.equalsIgnoreCase(country)).orElse(false)) {
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "%-22s %-3s %-15s %s%n",
                n.id(),
                n.country().orElse("-"),
                n.kind(),
                n.name());
      }
    }
    return 0;
  }
}
