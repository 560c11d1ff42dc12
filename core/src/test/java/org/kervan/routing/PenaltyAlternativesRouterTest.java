package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Network;
import org.kervan.network.Node;

class PenaltyAlternativesRouterTest {

  // Shared distance computed from the corridors' legs, independently of the router.
  private static double sharedFraction(Corridor a, Corridor b) {
    Set<Leg> other = new HashSet<>(b.legs());
    double shared = 0;
    double all = 0;
    for (Leg l : a.legs()) {
      all += l.distanceKm();
      if (other.contains(l)) {
        shared += l.distanceKm();
      }
    }
    return shared / all;
  }

  @Test
  void alternatives_today_suezThenTheCape_whereYenStaysAtSuez() {
    Network net = RoutingFixtures.suezNetwork();
    RouteRequest today = RouteRequest.of("INNSA", "GRPIR").avoidingStatuses(LegStatus.PLANNED);
    List<Corridor> alts = PenaltyAlternativesRouter.of(net).alternatives(today, 3);
    // Only two loopless corridors run today; the Cape (about 31 days) is within 4x Suez (9.6).
    assertEquals(2, alts.size(), alts.toString());
    assertTrue(alts.get(0).chokepoints().contains("CP_SUEZ"), alts.toString());
    assertTrue(alts.get(1).chokepoints().contains("CP_CAPE"), alts.toString());
    assertEquals(0.0, sharedFraction(alts.get(0), alts.get(1)), 0.0);
  }

  @Test
  void alternatives_withPlannedLinks_landBridgeSuezCape_eachMateriallyDifferent() {
    Network net = RoutingFixtures.suezNetwork();
    List<Corridor> alts =
        PenaltyAlternativesRouter.of(net, 0.6, 6.0, 1.5)
            .alternatives(RouteRequest.of("INNSA", "GRPIR"), 3);
    assertEquals(3, alts.size(), alts.toString());
    assertTrue(alts.get(0).nodes().stream().anyMatch(n -> n.id().equals("ILHFA")), alts.toString());
    assertTrue(alts.get(1).chokepoints().contains("CP_SUEZ"), alts.toString());
    assertTrue(alts.get(2).chokepoints().contains("CP_CAPE"), alts.toString());
    assertEquals(
        DijkstraRouter.of(net).route(RouteRequest.of("INNSA", "GRPIR")).orElseThrow(), alts.get(0));
  }

  @Test
  void stretchBound_dropsAlternativesTooMuchWorse() {
    Network net = RoutingFixtures.suezNetwork();
    RouteRequest today = RouteRequest.of("INNSA", "GRPIR").avoidingStatuses(LegStatus.PLANNED);
    List<Corridor> alts = PenaltyAlternativesRouter.of(net, 0.6, 3.0, 1.5).alternatives(today, 3);
    assertEquals(1, alts.size(), alts.toString());
  }

  @Test
  void alternatives_onRandomNetworks_areBestFirstSortedDistinctLooplessAndAllowed() {
    int checked = 0;
    for (long seed = 800; seed < 830; seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 15, 60);
      PenaltyAlternativesRouter router = PenaltyAlternativesRouter.of(net, 0.5, 3.0, 1.4);
      Random rnd = new Random(seed);
      for (int q = 0; q < 8; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 0, false);
        String msg = "seed " + seed + ", query " + r;
        List<Corridor> alts = router.alternatives(r, 4);
        double best = RoutingFixtures.referenceBest(net, r);
        if (best == Double.POSITIVE_INFINITY) {
          assertEquals(List.of(), alts, msg);
          continue;
        }
        for (int i = 0; i < alts.size(); i++) {
          Corridor c = alts.get(i);
          double total = RoutingFixtures.total(c, r.options());
          assertTrue(total >= best, msg);
          assertTrue(total <= 3.0 * best, msg);
          if (i > 0) {
            assertTrue(RoutingFixtures.total(alts.get(i - 1), r.options()) <= total, msg);
          }
          Set<String> seen = new HashSet<>();
          for (Node n : c.nodes()) {
            assertTrue(seen.add(n.id()), msg + " loops at " + n.id());
          }
          for (Leg l : c.legs()) {
            assertTrue(RoutingFixtures.allowed(net, l, r.options()), msg + " uses " + l);
          }
          for (int j = 0; j < i; j++) {
            assertTrue(sharedFraction(c, alts.get(j)) <= 0.5, msg + " shares too much");
            assertTrue(sharedFraction(alts.get(j), c) <= 0.5, msg + " shares too much");
          }
          checked++;
        }
        if (isLooplessBest(net, r)) {
          assertEquals(best, RoutingFixtures.total(alts.get(0), r.options()), 0.0, msg);
        }
      }
    }
    assertTrue(checked > 100, "checked " + checked);
  }

  private static boolean isLooplessBest(Network net, RouteRequest r) {
    Corridor c = DijkstraRouter.of(net).route(r).orElseThrow();
    return new HashSet<>(c.nodes()).size() == c.nodes().size();
  }

  @Test
  void of_rejectsBadParameters() {
    Network net = RoutingFixtures.suezNetwork();
    assertEquals(
        "maxShare must be in [0, 1), was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> PenaltyAlternativesRouter.of(net, Double.NaN, 2, 1.5))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> PenaltyAlternativesRouter.of(net, 0.5, 0.9, 1.5));
    assertThrows(IllegalArgumentException.class, () -> PenaltyAlternativesRouter.of(net, 0.5, 2, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PenaltyAlternativesRouter.of(net).alternatives(RouteRequest.of("INNSA", "GRPIR"), 0));
  }
}
