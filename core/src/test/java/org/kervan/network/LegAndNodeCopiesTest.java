package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** The {@code with...} copies and unit views of legs, nodes and corridors change one thing only. */
class LegAndNodeCopiesTest {
  private static final Leg LEG =
      Leg.of("INNSA", "AEJEA", Mode.SEA, Distance.ofKilometres(1950), Speed.ofKilometresPerHour(30))
          .withCost(100, 0.1);

  @Test
  void leg_unitViews_matchTheComponents() {
    assertEquals(Distance.ofKilometres(1950), LEG.distance());
    assertEquals(Speed.ofKilometresPerHour(30), LEG.speed());
    assertEquals(65.0, LEG.runningHours());
    assertEquals(295.0, LEG.costUsd());
  }

  @Test
  void leg_copies_changeOneComponent() {
    Leg longer = LEG.withDistance(Distance.ofKilometres(3900));
    assertEquals(3900.0, longer.distanceKm());
    assertEquals(30.0, longer.speedKmh());
    assertEquals(130.0, longer.runningHours());
    Leg faster = LEG.withSpeed(Speed.ofKilometresPerHour(39));
    assertEquals(1950.0, faster.distanceKm());
    assertEquals(50.0, faster.runningHours());
    Leg timed = LEG.withRunningTime(Duration.ofHours(39));
    assertEquals(1950.0, timed.distanceKm());
    assertEquals(50.0, timed.speedKmh());
    Leg capped = LEG.withCapacityTeuPerYear(120_000);
    assertEquals(OptionalDouble.of(120_000), capped.capacityTeuPerYear());
    assertEquals(LEG.withCapacityTeuPerYear(120_000), capped);
    assertFalse(LEG.equals(capped));
  }

  @Test
  void leg_sameKeyAs_comparesFromToAndModeOnly() {
    assertTrue(LEG.sameKeyAs(LEG.withDistance(Distance.ofKilometres(1))));
    assertFalse(LEG.sameKeyAs(LEG.reversed()));
    Leg otherTo =
        Leg.of("INNSA", "ILHFA", Mode.SEA, Distance.ofKilometres(1950), Speed.ofKnots(16));
    assertFalse(LEG.sameKeyAs(otherTo));
    Leg otherMode =
        Leg.of("INNSA", "AEJEA", Mode.FERRY, Distance.ofKilometres(1950), Speed.ofKnots(16));
    assertFalse(LEG.sameKeyAs(otherMode));
    Leg otherFrom =
        Leg.of("INMUN", "AEJEA", Mode.SEA, Distance.ofKilometres(1950), Speed.ofKnots(16));
    assertFalse(LEG.sameKeyAs(otherFrom));
  }

  @Test
  void leg_toString_showsKeyDistanceAndSpeed() {
    assertEquals("INNSA>AEJEA:SEA 1950.0 km @ 30.0 km/h", LEG.toString());
  }

  @Test
  void node_withPosition_movesOnlyThePosition() {
    Node n = Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, GeoPoint.of(18.95, 72.95));
    Node moved = n.withPosition(GeoPoint.of(19, 73));
    assertEquals(GeoPoint.of(19, 73), moved.position());
    assertEquals(n.withPosition(n.position()), n);
    assertEquals(n.id(), moved.id());
    assertEquals(n.name(), moved.name());
  }

  @Test
  void corridor_distance_isTheSumOfLegDistances() {
    Node a = Node.of("INNSA", "A", "IN", NodeKind.SEAPORT, GeoPoint.of(19, 73));
    Node b = Node.of("AEJEA", "B", "AE", NodeKind.SEAPORT, GeoPoint.of(25, 55));
    Node c = Node.of("ILHFA", "C", "IL", NodeKind.SEAPORT, GeoPoint.of(32.8, 35));
    Leg bc = Leg.of("AEJEA", "ILHFA", Mode.RAIL, Distance.ofKilometres(2550), Speed.ofKilometresPerHour(45));
    Corridor corridor = Corridor.of(List.of(a, b, c), List.of(LEG, bc), WaitPolicy.IGNORE_SCHEDULES);
    assertEquals(Distance.ofKilometres(4500), corridor.distance());
    assertEquals(4500.0, corridor.distanceKm());
  }
}
