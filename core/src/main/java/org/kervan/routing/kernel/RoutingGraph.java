package org.kervan.routing.kernel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.kervan.network.EmissionFactors;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TransitModel;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.GeoPoint;

/**
 * The one routing graph of a network: dense int node ids, legs in compressed sparse row (CSR)
 * order by start node, the countries and chokepoints each leg touches, the additive quantities
 * ({@link Column}s) precomputed with {@link TransitModel}, and the mode-expanded {@link
 * StateGraph}. Built once per network from its public API ({@link #of(Network)}), shared by every
 * router of that network, and released with the network and its routers: the cache holds both
 * networks (by identity) and graphs weakly, and routers hold their graph. The graph reads its
 * network's coordinates and builds its other columns from the network on first use, so it holds
 * the network too; a graph that only its network refers to is collected.
 *
 * <p>Leg ids here are CSR positions: the legs leaving node {@code v} are {@code outStart[v] ..
 * outStart[v + 1] - 1}; {@link #legIndex(int)} is the leg's index in {@link Network#legs()}. Arrays
 * are never written after construction. The graph also owns what searches of it reuse: a pool of
 * {@link Workspace}s, a cache of leg masks, and the {@link Landmarks}, built on first use.
 *
 * <p>This class is thread-safe.
 */
public final class RoutingGraph {
  // Weak keys compare by identity, so two equal networks get two graphs. Weak values: the graph
  // lives while its routers (which hold it) or its network live, and goes with them without
  // waiting for the cache's next clean-up; the graph never refers back to the network.
  private static final LoadingCache<Network, RoutingGraph> GRAPHS =
      CacheBuilder.newBuilder()
          .weakKeys()
          .weakValues()
          .build(CacheLoader.from(RoutingGraph::new));
  private static final Mode[] MODES = Mode.values();

  /** Number of nodes. */
  public final int nodeCount;
  /** Number of legs. */
  public final int legCount;
  /** CSR offsets, length {@code nodeCount + 1}. */
  public final int[] outStart;
  /** End node of each leg. */
  public final int[] legHead;
  /** Mode ordinal of each leg. */
  public final byte[] legMode;
  /** Gauge in mm of each leg, or 0 if unknown. */
  public final int[] legGaugeMm;
  /** Status ordinal of each leg. */
  public final byte[] legStatus;

  /** Hours, with the expected wait for scheduled departures. */
  public final Column hoursWithWait;
  // The network the lazy columns below are computed from on first use, so that a graph that is
  // never searched by a quantity keeps no array for it, and whose coordinate columns the
  // great-circle bounds read (the graph keeps no copy of them). Routers hold the graph and the
  // network alike, and the graph cache holds graphs weakly, so this reference keeps nothing alive
  // longer.
  private final Network network;
  // Hours ignoring schedules: the node charges of hoursWithWait, legs without waits.
  private final Supplier<Column> hoursNoWait = Suppliers.memoize(this::buildHoursNoWait);
  private final Supplier<Column> costUsd = Suppliers.memoize(this::buildCostUsd);
  // Well-to-wake kg CO2e per TEU, on states of their own: CO2e charges a transshipment where
  // hours and cost may charge nothing, so sharing the states would split every node with two
  // modes in for every search.
  private final Supplier<Column> co2eKg = Suppliers.memoize(this::buildCo2eKg);

  /**
   * The largest great-circle speed of any leg, km/h: max over legs of {@code greatCircleKm(tail,
   * head) / runningHours}. By the triangle inequality on the sphere, great-circle distance over it
   * is an admissible lower bound on the running time of any path.
   */
  public final double maxGreatCircleKmh;

  /** The mode-expanded state graph searches run on. */
  public final StateGraph states;

  private final Map<String, Integer> countryIds;
  private final Map<String, Integer> chokepointIds;
  // What a leg touches is its end nodes' country and chokepoint, and what the leg itself lists.
  // Per node: the country number and the chokepoint number, or -1. Per leg only where the leg
  // lists something (few legs do): the CSR legs that list a country or a chokepoint, ascending,
  // and for the i-th of them its listed numbers at [start[i], start[i + 1]).
  private final int[] nodeCountry;
  private final int[] nodeChokepoint;
  private final int[] listingLegs;
  private final int[] listedCountryStart;
  private final int[] listedCountryIds;
  private final int[] listedChokepointStart;
  private final int[] listedChokepointIds;

  private final LegMask all;
  // Masks depend only on the constraints; repeated scenarios reuse them instead of rebuilding.
  private final Cache<List<LegConstraint>, LegMask> masks =
      CacheBuilder.newBuilder().maximumSize(64).build();
  // A pool rather than a ThreadLocal: workspaces go when the graph goes, and a thread that stops
  // routing does not keep one alive.
  private final ConcurrentLinkedDeque<Workspace> pool = new ConcurrentLinkedDeque<>();
  private volatile Landmarks landmarks;
  private final Map<Column, ContractionHierarchy> hierarchies = new ConcurrentHashMap<>();

  /**
   * Returns the routing graph of a network, building it on first use; every later call with the
   * same network object returns the same graph.
   *
   * @param network the network
   * @return its routing graph
   */
  public static RoutingGraph of(Network network) {
    return GRAPHS.getUnchecked(checkNotNull(network, "network"));
  }

  private RoutingGraph(Network network) {
    this.network = network;
    List<Node> nodes = network.nodes();
    List<Leg> legs = network.legs();
    int n = nodes.size();
    int m = legs.size();
    nodeCount = n;
    legCount = m;
    // Node charges on a transshipment, on a pass that pays the dwell, and on one that does not.
    double[] xferH = new double[n];
    double[] dwellH = new double[n];
    double[] borderH = new double[n];
    double[] xferC = new double[n];
    double[] dwellC = new double[n];
    double[] borderC = new double[n];
    NodeKind[] kinds = new NodeKind[n];
    nodeCostCharges(nodes, xferC, dwellC, borderC);
    nodeCountry = new int[n];
    nodeChokepoint = new int[n];
    countryIds = new LinkedHashMap<>();
    chokepointIds = new LinkedHashMap<>();
    for (int v = 0; v < n; v++) {
      Node node = nodes.get(v);
      kinds[v] = node.kind();
      double th = node.transshipmentHours();
      double dh = node.dwellHours();
      double bh = node.borderHours();
      xferH[v] = TransitModel.nodeHours(true, true, th, dh, bh);
      dwellH[v] = TransitModel.nodeHours(false, true, th, dh, bh);
      borderH[v] = TransitModel.nodeHours(false, false, th, dh, bh);
      nodeCountry[v] =
          node.country().isPresent() ? intern(countryIds, node.country().get()) : -1;
      nodeChokepoint[v] =
          node.kind() == NodeKind.CHOKEPOINT ? intern(chokepointIds, node.id()) : -1;
    }
    // CSR positions are the network's origin order (Network#legIndexByOrigin): legs by start
    // node, each node's in the order added. Only the offsets are kept here.
    outStart = new int[n + 1];
    for (int i = 0; i < m; i++) {
      outStart[network.legFromIndex(i) + 1]++;
    }
    for (int v = 0; v < n; v++) {
      outStart[v + 1] += outStart[v];
    }
    legHead = new int[m];
    legMode = new byte[m];
    legGaugeMm = new int[m];
    legStatus = new byte[m];
    double[] legHoursWait = new double[m];
    ImmutableIntArray.Builder listing = ImmutableIntArray.builder();
    ImmutableIntArray.Builder countryStart = ImmutableIntArray.builder().add(0);
    ImmutableIntArray.Builder countryList = ImmutableIntArray.builder();
    ImmutableIntArray.Builder chokeStart = ImmutableIntArray.builder().add(0);
    ImmutableIntArray.Builder chokeList = ImmutableIntArray.builder();
    int countries = 0;
    int chokepoints = 0;
    double maxKmh = 0;
    int tail = 0;
    for (int e = 0; e < m; e++) {
      while (outStart[tail + 1] <= e) {
        tail++;
      }
      int i = network.legIndexByOrigin(e);
      Leg leg = legs.get(i);
      int head = network.legToIndex(i);
      legHead[e] = head;
      legMode[e] = (byte) leg.mode().ordinal();
      legGaugeMm[e] = leg.gaugeMm().orElse(0);
      legStatus[e] = (byte) leg.status().ordinal();
      double running = leg.runningHours();
      legHoursWait[e] =
          TransitModel.legHours(leg.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY), running);
      double gcKm = greatCircleKm(tail, head);
      // Only the great-circle speed matters for the A* bound; a leg's own speed over its (longer)
      // track would loosen the bound for nothing.
      // A zero running time (Leg rejects it, but the bound must not rest on that) would be an
      // infinitely fast leg: the only admissible bound is then none at all.
      double kmh = running > 0 ? gcKm / running : gcKm > 0 ? Double.POSITIVE_INFINITY : 0;
      maxKmh = Math.max(maxKmh, kmh);
      if (!leg.countries().isEmpty() || !leg.chokepoints().isEmpty()) {
        listing.add(e);
        for (String c : leg.countries()) {
          countryList.add(intern(countryIds, c));
        }
        countries += leg.countries().size();
        countryStart.add(countries);
        for (String c : leg.chokepoints()) {
          chokeList.add(intern(chokepointIds, c));
        }
        chokepoints += leg.chokepoints().size();
        chokeStart.add(chokepoints);
      }
    }
    listingLegs = listing.build().toArray();
    listedCountryStart = countryStart.build().toArray();
    listedCountryIds = countryList.build().toArray();
    listedChokepointStart = chokeStart.build().toArray();
    listedChokepointIds = chokeList.build().toArray();
    maxGreatCircleKmh = maxKmh;
    double[][] transfer = {xferH, xferC};
    double[][] dwell = {dwellH, dwellC};
    double[][] border = {borderH, borderC};
    boolean[] uniform = new boolean[n];
    boolean[] free = new boolean[n];
    chargeShapes(kinds, transfer, dwell, border, uniform, free);
    states = new StateGraph(this, uniform, free);
    hoursWithWait =
        new Column(
            states, perState(states, kinds, xferH, dwellH, borderH), legHoursWait, Column.HOURS);
    all = LegMask.all(m);
  }

  // Cost charges per node on a transshipment, on a pass that pays the dwell, on one that does not.
  private static void nodeCostCharges(
      List<Node> nodes, double[] transfer, double[] dwell, double[] border) {
    for (int v = 0; v < nodes.size(); v++) {
      Node node = nodes.get(v);
      double tc = node.transshipmentCostUsd();
      double dc = node.dwellCostUsd();
      double bc = node.borderCostUsd();
      transfer[v] = TransitModel.nodeCostUsd(true, true, tc, dc, bc);
      dwell[v] = TransitModel.nodeCostUsd(false, true, tc, dc, bc);
      border[v] = TransitModel.nodeCostUsd(false, false, tc, dc, bc);
    }
  }

  /**
   * Returns the index in {@link Network#legs()} of a CSR leg: {@link
   * Network#legIndexByOrigin(int)}, the network's own origin order, which CSR order is.
   *
   * @param e the CSR leg, in {@code [0, legCount)}
   * @return its index in the network's leg list
   */
  public int legIndex(int e) {
    return network.legIndexByOrigin(e);
  }

  /**
   * Returns the start node of a CSR leg: the node whose range of {@link #outStart} holds it,
   * found by binary search, {@code O(log nodeCount)}. Kept out of the hot loops, which know the
   * node they relax from, so that no array of tails is stored.
   *
   * @param e the CSR leg, in {@code [0, legCount)}
   * @return the dense id of its start node
   */
  public int legTail(int e) {
    int lo = 0;
    int hi = nodeCount - 1;
    // The last node whose first leg is at or before e; empty nodes before it share its offset.
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (outStart[mid] <= e) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Returns hours ignoring schedules: the node charges of {@link #hoursWithWait}, each leg's
   * running time without its wait. Built on first use; where no leg waits (the two columns are
   * equal double for double, {@link Arrays#equals(double[], double[])}), it is {@link
   * #hoursWithWait} itself.
   *
   * @return the column
   */
  public Column hoursNoWait() {
    return hoursNoWait.get();
  }

  private Column buildHoursNoWait() {
    List<Leg> legs = network.legs();
    double[] hours = new double[legCount];
    for (int e = 0; e < legCount; e++) {
      Leg leg = legs.get(legIndex(e));
      hours[e] =
          TransitModel.legHours(leg.waitingHours(WaitPolicy.IGNORE_SCHEDULES), leg.runningHours());
    }
    // Without a scheduled leg the two columns are the same doubles: share the one already built
    // (and any contraction hierarchy of it) instead of keeping a second copy.
    if (Arrays.equals(hours, hoursWithWait.leg)) {
      return hoursWithWait;
    }
    // Node charges do not depend on the wait policy; both hour columns share them.
    return new Column(states, hoursWithWait.node, hours, Column.HOURS);
  }

  /**
   * Returns cost, USD per TEU, on the states of {@link #hoursWithWait}. Built on first use.
   *
   * @return the column
   */
  public Column costUsd() {
    return costUsd.get();
  }

  private Column buildCostUsd() {
    List<Node> nodes = network.nodes();
    NodeKind[] kinds = new NodeKind[nodeCount];
    double[] transfer = new double[nodeCount];
    double[] dwell = new double[nodeCount];
    double[] border = new double[nodeCount];
    for (int v = 0; v < nodeCount; v++) {
      kinds[v] = nodes.get(v).kind();
    }
    nodeCostCharges(nodes, transfer, dwell, border);
    List<Leg> legs = network.legs();
    double[] cost = new double[legCount];
    for (int e = 0; e < legCount; e++) {
      cost[e] = legs.get(legIndex(e)).costUsd();
    }
    return new Column(
        states, perState(states, kinds, transfer, dwell, border), cost, Column.COST_USD);
  }

  /**
   * Returns well-to-wake kg CO2e per TEU with the GLEC v3 default factors: {@link
   * TransitModel#legCo2eKg} per leg, {@link TransitModel#nodeCo2eKg} at a transshipment, nothing
   * at a pass-through. Its states are its own, built on first use.
   *
   * @return the column
   */
  public Column co2eKg() {
    return co2eKg.get();
  }

  private Column buildCo2eKg() {
    EmissionFactors factors = EmissionFactors.glecV3Defaults();
    List<Leg> legs = network.legs();
    double[] co2LegKg = new double[legCount];
    for (int e = 0; e < legCount; e++) {
      Leg leg = legs.get(legIndex(e));
      co2LegKg[e] = TransitModel.legCo2eKg(factors.gCo2ePerTeuKm(leg), leg.distanceKm());
    }
    double co2TransferKg = factors.transshipmentKgCo2ePerTeu();
    double[] transfer = new double[nodeCount];
    double[] pass = new double[nodeCount];
    Arrays.fill(transfer, TransitModel.nodeCo2eKg(true, co2TransferKg));
    // CO2e charges no dwell: a pass charges the same whether or not the dwell applies.
    Arrays.fill(pass, TransitModel.nodeCo2eKg(false, co2TransferKg));
    double[][] t = {transfer};
    double[][] p = {pass};
    boolean[] uniform = new boolean[nodeCount];
    boolean[] free = new boolean[nodeCount];
    chargeShapes(null, t, p, p, uniform, free);
    StateGraph sg = new StateGraph(this, uniform, free);
    return new Column(sg, perState(sg, null, transfer, pass, pass), co2LegKg, Column.OTHER);
  }

  /**
   * Finds, per node, whether its charge is the same double however it is entered and left, in
   * every column ({@code uniform}), and whether that charge is {@code +0.0} ({@code free}). A pass
   * charges the dwell or the border only, as {@link TransitModel#chargesDwell} says for the mode
   * it arrived by (a pass keeps its mode, else it is a transshipment); without {@code kinds},
   * dwell and border charges must be the same.
   */
  private void chargeShapes(
      NodeKind[] kinds, double[][] transfer, double[][] dwell, double[][] border,
      boolean[] uniform, boolean[] free) {
    Arrays.fill(uniform, true);
    for (int e = 0; e < legCount; e++) {
      int v = legHead[e];
      Mode mode = MODES[legMode[e]];
      boolean dwells = kinds == null || TransitModel.chargesDwell(kinds[v], mode, mode);
      for (int q = 0; q < transfer.length && uniform[v]; q++) {
        uniform[v] = same(transfer[q][v], dwells ? dwell[q][v] : border[q][v]);
      }
    }
    for (int v = 0; v < nodeCount; v++) {
      free[v] = uniform[v];
      for (int q = 0; q < transfer.length && free[v]; q++) {
        free[v] = same(transfer[q][v], 0.0);
      }
    }
  }

  // Node charges of each state, laid out as Column#node: nothing at an origin state, else as
  // chargeShapes reads them.
  private static double[] perState(
      StateGraph sg, NodeKind[] kinds, double[] transfer, double[] dwell, double[] border) {
    double[] charges = new double[2 * sg.stateCount];
    for (int s = 0; s < sg.stateCount; s++) {
      if (sg.stateMode[s] < 0) {
        continue;
      }
      int v = sg.node(s);
      Mode mode = MODES[sg.stateMode[s]];
      charges[2 * s] =
          kinds == null || TransitModel.chargesDwell(kinds[v], mode, mode) ? dwell[v] : border[v];
      charges[2 * s + 1] = transfer[v];
    }
    return charges;
  }

  private static boolean same(double a, double b) {
    return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
  }

  private static int intern(Map<String, Integer> ids, String key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = ids.size();
      ids.put(key, id);
    }
    return id;
  }

  /**
   * Returns the number of a country some node or leg of the network touches.
   *
   * @param code the ISO 3166-1 alpha-2 code
   * @return its number, or -1 if nothing in the network touches it
   */
  public int countryId(String code) {
    Integer id = countryIds.get(checkNotNull(code, "code"));
    return id == null ? -1 : id;
  }

  /**
   * Returns the number of a chokepoint: a chokepoint node, or a chokepoint some leg passes.
   *
   * @param id the chokepoint id, e.g. {@code CP_SUEZ}
   * @return its number, or -1 if the network has no such chokepoint
   */
  public int chokepointId(String id) {
    Integer n = chokepointIds.get(checkNotNull(id, "id"));
    return n == null ? -1 : n;
  }

  /**
   * Tells whether a leg touches a country: an end node in it, or the leg listing it. Finds the
   * leg's start node by {@link #legTail(int)}; loops over legs by start node call {@link
   * #touchesCountry(int, int, int)} instead.
   *
   * @param e the CSR leg
   * @param country the country number
   * @return whether it touches
   */
  public boolean touchesCountry(int e, int country) {
    return touchesCountry(legTail(e), e, country);
  }

  /**
   * Tells whether a leg touches a country, given its start node.
   *
   * @param tail the leg's start node, {@link #legTail(int)}
   * @param e the CSR leg
   * @param country the country number
   * @return whether it touches
   */
  public boolean touchesCountry(int tail, int e, int country) {
    return touches(nodeCountry, listedCountryStart, listedCountryIds, tail, e, country);
  }

  /**
   * Tells whether a leg touches a chokepoint: a chokepoint end node, or the leg passing it. Finds
   * the leg's start node by {@link #legTail(int)}.
   *
   * @param e the CSR leg
   * @param chokepoint the chokepoint number
   * @return whether it touches
   */
  public boolean touchesChokepoint(int e, int chokepoint) {
    return touchesChokepoint(legTail(e), e, chokepoint);
  }

  /**
   * Tells whether a leg touches a chokepoint, given its start node.
   *
   * @param tail the leg's start node, {@link #legTail(int)}
   * @param e the CSR leg
   * @param chokepoint the chokepoint number
   * @return whether it touches
   */
  public boolean touchesChokepoint(int tail, int e, int chokepoint) {
    return touches(
        nodeChokepoint, listedChokepointStart, listedChokepointIds, tail, e, chokepoint);
  }

  // Whether leg e (from tail) touches id: an end node's number in perNode is id, or the leg lists
  // id among its own (start/ids: the countries or the chokepoints of the listing legs). -1 means
  // "none" on a node, never a number one can ask about.
  private boolean touches(int[] perNode, int[] start, int[] ids, int tail, int e, int id) {
    if (id < 0) {
      return false;
    }
    if (perNode[tail] == id || perNode[legHead[e]] == id) {
      return true;
    }
    int i = Arrays.binarySearch(listingLegs, e);
    if (i < 0) {
      return false;
    }
    for (int j = start[i]; j < start[i + 1]; j++) {
      if (ids[j] == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the mask allowing every leg.
   *
   * @return the mask
   */
  public LegMask allLegs() {
    return all;
  }

  /**
   * Returns the mask of legs no constraint excludes, cached by the list of constraints.
   *
   * @param constraints the constraints, all of which apply
   * @return the mask; {@link #allLegs()} if the list is empty
   */
  public LegMask mask(List<LegConstraint> constraints) {
    if (constraints.isEmpty()) {
      return all;
    }
    return masks.asMap().computeIfAbsent(ImmutableList.copyOf(constraints), k -> LegMask.of(this, k));
  }

  /**
   * Borrows a workspace for one search; give it back with {@link #release(Workspace)}.
   *
   * @return a workspace no other thread uses until it is released
   */
  public Workspace acquire() {
    Workspace w = pool.pollFirst();
    return w != null ? w : new Workspace(this);
  }

  /**
   * Returns a workspace to the pool.
   *
   * @param workspace a workspace acquired from this graph
   */
  public void release(Workspace workspace) {
    pool.offerFirst(workspace);
  }

  /**
   * Returns the landmarks of this graph, selecting them and running their searches on first use.
   *
   * @return the landmarks
   */
  public Landmarks landmarks() {
    Landmarks l = landmarks;
    if (l == null) {
      synchronized (this) {
        l = landmarks;
        if (l == null) {
          l = Landmarks.build(this, Landmarks.DEFAULT_COUNT);
          landmarks = l;
        }
      }
    }
    return l;
  }

  /**
   * Returns the contraction hierarchy of a column summed alone (hours or cost), contracting the
   * state graph on first use.
   *
   * @param column a column of this graph on its {@link #states}
   * @return the hierarchy
   * @throws IllegalArgumentException if the column is on other states (CO2e)
   */
  public ContractionHierarchy hierarchy(Column column) {
    checkNotNull(column, "column");
    if (column.states != states) {
      throw new IllegalArgumentException(
          "column must be defined on this graph's states (hours or cost), was " + column);
    }
    return hierarchies.computeIfAbsent(
        column, c -> ContractionHierarchy.build(this, StepCost.of(this, c)));
  }

  /**
   * Returns the great-circle distance between two nodes, km.
   *
   * @param a a dense node id
   * @param b a dense node id
   * @return km
   */
  public double greatCircleKm(int a, int b) {
    // The network's own coordinate columns: the graph keeps no copy.
    return GeoPoint.greatCircleKm(
        network.latitude(a), network.longitude(a), network.latitude(b), network.longitude(b));
  }

  /** Returns e.g. {@code RoutingGraph[120 nodes, 310 legs, 190 states]}. */
  @Override
  public String toString() {
    return "RoutingGraph["
        + nodeCount
        + " nodes, "
        + legCount
        + " legs, "
        + states.stateCount
        + " states]";
  }
}
