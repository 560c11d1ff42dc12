package org.kervan.routing.kernel;

import java.util.HashMap;
import java.util.Map;
import org.kervan.network.Mode;

/**
 * The mode-expanded state graph routers search: one state per node and incoming leg class (mode,
 * and gauge for rail), plus one origin state per node for "no leg yet".
 *
 * <p>Why states at all: a node charges its transshipment or its dwell depending on whether the
 * incoming and outgoing legs differ in mode or rail gauge, so the cost of leaving a node depends
 * on how it was reached. Why mode-expanded rather than edge-based (one state per leg): a node has
 * far fewer distinct incoming classes than incoming legs (a port reached by twenty sea lanes has
 * one SEA state), so the state graph stays close to the node count, which keeps the search arrays
 * small and the heap short; relaxations still scan the node's out-legs once per state.
 *
 * <p>State ids: the states of node {@code v} are {@code nodeStateStart[v] .. nodeStateStart[v +
 * 1] - 1}; the first is the origin state (mode {@code -1}). {@code legTarget[e]} is the state a
 * search enters by CSR leg {@code e}. Immutable after construction.
 */
public final class StateGraph {
  static final int RAIL = Mode.RAIL.ordinal();

  /** Number of states. */
  public final int stateCount;
  /** States of node {@code v}: {@code nodeStateStart[v] .. nodeStateStart[v + 1] - 1}. */
  public final int[] nodeStateStart;
  /** Node of each state. */
  public final int[] stateNode;
  /** Incoming mode ordinal of each state, or -1 for an origin state. */
  public final byte[] stateMode;
  /** Incoming rail gauge of each state in mm, or 0. */
  public final int[] stateGauge;
  /** State entered by each CSR leg. */
  public final int[] legTarget;

  StateGraph(RoutingGraph g) {
    int n = g.nodeCount;
    int m = g.legCount;
    int[] classCount = new int[n];
    int[] localClass = new int[m];
    // Build-time only: a hash map of (head, mode, gauge) classes; the search never sees it.
    Map<Long, Integer> classes = new HashMap<>();
    for (int e = 0; e < m; e++) {
      int head = g.legHead[e];
      // A node that charges the same for a transshipment as for a pass-through (every sea
      // waypoint, every node without charges) cannot tell its incoming classes apart: one
      // state serves them all, which keeps the search as small as a node-based one there.
      long key =
          chargesAlike(g, head)
              ? classKey(head, 0, 0)
              : classKey(head, g.legMode[e], gaugeClass(g, e));
      Integer local = classes.get(key);
      if (local == null) {
        local = classCount[g.legHead[e]]++;
        classes.put(key, local);
      }
      localClass[e] = local;
    }
    nodeStateStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      nodeStateStart[v + 1] = nodeStateStart[v] + 1 + classCount[v];
    }
    stateCount = nodeStateStart[n];
    stateNode = new int[stateCount];
    stateMode = new byte[stateCount];
    stateGauge = new int[stateCount];
    for (int v = 0; v < n; v++) {
      for (int s = nodeStateStart[v]; s < nodeStateStart[v + 1]; s++) {
        stateNode[s] = v;
      }
      stateMode[nodeStateStart[v]] = -1;
    }
    legTarget = new int[m];
    for (int e = 0; e < m; e++) {
      int s = nodeStateStart[g.legHead[e]] + 1 + localClass[e];
      legTarget[e] = s;
      stateMode[s] = g.legMode[e];
      stateGauge[s] = gaugeClass(g, e);
    }
  }

  /**
   * Whether a node's charge does not depend on how it is entered: its transshipment and dwell
   * charges (each with the border charge added) are equal in hours, in cost and in CO2e, so {@link
   * org.kervan.network.TransitModel#nodeHours} gives the same double either way.
   */
  static boolean chargesAlike(RoutingGraph g, int v) {
    return g.hoursWithWait.alike(v) && g.costUsd.alike(v) && g.co2eKg.alike(v);
  }

  /**
   * Whether leaving state {@code s} (not an origin state) by CSR leg {@code e} is a
   * transshipment: {@link org.kervan.network.TransitModel#isTransfer} on primitive codes. The one
   * place the rule is read for searches; a node charge that depends on the modes in and out
   * changes here and in {@link Column}.
   */
  boolean transfer(RoutingGraph g, int s, int e) {
    int inMode = stateMode[s];
    int outMode = g.legMode[e];
    int gaugeIn = stateGauge[s];
    int gaugeOut = g.legGaugeMm[e];
    return inMode != outMode
        || (outMode == RAIL && gaugeIn > 0 && gaugeOut > 0 && gaugeIn != gaugeOut);
  }

  // Gauge only changes the charge between two rail legs, so other modes share one class.
  private static int gaugeClass(RoutingGraph g, int e) {
    return g.legMode[e] == RAIL ? g.legGaugeMm[e] : 0;
  }

  private static long classKey(int head, int mode, int gauge) {
    return (((long) head * 8 + mode) << 32) | (gauge & 0xffffffffL);
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
}
