package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * The stated upper limits on carbon prices, intensity factors and transshipment CO2e, and the
 * invariant they buy: a generalised cost with a carbon price is finite, whatever values within the
 * limits are chosen.
 */
class CarbonLimitsTest {
  private static final EmissionFactors GLEC = EmissionFactors.glecV3Defaults();
  private static final Node A =
      Node.of("AAAAA", "A", "GR", NodeKind.SEAPORT, GeoPoint.of(10, 60));
  private static final Node B =
      Node.of("BBBBB", "B", "IT", NodeKind.SEAPORT, GeoPoint.of(20, 55));
  private static final Node C =
      Node.of("CCCCC", "C", "IL", NodeKind.DRY_PORT, GeoPoint.of(30, 35));
  private static final EmissionClass SEA_DEFAULT = EmissionClass.CONTAINER_SHIP_8000_TO_14499_TEU;

  private static Corridor oneSeaLeg(double km) {
    Leg leg = Leg.of("AAAAA", "BBBBB", Mode.SEA, Distance.ofKilometres(km),
        Speed.ofKilometresPerHour(1000));
    return Corridor.of(List.of(A, B), List.of(leg), WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /** Sea then rail: one transshipment at B. No money cost, so a cost is carbon alone. */
  private static Corridor seaThenRail() {
    return Corridor.of(
        List.of(A, B, C),
        List.of(
            Leg.of("AAAAA", "BBBBB", Mode.SEA, Distance.ofKilometres(2000),
                Speed.ofKilometresPerHour(30)),
            Leg.of("BBBBB", "CCCCC", Mode.RAIL, Distance.ofKilometres(1500),
                Speed.ofKilometresPerHour(40))),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  private static CarbonPrice fixedPrices(double seaUsd, double nodeUsd, double railUsd) {
    return new CarbonPrice() {
      @Override
      public double[] legUsdPerTonne(Corridor corridor) {
        return new double[] {seaUsd, railUsd};
      }

      @Override
      public double nodeUsdPerTonne(Node node) {
        return nodeUsd;
      }
    };
  }

  @Test
  void limits_acceptTheirEdgeAndRejectTheNextDouble() {
    double over = Math.nextUp(1e6);
    assertEquals(1e6, new CarbonPrice.Uniform(1e6).usdPerTonne());
    assertEquals(1e6, EuEtsMaritime.of(2026, 1e6).allowancePriceUsdPerTonne());
    assertEquals(1e6, new EmissionFactors.Factor(1e6, "test").gCo2ePerTeuKm());
    assertEquals(1e6, GLEC.withTransshipment(1e6, "test").transshipmentKgCo2ePerTeu());
    assertEquals(
        "usdPerTonne must be finite, >= 0 and <= 1000000.0, was 1000000.0000000001",
        assertThrows(IllegalArgumentException.class, () -> CarbonPrice.uniform(over))
            .getMessage());
    assertEquals(
        "allowancePriceUsdPerTonne must be finite, >= 0 and <= 1000000.0, was 1.0E308",
        assertThrows(IllegalArgumentException.class, () -> EuEtsMaritime.of(2025, 1e308))
            .getMessage());
    assertEquals(
        "gCo2ePerTeuKm must be finite, >= 0 and <= 1000000.0, was 1000000.0000000001",
        assertThrows(IllegalArgumentException.class, () -> GLEC.withFactor(SEA_DEFAULT, over, "x"))
            .getMessage());
    assertEquals(
        "transshipmentKgCo2ePerTeu must be finite, >= 0 and <= 1000000.0, was 1.0E308",
        assertThrows(IllegalArgumentException.class, () -> GLEC.withTransshipment(1e308, "x"))
            .getMessage());
    assertEquals(
        "carbonPriceUsdPerTonne must be finite, >= 0 and <= 1000000.0, was 1.0E308",
        assertThrows(IllegalArgumentException.class,
            () -> seaThenRail().generalisedCostUsd(0, 1e308)).getMessage());
  }

  @Test
  void conversionFromTonneKm_isCheckedAgainstTheLimitAfterTheProduct() {
    // 10^5 g/t-km x 10 t/TEU is at the limit; 10^300 x 10^10 overflowed to Infinity unchecked.
    assertEquals(1e6, EmissionFactors.gPerTeuKmFromGPerTonneKm(1e5, 10));
    assertEquals(
        "gCo2ePerTonneKm * payloadTonnesPerTeu must be finite, >= 0 and <= 1000000.0,"
            + " was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> EmissionFactors.gPerTeuKmFromGPerTonneKm(1e300, 1e10)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EmissionFactors.gPerTeuKmFromGPerTonneKm(2e5, 10));
  }

  @Test
  void userPrices_aboveTheLimit_areRejectedNamingTheLegOrNode() {
    assertEquals(
        "carbonPrice.legUsdPerTonne[1] must be finite, >= 0 and <= 1000000.0, was 1.0E308",
        assertThrows(IllegalArgumentException.class,
            () -> seaThenRail().generalisedCostUsd(0, fixedPrices(1, 1, 1e308), GLEC))
            .getMessage());
    assertEquals(
        "carbonPrice.nodeUsdPerTonne(BBBBB) must be finite, >= 0 and <= 1000000.0, was 1.0E7",
        assertThrows(IllegalArgumentException.class,
            () -> seaThenRail().generalisedCostUsd(0, fixedPrices(1, 1e7, 1), GLEC))
            .getMessage());
  }

  @Test
  void everyLimitAtOnce_givesAFiniteCost() {
    // The longest leg (10^9 km) at the largest intensity and price:
    // 10^6 g/TEU-km * 10^9 km / 1000 = 10^12 kg; * 10^6 USD/t / 1000 = 10^15 USD.
    EmissionFactors worst = GLEC.withFactor(SEA_DEFAULT, 1e6, "test: the limit");
    Corridor longest = oneSeaLeg(TransitModel.MAX_DISTANCE_KM);
    assertEquals(1e15, longest.generalisedCostUsd(0, CarbonPrice.uniform(1e6), worst));
    assertEquals(1e12, longest.co2eKgPerTeu(worst));
    // Before the limits, 10^308 USD/t on the default factors gave Infinity.
    assertThrows(IllegalArgumentException.class,
        () -> longest.generalisedCostUsd(0, fixedPrices(1e308, 0, 0), GLEC));
  }

  @Provide
  Arbitrary<Double> hostile() {
    return HostileDoubles.any();
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void carbonCost_isRejectedOrFiniteAndEqualToTheFormula(
      @ForAll("hostile") double seaG, @ForAll("hostile") double transshipmentKg,
      @ForAll("hostile") double seaUsd, @ForAll("hostile") double nodeUsd,
      @ForAll("hostile") double railUsd) {
    EmissionFactors factors;
    double cost;
    try {
      factors = GLEC.withFactor(SEA_DEFAULT, seaG, "test")
          .withTransshipment(transshipmentKg, "test");
      cost = seaThenRail().generalisedCostUsd(0, fixedPrices(seaUsd, nodeUsd, railUsd), factors);
    } catch (IllegalArgumentException expected) {
      return;
    }
    // Rail diesel default: 25 g/t-km x 10 t/TEU = 250 g/TEU-km (GLEC v3 order of magnitude).
    double seaKg = seaG * 2000 / 1000;
    double railKg = 250.0 * 1500 / 1000;
    double reference =
        (0 + seaKg * seaUsd / 1000) + (transshipmentKg * nodeUsd / 1000 + railKg * railUsd / 1000);
    assertTrue(HostileDoubles.finite(cost), "cost " + cost);
    assertEquals(reference, cost, Math.ulp(reference) * 4);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void uniformAndEtsPrices_areRejectedOrFiniteOnTheLongestLeg(
      @ForAll("hostile") double usdPerTonne, @ForAll("hostile") double seaG) {
    Corridor longest = oneSeaLeg(TransitModel.MAX_DISTANCE_KM);
    double uniform;
    double ets;
    try {
      EmissionFactors factors = GLEC.withFactor(SEA_DEFAULT, seaG, "test");
      uniform = longest.generalisedCostUsd(0, CarbonPrice.uniform(usdPerTonne), factors);
      ets = longest.generalisedCostUsd(0, EuEtsMaritime.of(2026, usdPerTonne), factors);
    } catch (IllegalArgumentException expected) {
      return;
    }
    double kg = seaG * 1e9 / 1000;
    // The corridor's sum starts at 0, so a price of -0.0 (accepted: it is >= 0) gives +0.0.
    assertEquals(0 + kg * usdPerTonne / 1000, uniform);
    // A and B are both in the EU/EEA: from 2026 the whole tank-to-wake share is charged.
    assertEquals(0 + kg * (usdPerTonne * 0.853) / 1000, ets);
    assertTrue(usdPerTonne >= 0 && usdPerTonne <= 1e6 && seaG >= 0 && seaG <= 1e6);
  }
}
