package org.kervan.elasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every elasticity's bulk {@code scale} against bad elements and bad ranges: the message names the
 * array and index, boundary values pass, and a bad range writes nothing.
 */
class BulkBadInputTest {
  private static List<ElasticityFunction> functions() {
    Citation c = Citation.of("Test", 2024, "bulk checks", "none");
    List<ElasticityFunction> all = new ArrayList<>();
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      all.add(p.central());
    }
    all.add(ConstantElasticity.of(-1.73, c));
    all.add(LinearElasticity.of(-0.5, c));
    return all;
  }

  private static void scale(ElasticityFunction f, double value, double x0, double x1) {
    double[] out = new double[2];
    f.scale(new double[] {1, value}, new double[] {10, x0}, new double[] {10, x1}, out, 0, 2);
  }

  @Test
  void scale_badElement_namesArrayAndIndex() {
    double[] bad = {-1, Double.NaN, Double.POSITIVE_INFINITY, -Double.MIN_VALUE};
    for (ElasticityFunction f : functions()) {
      for (double b : bad) {
        assertMessage("values[1]", () -> scale(f, b, 10, 9), f);
      }
      for (double b : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
        assertMessage("baselineDays[1]", () -> scale(f, 1, b, 9), f);
        assertMessage("newDays[1]", () -> scale(f, 1, 10, b), f);
      }
      // Zero days are a component the corridor does not have: fine for the per-day forms,
      // whose law depends on x1 - x0, an error for the ratio forms.
      boolean perDay = f.form() != Form.CONSTANT_ELASTICITY && f.form() != Form.LINEAR;
      if (!perDay) {
        assertMessage("baselineDays[1]", () -> scale(f, 1, 0, 9), f);
        assertMessage("newDays[1]", () -> scale(f, 1, 10, 0), f);
      } else {
        scale(f, 1, 0, 9);
        scale(f, 1, 10, 0);
      }
    }
  }

  private static void assertMessage(String start, Runnable call, ElasticityFunction f) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertEquals(start, e.getMessage().substring(0, start.length()), f + ": " + e.getMessage());
  }

  @Test
  void scale_boundaryElements_pass() {
    for (ElasticityFunction f : functions()) {
      double[] out = new double[3];
      f.scale(
          new double[] {0, 1, 1},
          new double[] {10, 10, 10},
          new double[] {9, 10, 10 + 1e-9},
          out,
          0,
          3);
      assertEquals(0.0, out[0], f.toString());
      assertEquals(1.0, out[1], f.toString());
      assertEquals(f.multiplier(10, 10 + 1e-9), out[2], f.toString());
    }
  }

  @Test
  void scale_rangeBeyondAnArray_throwsAndWritesNothing() {
    for (ElasticityFunction f : functions()) {
      double[] out = new double[2];
      double[] three = {1, 1, 1};
      double[] days = {10, 10, 10};
      double[] newDays = {9, 9, 9};
      assertThrows(
          IndexOutOfBoundsException.class, () -> f.scale(three, days, newDays, out, 0, 3));
      assertArrayEquals(new double[2], out, f.toString());
      assertThrows(
          IndexOutOfBoundsException.class,
          () -> f.scale(three, days, new double[] {9, 9}, new double[3], 0, 3));
      assertThrows(
          IndexOutOfBoundsException.class,
          () -> f.scale(three, new double[] {10}, newDays, new double[3], 0, 3));
      assertThrows(
          IndexOutOfBoundsException.class,
          () -> f.scale(new double[] {1}, days, newDays, new double[3], 0, 3));
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> f.scale(null, days, newDays, out, 0, 1));
      assertEquals("values", e.getMessage());
    }
  }
}
