package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.kervan.internal.Checks;
import org.kervan.internal.Durations;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.GeoPoint;

/**
 * A place freight passes, with the times and costs charged there.
 *
 * <p><b>Ids.</b> Real places use their UN/LOCODE, five characters {@code [A-Z]{2}[A-Z2-9]{3}}
 * ({@code INNSA}, {@code AEJEA}, {@code ILHFA}). Places without one (sea-lane waypoints,
 * chokepoints, junctions) use a synthetic id: upper-case letters and digits in two or more parts
 * joined by underscores, at most 40 characters ({@code CP_SUEZ}, {@code WP_ARABIAN_SEA}). The
 * underscore keeps the two forms apart.
 *
 * <p><b>Charges.</b> When a corridor passes through a node (not at its origin or destination),
 * the node charges either its transshipment time and cost (the incoming and outgoing legs differ
 * in mode, or are rail legs of different gauge) or its pass-through dwell time and cost
 * (otherwise; at a seaport the dwell is the ship-to-ship relay wait, charged only when the corridor
 * arrives and leaves by water, never to a train passing through), plus its border clearance time
 * and cost. Customs work that only applies to
 * containers changing mode belongs in the transshipment time. See {@link TransitModel}.
 *
 * @param id the UN/LOCODE or synthetic id, as above
 * @param name a human-readable name, not blank, well-formed UTF-16
 * @param country the ISO 3166-1 alpha-2 code, or empty for places at sea
 * @param kind what the place is
 * @param position where it is
 * @param transshipmentHours time to change mode or gauge here, hours, {@code >= 0} and at most
 *     {@link TransitModel#MAX_HOURS}
 * @param transshipmentCostUsd cost to change mode or gauge here, USD/TEU, {@code >= 0} and at most
 *     {@link TransitModel#MAX_COST_USD}
 * @param dwellHours time spent passing through without changing mode, {@code >= 0} and at most
 *     {@link TransitModel#MAX_HOURS}
 * @param dwellCostUsd cost of passing through without changing mode, {@code >= 0} and at most
 *     {@link TransitModel#MAX_COST_USD}
 * @param borderHours border or customs clearance time charged on every pass, {@code >= 0} and at
 *     most {@link TransitModel#MAX_HOURS}
 * @param borderCostUsd border or customs clearance cost, USD/TEU, {@code >= 0} and at most {@link
 *     TransitModel#MAX_COST_USD}
 * @param timeSpread the spread of the time charged here, if known
 * @param source where the node's numbers come from, or {@code assumption: ...}; not blank,
 *     well-formed UTF-16
 *     <p>This record is immutable and thread-safe.
 */
public record Node(
    String id,
    String name,
    Optional<String> country,
    NodeKind kind,
    GeoPoint position,
    double transshipmentHours,
    double transshipmentCostUsd,
    double dwellHours,
    double dwellCostUsd,
    double borderHours,
    double borderCostUsd,
    Optional<TimeSpread> timeSpread,
    String source) {

  private static final ImmutableSet<String> ISO_COUNTRIES =
      ImmutableSet.copyOf(Locale.getISOCountries());

  /** The source given to nodes whose numbers have not been sourced yet. */
  public static final String UNSPECIFIED_SOURCE = "unspecified";
  /**
   * Validates the components; see the class description for each rule.
   *
   * @param id the UN/LOCODE or synthetic id, as above
   * @param name a human-readable name, not blank, well-formed UTF-16
   * @param country the ISO 3166-1 alpha-2 code, or empty for places at sea
   * @param kind what the place is
   * @param position where it is
   * @param transshipmentHours time to change mode or gauge here, hours, {@code >= 0} and at most
   *     {@link TransitModel#MAX_HOURS}
   * @param transshipmentCostUsd cost to change mode or gauge here, USD/TEU, {@code >= 0} and at
   *     most {@link TransitModel#MAX_COST_USD}
   * @param dwellHours time spent passing through without changing mode, {@code >= 0} and at most
   *     {@link TransitModel#MAX_HOURS}
   * @param dwellCostUsd cost of passing through without changing mode, {@code >= 0} and at most
   *     {@link TransitModel#MAX_COST_USD}
   * @param borderHours border or customs clearance time charged on every pass, {@code >= 0} and at
   *     most {@link TransitModel#MAX_HOURS}
   * @param borderCostUsd border or customs clearance cost, USD/TEU, {@code >= 0} and at most {@link
   *     TransitModel#MAX_COST_USD}
   * @param timeSpread the spread of the time charged here, if known
   * @param source where the node's numbers come from, or {@code assumption: ...}; not blank,
   *     well-formed UTF-16
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public Node {
    // Nulls first, so a null is always reported as such whatever else is wrong.
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(country, "country");
    checkNotNull(kind, "kind");
    checkNotNull(position, "position");
    checkNotNull(timeSpread, "timeSpread");
    checkNotNull(source, "source");
    checkId(id, "id");
    checkNotNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
    }
    // A lone surrogate cannot be encoded in UTF-8: every writer would fail half-way.
    Checks.wellFormed(name, "name");
    checkNotNull(country, "country");
    country.ifPresent(c -> checkCountry(c, "country"));
    checkNotNull(kind, "kind");
    checkNotNull(position, "position");
    // Each charge is bounded so that no node charge, sum of charges or corridor total overflows.
    Checks.nonNegativeAtMost(transshipmentHours, TransitModel.MAX_HOURS, "transshipmentHours");
    Checks.nonNegativeAtMost(
        transshipmentCostUsd, TransitModel.MAX_COST_USD, "transshipmentCostUsd");
    Checks.nonNegativeAtMost(dwellHours, TransitModel.MAX_HOURS, "dwellHours");
    Checks.nonNegativeAtMost(dwellCostUsd, TransitModel.MAX_COST_USD, "dwellCostUsd");
    Checks.nonNegativeAtMost(borderHours, TransitModel.MAX_HOURS, "borderHours");
    Checks.nonNegativeAtMost(borderCostUsd, TransitModel.MAX_COST_USD, "borderCostUsd");
    checkNotNull(timeSpread, "timeSpread");
    checkNotNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, was '" + source + "'");
    }
    Checks.wellFormed(source, "source");
  }

  /**
   * Returns a node in a country with no charges and an unspecified source.
   *
   * @param id a UN/LOCODE or synthetic id (see the type's documentation)
   * @param name a human-readable name, not blank, well-formed UTF-16
   * @param country an ISO 3166-1 alpha-2 code such as {@code IN}
   * @param kind what the place is
   * @param position where it is
   * @return the node
   * @throws IllegalArgumentException if the id, name or country is malformed
   */
  public static Node of(String id, String name, String country, NodeKind kind, GeoPoint position) {
    checkNotNull(country, "country");
    return new Node(
        id, name, Optional.of(country), kind, position, 0, 0, 0, 0, 0, 0, Optional.empty(),
        UNSPECIFIED_SOURCE);
  }

  /**
   * Returns a node at sea (no country), such as a waypoint or a chokepoint, with no charges.
   *
   * @param id a UN/LOCODE or synthetic id (see the type's documentation)
   * @param name a human-readable name, not blank, well-formed UTF-16
   * @param kind what the place is
   * @param position where it is
   * @return the node
   * @throws IllegalArgumentException if the id or name is malformed
   */
  public static Node atSea(String id, String name, NodeKind kind, GeoPoint position) {
    return new Node(
        id, name, Optional.empty(), kind, position, 0, 0, 0, 0, 0, 0, Optional.empty(),
        UNSPECIFIED_SOURCE);
  }

  /**
   * Tells whether a string is a valid node id: a UN/LOCODE or a synthetic id.
   *
   * @param id the candidate
   * @return whether {@code id} is well-formed
   */
  public static boolean isValidId(String id) {
    checkNotNull(id, "id");
    // Scans of the characters rather than the two patterns: every id of every node and leg end
    // goes through here, and a cold JVM matches a regular expression far more slowly.
    int n = id.length();
    return (n == 5 && isLocode(id)) || (n <= 40 && isSynthetic(id));
  }

  // [A-Z]{2}[A-Z2-9]{3}
  private static boolean isLocode(String id) {
    for (int i = 0; i < 5; i++) {
      char c = id.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (i >= 2 && c >= '2' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  // [A-Z0-9]+(?:_[A-Z0-9]+)+ : runs of capitals and digits joined by single underscores, at least
  // one underscore, none at either end.
  private static boolean isSynthetic(String id) {
    boolean underscore = false;
    boolean afterRun = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        afterRun = true;
      } else if (c == '_' && afterRun) {
        underscore = true;
        afterRun = false;
      } else {
        return false;
      }
    }
    return underscore && afterRun;
  }

  /**
   * Tells whether a string is an ISO 3166-1 alpha-2 country code known to the JDK.
   *
   * @param code the candidate
   * @return whether {@code code} is a known upper-case alpha-2 code
   */
  public static boolean isValidCountry(String code) {
    return ISO_COUNTRIES.contains(checkNotNull(code, "code"));
  }

  static String checkId(String id, String name) {
    checkNotNull(id, name);
    if (!isValidId(id)) {
      throw new IllegalArgumentException(
          name
              + " must be a UN/LOCODE [A-Z]{2}[A-Z2-9]{3} or a synthetic id like CP_SUEZ, was '"
              + id
              + "'");
    }
    return id;
  }

  static String checkCountry(String code, String name) {
    checkNotNull(code, name);
    if (!isValidCountry(code)) {
      throw new IllegalArgumentException(
          name + " must be an ISO 3166-1 alpha-2 code, was '" + code + "'");
    }
    return code;
  }

  /**
   * Returns a copy with a transshipment (mode or gauge change) time and cost.
   *
   * @param time the time to change mode here, not negative
   * @param cost the cost to change mode here
   * @return the copy
   * @throws IllegalArgumentException if {@code time} is negative or above {@link
   *     TransitModel#MAX_HOURS}, or {@code cost} above {@link TransitModel#MAX_COST_USD}
   */
  public Node withTransshipment(Duration time, CostPerTeu cost) {
    checkNotNull(cost, "cost");
    return new Node(
        id, name, country, kind, position, Durations.toHours(time, "time"), cost.toUsd(),
        dwellHours, dwellCostUsd, borderHours, borderCostUsd, timeSpread, source);
  }

  /**
   * Returns a copy with a pass-through dwell time and cost.
   *
   * @param time the time spent passing through without changing mode, not negative
   * @param cost the cost of passing through
   * @return the copy
   * @throws IllegalArgumentException if {@code time} is negative or above {@link
   *     TransitModel#MAX_HOURS}, or {@code cost} above {@link TransitModel#MAX_COST_USD}
   */
  public Node withDwell(Duration time, CostPerTeu cost) {
    checkNotNull(cost, "cost");
    return new Node(
        id, name, country, kind, position, transshipmentHours, transshipmentCostUsd,
        Durations.toHours(time, "time"), cost.toUsd(), borderHours, borderCostUsd, timeSpread,
        source);
  }

  /**
   * Returns a copy with a border clearance time and cost, charged on every pass.
   *
   * @param time the clearance time, not negative
   * @param cost the clearance cost
   * @return the copy
   * @throws IllegalArgumentException if {@code time} is negative or above {@link
   *     TransitModel#MAX_HOURS}, or {@code cost} above {@link TransitModel#MAX_COST_USD}
   */
  public Node withBorder(Duration time, CostPerTeu cost) {
    checkNotNull(cost, "cost");
    return new Node(
        id, name, country, kind, position, transshipmentHours, transshipmentCostUsd, dwellHours,
        dwellCostUsd, Durations.toHours(time, "time"), cost.toUsd(), timeSpread, source);
  }

  /**
   * Returns a copy with a spread for the time charged here.
   *
   * @param spread the spread
   * @return the copy
   */
  public Node withTimeSpread(TimeSpread spread) {
    checkNotNull(spread, "spread");
    return new Node(
        id, name, country, kind, position, transshipmentHours, transshipmentCostUsd, dwellHours,
        dwellCostUsd, borderHours, borderCostUsd, Optional.of(spread), source);
  }

  /**
   * Returns a copy with another source string.
   *
   * @param source where the numbers come from, or {@code assumption: ...}; not blank, well-formed
   *     UTF-16
   * @return the copy
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public Node withSource(String source) {
    return new Node(
        id, name, country, kind, position, transshipmentHours, transshipmentCostUsd, dwellHours,
        dwellCostUsd, borderHours, borderCostUsd, timeSpread, source);
  }

  /**
   * Returns a copy at another position.
   *
   * @param position the new position
   * @return the copy
   */
  public Node withPosition(GeoPoint position) {
    return new Node(
        id, name, country, kind, position, transshipmentHours, transshipmentCostUsd, dwellHours,
        dwellCostUsd, borderHours, borderCostUsd, timeSpread, source);
  }

  /** Returns e.g. {@code INNSA (Nhava Sheva, IN, SEAPORT)}. */
  @Override
  public String toString() {
    return id + " (" + name + ", " + country.orElse("at sea") + ", " + kind + ")";
  }
}
