package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Presets;
import org.kervan.elasticity.TimeComponent;

class TradeCostChangeTest {

  @Test
  void commoditiesByName_nameEachPresetByItsConstant_inTheOrderOfAll() throws Exception {
    assertEquals(Commodities.ALL, java.util.List.copyOf(Commodities.BY_NAME.values()));
    for (var e : Commodities.BY_NAME.entrySet()) {
      assertEquals(
          e.getValue(), Commodities.class.getField(e.getKey()).get(null), "name " + e.getKey());
    }
  }

  private static final Commodity GOODS = Commodity.of("test goods", 50_000, 0.01, "assumption: test");

  @Test
  void deltaLnTradeCost_isTheLogRatioOfFreightPlusTimeFactors() {
    // t_A = 1 + 500/50000 + 0.01*20 = 1.21; t_B = 1 + 1500/50000 + 0.01*10 = 1.13.
    TradeCostChange c = TradeCostChange.of(GOODS, 500, 20, 1500, 10, TimeComponent.all(), 0);
    assertEquals(1.21, c.baselineFactor(), 1e-15);
    assertEquals(1.13, c.newFactor(), 1e-15);
    assertEquals(Math.log(1.13 / 1.21), c.deltaLnTradeCost(), 1e-15);
    // theta = 4 (Simonovska & Waugh 2014): (1.13/1.21)^-4.
    assertEquals(
        Math.pow(1.13 / 1.21, -4), c.multiplier(Presets.SIMONOVSKA_WAUGH_2014_TRADE.central()), 1e-14);
    // Freight alone: ln((1 + 0.03 + 0.2) / 1.21).
    assertEquals(Math.log(1.23 / 1.21), c.freightPart(), 1e-15);
  }

  @Test
  void dearerButFasterCorridor_canLoseTrade_atPlausibleCargoValues() {
    // 1,000 USD/TEU dearer and one day faster: at USD 50,000/TEU and 0.8%/day the freight
    // (+2% ad valorem) outweighs the time (-0.8%), so trade falls.
    TradeCostChange c =
        TradeCostChange.of(Commodities.MANUFACTURES, 500, 11, 1500, 10, TimeComponent.all(), 0);
    assertTrue(c.deltaLnTradeCost() > 0, c.toString());
    assertTrue(c.multiplier(Presets.HEAD_MAYER_2014_TRADE.central()) < 1);
    // For high-value, time-sensitive goods the same change is a gain only if days fall enough.
    TradeCostChange m =
        TradeCostChange.of(Commodities.MACHINERY_ELECTRICAL, 500, 16, 1500, 10, TimeComponent.all(), 0);
    assertTrue(m.deltaLnTradeCost() < 0, m.toString());
  }

  @Test
  void between_corridors_usesTheirCostAndChosenDays() {
    TradeCostChange c =
        TradeCostChange.between(
            GOODS, Fixtures.suez(), Fixtures.imec(), EnumSet.of(TimeComponent.SAILING), 0.05);
    assertEquals(Fixtures.suez().totalCostUsd(), c.freightBaselineUsd(), 0);
    assertEquals(Fixtures.imec().totalCostUsd(), c.freightNewUsd(), 0);
    assertEquals(8000.0 / 30 / 24, c.daysBaseline(), 1e-12);
    assertEquals(3200.0 / 30 / 24, c.daysNew(), 1e-12);
    assertEquals(
        1.05 + Fixtures.suez().totalCostUsd() / 50_000 + 0.01 * 8000.0 / 30 / 24,
        c.baselineFactor(),
        1e-15);
  }

  @Test
  void inconsistentComponents_andBadInput_areRejected() {
    assertEquals(
        "freightBaselineUsd must be finite and >= 0, was -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> TradeCostChange.of(GOODS, -1, 1, 1, 1, TimeComponent.all(), 0))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TradeCostChange(GOODS, 1, 1, 1, 1, 0, TimeComponent.all(), 2, 1, 0));
    assertEquals(
        "valueUsdPerTeu must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Commodity.of("x", 0, 0.01, "s"))
            .getMessage());
    assertEquals(
        "source must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> Commodity.of("x", 1, 0.01, " "))
            .getMessage());
  }

  @Test
  void presets_areSourcedOrLabelledAssumptions() {
    for (Commodity c : Commodities.ALL) {
      assertTrue(c.source().contains("time cost: ") && c.source().contains("value: "), c.name());
      assertTrue(c.timeCostPerDay() >= 0.006 && c.timeCostPerDay() <= 0.021, c.name());
    }
    assertEquals(212_500, Commodities.COPPER.valueUsdPerTeu());
  }

  @Test
  void valueTypes_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(GOODS, Commodity.of("test goods", 50_000, 0.01, "assumption: test"))
        .addEqualityGroup(Commodity.of("test goods", 50_001, 0.01, "assumption: test"))
        .addEqualityGroup(
            TradeCostChange.of(GOODS, 1, 2, 3, 4, TimeComponent.all(), 0),
            TradeCostChange.of(GOODS, 1, 2, 3, 4, TimeComponent.all(), 0))
        .addEqualityGroup(TradeCostChange.of(GOODS, 1, 2, 3, 4, TimeComponent.all(), 0.1))
        .testEquals();
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Commodity.class, GOODS);
    t.setDefault(org.kervan.network.Corridor.class, Fixtures.suez());
    t.testAllPublicStaticMethods(Commodity.class);
    t.testAllPublicStaticMethods(TradeCostChange.class);
  }
}
