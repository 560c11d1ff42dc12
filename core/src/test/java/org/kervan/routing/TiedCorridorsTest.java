package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
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

/**
 * Corridors that tie exactly: three identical two-leg detours between the same ports. A Pareto
 * set keeps one corridor per distinct (time, cost) pair, as a label that equals another is
 * dominated by it; Yen lists every tied corridor once, in the same order however often it is
 * asked.
 */
class TiedCorridorsTest {
  private static Network detours() {
    Network.Builder b = Network.builder()
        .addNode(Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, GeoPoint.of(18.9, 72.9)))
        .addNode(Node.of("GRPIR", "Piraeus", "GR", NodeKind.SEAPORT, GeoPoint.of(37.9, 23.6)));
    for (String via : List.of("X_A", "X_B", "X_C")) {
      b.addNode(Node.atSea(via, via, NodeKind.WAYPOINT, GeoPoint.of(25, 50)))
          .addLeg(Leg.of("INNSA", via, Mode.SEA, Distance.ofKilometres(2000),
              Speed.ofKilometresPerHour(30)).withCost(100, 0.5))
          .addLeg(Leg.of(via, "GRPIR", Mode.SEA, Distance.ofKilometres(3000),
              Speed.ofKilometresPerHour(30)).withCost(100, 0.5));
    }
    return b.build();
  }

  private static List<String> vias(List<Corridor> cs) {
    return cs.stream().map(c -> c.legs().get(0).to()).collect(Collectors.toList());
  }

  @Test
  void paretoSet_keepsOneOfExactlyTiedCorridors() {
    List<Corridor> front =
        MartinsParetoRouter.of(detours()).paretoSet(RouteRequest.of("INNSA", "GRPIR"));
    assertEquals(1, front.size(), "tied corridors " + vias(front));
  }

  @Test
  void yen_listsEveryTiedCorridorOnce_inAStableOrder() {
    Network net = detours();
    RouteRequest r = RouteRequest.of("INNSA", "GRPIR");
    List<Corridor> first = YenKShortestRouter.of(net).alternatives(r, 5);
    assertEquals(3, first.size());
    assertEquals(List.of("X_A", "X_B", "X_C").size(), vias(first).stream().distinct().count());
    for (Corridor c : first) {
      assertEquals(first.get(0).totalHours(), c.totalHours());
      assertEquals(first.get(0).totalCostUsd(), c.totalCostUsd());
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(vias(first), vias(YenKShortestRouter.of(net).alternatives(r, 5)));
    }
    assertEquals(vias(first).subList(0, 2), vias(YenKShortestRouter.of(net).alternatives(r, 2)));
  }
}
