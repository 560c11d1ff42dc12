package org.kervan.routing;

import java.util.Arrays;
import org.kervan.internal.CompactGraph;
import org.kervan.internal.IndexedMinHeap;
import org.kervan.internal.LexMinHeap;
import org.kervan.network.TransitModel;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.GeoPoint;

/**
 * One thread's search arrays and the search kernels over the {@link StateGraph}, layered by the
 * number of via nodes passed: layered state {@code layer * stateCount + state}.
 *
 * <p>Arrays are reused between queries; a generation stamp per entry marks which entries the
 * current query has written, so starting a query costs {@code O(1)} instead of clearing arrays
 * (the stamps are cleared only when the counter wraps). Relaxations touch primitive arrays only and
 * allocate nothing. Step values are computed with {@link TransitModel} exactly as {@link
 * org.kervan.network.Corridor} does, in the same order, so a search distance equals the corridor
 * total bit for bit.
 *
 * <p>Not thread-safe: each thread gets its own space from the router's {@link ThreadLocal}.
 */
final class SearchSpace {
  static final int TIME = 0;
  static final int COST = 1;
  static final int GENERALISED = 2;

  // A* bounds are shrunk by this factor so that rounding in the great-circle formula can never
  // make them exceed the true remaining time (which would break admissibility).
  private static final double BOUND_SAFETY = 1.0 - 1e-9;

  private final CompactGraph g;
  private final StateGraph sg;
  private final int stateCount;

  // Per layered state.
  private double[] dist;
  private double[] bound;
  private int[] parentLeg;
  private int[] parentState;
  private int[] stamp;
  private int gen;
  private final IndexedMinHeap heap;

  // Per node and per leg blocks for Yen's spur searches.
  private final int[] nodeBlock;
  private final int[] legBlock;
  private int blockGen;
  private boolean blocking;

  // Per node marks for one-to-many searches.
  private final int[] nodeMark;
  private final double[] nodeValue;
  private int markGen;

  // The query.
  private int criterion;
  private double valueOfTime;
  private double[] legHours;
  private boolean[] allowed;
  private int[] targets = new int[4];
  private double[] remainKm = new double[4];
  private int layers;
  private double boundPerKm;

  // Pareto labels.
  private double[] labelTime = new double[0];
  private double[] labelCost;
  private int[] labelState;
  private int[] labelParent;
  private int[] labelLeg;
  private int[] labelNext;
  private boolean[] labelDead;
  private int[] stateHead;
  private int[] stateHeadStamp;
  private LexMinHeap labelHeap;

  // Scratch buffer for paths.
  private int[] pathBuffer = new int[64];

  SearchSpace(CompactGraph g, StateGraph sg) {
    this.g = g;
    this.sg = sg;
    this.stateCount = sg.stateCount;
    allocate(1);
    heap = new IndexedMinHeap(stateCount);
    nodeBlock = new int[g.nodeCount];
    legBlock = new int[g.legCount];
    nodeMark = new int[g.nodeCount];
    nodeValue = new double[g.nodeCount];
  }

  private final int[] single = new int[1];

  /** Returns a reusable one-element target array holding a node. */
  int[] singleTarget(int node) {
    single[0] = node;
    return single;
  }

  private void allocate(int layerCount) {
    int size = Math.multiplyExact(layerCount, stateCount);
    dist = new double[size];
    bound = new double[size];
    parentLeg = new int[size];
    parentState = new int[size];
    stamp = new int[size];
    gen = 0;
  }

  /**
   * Sets the query: criterion, value of time, wait policy, allowed legs, the targets (via nodes
   * then the destination, or {@code -1} for none) and whether to use the A* bound.
   */
  void setQuery(
      int criterion,
      double valueOfTime,
      WaitPolicy waitPolicy,
      boolean[] allowed,
      int[] targetNodes,
      int targetCount,
      boolean astar) {
    this.criterion = criterion;
    this.valueOfTime = valueOfTime;
    this.legHours =
        waitPolicy == WaitPolicy.EXPECTED_HALF_HEADWAY ? g.legHoursWithWait : g.legHoursNoWait;
    this.allowed = allowed;
    if (targets.length < targetCount) {
      targets = new int[targetCount];
      remainKm = new double[targetCount];
    }
    System.arraycopy(targetNodes, 0, targets, 0, targetCount);
    this.layers = targetCount - 1;
    if (stamp.length < (layers + 1) * stateCount) {
      allocate(layers + 1);
      heap.ensureCapacity((layers + 1) * stateCount);
    }
    double kmh = g.maxGreatCircleKmh;
    if (!astar || !(kmh > 0) || targets[layers] < 0 || criterion == COST) {
      boundPerKm = 0;
    } else if (criterion == TIME) {
      boundPerKm = BOUND_SAFETY / kmh;
    } else {
      // Every step's generalised cost is at least valueOfTime * runningHours / 24.
      boundPerKm = BOUND_SAFETY * valueOfTime / 24.0 / kmh;
    }
    if (boundPerKm > 0) {
      remainKm[layers] = 0;
      for (int l = layers - 1; l >= 0; l--) {
        remainKm[l] = remainKm[l + 1] + gcKm(targets[l], targets[l + 1]);
      }
    }
    this.blocking = false;
  }

  private double gcKm(int a, int b) {
    return GeoPoint.greatCircleKm(g.nodeLat[a], g.nodeLon[a], g.nodeLat[b], g.nodeLon[b]);
  }

  /** Starts a block set for a spur search: nodes and legs blocked until the next call. */
  void beginBlocking() {
    if (++blockGen == Integer.MAX_VALUE) {
      Arrays.fill(nodeBlock, 0);
      Arrays.fill(legBlock, 0);
      blockGen = 1;
    }
    blocking = true;
  }

  void blockNode(int node) {
    nodeBlock[node] = blockGen;
  }

  void blockLeg(int leg) {
    legBlock[leg] = blockGen;
  }

  void endBlocking() {
    blocking = false;
  }

  private void nextGeneration() {
    if (++gen == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      gen = 1;
    }
  }

  private void start(int ls, double d) {
    nextGeneration();
    stamp[ls] = gen;
    dist[ls] = d;
    parentLeg[ls] = -1;
    parentState[ls] = -1;
    heap.insertOrDecrease(ls, d);
  }

  /** The charge of leaving state {@code s} (at node {@code v}) by leg {@code e}. */
  private double stepValue(int s, int v, int e) {
    int inMode = sg.stateMode[s];
    double nodeHours;
    double nodeCost;
    if (inMode < 0) {
      nodeHours = 0.0;
      nodeCost = 0.0;
    } else {
      boolean transfer = sg.transfer(g, s, e);
      nodeHours = transfer ? g.nodeTransferHours[v] : g.nodeDwellHours[v];
      nodeCost = transfer ? g.nodeTransferCostUsd[v] : g.nodeDwellCostUsd[v];
    }
    if (criterion == TIME) {
      return TransitModel.step(nodeHours, legHours[e]);
    } else if (criterion == COST) {
      return TransitModel.step(nodeCost, g.legCostUsd[e]);
    }
    return TransitModel.generalisedCostUsd(
        TransitModel.step(nodeCost, g.legCostUsd[e]),
        TransitModel.step(nodeHours, legHours[e]),
        valueOfTime);
  }

  /**
   * Runs A* (Dijkstra when the bound is zero) from a layered state to the last target at the last
   * layer.
   *
   * @return the layered state reached at the destination, or -1 if none
   */
  int run(int startLs, double startDist) {
    start(startLs, startDist);
    bound[startLs] = 0;
    int dest = targets[layers];
    int result = -1;
    while (!heap.isEmpty()) {
      int ls = heap.poll();
      int layer = ls / stateCount;
      int s = ls - layer * stateCount;
      int v = sg.stateNode[s];
      if (v == dest && layer == layers) {
        result = ls;
        break;
      }
      relax(ls, layer, s, v);
    }
    heap.clear();
    return result;
  }

  private void relax(int ls, int layer, int s, int v) {
    double d = dist[ls];
    int[] outStart = g.outStart;
    int[] legHead = g.legHead;
    int layerTarget = layer < layers ? targets[layer] : -1;
    for (int e = outStart[v], end = outStart[v + 1]; e < end; e++) {
      if (!allowed[e]) {
        continue;
      }
      int w = legHead[e];
      if (blocking && (nodeBlock[w] == blockGen || legBlock[e] == blockGen)) {
        continue;
      }
      double nd = d + stepValue(s, v, e);
      int nl = w == layerTarget ? layer + 1 : layer;
      int t = nl * stateCount + sg.legTarget[e];
      if (stamp[t] != gen) {
        stamp[t] = gen;
        bound[t] = boundPerKm > 0 ? boundPerKm * (gcKm(w, targets[nl]) + remainKm[nl]) : 0.0;
      } else if (!(nd < dist[t])) {
        continue;
      }
      dist[t] = nd;
      parentLeg[t] = e;
      parentState[t] = ls;
      // Re-inserting a state already settled keeps A* exact if rounding ever makes the bound
      // slightly inconsistent; with a consistent bound it never happens.
      heap.insertOrDecrease(t, nd + bound[t]);
    }
  }

  /**
   * Runs Dijkstra from a layered state until every marked node is settled; writes each marked
   * node's best value into {@link #nodeValue(int)}.
   */
  void runToMarked(int startLs, int markedCount) {
    start(startLs, 0.0);
    bound[startLs] = 0;
    int remaining = markedCount;
    while (!heap.isEmpty() && remaining > 0) {
      int ls = heap.poll();
      int layer = ls / stateCount;
      int s = ls - layer * stateCount;
      int v = sg.stateNode[s];
      if (nodeMark[v] == markGen) {
        nodeMark[v] = 0;
        nodeValue[v] = dist[ls];
        remaining--;
      }
      relax(ls, layer, s, v);
    }
    heap.clear();
  }

  /** Starts a set of marked nodes for {@link #runToMarked}; marks nodes unvisited. */
  void beginMarks() {
    if (++markGen == Integer.MAX_VALUE) {
      Arrays.fill(nodeMark, 0);
      markGen = 1;
    }
  }

  /** Marks a node; returns whether it was not marked yet. */
  boolean mark(int node) {
    if (nodeMark[node] == markGen) {
      return false;
    }
    nodeMark[node] = markGen;
    nodeValue[node] = Double.POSITIVE_INFINITY;
    return true;
  }

  double nodeValue(int node) {
    return nodeValue[node];
  }

  double dist(int ls) {
    return dist[ls];
  }

  int stateCount() {
    return stateCount;
  }

  /**
   * Returns the legs from the start to a layered state found by the last {@link #run}, written to
   * a scratch buffer (valid until the next call); {@link #pathLength()} says how many.
   */
  int[] path(int endLs) {
    return walk(endLs, parentLeg, parentState);
  }

  /**
   * Follows {@code parent} links from {@code end} until a leg of -1, writing the legs in forward
   * order into the scratch buffer; shared by state paths and Pareto label paths.
   */
  private int[] walk(int end, int[] leg, int[] parent) {
    int count = 0;
    for (int q = end; leg[q] >= 0; q = parent[q]) {
      count++;
    }
    if (pathBuffer.length < count) {
      pathBuffer = new int[Math.max(count, 2 * pathBuffer.length)];
    }
    pathLength = count;
    int i = count;
    for (int q = end; leg[q] >= 0; q = parent[q]) {
      pathBuffer[--i] = leg[q];
    }
    return pathBuffer;
  }

  private int pathLength;

  int pathLength() {
    return pathLength;
  }

  /** Returns the layered state before the last leg into {@code ls} on the last run's tree. */
  int parentStateOf(int ls) {
    return parentState[ls];
  }

  /** Returns the CSR leg into {@code ls} on the last run's tree, or -1 at the start. */
  int parentLegOf(int ls) {
    return parentLeg[ls];
  }

  int nodeOfLayeredState(int ls) {
    return sg.stateNode[ls % stateCount];
  }

  // ---------------------------------------------------------------- Pareto (Martins) labels

  private int labelCount;

  private void ensureLabels(int needed) {
    if (labelTime.length >= needed) {
      return;
    }
    int n = Math.max(needed, Math.max(1024, 2 * labelTime.length));
    labelTime = Arrays.copyOf(labelTime, n);
    labelCost = labelCost == null ? new double[n] : Arrays.copyOf(labelCost, n);
    labelState = labelState == null ? new int[n] : Arrays.copyOf(labelState, n);
    labelParent = labelParent == null ? new int[n] : Arrays.copyOf(labelParent, n);
    labelLeg = labelLeg == null ? new int[n] : Arrays.copyOf(labelLeg, n);
    labelNext = labelNext == null ? new int[n] : Arrays.copyOf(labelNext, n);
    labelDead = labelDead == null ? new boolean[n] : Arrays.copyOf(labelDead, n);
  }

  private int addLabel(int ls, double t, double c, int parent, int leg, int maxLabels) {
    if (labelCount >= maxLabels) {
      throw new IllegalStateException(
          "labels must number at most maxLabels = " + maxLabels + ", was exceeded");
    }
    ensureLabels(labelCount + 1);
    int id = labelCount++;
    labelTime[id] = t;
    labelCost[id] = c;
    labelState[id] = ls;
    labelParent[id] = parent;
    labelLeg[id] = leg;
    labelDead[id] = false;
    if (stateHeadStamp[ls] != gen) {
      stateHeadStamp[ls] = gen;
      stateHead[ls] = -1;
    }
    labelNext[id] = stateHead[ls];
    stateHead[ls] = id;
    labelHeap.push(id, t, c);
    return id;
  }

  /**
   * Martins' multi-criteria label-setting over (hours, cost) from the origin state to the last
   * target at the last layer. Labels leave the queue in lexicographic (hours, cost) order, so a
   * label once taken is never dominated later, and a destination label is kept exactly when its
   * cost is below every destination label kept before it.
   *
   * @return the number of destination labels written to {@code out} (label ids, by rising hours)
   */
  int pareto(int startLs, int maxLabels, int[][] out) {
    if (stateHead == null || stateHead.length < stamp.length) {
      stateHead = new int[stamp.length];
      stateHeadStamp = new int[stamp.length];
      labelHeap = new LexMinHeap();
    }
    nextGeneration();
    labelCount = 0;
    labelHeap.clear();
    int dest = targets[layers];
    int[] found = out[0];
    int foundCount = 0;
    double minFoundCost = Double.POSITIVE_INFINITY;
    double[] costCriterion = g.legCostUsd;
    addLabel(startLs, 0.0, 0.0, -1, -1, maxLabels);
    while (!labelHeap.isEmpty()) {
      int id = labelHeap.poll();
      if (labelDead[id]) {
        continue;
      }
      double t = labelTime[id];
      double c = labelCost[id];
      if (!(c < minFoundCost)) {
        continue;
      }
      int ls = labelState[id];
      int layer = ls / stateCount;
      int s = ls - layer * stateCount;
      int v = sg.stateNode[s];
      if (v == dest && layer == layers) {
        if (foundCount == found.length) {
          found = Arrays.copyOf(found, 2 * found.length);
          out[0] = found;
        }
        found[foundCount++] = id;
        minFoundCost = c;
        continue;
      }
      int layerTarget = layer < layers ? targets[layer] : -1;
      int inMode = sg.stateMode[s];
      for (int e = g.outStart[v], end = g.outStart[v + 1]; e < end; e++) {
        if (!allowed[e]) {
          continue;
        }
        double nodeHours;
        double nodeCost;
        if (inMode < 0) {
          nodeHours = 0.0;
          nodeCost = 0.0;
        } else {
          boolean transfer = sg.transfer(g, s, e);
          nodeHours = transfer ? g.nodeTransferHours[v] : g.nodeDwellHours[v];
          nodeCost = transfer ? g.nodeTransferCostUsd[v] : g.nodeDwellCostUsd[v];
        }
        double nt = t + TransitModel.step(nodeHours, legHours[e]);
        double nc = c + TransitModel.step(nodeCost, costCriterion[e]);
        if (!(nc < minFoundCost)) {
          continue;
        }
        int w = g.legHead[e];
        int nl = w == layerTarget ? layer + 1 : layer;
        int target = nl * stateCount + sg.legTarget[e];
        if (dominatedAt(target, nt, nc)) {
          continue;
        }
        addLabel(target, nt, nc, id, e, maxLabels);
      }
    }
    return foundCount;
  }

  /** Whether a label at a state dominates (nt, nc); else removes the labels (nt, nc) dominates. */
  private boolean dominatedAt(int ls, double nt, double nc) {
    if (stateHeadStamp[ls] != gen) {
      return false;
    }
    int prev = -1;
    for (int q = stateHead[ls]; q >= 0; q = labelNext[q]) {
      double qt = labelTime[q];
      double qc = labelCost[q];
      if (qt <= nt && qc <= nc) {
        return true;
      }
      if (nt <= qt && nc <= qc) {
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

  double labelTime(int id) {
    return labelTime[id];
  }

  double labelCost(int id) {
    return labelCost[id];
  }

  /** Returns the legs of a label's path in a scratch buffer; pathLength() says how many. */
  int[] labelPath(int id) {
    return walk(id, labelLeg, labelParent);
  }
}
