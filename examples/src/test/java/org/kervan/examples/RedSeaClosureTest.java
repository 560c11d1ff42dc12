package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.ElasticityComparison;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;

class RedSeaClosureTest {
  private static List<RedSeaClosure.Pair> pairs;
  private static String out;

  @BeforeAll
  static void runExample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pairs = RedSeaClosure.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_coversIndiaEuropeAndChinaEurope() {
    assertEquals(RedSeaClosure.PAIRS.size(), pairs.size());
    assertTrue(pairs.stream().anyMatch(p -> p.origin().equals("INNSA")));
    assertTrue(pairs.stream().anyMatch(p -> p.origin().equals("CNSHA")));
  }

  @Test
  void run_closures_addMoreThanFiveDaysRoundTheCape() {
    for (RedSeaClosure.Pair p : pairs) {
      double open = p.open().totalDays();
      assertTrue(p.babElMandebClosed().totalDays() > open + 5, p.label() + "\n" + out);
      assertTrue(p.suezClosed().totalDays() > open + 5, p.label() + "\n" + out);
      assertTrue(p.babElMandebClosed().chokepoints().contains("CP_CAPE_OF_GOOD_HOPE"), p.label());
      assertTrue(p.babElMandebClosed().distanceKm() > p.open().distanceKm(), p.label());
    }
  }

  @Test
  void run_closedChokepoint_isNotPassed() {
    for (RedSeaClosure.Pair p : pairs) {
      assertTrue(p.open().chokepoints().contains(RedSeaClosure.SUEZ), p.label());
      assertTrue(p.open().chokepoints().contains(RedSeaClosure.BAB_EL_MANDEB), p.label());
      assertFalse(
          p.babElMandebClosed().chokepoints().contains(RedSeaClosure.BAB_EL_MANDEB), p.label());
      assertFalse(p.suezClosed().chokepoints().contains(RedSeaClosure.SUEZ), p.label());
    }
  }

  @Test
  void run_routes_areSeaOnly() {
    for (RedSeaClosure.Pair p : pairs) {
      for (Corridor c : List.of(p.open(), p.babElMandebClosed(), p.suezClosed())) {
        for (Leg leg : c.legs()) {
          assertEquals(Mode.SEA, leg.mode(), p.label() + " " + leg);
        }
      }
    }
  }

  @Test
  void run_tradeEffects_areLossesForTheClosedRouteDays() {
    for (RedSeaClosure.Pair p : pairs) {
      ElasticityComparison e = p.babElMandebEffect();
      assertFalse(e.rows().isEmpty());
      for (ElasticityComparison.Row r : e.rows()) {
        if (r.components().contains(org.kervan.elasticity.TimeComponent.SAILING)) {
          // Sailing-day estimates see the longer voyage as a loss.
          assertEquals(
              org.kervan.trade.CorridorDays.of(p.open()).sailingDays(), r.baselineDays(), 1e-12);
          assertTrue(r.percentChange() < 0, p.label() + " " + r);
        } else {
          // Land and border estimates: an all-sea detour adds none of their days.
          assertEquals(0.0, r.percentChange(), 1e-12, p.label() + " " + r);
        }
      }
    }
  }

  @Test
  void run_printsDaysExtraDaysContextAndEffects() {
    RedSeaClosure.Pair first = pairs.get(0);
    String extra =
        String.format(
            Locale.ROOT,
            "%+.2f",
            first.babElMandebClosed().totalDays() - first.open().totalDays());
    assertTrue(out.contains(extra), out);
    assertTrue(out.contains("22%"), out);
    assertTrue(
        out.contains(
            String.format(
                Locale.ROOT, "%.1f%%", first.babElMandebEffect().rows().get(0).percentChange())),
        out);
    assertTrue(out.contains(first.babElMandebEffect().rows().get(0).name()), out);
  }
}
