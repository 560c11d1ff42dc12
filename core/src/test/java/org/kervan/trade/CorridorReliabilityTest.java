package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.TimeComponent;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Node;
import org.kervan.network.TimeSpread;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.CostPerTeu;

class CorridorReliabilityTest {

  @Test
  void deterministicCorridor_allPercentilesAreNominal() {
    Corridor c = Fixtures.deterministic();
    CorridorReliability r = CorridorReliability.of(c, 100, 1);
    assertEquals(c.totalDays(), r.meanDays(), 1e-12);
    assertEquals(c.totalDays(), r.p50Days(), 0);
    assertEquals(c.totalDays(), r.p95Days(), 0);
    assertEquals(0, r.bufferIndex(), 1e-12);
  }

  @Test
  void sampler_withUnitSpreadsAndNoWaits_equalsTotalHoursBitForBit() {
    Corridor c = Fixtures.imec().withWaitPolicy(WaitPolicy.IGNORE_SCHEDULES);
    CorridorSampler s = new CorridorSampler(withoutSpreads(c), new Well19937c(3));
    assertEquals(c.totalHours(), s.sampleHours(), 0);
  }

  @Test
  void scheduledWait_isUniformOverTheHeadway() {
    // The IMEC fixture's rail leg leaves 7 times a week: headway 24 h, expected wait 12 h. With
    // no spreads, a draw is the nominal total minus 12 h plus U(0, 24): mean nominal, P90 = nominal
    // - 12 + 21.6 h, and every draw within [nominal - 12, nominal + 12] hours.
    Corridor c = withoutSpreads(Fixtures.imec());
    assertEquals(12.0, c.waitingHours(), 0.0);
    CorridorSampler s = new CorridorSampler(c, new Well19937c(5));
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int i = 0; i < 10_000; i++) {
      double h = s.sampleHours();
      min = Math.min(min, h);
      max = Math.max(max, h);
    }
    assertTrue(min >= c.totalHours() - 12 && max <= c.totalHours() + 12, min + " " + max);
    assertTrue(max - min > 23.5, "the whole headway is drawn: " + min + " " + max);
    CorridorReliability r = CorridorReliability.of(c, 20_000, 9);
    assertEquals(c.totalDays(), r.meanDays(), 0.05 / 24);
    assertEquals(c.totalDays() + (21.6 - 12) / 24, r.p90Days(), 0.2 / 24);
    assertEquals(c.totalDays() + (22.8 - 12) / 24, r.p95Days(), 0.2 / 24);
    // Ignoring schedules removes the wait and its spread.
    CorridorReliability none =
        CorridorReliability.of(c.withWaitPolicy(WaitPolicy.IGNORE_SCHEDULES), 1_000, 9);
    assertEquals(none.p50Days(), none.p95Days(), 0.0);
  }

  @Test
  void sampler_componentDays_addUpToEachDrawsTotal_andDaysAreHoursOver24() {
    // The IMEC fixture with its spreads and a scheduled rail leg: every draw splits its total into
    // transfer, dwell, border, waiting and running days, which add up to the draw's total days.
    Corridor imec = Fixtures.imec();
    List<Node> nodes = new java.util.ArrayList<>(imec.nodes());
    for (int i = 1; i < nodes.size() - 1; i++) {
      nodes.set(i, nodes.get(i).withBorder(Duration.ofHours(3 + i), CostPerTeu.ofUsd(40))
          .withTimeSpread(TimeSpread.of(0.8, 1.5)));
    }
    Corridor c = Corridor.of(nodes, imec.legs(), imec.waitPolicy());
    assertTrue(c.waitingHours() > 0 && c.borderHours() > 0, "waits and borders to split");
    CorridorSampler days = new CorridorSampler(c, new Well19937c(21));
    CorridorSampler hours = new CorridorSampler(c, new Well19937c(21));
    double[] parts = new double[TimeComponent.values().length];
    double waiting = 0;
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      double total = days.sampleDays(parts);
      assertEquals(hours.sampleHours() / 24.0, total, 0.0, "the same draws in hours");
      double sum = 0;
      for (double d : parts) {
        assertTrue(d >= 0, "component days " + d);
        sum += d;
      }
      assertEquals(total, sum, total * 1e-12, "draw " + i);
      waiting += parts[TimeComponent.WAITING.ordinal()];
    }
    // A regular 24 h headway: the wait is uniform on [0, 24] h, mean 12 h = 0.5 d.
    assertEquals(c.waitingHours() / 24.0, waiting / draws, 0.01);
  }

  private static Corridor withoutSpreads(Corridor c) {
    // Spreads of exactly 1..1 are certain: the sampler takes no draw and uses the nominal time.
    List<Leg> legs = c.legs().stream().map(l -> l.withTimeSpread(TimeSpread.of(1, 1))).toList();
    return Corridor.of(
        c.nodes().stream().map(n -> n.withTimeSpread(TimeSpread.of(1, 1))).toList(),
        legs,
        c.waitPolicy());
  }

  @Test
  void singleLeg_meanMatchesTriangularMean() {
    // One leg, 8,000 km at 30 km/h = 266.67 h, spread 0.9..1.4 mode 1: mean factor
    // (0.9 + 1 + 1.4) / 3 = 1.1, so the mean is 266.67 * 1.1 / 24 = 12.2222 days.
    CorridorReliability r = CorridorReliability.of(Fixtures.suez(), 20_000, 7);
    assertEquals(8000.0 / 30 * 1.1 / 24, r.meanDays(), 0.02);
    assertTrue(r.p50Days() <= r.p90Days() && r.p90Days() <= r.p95Days(), r.toString());
    assertTrue(r.bufferIndex() > 0, r.toString());
    // P95 of the triangular(0.9, 1, 1.4): 1.4 - sqrt(0.05 * 0.5 * 0.4) = 1.3, i.e. 14.44 days.
    assertEquals(8000.0 / 30 * 1.3 / 24, r.p95Days(), 0.05);
  }

  @Test
  void sameSeed_sameAnswer_otherSeed_otherAnswer() {
    assertEquals(
        CorridorReliability.of(Fixtures.imec(), 2000, 11),
        CorridorReliability.of(Fixtures.imec(), 2000, 11));
    assertTrue(
        CorridorReliability.of(Fixtures.imec(), 2000, 11).meanDays()
            != CorridorReliability.of(Fixtures.imec(), 2000, 12).meanDays());
  }

  @Test
  void nodeSpread_widensTheDistribution() {
    // Jebel Ali's 48 h transshipment has spread 0.5..2.0; without it the P95 is lower.
    Corridor with = Fixtures.imec();
    Corridor without =
        Corridor.of(
            List.of(
                Fixtures.MUMBAI,
                Fixtures.JEBEL_ALI.withTimeSpread(TimeSpread.of(1, 1)),
                Fixtures.HAIFA,
                Fixtures.PIRAEUS),
            with.legs(),
            WaitPolicy.EXPECTED_HALF_HEADWAY);
    assertTrue(
        CorridorReliability.of(with, 5000, 5).p95Days()
            > CorridorReliability.of(without, 5000, 5).p95Days());
  }

  @Test
  void badInput_throwsNamingParameterAndValue() {
    assertEquals(
        "draws must be in [1, 10000000], was 0",
        assertThrows(
                IllegalArgumentException.class, () -> CorridorReliability.of(Fixtures.suez(), 0, 1))
            .getMessage());
    // 10^9 draws ran out of memory before the limit.
    assertEquals(
        "draws must be in [1, 10000000], was 1000000000",
        assertThrows(
                IllegalArgumentException.class,
                () -> CorridorReliability.of(Fixtures.suez(), 1_000_000_000, 1))
            .getMessage());
  }
}
