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
import org.kervan.network.Corridor;
import org.kervan.network.Mode;

class KazakhCopperTest {
  private static KazakhCopper.Result result;
  private static String out;

  @BeforeAll
  static void runExample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result = KazakhCopper.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertEnds(Corridor c) {
    assertEquals(KazakhCopper.ORIGIN, c.origin().id());
    assertEquals(KazakhCopper.DESTINATION, c.destination().id());
  }

  @Test
  void run_avoidingRussia_doesNotEnterRussia() {
    assertEnds(result.avoidingRussia());
    assertFalse(result.avoidingRussia().countries().contains("RU"), out);
  }

  @Test
  void run_avoidingRussiaAndIran_entersNeither() {
    List<String> countries = result.avoidingRussiaAndIran().countries();
    assertEnds(result.avoidingRussiaAndIran());
    assertFalse(countries.contains("RU"), out);
    assertFalse(countries.contains("IR"), out);
  }

  @Test
  void run_eachCorridor_passesTheCountryItIsNamedFor() {
    assertTrue(result.northernViaRussia().countries().contains("RU"));
    assertTrue(result.instcViaIran().countries().contains("IR"));
    assertFalse(result.middleCorridor().countries().contains("RU"));
    assertFalse(result.middleCorridor().countries().contains("IR"));
    assertTrue(result.middleCorridor().legs().stream().anyMatch(l -> l.mode() == Mode.FERRY));
    assertEnds(result.middleCorridor());
    assertEnds(result.northernViaRussia());
    assertEnds(result.instcViaIran());
  }

  @Test
  void run_constrainedRoutes_areNoFasterThanTheUnconstrainedOne() {
    double best = result.fastest().totalHours();
    assertTrue(result.avoidingRussia().totalHours() >= best);
    assertTrue(result.avoidingRussiaAndIran().totalHours() >= result.avoidingRussia().totalHours());
    // The router's best is at least as fast as each forced corridor.
    assertTrue(result.middleCorridor().totalHours() >= best);
    assertTrue(result.northernViaRussia().totalHours() >= best);
    assertTrue(result.instcViaIran().totalHours() >= best);
  }

  @Test
  void run_reliability_isOfTheMiddleCorridorAndOrdered() {
    var r = result.middleCorridorReliability();
    assertEquals(result.middleCorridor().totalDays(), r.nominalDays(), 1e-12);
    assertTrue(r.p50Days() <= r.p90Days() && r.p90Days() <= r.p95Days());
    // Every spread in the default data reaches further up than down, so delays dominate.
    assertTrue(r.p90Days() > r.nominalDays(), r.toString());
    assertEquals(KazakhCopper.DRAWS, r.draws());
  }

  @Test
  void run_printsTableCountriesFerryAndReliability() {
    for (String label :
        List.of("Middle Corridor", "Northern via Russia", "INSTC via Iran", "fastest, avoid RU+IR")) {
      assertTrue(out.contains(label), label);
    }
    assertTrue(out.contains("countries " + result.northernViaRussia().countries()), out);
    assertTrue(
        out.contains(
            String.format(
                Locale.ROOT, "P90 %.2f", result.middleCorridorReliability().p90Days())),
        out);
    Corridor.Step ferry = KazakhCopper.ferryStep(result.middleCorridor());
    assertTrue(out.contains("Caspian crossing " + ferry.node().id() + ">" + ferry.leg().to()), out);
    assertTrue(out.contains("DefaultNetwork.sources()"), out);
  }
}
