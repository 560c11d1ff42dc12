package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kervan.internal.Checks;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.routing.kernel.FoundPath;
import org.kervan.routing.kernel.Heuristic;
import org.kervan.routing.kernel.LegFilter;
import org.kervan.routing.kernel.StepCost;

/**
 * A {@link KShortestRouter} for alternatives that differ materially, by the penalty method (Chen,
 * Bell &amp; Bogenberger 2007, "Reliable pretrip multipath planning and dynamic adaptation for a
 * centralized road navigation system", IEEE Trans. ITS 8(1)): search, multiply the weight of every
 * leg of the corridor found by a penalty factor, search again, and keep a corridor only when it
 * shares at most a fraction of its distance with each corridor kept before, and is at most a
 * stretch factor worse than the best. Where Yen's k best ({@link YenKShortestRouter}) may differ
 * only by passing either side of an island, these alternatives take other straits, ports or modes.
 *
 * <p>Example: three materially different corridors from Nhava Sheva to Rotterdam:
 *
 * <pre>{@code
 * List<Corridor> three = PenaltyAlternativesRouter.of(DefaultNetwork.load())
 *     .alternatives(RouteRequest.of("INNSA", "NLRTM"), 3);
 * }</pre>
 *
 * <p>Shared distance of two corridors: the summed {@link Leg#distanceKm()} of the legs both use,
 * as a fraction of the shorter one's distance. Defaults: share at most {@value #DEFAULT_MAX_SHARE} (GraphHopper's default {@code
 * max_share_factor} for alternative routes), stretch at most {@value #DEFAULT_MAX_STRETCH}
 * (assumption: wide enough that the Cape of Good Hope counts as an alternative to Suez between
 * India and Europe, about three times the distance), penalty factor {@value #DEFAULT_PENALTY}
 * (assumption, within the 1.1 to 2 range the method's authors tried). At most {@code 10 * k}
 * searches run.
 *
 * <p>Corridors come by their true total (penalties only steer the search; every total is the
 * corridor's own), so the first is the best ({@link DijkstraRouter}'s) unless that one passes a
 * node twice: only loopless corridors are returned. This class is immutable and thread-safe.
 */
public final class PenaltyAlternativesRouter implements KShortestRouter {
  /** The default largest fraction of its distance an alternative may share with another. */
  public static final double DEFAULT_MAX_SHARE = 0.6;
  /** The default largest ratio of an alternative's total to the best total. */
  public static final double DEFAULT_MAX_STRETCH = 4.0;
  /** The default factor a corridor's legs are penalised by after each search. */
  public static final double DEFAULT_PENALTY = 1.5;

  private final Engine engine;
  private final double maxShare;
  private final double maxStretch;
  private final double penalty;

  private PenaltyAlternativesRouter(
      Engine engine, double maxShare, double maxStretch, double penalty) {
    this.engine = engine;
    this.maxShare = maxShare;
    this.maxStretch = maxStretch;
    this.penalty = penalty;
  }

  /**
   * Returns a router with the default share, stretch and penalty.
   *
   * @param network the network
   * @return the router
   */
  public static PenaltyAlternativesRouter of(Network network) {
    return of(network, DEFAULT_MAX_SHARE, DEFAULT_MAX_STRETCH, DEFAULT_PENALTY);
  }

  /**
   * Returns a router.
   *
   * @param network the network
   * @param maxShare the largest shared fraction of distance, in {@code [0, 1)}
   * @param maxStretch the largest ratio to the best total, {@code >= 1} (may be infinite)
   * @param penalty the penalty factor, finite and {@code > 1}
   * @return the router
   * @throws IllegalArgumentException if a parameter breaks its rule
   */
  public static PenaltyAlternativesRouter of(
      Network network, double maxShare, double maxStretch, double penalty) {
    checkNotNull(network, "network");
    if (!(maxShare >= 0 && maxShare < 1)) {
      throw new IllegalArgumentException("maxShare must be in [0, 1), was " + maxShare);
    }
    if (!(maxStretch >= 1)) {
      throw new IllegalArgumentException("maxStretch must be >= 1, was " + maxStretch);
    }
    if (!(penalty > 1 && penalty < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("penalty must be finite and > 1, was " + penalty);
    }
    return new PenaltyAlternativesRouter(new Engine(network), maxShare, maxStretch, penalty);
  }

  @Override
  public Network network() {
    return engine.network;
  }

  /**
   * Returns up to {@code k} materially different loopless corridors by non-decreasing total, the
   * best first; fewer if the searches find fewer.
   *
   * @param request the request
   * @param k the number of corridors wanted, in {@code [1, }{@link KShortestRouter#MAX_K}{@code ]}
   * @return an immutable list, empty if the constraints leave no corridor
   * @throws IllegalArgumentException if {@code k} is outside {@code [1, MAX_K]}
   * @throws org.kervan.network.UnknownNodeException if an id is not in the network
   */
  @Override
  public List<Corridor> alternatives(RouteRequest request, int k) {
    checkNotNull(request, "request");
    Checks.inRange(k, 1, MAX_K, "k");
    RouteOptions o = request.options();
    LegFilter mask = engine.mask(o);
    StepCost base = engine.cost(o);
    Heuristic h = engine.heuristic(o, Engine.Goal.DEFAULT);
    Optional<FoundPath> best = engine.best(request, mask, base, h);
    if (best.isEmpty()) {
      return List.of();
    }
    List<Corridor> kept = new ArrayList<>();
    List<Set<Leg>> keptLegs = new ArrayList<>();
    Corridor first = engine.corridor(best.get(), o);
    if (isLoopless(first)) {
      kept.add(first);
      keptLegs.add(new HashSet<>(first.legs()));
    }
    double limit = maxStretch * best.get().value();
    // Per call: the penalties of this request's searches only.
    double[] factor = new double[engine.g.legCount];
    Arrays.fill(factor, 1.0);
    StepCost penalised = StepCost.penalised(base, factor);
    FoundPath last = best.get();
    for (int search = 1; kept.size() < k && search < 10 * k; search++) {
      for (int i = 0; i < last.legs().length(); i++) {
        factor[last.legs().get(i)] *= penalty;
      }
      Optional<FoundPath> next = engine.best(request, mask, penalised, h);
      if (next.isEmpty()) {
        break;
      }
      last = next.get();
      Corridor c = engine.corridor(last.legs().toArray(), last.legs().length(), o.waitPolicy());
      if (Engine.total(c, o) <= limit && isLoopless(c) && isDistinct(c, keptLegs)) {
        kept.add(c);
        keptLegs.add(new HashSet<>(c.legs()));
      }
    }
    kept.sort(Comparator.comparingDouble(c -> Engine.total(c, o)));
    return List.copyOf(kept);
  }

  private boolean isDistinct(Corridor c, List<Set<Leg>> keptLegs) {
    double km = c.distanceKm();
    for (Set<Leg> other : keptLegs) {
      double shared = 0;
      for (Leg l : c.legs()) {
        if (other.contains(l)) {
          shared += l.distanceKm();
        }
      }
      if (!(shared <= maxShare * Math.min(km, sum(other)))) {
        return false;
      }
    }
    return true;
  }

  private static double sum(Set<Leg> legs) {
    double km = 0;
    for (Leg l : legs) {
      km += l.distanceKm();
    }
    return km;
  }

  private static boolean isLoopless(Corridor c) {
    Set<String> seen = new HashSet<>();
    for (Node n : c.nodes()) {
      if (!seen.add(n.id())) {
        return false;
      }
    }
    return true;
  }

  /** Returns e.g. {@code PenaltyAlternativesRouter[Network[9 nodes, 9 legs], share 0.6]}. */
  @Override
  public String toString() {
    return "PenaltyAlternativesRouter["
        + engine.network
        + ", share "
        + maxShare
        + ", stretch "
        + maxStretch
        + ", penalty "
        + penalty
        + "]";
  }
}
