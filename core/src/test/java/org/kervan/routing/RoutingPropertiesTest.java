package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.quantity.Distance;
import org.kervan.quantity.Speed;

/** Laws every router must obey, checked on seeded random networks (jqwik reports the seed). */
class RoutingPropertiesTest {

  private static double bestHours(Router r, String a, String b) {
    if (a.equals(b)) {
      return 0.0;
    }
    return r.route(RouteRequest.of(a, b)).map(Corridor::totalHours).orElse(Double.POSITIVE_INFINITY);
  }

  @Property(tries = 60)
  void triangleInequality_holdsThroughAnyIntermediateNode(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Network net = RoutingFixtures.randomNetwork(seed, 15, 60);
    Router r = AStarRouter.of(net);
    Random rnd = new Random(seed);
    List<Node> nodes = net.nodes();
    for (int q = 0; q < 20; q++) {
      Node a = nodes.get(rnd.nextInt(nodes.size()));
      Node b = nodes.get(rnd.nextInt(nodes.size()));
      Node c = nodes.get(rnd.nextInt(nodes.size()));
      if (a.equals(c) || a.equals(b) || b.equals(c)) {
        continue;
      }
      // Passing b charges at most its transshipment (or dwell) plus border.
      double charge = Math.max(b.transshipmentHours(), b.dwellHours()) + b.borderHours();
      double ab = bestHours(r, a.id(), b.id());
      double bc = bestHours(r, b.id(), c.id());
      double ac = bestHours(r, a.id(), c.id());
      assertTrue(
          ac <= (ab + charge + bc) * (1 + 1e-12),
          "seed " + seed + ": " + a.id() + "→" + c.id() + " " + ac + " > " + ab + " + " + charge + " + " + bc);
    }
  }

  @Property(tries = 40)
  void closingLegOrCountry_neverShortens_andAddingLeg_neverLengthens(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Network net = RoutingFixtures.randomNetwork(seed, 15, 60);
    Random rnd = new Random(seed);
    RouteRequest req = RoutingFixtures.randomRequest(net, rnd, false, false);
    double before = bestHours(DijkstraRouter.of(net), req.origin(), req.destination());
    Leg closed = net.legs().get(rnd.nextInt(net.legCount()));
    Network without = net.toBuilder().removeLeg(closed.from(), closed.to(), closed.mode()).build();
    assertTrue(bestHours(DijkstraRouter.of(without), req.origin(), req.destination()) >= before);
    String country = RoutingFixtures.COUNTRIES[rnd.nextInt(RoutingFixtures.COUNTRIES.length)];
    Optional<Corridor> avoiding =
        AStarRouter.of(net)
            .route(RouteRequest.of(req.origin(), req.destination()).avoidingCountries(country));
    double avoidingHours = avoiding.map(Corridor::totalHours).orElse(Double.POSITIVE_INFINITY);
    assertTrue(avoidingHours >= before, "seed " + seed);
    avoiding.ifPresent(c -> assertFalse(c.countries().contains(country), "seed " + seed + " " + c));
    String from = net.nodes().get(rnd.nextInt(net.nodeCount())).id();
    String to = net.nodes().get(rnd.nextInt(net.nodeCount())).id();
    if (!from.equals(to) && net.leg(from, to, Mode.AIR).isEmpty()) {
      Network with =
          net.toBuilder()
              .addLeg(Leg.of(from, to, Mode.AIR, Distance.ofKilometres(500), Speed.ofKilometresPerHour(20)))
              .build();
      assertTrue(bestHours(AStarRouter.of(with), req.origin(), req.destination()) <= before);
    }
  }

  @Property(tries = 40)
  void alternatives_areLooplessDistinctOrdered_andParetoMembersUndominated(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Network net = RoutingFixtures.randomNetwork(seed, 12, 45);
    Random rnd = new Random(seed);
    RouteRequest req = RoutingFixtures.randomRequest(net, rnd, rnd.nextBoolean(), true);
    List<Corridor> alts = YenKShortestRouter.of(net).alternatives(req, 6);
    Set<List<Leg>> distinct = new HashSet<>();
    for (int i = 0; i < alts.size(); i++) {
      Corridor c = alts.get(i);
      assertTrue(distinct.add(c.legs()), "seed " + seed);
      Set<String> seen = new HashSet<>();
      for (Node n : c.nodes()) {
        assertTrue(seen.add(n.id()), "seed " + seed + " loops at " + n.id());
      }
      assertTrue(c.nodes().stream().anyMatch(n -> req.vias().contains(n.id())) || req.vias().isEmpty());
      if (i > 0) {
        assertTrue(
            RoutingFixtures.total(alts.get(i - 1), req.options())
                <= RoutingFixtures.total(c, req.options()),
            "seed " + seed);
      }
    }
    List<Corridor> front = MartinsParetoRouter.of(net).paretoSet(req);
    List<Corridor> timeAlts = YenKShortestRouter.of(net).alternatives(req.withCriterion(Criterion.TIME), 6);
    for (Corridor p : front) {
      for (Corridor q : front) {
        if (p != q) {
          assertFalse(RandomizedRoutingTest.dominatesOrEquals(q, p), "seed " + seed);
        }
      }
      for (Corridor q : timeAlts) {
        boolean strictlyBetter =
            RandomizedRoutingTest.dominatesOrEquals(q, p)
                && (q.totalHours() < p.totalHours() || q.totalCostUsd() < p.totalCostUsd());
        assertFalse(strictlyBetter, "seed " + seed + ": " + q + " dominates " + p);
      }
    }
    // The Pareto set covers every corridor, loopless or not, so it is never empty when an
    // alternative exists (it may hold walks where no loopless corridor exists).
    assertTrue(alts.isEmpty() || !front.isEmpty(), "seed " + seed);
  }

  @Property(tries = 60)
  void routerTotal_equalsCorridorTotal_bitForBit(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Network net = RoutingFixtures.randomNetwork(seed, 20, 80);
    Random rnd = new Random(seed);
    AStarRouter astar = AStarRouter.of(net);
    for (int q = 0; q < 10; q++) {
      RouteRequest req = RoutingFixtures.randomRequest(net, rnd, false, false)
              .withCriterion(Criterion.TIME)
              .withWaitPolicy(org.kervan.network.WaitPolicy.EXPECTED_HALF_HEADWAY);
      double hours = astar.timeHours(net.indexOf(req.origin()), net.indexOf(req.destination()));
      Optional<Corridor> c = astar.route(req);
      assertEquals(c.isPresent(), hours < Double.POSITIVE_INFINITY, "seed " + seed);
      if (c.isPresent()) {
        assertEquals(Double.doubleToLongBits(hours), Double.doubleToLongBits(c.get().totalHours()), "seed " + seed);
        Corridor rebuilt = Corridor.of(net, c.get().legs(), c.get().waitPolicy());
        assertEquals(Double.doubleToLongBits(hours), Double.doubleToLongBits(rebuilt.totalHours()));
      }
    }
  }
}
