package org.kervan.routing;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.UnknownNodeException;
import org.kervan.network.WaitPolicy;
import org.kervan.routing.kernel.Column;
import org.kervan.routing.kernel.FoundPath;
import org.kervan.routing.kernel.Heuristic;
import org.kervan.routing.kernel.LabelSettingSearch;
import org.kervan.routing.kernel.LegConstraint;
import org.kervan.routing.kernel.LegFilter;
import org.kervan.routing.kernel.RoutingGraph;
import org.kervan.routing.kernel.StepCost;
import org.kervan.routing.kernel.Workspace;

/**
 * What a router adds to the kernel: it turns {@link RouteOptions} and ids into the kernel's
 * strategies (step cost, leg mask, heuristic) and dense ids, and kernel paths back into {@link
 * Corridor}s. Every router of a network shares the one {@link RoutingGraph} of that network.
 * Thread-safe: the graph is, and each search borrows its own workspace.
 */
final class Engine {
  /** Which bound a router's one-to-one searches use. */
  enum Goal {
    /** Plain Dijkstra. */
    NONE,
    /** Great-circle bounds without constraints, landmarks with constraints or for cost. */
    DEFAULT,
    /** Landmarks always. */
    LANDMARKS
  }

  private static final RouteOptions TIME = RouteOptions.defaults();
  private static final RouteOptions COST = TIME.withCriterion(Criterion.COST);

  final Network network;
  final RoutingGraph g;
  private final Heuristic greatCircle;
  private final Heuristic landmarks;
  private final StepCost timeCost;
  private final StepCost costCost;

  Engine(Network network) {
    this.network = checkNotNull(network, "network");
    this.g = RoutingGraph.of(network);
    this.greatCircle = Heuristic.greatCircle(g);
    this.landmarks = Heuristic.landmarks(g);
    this.timeCost = cost(TIME);
    this.costCost = cost(COST);
  }

  /** The step cost of a criterion: the one place a criterion meets its kernel columns. */
  StepCost cost(Criterion criterion, WaitPolicy waitPolicy, double valueOfTimeUsdPerTeuDay) {
    switch (criterion) {
      case TIME:
        return StepCost.of(g, hours(waitPolicy));
      case COST:
        return StepCost.of(g, g.costUsd());
      case CO2E:
        return StepCost.of(g, g.co2eKg());
      default:
        return StepCost.generalised(g, g.costUsd(), hours(waitPolicy), valueOfTimeUsdPerTeuDay);
    }
  }

  StepCost cost(RouteOptions o) {
    return cost(o.criterion(), o.waitPolicy(), o.valueOfTimeUsdPerTeuDay());
  }

  private Column hours(WaitPolicy waitPolicy) {
    return waitPolicy == WaitPolicy.EXPECTED_HALF_HEADWAY ? g.hoursWithWait : g.hoursNoWait();
  }

  /**
   * The heuristic of a one-to-one query: landmarks hold under constraints (closing legs only
   * lengthens paths) and bound cost too; great-circle needs no preprocessing.
   */
  Heuristic heuristic(RouteOptions o, Goal goal) {
    if (o.criterion() == Criterion.CO2E) {
      // Neither bound measures CO2e: search without one.
      return Heuristic.NONE;
    }
    switch (goal) {
      case NONE:
        return Heuristic.NONE;
      case LANDMARKS:
        return landmarks;
      default:
        return o.avoidsNothing() && o.criterion() != Criterion.COST ? greatCircle : landmarks;
    }
  }

  /**
   * The legs the options allow.
   *
   * @throws UnknownNodeException if an avoided node or chokepoint is not in the network
   */
  LegFilter mask(RouteOptions o) {
    if (o.avoidsNothing()) {
      return g.allLegs();
    }
    List<LegConstraint> cs = new ArrayList<>(5);
    if (!o.avoidCountries().isEmpty()) {
      ImmutableIntArray.Builder ids = ImmutableIntArray.builder();
      for (String c : o.avoidCountries()) {
        // A country no node or leg touches is avoided already: nothing to exclude.
        int id = g.countryId(c);
        if (id >= 0) {
          ids.add(id);
        }
      }
      cs.add(new LegConstraint.Countries(ids.build()));
    }
    if (!o.avoidChokepoints().isEmpty()) {
      ImmutableIntArray.Builder ids = ImmutableIntArray.builder();
      for (String c : o.avoidChokepoints()) {
        int id = g.chokepointId(c);
        if (id < 0) {
          throw new UnknownNodeException(c, "avoidChokepoints element");
        }
        ids.add(id);
      }
      cs.add(new LegConstraint.Chokepoints(ids.build()));
    }
    if (!o.avoidNodes().isEmpty()) {
      ImmutableIntArray.Builder ids = ImmutableIntArray.builder();
      for (String n : o.avoidNodes()) {
        ids.add(nodeIndex(n, "avoidNodes element"));
      }
      cs.add(new LegConstraint.Nodes(ids.build()));
    }
    if (!o.avoidModes().isEmpty()) {
      cs.add(new LegConstraint.Modes(o.avoidModes()));
    }
    if (!o.avoidStatuses().isEmpty()) {
      cs.add(new LegConstraint.Statuses(o.avoidStatuses()));
    }
    return g.mask(cs);
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

  /** Finds the best path of a request under a filter, or empty. */
  Optional<FoundPath> best(RouteRequest r, LegFilter filter, StepCost cost, Heuristic h) {
    int origin = nodeIndex(r.origin(), "origin");
    int[] targets = targets(r);
    Workspace ws = g.acquire();
    try {
      LabelSettingSearch sp = ws.search();
      sp.setQuery(cost, filter, h, targets, targets.length);
      int end = sp.run(sp.originState(origin), 0.0);
      if (end < 0) {
        return Optional.empty();
      }
      int[] buf = sp.path(ws.walker(), end);
      return Optional.of(
          new FoundPath(ImmutableIntArray.copyOf(buf).subArray(0, ws.walker().length()), sp.dist(end)));
    } finally {
      g.release(ws);
    }
  }

  Optional<Corridor> route(RouteRequest r, Goal goal) {
    checkNotNull(r, "request");
    RouteOptions o = r.options();
    return best(r, mask(o), cost(o), heuristic(o, goal)).map(f -> corridor(f, o));
  }

  RouteResult explain(RouteRequest r, Goal goal) {
    checkNotNull(r, "request");
    RouteOptions o = r.options();
    StepCost cost = cost(o);
    Heuristic h = heuristic(o, goal);
    Optional<FoundPath> f = best(r, mask(o), cost, h);
    if (f.isPresent()) {
      return RouteResult.found(r, corridor(f.get(), o));
    }
    if (o.avoidsNothing() || best(r, g.allLegs(), cost, h).isEmpty()) {
      return new RouteResult(r, RouteOutcome.UNREACHABLE, Optional.empty(), List.of());
    }
    List<RouteConstraint> all = o.constraints();
    List<RouteConstraint> blocking = new ArrayList<>();
    RouteOptions free = o.withoutAvoidance();
    for (RouteConstraint c : all) {
      if (best(r, mask(free.avoiding(c)), cost, h).isEmpty()) {
        blocking.add(c);
      }
    }
    return new RouteResult(
        r, RouteOutcome.CUT_OFF_BY_CONSTRAINTS, Optional.empty(),
        blocking.isEmpty() ? all : blocking);
  }

  /** The primitive hot path: best value between two dense ids, nothing avoided, waits charged. */
  double value(int origin, int destination, Criterion criterion, Goal goal) {
    checkElementIndex(origin, g.nodeCount, "originIndex");
    checkElementIndex(destination, g.nodeCount, "destinationIndex");
    if (origin == destination) {
      return 0.0;
    }
    RouteOptions o = criterion == Criterion.TIME ? TIME : COST;
    Workspace ws = g.acquire();
    try {
      LabelSettingSearch sp = ws.search();
      sp.setQuery(
          criterion == Criterion.TIME ? timeCost : costCost, g.allLegs(), heuristic(o, goal),
          destination);
      int end = sp.run(sp.originState(origin), 0.0);
      return end < 0 ? Double.POSITIVE_INFINITY : sp.dist(end);
    } finally {
      g.release(ws);
    }
  }

  Corridor corridor(int[] legs, int count, WaitPolicy waitPolicy) {
    List<Leg> all = network.legs();
    List<Leg> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(all.get(g.legIndex(legs[i])));
    }
    return Corridor.of(network, list, waitPolicy);
  }

  Corridor corridor(FoundPath f, RouteOptions o) {
    Corridor c = corridor(f.legs().toArray(), f.legs().length(), o.waitPolicy());
    assert Double.compare(total(c, o), f.value()) == 0
        : "search total " + f.value() + " must equal corridor total " + total(c, o);
    return c;
  }

  /** The corridor's own total for the options' criterion. */
  static double total(Corridor c, RouteOptions o) {
    switch (o.criterion()) {
      case TIME:
        return c.totalHours();
      case COST:
        return c.totalCostUsd();
      case CO2E:
        return c.co2eKgPerTeu();
      default:
        return c.generalisedCostUsd(o.valueOfTimeUsdPerTeuDay());
    }
  }
}
