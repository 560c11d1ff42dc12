package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.network.HostileDoubles;

/**
 * Hostile magnitudes for the logit's scale, costs, path sizes and path-size coefficient. The
 * invariant: an {@link IllegalArgumentException}, or finite shares and logsums equal to the
 * two-alternative closed forms written here, {@code P_1 = 1 / (1 + exp(V_2 - V_1))} and {@code
 * logsum = m - (max(a) + ln(1 + exp(-|a_1 - a_2|))) / mu} with {@code a_i = V_i + mu*m}. A valid
 * input whose reference is finite must not be rejected.
 */
class LogitHostileMagnitudesTest {

  @Provide
  Arbitrary<Double> hostile() {
    return HostileDoubles.any();
  }

  /** Path sizes: hostile values, and valid ones down to the smallest double. */
  @Provide
  Arbitrary<Double> pathSize() {
    return Arbitraries.oneOf(
        HostileDoubles.any(),
        Arbitraries.integers().between(1, 1_000_000).map(i -> i / 1e6),
        Arbitraries.of(1.0, 0.5, 1e-200, Double.MIN_VALUE));
  }

  private static boolean finite(double x) {
    return HostileDoubles.finite(x);
  }

  /** mu * (c2 - c1), exactly, then rounded once (to an infinity beyond the double range). */
  private static double scaledDifference(double mu, double c1, double c2) {
    return new BigDecimal(mu)
        .multiply(new BigDecimal(c2).subtract(new BigDecimal(c1)))
        .doubleValue();
  }

  private static boolean validInputs(double mu, double c1, double c2) {
    return mu > 0 && finite(mu) && finite(c1) && finite(c2);
  }

  @Test
  void costsOfOppositeSignsBeyondHalfTheRange_keepTheirShares() {
    // mu * (c2 - c1) = 1e-308 * 2e308 = 2: P = 1 / (1 + e^-2), 1 / (1 + e^2). c2 - c1 overflows
    // a double, which used to give [1, 0].
    double[] p = LogitDiversion.of(1e-308).shares(-1e308, 1e308);
    assertArrayEquals(new double[] {0.8807970779778823, 0.11920292202211755}, p, 1e-15);
  }

  @Test
  void tinyPathSizes_withALargeCoefficient_stillGiveShares() {
    // Both utilities carry 2 ln(1e-200) = -921: exp underflowed to 0 for both, and the shares
    // were NaN. The common term cancels: P = 1 / (1 + e^-1), 1 / (1 + e).
    LogitDiversion logit = LogitDiversion.of(1).withPathSizeWeight(2);
    double[] p = new double[2];
    logit.shares(new double[] {0, 1}, new double[] {1e-200, 1e-200}, p);
    assertArrayEquals(new double[] {0.7310585786300049, 0.2689414213699951}, p, 1e-15);
    // logsum = -ln(2 e^-921.03 ... ): 0 - (2 ln(1e-200) + ln(1 + e^-1)) = 921.034... - 0.3133
    assertEquals(
        -(2 * Math.log(1e-200) + Math.log1p(Math.exp(-1))),
        logit.logsum(new double[] {0, 1}, new double[] {1e-200, 1e-200}),
        1e-9);
  }

  @Test
  void logsumThatOverflows_isRejectedNamingTheScale() {
    // ln(2) / 1e-320 is beyond the double range: it used to return -Infinity.
    assertEquals(
        "logsum must be finite, was -Infinity with scale=1.0E-320 and smallest cost"
            + " 0.0; use a larger scale",
        assertThrows(IllegalArgumentException.class, () -> LogitDiversion.of(1e-320).logsum(0, 0))
            .getMessage());
  }

  @Test
  void calibration_onCostsOfOrder1e10_reproducesTheShares() {
    // The solver's stop on a function value within 1e-15 was absolute: on costs of +-1e-10 it
    // stopped at once, with a first share of 0 instead of 1e-6. The closed form, beta_PS = 1:
    // mu = (ln(1e-6 / 4.9e-324) - ln(1e-6 / 0.999999)) / 2e-10.
    double mu =
        (Math.log(1e-6) - Math.log(Double.MIN_VALUE) - (Math.log(1e-6) - Math.log(0.999999)))
            / 2e-10;
    LogitDiversion.Calibration fit = LogitDiversion.calibrate(
        new double[] {1e-10, -1e-10}, new double[] {1e-6, Double.MIN_VALUE},
        new double[] {1e-6, 0.999999}, 1);
    assertEquals(mu, fit.logit().scale(), 1e-9 * mu);
  }

  @Test
  void pathSizeWeight_hasAStatedLimit() {
    assertEquals(1e6, LogitDiversion.of(1).withPathSizeWeight(1e6).pathSizeWeight());
    assertEquals(
        "pathSizeWeight must be finite, >= 0 and <= 1000000.0, was 1.0E308",
        assertThrows(IllegalArgumentException.class,
            () -> LogitDiversion.of(1).withPathSizeWeight(1e308)).getMessage());
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void shares_areRejectedOrEqualTheClosedForm(
      @ForAll("hostile") double mu, @ForAll("hostile") double c1, @ForAll("hostile") double c2) {
    double[] p;
    try {
      p = LogitDiversion.of(mu).shares(c1, c2);
    } catch (IllegalArgumentException e) {
      assertTrue(!validInputs(mu, c1, c2), "valid input rejected: " + e.getMessage());
      return;
    }
    double x = scaledDifference(mu, c1, c2); // V_1 - V_2
    assertTrue(finite(p[0]) && finite(p[1]));
    assertEquals(1 / (1 + Math.exp(-x)), p[0], 1e-12);
    assertEquals(1 / (1 + Math.exp(x)), p[1], 1e-12);
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void logsum_isRejectedOrEqualsTheClosedForm(
      @ForAll("hostile") double mu, @ForAll("hostile") double c1, @ForAll("hostile") double c2) {
    double logsum;
    try {
      logsum = LogitDiversion.of(mu).logsum(c1, c2);
    } catch (IllegalArgumentException e) {
      assertTrue(!validInputs(mu, c1, c2) || !finite(reference(mu, c1, c2)),
          "valid input rejected: " + e.getMessage());
      return;
    }
    double m = Math.min(c1, c2);
    double reference = reference(mu, c1, c2);
    assertTrue(finite(logsum));
    assertEquals(reference, logsum, 1e-12 * Math.max(Math.abs(m), Math.abs(reference - m)));
  }

  /** -1/mu ln(e^-mu c1 + e^-mu c2) = m - ln(1 + e^-mu|c1 - c2|) / mu. */
  private static double reference(double mu, double c1, double c2) {
    double m = Math.min(c1, c2);
    return m - Math.log1p(Math.exp(-Math.abs(scaledDifference(mu, c1, c2)))) / mu;
  }

  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void pathSizeShares_andLogsum_areRejectedOrEqualTheClosedForm(
      @ForAll("hostile") double mu, @ForAll("hostile") double beta,
      @ForAll("hostile") double c1, @ForAll("hostile") double c2,
      @ForAll("pathSize") double ps1, @ForAll("pathSize") double ps2) {
    double[] costs = {c1, c2};
    double[] sizes = {ps1, ps2};
    double[] p = new double[2];
    double logsum;
    try {
      LogitDiversion logit = LogitDiversion.of(mu).withPathSizeWeight(beta);
      logit.shares(costs, sizes, p);
      logsum = logit.logsum(costs, sizes);
    } catch (IllegalArgumentException e) {
      boolean valid = validInputs(mu, c1, c2) && beta >= 0 && beta <= 1e6
          && ps1 > 0 && ps1 <= 1 && ps2 > 0 && ps2 <= 1;
      if (valid) {
        // Only the logsum may fail on valid input, and only when it overflows (checked below).
        assertTrue(e.getMessage().startsWith("logsum must be finite"), e.getMessage());
      }
      return;
    }
    double m = Math.min(c1, c2);
    // a_i = V_i + mu m = -mu (c_i - m) + beta ln PS_i
    double d1 = scaledDifference(mu, m, c1);
    double d2 = scaledDifference(mu, m, c2);
    double a1 = -d1 + beta * Math.log(ps1);
    double a2 = -d2 + beta * Math.log(ps2);
    // The utilities are sums of rounded terms: a share can move by the terms' rounding.
    double terms = Math.abs(d1) + Math.abs(d2) + beta * -(Math.log(ps1) + Math.log(ps2));
    double tolerance = 1e-12 + 1e-15 * terms;
    assertEquals(1 / (1 + Math.exp(a2 - a1)), p[0], tolerance);
    assertEquals(1 / (1 + Math.exp(a1 - a2)), p[1], tolerance);
    double top = Math.max(a1, a2);
    double reference = m - (top + Math.log1p(Math.exp(-Math.abs(a1 - a2)))) / mu;
    assertTrue(finite(logsum));
    assertEquals(reference, logsum,
        1e-12 * Math.max(Math.abs(m), Math.abs(reference - m)) + 1e-15 * terms / mu);
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void calibration_isRejectedOrGivesTheClosedFormScale(
      @ForAll("hostile") double c1, @ForAll("hostile") double c2,
      @ForAll("pathSize") double share1, @ForAll("pathSize") double ps1,
      @ForAll("pathSize") double ps2) {
    LogitDiversion.Calibration fit;
    try {
      fit = LogitDiversion.calibrate(
          new double[] {c1, c2}, new double[] {ps1, ps2}, new double[] {share1, 1 - share1}, 1);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return;
    }
    double mu = fit.logit().scale();
    assertTrue(finite(mu) && mu > 0, "mu " + mu);
    // The first-order condition: the fitted shares (a_i = -mu c_i + ln PS_i) reproduce the
    // observed mean cost, within the rounding of costs of this size.
    double m = Math.min(c1, c2);
    double a1 = -scaledDifference(mu, m, c1) + Math.log(ps1);
    double a2 = -scaledDifference(mu, m, c2) + Math.log(ps2);
    double p1 = 1 / (1 + Math.exp(a2 - a1));
    double scale = Math.max(Math.abs(c1), Math.abs(c2));
    assertEquals(share1 * c1 + (1 - share1) * c2, p1 * c1 + (1 - p1) * c2, 1e-9 * scale);
    if (share1 >= 1e-6 && share1 <= 1 - 1e-6) {
      // Well conditioned: mu = (ln(PS_1 / PS_2) - ln(s_1 / s_2)) / (c_1 - c_2), beta_PS = 1,
      // compared in t = mu * |c_1 - c_2|, where the solver's accuracy is stated.
      double numerator =
          Math.log(ps1) - Math.log(ps2) - (Math.log(share1) - Math.log1p(-share1));
      double range = Math.abs(new BigDecimal(c1).subtract(new BigDecimal(c2)).doubleValue());
      double tReference = numerator / (c1 - c2) * range;
      assertEquals(tReference, mu * range, 1e-9 * (1 + tReference));
    }
  }
}
