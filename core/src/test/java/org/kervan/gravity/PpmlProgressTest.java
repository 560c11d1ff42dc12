package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.kervan.progress.Cancellation;

class PpmlProgressTest {
  private static final GravityModel MODEL =
      new GravityModel(
          List.of("ln_dist"),
          List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME),
          Vce.robust());

  /** A noisy panel, so IRLS needs several iterations; 20 countries, 2 years. */
  private static TradePanel panel() {
    Random r = new Random(7);
    TradePanel.Builder b = TradePanel.builder(List.of("ln_dist"));
    for (int t = 0; t < 2; t++) {
      for (int i = 0; i < 20; i++) {
        for (int j = 0; j < 20; j++) {
          double lnDist = Math.log(500 + 9000 * r.nextDouble());
          double mu = Math.exp(20 - 0.9 * lnDist + 0.3 * r.nextGaussian());
          double flow = r.nextDouble() < 0.1 ? 0 : mu * Math.exp(r.nextGaussian());
          b.add("C" + i, "C" + j, "Y" + t, flow, lnDist);
        }
      }
    }
    return b.build();
  }

  @Test
  void progressRisesFromZeroToAllUnits_andLeavesTheFitUnchanged() {
    TradePanel panel = panel();
    List<long[]> calls = new ArrayList<>();
    GravityFit reported =
        Ppml.defaults()
            .fit(panel, MODEL, (done, total) -> calls.add(new long[] {done, total}), Cancellation.never());
    GravityFit plain = Ppml.defaults().fit(panel, MODEL);
    assertEquals(plain.coefficient("ln_dist"), reported.coefficient("ln_dist"));
    assertEquals(plain.standardError("ln_dist"), reported.standardError("ln_dist"));
    assertEquals(plain.iterations(), reported.iterations());
    assertTrue(plain.iterations() > 3, "a fit with several iterations: " + plain.iterations());
    assertEquals(0, calls.get(0)[0]);
    assertEquals(1000, calls.get(calls.size() - 1)[0]);
    assertTrue(calls.size() > 2, "progress between start and end");
    for (int i = 0; i < calls.size(); i++) {
      assertEquals(1000, calls.get(i)[1]);
      if (i > 0) {
        assertTrue(calls.get(i)[0] > calls.get(i - 1)[0], "progress only rises");
      }
      if (i < calls.size() - 1) {
        assertTrue(calls.get(i)[0] < 1000, "all units only once converged");
      }
    }
  }

  @Test
  void cancellation_stopsTheFitWithoutAResult() {
    TradePanel panel = panel();
    Cancellation cancel = Cancellation.create();
    int[] callsAfterCancel = {0};
    assertThrows(
        CancellationException.class,
        () ->
            Ppml.defaults()
                .fit(
                    panel,
                    MODEL,
                    (done, total) -> {
                      if (cancel.isCancelled()) {
                        callsAfterCancel[0]++;
                      }
                      if (done > 0) {
                        cancel.cancel();
                      }
                    },
                    cancel));
    assertEquals(0, callsAfterCancel[0], "no iteration runs after the cancel");
    Cancellation before = Cancellation.create();
    before.cancel();
    assertThrows(
        CancellationException.class,
        () -> Ppml.defaults().fit(panel, MODEL, (d, t) -> {}, before));
  }

  @Test
  void convergenceProgress_mapsTheCriterionOnALogScale() {
    List<Long> done = new ArrayList<>();
    ConvergenceProgress p = new ConvergenceProgress((d, t) -> done.add(d), 1e-8);
    p.iteration(1e-2); // a quarter of the way on a log scale from 1 to 1e-8
    p.iteration(1e-1); // the criterion rose: no report
    p.iteration(Double.NaN);
    p.iteration(1e-12); // beyond the tolerance but not converged: held below all units
    p.converged();
    assertEquals(4, done.size(), done.toString());
    // ln(1e-2) / ln(1e-8) is 1/4 up to rounding, so the floor is 249 or 250.
    assertTrue(done.get(1) == 249 || done.get(1) == 250, done.toString());
    assertEquals(List.of(0L, 999L, 1000L), List.of(done.get(0), done.get(2), done.get(3)));
  }
}
