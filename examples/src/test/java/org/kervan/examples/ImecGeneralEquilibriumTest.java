package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kervan.gravity.GeResult;

class ImecGeneralEquilibriumTest {
  static ImecGeneralEquilibrium.Result result;
  static String printed;

  @BeforeAll
  static void runTheExample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result = ImecGeneralEquilibrium.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fit_isThePublishedChapter2Estimate() {
    // Yotov et al. (2016), ch. 2, application 1: ln DIST -0.7913, CNTG 0.6736, INTL_BRDR -2.4745.
    assertEquals(-0.7913, result.fit().coefficient("ln_DIST"), 0.00005);
    assertEquals(0.6736, result.fit().coefficient("CNTG"), 0.00005);
    assertEquals(-2.4745, result.fit().coefficient("INTL_BRDR"), 0.00005);
  }

  @Test
  void closingTheRedSea_hurtsIndia_andImecSoftensIt() {
    GeResult closed = result.results().get("Red Sea closed (Cape)");
    GeResult insured = result.results().get("Red Sea closed, IMEC built");
    assertTrue(closed.effect("IND").realGdp() < 0, closed.effect("IND").toString());
    assertTrue(
        insured.effect("IND").realGdp() >= closed.effect("IND").realGdp(),
        insured.effect("IND") + " vs " + closed.effect("IND"));
    // General equilibrium dampens the direct effect on India-Europe trade.
    double pe = result.partialEquilibrium().get("Red Sea closed (Cape)") - 1;
    double ge =
        ImecGeneralEquilibrium.indiaEurope(closed, true)
                / ImecGeneralEquilibrium.indiaEurope(closed, false)
            - 1;
    assertTrue(pe < 0 && ge < 0 && Math.abs(ge) < Math.abs(pe), pe + " vs " + ge);
    // PE multiplier is (t1/t0)^-(sigma-1), from the bridge's change.
    double d = result.deltas().get("Red Sea closed (Cape)").deltaLnTradeCost();
    assertEquals(Math.exp(-6 * d), pe + 1, 1e-12);
  }

  @Test
  void printsItsAssumptions() {
    assertTrue(printed.contains("Assumptions"), printed);
    assertTrue(printed.contains("sigma = 7"), printed);
    assertTrue(printed.contains("IMEC as insurance"), printed);
    assertTrue(printed.contains("IMEC is IMEC as planned: 4 of its"), printed);
  }
}
