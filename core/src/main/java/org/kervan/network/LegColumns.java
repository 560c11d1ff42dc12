package org.kervan.network;

import com.google.common.collect.ImmutableList;

/**
 * A network's legs, column-wise: one primitive array per number, by position in the leg list, and
 * the legs by start node in compressed sparse row form. Frozen by {@link BulkNetworkBuilder}; no
 * array is changed or exposed after that.
 *
 * <p>What few legs differ in (speed, mode, status, gauge, departures, both costs and the {@link
 * LegExtras}) is a leg's class: the class columns hold each distinct class once and {@code
 * legClass} the class of each leg, two bytes per leg instead of 44, as long as there are at most
 * {@value #MAX_CLASSES} classes (a dictionary encoding). With more, {@code legClass} is null and
 * the class columns are per leg. A departures of NaN means unscheduled and a gauge of 0 unknown:
 * the leg's own rules (departures finite and {@code > 0}, gauge {@code > 0}) leave both free.
 * Every number is a double as it was given, none narrowed to a float, so a materialised leg, and
 * every total computed from it, is bit for bit that of the leg added.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LegColumns {
  /** The most classes a dictionary holds: the range of a {@code char}. */
  static final int MAX_CLASSES = 1 << 16;

  final int count;
  final int[] from;
  final int[] to;
  final double[] distanceKm;
  // Null when the class columns are per leg.
  private final char[] legClass;
  // The class columns, by classOf(leg). Speeds are a class column: a network has a few speeds per
  // mode (a neutral grid has three), so they cost two bytes per leg there, not eight.
  final double[] speedKmh;
  final byte[] mode;
  final byte[] status;
  final int[] gaugeMm;
  final double[] departuresPerWeek;
  final double[] fixedCostUsd;
  final double[] costUsdPerKm;
  final int[] extrasIndex;
  final ImmutableList<LegExtras> extras;
  // Positions into the leg list by start node: outLegs[outStart[v] .. outStart[v + 1]).
  final int[] outStart;
  final int[] outLegs;

  LegColumns(
      int count,
      int nodeCount,
      int[] from,
      int[] to,
      double[] distanceKm,
      double[] speedKmh,
      char[] legClass,
      byte[] mode,
      byte[] status,
      int[] gaugeMm,
      double[] departuresPerWeek,
      double[] fixedCostUsd,
      double[] costUsdPerKm,
      int[] extrasIndex,
      ImmutableList<LegExtras> extras) {
    this.count = count;
    this.from = from;
    this.to = to;
    this.distanceKm = distanceKm;
    this.speedKmh = speedKmh;
    this.legClass = legClass;
    this.mode = mode;
    this.status = status;
    this.gaugeMm = gaugeMm;
    this.departuresPerWeek = departuresPerWeek;
    this.fixedCostUsd = fixedCostUsd;
    this.costUsdPerKm = costUsdPerKm;
    this.extrasIndex = extrasIndex;
    this.extras = extras;
    outStart = new int[nodeCount + 1];
    for (int i = 0; i < count; i++) {
      outStart[from[i] + 1]++;
    }
    for (int v = 0; v < nodeCount; v++) {
      outStart[v + 1] += outStart[v];
    }
    // A counting sort, stable: each node's legs stay in the order they were added.
    int[] fill = new int[nodeCount];
    System.arraycopy(outStart, 0, fill, 0, nodeCount);
    outLegs = new int[count];
    for (int i = 0; i < count; i++) {
      outLegs[fill[from[i]]++] = i;
    }
  }

  /** Returns the row of the class columns that holds leg {@code i}'s class. */
  int classOf(int i) {
    return legClass == null ? i : legClass[i];
  }
}
