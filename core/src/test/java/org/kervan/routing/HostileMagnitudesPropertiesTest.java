package org.kervan.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kervan.elasticity.Calibration;
import org.kervan.elasticity.Claim;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import org.kervan.trade.TradeGain;

/**
 * Hostile magnitudes for the public numeric parameters of legs, nodes, route requests, k-shortest
 * and matrix sizes, claims and trade gains: NaN, infinities, signed zeros, subnormals, the largest
 * doubles, the edges of the documented limits and random magnitudes from 10^-324 to 10^308. The
 * invariant is always the same: a documented exception ({@link IllegalArgumentException}), or a
 * finite result equal to a reference computed here, independently of the code under test.
 */
class HostileMagnitudesPropertiesTest {
  private static final Network SUEZ = RoutingFixtures.suezNetwork();

  @Provide
  Arbitrary<Double> hostile() {
    Arbitrary<Double> special = Arbitraries.of(
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 1e300,
        1e308, 5e307, 1e305, 1e16, 1e15, 1e13, 1e12, 1e9, 1e9 * (1 + 1e-15), 1.0, -1.0, 0.5);
    Arbitrary<Double> magnitude = Arbitraries.integers().between(-324, 308)
        .flatMap(e -> Arbitraries.doubles().between(1, 10).map(m -> m * Math.pow(10, e)));
    Arbitrary<Double> ordinary = Arbitraries.doubles().between(-1e4, 1e4);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, special), net.jqwik.api.Tuple.of(4, magnitude),
        net.jqwik.api.Tuple.of(3, ordinary));
  }

  @Provide
  Arbitrary<Integer> hostileCount() {
    return Arbitraries.oneOf(
        Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, 100, 10_000, 10_001, 46_341, 65_536,
            107_374_183, 100_000_000, Integer.MAX_VALUE - 1, Integer.MAX_VALUE),
        Arbitraries.integers());
  }

  private static boolean finite(double x) {
    return Math.abs(x) < Double.POSITIVE_INFINITY;
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void leg_isRejectedOrHasFiniteChargesEqualToTheFormula(
      @ForAll("hostile") double km, @ForAll("hostile") double kmh,
      @ForAll("hostile") double fixedUsd, @ForAll("hostile") double usdPerKm,
      @ForAll("hostile") double departures) {
    Leg leg;
    try {
      leg = Leg.of("INNSA", "GRPIR", Mode.SEA, Distance.ofKilometres(km),
              Speed.ofKilometresPerHour(kmh))
          .withCost(fixedUsd, usdPerKm)
          .withDeparturesPerWeek(departures);
    } catch (IllegalArgumentException expected) {
      return;
    }
    double running = km / kmh;
    assertTrue(finite(running) && running > 0, "running " + running);
    assertEquals(running, leg.runningHours());
    assertEquals(fixedUsd + usdPerKm * km, leg.costUsd());
    assertTrue(finite(leg.costUsd()));
    // The documented conversion never throws for an accepted leg.
    assertTrue(leg.runningTime().getSeconds() >= 0);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void node_isRejectedOrChargesFiniteSums(
      @ForAll("hostile") double transshipmentHours, @ForAll("hostile") double borderHours,
      @ForAll("hostile") double dwellHours, @ForAll("hostile") double borderUsd) {
    Node n;
    try {
      n = new Node("AZBAK", "Baku", Optional.of("AZ"), NodeKind.SEAPORT, GeoPoint.of(40, 50),
          transshipmentHours, 1, dwellHours, 1, borderHours, borderUsd, Optional.empty(), "test");
    } catch (IllegalArgumentException expected) {
      return;
    }
    assertTrue(finite(n.transshipmentHours() + n.borderHours() + n.dwellHours()));
    assertTrue(finite(n.borderCostUsd() + n.transshipmentCostUsd()));
  }

  @Property(tries = 120, edgeCases = EdgeCasesMode.NONE)
  void route_withOneHostileLegAndValueOfTime_isRejectedOrEqualsTheReference(
      @ForAll("hostile") double km, @ForAll("hostile") double kmh,
      @ForAll("hostile") double fixedUsd, @ForAll("hostile") double valueOfTime) {
    Network net;
    RouteRequest request;
    try {
      Leg hostileLeg = Leg.of("AEJEA", "GRPIR", Mode.SEA, Distance.ofKilometres(km),
              Speed.ofKilometresPerHour(kmh))
          .withCost(fixedUsd, 0);
      net = SUEZ.toBuilder().addLeg(hostileLeg).build();
      request = RouteRequest.of("INNSA", "GRPIR").withGeneralisedCost(valueOfTime);
    } catch (IllegalArgumentException expected) {
      return;
    }
    double reference = RoutingFixtures.referenceBest(net, request);
    assertTrue(finite(reference), "reference " + reference);
    double vot = request.options().valueOfTimeUsdPerTeuDay();
    for (Router r : List.of(DijkstraRouter.of(net), AStarRouter.of(net))) {
      Corridor c = r.route(request).orElseThrow();
      assertEquals(reference, c.generalisedCostUsd(vot), r.toString());
    }
    List<Corridor> yen = YenKShortestRouter.of(net).alternatives(request, 3);
    assertEquals(reference, yen.get(0).generalisedCostUsd(vot));
    for (int i = 1; i < yen.size(); i++) {
      double a = yen.get(i - 1).generalisedCostUsd(vot);
      double b = yen.get(i).generalisedCostUsd(vot);
      assertTrue(finite(b) && a <= b, "Yen out of order: " + a + ", " + b);
    }
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void kShortest_isRejectedOrEqualsBruteForce(@ForAll("hostileCount") int k) {
    RouteRequest r = RouteRequest.of("INNSA", "GRPIR");
    List<Corridor> found;
    try {
      found = YenKShortestRouter.of(SUEZ).alternatives(r, k);
    } catch (IllegalArgumentException expected) {
      assertTrue(k < 1 || k > KShortestRouter.MAX_K, "k " + k);
      return;
    }
    List<Double> all = new ArrayList<>();
    for (Corridor c : RoutingFixtures.allLoopless(SUEZ, r)) {
      all.add(c.totalHours());
    }
    Collections.sort(all);
    List<Double> got = found.stream().map(Corridor::totalHours).toList();
    assertEquals(all.subList(0, Math.min(k, all.size())), got);
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void matrixSize_isRejectedOrMatches(
      @ForAll("hostileCount") int rows, @ForAll("hostileCount") int columns) {
    if (rows < 0 || columns < 0) {
      return;
    }
    long cells = (long) rows * columns;
    boolean fits = rows <= RouteMatrix.MAX_CELLS && columns <= RouteMatrix.MAX_CELLS
        && cells <= RouteMatrix.MAX_CELLS;
    // Only small matrices are worth building; large ones must be refused before any copy or array.
    if (fits && Math.max(rows, columns) > 1_000_000) {
      return;
    }
    List<String> o = Collections.nCopies(rows, "INNSA");
    List<String> d = Collections.nCopies(columns, "GRPIR");
    int length = (int) Math.min(cells, 1);
    boolean accepted;
    try {
      RouteMatrix m = RouteMatrix.of(o, d, Criterion.TIME, new double[length]);
      accepted = true;
      if (cells == 1) {
        assertEquals(0.0, m.value(0, 0));
      }
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertEquals(fits && cells == length, accepted, rows + " x " + columns);
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void claim_isRejectedOrEveryFitReproducesIt(
      @ForAll("hostile") double timeChange, @ForAll("hostile") double tradeChange,
      @ForAll("hostile") double baselineDays) {
    Claim c;
    try {
      c = Claim.of(timeChange, tradeChange, baselineDays, "test");
    } catch (IllegalArgumentException expected) {
      return;
    }
    double x0 = baselineDays;
    double x1 = baselineDays * (1 + timeChange);
    assertTrue(finite(x1) && x1 > 0, "new days " + x1);
    double target = 1 + tradeChange;
    List<java.util.function.Function<Claim, ElasticityFunction>> fits = List.of(
        Calibration::constant, Calibration::linear, Calibration::perDay,
        claim -> Calibration.tariffCompounding(claim, 4),
        claim -> Calibration.tariffAdValorem(claim, 4));
    for (var fit : fits) {
      ElasticityFunction f;
      try {
        f = fit.apply(c);
      } catch (IllegalArgumentException expected) {
        continue;
      }
      double m = f.multiplier(x0, x1);
      assertTrue(Math.abs(m - target) <= 1e-9 * target, f + " gives " + m + " for " + c);
    }
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void tradeGain_isRejectedOrFiniteAndEqualToTheFormula(
      @ForAll("hostile") double valueUsd, @ForAll("hostile") double baselineDays,
      @ForAll("hostile") double newDays) {
    // eps = ln 1.2 / ln 0.9 (ten percent less time, twenty percent more trade).
    ElasticityFunction f = Calibration.constant(Claim.of(-0.10, 0.20, 20, "test"));
    double eps = Math.log(1.2) / Math.log(0.9);
    TradeGain g;
    try {
      g = TradeGain.of(valueUsd, f, baselineDays, newDays);
    } catch (IllegalArgumentException expected) {
      return;
    }
    // In logarithms, so that the reference neither overflows nor underflows on the ratio.
    double reference = valueUsd * Math.exp(eps * (Math.log(newDays) - Math.log(baselineDays)));
    assertTrue(finite(g.newValueUsd()), "new value " + g.newValueUsd());
    assertTrue(Math.abs(g.newValueUsd() - reference) <= 1e-9 * Math.abs(reference) + 1e-300,
        g.newValueUsd() + " vs " + reference);
  }
}
