package org.kervan.routing.kernel;

import java.util.List;

/**
 * A fixed set of allowed legs: those no {@link LegConstraint} of a list excludes, decided once
 * per leg when the mask is built ({@link RoutingGraph#mask(List)}). One bit per leg (bit {@code e
 * % 64} of word {@code e / 64}), so that a graph can cache many masks for an eighth of a byte per
 * leg each. Immutable and thread-safe.
 */
public final class LegMask implements LegFilter {
  private final long[] allowed;
  private final boolean everything;

  private LegMask(long[] allowed, boolean everything) {
    this.allowed = allowed;
    this.everything = everything;
  }

  /** The mask allowing every one of {@code legCount} legs. */
  static LegMask all(int legCount) {
    long[] bits = new long[words(legCount)];
    for (int e = 0; e < legCount; e++) {
      bits[e >>> 6] |= 1L << e;
    }
    return new LegMask(bits, true);
  }

  private static int words(int legCount) {
    return (legCount + 63) >>> 6;
  }

  @Override
  public boolean allowsEverything() {
    return everything;
  }

  static LegMask of(RoutingGraph g, List<LegConstraint> constraints) {
    long[] bits = new long[words(g.legCount)];
    LegConstraint[] cs = constraints.toArray(new LegConstraint[0]);
    boolean everything = true;
    for (int v = 0; v < g.nodeCount; v++) {
      for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
        boolean ok = true;
        for (int i = 0; ok && i < cs.length; i++) {
          ok = !cs[i].excludes(g, v, e);
        }
        if (ok) {
          bits[e >>> 6] |= 1L << e;
        }
        everything &= ok;
      }
    }
    return new LegMask(bits, everything);
  }

  @Override
  public boolean allows(int leg) {
    // Java masks the shift distance to its low six bits: 1L << leg is bit leg % 64.
    return (allowed[leg >>> 6] & (1L << leg)) != 0;
  }
}
