package org.kervan.routing.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * The two A* bounds on their own: landmark bounds and the great-circle bound against distances a
 * plain Dijkstra written here computes over the graph's leg columns. Admissible everywhere, exact
 * where the theory says they are (at a landmark; on the fastest straight leg), infinite where a
 * landmark proves a target unreachable.
 */
class BoundsTest {
  private static final double REL = 1e-6;

  /** A seeded random network; node 0 has no incoming leg, so nothing reaches it. */
  static Network randomNetwork(long seed, int n, int m) {
    Random rnd = new Random(seed);
    Network.Builder b = Network.builder();
    for (int i = 0; i < n; i++) {
      b.addNode(Node.of("X_" + i, "n" + i, "KZ", NodeKind.SEAPORT,
          GeoPoint.of(rnd.nextDouble() * 20, rnd.nextDouble() * 20)));
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int k = 0; k < m; k++) {
      int from = rnd.nextInt(n);
      int to = 1 + rnd.nextInt(n - 1);
      Mode mode = rnd.nextBoolean() ? Mode.SEA : Mode.RAIL;
      if (from == to || !keys.add(from + ">" + to + mode)) {
        continue;
      }
      b.addLeg(Leg.of("X_" + from, "X_" + to, mode, Distance.ofKilometres(50 + rnd.nextInt(3000)),
              Speed.ofKilometresPerHour(10 + rnd.nextInt(60)))
          .withCost(rnd.nextInt(500), rnd.nextDouble()));
    }
    return b.build();
  }

  /** Leg-only distances from {@code s}, forward or backward, over one weight per leg. */
  private static double[] dijkstra(RoutingGraph g, double[] w, int s, boolean backward) {
    int n = g.nodeCount;
    double[] d = new double[n];
    Arrays.fill(d, Double.POSITIVE_INFINITY);
    d[s] = 0;
    PriorityQueue<double[]> q = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    q.add(new double[] {0, s});
    boolean[] done = new boolean[n];
    while (!q.isEmpty()) {
      int v = (int) q.poll()[1];
      if (done[v]) {
        continue;
      }
      done[v] = true;
      for (int u = 0; u < n; u++) {
        for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
          int tail = u;
          int head = g.legHead[e];
          int from = backward ? head : tail;
          int to = backward ? tail : head;
          if (from == v && d[v] + w[e] < d[to]) {
            d[to] = d[v] + w[e];
            q.add(new double[] {d[to], to});
          }
        }
      }
    }
    return d;
  }

  private static double[][] allPairs(RoutingGraph g, double[] w) {
    double[][] d = new double[g.nodeCount][];
    for (int s = 0; s < g.nodeCount; s++) {
      d[s] = dijkstra(g, w, s, false);
    }
    return d;
  }

  @Test
  void landmarkBounds_areAdmissible_exactAtEachLandmark_andProveUnreachableTargets() {
    for (long seed = 1; seed <= 6; seed++) {
      Network net = randomNetwork(seed, 14 + (int) seed, 60);
      RoutingGraph g = RoutingGraph.of(net);
      Landmarks lm = g.landmarks();
      int n = g.nodeCount;
      assertEquals(Math.min(Landmarks.DEFAULT_COUNT, n), lm.count());
      assertEquals(4L * Float.BYTES * n * lm.count(), lm.bytes());
      int[] nodes = lm.nodes();
      assertEquals(lm.count(), Arrays.stream(nodes).distinct().count(), "distinct landmarks");
      double[][] hours = allPairs(g, g.hoursNoWait().leg);
      double[][] cost = allPairs(g, g.costUsd().leg);
      // Node 0 is unreached from everywhere else: the first landmark (farthest from node 0,
      // infinity winning) is the lowest id that node 0 does not reach, or else the farthest.
      assertEquals(farthest(hours[0]), nodes[0], "seed " + seed + " first landmark");
      for (int v = 0; v < n; v++) {
        for (int t = 0; t < n; t++) {
          String at = "seed " + seed + " " + v + "→" + t;
          check(hours[v][t], lm.hoursBound(v, t), at + " hours");
          check(cost[v][t], lm.costBound(v, t), at + " cost");
        }
      }
      for (int l : nodes) {
        for (int v = 0; v < n; v++) {
          String at = "seed " + seed + " landmark " + l + ", node " + v;
          exact(hours[v][l], lm.hoursBound(v, l), at + " to");
          exact(hours[l][v], lm.hoursBound(l, v), at + " from");
          exact(cost[v][l], lm.costBound(v, l), at + " cost to");
          exact(cost[l][v], lm.costBound(l, v), at + " cost from");
        }
        if (l != 0) {
          assertEquals(Double.POSITIVE_INFINITY, lm.hoursBound(l, 0), "nothing reaches node 0");
          assertEquals(Double.POSITIVE_INFINITY, lm.costBound(l, 0), "nothing reaches node 0");
        }
      }
    }
  }

  @Test
  void landmarkHeuristic_weighsHoursAndCost_andAddsTheViasStillAhead() {
    Network net = randomNetwork(11, 16, 70);
    RoutingGraph g = RoutingGraph.of(net);
    Landmarks lm = g.landmarks();
    double[][] hours = allPairs(g, g.hoursNoWait().leg);
    double[][] cost = allPairs(g, g.costUsd().leg);
    int[] l = lm.nodes();
    // 72 USD per day: 3 USD per hour, and 1 per USD.
    double wh = 3.0;
    double wc = 1.0;
    StepCost generalised = StepCost.generalised(g, g.costUsd(), g.hoursNoWait(), 72);
    assertArrayEquals(new double[] {wh, wc}, Arrays.copyOf(generalised.boundWeights(), 2));
    // Targets: a landmark as the via, another as the destination, so every bound is exact.
    int[] targets = {l[1], l[0]};
    Heuristic.Bound b = Heuristic.landmarks(g).toward(generalised, targets, 2);
    Heuristic.Bound onlyHours =
        Heuristic.landmarks(g).toward(StepCost.of(g, g.hoursNoWait()), new int[] {l[0]}, 1);
    for (int v = 0; v < g.nodeCount; v++) {
      double ahead = wh * hours[l[1]][l[0]] + wc * cost[l[1]][l[0]];
      double toVia = wh * hours[v][l[1]] + wc * cost[v][l[1]];
      double toEnd = wh * hours[v][l[0]] + wc * cost[v][l[0]];
      exact(toVia + ahead, b.remaining(v, 0), "node " + v + " before the via");
      exact(toEnd, b.remaining(v, 1), "node " + v + " after the via");
      exact(hours[v][l[0]], onlyHours.remaining(v, 0), "node " + v + " hours only");
    }
    assertEquals(0.0, Heuristic.landmarks(g).toward(generalised, new int[] {-1}, 1).remaining(3, 0),
        "no destination, no bound");
  }

  @Test
  void greatCircleBound_isExactOnTheFastestStraightLeg_andAdmissibleElsewhere() {
    // Two legs drawn along their great circles (distance set to it), the second faster: the
    // bound from its start is exactly its hours; from the first node, the leg hours plus the rest.
    GeoPoint a = GeoPoint.of(10, 10);
    GeoPoint bb = GeoPoint.of(12, 11);
    GeoPoint c = GeoPoint.of(15, 14);
    Network net = Network.builder()
        .addNode(Node.of("X_A", "a", "KZ", NodeKind.SEAPORT, a))
        .addNode(Node.of("X_B", "b", "KZ", NodeKind.SEAPORT, bb))
        .addNode(Node.of("X_C", "c", "KZ", NodeKind.SEAPORT, c))
        .addLeg(Leg.of("X_A", "X_B", Mode.SEA, Distance.ofKilometres(haversineKm(a, bb)),
            Speed.ofKilometresPerHour(20)))
        .addLeg(Leg.of("X_B", "X_C", Mode.SEA, Distance.ofKilometres(haversineKm(bb, c)),
            Speed.ofKilometresPerHour(40)))
        .build();
    RoutingGraph g = RoutingGraph.of(net);
    assertEquals(40, g.maxGreatCircleKmh, 40 * 1e-3);
    double[] legHours = g.hoursNoWait().leg;
    double ab = legHours[0];
    double bc = legHours[1];
    StepCost time = StepCost.of(g, g.hoursNoWait());
    Heuristic.Bound direct = Heuristic.greatCircle(g).toward(time, new int[] {2}, 1);
    exactWithin(bc, direct.remaining(1, 0), 1e-3, "fastest straight leg");
    assertEquals(0.0, direct.remaining(2, 0), 1e-12, "at the destination");
    double fromA = direct.remaining(0, 0);
    assertTrue(fromA <= ab + bc, "admissible from A: " + fromA);
    assertTrue(fromA > bc, "the great circle A→C is longer than B→C: " + fromA);
    // Via B: before it, A→B at the fastest speed plus B→C; after it, A→C.
    Heuristic.Bound via = Heuristic.greatCircle(g).toward(time, new int[] {1, 2}, 2);
    exactWithin(ab / 2 + bc, via.remaining(0, 0), 1e-3, "before the via");
    assertEquals(fromA, via.remaining(0, 1), 1e-12, "after the via");
    StepCost weighted = StepCost.generalised(g, g.costUsd(), g.hoursNoWait(), 60);
    Heuristic.Bound w = Heuristic.greatCircle(g).toward(weighted, new int[] {2}, 1);
    exactWithin(2.5 * bc, w.remaining(1, 0), 1e-3, "weighted by the hours weight");
    Heuristic.Bound costOnly =
        Heuristic.greatCircle(g).toward(StepCost.of(g, g.costUsd()), new int[] {2}, 1);
    assertEquals(0.0, costOnly.remaining(0, 0), "no hours, no bound");
  }

  private static double haversineKm(GeoPoint p, GeoPoint q) {
    double r = 6371.0088;
    double dLat = Math.toRadians(q.latitude() - p.latitude());
    double dLon = Math.toRadians(q.longitude() - p.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(p.latitude()))
        * Math.cos(Math.toRadians(q.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * r * Math.asin(Math.sqrt(h));
  }

  /** The lowest id among the largest values, infinity included. */
  private static int farthest(double[] d) {
    return java.util.stream.IntStream.range(0, d.length)
        .reduce((best, v) -> d[v] > d[best] ? v : best)
        .orElseThrow();
  }

  private static void check(double truth, double bound, String at) {
    assertTrue(bound >= 0, at + ": bound " + bound + " < 0");
    if (truth < Double.POSITIVE_INFINITY) {
      assertTrue(bound <= truth, at + ": bound " + bound + " above the distance " + truth);
    }
  }

  private static void exact(double truth, double bound, String at) {
    if (truth == Double.POSITIVE_INFINITY) {
      return;
    }
    check(truth, bound, at);
    exactWithin(truth, bound, REL, at);
  }

  private static void exactWithin(double truth, double bound, double rel, String at) {
    assertTrue(bound >= truth * (1 - rel) - 1e-12,
        at + ": bound " + bound + " not within " + rel + " of " + truth);
    assertTrue(bound <= truth * (1 + rel) + 1e-12,
        at + ": bound " + bound + " not within " + rel + " of " + truth);
  }
}
