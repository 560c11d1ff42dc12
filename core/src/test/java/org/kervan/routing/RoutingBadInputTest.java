package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.network.Corridor;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.UnknownNodeException;

/**
 * Every routing entry point against bad input: the documented exception, a message naming the
 * parameter and the value, and a router that answers the next call as if nothing happened.
 */
class RoutingBadInputTest {
  private static final Network NET = RoutingFixtures.suezNetwork();
  private static final DijkstraRouter DIJKSTRA = DijkstraRouter.of(NET);
  private static final AStarRouter ASTAR = AStarRouter.of(NET);
  private static final YenKShortestRouter YEN = YenKShortestRouter.of(NET);
  private static final DijkstraMatrixRouter MATRIX = DijkstraMatrixRouter.of(NET);
  private static final RouteRequest GOOD = RouteRequest.of("INNSA", "GRPIR");

  /** Each case: name, expected exception, call, fragments the message must contain. */
  static Stream<Arguments> badCalls() {
    RouteRequest unknownOrigin = RouteRequest.of("XXZZZ", "GRPIR");
    RouteRequest unknownVia = GOOD.via("XXZZZ");
    return Stream.of(
        bad("null request", NullPointerException.class, () -> DIJKSTRA.route(null), "request"),
        bad("null explain", NullPointerException.class, () -> ASTAR.explain(null), "request"),
        bad("null origin", NullPointerException.class, () -> RouteRequest.of(null, "GRPIR"),
            "origin"),
        bad("unknown origin, Dijkstra", UnknownNodeException.class,
            () -> DIJKSTRA.route(unknownOrigin), "XXZZZ", "origin"),
        bad("unknown origin, A*", UnknownNodeException.class, () -> ASTAR.explain(unknownOrigin),
            "XXZZZ"),
        bad("unknown via", UnknownNodeException.class, () -> DIJKSTRA.route(unknownVia),
            "XXZZZ", "vias[0]"),
        bad("unknown destination, Yen", UnknownNodeException.class,
            () -> YEN.alternatives(RouteRequest.of("INNSA", "XXZZZ"), 3), "XXZZZ"),
        bad("k = 0", IllegalArgumentException.class, () -> YEN.alternatives(GOOD, 0), "k", "0"),
        bad("k < 0", IllegalArgumentException.class, () -> YEN.alternatives(GOOD, -3), "k",
            "-3"),
        bad("NaN value of time", IllegalArgumentException.class,
            () -> GOOD.withGeneralisedCost(Double.NaN), "valueOfTime", "NaN"),
        bad("negative value of time", IllegalArgumentException.class,
            () -> GOOD.withGeneralisedCost(-1), "valueOfTime", "-1"),
        bad("infinite value of time", IllegalArgumentException.class,
            () -> GOOD.withGeneralisedCost(Double.POSITIVE_INFINITY), "valueOfTime",
            "Infinity"),
        bad("malformed avoided country", IllegalArgumentException.class,
            () -> GOOD.avoidingCountries("Oman"), "Oman"),
        bad("negative origin index", IndexOutOfBoundsException.class,
            () -> DIJKSTRA.timeHours(-1, 0), "originIndex", "-1"),
        bad("destination index too large", IndexOutOfBoundsException.class,
            () -> ASTAR.costUsd(0, NET.nodeCount()), "destinationIndex"),
        bad("null matrix origins", NullPointerException.class,
            () -> MATRIX.matrix(null, List.of("GRPIR"), RouteOptions.defaults()), "origins"),
        bad("unknown matrix destination", UnknownNodeException.class,
            () -> MATRIX.matrix(List.of("INNSA"), List.of("GRPIR", "XXZZZ"),
                RouteOptions.defaults()), "XXZZZ", "destinations[1]"));
  }

  private static Arguments bad(
      String name, Class<? extends Throwable> type, Executable call, String... fragments) {
    return Arguments.of(name, type, call, fragments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void badCall_throwsNamingParameterAndValue_andNextCallIsRight(
      String name, Class<? extends Throwable> type, Executable call, String[] fragments) {
    double before = DIJKSTRA.timeHours(NET.indexOf("INNSA"), NET.indexOf("GRPIR"));
    Throwable e = assertThrows(type, call);
    for (String f : fragments) {
      assertTrue(String.valueOf(e.getMessage()).contains(f), name + ": " + e.getMessage());
    }
    // The failed call must leave every router's reused search state clean.
    assertEquals(before, DIJKSTRA.timeHours(NET.indexOf("INNSA"), NET.indexOf("GRPIR")));
    assertEquals(before, ASTAR.timeHours(NET.indexOf("INNSA"), NET.indexOf("GRPIR")));
    Corridor best = DIJKSTRA.route(GOOD).orElseThrow();
    assertEquals(best, ASTAR.route(GOOD).orElseThrow());
    assertEquals(best, YEN.alternatives(GOOD, 1).get(0));
    assertEquals(before, best.totalHours());
  }

  @Test
  void constraintsThatExcludeEverything_giveEmpty_thenTheNextCallFindsTheRoute() {
    RouteRequest nothing = GOOD.avoidingModes(Mode.SEA, Mode.RAIL);
    assertEquals(Optional.empty(), DIJKSTRA.route(nothing));
    assertEquals(Optional.empty(), ASTAR.route(nothing));
    assertEquals(List.of(), YEN.alternatives(nothing, 3));
    RouteResult why = DIJKSTRA.explain(nothing);
    assertEquals(RouteOutcome.CUT_OFF_BY_CONSTRAINTS, why.outcome());
    assertTrue(why.corridor().isEmpty());
    assertEquals(
        Double.POSITIVE_INFINITY,
        MATRIX.matrix(List.of("INNSA"), List.of("GRPIR"), nothing.options()).value(0, 0));
    assertTrue(DIJKSTRA.route(GOOD).isPresent());
    assertEquals(DIJKSTRA.route(GOOD), ASTAR.route(GOOD));
  }

  @Test
  void emptyMatrix_isEmpty() {
    RouteMatrix m = MATRIX.matrix(List.of(), List.of(), RouteOptions.defaults());
    assertEquals(List.of(), m.origins());
    assertEquals(List.of(), m.destinations());
  }
}
