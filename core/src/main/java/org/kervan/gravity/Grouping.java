package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A way to put the rows of a {@link TradePanel} into groups: a fixed-effect dimension (exporter ×
 * time, importer × time, pair, ...) or a cluster for standard errors. Constants cover the
 * dimensions structural gravity uses (Yotov et al. 2016, ch. 1): exporter, importer, time, their
 * interactions with time, directed pairs, symmetric pairs (one group per unordered pair), and
 * directed pairs with one shared group for every domestic pair; {@link #column(String)} groups by
 * the exact values of a covariate column (e.g. {@code pair_id}).
 *
 * <p>Groups are coded densely in the order of their sorted keys, so the coding does not depend on
 * row order. This class is immutable and thread-safe.
 */
public final class Grouping {
  private enum Kind {
    EXPORTER,
    IMPORTER,
    TIME,
    EXPORTER_TIME,
    IMPORTER_TIME,
    PAIR,
    SYMMETRIC_PAIR,
    PAIR_SHARED_DOMESTIC,
    COLUMN
  }

  /** One group per exporter. */
  public static final Grouping EXPORTER = new Grouping(Kind.EXPORTER, "exporter");

  /** One group per importer. */
  public static final Grouping IMPORTER = new Grouping(Kind.IMPORTER, "importer");

  /** One group per time. */
  public static final Grouping TIME = new Grouping(Kind.TIME, "time");

  /** One group per (exporter, time): the outward multilateral resistance and output term. */
  public static final Grouping EXPORTER_TIME = new Grouping(Kind.EXPORTER_TIME, "exporter-time");

  /** One group per (importer, time): the inward multilateral resistance and expenditure term. */
  public static final Grouping IMPORTER_TIME = new Grouping(Kind.IMPORTER_TIME, "importer-time");

  /** One group per directed pair (exporter, importer). */
  public static final Grouping PAIR = new Grouping(Kind.PAIR, "pair");

  /** One group per unordered pair: (i, j) and (j, i) share a group. */
  public static final Grouping SYMMETRIC_PAIR = new Grouping(Kind.SYMMETRIC_PAIR, "symmetric-pair");

  /**
   * One group per directed international pair and one group shared by all domestic pairs, as in
   * Yotov et al. (2016, ch. 1, application 2), so that the domestic flows identify the level.
   */
  public static final Grouping PAIR_SHARED_DOMESTIC =
      new Grouping(Kind.PAIR_SHARED_DOMESTIC, "pair-shared-domestic");

  private final Kind kind;
  private final String name;

  private Grouping(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /**
   * Groups rows by the exact value of a covariate column.
   *
   * @param covariate the covariate's name in the panel
   * @return the grouping
   */
  public static Grouping column(String covariate) {
    checkNotNull(covariate, "covariate");
    if (covariate.isEmpty()) {
      throw new IllegalArgumentException("covariate must be non-empty, was ''");
    }
    return new Grouping(Kind.COLUMN, covariate);
  }

  /**
   * Parses a grouping name: {@code exporter}, {@code importer}, {@code time}, {@code
   * exporter-time}, {@code importer-time}, {@code pair}, {@code symmetric-pair}, {@code
   * pair-shared-domestic}, or {@code column:NAME}.
   *
   * @param text the name
   * @return the grouping
   * @throws IllegalArgumentException if the name is none of these
   */
  public static Grouping parse(String text) {
    checkNotNull(text, "text");
    for (Grouping g :
        new Grouping[] {
          EXPORTER, IMPORTER, TIME, EXPORTER_TIME, IMPORTER_TIME, PAIR, SYMMETRIC_PAIR,
          PAIR_SHARED_DOMESTIC
        }) {
      if (g.name.equals(text)) {
        return g;
      }
    }
    if (text.startsWith("column:")) {
      return column(text.substring("column:".length()));
    }
    throw new IllegalArgumentException(
        "grouping must be exporter, importer, time, exporter-time, importer-time, pair,"
            + " symmetric-pair, pair-shared-domestic or column:NAME, was '"
            + text
            + "'");
  }

  /**
   * Returns the grouping's name as {@link #parse(String)} reads it.
   *
   * @return the name, e.g. {@code exporter-time} or {@code column:pair_id}
   */
  public String name() {
    return kind == Kind.COLUMN ? "column:" + name : name;
  }

  /** The raw key of every row (sortable; equal keys = same group). */
  long[] keys(TradePanel panel) {
    int n = panel.size();
    long nc = panel.countries().size();
    long nt = panel.times().size();
    int[] e = panel.exporterCodes();
    int[] m = panel.importerCodes();
    int[] t = panel.timeCodes();
    long[] k = new long[n];
    double[] col = kind == Kind.COLUMN ? panel.covariateValues(name) : null;
    for (int i = 0; i < n; i++) {
      switch (kind) {
        case EXPORTER:
          k[i] = e[i];
          break;
        case IMPORTER:
          k[i] = m[i];
          break;
        case TIME:
          k[i] = t[i];
          break;
        case EXPORTER_TIME:
          k[i] = e[i] * nt + t[i];
          break;
        case IMPORTER_TIME:
          k[i] = m[i] * nt + t[i];
          break;
        case PAIR:
          k[i] = e[i] * nc + m[i];
          break;
        case SYMMETRIC_PAIR:
          k[i] = Math.min(e[i], m[i]) * nc + Math.max(e[i], m[i]);
          break;
        case PAIR_SHARED_DOMESTIC:
          k[i] = e[i] == m[i] ? -1 : e[i] * nc + m[i];
          break;
        default:
          // Sortable bits of a double: equal values, equal keys (0.0 and -0.0 joined).
          double v = col[i] == 0 ? 0.0 : col[i];
          long bits = Double.doubleToLongBits(v);
          k[i] = bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
          break;
      }
    }
    return k;
  }

  /** A readable label of the group of row i. */
  String label(TradePanel panel, int i) {
    switch (kind) {
      case EXPORTER:
        return panel.exporter(i);
      case IMPORTER:
        return panel.importer(i);
      case TIME:
        return panel.time(i);
      case EXPORTER_TIME:
        return panel.exporter(i) + "|" + panel.time(i);
      case IMPORTER_TIME:
        return panel.importer(i) + "|" + panel.time(i);
      case PAIR:
        return panel.exporter(i) + "|" + panel.importer(i);
      case SYMMETRIC_PAIR:
        String a = panel.exporter(i);
        String b = panel.importer(i);
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
      case PAIR_SHARED_DOMESTIC:
        return panel.isDomestic(i) ? "domestic" : panel.exporter(i) + "|" + panel.importer(i);
      default:
        // 0.0 and -0.0 are one group (see keys), so they get one label.
        double v = panel.covariate(name, i);
        return String.format(Locale.ROOT, "%s", v == 0 ? 0.0 : v);
    }
  }

  /**
   * Codes keys densely, 0..G-1, in sorted key order.
   *
   * @param keys the keys, one per row
   * @param codes receives the code of each row
   * @return the number of groups G
   */
  static int compact(long[] keys, int[] codes) {
    int n = keys.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long k : keys) {
      min = Math.min(min, k);
      max = Math.max(max, k);
    }
    if (n > 0 && min >= 0 && max < 4L * n + 16) {
      // Small non-negative keys (codes already): a counting pass instead of a sort.
      int[] map = new int[(int) max + 1];
      for (long k : keys) {
        map[(int) k] = 1;
      }
      int g = 0;
      for (int k = 0; k < map.length; k++) {
        if (map[k] != 0) {
          map[k] = g++;
        }
      }
      for (int i = 0; i < n; i++) {
        codes[i] = map[(int) keys[i]];
      }
      return g;
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int g = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[g++] = sorted[i];
      }
    }
    for (int i = 0; i < n; i++) {
      codes[i] = Arrays.binarySearch(sorted, 0, g, keys[i]);
    }
    return g;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Grouping && ((Grouping) o).kind == kind && ((Grouping) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return name();
  }
}
