package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.kervan.elasticity.Presets;
import org.kervan.progress.Cancellation;

class GainMonteCarloProgressTest {
  @Test
  void progress_isReported_andDoesNotChangeTheResult() {
    Counterfactual cf = Counterfactual.observed(1e6, Fixtures.suez());
    List<Long> done = new ArrayList<>();
    GainDistribution a =
        GainMonteCarlo.run(
            cf, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 10_000, 4,
            (d, total) -> {
              assertEquals(10_000, total);
              done.add(d);
            },
            Cancellation.never());
    GainDistribution b =
        GainMonteCarlo.run(cf, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 10_000, 4);
    assertEquals(b, a);
    assertEquals(List.of(4096L, 8192L, 10_000L), done);
  }

  @Test
  void cancellation_stopsBetweenDraws() {
    Cancellation c = Cancellation.create();
    Counterfactual cf = Counterfactual.observed(1e6, Fixtures.suez());
    assertThrows(
        CancellationException.class,
        () ->
            GainMonteCarlo.run(
                cf, Fixtures.suez(), Fixtures.imec(), Presets.HUMMELS_SCHAUR_2013, 100_000, 4,
                (d, total) -> c.cancel(), c));
  }
}
