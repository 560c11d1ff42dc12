package org.kervan.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours and dash patterns per route family, shared by every chart and map: a series' family is
 * the first of the given families its label starts with (ignoring case), else its label's first
 * word; families take colours in the order given, then in order of first appearance. Charts and
 * maps given the same families therefore colour a family alike. A second or later series of one
 * family in the same drawing is dashed.
 *
 * <p>Instances are mutable and not thread-safe; each rendering uses its own.
 */
final class Palette {
  // Tableau 10 (the matplotlib default cycle), distinguishable and colour-blind-aware.
  static final String[] COLOURS = {
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"
  };

  private static final String[] DASHES = {"", "7 4", "2 3", "9 3 2 3"};

  private final List<String> families;
  private final List<String> order;
  private final Map<String, Integer> drawn = new HashMap<>();

  Palette(List<String> families) {
    this.families = new ArrayList<>();
    for (String f : families) {
      this.families.add(f.toLowerCase(Locale.ROOT));
    }
    this.order = new ArrayList<>(this.families);
  }

  /** The families as given, checked: none null or blank. */
  static ImmutableList<String> checked(String... families) {
    checkNotNull(families, "families");
    for (String f : families) {
      checkNotNull(f, "families[i]");
      if (f.isBlank()) {
        throw new IllegalArgumentException("families must not be blank, was '" + f + "'");
      }
    }
    return ImmutableList.copyOf(families);
  }

  /** The family of a label, lower case. */
  String family(String label) {
    String l = label.toLowerCase(Locale.ROOT).strip();
    for (String f : families) {
      if (l.startsWith(f)) {
        return f;
      }
    }
    int end = 0;
    while (end < l.length() && Character.isLetterOrDigit(l.charAt(end))) {
      end++;
    }
    return end == 0 ? l : l.substring(0, end);
  }

  /** The colour of a label's family. */
  String colour(String label) {
    String f = family(label);
    if (!order.contains(f)) {
      order.add(f);
    }
    return COLOURS[order.indexOf(f) % COLOURS.length];
  }

  /** The dash pattern of the next series of this label's family ("" for solid); once per series. */
  String nextDash(String label) {
    int before = drawn.merge(family(label), 1, Integer::sum) - 1;
    return DASHES[before % DASHES.length];
  }
}
