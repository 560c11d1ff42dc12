package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Claims whose parts are finite but whose derived days are not, and fits whose parameter cannot
 * carry the claim: each is an exception, never a function that does not reproduce the claim.
 */
class ImpossibleClaimTest {

  @Test
  void claim_whoseNewDaysOverflow_isRejected() {
    // Claim.of(10, 0.2, 1e308) had newDays() = Infinity, and perDay fitted beta = -0.0.
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Claim.of(10, 0.2, 1e308, "test"));
    assertTrue(e.getMessage().startsWith(
        "baselineDays * (1 + timeChange) and baselineDays * timeChange must be finite and non-zero"),
        e.getMessage());
  }

  @Test
  void claim_whoseDayChangeUnderflows_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Claim.of(1e-10, 0.2, Double.MIN_VALUE, "test"));
    assertThrows(IllegalArgumentException.class,
        () -> Claim.of(-0.5, 0.2, Double.MIN_VALUE, "test"));
  }

  @Test
  void fits_thatCannotReproduceTheClaim_throw() {
    // A time change of 1e-300 leaves newDays == baselineDays in double: no constant, linear or
    // per-day function can then give a 20% trade change, though each fit returned one.
    Claim invisible = Claim.of(1e-300, 0.2, 20, "test");
    for (Function<Claim, ElasticityFunction> fit :
        java.util.List.<Function<Claim, ElasticityFunction>>of(
            Calibration::constant, Calibration::linear, Calibration::perDay)) {
      assertThrows(IllegalArgumentException.class, () -> fit.apply(invisible));
    }
  }

  @Test
  void fits_ofOrdinaryClaims_reproduceThem() {
    Claim c = Claim.of(-0.10, 0.20, 20, "test");
    // Oracles written out: x0 = 20, x1 = 18, target multiplier 1.2.
    assertEquals(1.2, Calibration.constant(c).multiplier(20, 18), 1e-12);
    assertEquals(1.2, Calibration.linear(c).multiplier(20, 18), 1e-12);
    assertEquals(1.2, Calibration.perDay(c).multiplier(20, 18), 1e-12);
    assertEquals(1.2, Calibration.tariffCompounding(c, 4).multiplier(20, 18), 1e-12);
    assertEquals(1.2, Calibration.tariffAdValorem(c, 4).multiplier(20, 18), 1e-12);
  }
}
