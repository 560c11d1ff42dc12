package org.kervan.routing;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kervan.internal.CompactGraph;
import org.kervan.internal.NetworkInternals;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.UnknownNodeException;
import org.kervan.network.WaitPolicy;

/**
 * What every router of one network shares: the compact graph, the state graph, a cache of
 * per-request leg masks, and one {@link SearchSpace} per thread. Thread-safe: the graphs are
 * immutable, the mask cache is concurrent, and search arrays are thread-confined.
 */
final class Engine {
  /** A path found: CSR legs and the search's total for them. */
  static final class Found {
    final int[] legs;
    final double value;

    Found(int[] legs, double value) {
      this.legs = legs;
      this.value = value;
    }
  }

  final Network network;
  final CompactGraph g;
  final StateGraph sg;
  final boolean[] allAllowed;
  private final ThreadLocal<SearchSpace> spaces;
  // Masks depend only on the avoid sets; repeated scenarios reuse them instead of rebuilding.
  private final Cache<List<Set<?>>, boolean[]> masks =
      CacheBuilder.newBuilder().maximumSize(64).build();

  Engine(Network network) {
    this.network = checkNotNull(network, "network");
    this.g = NetworkInternals.compact(network);
    this.sg = new StateGraph(g);
    this.allAllowed = new boolean[g.legCount];
    Arrays.fill(allAllowed, true);
    this.spaces = ThreadLocal.withInitial(() -> new SearchSpace(g, sg));
  }

  SearchSpace space() {
    return spaces.get();
  }

  static int code(Criterion c) {
    switch (c) {
      case TIME:
        return SearchSpace.TIME;
      case COST:
        return SearchSpace.COST;
      default:
        return SearchSpace.GENERALISED;
    }
  }

  /** Returns the legs the options allow, as a mask by CSR position; callers must not write it. */
  boolean[] mask(RouteOptions o) {
    if (o.avoidsNothing()) {
      return allAllowed;
    }
    List<Set<?>> key =
        List.of(
            o.avoidCountries(), o.avoidChokepoints(), o.avoidNodes(), o.avoidModes(),
            o.avoidStatuses());
    return masks.asMap().computeIfAbsent(key, k -> buildMask(o));
  }

  private boolean[] buildMask(RouteOptions o) {
    boolean[] nodeAvoided = new boolean[g.nodeCount];
    for (String id : o.avoidNodes()) {
      if (network.contains(id)) {
        nodeAvoided[network.indexOf(id)] = true;
      }
    }
    boolean[] countryAvoided = new boolean[g.countries.length];
    for (int i = 0; i < g.countries.length; i++) {
      countryAvoided[i] = o.avoidCountries().contains(g.countries[i]);
    }
    boolean[] chokeAvoided = new boolean[g.chokepoints.length];
    for (int i = 0; i < g.chokepoints.length; i++) {
      chokeAvoided[i] = o.avoidChokepoints().contains(g.chokepoints[i]);
    }
    boolean[] modeAvoided = new boolean[Mode.values().length];
    for (Mode m : o.avoidModes()) {
      modeAvoided[m.ordinal()] = true;
    }
    boolean[] statusAvoided = new boolean[LegStatus.values().length];
    for (LegStatus s : o.avoidStatuses()) {
      statusAvoided[s.ordinal()] = true;
    }
    boolean[] allowed = new boolean[g.legCount];
    for (int e = 0; e < g.legCount; e++) {
      boolean ok =
          !modeAvoided[g.legMode[e]]
              && !statusAvoided[g.legStatus[e]]
              && !nodeAvoided[g.legTail[e]]
              && !nodeAvoided[g.legHead[e]];
      for (int i = g.legCountryStart[e]; ok && i < g.legCountryStart[e + 1]; i++) {
        ok = !countryAvoided[g.legCountryIds[i]];
      }
      for (int i = g.legChokepointStart[e]; ok && i < g.legChokepointStart[e + 1]; i++) {
        ok = !chokeAvoided[g.legChokepointIds[i]];
      }
      allowed[e] = ok;
    }
    return allowed;
  }

  int nodeIndex(String id, String name) {
    checkNotNull(id, name);
    if (!network.contains(id)) {
      throw new UnknownNodeException(id, name);
    }
    return network.indexOf(id);
  }

  /**
   * Like {@link #nodeIndex(String, String)} for element {@code i} of a list parameter; the
   * message name ({@code list[i]}) is only built when the id is bad, so large lists cost no
   * strings.
   */
  int nodeIndex(String id, String list, int i) {
    if (id == null) {
      throw new NullPointerException(list + "[" + i + "]");
    }
    if (!network.contains(id)) {
      throw new UnknownNodeException(id, list + "[" + i + "]");
    }
    return network.indexOf(id);
  }

  /** Returns the via nodes then the destination, as dense ids. */
  int[] targets(RouteRequest r) {
    int[] t = new int[r.vias().size() + 1];
    for (int i = 0; i < r.vias().size(); i++) {
      t[i] = nodeIndex(r.vias().get(i), "vias", i);
    }
    t[t.length - 1] = nodeIndex(r.destination(), "destination");
    return t;
  }

  void setQuery(SearchSpace sp, RouteOptions o, boolean[] mask, int[] targets, boolean astar) {
    sp.setQuery(
        code(o.criterion()), o.valueOfTimeUsdPerTeuDay(), o.waitPolicy(), mask, targets,
        targets.length, astar);
  }

  /** Finds the best path of a request under a mask, or null. */
  Found best(RouteRequest r, boolean[] mask, boolean astar) {
    int origin = nodeIndex(r.origin(), "origin");
    int[] targets = targets(r);
    SearchSpace sp = space();
    setQuery(sp, r.options(), mask, targets, astar);
    int end = sp.run(sg.originState(origin), 0.0);
    if (end < 0) {
      return null;
    }
    int[] buf = sp.path(end);
    return new Found(Arrays.copyOf(buf, sp.pathLength()), sp.dist(end));
  }

  Optional<Corridor> route(RouteRequest r, boolean astar) {
    checkNotNull(r, "request");
    Found f = best(r, mask(r.options()), astar);
    return f == null ? Optional.empty() : Optional.of(corridor(f, r.options()));
  }

  RouteResult explain(RouteRequest r, boolean astar) {
    checkNotNull(r, "request");
    RouteOptions o = r.options();
    Found f = best(r, mask(o), astar);
    if (f != null) {
      return RouteResult.found(r, corridor(f, o));
    }
    if (o.avoidsNothing() || best(r, allAllowed, astar) == null) {
      return new RouteResult(r, RouteOutcome.UNREACHABLE, Optional.empty(), List.of());
    }
    List<RouteConstraint> all = o.constraints();
    List<RouteConstraint> blocking = new ArrayList<>();
    RouteOptions free = o.withoutAvoidance();
    for (RouteConstraint c : all) {
      if (best(r, mask(free.avoiding(c)), astar) == null) {
        blocking.add(c);
      }
    }
    return new RouteResult(
        r, RouteOutcome.CUT_OFF_BY_CONSTRAINTS, Optional.empty(),
        blocking.isEmpty() ? all : blocking);
  }

  /** The primitive hot path: best value between two dense ids, nothing avoided, waits charged. */
  double value(int origin, int destination, int criterion, boolean astar) {
    checkElementIndex(origin, g.nodeCount, "originIndex");
    checkElementIndex(destination, g.nodeCount, "destinationIndex");
    if (origin == destination) {
      return 0.0;
    }
    SearchSpace sp = space();
    int[] target = sp.singleTarget(destination);
    sp.setQuery(criterion, 0.0, WaitPolicy.EXPECTED_HALF_HEADWAY, allAllowed, target, 1, astar);
    int end = sp.run(sg.originState(origin), 0.0);
    return end < 0 ? Double.POSITIVE_INFINITY : sp.dist(end);
  }

  Corridor corridor(int[] legs, int count, WaitPolicy waitPolicy) {
    List<Leg> all = network.legs();
    List<Leg> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(all.get(g.legIndex[legs[i]]));
    }
    return Corridor.of(network, list, waitPolicy);
  }

  Corridor corridor(Found f, RouteOptions o) {
    Corridor c = corridor(f.legs, f.legs.length, o.waitPolicy());
    assert Double.compare(total(c, o), f.value) == 0
        : "search total " + f.value + " must equal corridor total " + total(c, o);
    return c;
  }

  /** The corridor's own total for the options' criterion. */
  static double total(Corridor c, RouteOptions o) {
    switch (o.criterion()) {
      case TIME:
        return c.totalHours();
      case COST:
        return c.totalCostUsd();
      default:
        return c.generalisedCostUsd(o.valueOfTimeUsdPerTeuDay());
    }
  }
}
