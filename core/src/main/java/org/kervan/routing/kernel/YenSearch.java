package org.kervan.routing.kernel;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Yen's deviation loop (Yen 1971, "Finding the k shortest loopless paths in a network",
 * Management Science 17(11)) over the layered {@link StateGraph}, with the spur searches run by a
 * {@link LabelSettingSearch} under {@link SpurBlocks}.
 *
 * <p>Each listed path is deviated from at every node: the spur search starts at that node in the
 * state the root path reached it (so the node's charge is exactly the corridor's), may not enter a
 * node of the root, and may not leave by a leg an already listed path with the same root took
 * next. The cheapest candidate is listed next. Node charges that depend on the incoming leg mean a
 * best spur may pass a node twice: such walks are enumerated (later loopless paths may deviate
 * from them) but not returned; enumeration stops after {@code max(100, 20 * k)} paths.
 *
 * <p>Stateless; the workspace carries the arrays.
 */
public final class YenSearch {
  private YenSearch() {}

  /** A listed path: legs, the layered state before and after each leg, and running totals. */
  private static final class Path {
    final int[] legs;
    final int[] states;
    final double[] values;
    final ImmutableIntArray key;

    Path(int[] legs, int[] states, double[] values) {
      this.legs = legs;
      this.states = states;
      this.values = values;
      this.key = ImmutableIntArray.copyOf(legs);
    }

    double value() {
      return values[values.length - 1];
    }
  }

  private static final Comparator<Path> ORDER =
      Comparator.<Path>comparingDouble(Path::value)
          .thenComparingInt(p -> p.legs.length)
          .thenComparing(p -> p.key, YenSearch::compareKeys);

  private static int compareKeys(ImmutableIntArray a, ImmutableIntArray b) {
    for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  /**
   * Returns up to {@code k} loopless paths in non-decreasing order of the step cost.
   *
   * @param ws the workspace
   * @param origin the origin's dense id
   * @param cost the step cost
   * @param filter the legs allowed
   * @param heuristic the bound for the searches
   * @param targets the via nodes then the destination
   * @param k how many paths, {@code > 0}
   * @return the paths, at most {@code k}
   */
  public static List<FoundPath> run(
      Workspace ws, int origin, StepCost cost, LegFilter filter, Heuristic heuristic,
      int[] targets, int k) {
    LabelSettingSearch sp = ws.search();
    SpurBlocks blocks = ws.blocks();
    sp.setQuery(cost, filter, heuristic, targets, targets.length);
    int start = sp.originState(origin);
    int end = sp.run(start, 0.0);
    List<FoundPath> out = new ArrayList<>();
    if (end < 0) {
      return out;
    }
    // In long arithmetic: 20 * k wraps for k above 107,374,182.
    int maxPaths = (int) Math.min(Integer.MAX_VALUE, Math.max(100L, 20L * k));
    List<Path> listed = new ArrayList<>();
    PriorityQueue<Path> candidates = new PriorityQueue<>(ORDER);
    Set<ImmutableIntArray> seen = new HashSet<>();
    Path first = trace(sp, end, start, null, 0);
    listed.add(first);
    seen.add(first.key);
    if (isLoopless(sp, first)) {
      out.add(new FoundPath(first.key, first.value()));
    }
    for (int idx = 0; out.size() < k && listed.size() < maxPaths; idx++) {
      Path p = listed.get(idx);
      for (int i = 0; i < p.legs.length; i++) {
        blocks.begin(filter);
        for (int j = 0; j <= i; j++) {
          blocks.blockNode(sp.node(p.states[j]));
        }
        for (Path q : listed) {
          if (q.legs.length > i && sameRoot(p, q, i)) {
            blocks.blockLeg(q.legs[i]);
          }
        }
        sp.setFilter(blocks);
        int spurEnd = sp.run(p.states[i], p.values[i]);
        sp.setFilter(filter);
        if (spurEnd >= 0) {
          Path c = trace(sp, spurEnd, p.states[i], p, i);
          if (seen.add(c.key)) {
            candidates.add(c);
          }
        }
      }
      Path next = candidates.poll();
      if (next == null) {
        break;
      }
      listed.add(next);
      if (isLoopless(sp, next)) {
        out.add(new FoundPath(next.key, next.value()));
      }
    }
    return out;
  }

  private static boolean sameRoot(Path p, Path q, int i) {
    for (int j = 0; j < i; j++) {
      if (p.legs[j] != q.legs[j]) {
        return false;
      }
    }
    return true;
  }

  /** Builds root (the first {@code rootLegs} legs of {@code root}) plus the spur just found. */
  private static Path trace(LabelSettingSearch sp, int end, int start, Path root, int rootLegs) {
    int spurLegs = 0;
    for (int ls = end; ls != start; ls = sp.parentState(ls)) {
      spurLegs++;
    }
    int m = rootLegs + spurLegs;
    int[] legs = new int[m];
    int[] states = new int[m + 1];
    double[] values = new double[m + 1];
    if (root != null) {
      System.arraycopy(root.legs, 0, legs, 0, rootLegs);
      System.arraycopy(root.states, 0, states, 0, rootLegs + 1);
      System.arraycopy(root.values, 0, values, 0, rootLegs + 1);
    } else {
      states[0] = start;
      values[0] = sp.dist(start);
    }
    int i = m;
    for (int ls = end; ls != start; ls = sp.parentState(ls)) {
      states[i] = ls;
      values[i] = sp.dist(ls);
      legs[i - 1] = sp.parentLeg(ls);
      i--;
    }
    return new Path(legs, states, values);
  }

  private static boolean isLoopless(LabelSettingSearch sp, Path p) {
    sp.beginMarks();
    for (int ls : p.states) {
      if (!sp.mark(sp.node(ls))) {
        return false;
      }
    }
    return true;
  }
}
