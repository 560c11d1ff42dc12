package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.UnknownNodeException;

/** Routing and explanations on a small hand-built India–Mediterranean network. */
class DijkstraRouterTest {
  private final Network net = RoutingFixtures.suezNetwork();
  private final List<Router> routers = List.of(DijkstraRouter.of(net), AStarRouter.of(net));
  private final RouteRequest today =
      RouteRequest.of("INNSA", "GRPIR").avoidingStatuses(LegStatus.PLANNED);

  @Test
  void avoidingUnknownChokepointOrNode_throwsUnknownNode_fromEveryRouter() {
    RouteRequest typo = today.avoidingChokepoints("CP_SUEZZ");
    for (Router r : routers) {
      UnknownNodeException e = assertThrows(UnknownNodeException.class, () -> r.route(typo));
      assertEquals("CP_SUEZZ", e.nodeId());
      assertThrows(UnknownNodeException.class, () -> r.explain(typo));
    }
    assertThrows(
        UnknownNodeException.class, () -> YenKShortestRouter.of(net).alternatives(typo, 2));
    assertThrows(UnknownNodeException.class, () -> MartinsParetoRouter.of(net).paretoSet(typo));
    assertThrows(
        UnknownNodeException.class,
        () -> DijkstraMatrixRouter.of(net).matrix(List.of("INNSA"), List.of("GRPIR"), typo.options()));
    UnknownNodeException node =
        assertThrows(
            UnknownNodeException.class, () -> routers.get(1).route(today.avoidingNodes("TRIST")));
    assertEquals("TRIST", node.nodeId());
    // A node that is not a chokepoint is not a known chokepoint either.
    assertThrows(
        UnknownNodeException.class, () -> routers.get(0).route(today.avoidingChokepoints("AEJEA")));
  }

  @Test
  void route_today_goesThroughSuez() {
    for (Router r : routers) {
      Corridor c = r.route(today).orElseThrow();
      assertEquals(List.of("CP_BAB_EL_MANDEB", "CP_SUEZ"), c.chokepoints(), r.toString());
    }
  }

  @Test
  void route_withSuezClosed_goesAroundCape() {
    for (Router r : routers) {
      Corridor c = r.route(today.avoidingChokepoints("CP_SUEZ")).orElseThrow();
      assertEquals(List.of("CP_CAPE", "CP_GIBRALTAR"), c.chokepoints(), r.toString());
      assertTrue(c.totalHours() > r.route(today).orElseThrow().totalHours());
    }
  }

  @Test
  void route_withPlannedLegs_takesLandBridgeThroughSaudiArabiaAndJordan() {
    for (Router r : routers) {
      Corridor c = r.route(RouteRequest.of("INNSA", "GRPIR")).orElseThrow();
      assertTrue(c.countries().containsAll(List.of("SA", "JO", "IL")), c.countries().toString());
      Corridor avoidingJordan =
          r.route(RouteRequest.of("INNSA", "GRPIR").avoidingCountries("JO")).orElseThrow();
      assertFalse(avoidingJordan.countries().contains("JO"));
    }
  }

  @Test
  void route_via_passesViaNodeInOrder() {
    for (Router r : routers) {
      Corridor c = r.route(today.via("CP_CAPE")).orElseThrow();
      assertEquals("CP_CAPE", c.nodes().get(1).id());
    }
  }

  @Test
  void explain_withEverySeaRouteClosed_namesEachBlockingConstraint() {
    RouteRequest r = today.avoidingChokepoints("CP_SUEZ", "CP_CAPE");
    for (Router router : routers) {
      RouteResult res = router.explain(r);
      assertEquals(RouteOutcome.CUT_OFF_BY_CONSTRAINTS, res.outcome());
      assertTrue(router.route(r).isEmpty());
      // Only the combination cuts it off, so every entry is named.
      assertEquals(r.options().constraints(), res.blockingConstraints());
    }
  }

  @Test
  void explain_withSeaModeAvoided_namesTheMode() {
    RouteResult res = routers.get(0).explain(today.avoidingModes(Mode.SEA).avoidingCountries("TR"));
    assertEquals(RouteOutcome.CUT_OFF_BY_CONSTRAINTS, res.outcome());
    assertEquals(List.of(new RouteConstraint(RouteConstraint.Kind.MODE, "SEA")), res.blockingConstraints());
  }

  @Test
  void explain_avoidedOrigin_isCutOffByThatNode() {
    RouteResult res = routers.get(1).explain(today.avoidingNodes("INNSA"));
    assertEquals(RouteOutcome.CUT_OFF_BY_CONSTRAINTS, res.outcome());
    assertEquals(
        List.of(new RouteConstraint(RouteConstraint.Kind.NODE, "INNSA")), res.blockingConstraints());
  }

  @Test
  void explain_againstLegDirection_isUnreachable() {
    RouteResult res = routers.get(0).explain(RouteRequest.of("GRPIR", "INNSA"));
    assertEquals(RouteOutcome.UNREACHABLE, res.outcome());
    assertTrue(res.corridor().isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, routers.get(0).timeHours(net.indexOf("GRPIR"), 0));
  }

  @Test
  void explain_found_holdsCorridor() {
    RouteResult res = routers.get(1).explain(today);
    assertEquals(RouteOutcome.FOUND, res.outcome());
    assertEquals(routers.get(1).route(today), res.corridor());
  }

  @Test
  void route_unknownIds_throwNamingParameterAndId() {
    for (Router r : routers) {
      UnknownNodeException e =
          assertThrows(UnknownNodeException.class, () -> r.route(RouteRequest.of("INNSA", "XXAAA")));
      assertEquals("XXAAA", e.nodeId());
      assertTrue(e.getMessage().contains("destination"), e.getMessage());
      e = assertThrows(UnknownNodeException.class, () -> r.explain(today.via("ZZZZZ")));
      assertTrue(e.getMessage().contains("vias[0]") && e.getMessage().contains("ZZZZZ"));
      e = assertThrows(UnknownNodeException.class, () -> r.route(RouteRequest.of("QQAAA", "GRPIR")));
      assertTrue(e.getMessage().contains("origin"), e.getMessage());
    }
  }

  @Test
  void primitiveApi_badIndex_throwsNamingParameter() {
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> routers.get(0).timeHours(-1, 0));
    assertTrue(e.getMessage().contains("originIndex"), e.getMessage());
    e = assertThrows(IndexOutOfBoundsException.class, () -> routers.get(1).costUsd(0, 99));
    assertTrue(e.getMessage().contains("destinationIndex") && e.getMessage().contains("99"));
  }

  @Test
  void primitiveApi_equalsObjectApi() {
    for (Router r : routers) {
      double hours = r.timeHours(net.indexOf("INNSA"), net.indexOf("GRPIR"));
      assertEquals(r.route(RouteRequest.of("INNSA", "GRPIR")).orElseThrow().totalHours(), hours);
    }
  }

  @Test
  void route_null_throwsNamingRequest() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> routers.get(0).route(null));
    assertEquals("request", e.getMessage());
  }

  @Test
  void alternatives_badK_throwsNamingKAndValue() {
    YenKShortestRouter yen = YenKShortestRouter.of(net);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> yen.alternatives(today, 0));
    assertEquals("k must be in [1, 10000], was 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> yen.alternatives(today, -3));
  }

  @Test
  void alternatives_listSuezThenCape() {
    List<Corridor> alts = YenKShortestRouter.of(net).alternatives(today, 5);
    assertEquals(2, alts.size());
    assertTrue(alts.get(0).chokepoints().contains("CP_SUEZ"));
    assertTrue(alts.get(1).chokepoints().contains("CP_CAPE"));
  }

  @Test
  void paretoSet_tradesTimeForCost() {
    List<Corridor> front = MartinsParetoRouter.of(net).paretoSet(RouteRequest.of("INNSA", "GRPIR"));
    assertFalse(front.isEmpty());
    for (int i = 1; i < front.size(); i++) {
      assertTrue(front.get(i).totalHours() > front.get(i - 1).totalHours());
      assertTrue(front.get(i).totalCostUsd() < front.get(i - 1).totalCostUsd());
    }
  }

  @Test
  void paretoSet_beyondLabelCap_throws() {
    MartinsParetoRouter tiny = MartinsParetoRouter.of(net, 2);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tiny.paretoSet(RouteRequest.of("INNSA", "GRPIR")));
    assertTrue(e.getMessage().contains("maxLabels = 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MartinsParetoRouter.of(net, 0));
  }

  @Test
  void matrix_unknownId_throwsNamingPosition() {
    UnknownNodeException e =
        assertThrows(
            UnknownNodeException.class,
            () ->
                DijkstraMatrixRouter.of(net)
                    .matrix(List.of("INNSA"), List.of("GRPIR", "XXAAA"), RouteOptions.defaults()));
    assertTrue(e.getMessage().contains("destinations[1]"), e.getMessage());
  }

  @Test
  void router_servesManyThreads() throws Exception {
    Router r = AStarRouter.of(RoutingFixtures.randomNetwork(9, 60, 300));
    double[] expected = new double[60];
    for (int d = 0; d < 60; d++) {
      expected[d] = r.timeHours(0, d);
    }
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger mismatches = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int rep = 0; rep < 20; rep++) {
                  for (int d = 0; d < 60; d++) {
                    if (Double.compare(r.timeHours(0, d), expected[d]) != 0) {
                      mismatches.incrementAndGet();
                    }
                  }
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(0, mismatches.get());
  }
}
