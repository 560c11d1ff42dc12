package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** Irregular departures: the expected wait H (1 + CV^2) / 2 (Osuna & Newell 1972). */
class HeadwayCvTest {
  private static final Leg FERRY =
      Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(430), Speed.ofKilometresPerHour(20))
          .withDeparturesPerWeek(2);

  @Test
  void regularTimetable_waitsHalfTheHeadway_bitForBit() {
    // 2 departures a week: H = 84 h, half of it 42 h.
    assertEquals(42.0, FERRY.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY), 0);
    assertEquals(
        TransitModel.waitingHours(2, WaitPolicy.EXPECTED_HALF_HEADWAY),
        TransitModel.waitingHours(2, 0, WaitPolicy.EXPECTED_HALF_HEADWAY),
        0);
  }

  @Test
  void irregularDepartures_waitLonger() {
    // CV = 1 (departures as irregular as a Poisson process): H (1 + 1) / 2 = 84 h.
    assertEquals(84.0, FERRY.withHeadwayCv(1).waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY), 0);
    // CV = 0.5: 42 * 1.25 = 52.5 h.
    assertEquals(52.5, FERRY.withHeadwayCv(0.5).waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY), 0);
    assertEquals(0.0, FERRY.withHeadwayCv(1).waitingHours(WaitPolicy.IGNORE_SCHEDULES), 0);
  }

  @Test
  void corridorTotal_includesTheIrregularWait() {
    Node a = Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.65, 51.15));
    Node b = Node.of("AZBAK", "Alat", "AZ", NodeKind.SEAPORT, GeoPoint.of(39.95, 49.41));
    Leg irregular = FERRY.withHeadwayCv(1);
    Corridor c = Corridor.of(List.of(a, b), List.of(irregular), WaitPolicy.EXPECTED_HALF_HEADWAY);
    assertEquals(84.0 + 430.0 / 20, c.totalHours(), 1e-12);
    assertEquals(84.0, c.waitingHours(), 0);
  }

  @Test
  void badHeadwayCv_isRejectedNamingTheRule() {
    assertEquals(
        "headwayCv must be finite and >= 0, was NaN",
        assertThrows(IllegalArgumentException.class, () -> FERRY.withHeadwayCv(Double.NaN))
            .getMessage());
    assertEquals(
        "headwayCv must be finite and >= 0, was -0.5",
        assertThrows(IllegalArgumentException.class, () -> FERRY.withHeadwayCv(-0.5))
            .getMessage());
    Leg unscheduled =
        Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(430), Speed.ofKilometresPerHour(20));
    assertEquals(
        "headwayCv must be 0 for an unscheduled leg (no departuresPerWeek), was 0.5",
        assertThrows(IllegalArgumentException.class, () -> unscheduled.withHeadwayCv(0.5))
            .getMessage());
    assertEquals(
        "headwayCv must give an expected wait H (1 + CV^2) / 2 <= 1.0E9 hours, was 1.0E200",
        assertThrows(IllegalArgumentException.class, () -> FERRY.withHeadwayCv(1e200))
            .getMessage());
  }
}
