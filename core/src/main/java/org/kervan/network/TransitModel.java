package org.kervan.network;

/**
 * Kervan's one time and cost model: how legs and nodes add up along a corridor. {@link Corridor}
 * and every router call these methods, in the same order, so that a router's total for a path
 * equals the corridor's own total to the last bit.
 *
 * <p>A corridor is a sequence of steps. Step {@code i} arrives at node {@code v_i} by leg {@code
 * e} (none for the first step) and leaves by leg {@code f}:
 *
 * <pre>
 *   nodeHours  = (transfer(e, f) ? transshipmentHours(v)
 *                 : dwell(v, e, f) ? dwellHours(v) : 0) + borderHours(v)
 *   legHours   = waitingHours(f) + runningHours(f)
 *   stepHours  = nodeHours + legHours                    (nodeHours = 0 on the first step)
 *   totalHours = ((step_1 + step_2) + step_3) + ...      (left to right)
 * </pre>
 *
 * and likewise for cost with {@code transshipmentCostUsd}, {@code dwellCostUsd}, {@code
 * borderCostUsd} and {@code legCostUsd = fixedCostUsd + costUsdPerKm * distanceKm}. Nothing is
 * charged at the origin or the destination: corridors run terminal to terminal. {@code transfer(e,
 * f)} holds when the modes differ, or when both are rail with known, different gauges (a break of
 * gauge). {@code dwell(v, e, f)} ({@link #chargesDwell}) holds everywhere except at a seaport
 * passed by land: a seaport's dwell is the wait for the connecting vessel of a ship-to-ship relay,
 * so only a pass that arrives and leaves by water pays it, never a train or truck running through
 * the port node (a ship-to-rail change pays the transshipment instead). The generalised cost of a
 * step is {@code stepCostUsd + valueOfTimeUsdPerDay * stepHours / 24}.
 *
 * <p>Emissions follow the same steps, in kg CO2e per TEU, well-to-wake ({@link EmissionFactors}):
 *
 * <pre>
 *   nodeCo2eKg = transfer(e, f) ? transshipmentKgCo2ePerTeu : 0
 *   legCo2eKg  = gCo2ePerTeuKm(f) * distanceKm(f) / 1000
 *   stepCo2eKg = nodeCo2eKg + legCo2eKg                  ({@link #stepCo2eKg}; node = 0 first)
 *   carbonUsd  = nodeCo2eKg * nodeUsdPerTonne / 1000 + legCo2eKg * legUsdPerTonne / 1000
 *   stepGeneralisedCostUsd = (stepCostUsd + valueOfTimeUsdPerDay * (stepHours / 24)) + carbonUsd
 * </pre>
 *
 * A router that minimises CO2e adds {@link #stepCo2eKg} per step, left to right, and gets the
 * corridor's {@link Corridor#co2eKgPerTeu(EmissionFactors)} to the last bit.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class TransitModel {
  /** Hours in a week, for headways. */
  public static final double HOURS_PER_WEEK = 168.0;

  /**
   * The most hours one charge may take: a leg's running time or expected wait, a node's
   * transshipment, dwell or border time. 10^9 h (about 114,000 years), an assumption far above any
   * transit time; with {@link #MAX_COST_USD}, {@link #MAX_DISTANCE_KM} and {@link
   * #MAX_VALUE_OF_TIME_USD_PER_DAY} it keeps every sum and product of the model finite: a step's
   * generalised cost is below {@code 3 * 10^12 + 10^9 * 3 * 10^9 / 24 < 2 * 10^17} USD, so even
   * {@code 2^31} steps total less than {@code 10^27}, far from overflow. It also keeps every
   * charge within {@link java.time.Duration}'s range.
   */
  public static final double MAX_HOURS = 1e9;

  /**
   * The most USD per TEU one charge may cost: a leg's cost ({@code fixedCostUsd + costUsdPerKm *
   * distanceKm}), a node's transshipment, dwell or border cost. 10^12 USD, an assumption far above
   * the value of any container's cargo; see {@link #MAX_HOURS}.
   */
  public static final double MAX_COST_USD = 1e12;

  /**
   * The longest leg, km: 10^9 km (about 25,000 times round the Earth), an assumption that keeps
   * distance and CO2e totals finite; see {@link #MAX_HOURS}.
   */
  public static final double MAX_DISTANCE_KM = 1e9;

  /**
   * The largest value of time, USD per TEU per day: 10^9, an assumption far above the value of any
   * container's cargo per day; see {@link #MAX_HOURS}.
   */
  public static final double MAX_VALUE_OF_TIME_USD_PER_DAY = 1e9;

  private TransitModel() {}

  /**
   * Running hours of a leg: {@code distanceKm / speedKmh}.
   *
   * @param distanceKm distance, km
   * @param speedKmh speed, km/h
   * @return hours
   */
  public static double runningHours(double distanceKm, double speedKmh) {
    return distanceKm / speedKmh;
  }

  /**
   * Expected wait for a departure: {@code 0.5 * 168 / departuresPerWeek} under {@link
   * WaitPolicy#EXPECTED_HALF_HEADWAY} for a scheduled leg, zero for an unscheduled leg ({@code
   * departuresPerWeek == 0}) or under {@link WaitPolicy#IGNORE_SCHEDULES}.
   *
   * @param departuresPerWeek departures per week, or 0 for an unscheduled service
   * @param policy the wait policy
   * @return hours
   */
  public static double waitingHours(double departuresPerWeek, WaitPolicy policy) {
    if (policy == WaitPolicy.IGNORE_SCHEDULES || departuresPerWeek == 0) {
      return 0.0;
    }
    return 0.5 * HOURS_PER_WEEK / departuresPerWeek;
  }

  /**
   * Expected wait for a departure of a service whose intervals vary: {@code 0.5 * H * (1 + CV^2)}
   * with {@code H = 168 / departuresPerWeek} under {@link WaitPolicy#EXPECTED_HALF_HEADWAY} for a
   * scheduled leg, zero for an unscheduled leg or under {@link WaitPolicy#IGNORE_SCHEDULES}. A
   * container arriving at a random time waits on average {@code E[H^2] / (2 E[H])}, which is
   * {@code H (1 + CV^2) / 2} for intervals of mean {@code H} and coefficient of variation {@code
   * CV} (Osuna &amp; Newell 1972, Transportation Science 6(1)); with {@code CV = 0} this is {@link
   * #waitingHours(double, WaitPolicy)} bit for bit.
   *
   * @param departuresPerWeek departures per week, or 0 for an unscheduled service
   * @param headwayCv the coefficient of variation of the intervals, {@code >= 0}
   * @param policy the wait policy
   * @return hours
   */
  public static double waitingHours(
      double departuresPerWeek, double headwayCv, WaitPolicy policy) {
    double halfHeadway = waitingHours(departuresPerWeek, policy);
    // The multiplication is skipped at CV = 0 so that regular services keep their exact value.
    return headwayCv == 0 ? halfHeadway : halfHeadway * (1 + headwayCv * headwayCv);
  }

  /**
   * Hours of a leg once boarded: {@code waitingHours + runningHours}.
   *
   * @param waitingHours the expected wait for a departure
   * @param runningHours the running time
   * @return hours
   */
  public static double legHours(double waitingHours, double runningHours) {
    return waitingHours + runningHours;
  }

  /**
   * Cost of a leg per TEU: {@code fixedCostUsd + costUsdPerKm * distanceKm}.
   *
   * @param fixedCostUsd fixed cost, USD per TEU
   * @param costUsdPerKm cost per km, USD per TEU
   * @param distanceKm distance, km
   * @return USD per TEU
   */
  public static double legCostUsd(double fixedCostUsd, double costUsdPerKm, double distanceKm) {
    return fixedCostUsd + costUsdPerKm * distanceKm;
  }

  /**
   * Whether passing a node from one leg to another is a transshipment: the modes differ, or both
   * legs are rail with known ({@code > 0}) and different gauges.
   *
   * @param modeIn the incoming leg's mode
   * @param gaugeInMm the incoming leg's gauge in mm, or 0 if unknown or not rail
   * @param modeOut the outgoing leg's mode
   * @param gaugeOutMm the outgoing leg's gauge in mm, or 0 if unknown or not rail
   * @return whether the node charges its transshipment rather than its dwell
   */
  public static boolean isTransfer(Mode modeIn, int gaugeInMm, Mode modeOut, int gaugeOutMm) {
    return modeIn != modeOut || isGaugeBreak(modeIn, gaugeInMm, modeOut, gaugeOutMm);
  }

  /**
   * Whether passing a node from one leg to another is a break of rail gauge.
   *
   * @param modeIn the incoming leg's mode
   * @param gaugeInMm the incoming leg's gauge in mm, or 0 if unknown
   * @param modeOut the outgoing leg's mode
   * @param gaugeOutMm the outgoing leg's gauge in mm, or 0 if unknown
   * @return whether both are rail with known, different gauges
   */
  public static boolean isGaugeBreak(Mode modeIn, int gaugeInMm, Mode modeOut, int gaugeOutMm) {
    return modeIn == Mode.RAIL
        && modeOut == Mode.RAIL
        && gaugeInMm > 0
        && gaugeOutMm > 0
        && gaugeInMm != gaugeOutMm;
  }

  /**
   * Whether a node passed without a transshipment charges its dwell. A seaport's dwell is the
   * wait for the connecting vessel of a ship-to-ship relay, so a seaport charges it only when the
   * corridor arrives and leaves by water ({@link Mode#SEA}, {@link Mode#FERRY} or {@link
   * Mode#INLAND_WATERWAY}); a train, truck or aircraft passing through a port node pays no relay
   * dwell. Every other kind of node charges its dwell on every pass without a transshipment. When
   * the pass is a transshipment ({@link #isTransfer}) the node charges its transshipment and this
   * rule does not apply.
   *
   * @param kind the node's kind
   * @param modeIn the incoming leg's mode
   * @param modeOut the outgoing leg's mode
   * @return whether the node charges its dwell on a pass that is not a transshipment
   */
  public static boolean chargesDwell(NodeKind kind, Mode modeIn, Mode modeOut) {
    return kind != NodeKind.SEAPORT || (isWaterborne(modeIn) && isWaterborne(modeOut));
  }

  private static boolean isWaterborne(Mode mode) {
    return mode == Mode.SEA || mode == Mode.FERRY || mode == Mode.INLAND_WATERWAY;
  }

  /**
   * Hours charged at a node passed through: {@code (transfer ? transshipmentHours : dwell ?
   * dwellHours : 0) + borderHours}.
   *
   * @param transfer whether the pass is a transshipment
   * @param dwell whether a pass that is not a transshipment charges the dwell ({@link
   *     #chargesDwell})
   * @param transshipmentHours the node's transshipment time
   * @param dwellHours the node's pass-through dwell
   * @param borderHours the node's border clearance time
   * @return hours
   */
  public static double nodeHours(
      boolean transfer,
      boolean dwell,
      double transshipmentHours,
      double dwellHours,
      double borderHours) {
    return (transfer ? transshipmentHours : dwell ? dwellHours : 0.0) + borderHours;
  }

  /**
   * Cost charged at a node passed through: {@code (transfer ? transshipmentCostUsd : dwell ?
   * dwellCostUsd : 0) + borderCostUsd}.
   *
   * @param transfer whether the pass is a transshipment
   * @param dwell whether a pass that is not a transshipment charges the dwell ({@link
   *     #chargesDwell})
   * @param transshipmentCostUsd the node's transshipment cost
   * @param dwellCostUsd the node's pass-through cost
   * @param borderCostUsd the node's border clearance cost
   * @return USD per TEU
   */
  public static double nodeCostUsd(
      boolean transfer,
      boolean dwell,
      double transshipmentCostUsd,
      double dwellCostUsd,
      double borderCostUsd) {
    return (transfer ? transshipmentCostUsd : dwell ? dwellCostUsd : 0.0) + borderCostUsd;
  }

  /**
   * Hours charged at a node passed through when its dwell applies: {@code (transfer ?
   * transshipmentHours : dwellHours) + borderHours}, which is {@link #nodeHours(boolean, boolean,
   * double, double, double)} with {@code dwell = true}.
   *
   * @param transfer whether the pass is a transshipment
   * @param transshipmentHours the node's transshipment time
   * @param dwellHours the node's pass-through dwell
   * @param borderHours the node's border clearance time
   * @return hours
   */
  public static double nodeHours(
      boolean transfer, double transshipmentHours, double dwellHours, double borderHours) {
    return nodeHours(transfer, true, transshipmentHours, dwellHours, borderHours);
  }

  /**
   * Cost charged at a node passed through when its dwell applies: {@code (transfer ?
   * transshipmentCostUsd : dwellCostUsd) + borderCostUsd}, which is {@link #nodeCostUsd(boolean,
   * boolean, double, double, double)} with {@code dwell = true}.
   *
   * @param transfer whether the pass is a transshipment
   * @param transshipmentCostUsd the node's transshipment cost
   * @param dwellCostUsd the node's pass-through cost
   * @param borderCostUsd the node's border clearance cost
   * @return USD per TEU
   */
  public static double nodeCostUsd(
      boolean transfer, double transshipmentCostUsd, double dwellCostUsd, double borderCostUsd) {
    return nodeCostUsd(transfer, true, transshipmentCostUsd, dwellCostUsd, borderCostUsd);
  }

  /**
   * A step's hours or cost: the node charge plus the leg's, {@code node + leg}.
   *
   * @param nodeCharge the node charge (0 on the first step)
   * @param legCharge the leg charge
   * @return the step's charge
   */
  public static double step(double nodeCharge, double legCharge) {
    return nodeCharge + legCharge;
  }

  /**
   * The generalised cost of a step: {@code stepCostUsd + valueOfTimeUsdPerDay * (stepHours /
   * 24)}.
   *
   * @param stepCostUsd the step's cost, USD per TEU
   * @param stepHours the step's hours
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day
   * @return USD per TEU
   */
  public static double generalisedCostUsd(
      double stepCostUsd, double stepHours, double valueOfTimeUsdPerDay) {
    return stepCostUsd + valueOfTimeUsdPerDay * (stepHours / 24.0);
  }

  /**
   * CO2e of a leg per TEU: {@code gCo2ePerTeuKm * distanceKm / 1000}.
   *
   * @param gCo2ePerTeuKm the leg's intensity, g CO2e per TEU-km
   * @param distanceKm distance, km
   * @return kg CO2e per TEU
   */
  public static double legCo2eKg(double gCo2ePerTeuKm, double distanceKm) {
    return gCo2ePerTeuKm * distanceKm / 1000.0;
  }

  /**
   * CO2e charged at a node passed through: {@code transfer ? transshipmentKgCo2ePerTeu : 0}.
   * Dwell and border clearance are charged no CO2e.
   *
   * @param transfer whether the pass is a transshipment
   * @param transshipmentKgCo2ePerTeu kg CO2e per TEU transshipped
   * @return kg CO2e per TEU
   */
  public static double nodeCo2eKg(boolean transfer, double transshipmentKgCo2ePerTeu) {
    return transfer ? transshipmentKgCo2ePerTeu : 0.0;
  }

  /**
   * A step's CO2e, the one call a router needs per step to minimise emissions: {@code
   * step(nodeCo2eKg(transfer, transshipmentKgCo2ePerTeu), legCo2eKg(gCo2ePerTeuKm, distanceKm))}.
   * On the first step pass {@code transfer = false}.
   *
   * @param transfer whether the node charges a transshipment
   * @param transshipmentKgCo2ePerTeu kg CO2e per TEU transshipped
   * @param gCo2ePerTeuKm the outgoing leg's intensity, g CO2e per TEU-km
   * @param distanceKm the outgoing leg's distance, km
   * @return kg CO2e per TEU
   */
  public static double stepCo2eKg(
      boolean transfer, double transshipmentKgCo2ePerTeu, double gCo2ePerTeuKm, double distanceKm) {
    return step(
        nodeCo2eKg(transfer, transshipmentKgCo2ePerTeu), legCo2eKg(gCo2ePerTeuKm, distanceKm));
  }

  /**
   * The carbon cost of a step: {@code nodeCo2eKg * nodeUsdPerTonne / 1000 + legCo2eKg *
   * legUsdPerTonne / 1000}. The prices are those charged on the node's and the leg's emissions
   * (e.g. a price times the share a scheme covers, see {@link CarbonPrice}).
   *
   * @param nodeCo2eKg the node's CO2e, kg per TEU
   * @param nodeUsdPerTonne the price on it, USD per tonne CO2e
   * @param legCo2eKg the leg's CO2e, kg per TEU
   * @param legUsdPerTonne the price on it, USD per tonne CO2e
   * @return USD per TEU
   */
  public static double carbonCostUsd(
      double nodeCo2eKg, double nodeUsdPerTonne, double legCo2eKg, double legUsdPerTonne) {
    return nodeCo2eKg * nodeUsdPerTonne / 1000.0 + legCo2eKg * legUsdPerTonne / 1000.0;
  }

  /**
   * The generalised cost of a step with a carbon cost: {@code generalisedCostUsd(stepCostUsd,
   * stepHours, valueOfTimeUsdPerDay) + stepCarbonCostUsd}. With a zero carbon cost it equals the
   * three-argument form bit for bit.
   *
   * @param stepCostUsd the step's cost, USD per TEU
   * @param stepHours the step's hours
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day
   * @param stepCarbonCostUsd the step's {@link #carbonCostUsd carbon cost}, USD per TEU
   * @return USD per TEU
   */
  public static double generalisedCostUsd(
      double stepCostUsd, double stepHours, double valueOfTimeUsdPerDay, double stepCarbonCostUsd) {
    return generalisedCostUsd(stepCostUsd, stepHours, valueOfTimeUsdPerDay) + stepCarbonCostUsd;
  }
}
