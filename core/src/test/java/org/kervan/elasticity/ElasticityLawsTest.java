package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class ElasticityLawsTest {
  private static final Citation TEST = Citation.unpublished("law");

  @Provide
  Arbitrary<ElasticityFunction> invertible() {
    return Arbitraries.oneOf(
        Arbitraries.doubles()
            .between(-3, -0.01)
            .ofScale(6)
            .map(e -> ConstantElasticity.of(e, TEST)),
        Arbitraries.doubles()
            .between(0.001, 0.1)
            .ofScale(6)
            .map(b -> PerDaySemiElasticity.of(b, TEST)),
        Arbitraries.doubles()
            .between(0.001, 0.03)
            .ofScale(6)
            .map(t -> TariffEquivalentElasticity.compounding(t, 4.5, TEST)));
  }

  @Provide
  Arbitrary<ElasticityFunction> anyForm() {
    return Arbitraries.oneOf(
        invertible(),
        Arbitraries.doubles()
            .between(-3, -0.01)
            .ofScale(6)
            .map(e -> LinearElasticity.of(e, TEST)),
        Arbitraries.doubles()
            .between(0.001, 0.004)
            .ofScale(6)
            .map(t -> TariffEquivalentElasticity.adValorem(t, 4.5, TEST)),
        Arbitraries.of(List.copyOf(Presets.TIME_PRESETS)).map(Preset::central));
  }

  @Property
  void multiplier_isOneWhenTimeDoesNotChange(
      @ForAll("anyForm") ElasticityFunction f, @ForAll @DoubleRange(min = 0.1, max = 200) double x) {
    assertEquals(1.0, f.multiplier(x, x), 0);
  }

  @Property
  void multiplier_fasterGivesMoreTrade(
      @ForAll("anyForm") ElasticityFunction f,
      @ForAll @DoubleRange(min = 1, max = 100) double x0,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double ratio) {
    double x1 = x0 * ratio;
    assertTrue(f.multiplier(x0, x1) > 1, f + " " + x0 + " -> " + x1);
    // Slower: the linear form goes negative on large slowdowns, so it gets a 1% one.
    double slower = f.form() == Form.LINEAR ? x0 * 1.01 : x0 / ratio;
    assertTrue(f.multiplier(x0, slower) < 1, f + " " + x0 + " -> " + slower);
  }

  @Property
  void multiplier_isMonotoneInNewDays(
      @ForAll("invertible") ElasticityFunction f,
      @ForAll @DoubleRange(min = 1, max = 100) double x0,
      @ForAll @DoubleRange(min = 1, max = 100) double a,
      @ForAll @DoubleRange(min = 1, max = 100) double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    assertTrue(f.multiplier(x0, lo) >= f.multiplier(x0, hi), f.toString());
  }

  @Property
  void reversingAChange_invertsTheMultiplier(
      @ForAll("invertible") ElasticityFunction f,
      @ForAll @DoubleRange(min = 1, max = 100) double x0,
      @ForAll @DoubleRange(min = 1, max = 100) double x1) {
    assertEquals(1.0, f.multiplier(x0, x1) * f.multiplier(x1, x0), 1e-12);
  }

  @Property
  void calibratedConstant_reproducesItsClaim(
      @ForAll @DoubleRange(min = -0.5, max = 0.5) double timeChange,
      @ForAll @DoubleRange(min = -0.5, max = 1) double tradeChange) {
    if (Math.abs(timeChange) < 1e-3) {
      return;
    }
    Claim c = Claim.of(timeChange, tradeChange, 20, "law");
    for (ElasticityFunction f :
        List.of(Calibration.constant(c), Calibration.linear(c), Calibration.perDay(c))) {
      assertEquals(1 + tradeChange, f.multiplier(20, c.newDays()), 1e-9, f.toString());
    }
  }

  @Property
  void scale_equalsMultiplierBitForBit(
      @ForAll("anyForm") ElasticityFunction f,
      @ForAll @DoubleRange(min = 0, max = 1e9) double value,
      @ForAll @DoubleRange(min = 1, max = 60) double x0,
      @ForAll @DoubleRange(min = 0.9, max = 1.0) double ratio) {
    double x1 = x0 * ratio;
    double[] out = new double[1];
    f.scale(new double[] {value}, new double[] {x0}, new double[] {x1}, out, 0, 1);
    assertEquals(value * f.multiplier(x0, x1), out[0], 0);
  }
}
