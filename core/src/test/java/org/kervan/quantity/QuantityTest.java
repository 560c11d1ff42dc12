package org.kervan.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityTest {

  @Test
  void distance_convertsNauticalMilesExactly() {
    assertEquals(1852.0, Distance.ofNauticalMiles(1000).toKilometres(), 0.0);
    assertEquals(651.0, Distance.ofNauticalMiles(651).toNauticalMiles(), 1e-12);
  }

  @Test
  void distance_plusAndMultipliedBy() {
    Distance d = Distance.ofKilometres(100).plus(Distance.ofKilometres(50));
    assertEquals(150.0, d.toKilometres(), 0.0);
    assertEquals(165.0, d.multipliedBy(1.1).toKilometres(), 1e-12);
    assertTrue(d.isCloseTo(Distance.ofKilometres(150.4), 0.5));
    assertFalse(d.isCloseTo(Distance.ofKilometres(151), 0.5));
    assertTrue(Distance.ofKilometres(1).compareTo(Distance.ofKilometres(2)) < 0);
  }

  @Test
  void speed_convertsUnits() {
    assertEquals(29.632, Speed.ofKnots(16).toKilometresPerHour(), 1e-12);
    assertEquals(16.0, Speed.ofKnots(16).toKnots(), 1e-12);
    assertEquals(1100.0 / 24, Speed.ofKilometresPerDay(1100).toKilometresPerHour(), 0.0);
    assertEquals(1100.0, Speed.ofKilometresPerDay(1100).toKilometresPerDay(), 1e-9);
    assertEquals(2.0, Speed.ofKilometresPerHour(50).hoursToCover(Distance.ofKilometres(100)), 0.0);
    assertEquals(
        50.0,
        Speed.between(Distance.ofKilometres(100), Duration.ofHours(2)).toKilometresPerHour(),
        0.0);
  }

  @Test
  void costPerTeu_addsAndScales() {
    assertEquals(300.0, CostPerTeu.ofUsd(100).plus(CostPerTeu.ofUsd(200)).toUsd(), 0.0);
    assertEquals(250.0, CostPerTeu.ofUsd(100).multipliedBy(2.5).toUsd(), 0.0);
  }

  @Test
  void toString_usesRootLocaleAndUnits() {
    assertEquals("1234.5 km", Distance.ofKilometres(1234.5).toString());
    assertEquals("29.6 km/h", Speed.ofKnots(16).toString());
    assertEquals("1250.00 USD/TEU", CostPerTeu.ofUsd(1250).toString());
    assertEquals("(25.0110, 55.0610)", GeoPoint.of(25.011, 55.061).toString());
  }

  @Test
  void equals_isExactOnValue() {
    new EqualsTester()
        .addEqualityGroup(Distance.ofKilometres(1.852), Distance.ofNauticalMiles(1))
        .addEqualityGroup(Distance.ofKilometres(0), Distance.ZERO, Distance.ofKilometres(-0.0))
        .addEqualityGroup(Distance.ofKilometres(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Speed.ofKilometresPerHour(1.852), Speed.ofKnots(1))
        .addEqualityGroup(Speed.ofKilometresPerHour(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CostPerTeu.ofUsd(0), CostPerTeu.ZERO, CostPerTeu.ofUsd(-0.0))
        .addEqualityGroup(CostPerTeu.ofUsd(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GeoPoint.of(0, 0), GeoPoint.of(-0.0, -0.0))
        .addEqualityGroup(GeoPoint.of(1, 0))
        .addEqualityGroup(GeoPoint.of(0, 1))
        .testEquals();
  }

  @Test
  void nulls_areRejectedWithNames() {
    NullPointerTester npt = new NullPointerTester();
    for (Class<?> c : new Class<?>[] {Distance.class, Speed.class, CostPerTeu.class, GeoPoint.class}) {
      npt.testAllPublicStaticMethods(c);
    }
    npt.testAllPublicInstanceMethods(Distance.ofKilometres(1));
    npt.testAllPublicInstanceMethods(Speed.ofKnots(1));
    npt.testAllPublicInstanceMethods(CostPerTeu.ofUsd(1));
    npt.testAllPublicInstanceMethods(GeoPoint.of(1, 1));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad(() -> Distance.ofKilometres(Double.NaN), "km must be finite and >= 0, was NaN"),
        bad(() -> Distance.ofKilometres(-1), "km must be finite and >= 0, was -1.0"),
        bad(
            () -> Distance.ofKilometres(Double.POSITIVE_INFINITY),
            "km must be finite and >= 0, was Infinity"),
        bad(() -> Distance.ofNauticalMiles(-2), "nauticalMiles must be finite and >= 0, was -2.0"),
        bad(
            () -> Distance.ofKilometres(1).multipliedBy(Double.NaN),
            "factor must be finite and >= 0, was NaN"),
        bad(() -> Speed.ofKilometresPerHour(0), "kmh must be finite and > 0, was 0.0"),
        bad(() -> Speed.ofKilometresPerHour(Double.NaN), "kmh must be finite and > 0, was NaN"),
        bad(() -> Speed.ofKnots(-16), "knots must be finite and > 0, was -16.0"),
        bad(() -> Speed.ofKilometresPerDay(0), "kmPerDay must be finite and > 0, was 0.0"),
        bad(
            () -> Speed.between(Distance.ofKilometres(10), Duration.ZERO),
            "time hours must be finite and > 0, was 0.0"),
        bad(
            () -> Speed.between(Distance.ZERO, Duration.ofHours(1)),
            "distance km must be finite and > 0, was 0.0"),
        bad(() -> CostPerTeu.ofUsd(-0.01), "usd must be finite and >= 0, was -0.01"),
        bad(() -> CostPerTeu.ofUsd(Double.NaN), "usd must be finite and >= 0, was NaN"),
        bad(() -> GeoPoint.of(91, 0), "latitude must be in [-90.0, 90.0], was 91.0"),
        bad(() -> GeoPoint.of(Double.NaN, 0), "latitude must be in [-90.0, 90.0], was NaN"),
        bad(() -> GeoPoint.of(0, -180.5), "longitude must be in [-180.0, 180.0], was -180.5"));
  }

  private static Arguments bad(Executable call, String message) {
    return Arguments.of(call, message);
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInput_isRejectedNamingParameterRuleAndValue(Executable call, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
