package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LogitDiversionTest {

  @Property
  void shares_sumToOne_andLogsumIsAtMostTheMinimum(
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = -1e6, max = 1e6) Double> costs,
      @ForAll @DoubleRange(min = 1e-3, max = 100) @Scale(6) double mu) {
    double[] c = costs.stream().mapToDouble(Double::doubleValue).toArray();
    LogitDiversion logit = LogitDiversion.of(mu);
    double[] p = logit.shares(c);
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < c.length; i++) {
      assertTrue(p[i] >= 0 && p[i] <= 1, String.valueOf(p[i]));
      sum += p[i];
      min = Math.min(min, c[i]);
    }
    assertEquals(1.0, sum, 1e-12);
    assertTrue(logit.logsum(c) <= min, logit.logsum(c) + " > " + min);
  }

  @Test
  void shares_twoAlternatives_matchClosedForm() {
    // P_1 = 1 / (1 + exp(-mu*(c2-c1))) with mu = 0.5, c = (10, 12): 1/(1+e^-1) = 0.7310585786300049.
    double[] p = LogitDiversion.of(0.5).shares(10, 12);
    assertEquals(0.7310585786300049, p[0], 1e-15);
    assertEquals(1 - 0.7310585786300049, p[1], 1e-15);
  }

  @Test
  void shares_hugeCosts_doNotOverflow() {
    double[] p = LogitDiversion.of(1).shares(1e6, 1e6 + 1);
    assertEquals(1 / (1 + Math.exp(-1)), p[0], 1e-15);
    assertEquals(1e6 - Math.log(1 + Math.exp(-1)), LogitDiversion.of(1).logsum(1e6, 1e6 + 1), 1e-9);
  }

  @Test
  void logsum_identicalAlternative_lowersByLn2OverMu() {
    LogitDiversion logit = LogitDiversion.of(0.25);
    assertEquals(20, logit.logsum(20), 0);
    assertEquals(20 - Math.log(2) / 0.25, logit.logsum(20, 20), 1e-12);
  }

  @Test
  void effectiveDays_newCorridor_shortensTheExpectedTime() {
    LogitDiversion logit = LogitDiversion.of(2);
    double before = logit.effectiveDays(List.of(Fixtures.suez()));
    double after = logit.effectiveDays(List.of(Fixtures.suez(), Fixtures.imec()));
    assertEquals(Fixtures.suez().totalDays(), before, 1e-12);
    assertTrue(after < Math.min(before, Fixtures.imec().totalDays()), after + " " + before);
    double[] shares = logit.sharesByDays(List.of(Fixtures.suez(), Fixtures.imec()));
    assertEquals(1, shares[0] + shares[1], 1e-15);
    double[] byCost = logit.sharesByGeneralisedCost(List.of(Fixtures.suez(), Fixtures.imec()), 100);
    assertEquals(1, byCost[0] + byCost[1], 1e-15);
  }

  @Test
  void badInput_throwsNamingParameterAndValue() {
    assertEquals(
        "scale must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> LogitDiversion.of(0)).getMessage());
    assertEquals(
        "costs[1] must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> LogitDiversion.of(1).shares(1, Double.NaN))
            .getMessage());
    assertEquals(
        "costs must not be empty, was []",
        assertThrows(IllegalArgumentException.class, () -> LogitDiversion.of(1).logsum())
            .getMessage());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                LogitDiversion.of(1e-3)
                    .effectiveDays(List.of(Fixtures.suez(), Fixtures.imec())));
    assertTrue(e.getMessage().startsWith("effectiveDays must be > 0, was -"), e.getMessage());
  }
}
