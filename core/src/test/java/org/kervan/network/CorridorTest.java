package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

class CorridorTest {

  /**
   * Aktau → Baku by a scheduled ferry, then rail to Poti through a border station.
   *
   * <pre>
   * step 1  KZAKX→AZBAK FERRY  node 0            + wait 0.5·168/2 = 42 h + run 440/20 = 22 h  = 64 h;  $400
   * step 2  AZBAK→AZ_BEYUK_KESIK RAIL, at Baku FERRY→RAIL is a transshipment: 12 h
   *                                              + wait 0       + run 500/50 = 10 h   = 22 h;  $120 + 100 + 0.2·500 = ... see below
   * step 3  AZ_BEYUK_KESIK→GEPTI RAIL, RAIL→RAIL same gauge: dwell 1 h + border 6 h
   *                                              + wait 0       + run 380/40 = 9.5 h  = 16.5 h
   * total time = 64 + 22 + 16.5 = 102.5 h = 4.2708 d
   *   running 22 + 10 + 9.5 = 41.5; waiting 42; transshipment 12; dwell 1; border 6.
   * cost: ferry 400; Baku transshipment 120 + rail 0.2·500 = 100; border 100 + rail 0.25·380 = 95
   *   total = 400 + 220 + 195 = 815 USD/TEU; legs 595, transshipment 120, dwell 0, border 100.
   * generalised at 100 USD/TEU/day: 815 + 100·102.5/24 = 1242.0833 USD/TEU.
   * </pre>
   */
  static Network caspian() {
    return Network.builder()
        .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2)))
        .addNode(
            Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9))
                .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120))
                .withDwell(Duration.ofHours(3), CostPerTeu.ofUsd(30)))
        .addNode(
            Node.of("AZ_BEYUK_KESIK", "Beyuk Kesik", "AZ", NodeKind.BORDER_CROSSING, GeoPoint.of(41.3, 45.6))
                .withDwell(Duration.ofHours(1), CostPerTeu.ZERO)
                .withBorder(Duration.ofHours(6), CostPerTeu.ofUsd(100)))
        .addNode(Node.of("GEPTI", "Poti", "GE", NodeKind.SEAPORT, GeoPoint.of(42.15, 41.67)))
        .addLeg(
            Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(440), Speed.ofKilometresPerHour(20))
                .withDeparturesPerWeek(2)
                .withCost(400, 0))
        .addLeg(
            Leg.of("AZBAK", "AZ_BEYUK_KESIK", Mode.RAIL, Distance.ofKilometres(500), Speed.ofKilometresPerHour(50))
                .withCost(0, 0.2)
                .withGaugeMm(1520))
        .addLeg(
            Leg.of("AZ_BEYUK_KESIK", "GEPTI", Mode.RAIL, Distance.ofKilometres(380), Speed.ofKilometresPerHour(40))
                .withCost(0, 0.25)
                .withGaugeMm(1520)
                .withCountries(List.of("GE")))
        .build();
  }

  static Corridor caspianCorridor() {
    Network n = caspian();
    return Corridor.of(n, n.legs());
  }

  @Test
  void handCheckedCorridor_totalsAndBreakdown() {
    Corridor c = caspianCorridor();
    assertEquals(102.5, c.totalHours(), 1e-12);
    assertEquals(102.5 / 24, c.totalDays(), 1e-12);
    assertEquals(Duration.ofMinutes(102 * 60 + 30), c.totalTime());
    assertEquals(41.5, c.runningHours(), 1e-12);
    assertEquals(42.0, c.waitingHours(), 1e-12);
    assertEquals(12.0, c.transshipmentHours(), 1e-12);
    assertEquals(1.0, c.dwellHours(), 1e-12);
    assertEquals(6.0, c.borderHours(), 1e-12);
    assertEquals(815.0, c.totalCostUsd(), 1e-9);
    assertEquals(595.0, c.legCostUsd(), 1e-9);
    assertEquals(120.0, c.transshipmentCostUsd(), 1e-9);
    assertEquals(0.0, c.dwellCostUsd(), 1e-9);
    assertEquals(100.0, c.borderCostUsd(), 1e-9);
    assertEquals(815 + 100 * 102.5 / 24, c.generalisedCostUsd(100), 1e-9);
    assertEquals(1320.0, c.distanceKm(), 1e-12);
    assertEquals(List.of("KZ", "AZ", "GE"), c.countries());
    assertEquals(List.of(), c.chokepoints());
    assertEquals(1, c.transshipmentCount());
    assertEquals(0, c.gaugeBreakCount());
    assertEquals("KZAKX→GEPTI 1320.0 km, 4.27 d, 815.00 USD/TEU, 3 legs", c.toString());
  }

  @Test
  void ignoringSchedules_dropsTheFerryWait() {
    Corridor c = caspianCorridor().withWaitPolicy(WaitPolicy.IGNORE_SCHEDULES);
    assertEquals(60.5, c.totalHours(), 1e-12);
    assertEquals(0.0, c.waitingHours(), 0.0);
  }

  @Test
  void gaugeBreak_isChargedAsTransshipment() {
    Network n = caspian();
    Leg standard = n.leg("AZ_BEYUK_KESIK", "GEPTI", Mode.RAIL).orElseThrow().withGaugeMm(1435);
    Network changed = n.toBuilder().replaceLeg(standard).build();
    Corridor c = Corridor.of(changed, changed.legs());
    assertEquals(2, c.transshipmentCount());
    assertEquals(1, c.gaugeBreakCount());
    // Beyuk Kesik has no transshipment time, so its dwell (1 h) is no longer charged.
    assertEquals(101.5, c.totalHours(), 1e-12);
    // The original network is unchanged.
    assertEquals(1520, n.leg("AZ_BEYUK_KESIK", "GEPTI", Mode.RAIL).orElseThrow().gaugeMm().getAsInt());
  }

  @Test
  void chokepoints_listNodesAndLegsInOrder() {
    Network n =
        Network.builder()
            .addNode(Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, GeoPoint.of(18.95, 72.95)))
            .addNode(Node.atSea("CP_BAB_EL_MANDEB", "Bab-el-Mandeb", NodeKind.CHOKEPOINT, GeoPoint.of(12.6, 43.4)))
            .addNode(Node.of("GRPIR", "Piraeus", "GR", NodeKind.SEAPORT, GeoPoint.of(37.94, 23.63)))
            .addLeg(Leg.of("INNSA", "CP_BAB_EL_MANDEB", Mode.SEA, Distance.ofNauticalMiles(1800), Speed.ofKnots(16)))
            .addLeg(
                Leg.of("CP_BAB_EL_MANDEB", "GRPIR", Mode.SEA, Distance.ofNauticalMiles(1900), Speed.ofKnots(16))
                    .withChokepoints(List.of("CP_SUEZ"))
                    .withCountries(List.of("EG")))
            .build();
    Corridor c = Corridor.of(n, n.legs());
    assertEquals(List.of("CP_BAB_EL_MANDEB", "CP_SUEZ"), c.chokepoints());
    assertEquals(List.of("IN", "EG", "GR"), c.countries());
    assertEquals(3700 * 1.852 / 29.632, c.totalHours(), 1e-9);
  }

  @Test
  void nonContiguousLegs_areRejectedNamingTheBreak() {
    Network n = caspian();
    List<Leg> legs = List.of(n.legs().get(0), n.legs().get(2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corridor.of(n, legs));
    assertEquals(
        "legs must be contiguous, but leg 1 (AZ_BEYUK_KESIK>GEPTI:RAIL) starts at AZ_BEYUK_KESIK"
            + " while leg 0 (KZAKX>AZBAK:FERRY) ends at AZBAK",
        e.getMessage());
  }

  @Test
  void badArguments_areRejected() {
    Network n = caspian();
    assertEquals(
        "legs must not be empty, was []",
        assertThrows(IllegalArgumentException.class, () -> Corridor.of(n, List.of())).getMessage());
    Leg foreign =
        Leg.of("KZAKX", "TMKRW", Mode.FERRY, Distance.ofKilometres(300), Speed.ofKilometresPerHour(20));
    UnknownNodeException u =
        assertThrows(UnknownNodeException.class, () -> Corridor.of(n, List.of(foreign)));
    assertEquals("TMKRW", u.nodeId());
    assertEquals(
        "valueOfTimeUsdPerDay must be finite, >= 0 and <= 1.0E9, was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> caspianCorridor().generalisedCostUsd(Double.NaN))
            .getMessage());
    assertEquals(
        "nodes must number legs + 1 = 4, was 3",
        assertThrows(
                IllegalArgumentException.class,
                () -> Corridor.of(n.nodes().subList(0, 3), n.legs(), WaitPolicy.IGNORE_SCHEDULES))
            .getMessage());
  }

  @Test
  void concat_joinsAtTheSharedNode() {
    Network n = caspian();
    Corridor first = Corridor.of(n, n.legs().subList(0, 1));
    Corridor rest = Corridor.of(n, n.legs().subList(1, 3));
    Corridor whole = first.concat(rest);
    assertEquals(caspianCorridor(), whole);
    // Baku charges its transshipment (12 h) only in the joined corridor.
    assertEquals(first.totalHours() + rest.totalHours() + 12, whole.totalHours(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> rest.concat(first));
  }

  @Test
  void equalsAndNulls() {
    Network n = caspian();
    new EqualsTester()
        .addEqualityGroup(caspianCorridor(), Corridor.of(n, n.legs()))
        .addEqualityGroup(caspianCorridor().withWaitPolicy(WaitPolicy.IGNORE_SCHEDULES))
        .addEqualityGroup(Corridor.of(n, n.legs().subList(0, 2)))
        .testEquals();
    new NullPointerTester()
        .setDefault(Network.class, n)
        .setDefault(List.class, n.legs())
        .testAllPublicStaticMethods(Corridor.class);
    new NullPointerTester()
        .setDefault(EmissionFactors.class, EmissionFactors.glecV3Defaults())
        .setDefault(CarbonPrice.class, CarbonPrice.uniform(1))
        .testAllPublicInstanceMethods(caspianCorridor());
  }

  // ---- properties over random chains ----

  @Provide
  Arbitrary<Corridor> chains() {
    Arbitrary<Mode> modes = Arbitraries.of(Mode.SEA, Mode.RAIL, Mode.ROAD, Mode.FERRY);
    Arbitrary<Double> km = Arbitraries.doubles().between(1, 5000);
    Arbitrary<Double> kmh = Arbitraries.doubles().between(5, 60);
    Arbitrary<Double> hours = Arbitraries.doubles().between(0, 72);
    Arbitrary<Double> usd = Arbitraries.doubles().between(0, 500);
    Arbitrary<Integer> gauge = Arbitraries.of(0, 1435, 1520);
    Arbitrary<Double> departures = Arbitraries.doubles().between(0, 14);
    Arbitrary<Object[]> legSpec =
        Combinators.combine(modes, km, kmh, usd, gauge, departures)
            .as((m, d, v, c, g, dep) -> new Object[] {m, d, v, c, g, dep});
    Arbitrary<double[]> nodeSpec =
        Combinators.combine(hours, hours, hours, usd, usd, usd)
            .as((a, b, c, x, y, z) -> new double[] {a, b, c, x, y, z});
    return Combinators.combine(legSpec.list().ofMinSize(1).ofMaxSize(12), nodeSpec.list().ofSize(13))
        .as(CorridorTest::chain);
  }

  static Corridor chain(List<Object[]> legSpecs, List<double[]> nodeSpecs) {
    List<Node> nodes = new ArrayList<>();
    List<Leg> legs = new ArrayList<>();
    for (int i = 0; i <= legSpecs.size(); i++) {
      double[] s = nodeSpecs.get(i);
      nodes.add(
          Node.of("N_" + i, "node " + i, "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(40, 50 + i * 0.1))
              .withTransshipment(hours(s[0]), CostPerTeu.ofUsd(s[3]))
              .withDwell(hours(s[1]), CostPerTeu.ofUsd(s[4]))
              .withBorder(hours(s[2]), CostPerTeu.ofUsd(s[5])));
    }
    for (int i = 0; i < legSpecs.size(); i++) {
      Object[] s = legSpecs.get(i);
      Leg l =
          Leg.of("N_" + i, "N_" + (i + 1), (Mode) s[0], Distance.ofKilometres((Double) s[1]), Speed.ofKilometresPerHour((Double) s[2]))
              .withCost((Double) s[3], 0.1);
      if ((Integer) s[4] > 0) {
        l = l.withGaugeMm((Integer) s[4]);
      }
      if ((Double) s[5] > 0.5) {
        l = l.withDeparturesPerWeek((Double) s[5]);
      }
      legs.add(l);
    }
    return Corridor.of(nodes, legs, WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  private static Duration hours(double h) {
    return Duration.ofSeconds(Math.round(h * 3600));
  }

  @Property(tries = 300)
  void totals_equalTheSumOfTheirBreakdown(@ForAll("chains") Corridor c) {
    double parts =
        c.runningHours() + c.waitingHours() + c.transshipmentHours() + c.dwellHours() + c.borderHours();
    assertEquals(c.totalHours(), parts, 1e-9 * c.totalHours());
    double costs = c.legCostUsd() + c.transshipmentCostUsd() + c.dwellCostUsd() + c.borderCostUsd();
    assertEquals(c.totalCostUsd(), costs, 1e-9 * Math.max(1, c.totalCostUsd()));
    double steps = 0;
    for (Corridor.Step s : c.steps()) {
      steps += s.hours();
    }
    assertEquals(c.totalHours(), steps, 0.0);
  }

  @Property(tries = 300)
  void generalisedCost_isCostPlusValueOfTime(
      @ForAll("chains") Corridor c, @ForAll @DoubleRange(min = 0, max = 1000) double vot) {
    assertEquals(
        c.totalCostUsd() + vot * c.totalDays(),
        c.generalisedCostUsd(vot),
        1e-9 * (c.totalCostUsd() + vot * c.totalDays() + 1));
  }

  @Property(tries = 300)
  void concatenation_addsTotalsPlusTheJointCharge(@ForAll("chains") Corridor c) {
    if (c.legs().size() < 2) {
      return;
    }
    int cut = c.legs().size() / 2;
    Corridor a = Corridor.of(c.nodes().subList(0, cut + 1), c.legs().subList(0, cut), c.waitPolicy());
    Corridor b =
        Corridor.of(c.nodes().subList(cut, c.nodes().size()), c.legs().subList(cut, c.legs().size()), c.waitPolicy());
    Corridor.Step joint = c.steps().get(cut);
    double jointHours = joint.transshipmentHours() + joint.dwellHours() + joint.borderHours();
    double jointCost = joint.transshipmentCostUsd() + joint.dwellCostUsd() + joint.borderCostUsd();
    Corridor ab = a.concat(b);
    assertEquals(c, ab);
    assertEquals(a.totalHours() + b.totalHours() + jointHours, ab.totalHours(), 1e-9 * ab.totalHours());
    assertEquals(a.totalCostUsd() + b.totalCostUsd() + jointCost, ab.totalCostUsd(), 1e-9 * (ab.totalCostUsd() + 1));
    assertEquals(a.distanceKm() + b.distanceKm(), ab.distanceKm(), 1e-9 * ab.distanceKm());
    assertTrue(ab.transshipmentCount() >= a.transshipmentCount() + b.transshipmentCount());
  }
}
