package org.kervan.routing.kernel;

import java.util.Arrays;
import org.kervan.internal.Checks;
import org.kervan.internal.LazyMinHeap;
import org.kervan.network.TransitModel;

/**
 * Label-setting search (Dijkstra 1959; A* of Hart, Nilsson &amp; Raphael 1968 when a {@link
 * Heuristic} bounds the rest) over the {@link StateGraph}, layered by the number of via nodes
 * passed: layered state {@code layer * stateCount + state}. {@code d(t) = min(d(t), d(s) +
 * step(s, e))} for each allowed leg {@code e}, states settled by increasing {@code d + bound}.
 *
 * <p>Arrays are reused between queries: an unreached state has an infinite value, and starting a
 * query resets only the states the last one reached (kept in a list), so a search touches
 * nothing it does not need, and a relaxation reads one array to tell whether a state is new.
 * Relaxations touch primitive arrays only and allocate nothing.
 *
 * <p>Memory traffic per improved state is what decides speed once a graph no longer fits in the
 * cache, so an improvement writes two arrays indexed by state, the value and one packed parent
 * link ({@link PathWalker#link}), and pushes a pair onto a heap with lazy deletion ({@link
 * LazyMinHeap}) instead of updating a position array indexed by state; a popped pair whose key
 * is no longer its state's key is skipped. Settling a state reads its two node charges from one
 * cache line, and its incoming mode and gauge only when the two charges differ. Not thread-safe:
 * part of a {@link Workspace}.
 */
public final class LabelSettingSearch {
  private final RoutingGraph g;
  private final int[] outStart;
  private final int[] legHead;
  private final byte[] legMode;
  private final int[] legGaugeMm;
  // The states of the current query's cost; the arrays below grow to the largest seen.
  private StateGraph sg;
  private int stateCount;
  private int[] legTarget;
  private int[] stateNode;
  // Whether each node has one state, numbered as the node: a settled state is then its node.
  private boolean statesAreNodes;

  private double[] dist;
  // The heuristic's bound per state, allocated by the first query that has a heuristic.
  private double[] bound = new double[0];
  // Parent state and CSR leg into each state, packed.
  private long[] parent;
  // States the current query reached, to reset when the next one starts.
  private int[] touched = new int[1024];
  private int touchedCount;
  private final LazyMinHeap heap;

  // Per node: marks for one-to-many searches, and the best value and layered state reached;
  // allocated by the first such search.
  private int[] nodeMark = new int[0];
  private int[] nodeDone = new int[0];
  private double[] nodeValue = new double[0];
  private int[] nodeState = new int[0];
  private int markGen;
  // Whether the last runToMarked settled everything without vias on states that are the nodes,
  // so each node's value is its state's and the per-node arrays were not written.
  private boolean valuesAreStates;

  private StepCost cost;
  // The one step cost most searches add, read from its arrays in the loop without a virtual call.
  private Column additive;
  private LegFilter filter;
  private Heuristic.Bound estimate = Heuristic.Bound.ZERO;
  private int[] targets = new int[4];
  private int layers;
  private final int[] single = new int[1];

  LabelSettingSearch(RoutingGraph g) {
    this.g = g;
    this.sg = g.states;
    this.stateCount = sg.stateCount;
    this.legTarget = sg.legTarget;
    this.stateNode = sg.stateNode;
    this.statesAreNodes = stateCount == g.nodeCount;
    this.outStart = g.outStart;
    this.legHead = g.legHead;
    this.legMode = g.legMode;
    this.legGaugeMm = g.legGaugeMm;
    allocate(1);
    heap = new LazyMinHeap(1024);
  }

  private void allocate(int layerCount) {
    int size =
        Checks.size(
            (long) layerCount * stateCount, Checks.MAX_LAYERED_STATES, "(vias + 1) * states");
    dist = new double[size];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    parent = new long[size];
    touchedCount = 0;
  }

  /**
   * Sets a query with one target, or none ({@code -1}).
   *
   * @param cost the step cost
   * @param filter the legs allowed
   * @param heuristic the bound on the rest
   * @param target the destination's dense id, or -1 to search everything
   */
  public void setQuery(StepCost cost, LegFilter filter, Heuristic heuristic, int target) {
    single[0] = target;
    setQuery(cost, filter, heuristic, single, 1);
  }

  /**
   * Sets the query: step cost, allowed legs, heuristic and targets (the via nodes then the
   * destination; a last target of -1 searches everything).
   *
   * @param cost the step cost
   * @param filter the legs allowed
   * @param heuristic the bound on the rest
   * @param targetNodes the targets, dense ids
   * @param targetCount how many, {@code >= 1}
   */
  public void setQuery(
      StepCost cost, LegFilter filter, Heuristic heuristic, int[] targetNodes, int targetCount) {
    this.cost = cost;
    this.additive =
        cost instanceof StepCost.Additive && ((StepCost.Additive) cost).g == g
            ? ((StepCost.Additive) cost).column
            : null;
    this.filter = filter;
    if (targets.length < targetCount) {
      targets = new int[targetCount];
    }
    System.arraycopy(targetNodes, 0, targets, 0, targetCount);
    this.layers = targetCount - 1;
    StateGraph states = cost.states();
    if (states != sg) {
      sg = states;
      stateCount = states.stateCount;
      legTarget = states.legTarget;
      stateNode = states.stateNode;
      statesAreNodes = stateCount == g.nodeCount;
    }
    if (dist.length < (layers + 1) * stateCount) {
      allocate(layers + 1);
    }
    this.estimate = heuristic.toward(cost, targets, targetCount);
    if (estimate != Heuristic.Bound.ZERO && bound.length < dist.length) {
      bound = new double[dist.length];
    }
  }

  /**
   * Swaps the filter of the current query, e.g. to a spur search's blocks.
   *
   * @param f the legs allowed
   */
  public void setFilter(LegFilter f) {
    this.filter = f;
  }

  private void start(int ls, double d) {
    if (touchedCount > dist.length >>> 6) {
      // The last search reached more than 1/64 of the states: one sequential fill (about a
      // millisecond per million states) beats that many scattered writes, each a likely cache
      // miss on a large graph.
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
    } else {
      for (int i = 0; i < touchedCount; i++) {
        dist[touched[i]] = Double.POSITIVE_INFINITY;
      }
    }
    touchedCount = 0;
    touch(ls);
    dist[ls] = d;
    if (estimate != Heuristic.Bound.ZERO) {
      bound[ls] = 0.0;
    }
    parent[ls] = PathWalker.link(-1, -1);
    heap.clear();
    heap.push(d, ls);
  }

  private void touch(int ls) {
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, 2 * touchedCount);
    }
    touched[touchedCount++] = ls;
  }

  /**
   * Runs the search from a layered state to the last target at the last layer.
   *
   * @param startLs the layered state to start from
   * @param startDist the value there
   * @return the layered state reached at the destination, or -1 if none
   */
  public int run(int startLs, double startDist) {
    start(startLs, startDist);
    int dest = targets[layers];
    int result = -1;
    boolean goal = estimate != Heuristic.Bound.ZERO;
    while (!heap.isEmpty()) {
      double key = heap.topKey();
      int ls = heap.topId();
      heap.pop();
      if (key > (goal ? dist[ls] + bound[ls] : dist[ls])) {
        continue; // stale: the state was improved after this pair was pushed
      }
      // Without vias there is one layer: no division per settled state.
      int layer = layers == 0 ? 0 : ls / stateCount;
      int s = ls - layer * stateCount;
      int v = statesAreNodes ? s : stateNode[s];
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
    int layerTarget = layer < layers ? targets[layer] : -1;
    boolean layered = layers > 0;
    boolean goal = estimate != Heuristic.Bound.ZERO;
    boolean filtered = !filter.allowsEverything();
    Column col = additive;
    // What StepCost.Additive#step reads of the state left, read once per settled state.
    double[] legCharge = null;
    double transferCharge = 0.0;
    double passCharge = 0.0;
    boolean alike = true;
    int modeIn = 0;
    int gaugeIn = 0;
    if (col != null) {
      legCharge = col.leg;
    }
    if (col != null && !col.chargesNothing) {
      passCharge = col.node[2 * s];
      transferCharge = col.node[2 * s + 1];
      alike = Double.doubleToRawLongBits(passCharge) == Double.doubleToRawLongBits(transferCharge);
      if (!alike) {
        modeIn = sg.stateMode[s];
        gaugeIn = sg.stateGauge[s];
      }
    }
    if (col != null && alike && !filtered && !goal && !layered) {
      relaxPlain(ls, v, d, passCharge, legCharge);
      return;
    }
    for (int e = outStart[v], end = outStart[v + 1]; e < end; e++) {
      if (filtered && !filter.allows(e)) {
        continue;
      }
      double step;
      if (col != null) {
        double node =
            alike || !StateGraph.transfer(modeIn, gaugeIn, legMode[e], legGaugeMm[e])
                ? passCharge
                : transferCharge;
        step = TransitModel.step(node, legCharge[e]);
      } else {
        step = cost.step(s, e);
      }
      double nd = d + step;
      int nl = layered && legHead[e] == layerTarget ? layer + 1 : layer;
      int t = nl == 0 ? legTarget[e] : nl * stateCount + legTarget[e];
      double old = dist[t];
      if (old == Double.POSITIVE_INFINITY) {
        touch(t);
        if (goal) {
          bound[t] = estimate.remaining(legHead[e], nl);
        }
      } else if (!(nd < old)) {
        continue;
      }
      dist[t] = nd;
      parent[t] = PathWalker.link(ls, e);
      if (!goal) {
        heap.push(nd, t);
      } else if (bound[t] < Double.POSITIVE_INFINITY) {
        // Re-inserting a state already settled keeps A* exact if rounding ever makes the bound
        // slightly inconsistent; with a consistent bound it never happens. A state with an
        // infinite bound cannot reach the destination and is never queued.
        heap.push(nd + bound[t], t);
      }
    }
  }

  // The common case of relax, as its own loop with nothing to decide per leg: one summed column,
  // a state charging alike whatever leg it leaves by, every leg allowed, no heuristic, no vias.
  // The same doubles are added in the same order as in relax, so totals are identical.
  private void relaxPlain(int ls, int v, double d, double nodeCharge, double[] legCharge) {
    for (int e = outStart[v], end = outStart[v + 1]; e < end; e++) {
      double nd = d + TransitModel.step(nodeCharge, legCharge[e]);
      int t = legTarget[e];
      double old = dist[t];
      if (old == Double.POSITIVE_INFINITY) {
        touch(t);
      } else if (!(nd < old)) {
        continue;
      }
      dist[t] = nd;
      parent[t] = PathWalker.link(ls, e);
      heap.push(nd, t);
    }
  }

  /**
   * Runs Dijkstra (the query must have no target) from a layered state until every marked node is
   * settled, or everything when none is marked; afterwards {@link #nodeValue(int)} is each
   * settled node's best value and {@link #nodeState(int)} the layered state it was reached in.
   *
   * @param startLs the layered state to start from
   * @param markedCount how many nodes are marked, or 0 to settle every reachable state
   */
  public void runToMarked(int startLs, int markedCount) {
    start(startLs, 0.0);
    int remaining = markedCount;
    boolean all = markedCount == 0;
    // Settling everything on states that are the nodes: a node's value is its state's, kept in
    // dist already, so the per-node arrays need not be written (nor allocated).
    boolean record = !(all && layers == 0 && statesAreNodes);
    if (all && record) {
      beginMarks();
    }
    valuesAreStates = !record;
    boolean goal = estimate != Heuristic.Bound.ZERO;
    while (!heap.isEmpty() && (all || remaining > 0)) {
      double key = heap.topKey();
      int ls = heap.topId();
      heap.pop();
      if (key > (goal ? dist[ls] + bound[ls] : dist[ls])) {
        continue;
      }
      int layer = layers == 0 ? 0 : ls / stateCount;
      int s = ls - layer * stateCount;
      int v = statesAreNodes ? s : stateNode[s];
      // The first state of a node settled holds its best value.
      if (record && nodeDone[v] != markGen && (all || nodeMark[v] == markGen)) {
        nodeDone[v] = markGen;
        nodeValue[v] = dist[ls];
        nodeState[v] = ls;
        remaining--;
      }
      relax(ls, layer, s, v);
    }
    heap.clear();
  }

  // Test hook: sets the generation counter, so that a test reaches its wrap in a few queries
  // instead of 2^31.
  void forceGeneration(int generation) {
    markGen = generation;
  }

  /** Starts a set of marked nodes for {@link #runToMarked}; forgets the last run's node values. */
  public void beginMarks() {
    valuesAreStates = false;
    if (nodeMark.length == 0) {
      nodeMark = new int[g.nodeCount];
      nodeDone = new int[g.nodeCount];
      nodeValue = new double[g.nodeCount];
      nodeState = new int[g.nodeCount];
    }
    if (++markGen == Integer.MAX_VALUE) {
      Arrays.fill(nodeMark, 0);
      Arrays.fill(nodeDone, 0);
      markGen = 1;
    }
  }

  /**
   * Marks a node.
   *
   * @param node the dense node id
   * @return whether it was not marked yet
   */
  public boolean mark(int node) {
    if (nodeMark[node] == markGen) {
      return false;
    }
    nodeMark[node] = markGen;
    return true;
  }

  /**
   * Returns a node's best value after {@link #runToMarked}: for a marked node, or any node after
   * a run that marked none.
   *
   * @param node the dense node id
   * @return the value, or infinity if not reached
   */
  public double nodeValue(int node) {
    if (valuesAreStates) {
      return dist[node];
    }
    return nodeDone[node] == markGen ? nodeValue[node] : Double.POSITIVE_INFINITY;
  }

  /**
   * Returns the layered state a node's best value was reached in after {@link #runToMarked}.
   *
   * @param node the dense node id
   * @return the layered state, or -1 if not reached
   */
  public int nodeState(int node) {
    if (valuesAreStates) {
      return dist[node] < Double.POSITIVE_INFINITY ? node : -1;
    }
    return nodeDone[node] == markGen ? nodeState[node] : -1;
  }

  /**
   * Returns the origin state of a node in the states of the current query's cost.
   *
   * @param node the dense node id
   * @return the state id
   */
  public int originState(int node) {
    return sg.originState(node);
  }

  /**
   * Returns the value of a layered state reached by the last search.
   *
   * @param ls the layered state
   * @return its value
   */
  public double dist(int ls) {
    return dist[ls];
  }

  /**
   * Returns the layered state before the last leg into {@code ls} on the last search's tree.
   *
   * @param ls the layered state
   * @return its parent, or -1 at the start
   */
  public int parentState(int ls) {
    return PathWalker.parent(parent[ls]);
  }

  /**
   * Returns the CSR leg into {@code ls} on the last search's tree.
   *
   * @param ls the layered state
   * @return the leg, or -1 at the start
   */
  public int parentLeg(int ls) {
    return PathWalker.leg(parent[ls]);
  }

  /**
   * Returns the node of a layered state.
   *
   * @param ls the layered state
   * @return the dense node id
   */
  public int node(int ls) {
    return sg.node(ls % stateCount);
  }

  /**
   * Walks the last search's tree back from a layered state.
   *
   * @param walker the walker
   * @param endLs the layered state
   * @return the walker's buffer, {@link PathWalker#length()} legs
   */
  public int[] path(PathWalker walker, int endLs) {
    return walker.walk(endLs, parent);
  }
}
