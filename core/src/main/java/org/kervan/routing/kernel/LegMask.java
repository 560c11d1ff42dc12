package org.kervan.routing.kernel;

import java.util.List;

/**
 * A fixed set of allowed legs: those no {@link LegConstraint} of a list excludes, decided once
 * per leg when the mask is built ({@link RoutingGraph#mask(List)}). Immutable and thread-safe.
 */
public final class LegMask implements LegFilter {
  private final boolean[] allowed;
  private final boolean everything;

  LegMask(boolean[] allowed) {
    this.allowed = allowed;
    boolean all = true;
    for (boolean a : allowed) {
      all &= a;
    }
    this.everything = all;
  }

  @Override
  public boolean allowsEverything() {
    return everything;
  }

  static LegMask of(RoutingGraph g, List<LegConstraint> constraints) {
    boolean[] allowed = new boolean[g.legCount];
    LegConstraint[] cs = constraints.toArray(new LegConstraint[0]);
    for (int e = 0; e < g.legCount; e++) {
      boolean ok = true;
      for (int i = 0; ok && i < cs.length; i++) {
        ok = !cs[i].excludes(g, e);
      }
      allowed[e] = ok;
    }
    return new LegMask(allowed);
  }

  @Override
  public boolean allows(int leg) {
    return allowed[leg];
  }
}
