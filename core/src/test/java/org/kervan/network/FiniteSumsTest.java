package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.YenKShortestRouter;

/**
 * Finite parts whose sums or conversions overflowed: each charge is now bounded at construction,
 * so every total of the largest allowed charges is finite, and conversions to {@link Duration}
 * never throw a raw {@link ArithmeticException}.
 */
class FiniteSumsTest {
  private static final GeoPoint P = GeoPoint.of(43.6, 51.2);

  private static IllegalArgumentException rejects(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run);
  }

  @Test
  void node_withChargesWhoseSumOverflowed_isRejectedNamingTheCharge() {
    // 1e308 h transshipment plus 1e308 h border charged Infinity.
    IllegalArgumentException e = rejects(() -> new Node("KZAKX", "Aktau", java.util.Optional.of("KZ"),
        NodeKind.SEAPORT, P, 1e308, 0, 0, 0, 1e308, 0, java.util.Optional.empty(), "test"));
    assertEquals("transshipmentHours must be finite, >= 0 and <= 1.0E9, was 1.0E308", e.getMessage());
    e = rejects(() -> Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, P)
        .withBorder(Duration.ofHours(1), CostPerTeu.ofUsd(1e13)));
    assertEquals("borderCostUsd must be finite, >= 0 and <= 1.0E12, was 1.0E13", e.getMessage());
  }

  @Test
  void leg_ofHugeRunningTime_isRejectedBeforeItsDurationOverflows() {
    // A 1e16 h leg was accepted and then runningTime() threw ArithmeticException.
    IllegalArgumentException e = rejects(() -> Leg.of("KZAKX", "AZBAK", Mode.SEA,
        Distance.ofKilometres(1e17), Speed.ofKilometresPerHour(10)));
    assertTrue(e.getMessage().startsWith("distanceKm must be finite, >= 0 and <= 1.0E9"),
        e.getMessage());
    e = rejects(() -> Leg.of("KZAKX", "AZBAK", Mode.SEA, Distance.ofKilometres(1e9),
        Speed.ofKilometresPerHour(1e-3)));
    assertTrue(e.getMessage().startsWith("distanceKm / speedKmh must be > 0 and <= 1.0E9 hours"),
        e.getMessage());
  }

  @Test
  void leg_ofRunningTimeOfThreeHundredYears_isExact() {
    // Speed.between used Duration.toNanos(), which overflows a long beyond 292 years.
    Duration years300 = Duration.ofDays(300L * 365);
    Leg leg = Leg.ofRunningTime("KZAKX", "AZBAK", Mode.SEA, Distance.ofKilometres(1000), years300);
    assertEquals(300.0 * 365 * 24, leg.runningHours(), 1e-6);
    assertEquals(years300.toDays(), leg.runningTime().toDays());
    assertEquals(1000.0 / (300.0 * 365 * 24),
        Speed.between(Distance.ofKilometres(1000), years300).toKilometresPerHour(), 1e-15);
  }

  @Test
  void corridor_ofTheLargestCharges_hasFiniteTotals() {
    // Three legs of 1e308 h gave "Infinity d" while timeHours returned Infinity ("no corridor").
    double h = TransitModel.MAX_HOURS;
    double usd = TransitModel.MAX_COST_USD;
    Network.Builder b = Network.builder();
    String[] ids = {"KZAKX", "AZBAK", "GEPTI", "TRIST"};
    for (String id : ids) {
      b.addNode(new Node(id, id, java.util.Optional.of(id.substring(0, 2)), NodeKind.SEAPORT, P,
          h, usd, h, usd, h, usd, java.util.Optional.of(TimeSpread.of(0.5, TimeSpread.MAX_HIGH_FACTOR)),
          "test"));
    }
    for (int i = 0; i + 1 < ids.length; i++) {
      b.addLeg(Leg.of(ids[i], ids[i + 1], i % 2 == 0 ? Mode.SEA : Mode.RAIL,
              Distance.ofKilometres(TransitModel.MAX_DISTANCE_KM),
              Speed.ofKilometresPerHour(TransitModel.MAX_DISTANCE_KM / h))
          .withCost(usd / 4, usd / 4 / TransitModel.MAX_DISTANCE_KM)
          .withDeparturesPerWeek(84 / (h / 2)));
    }
    Network net = b.build();
    RouteRequest r = RouteRequest.of("KZAKX", "TRIST")
        .withGeneralisedCost(TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY);
    List<Corridor> found = YenKShortestRouter.of(net).alternatives(r, 2);
    assertEquals(1, found.size());
    Corridor c = found.get(0);
    // Three legs each running 1e9 h and waiting 5e8 h, two intermediate nodes charging
    // transshipment 1e9 h plus border 1e9 h: 8.5e9 h in all; costs likewise 5.5e12 USD.
    assertEquals(8.5e9, c.totalHours(), 1e-3);
    assertEquals(5.5e12, c.totalCostUsd(), 1e-1);
    double g = c.generalisedCostUsd(TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY);
    assertTrue(Double.isFinite(g) && g > 0, "generalised cost " + g);
    assertTrue(Double.isFinite(c.distanceKm()));
    assertTrue(Double.isFinite(c.co2eKgPerTeu()));
    assertTrue(c.toString().indexOf("Infinity") < 0, c.toString());
  }
}
