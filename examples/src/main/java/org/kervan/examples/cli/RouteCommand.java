package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Corridor;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.Speed;
import org.kervan.report.CorridorTable;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.Criterion;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.RouteResult;
import org.kervan.routing.YenKShortestRouter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kervan route}: the best corridor between two nodes, under constraints. */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    description = "Find the best corridor between two nodes of the default network.")
final class RouteCommand implements Callable<Integer> {

  /** Which links a scenario keeps. */
  enum Scenario {
    /** Every link, including planned and under-construction ones (e.g. IMEC as planned). */
    PLANNED,
    /** Only links operating today. */
    TODAY
  }

  /** How waits for scheduled departures are charged. */
  enum Wait {
    /** Half the headway (expected wait for a random arrival). */
    HALF_HEADWAY,
    /** No waiting. */
    IGNORE
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", required = true, description = "Origin node id, e.g. INNSA.")
  String from;

  @Option(names = "--to", required = true, description = "Destination node id, e.g. GRPIR.")
  String to;

  @Option(
      names = "--criterion",
      defaultValue = "TIME",
      description = "What to minimise: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Criterion criterion;

  @Option(
      names = "--value-of-time",
      defaultValue = "100",
      description = "USD per TEU per day, for GENERALISED_COST (default ${DEFAULT-VALUE}).")
  double valueOfTime;

  @Option(
      names = "--avoid",
      split = ",",
      description =
          "Countries (ISO codes such as RU), chokepoints (CP_SUEZ) or nodes to avoid, comma"
              + " separated.")
  List<String> avoid = new ArrayList<>();

  @Option(names = "--avoid-mode", split = ",", description = "Modes to avoid: ${COMPLETION-CANDIDATES}.")
  List<Mode> avoidModes = new ArrayList<>();

  @Option(names = "--via", split = ",", description = "Nodes to pass, in order.")
  List<String> via = new ArrayList<>();

  @Option(
      names = "--scenario",
      defaultValue = "PLANNED",
      description = "${COMPLETION-CANDIDATES}: TODAY drops planned and unbuilt links (default ${DEFAULT-VALUE}).")
  Scenario scenario;

  @Option(
      names = "--wait",
      defaultValue = "HALF_HEADWAY",
      description = "Waiting for departures: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Wait waitPolicy;

  @Option(names = "--alternatives", defaultValue = "1", description = "How many loopless corridors to list, best first (default 1).")
  int alternatives;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(
      names = "--sea-speed",
      description =
          "Ship speed on the sea lanes in knots, e.g. 14 for slow steaming (default: the data's 16).")
  Double seaSpeedKnots;

  @Override
  public Integer call() {
    Network network = DefaultNetwork.load();
    if (seaSpeedKnots != null) {
      if (!(seaSpeedKnots > 0 && seaSpeedKnots <= 40)) {
        throw new IllegalArgumentException(
            "--sea-speed must be in (0, 40] knots, was " + seaSpeedKnots);
      }
      network = DefaultNetwork.withSeaSpeed(network, Speed.ofKnots(seaSpeedKnots));
    }
    RouteRequest request = request(network);
    List<Corridor> found;
    if (alternatives > 1) {
      found = YenKShortestRouter.of(network).alternatives(request, alternatives);
    } else {
      RouteResult result = AStarRouter.of(network).explain(request);
      if (!result.isFound()) {
        spec.commandLine().getErr().println("kervan: no route: " + result);
        return KervanCli.NO_ROUTE;
      }
      found = List.of(result.corridor().orElseThrow());
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("kervan: no route from " + from + " to " + to);
      return KervanCli.NO_ROUTE;
    }
    if (json) {
      if (found.size() == 1) {
        spec.commandLine().getOut().println(Json.GSON.toJson(Json.corridor(found.get(0))));
      } else {
        JsonArray array = new JsonArray();
        found.forEach(c -> array.add(Json.corridor(c)));
        spec.commandLine().getOut().println(Json.GSON.toJson(array));
      }
    } else {
      CorridorTable table = CorridorTable.of();
      for (int i = 0; i < found.size(); i++) {
        table = table.with(found.size() == 1 ? "best" : "#" + (i + 1), found.get(i));
      }
      spec.commandLine().getOut().print(table.toText());
      spec.commandLine().getOut().println();
      spec.commandLine().getOut().print(legsTable(found.get(0)));
    }
    return 0;
  }

  RouteRequest request(Network network) {
    RouteRequest r = RouteRequest.of(from, to).withCriterion(criterion);
    if (criterion == Criterion.GENERALISED_COST) {
      r = r.withGeneralisedCost(valueOfTime);
    }
    for (String a : avoid) {
      String id = a.trim().toUpperCase(Locale.ROOT);
      if (id.length() == 2 && Node.isValidCountry(id)) {
        r = r.avoidingCountries(id);
      } else if (network.findNode(id).map(n -> n.kind() == NodeKind.CHOKEPOINT).orElse(false)) {
        r = r.avoidingChokepoints(id);
      } else {
        network.node(id); // an unknown id is an error, not a silent no-op
        r = r.avoidingNodes(id);
      }
    }
    if (!avoidModes.isEmpty()) {
      r = r.avoidingModes(avoidModes.toArray(new Mode[0]));
    }
    if (scenario == Scenario.TODAY) {
      r = r.avoidingStatuses(LegStatus.PLANNED, LegStatus.UNDER_CONSTRUCTION);
    }
    if (!via.isEmpty()) {
      r = r.via(via.toArray(new String[0]));
    }
    return r.withWaitPolicy(
        waitPolicy == Wait.IGNORE ? WaitPolicy.IGNORE_SCHEDULES : WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /**
   * The corridor's stages: consecutive legs of one mode joined at sea waypoints or chokepoints
   * are shown as one stage, naming the chokepoints passed.
   */
  static String legsTable(Corridor c) {
    StringBuilder out = new StringBuilder();
    String row = "%-18s %-18s %-6s %8s %8s  %s%n";
    out.append(String.format(Locale.ROOT, row, "from", "to", "mode", "km", "hours", "via"));
    List<Corridor.Step> steps = c.steps();
    int i = 0;
    while (i < steps.size()) {
      Corridor.Step first = steps.get(i);
      double km = first.leg().distanceKm();
      double hours = first.hours();
      List<String> via = new ArrayList<>(first.leg().chokepoints());
      int j = i + 1;
      while (j < steps.size()
          && steps.get(j).leg().mode() == first.leg().mode()
          && passThrough(steps.get(j).node().kind())) {
        Corridor.Step s = steps.get(j);
        if (s.node().kind() == NodeKind.CHOKEPOINT) {
          via.add(s.node().id());
        }
        via.addAll(s.leg().chokepoints());
        km += s.leg().distanceKm();
        hours += s.hours();
        j++;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-18s %-18s %-6s %8.0f %8.1f  %s%n",
              first.leg().from(),
              steps.get(j - 1).leg().to(),
              first.leg().mode(),
              km,
              hours,
              String.join(" ", via)));
      i = j;
    }
    return out.toString().replaceAll(" +\n", "\n");
  }

  private static boolean passThrough(NodeKind kind) {
    return kind == NodeKind.WAYPOINT || kind == NodeKind.CHOKEPOINT;
  }
}
