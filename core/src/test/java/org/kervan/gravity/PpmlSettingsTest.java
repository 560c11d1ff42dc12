package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The estimator's stopping rules: defaults, copies, limits and text. */
class PpmlSettingsTest {

  @Test
  void defaults_areppmlhdfesRules() {
    Ppml p = Ppml.defaults();
    assertEquals(1e-8, p.tolerance());
    assertEquals(1e-10, p.demeanTolerance());
    assertEquals(1000, p.maxIterations());
    assertEquals("Ppml[tolerance 1.00e-08, demeanTolerance 1.00e-10, maxIterations 1000]",
        p.toString());
  }

  @Test
  void copies_changeOneRuleEach() {
    Ppml p = Ppml.defaults().withTolerance(1e-6).withDemeanTolerance(1e-9).withMaxIterations(1);
    assertEquals(1e-6, p.tolerance());
    assertEquals(1e-9, p.demeanTolerance());
    assertEquals(1, p.maxIterations());
    assertEquals(Double.MIN_VALUE, Ppml.defaults().withTolerance(Double.MIN_VALUE).tolerance());
  }

  @Test
  void rulesOutOfTheirDomain_areRejectedNamingThem() {
    assertEquals("tolerance must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Ppml.defaults().withTolerance(0))
            .getMessage());
    assertEquals("tolerance must be finite and > 0, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> Ppml.defaults().withTolerance(Double.POSITIVE_INFINITY)).getMessage());
    assertEquals("demeanTolerance must be finite and > 0, was -1.0E-9",
        assertThrows(IllegalArgumentException.class,
            () -> Ppml.defaults().withDemeanTolerance(-1e-9)).getMessage());
    assertEquals("maxIterations must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> Ppml.defaults().withMaxIterations(0))
            .getMessage());
  }
}
