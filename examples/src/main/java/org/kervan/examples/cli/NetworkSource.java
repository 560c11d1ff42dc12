package org.kervan.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.kervan.data.DataFormatException;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Network;
import org.kervan.network.Node;
import picocli.CommandLine.Option;

/**
 * The {@code --network NODES LEGS} option every subcommand shares, and node ids resolved against
 * the chosen network: ids are matched without regard to case, and an unknown id names the flag,
 * the closest ids and {@code kervan nodes}.
 */
final class NetworkSource {
  @Option(
      names = "--network",
      arity = "2",
      paramLabel = "CSV",
      description = "Use your own network: a nodes CSV and a legs CSV (schema in the README),"
          + " instead of the embedded default network.")
  List<Path> files = new ArrayList<>();

  private Network network;

  /**
   * The network: the user's files if given, else the embedded default network with its planned
   * links (the {@code --scenario} of a request decides whether a route may use them); loaded once.
   */
  Network network() {
    if (network == null) {
      network =
          files.isEmpty()
              ? DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED)
              : read(files.get(0), files.get(1));
    }
    return network;
  }

  /** A short description of where the network came from, for notes and JSON. */
  String describe() {
    return files.isEmpty() ? "embedded default network" : files.get(0) + " + " + files.get(1);
  }

  private static Network read(Path nodes, Path legs) {
    try {
      return UserCsv.read(nodes, legs);
    } catch (DataFormatException e) {
      throw CliException.badValue("--network: " + e.getMessage());
    }
  }

  /**
   * The id of the node {@code id} names: the exact id, else the only id equal to it ignoring case.
   *
   * @throws CliException naming the flag, the value, the closest ids and {@code kervan nodes}
   */
  String nodeId(String flag, String id) {
    return find(id).orElseThrow(() -> unknown(flag, id));
  }

  /** The node {@code id} names, exactly or ignoring case, if there is one. */
  Optional<String> find(String id) {
    String given = id.strip();
    Network net = network();
    if (net.findNode(given).isPresent()) {
      return Optional.of(given);
    }
    List<String> sameLetters = new ArrayList<>();
    for (Node n : net.nodes()) {
      if (n.id().equalsIgnoreCase(given)) {
        sameLetters.add(n.id());
      }
    }
    return sameLetters.size() == 1 ? Optional.of(sameLetters.get(0)) : Optional.empty();
  }

  CliException unknown(String flag, String id) {
    List<String> close = closest(id, 3);
    String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    String list = files.isEmpty() ? "kervan nodes" : "kervan nodes --network " + files.get(0) + " " + files.get(1);
    return CliException.badValue(
        flag + ": no node '" + id + "' in the " + describe() + hint + " (list them with '" + list + "')");
  }

  /** Up to {@code n} node ids nearest to {@code id} by edit distance, ignoring case. */
  List<String> closest(String id, int n) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String key = id.toUpperCase(Locale.ROOT);
    int limit = Math.max(2, key.length() / 2);
    return network().nodes().stream()
        .map(Node::id)
        .filter(other -> distance.apply(key, other.toUpperCase(Locale.ROOT)) <= limit)
        .sorted(Comparator.comparingInt((String other) -> distance.apply(key, other.toUpperCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()))
        .limit(n)
        .toList();
  }
}
