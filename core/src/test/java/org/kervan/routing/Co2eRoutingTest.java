package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** Routing that minimises well-to-wake CO2e, with totals equal to the corridor's own. */
class Co2eRoutingTest {
  private static Node node(String id, double lat, double lon) {
    return Node.of(id, id, "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(lat, lon));
  }

  /** A fast direct road and a slower, longer rail detour. */
  private static Network roadOrRail() {
    return Network.builder()
        .addNode(node("KZAAA", 43, 51))
        .addNode(node("KZBBB", 44, 53))
        .addNode(node("KZCCC", 44.5, 52))
        .addLegBothWays(
            Leg.of("KZAAA", "KZBBB", Mode.ROAD, Distance.ofKilometres(200), Speed.ofKilometresPerHour(60)))
        .addLegBothWays(
            Leg.of("KZAAA", "KZCCC", Mode.RAIL, Distance.ofKilometres(180), Speed.ofKilometresPerHour(40)))
        .addLegBothWays(
            Leg.of("KZCCC", "KZBBB", Mode.RAIL, Distance.ofKilometres(150), Speed.ofKilometresPerHour(40)))
        .build();
  }

  @Test
  void co2e_prefersTheRailDetour_timePrefersTheRoad() {
    Network net = roadOrRail();
    Router router = DijkstraRouter.of(net);
    Corridor fast = router.route(RouteRequest.of("KZAAA", "KZBBB")).orElseThrow();
    Corridor clean =
        router.route(RouteRequest.of("KZAAA", "KZBBB").withCriterion(Criterion.CO2E)).orElseThrow();
    assertEquals(Mode.ROAD, fast.legs().get(0).mode());
    assertEquals(List.of(Mode.RAIL, Mode.RAIL), clean.legs().stream().map(Leg::mode).toList());
    assertTrue(clean.co2eKgPerTeu() < fast.co2eKgPerTeu(), clean + " vs " + fast);
    assertTrue(clean.totalHours() > fast.totalHours());
  }

  @Test
  void everyRouter_findsTheSameLeastCo2e_asTheCorridorCountsIt() {
    Network net = RoutingFixtures.randomNetwork(7L, 40, 160);
    Router dijkstra = DijkstraRouter.of(net);
    Router astar = AStarRouter.of(net);
    Random rnd = new Random(3);
    int found = 0;
    for (int q = 0; q < 200; q++) {
      String a = net.nodes().get(rnd.nextInt(net.nodeCount())).id();
      String b = net.nodes().get(rnd.nextInt(net.nodeCount())).id();
      if (a.equals(b)) {
        continue;
      }
      RouteRequest r = RouteRequest.of(a, b).withCriterion(Criterion.CO2E);
      var d = dijkstra.route(r);
      var s = astar.route(r);
      assertEquals(d.isPresent(), s.isPresent(), r.toString());
      if (d.isPresent()) {
        found++;
        assertEquals(d.get().co2eKgPerTeu(), s.get().co2eKgPerTeu(), 0, r.toString());
        // No corridor found for another criterion emits less.
        Corridor fast = dijkstra.route(RouteRequest.of(a, b)).orElseThrow();
        assertTrue(d.get().co2eKgPerTeu() <= fast.co2eKgPerTeu(), r + ": " + d.get() + " vs " + fast);
      }
    }
    assertTrue(found > 50, "found " + found);
  }
}
