package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.kervan.internal.Checks;
import org.kervan.internal.Durations;
import org.kervan.quantity.Distance;
import org.kervan.quantity.Polyline;
import org.kervan.quantity.Speed;

/**
 * A directed link between two nodes by one mode, with the numbers that set its time and cost.
 *
 * <p>Running time is {@code distanceKm / speedKmh}; a leg given an explicit running time stores
 * the speed that yields it. A leg with departures per week adds an expected wait for the next
 * departure (see {@link WaitPolicy}). Cost per TEU is {@code fixedCostUsd + costUsdPerKm *
 * distanceKm}. How these combine with node charges is defined once, in {@link TransitModel}.
 * Running time, expected wait and cost must each be finite, not only their parts (a finite {@code
 * costUsdPerKm} of {@code 1e308} over 2,200 km is rejected).
 *
 * <p>A leg is identified in a network by its key ({@code from}, {@code to}, {@code mode}): a
 * network holds at most one leg per key.
 *
 * @param from the id of the node where the leg starts
 * @param to the id of the node where it ends, different from {@code from}
 * @param mode the mode
 * @param distanceKm the distance travelled, km, {@code > 0} and at most {@link
 *     TransitModel#MAX_DISTANCE_KM}; {@code distanceKm / speedKmh} must be {@code > 0} and at most
 *     {@link TransitModel#MAX_HOURS}
 * @param speedKmh the average running speed, km/h, finite and {@code > 0}
 * @param departuresPerWeek scheduled departures per week, finite and {@code > 0}, or empty for a
 *     service that leaves when the freight is ready
 * @param fixedCostUsd cost per TEU independent of distance, USD, finite and {@code >= 0}
 * @param costUsdPerKm cost per TEU per km, USD, finite and {@code >= 0}
 * @param countries ISO 3166-1 alpha-2 codes of countries crossed between the end nodes, in order
 *     (the end nodes' own countries need not be repeated)
 * @param chokepoints ids of maritime chokepoints passed between the end nodes, in order
 * @param timeSpread the spread of the running time, if known
 * @param capacityTeuPerYear the capacity, TEU per year, finite and {@code > 0}, if known
 * @param status operating, under construction or planned
 * @param gaugeMm the track gauge of a rail leg in millimetres ({@code > 0}), if known; a change of
 *     gauge between two rail legs is charged as a transshipment
 * @param source where the leg's numbers come from, or {@code assumption: ...}; not blank,
 *     well-formed UTF-16
 * @param emissionClass the vehicle class that selects the leg's CO2e factor, of the leg's mode, or
 *     empty for {@link EmissionClass#defaultFor(Mode) the mode's default} (an assumption)
 * @param geometry the points the leg passes between its end nodes (empty for a straight line), for
 *     maps; it does not enter the time or cost model
 * @param headwayCv the coefficient of variation of the intervals between departures, finite and
 *     {@code >= 0}: 0 for a regular timetable, about 1 for departures as irregular as a Poisson
 *     process; only a scheduled leg may have one. The expected wait of a container arriving at a
 *     random time is {@code H (1 + CV^2) / 2} with {@code H = 168 / departuresPerWeek} hours
 *     (the waiting-time paradox; Osuna &amp; Newell 1972, Transportation Science 6(1))
 *     <p>This record is immutable and thread-safe.
 */
public record Leg(
    String from,
    String to,
    Mode mode,
    double distanceKm,
    double speedKmh,
    OptionalDouble departuresPerWeek,
    double fixedCostUsd,
    double costUsdPerKm,
    List<String> countries,
    List<String> chokepoints,
    Optional<TimeSpread> timeSpread,
    OptionalDouble capacityTeuPerYear,
    LegStatus status,
    OptionalInt gaugeMm,
    String source,
    Optional<EmissionClass> emissionClass,
    Polyline geometry,
    double headwayCv) {
  /**
   * Validates the components; see the class description for each rule.
   *
   * @param from the id of the node where the leg starts
   * @param to the id of the node where it ends, different from {@code from}
   * @param mode the mode
   * @param distanceKm the distance travelled, km, {@code > 0} and at most {@link
   *     TransitModel#MAX_DISTANCE_KM}; {@code distanceKm / speedKmh} must be {@code > 0} and at
   *     most {@link TransitModel#MAX_HOURS}
   * @param speedKmh the average running speed, km/h, finite and {@code > 0}
   * @param departuresPerWeek scheduled departures per week, finite and {@code > 0}, or empty for a service that leaves when the freight is ready
   * @param fixedCostUsd cost per TEU independent of distance, USD, finite and {@code >= 0}
   * @param costUsdPerKm cost per TEU per km, USD, finite and {@code >= 0}
   * @param countries ISO 3166-1 alpha-2 codes of countries crossed between the end nodes, in order (the end nodes' own countries need not be repeated)
   * @param chokepoints ids of maritime chokepoints passed between the end nodes, in order
   * @param timeSpread the spread of the running time, if known
   * @param capacityTeuPerYear the capacity, TEU per year, finite and {@code > 0}, if known
   * @param status operating, under construction or planned
   * @param gaugeMm the track gauge of a rail leg in millimetres ({@code > 0}), if known; a change of gauge between two rail legs is charged as a transshipment
   * @param source where the leg's numbers come from, or {@code assumption: ...}; not blank,
   *     well-formed UTF-16
   * @param emissionClass the vehicle class for the CO2e factor, of the leg's mode, or empty for the
   *     mode's default
   * @param geometry the points passed between the end nodes, empty for a straight line
   * @param headwayCv the coefficient of variation of the headway, finite and {@code >= 0}, and 0
   *     for an unscheduled leg
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public Leg {
    // Nulls first, so a null is always reported as such whatever else is wrong.
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(mode, "mode");
    checkNotNull(departuresPerWeek, "departuresPerWeek");
    checkNotNull(countries, "countries");
    checkNotNull(chokepoints, "chokepoints");
    checkNotNull(timeSpread, "timeSpread");
    checkNotNull(capacityTeuPerYear, "capacityTeuPerYear");
    checkNotNull(status, "status");
    checkNotNull(gaugeMm, "gaugeMm");
    checkNotNull(source, "source");
    checkNotNull(emissionClass, "emissionClass");
    checkNotNull(geometry, "geometry");
    Node.checkId(from, "from");
    Node.checkId(to, "to");
    if (from.equals(to)) {
      throw new IllegalArgumentException("to must differ from from (no self-loops), was " + to);
    }
    checkNumbers(
        distanceKm,
        speedKmh,
        departuresPerWeek.isPresent(),
        departuresPerWeek.orElse(0),
        fixedCostUsd,
        costUsdPerKm,
        headwayCv);
    countries = ImmutableList.copyOf(checkNotNull(countries, "countries"));
    for (String c : countries) {
      Node.checkCountry(c, "countries element");
    }
    chokepoints = ImmutableList.copyOf(checkNotNull(chokepoints, "chokepoints"));
    for (String c : chokepoints) {
      Node.checkId(c, "chokepoints element");
    }
    checkNotNull(timeSpread, "timeSpread");
    checkNotNull(capacityTeuPerYear, "capacityTeuPerYear");
    if (capacityTeuPerYear.isPresent()) {
      Checks.finitePositive(capacityTeuPerYear.getAsDouble(), "capacityTeuPerYear");
    }
    checkNotNull(status, "status");
    checkNotNull(gaugeMm, "gaugeMm");
    if (gaugeMm.isPresent()) {
      checkGauge(gaugeMm.getAsInt());
    }
    checkSource(source);
    if (emissionClass.isPresent() && emissionClass.get().mode() != mode) {
      throw new IllegalArgumentException(
          "emissionClass must be a class of mode "
              + mode
              + ", was "
              + emissionClass.get()
              + " of mode "
              + emissionClass.get().mode());
    }
  }

  /**
   * Checks the numbers of a leg in the order, and with the messages, of the canonical constructor:
   * the one place these rules are written, shared with {@link BulkNetworkBuilder}.
   */
  static void checkNumbers(
      double distanceKm,
      double speedKmh,
      boolean scheduled,
      double departuresPerWeek,
      double fixedCostUsd,
      double costUsdPerKm,
      double headwayCv) {
    Checks.finitePositive(distanceKm, "distanceKm");
    Checks.nonNegativeAtMost(distanceKm, TransitModel.MAX_DISTANCE_KM, "distanceKm");
    Checks.finitePositive(speedKmh, "speedKmh");
    if (scheduled) {
      Checks.finitePositive(departuresPerWeek, "departuresPerWeek");
    }
    Checks.finiteNonNegative(fixedCostUsd, "fixedCostUsd");
    Checks.finiteNonNegative(costUsdPerKm, "costUsdPerKm");
    // Finite parts can still overflow when combined, and an infinite leg time or cost would pass
    // silently into every corridor total. A running time that underflows to zero would make the
    // leg infinitely fast, which no lower bound of a goal-directed search can allow for.
    double running = TransitModel.runningHours(distanceKm, speedKmh);
    if (!(running > 0 && running <= TransitModel.MAX_HOURS)) {
      throw new IllegalArgumentException(
          "distanceKm / speedKmh must be > 0 and <= "
              + Checks.format(TransitModel.MAX_HOURS)
              + " hours, was "
              + Checks.format(distanceKm)
              + " / "
              + Checks.format(speedKmh)
              + " = "
              + Checks.format(running));
    }
    if (scheduled
        && !(TransitModel.waitingHours(
                departuresPerWeek, WaitPolicy.EXPECTED_HALF_HEADWAY)
            <= TransitModel.MAX_HOURS)) {
      throw new IllegalArgumentException(
          "departuresPerWeek must give a half headway 84 / departuresPerWeek <= "
              + Checks.format(TransitModel.MAX_HOURS)
              + " hours, was "
              + Checks.format(departuresPerWeek));
    }
    Checks.finiteNonNegative(headwayCv, "headwayCv");
    if (headwayCv > 0 && !scheduled) {
      throw new IllegalArgumentException(
          "headwayCv must be 0 for an unscheduled leg (no departuresPerWeek), was "
              + Checks.format(headwayCv));
    }
    if (scheduled
        && !(TransitModel.waitingHours(
                departuresPerWeek, headwayCv, WaitPolicy.EXPECTED_HALF_HEADWAY)
            <= TransitModel.MAX_HOURS)) {
      throw new IllegalArgumentException(
          "headwayCv must give an expected wait H (1 + CV^2) / 2 <= "
              + Checks.format(TransitModel.MAX_HOURS)
              + " hours, was "
              + Checks.format(headwayCv));
    }
    if (!(TransitModel.legCostUsd(fixedCostUsd, costUsdPerKm, distanceKm)
        <= TransitModel.MAX_COST_USD)) {
      throw new IllegalArgumentException(
          "costUsdPerKm * distanceKm + fixedCostUsd must be <= "
              + Checks.format(TransitModel.MAX_COST_USD)
              + " USD, was "
              + Checks.format(costUsdPerKm)
              + " * "
              + Checks.format(distanceKm)
              + " + "
              + Checks.format(fixedCostUsd));
    }
  }

  static void checkGauge(int gaugeMm) {
    if (gaugeMm <= 0) {
      throw new IllegalArgumentException("gaugeMm must be > 0, was " + gaugeMm);
    }
  }

  static void checkSource(String source) {
    checkNotNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, was '" + source + "'");
    }
    Checks.wellFormed(source, "source");
  }

  /**
   * Returns an operating, unscheduled, free leg with no countries, chokepoints, spread, capacity
   * or gauge, and an unspecified source. Use the {@code with...} methods for the rest.
   *
   * @param from the id of the start node
   * @param to the id of the end node, different from {@code from}
   * @param mode the mode
   * @param distance the distance travelled, {@code > 0}
   * @param speed the average running speed
   * @return the leg
   * @throws IllegalArgumentException if an id is malformed, the ids are equal or the distance is
   *     zero
   */
  public static Leg of(String from, String to, Mode mode, Distance distance, Speed speed) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(mode, "mode");
    checkNotNull(distance, "distance");
    checkNotNull(speed, "speed");
    return new Leg(
        from, to, mode, distance.toKilometres(), speed.toKilometresPerHour(), OptionalDouble.empty(),
        0, 0, List.of(), List.of(), Optional.empty(), OptionalDouble.empty(), LegStatus.OPERATING,
        OptionalInt.empty(), Node.UNSPECIFIED_SOURCE, Optional.empty(),
        Polyline.empty(), 0.0);
  }

  /**
   * Returns a leg like {@link #of(String, String, Mode, Distance, Speed)} whose running time is
   * given instead of its speed; the speed stored is {@code distance / runningTime}.
   *
   * @param from the id of the start node
   * @param to the id of the end node
   * @param mode the mode
   * @param distance the distance travelled, {@code > 0}
   * @param runningTime the running time, {@code > 0}
   * @return the leg
   * @throws IllegalArgumentException if the distance or running time is zero or an id is bad
   */
  public static Leg ofRunningTime(
      String from, String to, Mode mode, Distance distance, Duration runningTime) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(mode, "mode");
    return of(from, to, mode, distance, Speed.between(distance, runningTime));
  }

  /**
   * Returns the distance travelled.
   *
   * @return the distance
   */
  public Distance distance() {
    return Distance.ofKilometres(distanceKm);
  }

  /**
   * Returns the average running speed.
   *
   * @return the speed
   */
  public Speed speed() {
    return Speed.ofKilometresPerHour(speedKmh);
  }

  /**
   * Returns the running time in hours, {@code distanceKm / speedKmh}.
   *
   * @return hours, {@code > 0} and at most {@link TransitModel#MAX_HOURS}
   */
  public double runningHours() {
    return TransitModel.runningHours(distanceKm, speedKmh);
  }

  /**
   * Returns the running time.
   *
   * @return the running time, rounded to the nanosecond
   */
  public Duration runningTime() {
    return Durations.ofHours(runningHours());
  }

  /**
   * Returns the expected wait for the next departure under a policy: {@code H (1 + CV^2) / 2} with
   * the headway {@code H = 168 / departuresPerWeek} hours and {@code CV = headwayCv} (half the
   * headway for a regular timetable), for a scheduled leg under {@link
   * WaitPolicy#EXPECTED_HALF_HEADWAY}; zero otherwise.
   *
   * @param policy the wait policy
   * @return hours, finite and {@code >= 0}
   */
  public double waitingHours(WaitPolicy policy) {
    checkNotNull(policy, "policy");
    return TransitModel.waitingHours(departuresPerWeek.orElse(0), headwayCv, policy);
  }

  /**
   * Returns the cost of the leg per TEU, {@code fixedCostUsd + costUsdPerKm * distanceKm}.
   *
   * @return USD per TEU, finite and {@code >= 0}
   */
  public double costUsd() {
    return TransitModel.legCostUsd(fixedCostUsd, costUsdPerKm, distanceKm);
  }

  /**
   * Returns the same leg in the opposite direction, with countries and chokepoints reversed.
   *
   * @return the reversed leg
   */
  public Leg reversed() {
    return new Leg(
        to, from, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        Lists.reverse(countries), Lists.reverse(chokepoints), timeSpread, capacityTeuPerYear, status,
        gaugeMm, source, emissionClass, geometry.reversed(), headwayCv);
  }

  /**
   * Tells whether this leg has the same key (from, to, mode) as another.
   *
   * @param other the other leg
   * @return whether the keys are equal
   */
  public boolean sameKeyAs(Leg other) {
    checkNotNull(other, "other");
    return from.equals(other.from) && to.equals(other.to) && mode == other.mode;
  }

  /**
   * Returns the key {@code from>to:MODE}, e.g. {@code AEJEA>SARUH:RAIL}, used in messages and
   * files.
   *
   * @return the key
   */
  public String key() {
    // A builder, not string concatenation: the invokedynamic call site of a concatenation runs
    // through method handles that a cold JVM interprets, and every leg read makes its key.
    return new StringBuilder(from.length() + to.length() + 16)
        .append(from)
        .append('>')
        .append(to)
        .append(':')
        .append(mode.name())
        .toString();
  }

  /**
   * Returns a copy with another distance; the speed is kept.
   *
   * @param distance the distance, {@code > 0}
   * @return the copy
   */
  public Leg withDistance(Distance distance) {
    return new Leg(
        from, to, mode, checkNotNull(distance, "distance").toKilometres(), speedKmh,
        departuresPerWeek, fixedCostUsd, costUsdPerKm, countries, chokepoints, timeSpread,
        capacityTeuPerYear, status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with another speed.
   *
   * @param speed the speed
   * @return the copy
   */
  public Leg withSpeed(Speed speed) {
    return new Leg(
        from, to, mode, distanceKm, checkNotNull(speed, "speed").toKilometresPerHour(),
        departuresPerWeek, fixedCostUsd, costUsdPerKm, countries, chokepoints, timeSpread,
        capacityTeuPerYear, status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy whose speed gives the running time stated.
   *
   * @param runningTime the running time, {@code > 0}
   * @return the copy
   */
  public Leg withRunningTime(Duration runningTime) {
    return withSpeed(Speed.between(distance(), runningTime));
  }

  /**
   * Returns a copy with a scheduled service of so many departures per week.
   *
   * @param departuresPerWeek departures per week, finite and {@code > 0}
   * @return the copy
   * @throws IllegalArgumentException if {@code departuresPerWeek} is NaN, infinite or {@code <= 0}
   */
  public Leg withDeparturesPerWeek(double departuresPerWeek) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, OptionalDouble.of(departuresPerWeek), fixedCostUsd,
        costUsdPerKm, countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm,
        source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with a cost per TEU of {@code fixedCostUsd + costUsdPerKm * distanceKm}.
   *
   * @param fixedCostUsd USD per TEU independent of distance, finite and {@code >= 0}
   * @param costUsdPerKm USD per TEU per km, finite and {@code >= 0}
   * @return the copy
   */
  public Leg withCost(double fixedCostUsd, double costUsdPerKm) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy crossing these countries between its end nodes.
   *
   * @param countries ISO 3166-1 alpha-2 codes, in order
   * @return the copy
   */
  public Leg withCountries(List<String> countries) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy passing these chokepoints between its end nodes.
   *
   * @param chokepoints chokepoint node ids, in order
   * @return the copy
   */
  public Leg withChokepoints(List<String> chokepoints) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with a spread for its running time.
   *
   * @param spread the spread
   * @return the copy
   */
  public Leg withTimeSpread(TimeSpread spread) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, Optional.of(checkNotNull(spread, "spread")), capacityTeuPerYear,
        status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with a capacity.
   *
   * @param teuPerYear the capacity in TEU per year, finite and {@code > 0}
   * @return the copy
   */
  public Leg withCapacityTeuPerYear(double teuPerYear) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, OptionalDouble.of(teuPerYear), status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with another status.
   *
   * @param status the status
   * @return the copy
   */
  public Leg withStatus(LegStatus status) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with a rail gauge.
   *
   * @param gaugeMm the track gauge in millimetres, {@code > 0} (1435 standard, 1520 Russian)
   * @return the copy
   */
  public Leg withGaugeMm(int gaugeMm) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, OptionalInt.of(gaugeMm),
        source, emissionClass,
        geometry, headwayCv);
  }

  /**
   * Returns a copy with another source string.
   *
   * @param source where the numbers come from, or {@code assumption: ...}; not blank, well-formed
   *     UTF-16
   * @return the copy
   */
  public Leg withSource(String source) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source,
        emissionClass, geometry, headwayCv);
  }

  /**
   * Returns a copy whose CO2e factor is that of a vehicle class.
   *
   * @param emissionClass the class, of this leg's mode
   * @return the copy
   * @throws IllegalArgumentException if the class belongs to another mode
   */
  public Leg withEmissionClass(EmissionClass emissionClass) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source,
        Optional.of(checkNotNull(emissionClass, "emissionClass")), geometry, headwayCv);
  }

  /**
   * Returns the vehicle class that selects this leg's CO2e factor: its own, or the mode's default
   * ({@link EmissionClass#defaultFor(Mode)}, an assumption).
   *
   * @return the class, of this leg's mode
   */
  public EmissionClass emissionClassOrDefault() {
    return emissionClass.orElse(EmissionClass.defaultFor(mode));
  }

  /**
   * Creates a leg without geometry (a straight line between its end nodes); see the canonical
   * constructor for each rule.
   *
   * @param from the id of the node where the leg starts
   * @param to the id of the node where it ends, different from {@code from}
   * @param mode the mode
   * @param distanceKm the distance travelled, km, {@code > 0} and at most {@link
   *     TransitModel#MAX_DISTANCE_KM}; {@code distanceKm / speedKmh} must be {@code > 0} and at
   *     most {@link TransitModel#MAX_HOURS}
   * @param speedKmh the average running speed, km/h, finite and {@code > 0}
   * @param departuresPerWeek scheduled departures per week, or empty
   * @param fixedCostUsd cost per TEU independent of distance, USD, finite and {@code >= 0}
   * @param costUsdPerKm cost per TEU per km, USD, finite and {@code >= 0}
   * @param countries ISO 3166-1 alpha-2 codes of countries crossed between the end nodes
   * @param chokepoints ids of maritime chokepoints passed between the end nodes
   * @param timeSpread the spread of the running time, if known
   * @param capacityTeuPerYear the capacity, TEU per year, if known
   * @param status operating, under construction or planned
   * @param gaugeMm the track gauge of a rail leg in millimetres, if known
   * @param source where the leg's numbers come from; not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public Leg(
      String from,
      String to,
      Mode mode,
      double distanceKm,
      double speedKmh,
      OptionalDouble departuresPerWeek,
      double fixedCostUsd,
      double costUsdPerKm,
      List<String> countries,
      List<String> chokepoints,
      Optional<TimeSpread> timeSpread,
      OptionalDouble capacityTeuPerYear,
      LegStatus status,
      OptionalInt gaugeMm,
      String source) {
    this(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source,
        Optional.empty(), Polyline.empty(), 0.0);
  }

  /**
   * Creates a leg with an emission class and without geometry; see the canonical constructor for
   * each rule.
   *
   * @param from the id of the node where the leg starts
   * @param to the id of the node where it ends, different from {@code from}
   * @param mode the mode
   * @param distanceKm the distance travelled, km, {@code > 0} and at most {@link
   *     TransitModel#MAX_DISTANCE_KM}; {@code distanceKm / speedKmh} must be {@code > 0} and at
   *     most {@link TransitModel#MAX_HOURS}
   * @param speedKmh the average running speed, km/h, finite and {@code > 0}
   * @param departuresPerWeek scheduled departures per week, or empty
   * @param fixedCostUsd cost per TEU independent of distance, USD, finite and {@code >= 0}
   * @param costUsdPerKm cost per TEU per km, USD, finite and {@code >= 0}
   * @param countries ISO 3166-1 alpha-2 codes of countries crossed between the end nodes
   * @param chokepoints ids of maritime chokepoints passed between the end nodes
   * @param timeSpread the spread of the running time, if known
   * @param capacityTeuPerYear the capacity, TEU per year, if known
   * @param status operating, under construction or planned
   * @param gaugeMm the track gauge of a rail leg in millimetres, if known
   * @param source where the leg's numbers come from; not blank
   * @param emissionClass the vehicle class for the CO2e factor, or empty for the mode's default
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public Leg(
      String from,
      String to,
      Mode mode,
      double distanceKm,
      double speedKmh,
      OptionalDouble departuresPerWeek,
      double fixedCostUsd,
      double costUsdPerKm,
      List<String> countries,
      List<String> chokepoints,
      Optional<TimeSpread> timeSpread,
      OptionalDouble capacityTeuPerYear,
      LegStatus status,
      OptionalInt gaugeMm,
      String source,
      Optional<EmissionClass> emissionClass) {
    this(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source,
        emissionClass, Polyline.empty(), 0.0);
  }

  /**
   * Returns a copy whose departures are irregular, with the given coefficient of variation of the
   * intervals between them; the expected wait becomes {@code H (1 + CV^2) / 2}.
   *
   * @param headwayCv the coefficient of variation, finite and {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the value breaks its rule or the leg is unscheduled
   */
  public Leg withHeadwayCv(double headwayCv) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source,
        emissionClass, geometry, headwayCv);
  }

  /**
   * Returns a copy with another geometry; distances, times and costs are unchanged.
   *
   * @param geometry the points passed between the end nodes, empty for a straight line
   * @return the copy
   */
  public Leg withGeometry(Polyline geometry) {
    return new Leg(
        from, to, mode, distanceKm, speedKmh, departuresPerWeek, fixedCostUsd, costUsdPerKm,
        countries, chokepoints, timeSpread, capacityTeuPerYear, status, gaugeMm, source,
        emissionClass, checkNotNull(geometry, "geometry"), headwayCv);
  }

  /** Returns e.g. {@code AEJEA>SARUH:RAIL 1200.0 km @ 45.0 km/h}. */
  @Override
  public String toString() {
    return key() + " " + Checks.fixed(distanceKm, 1) + " km @ " + Checks.fixed(speedKmh, 1) + " km/h";
  }
}
