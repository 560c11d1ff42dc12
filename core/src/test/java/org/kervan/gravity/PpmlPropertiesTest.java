package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Laws of the PPML estimator and the GE solver on panels generated from known coefficients and
 * fixed effects: the generated truth is the oracle, never the code under test.
 */
class PpmlPropertiesTest {
  private static final GravityModel MODEL =
      new GravityModel(
          List.of("x1", "x2"),
          List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME, Grouping.SYMMETRIC_PAIR),
          Vce.clusteredBy(Grouping.SYMMETRIC_PAIR));

  /** One generated row: exporter, importer, time, mean flow, covariates. */
  private record Row(String e, String m, String t, double flow, double x1, double x2) {}

  /** Rows whose flows are exactly exp(x'β + fixed effects): PPML must recover β exactly. */
  private static List<Row> rows(long seed, int countries, double b1, double b2, double feShift) {
    Random r = new Random(seed);
    int times = 3;
    double[][] out = new double[countries][times];
    double[][] in = new double[countries][times];
    double[][] pair = new double[countries][countries];
    for (int i = 0; i < countries; i++) {
      for (int t = 0; t < times; t++) {
        out[i][t] = r.nextGaussian() + feShift;
        in[i][t] = r.nextGaussian();
      }
      for (int j = 0; j <= i; j++) {
        pair[i][j] = r.nextGaussian() * 0.5;
        pair[j][i] = pair[i][j];
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < times; t++) {
      for (int i = 0; i < countries; i++) {
        for (int j = 0; j < countries; j++) {
          double x1 = r.nextGaussian();
          double x2 = r.nextDouble() < 0.3 ? 1 : 0;
          double mu = Math.exp(b1 * x1 + b2 * x2 + out[i][t] + in[j][t] + pair[i][j]);
          rows.add(new Row("C" + i, "C" + j, "T" + t, mu, x1, x2));
        }
      }
    }
    return rows;
  }

  private static TradePanel panel(List<Row> rows) {
    TradePanel.Builder b = TradePanel.builder(List.of("x1", "x2"));
    for (Row row : rows) {
      b.add(row.e(), row.m(), row.t(), row.flow(), row.x1(), row.x2());
    }
    return b.build();
  }

  @Property(tries = 15)
  void ppml_recoversGeneratingCoefficients(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 4, max = 9) int countries,
      @ForAll @DoubleRange(min = -2, max = 2) double b1,
      @ForAll @DoubleRange(min = -1, max = 1) double b2) {
    GravityFit fit = Ppml.defaults().fit(panel(rows(seed, countries, b1, b2, 0)), MODEL);
    assertEquals(b1, fit.coefficient("x1"), 1e-6, "seed " + seed);
    assertEquals(b2, fit.coefficient("x2"), 1e-6, "seed " + seed);
  }

  @Property(tries = 10)
  void ppml_constantAddedToAFixedEffectDimension_changesNothing(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @DoubleRange(min = -3, max = 3) double shift) {
    // Noisy flows, so that the fit is not exact and the law is not trivially met.
    List<Row> base = noisy(rows(seed, 6, 0.7, -0.4, 0), seed);
    List<Row> shifted = new ArrayList<>();
    for (Row row : base) {
      shifted.add(
          new Row(
              row.e(),
              row.m(),
              row.t(),
              // Every exporter-time effect moves by `shift`: every flow is multiplied by e^shift.
              row.flow() * Math.exp(shift),
              row.x1(),
              row.x2()));
    }
    GravityFit a = Ppml.defaults().fit(panel(base), MODEL);
    GravityFit b = Ppml.defaults().fit(panel(shifted), MODEL);
    for (String n : List.of("x1", "x2")) {
      assertEquals(a.coefficient(n), b.coefficient(n), 1e-7, "seed " + seed);
      assertEquals(a.standardError(n), b.standardError(n), 1e-7, "seed " + seed);
    }
    // The shift lands in the first dimension's recovered values and nowhere else.
    a.fixedEffects("exporter-time")
        .forEach(
            (g, v) -> assertEquals(v + shift, b.fixedEffects("exporter-time").get(g), 1e-6, g));
    a.fixedEffects("importer-time")
        .forEach((g, v) -> assertEquals(v, b.fixedEffects("importer-time").get(g), 1e-6, g));
  }

  @Property(tries = 10)
  void ppml_permutedRows_changeNothing(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    List<Row> base = noisy(rows(seed, 6, -0.9, 0.3, 0), seed);
    List<Row> permuted = new ArrayList<>(base);
    Collections.shuffle(permuted, new Random(seed + 1));
    GravityFit a = Ppml.defaults().fit(panel(base), MODEL);
    GravityFit b = Ppml.defaults().fit(panel(permuted), MODEL);
    for (String n : List.of("x1", "x2")) {
      assertEquals(a.coefficient(n), b.coefficient(n), 1e-8, "seed " + seed);
      assertEquals(a.standardError(n), b.standardError(n), 1e-8, "seed " + seed);
    }
    assertEquals(a.deviance(), b.deviance(), 1e-6 * a.deviance());
  }

  @Property(tries = 10)
  void ge_ofZeroCostChange_isTheBaseline(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @DoubleRange(min = 2, max = 12) double sigma) {
    List<Row> rows = rows(seed, 7, -1, 0.5, 0);
    GravityBaseline.Builder b = GravityBaseline.builder(sigma, "C0");
    for (Row row : rows) {
      if (row.t().equals("T0")) {
        b.add(row.e(), row.m(), row.flow(), -row.x1());
      }
    }
    GravityBaseline baseline = b.build();
    for (GeResult r :
        List.of(
            GeneralEquilibrium.defaults().conditional(baseline, CostChange.none()),
            GeneralEquilibrium.defaults().fullEndowment(baseline, CostChange.none()))) {
      for (CountryEffect e : r.effects()) {
        assertEquals(0, e.internationalExports(), 1e-8, e.toString());
        assertEquals(0, e.realGdp(), 1e-8, e.toString());
        assertEquals(0, e.inwardResistance(), 1e-8, e.toString());
        assertEquals(0, e.outwardResistance(), 1e-8, e.toString());
        assertEquals(0, e.output(), 1e-8, e.toString());
        for (String d : baseline.countries()) {
          assertEquals(
              r.baselineFlow(e.country(), d),
              r.counterfactualFlow(e.country(), d),
              1e-9 * r.baselineFlow(e.country(), d));
        }
      }
    }
  }

  /** Replaces each mean flow by a Gamma-Poisson-like noisy draw; some flows become zero. */
  private static List<Row> noisy(List<Row> rows, long seed) {
    Random r = new Random(seed * 31 + 7);
    List<Row> out = new ArrayList<>();
    for (Row row : rows) {
      double f = r.nextDouble() < 0.1 ? 0 : row.flow() * Math.exp(0.5 * r.nextGaussian());
      out.add(new Row(row.e(), row.m(), row.t(), f, row.x1(), row.x2()));
    }
    return out;
  }
}
