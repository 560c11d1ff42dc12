package org.kervan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places text labels on a chart or map without overlaps: each label tries a few positions around
 * its anchor and takes the first whose box is free of every box placed or reserved before it; a
 * label with no free position is left out (thinned) rather than drawn over another. Boxes are
 * estimated from the text length, at {@value #CHAR_WIDTH_EM} em per character (wider than the
 * average Helvetica glyph, so real text stays inside its box).
 *
 * <p>Instances are mutable and not thread-safe; each rendering uses its own.
 */
final class LabelPlacer {
  /** Estimated advance per character, in em; Helvetica's average is about 0.55. */
  static final double CHAR_WIDTH_EM = 0.62;

  /** A label's box: top-left corner, width and height in px. */
  record Box(double x, double y, double width, double height) {
    boolean overlaps(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
  }

  /** A placed label: where its text starts (left end of the baseline) and its box. */
  record Placed(double textX, double baselineY, Box box) {}

  private final List<Box> taken = new ArrayList<>();
  private final Box bounds;

  LabelPlacer(Box bounds) {
    this.bounds = bounds;
  }

  /** Marks an area (legend, title) that labels must not cover. */
  void reserve(Box box) {
    taken.add(box);
  }

  /** The box of {@code text} at {@code fontPx} with its baseline's left end at (x, y). */
  static Box boxOf(double x, double baselineY, String text, double fontPx) {
    return new Box(x, baselineY - fontPx, text.length() * fontPx * CHAR_WIDTH_EM, fontPx * 1.25);
  }

  /**
   * Places {@code text} near the anchor point: above right first, then below right, above left,
   * below left, and further out; empty if every position is taken or outside the bounds.
   */
  Optional<Placed> place(double anchorX, double anchorY, String text, double fontPx) {
    double w = text.length() * fontPx * CHAR_WIDTH_EM;
    double[][] offsets = {
      {4, -4}, {4, fontPx + 2}, {-4 - w, -4}, {-4 - w, fontPx + 2},
      {4, -4 - fontPx * 1.3}, {4, 2 * fontPx + 4}, {-4 - w, -4 - fontPx * 1.3}, {-4 - w, 2 * fontPx + 4}
    };
    for (double[] o : offsets) {
      double x = anchorX + o[0];
      double y = anchorY + o[1];
      Box b = boxOf(x, y, text, fontPx);
      if (inside(b) && free(b)) {
        taken.add(b);
        return Optional.of(new Placed(x, y, b));
      }
    }
    return Optional.empty();
  }

  private boolean inside(Box b) {
    return b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width
        && b.y + b.height <= bounds.y + bounds.height;
  }

  private boolean free(Box b) {
    for (Box t : taken) {
      if (t.overlaps(b)) {
        return false;
      }
    }
    return true;
  }
}
