package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** Network building and lookup against bad input; a failed build leaves the builder usable. */
class NetworkBadInputTest {
  private static final Node A = Node.of("INNSA", "A", "IN", NodeKind.SEAPORT, GeoPoint.of(19, 73));
  private static final Node B = Node.of("AEJEA", "B", "AE", NodeKind.SEAPORT, GeoPoint.of(25, 55));
  private static final Leg AB =
      Leg.of("INNSA", "AEJEA", Mode.SEA, Distance.ofKilometres(1950), Speed.ofKnots(16));

  private static Leg leg(double km, double kmh, OptionalDouble departures, double fixed,
      double perKm) {
    return new Leg("INNSA", "AEJEA", Mode.SEA, km, kmh, departures, fixed, perKm, List.of(),
        List.of(), Optional.empty(), OptionalDouble.empty(), LegStatus.OPERATING,
        OptionalInt.empty(), "test", Optional.empty());
  }

  static Stream<Arguments> badLegs() {
    OptionalDouble none = OptionalDouble.empty();
    return Stream.of(
        bad("NaN distance", () -> leg(Double.NaN, 30, none, 0, 0), "distanceKm", "NaN"),
        bad("zero distance", () -> leg(0, 30, none, 0, 0), "distanceKm", "0"),
        bad("negative speed", () -> leg(10, -30, none, 0, 0), "speedKmh", "-30"),
        bad("infinite speed", () -> leg(10, Double.POSITIVE_INFINITY, none, 0, 0), "speedKmh",
            "Infinity"),
        bad("running time overflows", () -> leg(1e9, 0.5, none, 0, 0), "distanceKm / speedKmh",
            "1.0E9 / 0.5"),
        bad("distance beyond the limit", () -> leg(1e308, 0.5, none, 0, 0), "distanceKm",
            "1.0E308"),
        bad("headway overflows", () -> leg(10, 30, OptionalDouble.of(1e-320), 0, 0),
            "departuresPerWeek", "1.0E-320"),
        bad("cost overflows", () -> leg(2200, 30, none, 0, 1e308), "costUsdPerKm", "1.0E308"),
        bad("negative fixed cost", () -> leg(10, 30, none, -1, 0), "fixedCostUsd", "-1"),
        bad("zero departures", () -> leg(10, 30, OptionalDouble.of(0), 0, 0),
            "departuresPerWeek", "0"));
  }

  private static Arguments bad(String name, Executable call, String... fragments) {
    return Arguments.of(name, call, fragments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLegs")
  void leg_badNumber_throwsNamingParameterAndValue(
      String name, Executable call, String[] fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), name + ": " + e.getMessage());
    }
    assertTrue(e.getMessage().contains(" must "), e.getMessage());
  }

  @Test
  void build_withMissingNode_throws_andTheBuilderStillBuildsOnceFixed() {
    Network.Builder b = Network.builder().addNode(A).addLeg(AB);
    UnknownNodeException e = assertThrows(UnknownNodeException.class, b::build);
    assertTrue(e.getMessage().contains("AEJEA"), e.getMessage());
    assertThrows(UnknownNodeException.class, b::build);
    Network n = b.addNode(B).build();
    assertEquals(2, n.nodeCount());
    assertEquals(Optional.of(AB), n.leg("INNSA", "AEJEA", Mode.SEA));
  }

  @Test
  void addLeg_duplicateKey_throws_andLeavesTheFirstLeg() {
    Network.Builder b = Network.builder().addNode(A).addNode(B).addLeg(AB);
    Leg other = AB.withDistance(Distance.ofKilometres(9999));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.addLeg(other));
    assertTrue(e.getMessage().contains(AB.key()), e.getMessage());
    assertEquals(1950.0, b.build().legs().get(0).distanceKm());
  }

  @Test
  void addNode_duplicateId_throws_andLeavesTheFirstNode() {
    Network.Builder b = Network.builder().addNode(A);
    assertThrows(IllegalArgumentException.class, () -> b.addNode(A.withSource("other")));
    assertEquals(A, b.build().node("INNSA"));
  }

  @Test
  void lookups_withUnknownOrNullIds_throwTheDocumentedExceptions() {
    Network n = Network.builder().addNode(A).addNode(B).addLeg(AB).build();
    UnknownNodeException e = assertThrows(UnknownNodeException.class, () -> n.node("XXZZZ"));
    assertTrue(e.getMessage().contains("XXZZZ"), e.getMessage());
    assertThrows(UnknownNodeException.class, () -> n.indexOf("XXZZZ"));
    assertThrows(UnknownNodeException.class, () -> n.legsFrom("XXZZZ"));
    assertThrows(UnknownNodeException.class, () -> n.legsTo("XXZZZ"));
    assertThrows(NullPointerException.class, () -> n.node(null));
    assertEquals(Optional.empty(), n.findNode("XXZZZ"));
    assertEquals(Optional.empty(), n.leg("XXZZZ", "AEJEA", Mode.SEA));
    assertEquals(List.of(AB), n.legsFrom("INNSA"));
  }

  @Test
  void emptyNetwork_builds() {
    Network n = Network.builder().build();
    assertEquals(0, n.nodeCount());
    assertEquals(List.of(), n.legs());
  }
}
