package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
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

/**
 * Sizes that used to wrap in {@code int} arithmetic, a leg whose running time underflowed to zero,
 * and values of time whose products overflowed: each is now a documented exception naming the
 * parameter, or an answer equal to Dijkstra's.
 */
class SizesAndMagnitudesTest {
  private static final Network NET = RoutingFixtures.suezNetwork();
  private static final RouteRequest GOOD = RouteRequest.of("INNSA", "GRPIR");

  private static void assertMessage(Class<? extends Throwable> type, Runnable call, String text) {
    Throwable t = assertThrows(type, call::run);
    assertTrue(t.getMessage().contains(text), t.getMessage());
  }

  @Test
  void kShortest_kBeyondTheLimit_isRejectedBeforeAnySearch() {
    // 20 * k wrapped for k = Integer.MAX_VALUE (100 routes) and ran unbounded for k = 10^8.
    for (int k : new int[] {Integer.MAX_VALUE, 100_000_000, KShortestRouter.MAX_K + 1, 0, -5}) {
      assertMessage(IllegalArgumentException.class,
          () -> YenKShortestRouter.of(NET).alternatives(GOOD, k),
          "k must be in [1, 10000], was " + k);
      assertMessage(IllegalArgumentException.class,
          () -> PenaltyAlternativesRouter.of(NET).alternatives(GOOD, k),
          "k must be in [1, 10000], was " + k);
    }
    assertEquals(3, YenKShortestRouter.of(NET).alternatives(GOOD, KShortestRouter.MAX_K).size(),
        "the limit itself is allowed (three loopless corridors exist)");
  }

  @Test
  void routeMatrix_cellCountsThatWrapAnInt_areRejectedNamingTheProduct() {
    // 65,536^2 wrapped to 0 (then ArrayIndexOutOfBounds); 46,341^2 to a negative size.
    for (int side : new int[] {65_536, 46_341}) {
      long cells = (long) side * side;
      List<String> ids = Collections.nCopies(side, "INNSA");
      assertMessage(IllegalArgumentException.class,
          () -> RouteMatrix.of(ids, ids, Criterion.TIME, new double[0]),
          "origins.size() * destinations.size() must be in [0, 134217728], was " + cells);
      assertMessage(IllegalArgumentException.class,
          () -> DijkstraMatrixRouter.of(NET).matrix(ids, ids, RouteOptions.defaults()),
          "origins.size() * destinations.size() must be in [0, 134217728], was " + cells);
    }
  }

  @Test
  void routeMatrix_sideBeyondTheLimit_isRejectedBeforeTheListIsCopied() {
    // With no destinations the product is 0, but copying 2^31 - 1 origins exceeded the VM limit.
    assertMessage(IllegalArgumentException.class,
        () -> RouteMatrix.of(Collections.nCopies(Integer.MAX_VALUE, "INNSA"), List.of(),
            Criterion.TIME, new double[0]),
        "origins.size() must be in [0, 134217728], was 2147483647");
    assertMessage(IllegalArgumentException.class,
        () -> DijkstraMatrixRouter.of(NET).matrix(List.of(),
            Collections.nCopies(Integer.MAX_VALUE, "INNSA"), RouteOptions.defaults()),
        "destinations.size() must be in [0, 134217728], was 2147483647");
  }

  @Test
  void vias_beyondTheLimit_areRejectedBeforeAnyArrayIsSized() {
    // 25,000 vias threw ArithmeticException, 5,000 OutOfMemoryError.
    for (int count : new int[] {25_000, 5_000, RouteRequest.MAX_VIAS + 1}) {
      List<String> vias = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        vias.add(i % 2 == 0 ? "AEJEA" : "ILHFA");
      }
      assertMessage(IllegalArgumentException.class,
          () -> new RouteRequest("INNSA", "GRPIR", vias, RouteOptions.defaults()),
          "vias.size() must be <= 100, was " + count);
    }
    List<String> hundred = new ArrayList<>();
    for (int i = 0; i < RouteRequest.MAX_VIAS; i++) {
      hundred.add(i % 2 == 0 ? "AEJEA" : "ILHFA");
    }
    RouteRequest many = new RouteRequest("INNSA", "GRPIR", hundred, RouteOptions.defaults());
    // Haifa has no leg back to Jebel Ali, so no corridor passes them a hundred times.
    assertEquals(Double.POSITIVE_INFINITY, RoutingFixtures.referenceBest(NET, many));
    assertTrue(DijkstraRouter.of(NET).route(many).isEmpty());
  }

  @Test
  void leg_whoseRunningTimeUnderflowsToZero_isRejected() {
    // Double.MIN_VALUE km at any speed ran in 0 h: A* skipped it in its speed bound and returned
    // 11.13 h where Dijkstra found 0.222 h.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Leg.of("INNSA", "GRPIR", Mode.SEA, Distance.ofKilometres(Double.MIN_VALUE),
            Speed.ofKnots(16)));
    assertTrue(e.getMessage().startsWith("distanceKm / speedKmh must be > 0 and <= 1.0E9 hours"),
        e.getMessage());
  }

  @Test
  void aStar_withATinyButPositiveRunningTime_equalsDijkstra() {
    // The great-circle speed of this leg is about 1e306 km/h: the bound all but vanishes, and
    // stays admissible.
    Network.Builder b = Network.builder();
    b.addNode(Node.of("KZAKX", "A", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2)));
    b.addNode(Node.of("AZBAK", "B", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9)));
    b.addNode(Node.of("GEPTI", "C", "GE", NodeKind.SEAPORT, GeoPoint.of(42.1, 41.7)));
    b.addLeg(Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(1e-300),
        Speed.ofKilometresPerHour(50)));
    b.addLeg(Leg.of("AZBAK", "GEPTI", Mode.FERRY, Distance.ofKilometres(10),
        Speed.ofKilometresPerHour(45)));
    b.addLeg(Leg.of("KZAKX", "GEPTI", Mode.FERRY, Distance.ofKilometres(900),
        Speed.ofKilometresPerHour(80)));
    Network net = b.build();
    RouteRequest r = RouteRequest.of("KZAKX", "GEPTI");
    double expected = 1e-300 / 50 + 10.0 / 45;
    assertEquals(expected, DijkstraRouter.of(net).route(r).orElseThrow().totalHours());
    assertEquals(expected, AStarRouter.of(net).route(r).orElseThrow().totalHours());
    assertEquals(List.of(expected, 900.0 / 80),
        YenKShortestRouter.of(net).alternatives(r, 3).stream().map(Corridor::totalHours).toList());
  }

  @Test
  void valueOfTime_aboveTheLimit_isRejectedEverywhere() {
    double hostile = 5e307;
    String rule = "valueOfTimeUsdPerTeuDay must be finite, >= 0 and <= 1.0E9, was 5.0E307";
    assertMessage(IllegalArgumentException.class,
        () -> RouteOptions.defaults().withGeneralisedCost(hostile), rule);
    assertMessage(IllegalArgumentException.class,
        () -> GOOD.withGeneralisedCost(hostile), rule);
    Corridor c = DijkstraRouter.of(NET).route(GOOD).orElseThrow();
    assertMessage(IllegalArgumentException.class, () -> c.generalisedCostUsd(hostile),
        "valueOfTimeUsdPerDay must be finite, >= 0 and <= 1.0E9, was 5.0E307");
  }

  @Test
  void aStar_withNodesNanodegreesApartAtTheLargestValueOfTime_equalsDijkstra() {
    // The bound's weight / speed overflowed with a value of time near 1e305: A* was wrong in
    // 1,751 of 4,816 queries. At the largest value allowed, weight * (km / speed) stays finite.
    Network.Builder b = Network.builder();
    int n = 12;
    for (int i = 0; i < n; i++) {
      b.addNode(Node.of("N_" + i, "n" + i, "KZ", NodeKind.SEAPORT,
          GeoPoint.of(43.6 + i * 1e-9, 51.2 + (i % 3) * 1e-9)));
    }
    java.util.Random rnd = new java.util.Random(3);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && rnd.nextInt(3) == 0) {
          b.addLeg(Leg.of("N_" + i, "N_" + j, Mode.ROAD,
                  Distance.ofKilometres(1 + rnd.nextInt(500)),
                  Speed.ofKilometresPerHour(1 + rnd.nextInt(60)))
              .withCost(rnd.nextInt(1000), rnd.nextDouble()));
        }
      }
    }
    Network net = b.build();
    DijkstraRouter dijkstra = DijkstraRouter.of(net);
    AStarRouter astar = AStarRouter.of(net);
    int queries = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        RouteRequest r = RouteRequest.of("N_" + i, "N_" + j)
            .withGeneralisedCost(org.kervan.network.TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY);
        var d = dijkstra.route(r);
        var a = astar.route(r);
        assertEquals(d.isPresent(), a.isPresent(), r.toString());
        if (d.isPresent()) {
          double vot = org.kervan.network.TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY;
          double dv = d.get().generalisedCostUsd(vot);
          assertTrue(Double.isFinite(dv), r.toString());
          assertEquals(dv, a.get().generalisedCostUsd(vot), r.toString());
          assertEquals(RoutingFixtures.referenceBest(net, r), dv, r.toString());
          queries++;
        }
      }
    }
    assertTrue(queries > 50, "queries " + queries);
  }
}
