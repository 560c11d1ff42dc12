package org.kervan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kervan.data.DefaultNetwork;
import org.kervan.data.NamedCorridor;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

class PathSizeLogitTest {

  private static final Network NET = DefaultNetwork.load();
  private static final Corridor SUEZ = NamedCorridor.SUEZ_ALL_SEA.corridor(NET);
  private static final Corridor IMEC = NamedCorridor.IMEC_AS_PLANNED.corridor();

  @Test
  void effectiveDays_duplicatedImec_doesNotManufactureAShorterTime() {
    // With the plain multinomial logit at mu = 0.5 per day the pair {Suez, IMEC} gives 9.23 days
    // and {Suez, IMEC, IMEC} 8.47: a copy of a route is not a new route (IIA). The path-size
    // correction (Ben-Akiva & Bierlaire 1999) gives each copy half the weight, so nothing changes.
    LogitDiversion logit = LogitDiversion.of(0.5);
    double one = logit.effectiveDays(List.of(SUEZ, IMEC));
    double two = logit.effectiveDays(List.of(SUEZ, IMEC, IMEC));
    assertEquals(one, two, 1e-12);
  }

  @Test
  void sharesByDays_duplicatedImec_copiesShareWhatOneHad() {
    LogitDiversion logit = LogitDiversion.of(0.5);
    double[] one = logit.sharesByDays(List.of(SUEZ, IMEC));
    double[] two = logit.sharesByDays(List.of(SUEZ, IMEC, IMEC));
    assertEquals(one[0], two[0], 1e-12);
    assertEquals(one[1], two[1] + two[2], 1e-12);
    assertEquals(two[1], two[2], 0);
  }

  @Test
  void effectiveDays_withoutPathSize_isThePlainLogitThatDuplicationFools() {
    // beta_PS = 0 is the multinomial logit: a copy lowers the "effective days" (9.23 -> 8.47 on
    // the first default network), by -ln(1 + exp(-mu x_IMEC) / sum) / mu exactly.
    LogitDiversion plain = LogitDiversion.of(0.5).withPathSizeWeight(0);
    double xs = SUEZ.totalDays();
    double xi = IMEC.totalDays();
    double one = -Math.log(Math.exp(-0.5 * xs) + Math.exp(-0.5 * xi)) / 0.5;
    double two = -Math.log(Math.exp(-0.5 * xs) + 2 * Math.exp(-0.5 * xi)) / 0.5;
    assertEquals(one, plain.effectiveDays(List.of(SUEZ, IMEC)), 1e-9);
    assertEquals(two, plain.effectiveDays(List.of(SUEZ, IMEC, IMEC)), 1e-9);
    assertTrue(two < one - 0.1);
  }

  private static final Node O = node("AAAAA");
  private static final Node M = node("BBBBB");
  private static final Node D = node("CCCCC");
  private static final Node N = node("DDDDD");

  private static Node node(String id) {
    return Node.of(id, id, "IN", NodeKind.SEAPORT, GeoPoint.of(10, 10));
  }

  private static Leg leg(Node a, Node b, double km) {
    return Leg.of(a.id(), b.id(), Mode.SEA, Distance.ofKilometres(km), Speed.ofKilometresPerHour(24));
  }

  // A = O-M (1000 km), M-D (3000 km); B = O-M (1000 km), M-N (500 km), N-D (500 km).
  private static final Corridor A =
      Corridor.of(List.of(O, M, D), List.of(leg(O, M, 1000), leg(M, D, 3000)),
          WaitPolicy.EXPECTED_HALF_HEADWAY);
  private static final Corridor B =
      Corridor.of(List.of(O, M, N, D), List.of(leg(O, M, 1000), leg(M, N, 500), leg(N, D, 500)),
          WaitPolicy.EXPECTED_HALF_HEADWAY);

  @Test
  void pathSizes_overlappingRoutes_matchTheFormulaByHand() {
    // PS_A = 1000/4000 * 1/2 + 3000/4000 = 0.875; PS_B = 1000/2000 * 1/2 + 1000/2000 = 0.75.
    double[] ps = LogitDiversion.pathSizes(List.of(A, B));
    assertEquals(0.875, ps[0], 1e-15);
    assertEquals(0.75, ps[1], 1e-15);
    // Disjoint routes keep PS = 1; a route alone has PS = 1.
    assertEquals(1.0, LogitDiversion.pathSizes(List.of(A))[0], 0);
    // Two copies of A with B: A's path size is split between its copies, B's is unchanged.
    double[] dup = LogitDiversion.pathSizes(List.of(A, B, A));
    assertEquals(0.4375, dup[0], 1e-15);
    assertEquals(0.75, dup[1], 1e-15);
    assertEquals(0.4375, dup[2], 1e-15);
  }

  @Test
  void sharesAndLogsum_withPathSizes_matchTheFormulaByHand() {
    // A: 4000 km / 24 km/h = 166.67 h = 6.9444 d; B: 2000 km = 3.4722 d; mu = 0.8 per day.
    double dA = 4000.0 / 24 / 24;
    double dB = 2000.0 / 24 / 24;
    double wA = Math.exp(-0.8 * dA + Math.log(0.875));
    double wB = Math.exp(-0.8 * dB + Math.log(0.75));
    LogitDiversion logit = LogitDiversion.of(0.8);
    double[] p = logit.sharesByDays(List.of(A, B));
    assertEquals(wA / (wA + wB), p[0], 1e-14);
    assertEquals(wB / (wA + wB), p[1], 1e-14);
    assertEquals(-Math.log(wA + wB) / 0.8, logit.logsumDays(List.of(A, B)), 1e-12);
    assertEquals(logit.logsumDays(List.of(A, B)), logit.effectiveDays(List.of(A, B)), 0);
  }

  @Test
  void logsumGeneralisedDays_addsFreightCostOverValueOfTime() {
    // Costs are zero in these legs, so generalised days are transit days; with a cost of USD 500
    // on A's long leg and VOT = 100 USD/day, A's generalised time is 5 days longer.
    Corridor costly =
        Corridor.of(List.of(O, M, D), List.of(leg(O, M, 1000), leg(M, D, 3000).withCost(500, 0)),
            WaitPolicy.EXPECTED_HALF_HEADWAY);
    double gA = 4000.0 / 24 / 24 + 5;
    double gB = 2000.0 / 24 / 24;
    double expected =
        -Math.log(Math.exp(-0.8 * gA + Math.log(0.875)) + Math.exp(-0.8 * gB + Math.log(0.75)))
            / 0.8;
    assertEquals(expected, LogitDiversion.of(0.8).logsumGeneralisedDays(List.of(costly, B), 100),
        1e-12);
  }

  @Test
  void calibrate_twoAlternatives_matchesTheClosedForm() {
    // mu = (beta*ln(PS1/PS2) - ln(s1/s2)) / (c1 - c2).
    double expected = (Math.log(0.875 / 0.75) - Math.log(0.6 / 0.4)) / (10.0 - 12.0);
    LogitDiversion.Calibration fit =
        LogitDiversion.calibrate(
            new double[] {10, 12}, new double[] {0.875, 0.75}, new double[] {0.6, 0.4}, 1.0);
    assertEquals(expected, fit.logit().scale(), 1e-10);
    assertEquals(0.6 * 10 + 0.4 * 12, fit.observedMeanCost(), 1e-12);
    assertEquals(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4), fit.logLikelihood(), 1e-9);
    assertTrue(fit.logit().toString().contains("calibrated"), fit.logit().toString());
    assertTrue(fit.evaluations() > 0);
    // Plain logit, c = (10, 12), P_1 = 1/(1+e^-1): mu = 0.5.
    assertEquals(0.5,
        LogitDiversion.calibrate(new double[] {10, 12}, new double[] {1, 1},
            new double[] {0.7310585786300049, 1 - 0.7310585786300049}, 0).logit().scale(), 1e-10);
  }

  @Test
  void calibrate_manyAlternatives_recoversTheScaleThatMadeTheShares() {
    double[] c = {9.5, 10.8, 12.0, 31.1};
    double[] ps = {0.9, 0.6, 1.0, 0.45};
    // Shares written by hand from mu = 0.37 per day, beta_PS = 1.
    double[] w = new double[4];
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      w[i] = ps[i] * Math.exp(-0.37 * c[i]);
      sum += w[i];
    }
    for (int i = 0; i < 4; i++) {
      w[i] /= sum;
    }
    assertEquals(0.37, LogitDiversion.calibrate(c, ps, w, 1.0).logit().scale(), 1e-9);
  }

  @Test
  void calibrateByDays_corridors_roundTripsTheShares() {
    double[] observed = LogitDiversion.of(0.5).sharesByDays(List.of(SUEZ, IMEC));
    LogitDiversion fitted = LogitDiversion.calibrateByDays(List.of(SUEZ, IMEC), observed).logit();
    assertEquals(0.5, fitted.scale(), 1e-9);
  }

  @Test
  void calibrate_sharesNoLogitCanGive_areRejectedWithTheLimits() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> LogitDiversion.calibrate(new double[] {10, 12}, new double[] {1, 1},
                new double[] {0.3, 0.7}, 1.0));
    assertEquals(
        "observedShares must give a mean cost strictly between the smallest cost 10.0 (mu -> "
            + "infinity) and the path-size-weighted mean cost 11.0 (mu -> 0), was 11.399999999999999",
        e.getMessage());
    assertEquals("observedShares must sum to 1 within 1e-9, was 0.9",
        assertThrows(IllegalArgumentException.class,
            () -> LogitDiversion.calibrate(new double[] {10, 12}, new double[] {1, 1},
                new double[] {0.5, 0.4}, 1.0)).getMessage());
    assertEquals("pathSizes[1] must be in (0, 1], was 1.5",
        assertThrows(IllegalArgumentException.class,
            () -> LogitDiversion.calibrate(new double[] {10, 12}, new double[] {1, 1.5},
                new double[] {0.5, 0.5}, 1.0)).getMessage());
    assertEquals("costs must have at least 2 alternatives, was 1",
        assertThrows(IllegalArgumentException.class,
            () -> LogitDiversion.calibrate(new double[] {10}, new double[] {1},
                new double[] {1}, 1.0)).getMessage());
    assertEquals("pathSizeWeight must be finite, >= 0 and <= 1000000.0, was -1.0",
        assertThrows(IllegalArgumentException.class,
            () -> LogitDiversion.of(1).withPathSizeWeight(-1)).getMessage());
  }

  @Test
  void toString_givenScale_saysAssumption() {
    assertEquals(
        "logit mu=0.5 (assumption: given by the caller, not calibrated to observed shares), "
            + "beta_PS=1.0",
        LogitDiversion.of(0.5).toString());
  }

  @Property(tries = 200)
  void duplicatingAnyCorridor_changesNeitherTheOthersSharesNorTheLogsum(
      @ForAll @IntRange(min = 0, max = 3) int copied,
      @ForAll @IntRange(min = 1, max = 3) int extraCopies,
      @ForAll @DoubleRange(min = 0.05, max = 5) double mu) {
    List<Corridor> base = List.of(A, B, SUEZ, IMEC);
    List<Corridor> dup = new ArrayList<>(base);
    for (int k = 0; k < extraCopies; k++) {
      dup.add(base.get(copied));
    }
    LogitDiversion logit = LogitDiversion.of(mu);
    double[] p = new double[4];
    logit.shares(days(base), LogitDiversion.pathSizes(base), p);
    double[] q = new double[dup.size()];
    logit.shares(days(dup), LogitDiversion.pathSizes(dup), q);
    double copiedShare = q[copied];
    for (int k = 4; k < q.length; k++) {
      copiedShare += q[k];
    }
    for (int i = 0; i < 4; i++) {
      assertEquals(p[i], i == copied ? copiedShare : q[i], 1e-12);
    }
    assertEquals(logit.logsum(days(base), LogitDiversion.pathSizes(base)),
        logit.logsum(days(dup), LogitDiversion.pathSizes(dup)), 1e-9);
  }

  @Property(tries = 200)
  void calibrate_recoversAnyScaleFromTheSharesItImplies(
      @ForAll @DoubleRange(min = 0.01, max = 3) double mu) {
    List<Corridor> all = List.of(A, B, SUEZ, IMEC);
    double[] p = LogitDiversion.of(mu).sharesByDays(all);
    assertEquals(mu, LogitDiversion.calibrateByDays(all, p).logit().scale(), 1e-8 * (1 + mu));
  }

  private static double[] days(List<Corridor> corridors) {
    double[] d = new double[corridors.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = corridors.get(i).totalDays();
    }
    return d;
  }

  @Test
  void valueTypes_equalsAndNulls() {
    LogitDiversion a = LogitDiversion.of(0.5);
    new EqualsTester()
        .addEqualityGroup(a, new LogitDiversion(0.5, 1.0, LogitDiversion.GIVEN_SCALE_SOURCE))
        .addEqualityGroup(a.withPathSizeWeight(0))
        .addEqualityGroup(new LogitDiversion(0.5, 1.0, "calibrated"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new LogitDiversion.Calibration(a, 10, -0.5, 7),
            new LogitDiversion.Calibration(a, 10, -0.5, 7))
        .addEqualityGroup(new LogitDiversion.Calibration(a, 11, -0.5, 7))
        .addEqualityGroup(new LogitDiversion.Calibration(a, 10, -0.6, 7))
        .testEquals();
    NullPointerTester t = new NullPointerTester()
        .setDefault(List.class, List.of(SUEZ, IMEC))
        .setDefault(LogitDiversion.class, a)
        .setDefault(String.class, "x");
    t.testAllPublicStaticMethods(LogitDiversion.class);
    t.testAllPublicConstructors(LogitDiversion.Calibration.class);
    assertEquals("logLikelihood must be finite and <= 0, was 0.1",
        assertThrows(IllegalArgumentException.class,
            () -> new LogitDiversion.Calibration(a, 10, 0.1, 1)).getMessage());
    assertEquals("scaleSource must not be blank, was ''",
        assertThrows(IllegalArgumentException.class, () -> new LogitDiversion(1, 1, ""))
            .getMessage());
  }
}
