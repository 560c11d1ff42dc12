package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kervan.elasticity.Presets;
import org.kervan.examples.MumbaiToEurope.Parameter;
import org.kervan.examples.MumbaiToEurope.Sensitivity;
import org.kervan.examples.MumbaiToEurope.Way;
import org.kervan.network.Corridor;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.trade.Commodities;
import org.kervan.trade.CorridorReliability;
import org.kervan.trade.Counterfactual;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.TradeCostChange;

class MumbaiToEuropeTest {
  @TempDir static Path out;
  static MumbaiToEurope.Result result;
  static String printed;

  @BeforeAll
  static void runTheExample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result = MumbaiToEurope.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), out);
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void imecAsPlanned_takesAboutTwoWeeksWithPortCalls() {
    // Four port calls of 0.7 d (UNCTAD median) and two ship-rail transfers of 36 h put IMEC as
    // planned near 14 days from Nhava Sheva, and a little less from Mundra.
    double jnpt = result.corridors().get(Way.IMEC_PLANNED).totalDays();
    double mundra = result.mundra().get(Way.IMEC_PLANNED).totalDays();
    assertTrue(jnpt >= 12.5 && jnpt <= 15, "JNPT: " + jnpt);
    assertTrue(mundra >= 12 && mundra <= 15, "Mundra: " + mundra);
    assertTrue(printed.contains("ten days does not hold"), printed);
    assertTrue(printed.contains("The ten-day claim"), printed);
    assertTrue(printed.contains(String.format(java.util.Locale.ROOT, "%.1f days", jnpt)), printed);
  }

  @Test
  void imecAsPlanned_crossesArabiaByRailAndAvoidsTheRedSea() {
    Corridor imec = result.corridors().get(Way.IMEC_PLANNED);
    assertTrue(imec.countries().containsAll(java.util.List.of("IN", "AE", "SA", "JO", "IL", "GR")), imec.countries().toString());
    assertFalse(imec.chokepoints().contains("CP_SUEZ"));
    assertFalse(imec.chokepoints().contains("CP_BAB_EL_MANDEB"));
    assertTrue(imec.legs().stream().anyMatch(l -> l.mode() == Mode.RAIL && l.status() == LegStatus.PLANNED));
    assertTrue(imec.legs().stream().noneMatch(l -> l.mode() == Mode.ROAD));
    Corridor today = result.corridors().get(Way.IMEC_TODAY);
    assertTrue(today.legs().stream().allMatch(l -> l.status() == LegStatus.OPERATING));
    assertTrue(today.legs().stream().anyMatch(l -> l.mode() == Mode.ROAD));
    assertTrue(today.totalDays() > imec.totalDays());
  }

  @Test
  void closingTheRedSea_addsWeeks() {
    Corridor suez = result.corridors().get(Way.SUEZ);
    Corridor cape = result.corridors().get(Way.CAPE);
    assertTrue(suez.chokepoints().contains("CP_SUEZ"));
    assertTrue(cape.chokepoints().contains("CP_CAPE_OF_GOOD_HOPE"));
    assertTrue(cape.totalDays() > suez.totalDays() + 15, cape + " vs " + suez);
    assertTrue(suez.legs().stream().allMatch(l -> l.mode() == Mode.SEA));
  }

  @Test
  void sensitivity_breakEvenValuesGiveExactlyTenDays() {
    Corridor imec = result.corridors().get(Way.IMEC_PLANNED);
    Sensitivity first = result.sensitivities().get(0);
    for (int i = 1; i < result.sensitivities().size(); i++) {
      assertTrue(result.sensitivities().get(i).swingDays() <= first.swingDays());
    }
    for (Sensitivity s : result.sensitivities()) {
      assertTrue(s.daysAtMinus25() != s.daysAtPlus25(), s.toString());
      if (!Double.isNaN(s.breakEvenValue())) {
        double factor = s.breakEvenValue() / s.baseValue();
        double days = MumbaiToEurope.scaled(imec, s.parameter(), factor).totalDays();
        assertEquals(10.0, days, 1e-6, s.toString());
      }
    }
    Sensitivity sea =
        result.sensitivities().stream().filter(s -> s.parameter() == Parameter.SEA_SPEED).findFirst().orElseThrow();
    assertEquals(16.0, sea.baseValue(), 1e-9);
    // Faster ships shorten the trip.
    assertTrue(sea.daysAtPlus25() < sea.daysAtMinus25());
    // Scaling by one changes nothing: the one time model is used throughout.
    for (Parameter p : Parameter.values()) {
      assertEquals(imec.totalHours(), MumbaiToEurope.scaled(imec, p, 1.0).totalHours(), 1e-9);
    }
  }

  @Test
  void tenDayVerdict_usesTheMeanAndTheMedian_andCallsTheTotalNominal() {
    CorridorReliability imec = result.reliability().get(Way.IMEC_PLANNED);
    // Delays are skewed: the mean is above the nominal (most likely) total.
    assertTrue(imec.meanDays() > imec.nominalDays(), imec.toString());
    assertEquals(result.corridors().get(Way.IMEC_PLANNED).totalDays(), imec.nominalDays(), 0);
    assertTrue(printed.contains("nominal"), printed);
    assertTrue(
        printed.contains(String.format(java.util.Locale.ROOT, "IMEC: mean %.1f d, P50 %.1f d", imec.meanDays(), imec.p50Days())),
        printed);
    assertTrue(printed.contains("Verdict, on the mean and the median"), printed);
  }

  @Test
  void trade_isEvaluatedFromTheObservedSuezRoute() {
    Counterfactual cf = result.counterfactual();
    assertEquals(result.corridors().get(Way.SUEZ), cf.observedUnder());
    assertEquals(MumbaiToEurope.INDIA_EU_TRADE_USD, cf.observedValueUsd(), 0);
    for (MumbaiToEurope.PresetGain g : result.timeGains()) {
      // IMEC vs Suez starts at exactly the observed value.
      assertEquals(cf.observedValueUsd(), g.imecVsSuez().baselineValueUsd(), 0);
      // IMEC vs Cape starts at the value derived for the Cape, and ends where IMEC vs Suez ends.
      assertEquals(g.underCapeUsd(), g.imecVsCape().baselineValueUsd(), 0);
      assertEquals(g.imecVsSuez().newValueUsd(), g.imecVsCape().newValueUsd(), 0);
    }
    // Hummels & Schaur on sailing days: an independent evaluation of the Cape value.
    MumbaiToEurope.PresetGain hs = result.timeGains().get(2);
    assertEquals(Presets.HUMMELS_SCHAUR_2013, hs.preset());
    double underCape =
        cf.observedValueUsd()
            * Math.exp(-4.5 * (hs.capeDays() - hs.suezDays()) * Math.log1p(0.0135));
    assertEquals(underCape, hs.underCapeUsd(), 1e-6 * underCape);
    // The faulty reading applied m(Cape -> IMEC) to the observed value.
    double wrong =
        cf.observedValueUsd()
            * (Math.exp(-4.5 * (hs.imecDays() - hs.capeDays()) * Math.log1p(0.0135)) - 1);
    assertTrue(hs.imecVsCape().absoluteChangeUsd() < 0.5 * wrong, hs.toString());
    for (GainDistribution g : result.monteCarlo().values()) {
      assertTrue(g.p5GainUsd() <= g.p50GainUsd() && g.p50GainUsd() <= g.p95GainUsd(), g.toString());
      assertTrue(g.uncertainty().startsWith("assumed range"), g.uncertainty());
    }
    assertTrue(printed.contains("no findable World Bank source"), printed);
    assertTrue(printed.contains("EUR 124 bn in 2023"), printed);
    assertTrue(printed.contains("What it means".toLowerCase(java.util.Locale.ROOT)), printed);
  }

  @Test
  void tradeCostBridge_showsImecsFreightOutweighingItsTime_withTheRedSeaOpen() {
    Corridor suez = result.corridors().get(Way.SUEZ);
    Corridor imec = result.corridors().get(Way.IMEC_PLANNED);
    // The default data has IMEC about USD 1,000/TEU dearer than Suez.
    assertTrue(imec.totalCostUsd() - suez.totalCostUsd() > 800, imec.totalCostUsd() + " vs " + suez.totalCostUsd());
    MumbaiToEurope.BridgeRow manufactures = result.bridge().get(0);
    assertEquals(Commodities.MANUFACTURES, manufactures.commodity());
    TradeCostChange c = manufactures.suezToImec();
    // Oracle: ln((1 + f_I/v + tau d_I) / (1 + f_S/v + tau d_S)) with all days.
    double expected =
        Math.log(
            (1 + imec.totalCostUsd() / 50_000 + 0.008 * imec.totalDays())
                / (1 + suez.totalCostUsd() / 50_000 + 0.008 * suez.totalDays()));
    assertEquals(expected, c.deltaLnTradeCost(), 1e-9);
    assertTrue(c.deltaLnTradeCost() > 0);
    assertTrue(manufactures.gainUsd(Presets.HEAD_MAYER_2014_TRADE.central(), false) < 0);
    assertTrue(manufactures.gainUsd(Presets.HEAD_MAYER_2014_TRADE.central(), true) > 0);
  }

  @Test
  void writesChartsAndGeoJson() throws Exception {
    assertEquals(7, result.files().size());
    for (Path f : result.files()) {
      assertTrue(Files.size(f) > 500, f.toString());
    }
    String svg = Files.readString(out.resolve("mumbai-europe-time-distance.svg"));
    assertEquals(4, svg.split("<polyline").length - 1);
    javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(out.resolve("mumbai-europe-time-distance-suez-imec.svg").toFile());
    String geo = Files.readString(out.resolve("mumbai-europe-imec-planned.geojson"));
    assertTrue(geo.contains("\"FeatureCollection\""), geo);
    assertTrue(printed.contains(out.toAbsolutePath().toString()), printed);
  }

  @Test
  void sourcePart_extractsOneField() {
    assertEquals(
        "Arabian Business; The Hindu (605 km)",
        MumbaiToEurope.part("distance: Arabian Business; The Hindu (605 km); speed: x km/h", "distance"));
    assertEquals("x km/h", MumbaiToEurope.part("distance: a; speed: x km/h", "speed"));
    assertEquals("no fields", MumbaiToEurope.part("no fields", "speed"));
  }
}
