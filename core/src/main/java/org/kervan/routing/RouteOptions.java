package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kervan.internal.Checks;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.TransitModel;
import org.kervan.network.WaitPolicy;

/**
 * How to route, independent of where: the criterion, the value of time, the wait policy and the
 * avoid sets. Shared by point-to-point {@link RouteRequest}s and {@link MatrixRouter} matrices.
 *
 * <p>A leg is excluded when its mode or status is avoided, when either end node is avoided, when
 * it touches an avoided country (an end node in it, or listed in {@link
 * org.kervan.network.Leg#countries()}), or when it touches an avoided chokepoint (a chokepoint end
 * node with that id, or listed in {@link org.kervan.network.Leg#chokepoints()}). A router given an
 * avoided node or chokepoint its network does not have throws {@link
 * org.kervan.network.UnknownNodeException}, as for an unknown origin (a chokepoint is known when it
 * is a chokepoint node or a leg lists it); a well-formed country code that no node or leg of the
 * network touches excludes nothing, since every corridor avoids it already. Avoiding the origin, the destination or a via node
 * leaves no corridor.
 *
 * @param criterion what is minimised
 * @param valueOfTimeUsdPerTeuDay the value of time for {@link Criterion#GENERALISED_COST}, USD per
 *     TEU per day, finite and {@code >= 0}; ignored by the other criteria
 * @param waitPolicy how waits for scheduled departures are charged
 * @param avoidCountries ISO 3166-1 alpha-2 codes of countries not to touch
 * @param avoidChokepoints ids of chokepoints not to pass, such as {@code CP_SUEZ}
 * @param avoidNodes ids of nodes not to pass
 * @param avoidModes modes not to use
 * @param avoidStatuses leg statuses not to use, e.g. {@link LegStatus#PLANNED}
 *     <p>This record is immutable and thread-safe.
 */
public record RouteOptions(
    Criterion criterion,
    double valueOfTimeUsdPerTeuDay,
    WaitPolicy waitPolicy,
    Set<String> avoidCountries,
    Set<String> avoidChokepoints,
    Set<String> avoidNodes,
    Set<Mode> avoidModes,
    Set<LegStatus> avoidStatuses) {

  private static final RouteOptions DEFAULTS =
      new RouteOptions(
          Criterion.TIME, 0.0, WaitPolicy.EXPECTED_HALF_HEADWAY, Set.of(), Set.of(), Set.of(),
          Set.of(), Set.of());

  /**
   * Validates every component and copies the sets.
   *
   * @param criterion what is minimised
   * @param valueOfTimeUsdPerTeuDay USD per TEU per day, {@code >= 0} and at most {@link
   *     org.kervan.network.TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @param waitPolicy how waits are charged
   * @param avoidCountries countries not to touch
   * @param avoidChokepoints chokepoints not to pass
   * @param avoidNodes nodes not to pass
   * @param avoidModes modes not to use
   * @param avoidStatuses leg statuses not to use
   * @throws NullPointerException if a component or set element is null
   * @throws IllegalArgumentException if the value of time is NaN, negative or above the limit, or an
   *     avoid entry is malformed
   */
  public RouteOptions {
    checkNotNull(criterion, "criterion");
    Checks.nonNegativeAtMost(
        valueOfTimeUsdPerTeuDay,
        TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY,
        "valueOfTimeUsdPerTeuDay");
    checkNotNull(waitPolicy, "waitPolicy");
    avoidCountries = ImmutableSet.copyOf(checkNotNull(avoidCountries, "avoidCountries"));
    for (String c : avoidCountries) {
      if (!Node.isValidCountry(c)) {
        throw new IllegalArgumentException(
            "avoidCountries element must be an ISO 3166-1 alpha-2 code, was '" + c + "'");
      }
    }
    avoidChokepoints = ImmutableSet.copyOf(checkNotNull(avoidChokepoints, "avoidChokepoints"));
    checkIds(avoidChokepoints, "avoidChokepoints element");
    avoidNodes = ImmutableSet.copyOf(checkNotNull(avoidNodes, "avoidNodes"));
    checkIds(avoidNodes, "avoidNodes element");
    avoidModes = Sets.immutableEnumSet(checkNotNull(avoidModes, "avoidModes"));
    avoidStatuses = Sets.immutableEnumSet(checkNotNull(avoidStatuses, "avoidStatuses"));
  }

  private static void checkIds(Set<String> ids, String name) {
    for (String id : ids) {
      if (!Node.isValidId(id)) {
        throw new IllegalArgumentException(
            name + " must be a UN/LOCODE or a synthetic id like CP_SUEZ, was '" + id + "'");
      }
    }
  }

  /**
   * Returns the defaults: minimise {@link Criterion#TIME}, value of time 0, waits charged as half
   * the headway, nothing avoided.
   *
   * @return the default options
   */
  public static RouteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy minimising another criterion. For {@link Criterion#GENERALISED_COST} set the
   * value of time too, or use {@link #withGeneralisedCost(double)}.
   *
   * @param criterion the criterion
   * @return the copy
   */
  public RouteOptions withCriterion(Criterion criterion) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries, avoidChokepoints,
        avoidNodes, avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy with another value of time (the criterion is unchanged).
   *
   * @param valueOfTimeUsdPerTeuDay USD per TEU per day, {@code >= 0} and at most {@link
   *     org.kervan.network.TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @return the copy
   * @throws IllegalArgumentException if the value is NaN, negative or above the limit
   */
  public RouteOptions withValueOfTime(double valueOfTimeUsdPerTeuDay) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries, avoidChokepoints,
        avoidNodes, avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy minimising {@link Criterion#GENERALISED_COST} at a value of time.
   *
   * @param valueOfTimeUsdPerTeuDay USD per TEU per day, {@code >= 0} and at most {@link
   *     org.kervan.network.TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @return the copy
   * @throws IllegalArgumentException if the value is NaN, negative or above the limit
   */
  public RouteOptions withGeneralisedCost(double valueOfTimeUsdPerTeuDay) {
    return new RouteOptions(
        Criterion.GENERALISED_COST, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries,
        avoidChokepoints, avoidNodes, avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy with another wait policy.
   *
   * @param waitPolicy the wait policy
   * @return the copy
   */
  public RouteOptions withWaitPolicy(WaitPolicy waitPolicy) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries, avoidChokepoints,
        avoidNodes, avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy that also avoids countries.
   *
   * @param countries ISO 3166-1 alpha-2 codes
   * @return the copy
   * @throws IllegalArgumentException if a code is malformed
   */
  public RouteOptions avoidingCountries(String... countries) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy,
        union(avoidCountries, countries, "countries"),
        avoidChokepoints, avoidNodes, avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy that also avoids chokepoints.
   *
   * @param chokepoints chokepoint ids such as {@code CP_SUEZ}
   * @return the copy
   * @throws IllegalArgumentException if an id is malformed
   */
  public RouteOptions avoidingChokepoints(String... chokepoints) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries,
        union(avoidChokepoints, chokepoints, "chokepoints"), avoidNodes, avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy that also avoids nodes.
   *
   * @param nodes node ids
   * @return the copy
   * @throws IllegalArgumentException if an id is malformed
   */
  public RouteOptions avoidingNodes(String... nodes) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries, avoidChokepoints,
        union(avoidNodes, nodes, "nodes"), avoidModes, avoidStatuses);
  }

  /**
   * Returns a copy that also avoids modes.
   *
   * @param modes the modes
   * @return the copy
   */
  public RouteOptions avoidingModes(Mode... modes) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries, avoidChokepoints,
        avoidNodes, union(avoidModes, modes, "modes"), avoidStatuses);
  }

  /**
   * Returns a copy that also avoids legs with these statuses.
   *
   * @param statuses the statuses, e.g. {@link LegStatus#PLANNED}
   * @return the copy
   */
  public RouteOptions avoidingStatuses(LegStatus... statuses) {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, avoidCountries, avoidChokepoints,
        avoidNodes, avoidModes, union(avoidStatuses, statuses, "statuses"));
  }

  /**
   * Returns a copy with one more avoid entry.
   *
   * @param constraint the entry
   * @return the copy
   */
  public RouteOptions avoiding(RouteConstraint constraint) {
    checkNotNull(constraint, "constraint");
    String v = constraint.value();
    switch (constraint.kind()) {
      case COUNTRY:
        return avoidingCountries(v);
      case CHOKEPOINT:
        return avoidingChokepoints(v);
      case NODE:
        return avoidingNodes(v);
      case MODE:
        return avoidingModes(Mode.valueOf(v));
      default:
        return avoidingStatuses(LegStatus.valueOf(v));
    }
  }

  /**
   * Returns a copy with the same criterion, value of time and wait policy and nothing avoided.
   *
   * @return the copy
   */
  public RouteOptions withoutAvoidance() {
    return new RouteOptions(
        criterion, valueOfTimeUsdPerTeuDay, waitPolicy, Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of());
  }

  /**
   * Tells whether nothing is avoided.
   *
   * @return whether every avoid set is empty
   */
  public boolean avoidsNothing() {
    return avoidCountries.isEmpty()
        && avoidChokepoints.isEmpty()
        && avoidNodes.isEmpty()
        && avoidModes.isEmpty()
        && avoidStatuses.isEmpty();
  }

  /**
   * Returns every avoid entry, countries first, then chokepoints, nodes, modes and statuses.
   *
   * @return an immutable list
   */
  public List<RouteConstraint> constraints() {
    ImmutableList.Builder<RouteConstraint> b = ImmutableList.builder();
    for (String c : avoidCountries) {
      b.add(new RouteConstraint(RouteConstraint.Kind.COUNTRY, c));
    }
    for (String c : avoidChokepoints) {
      b.add(new RouteConstraint(RouteConstraint.Kind.CHOKEPOINT, c));
    }
    for (String c : avoidNodes) {
      b.add(new RouteConstraint(RouteConstraint.Kind.NODE, c));
    }
    for (Mode m : avoidModes) {
      b.add(new RouteConstraint(RouteConstraint.Kind.MODE, m.name()));
    }
    for (LegStatus s : avoidStatuses) {
      b.add(new RouteConstraint(RouteConstraint.Kind.STATUS, s.name()));
    }
    return b.build();
  }

  private static <T> Set<T> union(Set<T> base, T[] more, String name) {
    checkNotNull(more, name);
    for (int i = 0; i < more.length; i++) {
      checkNotNull(more[i], name + "[" + i + "]");
    }
    return ImmutableSet.<T>builder().addAll(base).addAll(Arrays.asList(more)).build();
  }

  /** Returns e.g. {@code TIME, EXPECTED_HALF_HEADWAY, avoid [CP_SUEZ]}. */
  @Override
  public String toString() {
    String head =
        criterion == Criterion.GENERALISED_COST
            ? criterion + " @ " + Checks.fixed(valueOfTimeUsdPerTeuDay, 2) + " USD/TEU/day"
            : criterion.toString();
    StringBuilder sb = new StringBuilder(head).append(", ").append(waitPolicy);
    if (!avoidsNothing()) {
      sb.append(", avoid [");
      List<RouteConstraint> cs = constraints();
      for (int i = 0; i < cs.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(cs.get(i).value());
      }
      sb.append(']');
    }
    return sb.toString();
  }
}
