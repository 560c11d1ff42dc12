package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.Distance;
import org.kervan.quantity.Speed;

/** The Monte Carlo wait of an irregular service has the mean H (1 + CV^2) / 2. */
class IrregularWaitTest {
  private static Corridor ferry(double cv) {
    Leg l =
        Leg.of("INNSA", "GRPIR", Mode.FERRY, Distance.ofKilometres(24), Speed.ofKilometresPerHour(24))
            .withDeparturesPerWeek(7);
    if (cv > 0) {
      l = l.withHeadwayCv(cv);
    }
    return Corridor.of(
        List.of(Fixtures.MUMBAI, Fixtures.PIRAEUS), List.of(l), WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  @Test
  void meanOfTheDraws_isTheExpectedWait_forEveryCv() {
    for (double cv : new double[] {0, 0.5, 1, 1.5}) {
      Corridor c = ferry(cv);
      // H = 24 h: expected wait 12 (1 + CV^2) h, plus one hour of running.
      double expectedHours = 12 * (1 + cv * cv) + 1;
      assertEquals(expectedHours, c.totalHours(), 1e-12);
      CorridorReliability r = CorridorReliability.of(c, 200_000, 17);
      // Standard error of the mean is below 0.05 h at 200,000 draws for these CVs.
      assertEquals(expectedHours / 24, r.meanDays(), 0.25 / 24, "cv " + cv + ": " + r);
    }
  }

  @Test
  void irregularService_hasTheLongerTail() {
    CorridorReliability regular = CorridorReliability.of(ferry(0), 50_000, 3);
    CorridorReliability irregular = CorridorReliability.of(ferry(1), 50_000, 3);
    assertTrue(irregular.p95Days() > regular.p95Days() * 1.5, irregular + " vs " + regular);
  }
}
