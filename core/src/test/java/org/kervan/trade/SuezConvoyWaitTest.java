package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.TimeSpread;
import org.kervan.network.WaitPolicy;

/**
 * The Suez convoy wait is counted once: its nominal 12 h is the half headway of a daily convoy, so
 * its spread must keep that mean (it was multiplied by a 0.5-4.0 queue spread, a mean of 22 h),
 * and it is a wait for passage, not a dwell.
 */
class SuezConvoyWaitTest {
  private static final Network NET = DefaultNetwork.load();

  @Test
  void suezSpread_keepsTheHalfHeadwayAsItsMean() {
    Node suez = NET.node("CP_SUEZ");
    assertEquals(12.0, suez.dwellHours(), 0);
    TimeSpread s = suez.timeSpread().orElseThrow();
    // Triangular on [low, high] with mode 1: mean (low + 1 + high) / 3.
    assertEquals(1.0, (s.lowFactor() + 1 + s.highFactor()) / 3, 1e-12);
  }

  @Test
  void convoyWait_isWaitingNotDwell_andItsDrawnMeanIsTheNominal() {
    Node in = NET.nodes().stream().filter(n -> NET.leg(n.id(), "CP_SUEZ",
        org.kervan.network.Mode.SEA).isPresent()).findFirst().orElseThrow();
    Node out = NET.nodes().stream().filter(n -> !n.equals(in) && NET.leg("CP_SUEZ", n.id(),
        org.kervan.network.Mode.SEA).isPresent()).findFirst().orElseThrow();
    Corridor c =
        Corridor.of(
            List.of(in, NET.node("CP_SUEZ"), out),
            List.of(
                NET.leg(in.id(), "CP_SUEZ", org.kervan.network.Mode.SEA).orElseThrow(),
                NET.leg("CP_SUEZ", out.id(), org.kervan.network.Mode.SEA).orElseThrow()),
            WaitPolicy.EXPECTED_HALF_HEADWAY);
    assertEquals(0.5, CorridorDays.of(c).waitingDays(), 1e-12);
    assertEquals(0.0, CorridorDays.of(c).dwellDays(), 0);
    CorridorReliability r = CorridorReliability.of(c, 100_000, 5);
    // The sea legs have no spread here, so the mean differs from the nominal by sampling error only.
    assertEquals(c.totalDays(), r.meanDays(), 0.01, r.toString());
    assertTrue(r.p95Days() > c.totalDays(), r.toString());
  }
}
