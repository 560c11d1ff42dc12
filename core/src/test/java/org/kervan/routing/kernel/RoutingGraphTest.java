package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import java.time.Duration;

class RoutingGraphTest {
  private static final Node A =
      Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2));
  private static final Node B =
      Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9))
          .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120))
          .withBorder(Duration.ofHours(2), CostPerTeu.ofUsd(20));
  private static final Node C =
      Node.atSea("CP_X_Y", "Somewhere", NodeKind.CHOKEPOINT, GeoPoint.of(41, 50));

  private static Network network() {
    Leg ab =
        Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(440), Speed.ofKilometresPerHour(20))
            .withDeparturesPerWeek(2);
    Leg toChoke =
        Leg.of("AZBAK", "CP_X_Y", Mode.SEA, Distance.ofKilometres(100), Speed.ofKnots(10))
            .withCountries(List.of("IR"))
            .withCost(10, 1)
            .withGaugeMm(7);
    return Network.builder().addNode(A).addNode(B).addNode(C).addLegBothWays(ab).addLeg(toChoke)
        .build();
  }

  @Test
  void of_mirrorsTheObjectsWithTheOneCostModel() {
    Network n = network();
    RoutingGraph g = RoutingGraph.of(n);
    assertEquals(3, g.nodeCount);
    assertEquals(3, g.legCount);
    assertArrayEquals(new int[] {0, 1, 3, 3}, g.outStart);
    for (int e = 0; e < g.legCount; e++) {
      Leg l = n.legs().get(g.legIndex(e));
      assertEquals(n.indexOf(l.from()), g.legTail(e));
      assertEquals(n.indexOf(l.to()), g.legHead[e]);
      assertEquals(l.mode().ordinal(), g.legMode[e]);
      assertEquals(l.costUsd(), g.costUsd().leg(e), 0.0);
      assertEquals(
          l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY) + l.runningHours(),
          g.hoursWithWait.leg(e), 0.0);
      assertEquals(l.runningHours(), g.hoursNoWait().leg(e), 0.0);
    }
    // Baku entered by the ferry: 12 h transshipment + 2 h border; 0 h dwell + 2 h border;
    // 120 + 20 USD; nothing at Baku's origin state.
    int byFerry = g.states.legTarget[csrOf(g, 0)];
    assertEquals(n.indexOf("AZBAK"), g.states.node(byFerry));
    assertEquals(14.0, g.hoursWithWait.node(byFerry, true), 0.0);
    assertEquals(2.0, g.hoursWithWait.node(byFerry, false), 0.0);
    assertEquals(140.0, g.costUsd().node(byFerry, true), 0.0);
    int origin = g.states.originState(n.indexOf("AZBAK"));
    assertEquals(0.0, g.hoursWithWait.node(origin, true), 0.0);
    assertEquals(0.0, g.costUsd().node(origin, false), 0.0);
    int e = csrOf(g, 2);
    assertTrue(g.touchesCountry(e, g.countryId("AZ")));
    assertTrue(g.touchesCountry(e, g.countryId("IR")));
    assertFalse(g.touchesCountry(e, g.countryId("KZ")));
    assertTrue(g.touchesChokepoint(e, g.chokepointId("CP_X_Y")));
    assertEquals(-1, g.chokepointId("CP_NONE"));
    assertEquals(-1, g.countryId("FR"));
    double expectedKmh = 0;
    for (Leg l : n.legs()) {
      double gc = n.node(l.from()).position().greatCircleKm(n.node(l.to()).position());
      expectedKmh = Math.max(expectedKmh, gc / l.runningHours());
    }
    assertEquals(expectedKmh, g.maxGreatCircleKmh, 0.0);
  }

  @Test
  void of_isOnePerNetworkObject() {
    Network n = network();
    assertSame(RoutingGraph.of(n), RoutingGraph.of(n));
    // Equal networks are different objects with their own graphs.
    assertNotSame(RoutingGraph.of(n), RoutingGraph.of(network()));
  }

  @Test
  void of_releasesTheGraphWithTheNetwork() throws InterruptedException {
    Network n = network();
    WeakReference<RoutingGraph> graph = new WeakReference<>(RoutingGraph.of(n));
    WeakReference<Network> net = new WeakReference<>(n);
    n = null;
    for (int i = 0; i < 50 && (graph.get() != null || net.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(net.get());
    assertNull(graph.get());
  }

  @Test
  void workspaces_areReused() {
    RoutingGraph g = RoutingGraph.of(network());
    Workspace w = g.acquire();
    g.release(w);
    assertSame(w, g.acquire());
  }

  // The CSR position of a leg of the network's list: where legIndex points back to it.
  private static int csrOf(RoutingGraph g, int legIndex) {
    for (int e = 0; e < g.legCount; e++) {
      if (g.legIndex(e) == legIndex) {
        return e;
      }
    }
    throw new AssertionError("leg " + legIndex + " has no CSR position");
  }
}
