package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
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
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

class ValueTypesTest {
  private static final GeoPoint P = GeoPoint.of(19.0, 72.9);

  private static Leg leg() {
    return Leg.of("INNSA", "AEJEA", Mode.SEA, Distance.ofKilometres(2000), Speed.ofKnots(16));
  }

  private static Node node() {
    return Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, P);
  }

  @Test
  void nodeIds_acceptLocodesAndSyntheticIds() {
    assertTrue(Node.isValidId("INNSA"));
    assertTrue(Node.isValidId("AEJEA"));
    assertTrue(Node.isValidId("KZ2A9"));
    assertTrue(Node.isValidId("CP_SUEZ"));
    assertTrue(Node.isValidId("WP_ARABIAN_SEA_2"));
    for (String bad : new String[] {"innsa", "INNS", "INNSAA", "IN1SA", "SUEZ", "CP_", "_SUEZ", "CP__X", "CP-SUEZ", ""}) {
      assertEquals(false, Node.isValidId(bad), bad);
    }
  }

  @Test
  void countries_mustBeIsoAlpha2_evenInTurkishLocale() {
    assertTrue(Node.isValidCountry("IN"));
    assertTrue(Node.isValidCountry("TR"));
    assertEquals(false, Node.isValidCountry("in"));
    assertEquals(false, Node.isValidCountry("XX"));
  }

  @Test
  void leg_derivesTimesAndCosts() {
    Leg l =
        Leg.of("AEFJR", "AE_GHUWAIFAT", Mode.RAIL, Distance.ofKilometres(605), Speed.ofKilometresPerHour(55))
            .withDeparturesPerWeek(7)
            .withCost(100, 0.5)
            .withGaugeMm(1435);
    assertEquals(11.0, l.runningHours(), 1e-12);
    assertEquals(12.0, l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY), 0.0);
    assertEquals(0.0, l.waitingHours(WaitPolicy.IGNORE_SCHEDULES), 0.0);
    assertEquals(402.5, l.costUsd(), 0.0);
    assertEquals("AEFJR>AE_GHUWAIFAT:RAIL", l.key());
    assertEquals(Duration.ofHours(11), l.runningTime());
  }

  @Test
  void leg_withRunningTime_storesTheSpeedThatGivesIt() {
    Leg ferry =
        Leg.ofRunningTime("KZAKX", "AZBAK", Mode.FERRY, Distance.ofNauticalMiles(230), Duration.ofHours(22));
    assertEquals(22.0, ferry.runningHours(), 1e-12);
  }

  @Test
  void leg_reversed_swapsEndsAndReversesLists() {
    Leg l = leg().withCountries(List.of("OM", "IR")).withChokepoints(List.of("CP_HORMUZ", "CP_X_Y"));
    Leg r = l.reversed();
    assertEquals("AEJEA", r.from());
    assertEquals("INNSA", r.to());
    assertEquals(List.of("IR", "OM"), r.countries());
    assertEquals(List.of("CP_X_Y", "CP_HORMUZ"), r.chokepoints());
    assertEquals(l, r.reversed());
  }

  @Test
  void node_withers_setCharges() {
    Node n =
        node()
            .withTransshipment(Duration.ofHours(24), CostPerTeu.ofUsd(150))
            .withDwell(Duration.ofMinutes(90), CostPerTeu.ofUsd(10))
            .withBorder(Duration.ofHours(4), CostPerTeu.ofUsd(50))
            .withTimeSpread(TimeSpread.of(0.8, 2))
            .withSource("assumption: test");
    assertEquals(24.0, n.transshipmentHours(), 0.0);
    assertEquals(150.0, n.transshipmentCostUsd(), 0.0);
    assertEquals(1.5, n.dwellHours(), 0.0);
    assertEquals(4.0, n.borderHours(), 0.0);
    assertEquals(50.0, n.borderCostUsd(), 0.0);
    assertEquals(Optional.of(TimeSpread.of(0.8, 2)), n.timeSpread());
    assertEquals("INNSA (Nhava Sheva, IN, SEAPORT)", n.toString());
  }

  @Test
  void timeSpread_fromThreeHours() {
    TimeSpread s = TimeSpread.ofHours(18, 24, 48);
    assertEquals(0.75, s.lowFactor(), 0.0);
    assertEquals(2.0, s.highFactor(), 0.0);
    assertEquals((0.75 + 1 + 2) / 3, s.meanFactor(), 0.0);
  }

  @Test
  void equals_comparesEveryComponent() {
    new EqualsTester()
        .addEqualityGroup(leg(), leg())
        .addEqualityGroup(leg().withDeparturesPerWeek(2))
        .addEqualityGroup(leg().withCost(1, 0))
        .addEqualityGroup(leg().withStatus(LegStatus.PLANNED))
        .addEqualityGroup(leg().withGaugeMm(1520))
        .addEqualityGroup(leg().withSource("x"))
        .addEqualityGroup(leg().reversed())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(node(), node())
        .addEqualityGroup(node().withSource("x"))
        .addEqualityGroup(node().withBorder(Duration.ofHours(1), CostPerTeu.ZERO))
        .addEqualityGroup(Node.atSea("CP_SUEZ", "Suez Canal", NodeKind.CHOKEPOINT, P))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(TimeSpread.of(0.5, 2), TimeSpread.ofHours(5, 10, 20))
        .addEqualityGroup(TimeSpread.of(1, 1))
        .testEquals();
  }

  @Test
  void nulls_areRejectedWithNames() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Distance.class, Distance.ofKilometres(1))
            .setDefault(Speed.class, Speed.ofKnots(1))
            .setDefault(Duration.class, Duration.ofHours(1))
            .setDefault(GeoPoint.class, P)
            .setDefault(String.class, "AEJEA");
    npt.testAllPublicStaticMethods(Leg.class);
    npt.testAllPublicStaticMethods(Node.class);
    npt.testAllPublicInstanceMethods(leg());
    npt.testAllPublicInstanceMethods(node());
    npt.testAllPublicConstructors(TimeSpread.class);
  }

  static Stream<Arguments> badInputs() {
    Leg l = leg();
    Distance km = Distance.ofKilometres(10);
    Speed v = Speed.ofKnots(10);
    return Stream.of(
        bad(() -> Leg.of("INNSA", "INNSA", Mode.SEA, km, v), "to must differ from from (no self-loops), was INNSA"),
        bad(() -> Leg.of("innsa", "AEJEA", Mode.SEA, km, v), "from must be a UN/LOCODE [A-Z]{2}[A-Z2-9]{3} or a synthetic id like CP_SUEZ, was 'innsa'"),
        bad(() -> Leg.of("INNSA", "AEJEA", Mode.SEA, Distance.ZERO, v), "distanceKm must be finite and > 0, was 0.0"),
        bad(() -> l.withDeparturesPerWeek(0), "departuresPerWeek must be finite and > 0, was 0.0"),
        bad(() -> l.withDeparturesPerWeek(Double.NaN), "departuresPerWeek must be finite and > 0, was NaN"),
        bad(() -> l.withCost(-1, 0), "fixedCostUsd must be finite and >= 0, was -1.0"),
        bad(() -> l.withCost(0, Double.NaN), "costUsdPerKm must be finite and >= 0, was NaN"),
        bad(() -> l.withCountries(List.of("XX")), "countries element must be an ISO 3166-1 alpha-2 code, was 'XX'"),
        bad(() -> l.withChokepoints(List.of("suez")), "chokepoints element must be a UN/LOCODE [A-Z]{2}[A-Z2-9]{3} or a synthetic id like CP_SUEZ, was 'suez'"),
        bad(() -> l.withCapacityTeuPerYear(-5), "capacityTeuPerYear must be finite and > 0, was -5.0"),
        bad(() -> l.withGaugeMm(0), "gaugeMm must be > 0, was 0"),
        bad(() -> l.withSource(" "), "source must not be blank, was ' '"),
        bad(
            () -> new Leg("INNSA", "AEJEA", Mode.SEA, 1, Double.NaN, OptionalDouble.empty(), 0, 0, List.of(), List.of(), Optional.empty(), OptionalDouble.empty(), LegStatus.OPERATING, OptionalInt.empty(), "s", Optional.empty()),
            "speedKmh must be finite and > 0, was NaN"),
        bad(() -> Node.of("INNSA", "", "IN", NodeKind.SEAPORT, P), "name must not be blank, was ''"),
        bad(() -> Node.of("INNSA", "x", "ZZ", NodeKind.SEAPORT, P), "country must be an ISO 3166-1 alpha-2 code, was 'ZZ'"),
        bad(() -> Node.of("INNSA", "x", "in", NodeKind.SEAPORT, P), "country must be an ISO 3166-1 alpha-2 code, was 'in'"),
        bad(() -> node().withDwell(Duration.ofHours(-1), CostPerTeu.ZERO), "time must be >= 0, was PT-1H"),
        bad(
            () -> new Node("INNSA", "x", Optional.empty(), NodeKind.SEAPORT, P, Double.NaN, 0, 0, 0, 0, 0, Optional.empty(), "s"),
            "transshipmentHours must be finite, >= 0 and <= 1.0E9, was NaN"),
        bad(
            () -> new Node("INNSA", "x", Optional.empty(), NodeKind.SEAPORT, P, 0, 0, 0, 0, 0, Double.POSITIVE_INFINITY, Optional.empty(), "s"),
            "borderCostUsd must be finite, >= 0 and <= 1.0E12, was Infinity"),
        bad(() -> TimeSpread.of(0, 2), "lowFactor must be in (0, 1], was 0.0"),
        bad(() -> TimeSpread.of(1.1, 2), "lowFactor must be in (0, 1], was 1.1"),
        bad(() -> TimeSpread.of(0.5, Double.NaN), "highFactor must be in [1, 1000.0], was NaN"),
        bad(() -> TimeSpread.ofHours(5, 0, 20), "likelyHours must be finite and > 0, was 0.0"));
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
