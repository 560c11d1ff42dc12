package org.kervan.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.RouteResult;
import org.kervan.routing.Router;

/** What the default-network examples share: routing that must succeed, paths and the data note. */
final class ExampleSupport {
  private ExampleSupport() {}

  /**
   * Routes a request the example depends on; a missing route means the default data changed, so
   * the example stops with the router's own explanation.
   */
  static Corridor route(Router router, RouteRequest request) {
    RouteResult result = router.explain(request);
    return result
        .corridor()
        .orElseThrow(() -> new IllegalStateException("no route in the default network: " + result));
  }

  /** The corridor's places, without the sea-lane waypoints that only shape the line. */
  static String path(Corridor corridor) {
    List<String> ids = new ArrayList<>();
    for (Node node : corridor.nodes()) {
      if (node.kind() != NodeKind.WAYPOINT) {
        ids.add(node.id());
      }
    }
    return String.join(" > ", ids);
  }

  /** The legs of the corridor that do not exist yet, e.g. {@code IR_RASHT>IR_ASTARA RAIL}. */
  static List<String> plannedLegs(Corridor corridor) {
    List<String> planned = new ArrayList<>();
    for (Leg leg : corridor.legs()) {
      if (leg.status() != LegStatus.OPERATING) {
        planned.add(leg.from() + ">" + leg.to() + " " + leg.mode() + " (" + leg.status() + ")");
      }
    }
    return planned;
  }

  /** Days with two decimals, whatever the default locale. */
  static String days(double days) {
    return String.format(Locale.ROOT, "%.2f", days);
  }

  /** Says where the numbers come from, so no printed figure passes for more than it is. */
  static void printDataNote(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Data: the embedded default network. Every node and leg names its source; %d distinct"
            + " citations and labelled assumptions are listed by DefaultNetwork.sources(). Treat"
            + " the figures as a documented model, not as measurements.%n",
        DefaultNetwork.sources().size());
  }
}
