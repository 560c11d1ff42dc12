package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * Totals over a very long corridor stay within the textbook bound of left-to-right summation:
 * {@code |total - exact| <= (n - 1) * 2^-53 * sum |step|} (Higham, Accuracy and Stability of
 * Numerical Algorithms, 2nd ed., eq. 4.4), where {@code exact} is the sum of the same step values
 * in {@link BigDecimal}, which has no rounding at this size.
 */
class CorridorPrecisionTest {
  private static final int LEGS = 100_000;
  private static final double UNIT_ROUNDOFF = Math.scalb(1.0, -53);

  @Test
  void totals_over100000Legs_stayWithinTheSummationBound() {
    Random rnd = new Random(42);
    List<Node> nodes = new ArrayList<>(LEGS + 1);
    for (int i = 0; i <= LEGS; i++) {
      nodes.add(
          Node.atSea("N_" + i, "n" + i, NodeKind.WAYPOINT, GeoPoint.of(i % 170 - 85, i % 350 - 175)));
    }
    List<Leg> legs = new ArrayList<>(LEGS);
    for (int i = 0; i < LEGS; i++) {
      // Distances over six orders of magnitude, so that small steps meet a large running total.
      double km = Math.pow(10, rnd.nextDouble() * 6 - 2);
      Leg leg =
          Leg.of(
                  nodes.get(i).id(),
                  nodes.get(i + 1).id(),
                  Mode.SEA,
                  Distance.ofKilometres(km),
                  Speed.ofKilometresPerHour(5 + rnd.nextDouble() * 50))
              .withCost(rnd.nextDouble() * 100, rnd.nextDouble() * 0.1);
      legs.add(rnd.nextInt(5) == 0 ? leg.withDeparturesPerWeek(0.5 + rnd.nextInt(14)) : leg);
    }
    Corridor c = Corridor.of(nodes, legs, WaitPolicy.EXPECTED_HALF_HEADWAY);
    BigDecimal exactHours = BigDecimal.ZERO;
    BigDecimal exactCost = BigDecimal.ZERO;
    double absHours = 0;
    double absCost = 0;
    for (Corridor.Step s : c.steps()) {
      exactHours = exactHours.add(new BigDecimal(s.hours()), MathContext.UNLIMITED);
      exactCost = exactCost.add(new BigDecimal(s.costUsd()), MathContext.UNLIMITED);
      absHours += Math.abs(s.hours());
      absCost += Math.abs(s.costUsd());
    }
    double bound = (LEGS - 1) * UNIT_ROUNDOFF;
    double hoursError =
        new BigDecimal(c.totalHours()).subtract(exactHours).abs().doubleValue() / absHours;
    double costError =
        new BigDecimal(c.totalCostUsd()).subtract(exactCost).abs().doubleValue() / absCost;
    assertTrue(hoursError <= bound, "hours relative error " + hoursError + " > " + bound);
    assertTrue(costError <= bound, "cost relative error " + costError + " > " + bound);
    // The bound is loose: the error actually seen is far smaller, but not zero.
    assertTrue(hoursError < 1e-12, "hours relative error " + hoursError);
  }
}
