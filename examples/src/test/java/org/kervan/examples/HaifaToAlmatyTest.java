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

class HaifaToAlmatyTest {
  private static HaifaToAlmaty.Result result;
  private static String out;

  @BeforeAll
  static void runExample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result = HaifaToAlmaty.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_findsTheRouteBothWays() {
    assertEquals(HaifaToAlmaty.HAIFA, result.outbound().origin().id());
    assertEquals(HaifaToAlmaty.ALMATY, result.outbound().destination().id());
    assertEquals(HaifaToAlmaty.ALMATY, result.inbound().origin().id());
    assertEquals(HaifaToAlmaty.HAIFA, result.inbound().destination().id());
    assertTrue(result.outbound().totalDays() > 0);
  }

  @Test
  void run_avoidingIranAndRussia_entersNeither() {
    for (Corridor c :
        List.of(result.outboundAvoidingIranAndRussia(), result.inboundAvoidingIranAndRussia())) {
      assertFalse(c.countries().contains("IR"), c.toString());
      assertFalse(c.countries().contains("RU"), c.toString());
    }
    assertEquals(HaifaToAlmaty.ALMATY, result.outboundAvoidingIranAndRussia().destination().id());
    assertEquals(HaifaToAlmaty.HAIFA, result.inboundAvoidingIranAndRussia().destination().id());
    assertTrue(
        result.outboundAvoidingIranAndRussia().totalHours() >= result.outbound().totalHours());
  }

  @Test
  void weakestLink_isTheStepWithTheMostHoursNotMoving() {
    List<Corridor.Step> steps = result.outbound().steps();
    int expected = -1;
    double most = -1;
    for (int i = 0; i < steps.size(); i++) {
      Corridor.Step s = steps.get(i);
      // Total step time less the time on the move leaves what the box spends waiting.
      double idle = s.hours() - s.runningHours();
      if (idle > most) {
        most = idle;
        expected = i;
      }
    }
    assertEquals(expected, result.weakestStepIndex(), out);
    Corridor.Step w = result.weakestLink();
    assertEquals(
        most,
        w.transshipmentHours() + w.dwellHours() + w.borderHours() + w.waitingHours(),
        1e-9);
    assertTrue(
        out.contains("Weakest link: " + w.node().id() + ", leaving by " + w.leg().mode()), out);
    assertTrue(out.contains(String.format(Locale.ROOT, "= %.1f h not moving", most)), out);
  }

  @Test
  void reliability_withoutTheWeakestLinksSpread_isNarrower() {
    var full = result.reliability();
    var without = result.reliabilityWithoutWeakestSpread();
    assertEquals(result.outbound().totalDays(), full.nominalDays(), 1e-12);
    assertEquals(full.nominalDays(), without.nominalDays(), 1e-12);
    assertTrue(
        without.p90Days() - without.p50Days() < full.p90Days() - full.p50Days(),
        full + " vs " + without);
  }

  @Test
  void run_printsTheBreakdownTotals() {
    Corridor c = result.outbound();
    assertTrue(out.contains(String.format(Locale.ROOT, "%8.1f%n", c.totalHours())), out);
    assertTrue(out.contains(ExampleSupport.days(c.totalDays()) + " days"), out);
    assertTrue(out.contains("DefaultNetwork.sources()"), out);
  }
}
