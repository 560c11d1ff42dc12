package org.kervan.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TimeSpread;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.trade.CorridorReliability;

/**
 * The "commercial crescent from Haifa to Almaty": routes a container from Haifa ({@code ILHFA}) to
 * Almaty ({@code KZALA}) and back over the embedded default network, with and without avoiding
 * Iran and Russia, prints the step-by-step breakdown and names the weakest link — the step with
 * the largest time spent not moving (node charge plus the wait for a departure) — with its share of
 * the corridor's P90 − P50 spread.
 */
public final class HaifaToAlmaty {
  static final String HAIFA = "ILHFA";
  static final String ALMATY = "KZALA";
  static final int DRAWS = 20_000;
  static final long SEED = 2025L;

  private HaifaToAlmaty() {}

  /**
   * What the example found: both directions with and without the constraints, the weakest link of
   * the Haifa → Almaty route and the route's reliability with and without that link's spread.
   */
  record Result(
      Corridor outbound,
      Corridor inbound,
      Corridor outboundAvoidingIranAndRussia,
      Corridor inboundAvoidingIranAndRussia,
      int weakestStepIndex,
      CorridorReliability reliability,
      CorridorReliability reliabilityWithoutWeakestSpread) {
    Corridor.Step weakestLink() {
      return outbound.steps().get(weakestStepIndex);
    }
  }

  /**
   * Runs the example and prints its breakdown to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static Result run(PrintStream out) {
    Network network = DefaultNetwork.load();
    AStarRouter router = AStarRouter.of(network);
    RouteRequest there = RouteRequest.of(HAIFA, ALMATY);
    RouteRequest back = RouteRequest.of(ALMATY, HAIFA);
    Corridor outbound = ExampleSupport.route(router, there);
    Corridor inbound = ExampleSupport.route(router, back);
    Corridor outboundAvoiding = ExampleSupport.route(router, there.avoidingCountries("IR", "RU"));
    Corridor inboundAvoiding = ExampleSupport.route(router, back.avoidingCountries("IR", "RU"));

    out.println("Haifa to Almaty, the \"commercial crescent\", one TEU, fastest by time");
    out.println();
    printRoute(out, "Haifa > Almaty", outbound);
    printRoute(out, "Almaty > Haifa", inbound);
    printRoute(out, "Haifa > Almaty, avoid IR+RU", outboundAvoiding);
    printRoute(out, "Almaty > Haifa, avoid IR+RU", inboundAvoiding);
    out.println(
        outbound.legs().equals(outboundAvoiding.legs())
            ? "The fastest route already avoids Iran and Russia; the constraints change nothing."
            : "Avoiding Iran and Russia changes the route.");
    out.println(
        "Countries list the nodes' countries: the Bosporus and Dardanelles are chokepoints at sea,"
            + " so Türkiye does not appear although the ship passes its straits.");
    out.println();

    out.println("Breakdown, Haifa > Almaty (hours; sea-lane waypoints folded into their leg)");
    printBreakdown(out, outbound);
    out.println();

    int weakest = weakestStep(outbound);
    Corridor.Step w = outbound.steps().get(weakest);
    CorridorReliability reliability = CorridorReliability.of(outbound, DRAWS, SEED);
    CorridorReliability without =
        CorridorReliability.of(withoutSpread(outbound, weakest), DRAWS, SEED);
    double spread = reliability.p90Days() - reliability.p50Days();
    double spreadWithout = without.p90Days() - without.p50Days();
    out.printf(
        Locale.ROOT,
        "Weakest link: %s, leaving by %s to %s: %.1f h at the node (transshipment %.1f, dwell"
            + " %.1f, border %.1f) + %.1f h waiting for a departure = %.1f h not moving, %.0f%% of"
            + " the route's %.1f h.%n",
        w.node().id(),
        w.leg().mode(),
        w.leg().to(),
        nodeHours(w),
        w.transshipmentHours(),
        w.dwellHours(),
        w.borderHours(),
        w.waitingHours(),
        idleHours(w),
        100 * idleHours(w) / outbound.totalHours(),
        outbound.totalHours());
    out.println("  node source: " + w.node().source());
    out.println("  leg source:  " + w.leg().source());
    out.printf(
        Locale.ROOT,
        "Reliability: P50 %s, P90 %s, P95 %s days (nominal %s), P90 - P50 = %s days; without the"
            + " weakest link's time spreads P90 - P50 = %s days, so it contributes %s days (%d"
            + " draws, seed %d).%n",
        ExampleSupport.days(reliability.p50Days()),
        ExampleSupport.days(reliability.p90Days()),
        ExampleSupport.days(reliability.p95Days()),
        ExampleSupport.days(reliability.nominalDays()),
        ExampleSupport.days(spread),
        ExampleSupport.days(spreadWithout),
        ExampleSupport.days(spread - spreadWithout),
        DRAWS,
        SEED);
    out.println(
        "  The wait for a departure is drawn over its whole headway; sailings that are irregular,"
            + " not just infrequent, would widen the spread further.");
    out.println();
    ExampleSupport.printDataNote(out);
    return new Result(
        outbound, inbound, outboundAvoiding, inboundAvoiding, weakest, reliability, without);
  }

  /** Hours charged at the step's node: transshipment or dwell, plus border. */
  static double nodeHours(Corridor.Step step) {
    return step.transshipmentHours() + step.dwellHours() + step.borderHours();
  }

  /** Hours the box spends not moving in this step: the node charge plus the departure wait. */
  static double idleHours(Corridor.Step step) {
    return nodeHours(step) + step.waitingHours();
  }

  /** The index of the step with the most idle hours; the first one on a tie. */
  static int weakestStep(Corridor corridor) {
    int best = 0;
    for (int i = 1; i < corridor.steps().size(); i++) {
      if (idleHours(corridor.steps().get(i)) > idleHours(corridor.steps().get(best))) {
        best = i;
      }
    }
    return best;
  }

  /** The same corridor with the step's node and leg made certain, to isolate their spread. */
  private static Corridor withoutSpread(Corridor corridor, int stepIndex) {
    TimeSpread certain = TimeSpread.of(1, 1);
    List<Node> nodes = new ArrayList<>(corridor.nodes());
    List<Leg> legs = new ArrayList<>(corridor.legs());
    nodes.set(stepIndex, nodes.get(stepIndex).withTimeSpread(certain));
    legs.set(stepIndex, legs.get(stepIndex).withTimeSpread(certain));
    return Corridor.of(nodes, legs, corridor.waitPolicy());
  }

  private static void printRoute(PrintStream out, String label, Corridor c) {
    out.printf(
        Locale.ROOT,
        "%-28s %s days, %.0f km, %.0f USD/TEU, countries %s%n%-28s %s%n",
        label,
        ExampleSupport.days(c.totalDays()),
        c.distanceKm(),
        c.totalCostUsd(),
        c.countries(),
        "",
        ExampleSupport.path(c));
  }

  private static void printBreakdown(PrintStream out, Corridor c) {
    String row = "%-15s %-6s %-15s %7s %7s %8s %8s%n";
    out.printf(Locale.ROOT, row, "from", "mode", "to", "node h", "wait h", "moving h", "total h");
    List<Corridor.Step> steps = c.steps();
    int i = 0;
    while (i < steps.size()) {
      Corridor.Step first = steps.get(i);
      double running = 0;
      double waiting = 0;
      int j = i;
      do {
        running += steps.get(j).runningHours();
        waiting += steps.get(j).waitingHours();
        j++;
      } while (j < steps.size() && steps.get(j).node().kind() == NodeKind.WAYPOINT);
      Leg last = steps.get(j - 1).leg();
      out.printf(
          Locale.ROOT,
          row,
          first.node().id(),
          first.leg().mode(),
          last.to(),
          String.format(Locale.ROOT, "%.1f", nodeHours(first)),
          String.format(Locale.ROOT, "%.1f", waiting),
          String.format(Locale.ROOT, "%.1f", running),
          String.format(Locale.ROOT, "%.1f", nodeHours(first) + waiting + running));
      i = j;
    }
    out.printf(
        Locale.ROOT,
        "%-38s %7.1f %7.1f %8.1f %8.1f%n",
        "total",
        c.transshipmentHours() + c.dwellHours() + c.borderHours(),
        c.waitingHours(),
        c.runningHours(),
        c.totalHours());
  }
}
