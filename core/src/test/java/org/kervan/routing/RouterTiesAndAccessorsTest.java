package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** Equal-cost alternatives, matrix rows and the routers' accessors. */
class RouterTiesAndAccessorsTest {

  /** Two routes of exactly equal time and cost from A to D, via B (added first) and via C. */
  private static Network diamond() {
    Network.Builder b = Network.builder();
    for (String id : List.of("XXAAA", "XXBBB", "XXCCC", "XXDDD")) {
      b.addNode(Node.atSea(id, id, NodeKind.WAYPOINT, GeoPoint.of(0, 0)));
    }
    for (String[] e :
        new String[][] {{"XXAAA", "XXBBB"}, {"XXAAA", "XXCCC"}, {"XXBBB", "XXDDD"},
          {"XXCCC", "XXDDD"}}) {
      b.addLeg(Leg.of(e[0], e[1], Mode.SEA, Distance.ofKilometres(100),
          Speed.ofKilometresPerHour(20)));
    }
    return b.build();
  }

  @Test
  void alternatives_withAnExactTie_keepBothInAStableOrder() {
    YenKShortestRouter yen = YenKShortestRouter.of(diamond());
    List<Corridor> two = yen.alternatives(RouteRequest.of("XXAAA", "XXDDD"), 5);
    assertEquals(2, two.size());
    assertEquals(two.get(0).totalHours(), two.get(1).totalHours());
    assertEquals("XXBBB", two.get(0).nodes().get(1).id());
    assertEquals("XXCCC", two.get(1).nodes().get(1).id());
    assertEquals(two, yen.alternatives(RouteRequest.of("XXAAA", "XXDDD"), 5));
  }

  @Test
  void matrix_rowsAndAccessors_matchTheValues() {
    Network net = RoutingFixtures.suezNetwork();
    DijkstraMatrixRouter router = DijkstraMatrixRouter.of(net);
    assertSame(net, router.network());
    assertTrue(router.toString().contains("DijkstraMatrixRouter"), router.toString());
    List<String> origins = List.of("INNSA", "AEJEA");
    List<String> destinations = List.of("GRPIR", "ILHFA", "INNSA");
    RouteMatrix m =
        router.matrix(origins, destinations, RouteOptions.defaults().withCriterion(Criterion.COST));
    assertEquals(origins, m.origins());
    assertEquals(destinations, m.destinations());
    assertEquals(Criterion.COST, m.criterion());
    DijkstraRouter single = DijkstraRouter.of(net);
    for (int i = 0; i < origins.size(); i++) {
      double[] row = m.row(i);
      assertEquals(destinations.size(), row.length);
      for (int j = 0; j < destinations.size(); j++) {
        assertEquals(m.value(i, j), row[j]);
        assertEquals(
            single.costUsd(net.indexOf(origins.get(i)), net.indexOf(destinations.get(j))),
            row[j], origins.get(i) + " -> " + destinations.get(j));
      }
    }
    assertArrayEquals(m.row(1), m.row(1));
    assertThrows(IndexOutOfBoundsException.class, () -> m.row(2));
  }

  @Test
  void yen_accessors_nameTheNetwork() {
    Network net = RoutingFixtures.suezNetwork();
    YenKShortestRouter yen = YenKShortestRouter.of(net);
    assertSame(net, yen.network());
    assertTrue(yen.toString().contains("YenKShortestRouter"), yen.toString());
  }
}
