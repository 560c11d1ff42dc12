package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * A seaport's dwell is the wait of a ship-to-ship relay: a train through the port node pays none,
 * a ship-to-ship relay pays it, a ship-to-rail change pays the transshipment instead. Expected
 * values are written out from the numbers below, not computed by the library.
 */
class RelayDwellTest {
  // Port: 36 h / 150 USD transshipment, 48 h / 100 USD relay dwell, 1 h / 5 USD border.
  private static final Node PORT =
      Node.of("GRPIR", "Port", "GR", NodeKind.SEAPORT, GeoPoint.of(37.9, 23.6))
          .withTransshipment(Duration.ofHours(36), CostPerTeu.ofUsd(150))
          .withDwell(Duration.ofHours(48), CostPerTeu.ofUsd(100))
          .withBorder(Duration.ofHours(1), CostPerTeu.ofUsd(5));
  // A rail junction that is no port: its dwell applies to every train passing.
  private static final Node JUNCTION =
      Node.of("GRJUN", "Junction", "GR", NodeKind.RAIL_TERMINAL, GeoPoint.of(38.5, 23.0))
          .withDwell(Duration.ofHours(2), CostPerTeu.ofUsd(10));

  private static Network network() {
    Network.Builder b = Network.builder();
    b.addNode(Node.of("GRATH", "Inland A", "GR", NodeKind.RAIL_TERMINAL, GeoPoint.of(38.0, 23.7)));
    b.addNode(Node.of("GRTHE", "Inland B", "GR", NodeKind.RAIL_TERMINAL, GeoPoint.of(40.6, 22.9)));
    b.addNode(PORT);
    b.addNode(JUNCTION);
    b.addNode(Node.of("EGPSD", "Port Said", "EG", NodeKind.SEAPORT, GeoPoint.of(31.3, 32.3)));
    b.addNode(Node.of("ITGOA", "Genoa", "IT", NodeKind.SEAPORT, GeoPoint.of(44.4, 8.9)));
    // Rail through the port: 100 km + 500 km at 50 km/h = 2 h + 10 h, 0.5 USD/km.
    b.addLeg(rail("GRATH", "GRPIR", 100));
    b.addLeg(rail("GRPIR", "GRTHE", 500));
    // Rail round the port through the junction: 300 km + 400 km = 6 h + 8 h, 2 h dwell there.
    b.addLeg(rail("GRATH", "GRJUN", 300));
    b.addLeg(rail("GRJUN", "GRTHE", 400));
    // Sea into and out of the port: 20 km/h, 200 USD + 0.1 USD/km.
    b.addLeg(sea("EGPSD", "GRPIR", 1000));
    b.addLeg(sea("GRPIR", "ITGOA", 1400));
    return b.build();
  }

  private static Leg rail(String from, String to, double km) {
    return Leg.of(from, to, Mode.RAIL, Distance.ofKilometres(km), Speed.ofKilometresPerHour(50))
        .withCost(0, 0.5)
        .withGaugeMm(1435);
  }

  private static Leg sea(String from, String to, double km) {
    return Leg.of(from, to, Mode.SEA, Distance.ofKilometres(km), Speed.ofKilometresPerHour(20))
        .withCost(200, 0.1);
  }

  private final Network net = network();
  private final List<Router> routers =
      List.of(DijkstraRouter.of(net), AStarRouter.of(net), ContractionHierarchyRouter.of(net));

  private void assertAllRouters(String from, String to, double hours, double costUsd) {
    int o = net.indexOf(from);
    int d = net.indexOf(to);
    for (Router r : routers) {
      assertEquals(hours, r.timeHours(o, d), 0.0, r + " hours " + from + "→" + to);
      assertEquals(costUsd, r.costUsd(o, d), 0.0, r + " cost " + from + "→" + to);
      Corridor c = r.route(RouteRequest.of(from, to)).orElseThrow();
      assertEquals(hours, c.totalHours(), 0.0, r + " corridor hours " + from + "→" + to);
    }
    ShortestPathTree tree = ShortestPathTree.of(net);
    tree.search(o, RouteRequest.of(from, to).options());
    assertEquals(hours, tree.value(d), 0.0, "tree " + from + "→" + to);
  }

  private Corridor railVia(String middle) {
    return Corridor.of(
        net,
        List.of(
            net.leg("GRATH", middle, Mode.RAIL).orElseThrow(),
            net.leg(middle, "GRTHE", Mode.RAIL).orElseThrow()));
  }

  @Test
  void trainThroughPort_paysTheBorderButNoRelayDwell() {
    // 2 h rail, 0 h dwell + 1 h border, 10 h rail: 13 h beats the junction's 6 + 2 + 8 = 16 h,
    // which the through route would lose to at 2 + 49 + 10 = 61 h if the relay dwell applied.
    assertAllRouters("GRATH", "GRTHE", 13.0, 50.0 + 5.0 + 250.0);
    Corridor c = railVia("GRPIR");
    assertEquals(0.0, c.dwellHours(), 0.0);
    assertEquals(0.0, c.dwellCostUsd(), 0.0);
    assertEquals(1.0, c.borderHours(), 0.0);
    assertEquals(0.0, c.transshipmentHours(), 0.0);
  }

  @Test
  void trainThroughJunction_paysItsDwell() {
    Corridor c = railVia("GRJUN");
    assertEquals(16.0, c.totalHours(), 0.0);
    assertEquals(2.0, c.dwellHours(), 0.0);
    assertEquals(150.0 + 10.0 + 200.0, c.totalCostUsd(), 0.0);
  }

  @Test
  void shipToShip_paysTheRelayDwell() {
    // 50 h sea, 48 h dwell + 1 h border, 70 h sea; 300 USD, 100 + 5 USD, 340 USD.
    assertAllRouters("EGPSD", "ITGOA", 50.0 + 49.0 + 70.0, 300.0 + 105.0 + 340.0);
    Corridor c = DijkstraRouter.of(net).route(RouteRequest.of("EGPSD", "ITGOA")).orElseThrow();
    assertEquals(48.0, c.dwellHours(), 0.0);
    assertEquals(100.0, c.dwellCostUsd(), 0.0);
  }

  @Test
  void shipToRail_paysTheTransshipmentNotTheDwell() {
    // 50 h sea, 36 h transshipment + 1 h border, 10 h rail; 300 USD, 150 + 5 USD, 250 USD.
    assertAllRouters("EGPSD", "GRTHE", 50.0 + 37.0 + 10.0, 300.0 + 155.0 + 250.0);
    Corridor c = DijkstraRouter.of(net).route(RouteRequest.of("EGPSD", "GRTHE")).orElseThrow();
    assertEquals(0.0, c.dwellHours(), 0.0);
    assertEquals(36.0, c.transshipmentHours(), 0.0);
  }
}
