package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kervan.report.LabelPlacer.Box;
import org.kervan.report.LabelPlacer.Placed;

/**
 * The label placer's documented rules with numbers worked out by hand: box size from the text
 * length at 0.62 em per character and 1.25 em of height, the eight positions in their order,
 * boxes that only touch do not overlap, bounds are inclusive, reserved areas are avoided, and a
 * label with no free position is left out.
 */
class LabelPlacerTest {
  private static final double EPS = 1e-9;

  private static void assertBox(double x, double y, double w, double h, Box b) {
    assertEquals(x, b.x(), EPS, "x");
    assertEquals(y, b.y(), EPS, "y");
    assertEquals(w, b.width(), EPS, "width");
    assertEquals(h, b.height(), EPS, "height");
  }

  @Test
  void boxOf_isTheTextLengthAtTheStatedWidth_fromOneEmAboveTheBaseline() {
    // "Baku": 4 characters at 10 px = 4 * 10 * 0.62 = 24.8 px wide, 12.5 px high, top 10 px up.
    assertBox(100, 40, 24.8, 12.5, LabelPlacer.boxOf(100, 50, "Baku", 10));
  }

  @Test
  void overlaps_onlyWhenTheInteriorsMeet() {
    Box a = new Box(0, 0, 10, 10);
    assertTrue(a.overlaps(new Box(9, 9, 10, 10)));
    assertTrue(new Box(9, 9, 10, 10).overlaps(a));
    assertFalse(a.overlaps(new Box(10, 0, 5, 5)), "touching on the right");
    assertFalse(a.overlaps(new Box(-5, 0, 5, 5)), "touching on the left");
    assertFalse(a.overlaps(new Box(0, 10, 5, 5)), "touching below");
    assertFalse(a.overlaps(new Box(0, -5, 5, 5)), "touching above");
    assertTrue(a.overlaps(new Box(2, 2, 1, 1)), "inside");
  }

  @Test
  void place_triesTheEightPositionsInOrder_thenLeavesTheLabelOut() {
    // Text "ab" at 10 px: 12.4 px wide, 12.5 px high. Anchor (100, 100) in a large frame.
    double w = 12.4;
    double[][] expected = {
      {104, 96}, {104, 112}, {100 - 4 - w, 96}, {100 - 4 - w, 112},
      {104, 96 - 13}, {104, 124}, {100 - 4 - w, 96 - 13}, {100 - 4 - w, 124}
    };
    for (int i = 0; i < expected.length; i++) {
      // Block the earlier positions with a 1 px box at the centre of each: no later box holds it.
      LabelPlacer p = new LabelPlacer(new Box(0, 0, 400, 400));
      for (int j = 0; j < i; j++) {
        p.reserve(new Box(expected[j][0] + w / 2, expected[j][1] - 10 + 6.25, 1, 1));
      }
      Placed at = p.place(100, 100, "ab", 10).orElseThrow(AssertionError::new);
      String which = "position " + i;
      assertEquals(expected[i][0], at.textX(), EPS, which + " x");
      assertEquals(expected[i][1], at.baselineY(), EPS, which + " baseline");
      assertBox(expected[i][0], expected[i][1] - 10, w, 12.5, at.box());
    }
    LabelPlacer full = new LabelPlacer(new Box(0, 0, 400, 400));
    for (double[] e : expected) {
      full.reserve(new Box(e[0] + w / 2, e[1] - 10 + 6.25, 1, 1));
    }
    assertEquals(Optional.empty(), full.place(100, 100, "ab", 10), "every position taken");
    LabelPlacer twice = new LabelPlacer(new Box(0, 0, 400, 400));
    twice.place(100, 100, "ab", 10);
    assertEquals(112, twice.place(100, 100, "ab", 10).orElseThrow(AssertionError::new)
        .baselineY(), EPS, "a placed label blocks its own position");
  }

  @Test
  void place_keepsInsideInclusiveBounds_andAvoidsReservedAreas() {
    // The first position's box is [104, 116.4] x [86, 98.5]: a frame ending exactly there admits it.
    LabelPlacer exact = new LabelPlacer(new Box(104, 86, 12.4, 12.5));
    assertTrue(exact.place(100, 100, "ab", 10).isPresent(), "bounds are inclusive");
    LabelPlacer narrow = new LabelPlacer(new Box(104.001, 86, 12.4, 12.5));
    assertEquals(Optional.empty(), narrow.place(100, 100, "ab", 10), "a hair too far right");
    LabelPlacer shallow = new LabelPlacer(new Box(104, 86, 12.4, 12.49));
    assertEquals(Optional.empty(), shallow.place(100, 100, "ab", 10), "a hair too low");
    LabelPlacer high = new LabelPlacer(new Box(104, 86.01, 12.4, 12.5));
    assertEquals(Optional.empty(), high.place(100, 100, "ab", 10), "a hair too high");
    LabelPlacer wide = new LabelPlacer(new Box(104, 86, 12.39, 12.5));
    assertEquals(Optional.empty(), wide.place(100, 100, "ab", 10), "a hair too wide");

    LabelPlacer reserved = new LabelPlacer(new Box(0, 0, 400, 400));
    reserved.reserve(new Box(104, 86, 1, 1));
    Placed second = reserved.place(100, 100, "ab", 10).orElseThrow(AssertionError::new);
    assertEquals(112, second.baselineY(), EPS, "the reserved corner pushes it below right");
    Placed third = reserved.place(100, 100, "ab", 10).orElseThrow(AssertionError::new);
    assertEquals(100 - 4 - 12.4, third.textX(), EPS, "then above left");
  }
}
