package org.kervan.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TransitModel;
import org.kervan.network.WaitPolicy;
import org.kervan.routing.Criterion;
import org.kervan.routing.RouteRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The routing flags {@code route} and {@code batch} share, and the request they make. The default
 * {@code --scenario today} routes over links operating today; a corridor that uses unbuilt links
 * under {@code --scenario planned} gets a note saying so.
 */
final class RouteFlags {
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

  /** Value of time when {@code --criterion generalised_cost} is given without one: assumption. */
  static final double DEFAULT_VALUE_OF_TIME_USD_PER_TEU_DAY = 100;

  @Option(
      names = "--criterion",
      defaultValue = "TIME",
      description = "What to minimise: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Criterion criterion;

  @Option(
      names = "--value-of-time",
      paramLabel = "USD",
      description = "USD per TEU per day; only with --criterion generalised_cost (default 100,"
          + " an assumption).")
  Double valueOfTime;

  @Option(
      names = "--avoid",
      split = ",",
      paramLabel = "ID",
      description = "Countries (ISO codes such as RU), chokepoints (CP_SUEZ) or nodes to avoid,"
          + " comma separated; any case.")
  List<String> avoid = new ArrayList<>();

  @Option(names = "--avoid-mode", split = ",", paramLabel = "MODE",
      description = "Modes to avoid: ${COMPLETION-CANDIDATES}.")
  List<Mode> avoidModes = new ArrayList<>();

  @Option(names = "--via", split = ",", paramLabel = "ID", description = "Nodes to pass, in order.")
  List<String> via = new ArrayList<>();

  @Option(
      names = "--scenario",
      description = "${COMPLETION-CANDIDATES}: TODAY (the default) uses only links operating today;"
          + " PLANNED adds planned and unbuilt links (IMEC's Arabian rail), noted in the output"
          + " when a corridor uses them.")
  Scenario scenario;

  /** The scenario in force: the one given, else {@link Scenario#TODAY}. */
  Scenario scenario() {
    return scenario == null ? Scenario.TODAY : scenario;
  }

  @Option(
      names = "--wait",
      defaultValue = "HALF_HEADWAY",
      description = "Waiting for departures: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Wait waitPolicy;

  /** Checks flag combinations that would otherwise be silently ignored. */
  void check(CommandLine commandLine) {
    if (valueOfTime != null) {
      if (criterion != Criterion.GENERALISED_COST) {
        throw new CommandLine.ParameterException(commandLine,
            "--value-of-time applies only with --criterion generalised_cost, was given with --criterion "
                + criterion.name().toLowerCase(Locale.ROOT));
      }
      Flags.nonNegative("--value-of-time", valueOfTime);
      Flags.atMost("--value-of-time", valueOfTime, TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY);
    }
  }

  /** The request from {@code from} to {@code to} (ids as the user gave them) under these flags. */
  RouteRequest request(NetworkSource source, String fromFlag, String from, String toFlag, String to) {
    RouteRequest r = RouteRequest.of(source.nodeId(fromFlag, from), source.nodeId(toFlag, to))
        .withCriterion(criterion);
    if (criterion == Criterion.GENERALISED_COST) {
      r = r.withGeneralisedCost(valueOfTime == null ? DEFAULT_VALUE_OF_TIME_USD_PER_TEU_DAY : valueOfTime);
    }
    for (String a : avoid) {
      String given = a.strip();
      String upper = given.toUpperCase(Locale.ROOT);
      java.util.Optional<String> node = source.find(given);
      if (node.isPresent()) {
        Node n = source.network().node(node.get());
        r = n.kind() == NodeKind.CHOKEPOINT ? r.avoidingChokepoints(n.id()) : r.avoidingNodes(n.id());
      } else if (upper.length() == 2 && Node.isValidCountry(upper)) {
        r = r.avoidingCountries(upper);
      } else {
        throw source.unknown("--avoid", given);
      }
    }
    if (!avoidModes.isEmpty()) {
      r = r.avoidingModes(avoidModes.toArray(new Mode[0]));
    }
    if (scenario() == Scenario.TODAY) {
      r = r.avoidingStatuses(LegStatus.PLANNED, LegStatus.UNDER_CONSTRUCTION);
    }
    if (!via.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (String v : via) {
        ids.add(source.nodeId("--via", v));
      }
      r = r.via(ids.toArray(new String[0]));
    }
    return r.withWaitPolicy(
        waitPolicy == Wait.IGNORE ? WaitPolicy.IGNORE_SCHEDULES : WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /** A note when the corridor uses links that do not operate today, or an empty string. */
  String scenarioNote(Corridor c) {
    List<String> unbuilt = new ArrayList<>();
    for (Leg leg : c.legs()) {
      if (leg.status() != LegStatus.OPERATING) {
        unbuilt.add(leg.from() + ">" + leg.to() + " " + leg.mode() + " ("
            + leg.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
      }
    }
    if (unbuilt.isEmpty()) {
      return "";
    }
    return "uses links not operating today (--scenario planned): "
        + String.join(", ", unbuilt) + "; leave out --scenario planned to route over today's links";
  }
}
