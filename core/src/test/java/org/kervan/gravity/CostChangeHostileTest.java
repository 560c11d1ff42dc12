package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kervan.network.HostileDoubles;

/**
 * Hostile cost changes: a {@code delta_ln_t} cell is rejected naming file, line and column, or
 * read back exactly; a general equilibrium under any accepted change either throws a documented
 * exception or gives finite effects and non-negative finite flows.
 */
class CostChangeHostileTest {

  @Provide
  Arbitrary<Double> hostile() {
    return HostileDoubles.any();
  }

  private static GravityBaseline baseline() {
    GravityBaseline.Builder b = GravityBaseline.builder(5, "C0");
    double[][] flow = {{50, 10, 5}, {8, 40, 6}, {4, 7, 30}};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        b.add("C" + i, "C" + j, flow[i][j], i == j ? 0 : -1.5);
      }
    }
    return b.build();
  }

  private static final GravityBaseline BASELINE = baseline();

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void deltaCell_isRejectedOrReadExactly(@ForAll("hostile") double delta) throws IOException {
    Path file = Files.createTempFile("cost-change", ".csv");
    try {
      Files.writeString(file, "exporter,importer,delta_ln_t\nC0,C1," + delta + "\n",
          StandardCharsets.UTF_8);
      CostChange change;
      try {
        change = GravityCsv.readCostChange(file);
      } catch (PanelFormatException e) {
        assertTrue(!HostileDoubles.finite(delta), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName() + ":2: column 3"), e.getMessage());
        return;
      }
      assertEquals(delta, change.deltaLnCost("C0", "C1"));
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void generalEquilibrium_underAnyChange_isRejectedOrFinite(@ForAll("hostile") double delta) {
    GeResult r;
    try {
      CostChange change = CostChange.builder().set("C0", "C1", delta).build();
      r = GeneralEquilibrium.defaults().conditional(BASELINE, change);
    } catch (IllegalArgumentException | ConvergenceException e) {
      return;
    }
    for (CountryEffect e : r.effects()) {
      assertTrue(HostileDoubles.finite(e.internationalExports()), e.toString());
      assertTrue(HostileDoubles.finite(e.realGdp()), e.toString());
      assertTrue(HostileDoubles.finite(e.output()), e.toString());
      for (int j = 0; j < 3; j++) {
        double f = r.counterfactualFlow(e.country(), "C" + j);
        assertTrue(f >= 0 && HostileDoubles.finite(f), e.country() + " -> C" + j + ": " + f);
      }
    }
    if (delta == 0) {
      // No change: the counterfactual is the baseline equilibrium.
      assertEquals(r.baselineFlow("C0", "C1"), r.counterfactualFlow("C0", "C1"), 1e-9);
    }
  }
}
