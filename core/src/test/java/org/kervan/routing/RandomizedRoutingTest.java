package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.Node;

/**
 * Every router against a plain reference Dijkstra and JGraphT on seeded random multimodal
 * networks. A failure names the seed and the query.
 */
class RandomizedRoutingTest {

  private static String where(long seed, RouteRequest r) {
    return "seed " + seed + ", query " + r;
  }

  /**
   * The end of a seed range, shortened by the system property {@code kervan.randomized.scale}
   * (a fraction in (0, 1], default 1): mutation runs set it to run each check on a tenth of its
   * networks, at least one, so that the suite can stay in them. Ordinary runs use every seed.
   */
  private static long end(long first, long endExclusive) {
    return first + Math.max(1, Math.round((endExclusive - first) * scale()));
  }

  /** The fraction of seeds run: {@code kervan.randomized.scale}, default 1. */
  private static double scale() {
    double scale = Double.parseDouble(System.getProperty("kervan.randomized.scale", "1"));
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException(
          "kervan.randomized.scale must be in (0, 1], was " + scale);
    }
    return scale;
  }

  private static void assertSameBits(double expected, double actual, String message) {
    if (Double.compare(expected, actual) != 0) {
      fail(message + ": expected " + expected + " but was " + actual);
    }
  }

  @Test
  void routers_agreeWithReferenceDijkstra_onRandomNetworks() {
    int queries = 0;
    for (long seed = 1; seed < end(1, 41); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 10 + (int) (seed % 30), 20 + (int) (seed * 3 % 90));
      DijkstraRouter dijkstra = DijkstraRouter.of(net);
      AStarRouter astar = AStarRouter.of(net);
      Random rnd = new Random(seed * 7919);
      for (int q = 0; q < 60; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 1, q % 3 == 0);
        double expected = RoutingFixtures.referenceBest(net, r);
        for (Router router : List.of(dijkstra, astar)) {
          String msg = where(seed, r) + ", " + router.getClass().getSimpleName();
          Optional<Corridor> c = router.route(r);
          if (expected == Double.POSITIVE_INFINITY) {
            assertFalse(c.isPresent(), msg);
            assertFalse(router.explain(r).isFound(), msg);
          } else {
            assertTrue(c.isPresent(), msg);
            assertSameBits(expected, RoutingFixtures.total(c.get(), r.options()), msg);
            assertEquals(r.origin(), c.get().origin().id(), msg);
            assertEquals(r.destination(), c.get().destination().id(), msg);
            for (Leg l : c.get().legs()) {
              assertTrue(RoutingFixtures.allowed(net, l, r.options()), msg + " uses " + l);
            }
            assertEquals(c, router.explain(r).corridor(), msg);
          }
          queries++;
        }
      }
    }
    assertTrue(queries >= 4000 * scale(), "queries " + queries);
  }

  @Test
  void landmarks_agreeWithReferenceDijkstra_forEveryCriterionAndConstraint() {
    int queries = 0;
    for (long seed = 600; seed < end(600, 630); seed++) {
      Network net =
          RoutingFixtures.randomNetwork(seed, 10 + (int) (seed % 25), 30 + (int) (seed * 7 % 80));
      Engine alt = new Engine(net);
      Random rnd = new Random(seed);
      for (int q = 0; q < 40; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 0, q % 3 == 0);
        double expected = RoutingFixtures.referenceBest(net, r);
        double actual =
            alt.route(r, Engine.Goal.LANDMARKS)
                .map(c -> RoutingFixtures.total(c, r.options()))
                .orElse(Double.POSITIVE_INFINITY);
        assertSameBits(expected, actual, where(seed, r) + ", landmarks");
        queries++;
      }
    }
    assertTrue(queries >= 1200 * scale(), "queries " + queries);
  }

  @Test
  void contractionHierarchy_agreesWithReferenceDijkstra_andFallsBackForTheRest() {
    int contracted = 0;
    for (long seed = 900; seed < end(900, 940); seed++) {
      Network net =
          RoutingFixtures.randomNetwork(seed, 10 + (int) (seed % 30), 20 + (int) (seed * 3 % 110));
      ContractionHierarchyRouter ch = ContractionHierarchyRouter.of(net);
      Random rnd = new Random(seed);
      for (int q = 0; q < 50; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 4 == 3, q % 5 == 4);
        if (q % 2 == 0 && r.options().criterion() == Criterion.GENERALISED_COST) {
          r = r.withCriterion(Criterion.TIME);
        }
        String msg = where(seed, r) + ", CH";
        double expected = RoutingFixtures.referenceBest(net, r);
        Optional<Corridor> c = ch.route(r);
        assertEquals(expected < Double.POSITIVE_INFINITY, c.isPresent(), msg);
        if (c.isPresent()) {
          assertSameBits(expected, RoutingFixtures.total(c.get(), r.options()), msg);
          assertEquals(r.destination(), c.get().destination().id(), msg);
        }
        assertEquals(c, ch.explain(r).corridor(), msg);
        if (r.options().avoidsNothing() && r.vias().isEmpty()
            && r.options().criterion() != Criterion.GENERALISED_COST) {
          contracted++;
        }
      }
      for (int i = 0; i < net.nodeCount(); i += 3) {
        for (int j = 1; j < net.nodeCount(); j += 4) {
          RouteRequest r = i == j ? null : RouteRequest.of(net.nodes().get(i).id(), net.nodes().get(j).id());
          double time = r == null ? 0.0 : RoutingFixtures.referenceBest(net, r);
          double cost =
              r == null ? 0.0 : RoutingFixtures.referenceBest(net, r.withCriterion(Criterion.COST));
          assertSameBits(time, ch.timeHours(i, j), "seed " + seed + " " + i + "→" + j + " time");
          assertSameBits(cost, ch.costUsd(i, j), "seed " + seed + " " + i + "→" + j + " cost");
          contracted += 2;
        }
      }
    }
    assertTrue(contracted > 2000 * scale(), "contracted " + contracted);
  }

  @Test
  void shortestPathTree_agreesWithReference_oneToAllAndOneToMany() {
    for (long seed = 700; seed < end(700, 715); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 20, 70);
      ShortestPathTree tree = ShortestPathTree.of(net);
      Random rnd = new Random(seed);
      double[] values = new double[net.nodeCount()];
      for (int q = 0; q < 6; q++) {
        RouteRequest template = RoutingFixtures.randomRequest(net, rnd, q % 2 == 1, false);
        int origin = net.indexOf(template.origin());
        tree.search(origin, template.options());
        tree.copyValues(values);
        for (int v = 0; v < net.nodeCount(); v++) {
          String id = net.nodes().get(v).id();
          if (v == origin) {
            assertSameBits(0.0, values[v], "origin");
            assertEquals(-1, tree.predecessorLeg(v));
            continue;
          }
          RouteRequest r = new RouteRequest(template.origin(), id, List.of(), template.options());
          String msg = where(seed, r) + ", tree";
          double expected = RoutingFixtures.referenceBest(net, r);
          assertSameBits(expected, values[v], msg);
          assertSameBits(expected, tree.value(v), msg);
          Optional<Corridor> c = tree.corridorTo(v);
          assertEquals(expected < Double.POSITIVE_INFINITY, c.isPresent(), msg);
          if (c.isPresent()) {
            assertSameBits(expected, RoutingFixtures.total(c.get(), r.options()), msg);
            List<Leg> legs = c.get().legs();
            assertEquals(legs.get(legs.size() - 1), net.legs().get(tree.predecessorLeg(v)), msg);
          } else {
            assertEquals(-1, tree.predecessorLeg(v), msg);
          }
        }
        int[] some = {rnd.nextInt(net.nodeCount()), rnd.nextInt(net.nodeCount()), origin};
        tree.search(origin, some, template.options());
        for (int t : some) {
          RouteRequest r =
              new RouteRequest(
                  template.origin(), net.nodes().get(t).id().equals(template.origin())
                      ? template.destination() : net.nodes().get(t).id(),
                  List.of(), template.options());
          if (t == origin) {
            assertSameBits(0.0, tree.value(t), "origin");
          } else {
            assertSameBits(RoutingFixtures.referenceBest(net, r), tree.value(t), where(seed, r));
          }
        }
      }
    }
  }

  @Test
  void chargeFreeNetworks_routersAndTrees_agreeWithReference() {
    // Nodes charging nothing: one state per node, no node charge read, one-to-all values kept in
    // the search's own array; trees alternate full and targeted searches so that each reads the
    // values the last one left.
    for (long seed = 900; seed < end(900, 920); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 12 + (int) (seed % 20), 60, true);
      DijkstraRouter dijkstra = DijkstraRouter.of(net);
      AStarRouter astar = AStarRouter.of(net);
      ShortestPathTree tree = ShortestPathTree.of(net);
      Random rnd = new Random(seed);
      for (int q = 0; q < 12; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 1, q % 4 == 0);
        double expected = RoutingFixtures.referenceBest(net, r);
        for (Router router : List.of(dijkstra, astar)) {
          Optional<Corridor> c = router.route(r);
          String msg = where(seed, r) + ", " + router.getClass().getSimpleName();
          assertEquals(expected < Double.POSITIVE_INFINITY, c.isPresent(), msg);
          if (c.isPresent()) {
            assertSameBits(expected, RoutingFixtures.total(c.get(), r.options()), msg);
          }
        }
        if (!r.vias().isEmpty()) {
          continue;
        }
        int origin = net.indexOf(r.origin());
        int[] some = {rnd.nextInt(net.nodeCount()), net.indexOf(r.destination())};
        for (int pass = 0; pass < 3; pass++) {
          boolean full = pass != 1;
          if (full) {
            tree.search(origin, r.options());
          } else {
            tree.search(origin, some, r.options());
          }
          for (int v = 0; v < net.nodeCount(); v++) {
            if (!full && v != some[0] && v != some[1]) {
              continue;
            }
            if (v == origin) {
              assertSameBits(0.0, tree.value(v), "origin, tree pass " + pass);
              continue;
            }
            RouteRequest to = new RouteRequest(r.origin(), net.nodes().get(v).id(), List.of(),
                r.options());
            double want = RoutingFixtures.referenceBest(net, to);
            String msg = where(seed, to) + ", tree pass " + pass;
            assertSameBits(want, tree.value(v), msg);
            Optional<Corridor> c = tree.corridorTo(v);
            assertEquals(want < Double.POSITIVE_INFINITY, c.isPresent(), msg);
            if (c.isPresent()) {
              assertSameBits(want, RoutingFixtures.total(c.get(), r.options()), msg);
            }
          }
        }
      }
    }
  }

  @Test
  void routers_agreeWithJGraphT_onLineGraph() {
    for (long seed = 100; seed < end(100, 120); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 25, 80);
      AStarRouter astar = AStarRouter.of(net);
      DijkstraRouter dijkstra = DijkstraRouter.of(net);
      Random rnd = new Random(seed);
      for (int q = 0; q < 40; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 0, false);
        double expected = RoutingFixtures.jgraphtBest(net, r);
        for (Router router : List.of(dijkstra, astar)) {
          double actual =
              router.route(r).map(c -> RoutingFixtures.total(c, r.options()))
                  .orElse(Double.POSITIVE_INFINITY);
          assertSameBits(expected, actual, where(seed, r) + ", " + router);
        }
      }
    }
  }

  @Test
  void primitiveApi_andMatrix_agreeWithReference() {
    for (long seed = 200; seed < end(200, 215); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 20, 70);
      AStarRouter astar = AStarRouter.of(net);
      DijkstraRouter dijkstra = DijkstraRouter.of(net);
      DijkstraMatrixRouter matrixRouter = DijkstraMatrixRouter.of(net);
      List<String> ids = new ArrayList<>();
      for (Node n : net.nodes()) {
        ids.add(n.id());
      }
      RouteMatrix times = matrixRouter.matrix(ids, ids, RouteOptions.defaults());
      RouteOptions costOptions = RouteOptions.defaults().withCriterion(Criterion.COST);
      RouteMatrix costs = matrixRouter.matrix(ids, ids, costOptions);
      for (int i = 0; i < ids.size(); i++) {
        for (int j = 0; j < ids.size(); j++) {
          String msg = "seed " + seed + ", " + ids.get(i) + "→" + ids.get(j);
          if (i == j) {
            assertSameBits(0.0, astar.timeHours(i, j), msg);
            assertSameBits(0.0, times.value(i, j), msg);
            continue;
          }
          RouteRequest r = RouteRequest.of(ids.get(i), ids.get(j));
          double expectedTime = RoutingFixtures.referenceBest(net, r);
          double expectedCost = RoutingFixtures.referenceBest(net, r.withOptions(costOptions));
          assertSameBits(expectedTime, astar.timeHours(i, j), msg + " A* time");
          assertSameBits(expectedTime, dijkstra.timeHours(i, j), msg + " Dijkstra time");
          assertSameBits(expectedTime, times.value(i, j), msg + " matrix time");
          assertSameBits(expectedCost, astar.costUsd(i, j), msg + " A* cost");
          assertSameBits(expectedCost, costs.value(i, j), msg + " matrix cost");
        }
      }
    }
  }

  @Test
  void constrainedMatrix_agreesWithReference() {
    for (long seed = 300; seed < end(300, 310); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 20, 70);
      DijkstraMatrixRouter matrixRouter = DijkstraMatrixRouter.of(net);
      Random rnd = new Random(seed);
      RouteRequest template = RoutingFixtures.randomRequest(net, rnd, true, false);
      List<String> origins = List.of(net.nodes().get(0).id(), net.nodes().get(3).id());
      List<String> destinations = new ArrayList<>();
      for (Node n : net.nodes()) {
        destinations.add(n.id());
      }
      RouteMatrix mx = matrixRouter.matrix(origins, destinations, template.options());
      for (int i = 0; i < origins.size(); i++) {
        for (int j = 0; j < destinations.size(); j++) {
          if (origins.get(i).equals(destinations.get(j))) {
            continue;
          }
          RouteRequest r =
              new RouteRequest(origins.get(i), destinations.get(j), List.of(), template.options());
          assertSameBits(RoutingFixtures.referenceBest(net, r), mx.value(i, j), where(seed, r));
        }
      }
    }
  }

  @Test
  void alternatives_matchBruteForceEnumeration_ofLooplessCorridors() {
    int compared = 0;
    for (long seed = 400; seed < end(400, 440); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 9, 30);
      YenKShortestRouter yen = YenKShortestRouter.of(net);
      Random rnd = new Random(seed);
      for (int q = 0; q < 10; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 0, false);
        List<Double> all = new ArrayList<>();
        for (Corridor c : RoutingFixtures.allLoopless(net, r)) {
          all.add(RoutingFixtures.total(c, r.options()));
        }
        all.sort(Comparator.naturalOrder());
        int k = 1 + rnd.nextInt(6);
        List<Corridor> alts = yen.alternatives(r, k);
        String msg = where(seed, r) + ", k " + k;
        assertEquals(Math.min(k, all.size()), alts.size(), msg);
        Set<List<Leg>> distinct = new HashSet<>();
        for (int i = 0; i < alts.size(); i++) {
          Corridor c = alts.get(i);
          assertSameBits(all.get(i), RoutingFixtures.total(c, r.options()), msg + ", #" + i);
          assertTrue(distinct.add(c.legs()), msg + " repeats " + c);
          Set<String> seen = new HashSet<>();
          for (Node n : c.nodes()) {
            assertTrue(seen.add(n.id()), msg + " loops at " + n.id());
          }
          for (Leg l : c.legs()) {
            assertTrue(RoutingFixtures.allowed(net, l, r.options()), msg + " uses " + l);
          }
          compared++;
        }
      }
    }
    assertTrue(compared > 300 * scale(), "compared " + compared);
  }

  @Test
  void paretoSet_coversEveryLooplessCorridor_andIsNonDominated() {
    for (long seed = 500; seed < end(500, 530); seed++) {
      Network net = RoutingFixtures.randomNetwork(seed, 9, 30);
      MartinsParetoRouter pareto = MartinsParetoRouter.of(net);
      DijkstraRouter dijkstra = DijkstraRouter.of(net);
      Random rnd = new Random(seed);
      for (int q = 0; q < 10; q++) {
        RouteRequest r = RoutingFixtures.randomRequest(net, rnd, q % 2 == 0, false);
        String msg = where(seed, r);
        List<Corridor> front = pareto.paretoSet(r);
        for (Corridor a : front) {
          for (Corridor b : front) {
            if (a != b) {
              assertFalse(dominatesOrEquals(b, a), msg + ": " + b + " dominates " + a);
            }
          }
        }
        for (Corridor c : RoutingFixtures.allLoopless(net, r)) {
          boolean covered = false;
          for (Corridor a : front) {
            covered |= dominatesOrEquals(a, c);
          }
          assertTrue(covered, msg + ": nothing in " + front + " covers " + c);
        }
        Optional<Corridor> fastest = dijkstra.route(r.withCriterion(Criterion.TIME));
        Optional<Corridor> cheapest = dijkstra.route(r.withCriterion(Criterion.COST));
        assertEquals(fastest.isPresent(), !front.isEmpty(), msg);
        if (fastest.isPresent()) {
          assertSameBits(fastest.get().totalHours(), front.get(0).totalHours(), msg);
          assertSameBits(
              cheapest.get().totalCostUsd(), front.get(front.size() - 1).totalCostUsd(), msg);
        }
      }
    }
  }

  static boolean dominatesOrEquals(Corridor a, Corridor b) {
    return a.totalHours() <= b.totalHours() && a.totalCostUsd() <= b.totalCostUsd();
  }
}
