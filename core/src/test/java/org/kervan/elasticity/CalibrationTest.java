package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  /** The article's claim; no published source was found, so it is labelled as such. */
  private static final Claim ARTICLE =
      Claim.of(-0.10, 0.20, 20, "the article's claim, unsourced");

  @Test
  void constant_articleClaim_givesLn12OverLn09() {
    // eps = ln 1.2 / ln 0.9 = -1.7304542945297512 (closed form).
    ConstantElasticity f = Calibration.constant(ARTICLE);
    assertEquals(-1.7304542945297512, f.epsilon(), 1e-15);
    assertEquals(1.2, f.multiplier(20, 18), 1e-14);
    assertEquals(Optional.of(ARTICLE), f.calibratedFrom());
    assertEquals("the article's claim, unsourced", f.citation().shortForm());
  }

  @Test
  void linear_articleClaim_givesMinusTwo() {
    // eps = 0.20 / -0.10 = -2 (the claim read literally).
    LinearElasticity f = Calibration.linear(ARTICLE);
    assertEquals(-2, f.epsilon(), 1e-15);
    assertEquals(1.2, f.multiplier(20, 18), 1e-15);
  }

  @Test
  void perDay_articleClaimOverTwentyDays_givesBeta() {
    // beta = -ln 1.2 / (20 * -0.1) = ln 1.2 / 2 = 0.09116077839697731.
    PerDaySemiElasticity f = Calibration.perDay(ARTICLE);
    assertEquals(0.09116077839697731, f.betaPerDay(), 1e-16);
    assertEquals(1.2, f.multiplier(20, 18), 1e-14);
  }

  @Test
  void tariff_articleClaimWithThetaFour_givesTau() {
    // compounding: tau = exp(ln 1.2 / (4 * 2)) - 1 = 0.02305187522046288
    // ad valorem:  r = 1.2^(-1/4) = 0.9554427922043668, tau = (r - 1) / (18 - 20 r)
    //              = 0.04018304816917549 (computed by hand in double precision)
    TariffEquivalentElasticity c = Calibration.tariffCompounding(ARTICLE, 4);
    TariffEquivalentElasticity a = Calibration.tariffAdValorem(ARTICLE, 4);
    assertEquals(0.02305187522046288, c.tauPerDay(), 1e-16);
    assertEquals(0.04018304816917549, a.tauPerDay(), 1e-15);
    assertEquals(1.2, c.multiplier(20, 18), 1e-14);
    assertEquals(1.2, a.multiplier(20, 18), 1e-14);
    assertEquals(Form.TARIFF_EQUIVALENT_AD_VALOREM, a.form());
  }

  @Test
  void solve_adValoremTariff_agreesWithClosedForm() {
    double tau =
        Calibration.solve(
            ARTICLE,
            t -> TariffEquivalentElasticity.adValorem(t, 4, Citation.unpublished("x")),
            0,
            0.1);
    assertEquals(Calibration.tariffAdValorem(ARTICLE, 4).tauPerDay(), tau, 1e-12);
  }

  @Test
  void solve_constantForm_agreesWithClosedForm() {
    double eps =
        Calibration.solve(ARTICLE, e -> ConstantElasticity.of(e, Citation.unpublished("x")), -10, 0);
    assertEquals(Calibration.constant(ARTICLE).epsilon(), eps, 1e-12);
  }

  /** A family whose multiplier is its parameter: the claim's multiplier is its exact root. */
  private static ElasticityFunction multiplierOf(double p) {
    return new ElasticityFunction() {
      @Override
      public double multiplier(double x0, double x1) {
        return p;
      }

      @Override
      public Form form() {
        return Form.CONSTANT_ELASTICITY;
      }

      @Override
      public Citation citation() {
        return Citation.unpublished("test");
      }

      @Override
      public String parameters() {
        return "m=" + p;
      }
    };
  }

  @Test
  void solve_rootAtEitherEndOrInside_isFound_andBadBracketsNamed() {
    // The article's claim is a multiplier of 1.2 (20 % more trade).
    assertEquals(1.2, Calibration.solve(ARTICLE, CalibrationTest::multiplierOf, 1.2, 2), 0.0);
    assertEquals(1.2, Calibration.solve(ARTICLE, CalibrationTest::multiplierOf, 0.5, 1.2), 0.0);
    assertEquals(1.2, Calibration.solve(ARTICLE, CalibrationTest::multiplierOf, 1, 2), 1e-12);
    assertEquals("claim must lie between the multipliers at the ends of [min, max] = [1.3, 2.0], "
            + "which are 1.3 and 2.0, was 1.2 for " + ARTICLE,
        assertThrows(IllegalArgumentException.class,
            () -> Calibration.solve(ARTICLE, CalibrationTest::multiplierOf, 1.3, 2)).getMessage());
    assertEquals("max must be > min = 1.5, was 1.5",
        assertThrows(IllegalArgumentException.class,
            () -> Calibration.solve(ARTICLE, CalibrationTest::multiplierOf, 1.5, 1.5))
            .getMessage());
  }

  @Test
  void solve_bracketMissesClaim_throwsNamingMultipliers() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Calibration.solve(
                    ARTICLE, b -> PerDaySemiElasticity.of(b, Citation.unpublished("x")), 0, 0.01));
    assertTrue(e.getMessage().startsWith("claim must lie between the multipliers"), e.getMessage());
    assertTrue(e.getMessage().contains("was 1.2"), e.getMessage());
  }

  @Test
  void tariff_slowerWithMoreTrade_isUnreachable() {
    Claim odd = Claim.of(0.10, 0.20, 20, "odd");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Calibration.tariffCompounding(odd, 4));
    assertTrue(
        e.getMessage().startsWith("claim must be reachable with tauPerDay >= 0"), e.getMessage());
    assertTrue(e.getMessage().contains("needs tauPerDay=-0.02"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Calibration.tariffAdValorem(odd, 4));
  }

  @Test
  void claim_badValues_throwNamingParameterAndValue() {
    assertEquals(
        "timeChange must be finite, > -1 and != 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Claim.of(0, 0.2, 20, "s"))
            .getMessage());
    assertEquals(
        "timeChange must be finite, > -1 and != 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> Claim.of(-1, 0.2, 20, "s"))
            .getMessage());
    assertEquals(
        "tradeChange must be finite and > -1, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Claim.of(-0.1, Double.NaN, 20, "s"))
            .getMessage());
    assertEquals(
        "baselineDays must be finite and > 0, was -20.0",
        assertThrows(IllegalArgumentException.class, () -> Claim.of(-0.1, 0.2, -20, "s"))
            .getMessage());
    assertEquals(
        "theta must be finite and > 0, was -4.0",
        assertThrows(IllegalArgumentException.class, () -> Calibration.tariffAdValorem(ARTICLE, -4))
            .getMessage());
  }

  @Test
  void claim_derivedQuantities() {
    assertEquals(18, ARTICLE.newDays(), 1e-12);
    assertEquals(-2, ARTICLE.dayChange(), 1e-12);
    assertEquals(1.2, ARTICLE.tradeMultiplier(), 0);
    assertEquals(
        "time -10.0% => trade +20.0% at 20.00 d (the article's claim, unsourced)",
        ARTICLE.toString());
  }
}
