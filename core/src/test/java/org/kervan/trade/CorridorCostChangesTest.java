package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kervan.elasticity.TimeComponent;
import org.kervan.gravity.CostChange;

class CorridorCostChangesTest {
  @Test
  void pairs_takeTheBridgesLogChange_bothWays() {
    CostChange c =
        CorridorCostChanges.forCommodity(Commodities.MANUFACTURES)
            .bothWays("IND", "GRC", Fixtures.suez(), Fixtures.imec())
            .build();
    // Oracle written out: ln((1 + f_I/v + tau d_I) / (1 + f_S/v + tau d_S)), all days.
    double expected =
        Math.log(
            (1 + Fixtures.imec().totalCostUsd() / 50_000 + 0.008 * Fixtures.imec().totalDays())
                / (1 + Fixtures.suez().totalCostUsd() / 50_000 + 0.008 * Fixtures.suez().totalDays()));
    assertEquals(expected, c.deltaLnCost("IND", "GRC"), 1e-12);
    assertEquals(expected, c.deltaLnCost("GRC", "IND"), 1e-12);
    assertEquals(0.0, c.deltaLnCost("IND", "ITA"), 0);
    assertEquals(
        TradeCostChange.between(
                Commodities.MANUFACTURES, Fixtures.suez(), Fixtures.imec(), TimeComponent.all(), 0)
            .deltaLnTradeCost(),
        c.deltaLnCost("IND", "GRC"),
        0);
  }

  @Test
  void samePairTwice_isAnError() {
    CorridorCostChanges b =
        CorridorCostChanges.forCommodity(Commodities.COPPER)
            .pair("KAZ", "ITA", Fixtures.suez(), Fixtures.imec());
    assertThrows(
        IllegalArgumentException.class, () -> b.pair("KAZ", "ITA", Fixtures.suez(), Fixtures.cape()));
    assertEquals(1, b.changes().size());
  }

  @Test
  void iso3_mapsTheNetworksCodes() {
    assertEquals("IND", CorridorCostChanges.iso3("IN"));
    assertEquals("DEU", CorridorCostChanges.iso3("DE"));
    assertEquals(
        "iso2 must be an ISO 3166-1 alpha-2 code, was 'QQ'",
        assertThrows(IllegalArgumentException.class, () -> CorridorCostChanges.iso3("QQ"))
            .getMessage());
  }
}
