package org.kervan.routing.kernel;

import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.kervan.internal.IndexedMinHeap;

/**
 * A contraction hierarchy (Geisberger, Sanders, Schultes &amp; Delling 2008, "Contraction
 * hierarchies: faster and simpler hierarchical routing in road networks", WEA) on the
 * mode-expanded {@link StateGraph} for one unconstrained {@link StepCost}: every state-to-state
 * step {@code (s, e) -> legTarget[e]} is an edge weighing {@code cost.step(s, e)}, so node charges
 * that depend on the incoming mode are part of the edge weights.
 *
 * <p>Preprocessing contracts states in the order of a lazily updated priority, the edge difference
 * (shortcuts added minus edges removed) plus the number of contracted neighbours plus the state's
 * level (one above its highest contracted neighbour; terms of Geisberger et al.'s node ordering,
 * weighted one each), adding a shortcut {@code u -> w} past a state {@code v} unless a witness
 * search from {@code u} that avoids {@code v} finds a path no longer. The shortcuts found while a
 * state's priority is computed are the ones added when it is contracted, without a second search.
 * Witness searches stop once every target has a path no longer than its limit, and are bounded by
 * {@value #WITNESS_HOPS} hops and {@value #WITNESS_SETTLED} settled states (long sea legs would
 * otherwise make them explore half the network); a bound that stops a search early only adds a
 * shortcut that was not needed, never loses a path. When the states left reach a mean out-degree
 * of {@value #REDUCE_DEGREE} (and each time it has grown {@value #REDUCE_GROWTH} times since),
 * edge reduction drops every edge among them that a search of up to {@value #REDUCE_SETTLED}
 * settled states from its tail beats strictly: long legs that no shortest path uses (slow sea legs
 * across a grid of fast trunks) would otherwise be carried up the hierarchy as ever more shortcuts.
 * Contraction stops when the states left have a
 * mean out-degree of {@value #CORE_DEGREE}: those form a core (as in core-based routing, Bauer et
 * al. 2010, "Combining hierarchical and goal-directed speed-up techniques for Dijkstra's
 * algorithm", JEA 15), ranked above every contracted state, whose edges both searches follow both
 * ways, so a query is an upward search into the core and a bidirectional Dijkstra inside it.
 *
 * <p>Queries run a bidirectional upward Dijkstra from the origin state and from every state of the
 * destination with stall on demand (as in Geisberger et al.: a state is not expanded when a higher state the
 * same search reached leads down to it more cheaply), unpack the best meeting into legs, and
 * return the left-to-right total of those legs under the same step cost: the corridor's own total.
 * Shortcut weights are sums taken in another order than a corridor's, so two corridors whose
 * totals differ only by rounding could be ranked the other way than Dijkstra ranks them; the
 * returned total is always a real corridor's exact total, and the randomized reference suite
 * checks it equals Dijkstra's.
 *
 * <p>Immutable after construction and thread-safe; each query uses a {@link Query} of its own.
 */
public final class ContractionHierarchy {
  /**
   * Most hops of a witness path (assumption, chosen on the benchmarks' trunk grid: 5 hops left
   * 1.7 times the shortcuts there and queries 3.5 times slower at 100k nodes, 100 hops gained
   * little).
   */
  public static final int WITNESS_HOPS = 20;
  /** Most states a witness search settles (assumption, chosen as above: 200 and 2,000 were tried). */
  public static final int WITNESS_SETTLED = 500;
  /**
   * Mean out-degree of the states left at which contraction stops and leaves them as the core
   * (assumption, chosen on the benchmarks' trunk grid, where long sea legs make the last states
   * dense: contracting them took most of the time at a million nodes).
   */
  public static final double CORE_DEGREE = 32;

  /**
   * Mean out-degree of the states left at which edge reduction first runs (assumption, chosen on
   * the benchmarks' trunk grid, where the states left grow dense from about this degree on).
   */
  public static final double REDUCE_DEGREE = 6;
  /** Factor on the mean degree before edge reduction runs again (assumption). */
  public static final double REDUCE_GROWTH = 1.5;
  /** Most states one edge-reduction search settles (assumption, ten witness searches' worth). */
  public static final int REDUCE_SETTLED = 5000;

  private final StateGraph sg;
  private final StepCost cost;
  private final int n;
  // Upward graphs in CSR form: forward edges to higher states, backward edges from higher states.
  private final int[] upStart;
  private final int[] upHead;
  private final double[] upWeight;
  private final int[] upEdge;
  private final int[] downStart;
  private final int[] downTail;
  private final double[] downWeight;
  private final int[] downEdge;
  // Every edge, original (leg >= 0) or shortcut (leg -1, two children).
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final int[] edgeLeg;
  private final int[] edgeFirst;
  private final int[] edgeSecond;
  private final int shortcutCount;
  private final int coreStates;
  private final int reducedEdges;
  private final long buildNanos;

  /**
   * Contracts the state graph of a graph under a step cost.
   *
   * @param g the graph
   * @param cost the step cost, unconstrained
   * @return the hierarchy
   */
  public static ContractionHierarchy build(RoutingGraph g, StepCost cost) {
    return build(g, cost, CORE_DEGREE, Integer.MAX_VALUE, REDUCE_DEGREE);
  }

  // Package-private for tests, which force a core of any size (a mean degree of 0 or a
  // maxContracted of 0 leaves every state in the core) and edge reduction early or never.
  static ContractionHierarchy build(
      RoutingGraph g, StepCost cost, double coreDegree, int maxContracted, double reduceDegree) {
    long t0 = System.nanoTime();
    return new ContractionHierarchy(g, cost, coreDegree, maxContracted, reduceDegree, t0);
  }

  private ContractionHierarchy(
      RoutingGraph g,
      StepCost cost,
      double coreDegree,
      int maxContracted,
      double reduceDegree,
      long t0) {
    this.sg = g.states;
    this.cost = cost;
    this.n = sg.stateCount;
    Builder b = new Builder(g, cost);
    b.contract(coreDegree, maxContracted, reduceDegree);
    coreStates = b.coreStates;
    reducedEdges = b.dead.cardinality();
    int m = b.edgeCount;
    edgeFrom = Arrays.copyOf(b.from, m);
    edgeTo = Arrays.copyOf(b.to, m);
    edgeLeg = Arrays.copyOf(b.leg, m);
    edgeFirst = Arrays.copyOf(b.first, m);
    edgeSecond = Arrays.copyOf(b.second, m);
    shortcutCount = m - b.originalCount;
    int[] rank = b.rank;
    upStart = new int[n + 1];
    downStart = new int[n + 1];
    boolean[] core = b.core;
    // An edge within the core is searched both ways: forward from its tail, backward from its head.
    for (int e = 0; e < m; e++) {
      if (b.dead.get(e)) {
        continue;
      }
      int u = b.from[e];
      int w = b.to[e];
      if (core[u] && core[w]) {
        upStart[u + 1]++;
        downStart[w + 1]++;
      } else if (rank[w] > rank[u]) {
        upStart[u + 1]++;
      } else {
        downStart[w + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      upStart[v + 1] += upStart[v];
      downStart[v + 1] += downStart[v];
    }
    upHead = new int[upStart[n]];
    upWeight = new double[upStart[n]];
    upEdge = new int[upStart[n]];
    downTail = new int[downStart[n]];
    downWeight = new double[downStart[n]];
    downEdge = new int[downStart[n]];
    int[] upFill = Arrays.copyOf(upStart, n);
    int[] downFill = Arrays.copyOf(downStart, n);
    for (int e = 0; e < m; e++) {
      if (b.dead.get(e)) {
        continue;
      }
      int u = b.from[e];
      int w = b.to[e];
      boolean inCore = core[u] && core[w];
      if (inCore || rank[w] > rank[u]) {
        int p = upFill[u]++;
        upHead[p] = w;
        upWeight[p] = b.weight[e];
        upEdge[p] = e;
      }
      if (inCore || rank[w] < rank[u]) {
        int p = downFill[w]++;
        downTail[p] = u;
        downWeight[p] = b.weight[e];
        downEdge[p] = e;
      }
    }
    buildNanos = System.nanoTime() - t0;
  }

  /**
   * Returns the number of shortcuts added.
   *
   * @return the count
   */
  public int shortcutCount() {
    return shortcutCount;
  }

  /**
   * Returns the number of edges, legs or shortcuts, that edge reduction dropped.
   *
   * @return the count
   */
  public int reducedEdgeCount() {
    return reducedEdges;
  }

  /**
   * Returns the number of states left uncontracted in the core.
   *
   * @return the count, 0 when every state was contracted
   */
  public int coreStates() {
    return coreStates;
  }

  /**
   * Returns the wall-clock time preprocessing took.
   *
   * @return nanoseconds
   */
  public long buildNanos() {
    return buildNanos;
  }

  /**
   * Returns the bytes the hierarchy's arrays take (16-byte headers, 8-byte alignment).
   *
   * @return bytes
   */
  public long bytes() {
    return ints(upStart.length) + ints(upHead.length) * 2 + doubles(upWeight.length)
        + ints(downStart.length) + ints(downTail.length) * 2 + doubles(downWeight.length)
        + ints(edgeLeg.length) * 5;
  }

  private static long ints(long len) {
    return (16 + 4 * len + 7) & ~7L;
  }

  private static long doubles(long len) {
    return 16 + 8 * len;
  }

  /**
   * Borrows reusable query arrays; give them back with {@link #release(Query)}.
   *
   * @return arrays no other thread uses until released
   */
  public Query acquire() {
    Query q = pool.pollFirst();
    return q != null ? q : new Query();
  }

  /**
   * Returns query arrays to the pool.
   *
   * @param query arrays acquired from this hierarchy
   */
  public void release(Query query) {
    pool.offerFirst(query);
  }

  private final ConcurrentLinkedDeque<Query> pool = new ConcurrentLinkedDeque<>();

  /** Builds the hierarchy: a dynamic graph with in- and out-lists, contracted state by state. */
  private static final class Builder {
    final int n;
    int[] from = new int[16];
    int[] to = new int[16];
    double[] weight = new double[16];
    int[] leg = new int[16];
    int[] first = new int[16];
    int[] second = new int[16];
    int edgeCount;
    final int originalCount;
    final int[][] out;
    final int[] outSize;
    final int[][] in;
    final int[] inSize;
    final boolean[] contracted;
    final int[] contractedNeighbours;
    final int[] rank;
    final boolean[] core;
    // Edges dropped by edge reduction: kept for unpacking, left out of the search graphs.
    final BitSet dead = new BitSet();
    int coreStates;
    // Node ordering: one above the highest contracted neighbour; neighbours seen this contraction.
    final int[] level;
    final int[] mark;
    int markGen;
    // Shortcuts the last contractNode found, as pairs of edges (in to v, out of v).
    int[] bufferIn = new int[16];
    int[] bufferOut = new int[16];
    int bufferSize;
    // Targets of the current witness search and the weight each must beat.
    final int[] targetStamp;
    final double[] targetLimit;
    int targetGen;
    // Witness search arrays.
    final double[] dist;
    final int[] hops;
    final int[] stamp;
    int gen;
    final IndexedMinHeap heap;

    Builder(RoutingGraph g, StepCost cost) {
      StateGraph sg = g.states;
      n = sg.stateCount;
      out = new int[n][];
      in = new int[n][];
      outSize = new int[n];
      inSize = new int[n];
      for (int s = 0; s < n; s++) {
        int v = sg.node(s);
        for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
          addEdge(s, sg.legTarget[e], cost.step(s, e), e, -1, -1);
        }
      }
      originalCount = edgeCount;
      contracted = new boolean[n];
      contractedNeighbours = new int[n];
      rank = new int[n];
      core = new boolean[n];
      level = new int[n];
      mark = new int[n];
      targetStamp = new int[n];
      targetLimit = new double[n];
      dist = new double[n];
      hops = new int[n];
      stamp = new int[n];
      heap = new IndexedMinHeap(n);
    }

    private void addEdge(int u, int v, double w, int legId, int a, int b) {
      if (edgeCount == from.length) {
        int c = 2 * edgeCount;
        from = Arrays.copyOf(from, c);
        to = Arrays.copyOf(to, c);
        weight = Arrays.copyOf(weight, c);
        leg = Arrays.copyOf(leg, c);
        first = Arrays.copyOf(first, c);
        second = Arrays.copyOf(second, c);
      }
      int e = edgeCount++;
      from[e] = u;
      to[e] = v;
      weight[e] = w;
      leg[e] = legId;
      first[e] = a;
      second[e] = b;
      append(out, outSize, u, e);
      append(in, inSize, v, e);
    }

    private static void append(int[][] lists, int[] sizes, int v, int e) {
      int[] l = lists[v];
      if (l == null) {
        l = new int[4];
        lists[v] = l;
      } else if (sizes[v] == l.length) {
        l = Arrays.copyOf(l, 2 * l.length);
        lists[v] = l;
      }
      l[sizes[v]++] = e;
    }

    // Contracts states until the graph of those left has a mean out-degree of coreDegree (or
    // maxContracted are contracted); those left form the core, ranked above every contracted
    // state in index order. Edge reduction runs at a mean degree of reduceDegree, then again
    // each time the degree has grown by REDUCE_GROWTH.
    void contract(double coreDegree, int maxContracted, double reduceDegree) {
      IndexedMinHeap order = new IndexedMinHeap(n);
      for (int v = 0; v < n; v++) {
        order.insertOrDecrease(v, priority(v));
      }
      int next = 0;
      long live = edgeCount;
      double reduceAt = reduceDegree;
      while (!order.isEmpty() && next < maxContracted && live < coreDegree * (n - next)) {
        int v = order.poll();
        // Lazy update: contract only if still no worse than the best other candidate.
        double p = priority(v);
        if (!order.isEmpty() && p > order.peekKey()) {
          order.insertOrDecrease(v, p);
          continue;
        }
        live += bufferSize - liveDegree(v);
        addBuffered();
        contracted[v] = true;
        rank[v] = next++;
        if (live > reduceAt * (n - next)) {
          live -= reduce();
          reduceAt = Math.max(REDUCE_GROWTH * reduceAt, REDUCE_GROWTH * live / (double) (n - next));
        }
        markGen++;
        for (int i = 0; i < outSize[v]; i++) {
          touch(v, to[out[v][i]]);
        }
        for (int i = 0; i < inSize[v]; i++) {
          touch(v, from[in[v][i]]);
        }
      }
      for (int v = 0; v < n; v++) {
        if (!contracted[v]) {
          core[v] = true;
          rank[v] = next++;
          coreStates++;
        }
      }
    }

    // Edge reduction: drops every edge between states not yet contracted that another path
    // among them beats strictly, found by a search from its tail without a hop bound and with a
    // larger settled bound than a witness search's. Such an edge is on no shortest path, so the
    // distances between the states left, all a query needs, stay the same. Returns the count.
    private long reduce() {
      long removed = 0;
      for (int u = 0; u < n; u++) {
        if (contracted[u] || outSize[u] == 0) {
          continue;
        }
        double limit = 0;
        for (int i = 0; i < outSize[u]; i++) {
          limit = Math.max(limit, weight[out[u][i]]);
        }
        if (++targetGen == Integer.MAX_VALUE) {
          Arrays.fill(targetStamp, 0);
          targetGen = 1;
        }
        search(u, -1, limit, 0, REDUCE_SETTLED, Integer.MAX_VALUE);
        int k = 0;
        int[] o = out[u];
        for (int i = 0; i < outSize[u]; i++) {
          int e = o[i];
          int w = to[e];
          if (!contracted[w] && stamp[w] == gen && dist[w] < weight[e]) {
            dead.set(e);
            removeIn(w, e);
            removed++;
          } else {
            o[k++] = e;
          }
        }
        outSize[u] = k;
      }
      return removed;
    }

    private void removeIn(int w, int e) {
      int[] l = in[w];
      int k = 0;
      for (int i = 0; i < inSize[w]; i++) {
        if (l[i] != e) {
          l[k++] = l[i];
        }
      }
      inSize[w] = k;
    }

    // A neighbour of the state just contracted: one more contracted neighbour, a level above it,
    // and no edges left to contracted states.
    private void touch(int v, int w) {
      if (contracted[w] || mark[w] == markGen) {
        return;
      }
      mark[w] = markGen;
      contractedNeighbours[w]++;
      level[w] = Math.max(level[w], level[v] + 1);
      compact(w);
    }

    // Drops a node's edges to and from contracted nodes, so later witness searches and
    // contractions do not walk past them again.
    private void compact(int v) {
      if (contracted[v]) {
        return;
      }
      int k = 0;
      int[] o = out[v];
      for (int i = 0; i < outSize[v]; i++) {
        if (!contracted[to[o[i]]]) {
          o[k++] = o[i];
        }
      }
      outSize[v] = k;
      k = 0;
      int[] l = in[v];
      for (int i = 0; i < inSize[v]; i++) {
        if (!contracted[from[l[i]]]) {
          l[k++] = l[i];
        }
      }
      inSize[v] = k;
    }

    private double priority(int v) {
      return contractNode(v) - liveDegree(v) + contractedNeighbours[v] + level[v];
    }

    // Edges in and out of v from and to states not yet contracted.
    private int liveDegree(int v) {
      int degree = 0;
      for (int i = 0; i < outSize[v]; i++) {
        degree += contracted[to[out[v][i]]] ? 0 : 1;
      }
      for (int i = 0; i < inSize[v]; i++) {
        degree += contracted[from[in[v][i]]] ? 0 : 1;
      }
      return degree;
    }

    /**
     * Finds the shortcuts contracting v needs and keeps them in the buffer, so that contracting
     * v right after its priority was computed adds them without searching again.
     */
    private int contractNode(int v) {
      bufferSize = 0;
      for (int i = 0; i < inSize[v]; i++) {
        int ein = in[v][i];
        int u = from[ein];
        if (contracted[u] || u == v) {
          continue;
        }
        // Targets: the uncontracted out-neighbours, each with the least weight through v.
        if (++targetGen == Integer.MAX_VALUE) {
          Arrays.fill(targetStamp, 0);
          targetGen = 1;
        }
        int targets = 0;
        double maxThrough = -1;
        for (int j = 0; j < outSize[v]; j++) {
          int eout = out[v][j];
          int w = to[eout];
          if (contracted[w] || w == u || w == v) {
            continue;
          }
          double through = weight[ein] + weight[eout];
          maxThrough = Math.max(maxThrough, through);
          if (targetStamp[w] != targetGen) {
            targetStamp[w] = targetGen;
            targetLimit[w] = through;
            targets++;
          } else {
            targetLimit[w] = Math.min(targetLimit[w], through);
          }
        }
        if (targets == 0) {
          continue;
        }
        search(u, v, maxThrough, targets, WITNESS_SETTLED, WITNESS_HOPS);
        for (int j = 0; j < outSize[v]; j++) {
          int eout = out[v][j];
          int w = to[eout];
          if (contracted[w] || w == u || w == v) {
            continue;
          }
          double through = weight[ein] + weight[eout];
          if (stamp[w] == gen && dist[w] <= through) {
            continue;
          }
          if (bufferSize == bufferIn.length) {
            bufferIn = Arrays.copyOf(bufferIn, 2 * bufferSize);
            bufferOut = Arrays.copyOf(bufferOut, 2 * bufferSize);
          }
          bufferIn[bufferSize] = ein;
          bufferOut[bufferSize] = eout;
          bufferSize++;
        }
      }
      return bufferSize;
    }

    private void addBuffered() {
      for (int k = 0; k < bufferSize; k++) {
        int ein = bufferIn[k];
        int eout = bufferOut[k];
        addEdge(from[ein], to[eout], weight[ein] + weight[eout], -1, ein, eout);
      }
      bufferSize = 0;
    }

    // Bounded Dijkstra from u over uncontracted states, avoiding v, up to a distance limit; it
    // stops early once every target has a path no longer than its limit.
    private void search(int u, int v, double limit, int targets, int maxSettled, int maxHops) {
      if (++gen == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        gen = 1;
      }
      stamp[u] = gen;
      dist[u] = 0.0;
      hops[u] = 0;
      heap.insertOrDecrease(u, 0.0);
      int settled = 0;
      int open = targets;
      while (!heap.isEmpty() && settled < maxSettled) {
        double d = heap.peekKey();
        if (d > limit) {
          break;
        }
        int x = heap.poll();
        settled++;
        if (hops[x] >= maxHops) {
          continue;
        }
        for (int i = 0; i < outSize[x]; i++) {
          int e = out[x][i];
          int y = to[e];
          if (y == v || contracted[y]) {
            continue;
          }
          double nd = d + weight[e];
          if (stamp[y] != gen || nd < dist[y]) {
            boolean wasMet = stamp[y] == gen && targetStamp[y] == targetGen && dist[y] <= targetLimit[y];
            stamp[y] = gen;
            dist[y] = nd;
            hops[y] = hops[x] + 1;
            heap.insertOrDecrease(y, nd);
            if (!wasMet && targetStamp[y] == targetGen && nd <= targetLimit[y] && --open == 0) {
              heap.clear();
              return;
            }
          }
        }
      }
      heap.clear();
    }
  }

  /**
   * Reusable arrays of bidirectional queries on one hierarchy. Not thread-safe.
   */
  public final class Query {
    private final double[] df = new double[n];
    private final double[] db = new double[n];
    private final int[] pf = new int[n];
    private final int[] pb = new int[n];
    private final int[] sf = new int[n];
    private final int[] sb = new int[n];
    private int gen;
    private final IndexedMinHeap hf = new IndexedMinHeap(n);
    private final IndexedMinHeap hb = new IndexedMinHeap(n);
    private int[] legs = new int[64];
    private int legCount;
    // The forward half's edges, origin first, reused from run to run.
    private int[] forward = new int[64];
    // The last run's states taken from either heap, and those of them expanded (not stalled).
    private int polled;
    private int expanded;

    private Query() {}

    // Test hook: sets the generation counter, so that a test reaches its wrap quickly.
    void forceGeneration(int generation) {
      gen = generation;
    }

    /**
     * Returns the best total from one node to another: the left-to-right total of the corridor
     * the hierarchy finds. The legs are then available through {@link #legs()}.
     *
     * @param origin the origin's dense node id
     * @param destination the destination's dense node id, different from the origin
     * @return the total, or infinity if there is no corridor
     */
    public double run(int origin, int destination) {
      if (++gen == Integer.MAX_VALUE) {
        Arrays.fill(sf, 0);
        Arrays.fill(sb, 0);
        gen = 1;
      }
      legCount = 0;
      polled = 0;
      expanded = 0;
      int s = sg.originState(origin);
      sf[s] = gen;
      df[s] = 0.0;
      pf[s] = -1;
      hf.insertOrDecrease(s, 0.0);
      for (int t = sg.firstArrivalState(destination); t < sg.nodeStateStart[destination + 1]; t++) {
        sb[t] = gen;
        db[t] = 0.0;
        pb[t] = -1;
        hb.insertOrDecrease(t, 0.0);
      }
      double best = Double.POSITIVE_INFINITY;
      int meet = -1;
      while (!hf.isEmpty() || !hb.isEmpty()) {
        double kf = hf.isEmpty() ? Double.POSITIVE_INFINITY : hf.peekKey();
        double kb = hb.isEmpty() ? Double.POSITIVE_INFINITY : hb.peekKey();
        if (!(Math.min(kf, kb) < best)) {
          break;
        }
        if (kf <= kb) {
          int x = hf.poll();
          if (sb[x] == gen && df[x] + db[x] < best) {
            best = df[x] + db[x];
            meet = x;
          }
          polled++;
          if (stalledForward(x)) {
            continue;
          }
          expanded++;
          for (int i = upStart[x]; i < upStart[x + 1]; i++) {
            int y = upHead[i];
            double nd = df[x] + upWeight[i];
            if (sf[y] != gen || nd < df[y]) {
              sf[y] = gen;
              df[y] = nd;
              pf[y] = upEdge[i];
              hf.insertOrDecrease(y, nd);
            }
          }
        } else {
          int x = hb.poll();
          if (sf[x] == gen && df[x] + db[x] < best) {
            best = df[x] + db[x];
            meet = x;
          }
          polled++;
          if (stalledBackward(x)) {
            continue;
          }
          expanded++;
          for (int i = downStart[x]; i < downStart[x + 1]; i++) {
            int y = downTail[i];
            double nd = db[x] + downWeight[i];
            if (sb[y] != gen || nd < db[y]) {
              sb[y] = gen;
              db[y] = nd;
              pb[y] = downEdge[i];
              hb.insertOrDecrease(y, nd);
            }
          }
        }
      }
      hf.clear();
      hb.clear();
      if (meet < 0) {
        return Double.POSITIVE_INFINITY;
      }
      // Forward half: edges from the meeting state back to the origin, unpacked in order.
      int count = 0;
      for (int x = meet; pf[x] >= 0; x = edgeFromOf(pf[x])) {
        count++;
      }
      if (forward.length < count) {
        forward = new int[Math.max(count, 2 * forward.length)];
      }
      int i = count;
      for (int x = meet; pf[x] >= 0; x = edgeFromOf(pf[x])) {
        forward[--i] = pf[x];
      }
      for (int k = 0; k < count; k++) {
        unpack(forward[k]);
      }
      for (int x = meet; pb[x] >= 0; x = edgeToOf(pb[x])) {
        unpack(pb[x]);
      }
      // The corridor's own total: steps summed left to right from the origin state.
      double total = 0.0;
      int state = s;
      for (int k = 0; k < legCount; k++) {
        total += cost.step(state, legs[k]);
        state = sg.legTarget[legs[k]];
      }
      return total;
    }

    // Stall on demand (Geisberger et al. 2008): a state reached upward is not
    // expanded when a higher state the same search has reached leads down to it more cheaply,
    // for then its distance is not a shortest one and no shortest corridor leaves through it.
    private boolean stalledForward(int x) {
      for (int i = downStart[x]; i < downStart[x + 1]; i++) {
        int y = downTail[i];
        if (sf[y] == gen && df[y] + downWeight[i] < df[x]) {
          return true;
        }
      }
      return false;
    }

    private boolean stalledBackward(int x) {
      for (int i = upStart[x]; i < upStart[x + 1]; i++) {
        int y = upHead[i];
        if (sb[y] == gen && db[y] + upWeight[i] < db[x]) {
          return true;
        }
      }
      return false;
    }

    // Test hooks: the last run's states polled and expanded.
    int polledStates() {
      return polled;
    }

    int expandedStates() {
      return expanded;
    }

    private int edgeFromOf(int e) {
      return edgeFrom[e];
    }

    private int edgeToOf(int e) {
      return edgeTo[e];
    }

    private void unpack(int e) {
      if (edgeLeg[e] >= 0) {
        if (legCount == legs.length) {
          legs = Arrays.copyOf(legs, 2 * legCount);
        }
        legs[legCount++] = edgeLeg[e];
        return;
      }
      unpack(edgeFirst[e]);
      unpack(edgeSecond[e]);
    }

    /**
     * Returns the CSR legs of the last corridor found, in order.
     *
     * @return a copy
     */
    public int[] legs() {
      return Arrays.copyOf(legs, legCount);
    }
  }

}
