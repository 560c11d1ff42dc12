package org.kervan.routing.kernel;

import java.util.Arrays;
import org.kervan.internal.Checks;
import org.kervan.internal.IndexedMinHeap;

/**
 * Landmark distances for ALT bounds: for each of a few landmark nodes, the least leg-only hours
 * (waits ignored) and leg-only cost from the landmark to every node and from every node to it, on
 * the unconstrained network. Node charges and waits only add to a corridor, and closing legs only
 * lengthens paths, so the bounds derived from these distances hold for every wait policy and every
 * constraint.
 *
 * <p>Selection: farthest-point by hours (Goldberg &amp; Harrelson 2005): the first landmark is the
 * node farthest from node 0, each next one the node farthest from all chosen so far (a node none
 * reaches first).
 *
 * <p>Memory: {@code 4 * count} floats per node. Why floats: the distances only bound a search, they
 * are never added to a total, and a float halves the tables (at 8 landmarks and four legs per
 * node, 32 instead of 64 bytes per leg). Each distance is computed in doubles and rounded to the
 * nearest float, a relative error of at most 2<sup>-24</sup>; a difference of two such
 * distances is then shrunk by {@value #FLOAT_SHRINK} of the larger on top of {@link
 * Heuristic#SAFETY_SHRINK}, which covers both roundings, so every bound stays admissible and
 * totals stay Dijkstra's bit for bit. Immutable and thread-safe.
 */
public final class Landmarks {
  /** How many landmarks a graph gets by default (assumption: 8, a common choice for ALT). */
  public static final int DEFAULT_COUNT = 8;

  /** Relative shrink covering the rounding of two distances to floats: 2^-22 = 2 * 2 * 2^-24. */
  static final double FLOAT_SHRINK = 0x1p-22;

  private final int count;
  // Node-major: the value for landmark l at node v is at v * count + l.
  private final float[] hoursFrom;
  private final float[] hoursTo;
  private final float[] costFrom;
  private final float[] costTo;
  private final int[] nodes;

  private Landmarks(int count, int[] nodes, float[] hf, float[] ht, float[] cf, float[] ct) {
    this.count = count;
    this.nodes = nodes;
    this.hoursFrom = hf;
    this.hoursTo = ht;
    this.costFrom = cf;
    this.costTo = ct;
  }

  /**
   * Selects landmarks and runs their searches.
   *
   * @param g the graph
   * @param wanted how many landmarks, {@code > 0}; fewer if the graph has fewer nodes
   * @return the landmarks
   */
  static Landmarks build(RoutingGraph g, int wanted) {
    int n = g.nodeCount;
    int count = Math.min(wanted, n);
    int[] revStart = new int[n + 1];
    // The reverse graph, for the searches to each landmark: per node its incoming legs and
    // their start nodes, build-time only.
    int[] revLeg = new int[g.legCount];
    int[] revTail = new int[g.legCount];
    for (int e = 0; e < g.legCount; e++) {
      revStart[g.legHead[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      revStart[v + 1] += revStart[v];
    }
    int[] fill = Arrays.copyOf(revStart, n);
    for (int v = 0; v < n; v++) {
      for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
        int i = fill[g.legHead[e]]++;
        revLeg[i] = e;
        revTail[i] = v;
      }
    }
    int cells = Checks.size((long) n * count, Checks.MAX_ARRAY_LENGTH, "nodes * landmarks");
    float[] hf = new float[cells];
    float[] ht = new float[cells];
    float[] cf = new float[cells];
    float[] ct = new float[cells];
    int[] chosen = new int[count];
    IndexedMinHeap heap = new IndexedMinHeap(n);
    double[] dist = new double[n];
    // Least hours from any chosen landmark, for farthest-point selection.
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    double[] hours = g.hoursNoWait().leg;
    double[] cost = g.costUsd().leg;
    run(g, 0, hours, false, revStart, revLeg, revTail, heap, dist);
    int next = farthest(dist);
    for (int l = 0; l < count; l++) {
      chosen[l] = next;
      run(g, next, hours, false, revStart, revLeg, revTail, heap, dist);
      for (int v = 0; v < n; v++) {
        hf[v * count + l] = toFloat(dist[v]);
        nearest[v] = Math.min(nearest[v], dist[v]);
      }
      run(g, next, hours, true, revStart, revLeg, revTail, heap, dist);
      for (int v = 0; v < n; v++) {
        ht[v * count + l] = toFloat(dist[v]);
      }
      run(g, next, cost, false, revStart, revLeg, revTail, heap, dist);
      for (int v = 0; v < n; v++) {
        cf[v * count + l] = toFloat(dist[v]);
      }
      run(g, next, cost, true, revStart, revLeg, revTail, heap, dist);
      for (int v = 0; v < n; v++) {
        ct[v * count + l] = toFloat(dist[v]);
      }
      next = farthest(nearest);
    }
    return new Landmarks(count, chosen, hf, ht, cf, ct);
  }

  // A distance as the nearest float. Leg charges are at most 1e12 (Checks) and paths at most 2^31
  // legs, so a finite distance is below 1e22 and never rounds to an infinite float.
  private static float toFloat(double d) {
    float f = (float) d;
    if (f == Float.POSITIVE_INFINITY && d != Double.POSITIVE_INFINITY) {
      throw new IllegalStateException("landmark distance " + d + " exceeds the float range");
    }
    return f;
  }

  // The node with the largest value; an unreached node (infinity) wins, the lowest id on ties.
  private static int farthest(double[] d) {
    int best = 0;
    for (int v = 1; v < d.length; v++) {
      if (d[v] > d[best]) {
        best = v;
      }
    }
    return best;
  }

  // Node-based Dijkstra on leg weights, forward from or backward to a source.
  private static void run(
      RoutingGraph g, int source, double[] weight, boolean backward, int[] revStart,
      int[] revLeg, int[] revTail, IndexedMinHeap heap, double[] dist) {
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    dist[source] = 0.0;
    heap.insertOrDecrease(source, 0.0);
    int[] start = backward ? revStart : g.outStart;
    while (!heap.isEmpty()) {
      int v = heap.poll();
      double d = dist[v];
      for (int i = start[v], end = start[v + 1]; i < end; i++) {
        int e = backward ? revLeg[i] : i;
        int w = backward ? revTail[i] : g.legHead[e];
        double nd = d + weight[e];
        if (nd < dist[w]) {
          dist[w] = nd;
          heap.insertOrDecrease(w, nd);
        }
      }
    }
  }

  /**
   * Returns the number of landmarks.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns the landmark nodes.
   *
   * @return dense node ids, a copy
   */
  public int[] nodes() {
    return nodes.clone();
  }

  /**
   * Returns the bytes the landmark distances take.
   *
   * @return bytes of the four distance arrays
   */
  public long bytes() {
    return 4L * Float.BYTES * hoursFrom.length;
  }

  /**
   * Returns a lower bound on the leg-only hours from {@code v} to {@code t}.
   *
   * @param v a dense node id
   * @param t a dense node id
   * @return the bound, {@code >= 0}, or infinity if {@code t} cannot be reached from {@code v}
   */
  public double hoursBound(int v, int t) {
    return bound(hoursFrom, hoursTo, v, t);
  }

  /**
   * Returns a lower bound on the leg-only cost from {@code v} to {@code t}.
   *
   * @param v a dense node id
   * @param t a dense node id
   * @return the bound, {@code >= 0}, or infinity if {@code t} cannot be reached from {@code v}
   */
  public double costBound(int v, int t) {
    return bound(costFrom, costTo, v, t);
  }

  private double bound(float[] from, float[] to, int v, int t) {
    double best = 0.0;
    int vi = v * count;
    int ti = t * count;
    for (int l = 0; l < count; l++) {
      best = Math.max(best, difference(from[ti + l], from[vi + l]));
      best = Math.max(best, difference(to[vi + l], to[ti + l]));
    }
    return best;
  }

  // a - b as a lower bound, shrunk by the rounding either distance may carry (in doubles and to
  // floats); infinity when a is unreachable but b is not (then so is the target), no information
  // when b is unreachable.
  private static double difference(float a, float b) {
    if (b == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (a == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    return ((double) a - b) - (Heuristic.SAFETY_SHRINK + FLOAT_SHRINK) * a;
  }

  Heuristic.Bound bound(double hoursWeight, double costWeight, int[] targets, int count) {
    double[] remain = new double[count];
    for (int l = count - 2; l >= 0; l--) {
      remain[l] = remain[l + 1] + weighted(hoursWeight, costWeight, targets[l], targets[l + 1]);
    }
    return (node, layer) -> {
      double b = weighted(hoursWeight, costWeight, node, targets[layer]) + remain[layer];
      return b == Double.POSITIVE_INFINITY ? b : (1 - Heuristic.SAFETY_SHRINK) * b;
    };
  }

  private double weighted(double hoursWeight, double costWeight, int v, int t) {
    double b = 0.0;
    if (hoursWeight > 0) {
      b += hoursWeight * hoursBound(v, t);
    }
    if (costWeight > 0) {
      b += costWeight * costBound(v, t);
    }
    return b;
  }

  /** Returns e.g. {@code Landmarks[8]}. */
  @Override
  public String toString() {
    return "Landmarks[" + count + "]";
  }
}
