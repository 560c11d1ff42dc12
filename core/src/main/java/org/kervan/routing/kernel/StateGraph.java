package org.kervan.routing.kernel;

import java.util.Arrays;
import org.kervan.network.Mode;

/**
 * The mode-expanded state graph routers search: one state per node and incoming leg class (mode,
 * and gauge for rail) where the node's charge depends on it, plus one origin state per node for
 * "no leg yet" where that differs from arriving.
 *
 * <p>Why states at all: a node charges its transshipment, its dwell or neither depending on how
 * the incoming and outgoing legs differ in mode or rail gauge (and, at a seaport, whether both are
 * waterborne), so the cost of leaving a node depends on how it was reached. Why mode-expanded
 * rather than edge-based (one state per leg): a node has far fewer distinct incoming classes than
 * incoming legs (a port reached by twenty sea lanes has one SEA state). Where a node charges the
 * same however it is entered (every sea waypoint, every node without charges) one state serves all
 * its incoming legs, and where that charge is nothing at all the origin state serves them too, so
 * on such nodes the search is exactly as small as a node-based one.
 *
 * <p>State ids: the states of node {@code v} are {@code nodeStateStart[v] .. nodeStateStart[v +
 * 1] - 1}; the first is the origin state (mode {@code -1}), which is also the arrival state of a
 * node with a single state. {@code legTarget[e]} is the state a search enters by CSR leg {@code
 * e}. Immutable after construction.
 */
public final class StateGraph {
  static final int RAIL = Mode.RAIL.ordinal();

  /** Number of states. */
  public final int stateCount;
  /** States of node {@code v}: {@code nodeStateStart[v] .. nodeStateStart[v + 1] - 1}. */
  public final int[] nodeStateStart;
  /**
   * Node of each state, or {@code null} when every node has one state, so that state {@code s} is
   * node {@code s}: read it through {@link #node(int)}.
   */
  public final int[] stateNode;
  /** Incoming mode ordinal of each state, or -1 for an origin state. */
  public final byte[] stateMode;
  /** Incoming rail gauge of each state in mm, or 0. */
  public final int[] stateGauge;
  /**
   * State entered by each CSR leg; the graph's {@code legHead} array itself when every node has
   * one state.
   */
  public final int[] legTarget;

  /**
   * Builds the states of a graph.
   *
   * @param g the graph, CSR arrays filled
   * @param uniform per node: whether its charge is the same double whatever the incoming class
   *     and the outgoing leg, in every column searched on these states
   * @param free per node: whether it is uniform and that charge is {@code +0.0}, so that arriving
   *     there costs what starting there costs
   */
  StateGraph(RoutingGraph g, boolean[] uniform, boolean[] free) {
    int n = g.nodeCount;
    int m = g.legCount;
    int[] classCount = new int[n];
    int[] localClass = new int[m];
    // Build-time only: the distinct (mode, gauge) classes entering each node, found by a scan of
    // the node's classes so far. A node has a handful at most (one per mode, one per rail gauge),
    // so a scan beats hashing a boxed key per leg. Legs are grouped by head through a counting
    // sort, so each node's classes are collected in one place.
    int[] inStart = new int[n + 1];
    for (int e = 0; e < m; e++) {
      inStart[g.legHead[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      inStart[v + 1] += inStart[v];
    }
    int[] inLegs = new int[m];
    int[] fill = Arrays.copyOf(inStart, n);
    for (int e = 0; e < m; e++) {
      inLegs[fill[g.legHead[e]]++] = e;
    }
    long[] seen = new long[8];
    for (int v = 0; v < n; v++) {
      int count = 0;
      for (int i = inStart[v]; i < inStart[v + 1]; i++) {
        int e = inLegs[i];
        long key = uniform[v] ? 0L : classKey(g.legMode[e], gaugeClass(g, e));
        int local = 0;
        while (local < count && seen[local] != key) {
          local++;
        }
        if (local == count) {
          if (count == seen.length) {
            seen = Arrays.copyOf(seen, 2 * count);
          }
          seen[count++] = key;
        }
        localClass[e] = local;
      }
      classCount[v] = count;
    }
    nodeStateStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      nodeStateStart[v + 1] = nodeStateStart[v] + (free[v] ? 1 : 1 + classCount[v]);
    }
    stateCount = nodeStateStart[n];
    stateMode = new byte[stateCount];
    stateGauge = new int[stateCount];
    if (stateCount == n) {
      // One state per node: state v is node v (its origin state, mode -1), and a leg enters its
      // head's state. Neither array is kept twice.
      Arrays.fill(stateMode, (byte) -1);
      stateNode = null;
      legTarget = g.legHead;
      return;
    }
    stateNode = new int[stateCount];
    for (int v = 0; v < n; v++) {
      for (int s = nodeStateStart[v]; s < nodeStateStart[v + 1]; s++) {
        stateNode[s] = v;
      }
      stateMode[nodeStateStart[v]] = -1;
    }
    legTarget = new int[m];
    for (int e = 0; e < m; e++) {
      int head = g.legHead[e];
      if (free[head]) {
        legTarget[e] = nodeStateStart[head];
        continue;
      }
      int s = nodeStateStart[head] + 1 + localClass[e];
      legTarget[e] = s;
      stateMode[s] = g.legMode[e];
      stateGauge[s] = gaugeClass(g, e);
    }
  }

  /**
   * Whether leaving state {@code s} (not an origin state) by CSR leg {@code e} is a
   * transshipment: {@link org.kervan.network.TransitModel#isTransfer} on primitive codes. The one
   * place the rule is read for searches; a node charge that depends on the modes in and out
   * changes here and in {@link Column}.
   */
  boolean transfer(RoutingGraph g, int s, int e) {
    return transfer(stateMode[s], stateGauge[s], g.legMode[e], g.legGaugeMm[e]);
  }

  static boolean transfer(int inMode, int gaugeIn, int outMode, int gaugeOut) {
    return inMode != outMode
        || (outMode == RAIL && gaugeIn > 0 && gaugeOut > 0 && gaugeIn != gaugeOut);
  }

  // Gauge only changes the charge between two rail legs, so other modes share one class.
  private static int gaugeClass(RoutingGraph g, int e) {
    return g.legMode[e] == RAIL ? g.legGaugeMm[e] : 0;
  }

  private static long classKey(int mode, int gauge) {
    return ((long) mode << 32) | (gauge & 0xFFFF_FFFFL);
  }

  /**
   * Returns the node of a state.
   *
   * @param s the state id
   * @return the dense node id
   */
  public int node(int s) {
    return stateNode == null ? s : stateNode[s];
  }

  /**
   * Returns the origin state of a node: the node before any leg.
   *
   * @param node the dense node id
   * @return the state id
   */
  public int originState(int node) {
    return nodeStateStart[node];
  }

  /**
   * Returns the first state a leg into a node can enter; the states up to {@code
   * nodeStateStart[node + 1] - 1} are the others. A node with a single state is entered in its
   * origin state.
   *
   * @param node the dense node id
   * @return the state id
   */
  public int firstArrivalState(int node) {
    int s = nodeStateStart[node];
    return nodeStateStart[node + 1] - s == 1 ? s : s + 1;
  }
}
