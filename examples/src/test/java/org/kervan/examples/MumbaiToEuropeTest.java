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
import org.kervan.elasticity.ElasticityComparison;
import org.kervan.examples.MumbaiToEurope.Parameter;
import org.kervan.examples.MumbaiToEurope.Sensitivity;
import org.kervan.examples.MumbaiToEurope.Way;
import org.kervan.network.Corridor;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.trade.GainDistribution;

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
    assertTrue(printed.contains("So: not ten days"), printed);
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
  void tradeEffects_haveTheRightSignsAndForms() {
    ElasticityComparison vsSuez = result.versusSuez();
    ElasticityComparison vsCape = result.versusCape();
    assertEquals(result.corridors().get(Way.SUEZ).totalDays(), vsSuez.baselineDays(), 0.0);
    // IMEC as planned is slower than Suez in the default data, faster than the Cape.
    vsSuez.rows().forEach(r -> assertTrue(r.multiplier() < 1, r.toString()));
    vsCape.rows().forEach(r -> assertTrue(r.multiplier() > 1, r.toString()));
    // Djankov, Freund & Pham: exp(-0.01 * (x1 - x0)).
    ElasticityComparison.Row dfp = vsCape.rows().get(1);
    assertEquals(Math.exp(-0.01 * (vsCape.newDays() - vsCape.baselineDays())), dfp.multiplier(), 1e-12);
    for (GainDistribution g : result.monteCarlo().values()) {
      assertTrue(g.p5GainUsd() <= g.p50GainUsd() && g.p50GainUsd() <= g.p95GainUsd(), g.toString());
    }
    assertTrue(printed.contains("no findable World Bank source"), printed);
    assertTrue(printed.contains("EUR 124 bn in 2023"), printed);
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
