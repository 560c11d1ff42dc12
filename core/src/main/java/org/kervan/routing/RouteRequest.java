package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.WaitPolicy;

/**
 * A request for a corridor: from an origin to a destination, through optional via nodes in
 * order, under {@link RouteOptions} (criterion, value of time, wait policy, avoid sets).
 *
 * <p>Built fluently, e.g. {@code RouteRequest.of("INNSA", "GRPIR").withCriterion(Criterion.TIME)
 * .avoidingChokepoints("CP_SUEZ").via("AEJEA")}. Ids are checked for form here and against the
 * network by the router.
 *
 * @param origin the id of the node the corridor starts at
 * @param destination the id of the node it ends at, different from {@code origin}
 * @param vias ids of nodes to pass in this order, each different from the origin, the
 *     destination and the via before it; at most {@link #MAX_VIAS}
 * @param options the criterion, wait policy and avoid sets
 *     <p>This record is immutable and thread-safe.
 */
public record RouteRequest(
    String origin, String destination, List<String> vias, RouteOptions options) {
  /**
   * The most vias a request may have, 100: an assumption well above any corridor's list of
   * stops. A search keeps one layer of states per via, so this also bounds its memory.
   */
  public static final int MAX_VIAS = 100;

  /**
   * Validates every component and copies the via list.
   *
   * @param origin the origin id
   * @param destination the destination id, different from the origin
   * @param vias via node ids, in order
   * @param options the criterion, wait policy and avoid sets
   * @throws NullPointerException if a component or via is null
   * @throws IllegalArgumentException if an id is malformed, the destination equals the origin, a
   *     via equals the origin, the destination or the via before it, or there are more than {@link
   *     #MAX_VIAS} vias
   */
  public RouteRequest {
    checkId(origin, "origin");
    checkId(destination, "destination");
    if (origin.equals(destination)) {
      throw new IllegalArgumentException(
          "destination must differ from origin, was '" + destination + "'");
    }
    vias = ImmutableList.copyOf(checkNotNull(vias, "vias"));
    if (vias.size() > MAX_VIAS) {
      throw new IllegalArgumentException(
          "vias.size() must be <= " + MAX_VIAS + ", was " + vias.size());
    }
    for (int i = 0; i < vias.size(); i++) {
      String v = checkId(vias.get(i), "vias[" + i + "]");
      if (v.equals(origin) || v.equals(destination) || (i > 0 && v.equals(vias.get(i - 1)))) {
        throw new IllegalArgumentException(
            "vias["
                + i
                + "] must differ from the origin, the destination and the via before it, was '"
                + v
                + "'");
      }
    }
    checkNotNull(options, "options");
  }

  private static String checkId(String id, String name) {
    checkNotNull(id, name);
    if (!Node.isValidId(id)) {
      throw new IllegalArgumentException(
          name + " must be a UN/LOCODE or a synthetic id like CP_SUEZ, was '" + id + "'");
    }
    return id;
  }

  /**
   * Returns a request with no via nodes and the {@link RouteOptions#defaults() default options}
   * (fastest, waits charged, nothing avoided).
   *
   * @param origin the origin id
   * @param destination the destination id, different from the origin
   * @return the request
   * @throws IllegalArgumentException if an id is malformed or they are equal
   */
  public static RouteRequest of(String origin, String destination) {
    return new RouteRequest(origin, destination, List.of(), RouteOptions.defaults());
  }

  /**
   * Returns a copy with other options.
   *
   * @param options the options
   * @return the copy
   */
  public RouteRequest withOptions(RouteOptions options) {
    return new RouteRequest(origin, destination, vias, options);
  }

  /**
   * Returns a copy minimising another criterion.
   *
   * @param criterion the criterion
   * @return the copy
   */
  public RouteRequest withCriterion(Criterion criterion) {
    return withOptions(options.withCriterion(criterion));
  }

  /**
   * Returns a copy minimising {@link Criterion#GENERALISED_COST} at a value of time.
   *
   * @param valueOfTimeUsdPerTeuDay USD per TEU per day, {@code >= 0} and at most {@link
   *     org.kervan.network.TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @return the copy
   * @throws IllegalArgumentException if the value is NaN, negative or above the limit
   */
  public RouteRequest withGeneralisedCost(double valueOfTimeUsdPerTeuDay) {
    return withOptions(options.withGeneralisedCost(valueOfTimeUsdPerTeuDay));
  }

  /**
   * Returns a copy with another wait policy.
   *
   * @param waitPolicy the wait policy
   * @return the copy
   */
  public RouteRequest withWaitPolicy(WaitPolicy waitPolicy) {
    return withOptions(options.withWaitPolicy(waitPolicy));
  }

  /**
   * Returns a copy that also avoids countries.
   *
   * @param countries ISO 3166-1 alpha-2 codes
   * @return the copy
   * @throws IllegalArgumentException if a code is malformed
   */
  public RouteRequest avoidingCountries(String... countries) {
    return withOptions(options.avoidingCountries(countries));
  }

  /**
   * Returns a copy that also avoids chokepoints.
   *
   * @param chokepoints chokepoint ids such as {@code CP_SUEZ}
   * @return the copy
   * @throws IllegalArgumentException if an id is malformed
   */
  public RouteRequest avoidingChokepoints(String... chokepoints) {
    return withOptions(options.avoidingChokepoints(chokepoints));
  }

  /**
   * Returns a copy that also avoids nodes.
   *
   * @param nodes node ids
   * @return the copy
   * @throws IllegalArgumentException if an id is malformed
   */
  public RouteRequest avoidingNodes(String... nodes) {
    return withOptions(options.avoidingNodes(nodes));
  }

  /**
   * Returns a copy that also avoids modes.
   *
   * @param modes the modes
   * @return the copy
   */
  public RouteRequest avoidingModes(Mode... modes) {
    return withOptions(options.avoidingModes(modes));
  }

  /**
   * Returns a copy that also avoids legs with these statuses.
   *
   * @param statuses the statuses, e.g. {@link LegStatus#PLANNED}
   * @return the copy
   */
  public RouteRequest avoidingStatuses(LegStatus... statuses) {
    return withOptions(options.avoidingStatuses(statuses));
  }

  /**
   * Returns a copy that also passes these nodes, in order, after the via nodes it already has.
   *
   * @param nodes node ids
   * @return the copy
   * @throws IllegalArgumentException if an id is malformed or breaks the via rules
   */
  public RouteRequest via(String... nodes) {
    checkNotNull(nodes, "nodes");
    ImmutableList.Builder<String> b = ImmutableList.<String>builder().addAll(vias);
    for (int i = 0; i < nodes.length; i++) {
      b.add(checkNotNull(nodes[i], "nodes[" + i + "]"));
    }
    return new RouteRequest(origin, destination, b.build(), options);
  }

  /** Returns e.g. {@code INNSA→GRPIR via [AEJEA] (TIME, EXPECTED_HALF_HEADWAY)}. */
  @Override
  public String toString() {
    return origin
        + "→"
        + destination
        + (vias.isEmpty() ? "" : " via " + vias)
        + " ("
        + options
        + ")";
  }
}
