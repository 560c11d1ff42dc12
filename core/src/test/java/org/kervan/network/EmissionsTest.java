package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

class EmissionsTest {

  private static final EmissionFactors GLEC = EmissionFactors.glecV3Defaults();

  private static final Node MUMBAI =
      Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, GeoPoint.of(18.95, 72.95));
  private static final Node JEBEL_ALI =
      Node.of("AEJEA", "Jebel Ali", "AE", NodeKind.SEAPORT, GeoPoint.of(25.0, 55.06))
          .withTransshipment(Duration.ofHours(48), CostPerTeu.ofUsd(150));
  private static final Node HAIFA =
      Node.of("ILHFA", "Haifa", "IL", NodeKind.SEAPORT, GeoPoint.of(32.82, 35.0))
          .withTransshipment(Duration.ofHours(24), CostPerTeu.ofUsd(120));
  private static final Node AT_SEA =
      Node.atSea("WP_KASOS", "Kasos Strait", NodeKind.WAYPOINT, GeoPoint.of(35.4, 26.9));
  private static final Node PIRAEUS =
      Node.of("GRPIR", "Piraeus", "GR", NodeKind.SEAPORT, GeoPoint.of(37.94, 23.64));
  private static final Node GENOA =
      Node.of("ITGOA", "Genoa", "IT", NodeKind.SEAPORT, GeoPoint.of(44.4, 8.91));

  private static Leg leg(Node a, Node b, Mode mode, double km) {
    return Leg.of(a.id(), b.id(), mode, Distance.ofKilometres(km), Speed.ofKilometresPerHour(30))
        .withCost(100, 0.05);
  }

  /** Sea 2,000 km (default class), electric rail 2,600 km, feeder 600 + 600 km via a waypoint. */
  private static Corridor imecLike() {
    return Corridor.of(
        List.of(MUMBAI, JEBEL_ALI, HAIFA, AT_SEA, PIRAEUS),
        List.of(
            leg(MUMBAI, JEBEL_ALI, Mode.SEA, 2000),
            leg(JEBEL_ALI, HAIFA, Mode.RAIL, 2600).withEmissionClass(EmissionClass.RAIL_ELECTRIC),
            leg(HAIFA, AT_SEA, Mode.SEA, 600)
                .withEmissionClass(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU),
            leg(AT_SEA, PIRAEUS, Mode.SEA, 600)
                .withEmissionClass(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  @Test
  void glecV3Defaults_goldenValues_withTheirSources() {
    // GLEC Framework v3.0 (2023) Table 14, Ferry-RoPax 10,000-19,999 GT, VLSFO, WTW 0.1297 kg
    // CO2e/t-km, times the GLEC default 10 t of cargo per loaded TEU = 1297 g CO2e/TEU-km.
    assertEquals(1297.0, GLEC.gCo2ePerTeuKm(EmissionClass.RO_PAX_FERRY), 1e-9);
    assertTrue(GLEC.factor(EmissionClass.RO_PAX_FERRY).source().contains("Table 14"));
    // Assumptions of the order of GLEC v3 (stated as such in their sources):
    assertEquals(55.0, GLEC.gCo2ePerTeuKm(EmissionClass.CONTAINER_SHIP_8000_TO_14499_TEU), 0);
    assertEquals(180.0, GLEC.gCo2ePerTeuKm(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU), 0);
    assertEquals(40.0, GLEC.gCo2ePerTeuKm(EmissionClass.CONTAINER_SHIP_14500_TEU_AND_OVER), 0);
    assertEquals(120.0, GLEC.gCo2ePerTeuKm(EmissionClass.RAIL_ELECTRIC), 0); // 12 g/t-km x 10 t
    assertEquals(250.0, GLEC.gCo2ePerTeuKm(EmissionClass.RAIL_DIESEL), 0); // 25 g/t-km x 10 t
    assertEquals(800.0, GLEC.gCo2ePerTeuKm(EmissionClass.TRUCK_ARTICULATED), 0);
    assertEquals(15.0, GLEC.transshipmentKgCo2ePerTeu(), 0);
    assertEquals(10.0, EmissionFactors.PAYLOAD_TONNES_PER_TEU, 0);
    for (EmissionClass c : EmissionClass.values()) {
      String source = GLEC.factor(c).source();
      assertTrue(source.contains("GLEC") && (source.contains("Table") || source.contains("assumption")),
          c + ": " + source);
    }
    assertTrue(GLEC.transshipmentSource().startsWith("assumption"));
  }

  @Test
  void intensitiesFallWithShipSize() {
    double previous = Double.POSITIVE_INFINITY;
    for (EmissionClass c : EmissionClass.values()) {
      if (c.mode() == Mode.SEA) {
        assertTrue(GLEC.gCo2ePerTeuKm(c) < previous, c.toString());
        previous = GLEC.gCo2ePerTeuKm(c);
      }
    }
  }

  @Test
  void defaultClasses_areOfTheirMode_andLegsWithoutClassUseThem() {
    for (Mode m : Mode.values()) {
      assertEquals(m, EmissionClass.defaultFor(m).mode());
    }
    assertEquals(EmissionClass.CONTAINER_SHIP_8000_TO_14499_TEU, EmissionClass.defaultFor(Mode.SEA));
    assertEquals(EmissionClass.RAIL_DIESEL, EmissionClass.defaultFor(Mode.RAIL));
    Leg sea = leg(MUMBAI, JEBEL_ALI, Mode.SEA, 2000);
    assertEquals(EmissionClass.CONTAINER_SHIP_8000_TO_14499_TEU, sea.emissionClassOrDefault());
    assertEquals(55.0, GLEC.gCo2ePerTeuKm(sea), 0);
    Leg feeder = sea.withEmissionClass(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU);
    assertEquals(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU, feeder.reversed().emissionClassOrDefault());
    assertEquals(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU,
        feeder.withCost(1, 1).withSource("x").emissionClassOrDefault());
  }

  @Test
  void corridorCo2e_isTheSumOfLegsAndTransshipments() {
    // 2000 km x 55 g + transfer at Jebel Ali 15 kg + 2600 km x 120 g + transfer at Haifa 15 kg
    // + 1200 km x 180 g = 110 + 15 + 312 + 15 + 216 = 668 kg CO2e per TEU.
    assertEquals(668.0, imecLike().co2eKgPerTeu(), 1e-9);
    // The same steps, added left to right as a router adds them, give the same bits.
    double router = 0;
    router += 0.0 + 55.0 * 2000 / 1000.0;
    router += 15.0 + 120.0 * 2600 / 1000.0;
    router += 15.0 + 180.0 * 600 / 1000.0;
    router += 0.0 + 180.0 * 600 / 1000.0;
    assertEquals(router, imecLike().co2eKgPerTeu(), 0);
  }

  @Test
  void corridorCo2e_withOwnFactors_usesThem() {
    EmissionFactors own =
        GLEC.withFactor(EmissionClass.RAIL_ELECTRIC, 50, "test: a low-carbon grid")
            .withTransshipment(0, "test: electric cranes on a renewable supply");
    // 110 + 0 + 2600 x 50 / 1000 + 0 + 216 = 456.
    assertEquals(456.0, imecLike().co2eKgPerTeu(own), 1e-9);
    assertEquals("test: a low-carbon grid", own.factor(EmissionClass.RAIL_ELECTRIC).source());
  }

  @Test
  void gaugeBreak_isChargedATransshipment() {
    Node dostyk = Node.of("KZDOS", "Dostyk", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(45.2, 82.5))
        .withTransshipment(Duration.ofHours(24), CostPerTeu.ofUsd(100));
    Node ala = Node.of("CNALA", "Alashankou", "CN", NodeKind.RAIL_TERMINAL, GeoPoint.of(45.2, 82.6));
    Node almaty = Node.of("KZALA", "Almaty", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43.3, 76.9));
    Corridor c = Corridor.of(List.of(ala, dostyk, almaty),
        List.of(leg(ala, dostyk, Mode.RAIL, 10).withGaugeMm(1435),
            leg(dostyk, almaty, Mode.RAIL, 900).withGaugeMm(1520)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
    // Default diesel: 10 x 250 / 1000 + 15 + 900 x 250 / 1000 = 2.5 + 15 + 225.
    assertEquals(242.5, c.co2eKgPerTeu(), 1e-9);
  }

  @Test
  void generalisedCost_zeroCarbonPrice_isTheOldOneBitForBit() {
    Corridor c = imecLike();
    assertEquals(c.generalisedCostUsd(75), c.generalisedCostUsd(75, 0), 0);
    assertEquals(c.generalisedCostUsd(0), c.generalisedCostUsd(0, 0), 0);
  }

  @Test
  void generalisedCost_uniformPrice_addsPriceTimesTonnes() {
    Corridor c = imecLike();
    // 668 kg = 0.668 t at USD 100/t adds USD 66.8 per TEU.
    assertEquals(c.generalisedCostUsd(75) + 66.8, c.generalisedCostUsd(75, 100), 1e-9);
  }

  @Test
  void euEts_phaseInAndVoyageShares_followTheDirective() {
    // Directive (EU) 2023/959: 40% of 2024 emissions, 70% of 2025, 100% from 2026.
    assertEquals(0.4, EuEtsMaritime.phaseInShare(2024), 0);
    assertEquals(0.7, EuEtsMaritime.phaseInShare(2025), 0);
    assertEquals(1.0, EuEtsMaritime.phaseInShare(2026), 0);
    assertEquals(1.0, EuEtsMaritime.phaseInShare(2040), 0);
    // 100% of intra-EU voyages, 50% into or out of the EU/EEA, 0 elsewhere.
    assertEquals(1.0, EuEtsMaritime.voyageShare(true, true), 0);
    assertEquals(0.5, EuEtsMaritime.voyageShare(true, false), 0);
    assertEquals(0.5, EuEtsMaritime.voyageShare(false, true), 0);
    assertEquals(0.0, EuEtsMaritime.voyageShare(false, false), 0);
    assertTrue(EuEtsMaritime.isEuEea(PIRAEUS));
    assertTrue(!EuEtsMaritime.isEuEea(HAIFA) && !EuEtsMaritime.isEuEea(AT_SEA));
    assertEquals(30, EuEtsMaritime.EU_EEA_COUNTRIES.size());
  }

  @Test
  void euEts_corridor_chargesOnlyTheVoyageIntoTheEuAtHalf() {
    Corridor c = imecLike();
    EuEtsMaritime ets = EuEtsMaritime.of(2025, 80);
    // Mumbai - Jebel Ali: not EU, 0. Rail: outside maritime ETS, 0. Haifa - (sea) - Piraeus is one
    // voyage into the EU: 80 x 0.7 x 0.5 x 0.853 = 23.884 USD per tonne WTW on both of its legs.
    double[] p = ets.legUsdPerTonne(c);
    assertEquals(0.0, p[0], 0);
    assertEquals(0.0, p[1], 0);
    assertEquals(23.884, p[2], 1e-12);
    assertEquals(23.884, p[3], 1e-12);
    assertEquals(0.0, ets.nodeUsdPerTonne(HAIFA), 0);
    // 1200 km x 180 g = 216 kg = 0.216 t at 23.884 USD/t.
    assertEquals(c.generalisedCostUsd(75) + 0.216 * 23.884,
        c.generalisedCostUsd(75, ets, GLEC), 1e-9);
  }

  @Test
  void euEts_intraEuVoyage_isChargedInFull() {
    Corridor c = Corridor.of(List.of(PIRAEUS, GENOA), List.of(leg(PIRAEUS, GENOA, Mode.SEA, 1500)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
    // 2026: 100% phase-in, 100% intra-EU, 0.853 tank-to-wake: 100 x 0.853 = 85.3 USD/t.
    assertEquals(85.3, EuEtsMaritime.of(2026, 100).legUsdPerTonne(c)[0], 1e-12);
    // A call at Haifa between them splits it in two voyages of 50% each.
    Corridor viaHaifa = Corridor.of(List.of(PIRAEUS, HAIFA, GENOA),
        List.of(leg(PIRAEUS, HAIFA, Mode.SEA, 1200), leg(HAIFA, GENOA, Mode.SEA, 2400)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
    double[] p = EuEtsMaritime.of(2026, 100).legUsdPerTonne(viaHaifa);
    assertEquals(42.65, p[0], 1e-12);
    assertEquals(42.65, p[1], 1e-12);
  }

  @Test
  void badInputs_areRejectedNamingParameterRuleAndValue() {
    assertEquals("gCo2ePerTeuKm must be finite, >= 0 and <= 1000000.0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> new EmissionFactors.Factor(-1, "x"))
            .getMessage());
    assertEquals("gCo2ePerTeuKm must be finite, >= 0 and <= 1000000.0, was NaN",
        assertThrows(IllegalArgumentException.class,
            () -> GLEC.withFactor(EmissionClass.AIR_FREIGHTER, Double.NaN, "x")).getMessage());
    assertEquals("source must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> new EmissionFactors.Factor(1, " "))
            .getMessage());
    assertEquals("transshipmentKgCo2ePerTeu must be finite, >= 0 and <= 1000000.0, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> GLEC.withTransshipment(Double.POSITIVE_INFINITY, "x")).getMessage());
    Map<EmissionClass, EmissionFactors.Factor> partial = new EnumMap<>(EmissionClass.class);
    partial.put(EmissionClass.RAIL_DIESEL, new EmissionFactors.Factor(1, "x"));
    assertEquals(
        "factors must have a factor for every emission class, was missing "
            + "CONTAINER_SHIP_UNDER_1000_TEU",
        assertThrows(IllegalArgumentException.class, () -> EmissionFactors.of(partial, 1, "x"))
            .getMessage());
    assertEquals(
        "emissionsYear must be >= 2024 (the first year of maritime emissions under the EU ETS,"
            + " Directive (EU) 2023/959), was 2023",
        assertThrows(IllegalArgumentException.class, () -> EuEtsMaritime.of(2023, 80))
            .getMessage());
    assertEquals("allowancePriceUsdPerTonne must be finite, >= 0 and <= 1000000.0, was NaN",
        assertThrows(IllegalArgumentException.class, () -> EuEtsMaritime.of(2025, Double.NaN))
            .getMessage());
    assertEquals("usdPerTonne must be finite, >= 0 and <= 1000000.0, was -5.0",
        assertThrows(IllegalArgumentException.class, () -> CarbonPrice.uniform(-5)).getMessage());
    assertEquals("carbonPriceUsdPerTonne must be finite, >= 0 and <= 1000000.0, was -5.0",
        assertThrows(IllegalArgumentException.class, () -> imecLike().generalisedCostUsd(1, -5))
            .getMessage());
    assertEquals(
        "emissionClass must be a class of mode RAIL, was CONTAINER_SHIP_UNDER_1000_TEU of mode SEA",
        assertThrows(IllegalArgumentException.class,
            () -> leg(JEBEL_ALI, HAIFA, Mode.RAIL, 10)
                .withEmissionClass(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU)).getMessage());
    CarbonPrice broken = new CarbonPrice() {
      @Override
      public double[] legUsdPerTonne(Corridor corridor) {
        return new double[] {1};
      }

      @Override
      public double nodeUsdPerTonne(Node node) {
        return 0;
      }
    };
    assertEquals("carbonPrice.legUsdPerTonne must give one price per leg = 4, was 1",
        assertThrows(IllegalArgumentException.class,
            () -> imecLike().generalisedCostUsd(1, broken, GLEC)).getMessage());
  }

  @Test
  void valueTypes_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(GLEC, EmissionFactors.glecV3Defaults(),
            GLEC.withFactor(EmissionClass.RAIL_DIESEL, 250,
                GLEC.factor(EmissionClass.RAIL_DIESEL).source()))
        .addEqualityGroup(GLEC.withFactor(EmissionClass.RAIL_DIESEL, 251, "x"))
        .addEqualityGroup(GLEC.withTransshipment(16, GLEC.transshipmentSource()))
        .addEqualityGroup(GLEC.withTransshipment(15, "other source"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new EmissionFactors.Factor(1, "a"), new EmissionFactors.Factor(1, "a"))
        .addEqualityGroup(new EmissionFactors.Factor(2, "a"))
        .addEqualityGroup(new EmissionFactors.Factor(1, "b"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EuEtsMaritime.of(2025, 80), new EuEtsMaritime(2025, 80))
        .addEqualityGroup(EuEtsMaritime.of(2026, 80))
        .addEqualityGroup(EuEtsMaritime.of(2025, 81))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CarbonPrice.uniform(3), CarbonPrice.uniform(3))
        .addEqualityGroup(CarbonPrice.uniform(4))
        .testEquals();
    NullPointerTester t = new NullPointerTester()
        .setDefault(Corridor.class, imecLike())
        .setDefault(Node.class, PIRAEUS)
        .setDefault(String.class, "x");
    t.testAllPublicStaticMethods(EmissionFactors.class);
    t.testAllPublicInstanceMethods(GLEC);
    t.testAllPublicConstructors(EmissionFactors.Factor.class);
    t.testAllPublicStaticMethods(EmissionClass.class);
    t.testAllPublicStaticMethods(EuEtsMaritime.class);
    t.testAllPublicInstanceMethods(EuEtsMaritime.of(2025, 80));
    t.testAllPublicInstanceMethods(CarbonPrice.uniform(3));
  }

  @Test
  void toStrings_showUnits() {
    assertEquals("EU ETS maritime 2025 (phase-in 70%), 80.0 USD/t", EuEtsMaritime.of(2025, 80).toString());
    assertEquals("carbon price 3.0 USD/t CO2e", CarbonPrice.uniform(3).toString());
    assertTrue(GLEC.toString().contains("RO_PAX_FERRY=1297.0"), GLEC.toString());
    assertTrue(GLEC.toString().endsWith("transshipment 15.0 kg CO2e/TEU"), GLEC.toString());
    assertTrue(GLEC.factor(EmissionClass.RO_PAX_FERRY).toString().startsWith("1297.0 g CO2e/TEU-km ("));
  }

  // The default factors in g CO2e per TEU-km, in EmissionClass order (see glecV3Defaults).
  private static final double[] DEFAULT_G = {180, 110, 75, 55, 40, 120, 250, 800, 1297, 300, 8000};

  @Property(tries = 300)
  void randomChains_co2eIsTheSumOfTheirSteps_andCarbonAddsPriceTimesTonnes(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 10) Integer> classes,
      @ForAll @Size(min = 12, max = 12) List<@DoubleRange(min = 1, max = 5000) Double> km,
      @ForAll @DoubleRange(min = 0, max = 500) double priceUsdPerTonne) {
    EmissionClass[] all = EmissionClass.values();
    List<Node> nodes = new ArrayList<>();
    List<Leg> legs = new ArrayList<>();
    nodes.add(Node.of("TR_N0", "n0", "TR", NodeKind.RAIL_TERMINAL, GeoPoint.of(40, 30)));
    double expected = 0;
    for (int i = 0; i < classes.size(); i++) {
      Node next = Node.of("TR_N" + (i + 1), "n", "TR", NodeKind.RAIL_TERMINAL, GeoPoint.of(40, 30));
      EmissionClass c = all[classes.get(i)];
      legs.add(leg(nodes.get(i), next, c.mode(), km.get(i)).withEmissionClass(c));
      nodes.add(next);
      expected += km.get(i) * DEFAULT_G[classes.get(i)] / 1000;
      if (i > 0 && all[classes.get(i - 1)].mode() != c.mode()) {
        expected += 15;
      }
    }
    Corridor corridor = Corridor.of(nodes, legs, WaitPolicy.EXPECTED_HALF_HEADWAY);
    assertEquals(expected, corridor.co2eKgPerTeu(), 1e-9 * expected);
    assertEquals(corridor.generalisedCostUsd(50) + priceUsdPerTonne * expected / 1000,
        corridor.generalisedCostUsd(50, priceUsdPerTonne),
        1e-9 * corridor.generalisedCostUsd(50, priceUsdPerTonne));
  }
}
