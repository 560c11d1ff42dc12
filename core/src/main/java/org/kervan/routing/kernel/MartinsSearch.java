package org.kervan.routing.kernel;

import java.util.Arrays;
import org.kervan.internal.Checks;
import org.kervan.internal.LexMinHeap;

/**
 * Martins' multi-criteria label-setting loop (Martins 1984, "On a multicriteria shortest path
 * problem", EJOR 16(2)) over two step costs, e.g. hours and cost, on the layered {@link
 * StateGraph}. Labels leave the queue in lexicographic (first, second) order, so a label once
 * taken is never dominated later, and a destination label is kept exactly when its second value
 * is below every destination label kept before it.
 *
 * <p>Label arrays grow as needed and are reused between queries. Not thread-safe: part of a
 * {@link Workspace}.
 */
public final class MartinsSearch {
  private final StateGraph sg;
  private final int stateCount;
  private final int[] outStart;
  private final int[] legHead;

  private double[] labelFirst = new double[0];
  private double[] labelSecond = new double[0];
  private int[] labelState = new int[0];
  // Per label: the label before it and the leg into it, packed by PathWalker#link.
  private long[] labelLink = new long[0];
  private int[] labelNext = new int[0];
  private boolean[] labelDead = new boolean[0];
  private int labelCount;
  private int[] stateHead = new int[0];
  private int[] stateStamp = new int[0];
  private int gen;
  private final LexMinHeap heap = new LexMinHeap();
  private int[] found = new int[16];

  MartinsSearch(RoutingGraph g) {
    this.sg = g.states;
    this.stateCount = sg.stateCount;
    this.outStart = g.outStart;
    this.legHead = g.legHead;
  }

  private void ensureLabels(int needed) {
    if (labelFirst.length >= needed) {
      return;
    }
    int n = Math.max(needed, Math.max(1024, 2 * labelFirst.length));
    labelFirst = Arrays.copyOf(labelFirst, n);
    labelSecond = Arrays.copyOf(labelSecond, n);
    labelState = Arrays.copyOf(labelState, n);
    labelLink = Arrays.copyOf(labelLink, n);
    labelNext = Arrays.copyOf(labelNext, n);
    labelDead = Arrays.copyOf(labelDead, n);
  }

  private void addLabel(int ls, double a, double b, int parent, int leg, int maxLabels) {
    if (labelCount >= maxLabels) {
      throw new IllegalStateException(
          "labels must number at most maxLabels = " + maxLabels + ", was exceeded");
    }
    ensureLabels(labelCount + 1);
    int id = labelCount++;
    labelFirst[id] = a;
    labelSecond[id] = b;
    labelState[id] = ls;
    labelLink[id] = PathWalker.link(parent, leg);
    labelDead[id] = false;
    if (stateStamp[ls] != gen) {
      stateStamp[ls] = gen;
      stateHead[ls] = -1;
    }
    labelNext[id] = stateHead[ls];
    stateHead[ls] = id;
    heap.push(id, a, b);
  }

  /**
   * Runs the label loop from an origin node to the last target at the last layer.
   *
   * @param origin the origin's dense id
   * @param first the first criterion (the queue's primary key)
   * @param second the second criterion
   * @param filter the legs allowed
   * @param targets the via nodes then the destination, dense ids
   * @param targetCount how many
   * @param maxLabels the most labels to create
   * @return the number of destination labels, by rising first value; see {@link #found(int)}
   * @throws IllegalStateException if more than {@code maxLabels} labels would be needed
   */
  public int run(
      int origin, StepCost first, StepCost second, LegFilter filter, int[] targets,
      int targetCount, int maxLabels) {
    int layers = targetCount - 1;
    int size =
        Checks.size(
            (long) targetCount * stateCount, Checks.MAX_LAYERED_STATES, "(vias + 1) * states");
    if (stateHead.length < size) {
      stateHead = new int[size];
      stateStamp = new int[size];
      gen = 0;
    }
    if (++gen == Integer.MAX_VALUE) {
      Arrays.fill(stateStamp, 0);
      gen = 1;
    }
    labelCount = 0;
    heap.clear();
    int dest = targets[layers];
    int foundCount = 0;
    double minFound = Double.POSITIVE_INFINITY;
    addLabel(sg.originState(origin), 0.0, 0.0, -1, -1, maxLabels);
    while (!heap.isEmpty()) {
      int id = heap.poll();
      if (labelDead[id]) {
        continue;
      }
      double a = labelFirst[id];
      double b = labelSecond[id];
      if (!(b < minFound)) {
        continue;
      }
      int ls = labelState[id];
      int layer = ls / stateCount;
      int s = ls - layer * stateCount;
      int v = sg.node(s);
      if (v == dest && layer == layers) {
        if (foundCount == found.length) {
          found = Arrays.copyOf(found, 2 * found.length);
        }
        found[foundCount++] = id;
        minFound = b;
        continue;
      }
      int layerTarget = layer < layers ? targets[layer] : -1;
      for (int e = outStart[v], end = outStart[v + 1]; e < end; e++) {
        if (!filter.allows(e)) {
          continue;
        }
        double na = a + first.step(s, e);
        double nb = b + second.step(s, e);
        if (!(nb < minFound)) {
          continue;
        }
        int w = legHead[e];
        int nl = w == layerTarget ? layer + 1 : layer;
        int t = nl * stateCount + sg.legTarget[e];
        if (dominatedAt(t, na, nb)) {
          continue;
        }
        addLabel(t, na, nb, id, e, maxLabels);
      }
    }
    return foundCount;
  }

  // Test hook: sets the generation counter, so that a test reaches its wrap in a few queries
  // instead of 2^31.
  void forceGeneration(int generation) {
    gen = generation;
  }

  /** Whether a label at a state dominates (na, nb); else removes the labels (na, nb) dominates. */
  private boolean dominatedAt(int ls, double na, double nb) {
    if (stateStamp[ls] != gen) {
      return false;
    }
    int prev = -1;
    for (int q = stateHead[ls]; q >= 0; q = labelNext[q]) {
      double qa = labelFirst[q];
      double qb = labelSecond[q];
      if (qa <= na && qb <= nb) {
        return true;
      }
      if (na <= qa && nb <= qb) {
        labelDead[q] = true;
        if (prev < 0) {
          stateHead[ls] = labelNext[q];
        } else {
          labelNext[prev] = labelNext[q];
        }
      } else {
        prev = q;
      }
    }
    return false;
  }

  /**
   * Returns the i-th destination label of the last run.
   *
   * @param i the index, below the count {@link #run} returned
   * @return the label id
   */
  public int found(int i) {
    return found[i];
  }

  /**
   * Returns a label's first value.
   *
   * @param id the label
   * @return the value
   */
  public double first(int id) {
    return labelFirst[id];
  }

  /**
   * Returns a label's second value.
   *
   * @param id the label
   * @return the value
   */
  public double second(int id) {
    return labelSecond[id];
  }

  /**
   * Walks a label's path.
   *
   * @param walker the walker
   * @param id the label
   * @return the walker's buffer, {@link PathWalker#length()} legs
   */
  public int[] path(PathWalker walker, int id) {
    return walker.walk(id, labelLink);
  }
}
