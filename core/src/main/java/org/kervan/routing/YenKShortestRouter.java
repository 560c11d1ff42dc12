package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * A {@link KShortestRouter} by Yen's algorithm (Yen 1971, "Finding the k shortest loopless paths
 * in a network", Management Science 17(11)) over the mode-expanded state graph.
 *
 * <p>Each listed path is deviated from at every node: the spur search (A* for time, Dijkstra for
 * cost) starts at that node in the state the root path reached it (so the node's transshipment or
 * dwell is charged exactly as in the corridor), may not enter any node of the root, and may not
 * leave by a leg that an already listed path with the same root took next. The best spur of each
 * deviation is a candidate; the cheapest candidate is listed next.
 *
 * <p>Node charges that depend on the incoming leg mean the best spur may itself pass a node twice.
 * Such paths are enumerated (later loopless paths may deviate from them) but not returned; the
 * enumeration stops after {@code max(100, 20 * k)} paths, so in a network where very many walks
 * beat the k-th loopless path, fewer than {@code k} may be returned. Totals equal the corridors'
 * own totals bit for bit.
 *
 * <p>This class is thread-safe: each thread searches with its own arrays.
 */
public final class YenKShortestRouter implements KShortestRouter {
  private final Engine engine;

  private YenKShortestRouter(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a router over a network, precomputing its search graph.
   *
   * @param network the network
   * @return the router
   */
  public static YenKShortestRouter of(Network network) {
    return new YenKShortestRouter(new Engine(network));
  }

  @Override
  public Network network() {
    return engine.network;
  }

  /** A path: its legs, the layered state before and after each leg, and the running totals. */
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
          .thenComparing(p -> p.key, YenKShortestRouter::compareKeys);

  private static int compareKeys(ImmutableIntArray a, ImmutableIntArray b) {
    for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  @Override
  public List<Corridor> alternatives(RouteRequest request, int k) {
    checkNotNull(request, "request");
    if (!(k > 0)) {
      throw new IllegalArgumentException("k must be > 0, was " + k);
    }
    RouteOptions o = request.options();
    int origin = engine.nodeIndex(request.origin(), "origin");
    int[] targets = engine.targets(request);
    boolean[] mask = engine.mask(o);
    SearchSpace sp = engine.space();
    engine.setQuery(sp, o, mask, targets, true);
    int start = engine.sg.originState(origin);
    int end = sp.run(start, 0.0);
    if (end < 0) {
      return List.of();
    }
    int maxPaths = Math.max(100, 20 * k);
    List<Path> listed = new ArrayList<>();
    PriorityQueue<Path> candidates = new PriorityQueue<>(ORDER);
    Set<ImmutableIntArray> seen = new HashSet<>();
    Path first = trace(sp, end, start, null, 0);
    listed.add(first);
    seen.add(first.key);
    ImmutableList.Builder<Corridor> out = ImmutableList.builder();
    int found = 0;
    if (isLoopless(sp, first)) {
      out.add(corridor(first, o));
      found++;
    }
    for (int idx = 0; found < k && listed.size() < maxPaths; idx++) {
      Path p = listed.get(idx);
      for (int i = 0; i < p.legs.length; i++) {
        sp.beginBlocking();
        for (int j = 0; j <= i; j++) {
          sp.blockNode(sp.nodeOfLayeredState(p.states[j]));
        }
        for (Path q : listed) {
          if (q.legs.length > i && sameRoot(p, q, i)) {
            sp.blockLeg(q.legs[i]);
          }
        }
        int spurEnd = sp.run(p.states[i], p.values[i]);
        sp.endBlocking();
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
        out.add(corridor(next, o));
        found++;
      }
    }
    return out.build();
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
  private static Path trace(SearchSpace sp, int end, int start, Path root, int rootLegs) {
    int spurLegs = 0;
    for (int ls = end; ls != start; ls = sp.parentStateOf(ls)) {
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
    for (int ls = end; ls != start; ls = sp.parentStateOf(ls)) {
      states[i] = ls;
      values[i] = sp.dist(ls);
      legs[i - 1] = sp.parentLegOf(ls);
      i--;
    }
    return new Path(legs, states, values);
  }

  private static boolean isLoopless(SearchSpace sp, Path p) {
    sp.beginMarks();
    for (int ls : p.states) {
      if (!sp.mark(sp.nodeOfLayeredState(ls))) {
        return false;
      }
    }
    return true;
  }

  private Corridor corridor(Path p, RouteOptions o) {
    return engine.corridor(new Engine.Found(p.legs, p.value()), o);
  }

  /** Returns e.g. {@code YenKShortestRouter[Network[120 nodes, 310 legs]]}. */
  @Override
  public String toString() {
    return "YenKShortestRouter[" + engine.network + "]";
  }
}
