package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kervan.internal.Checks;
import org.kervan.internal.Durations;
import org.kervan.quantity.Distance;

/**
 * An ordered, contiguous sequence of legs from an origin to a destination, with its totals and
 * their breakdown.
 *
 * <p>Times and costs follow {@link TransitModel}: every node passed through charges its
 * transshipment (mode or gauge change) or its pass-through dwell (at a seaport only on a
 * ship-to-ship relay, {@link TransitModel#chargesDwell}), plus its border clearance; every
 * leg charges its expected wait for a departure (under the corridor's {@link WaitPolicy}), its
 * running time and its cost. Nothing is charged at the origin or destination. The total is the
 * left-to-right sum of the {@link #steps() steps}; each breakdown component is its own
 * left-to-right sum, so the components add up to the total within rounding (a few ulps), not
 * always bit for bit. A left-to-right sum of {@code n} steps is within {@code (n - 1) * 2^-53}
 * times the sum of the steps' magnitudes of the exact sum of the step values (Higham 2002, eq.
 * 4.4): a relative error below {@code 1.2e-11} for 100,000 legs.
 *
 * <p>A router's answer is a corridor, and so is a curated one (IMEC, the Middle Corridor). This
 * class is immutable and thread-safe.
 */
public final class Corridor {

  /**
   * One step of a corridor: the charges at the node it leaves from, then the leg.
   *
   * @param node the node the step starts at (the origin for the first step)
   * @param leg the leg travelled
   * @param transfer whether the node charged a transshipment (always false on the first step)
   * @param gaugeBreak whether that transshipment was a break of rail gauge
   * @param transshipmentHours the transshipment time charged at the node, or 0
   * @param dwellHours the pass-through dwell charged at the node, or 0 (also on a land pass
   *     through a seaport, which charges no relay dwell)
   * @param borderHours the border clearance time charged at the node, or 0
   * @param waitingHours the expected wait for the leg's departure
   * @param runningHours the leg's running time
   * @param transshipmentCostUsd the transshipment cost charged at the node, or 0
   * @param dwellCostUsd the pass-through cost charged at the node, or 0
   * @param borderCostUsd the border clearance cost charged at the node, or 0
   * @param legCostUsd the leg's cost
   * @param hours the step's total hours ({@link TransitModel#step})
   * @param costUsd the step's total cost per TEU
   */
  public record Step(
      Node node,
      Leg leg,
      boolean transfer,
      boolean gaugeBreak,
      double transshipmentHours,
      double dwellHours,
      double borderHours,
      double waitingHours,
      double runningHours,
      double transshipmentCostUsd,
      double dwellCostUsd,
      double borderCostUsd,
      double legCostUsd,
      double hours,
      double costUsd) {
    /**
     * Validates the components; see the class description for each rule.
     *
     * @param node the node the step starts at (the origin for the first step)
     * @param leg the leg travelled
     * @param transfer whether the node charged a transshipment (always false on the first step)
     * @param gaugeBreak whether that transshipment was a break of rail gauge
     * @param transshipmentHours the transshipment time charged at the node, or 0
     * @param dwellHours the pass-through dwell charged at the node, or 0
     * @param borderHours the border clearance time charged at the node, or 0
     * @param waitingHours the expected wait for the leg's departure
     * @param runningHours the leg's running time
     * @param transshipmentCostUsd the transshipment cost charged at the node, or 0
     * @param dwellCostUsd the pass-through cost charged at the node, or 0
     * @param borderCostUsd the border clearance cost charged at the node, or 0
     * @param legCostUsd the leg's cost
     * @param hours the step's total hours ({@link TransitModel#step})
     * @param costUsd the step's total cost per TEU
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public Step {
      checkNotNull(node, "node");
      checkNotNull(leg, "leg");
    }
  }

  private final ImmutableList<Node> nodes;
  private final ImmutableList<Leg> legs;
  private final WaitPolicy waitPolicy;
  private final ImmutableList<Step> steps;
  private final double distanceKm;
  private final double totalHours;
  private final double totalCostUsd;

  private Corridor(List<Node> nodes, List<Leg> legs, WaitPolicy waitPolicy) {
    this.nodes = ImmutableList.copyOf(nodes);
    this.legs = ImmutableList.copyOf(legs);
    this.waitPolicy = waitPolicy;
    ImmutableList.Builder<Step> b = ImmutableList.builderWithExpectedSize(legs.size());
    double km = 0;
    double hours = 0;
    double cost = 0;
    for (int i = 0; i < this.legs.size(); i++) {
      Step s = step(i);
      b.add(s);
      km += s.leg().distanceKm();
      hours += s.hours();
      cost += s.costUsd();
    }
    this.steps = b.build();
    this.distanceKm = km;
    this.totalHours = hours;
    this.totalCostUsd = cost;
  }

  private Step step(int i) {
    Node node = nodes.get(i);
    Leg leg = legs.get(i);
    double waiting = leg.waitingHours(waitPolicy);
    double running = leg.runningHours();
    double legHours = TransitModel.legHours(waiting, running);
    double legCost = leg.costUsd();
    if (i == 0) {
      return new Step(
          node, leg, false, false, 0, 0, 0, waiting, running, 0, 0, 0, legCost,
          TransitModel.step(0.0, legHours), TransitModel.step(0.0, legCost));
    }
    Leg in = legs.get(i - 1);
    int gaugeIn = in.gaugeMm().orElse(0);
    int gaugeOut = leg.gaugeMm().orElse(0);
    boolean transfer = TransitModel.isTransfer(in.mode(), gaugeIn, leg.mode(), gaugeOut);
    boolean gaugeBreak = TransitModel.isGaugeBreak(in.mode(), gaugeIn, leg.mode(), gaugeOut);
    boolean dwell = !transfer && TransitModel.chargesDwell(node.kind(), in.mode(), leg.mode());
    double nodeHours =
        TransitModel.nodeHours(
            transfer, dwell, node.transshipmentHours(), node.dwellHours(), node.borderHours());
    double nodeCost =
        TransitModel.nodeCostUsd(
            transfer, dwell, node.transshipmentCostUsd(), node.dwellCostUsd(),
            node.borderCostUsd());
    return new Step(
        node,
        leg,
        transfer,
        gaugeBreak,
        transfer ? node.transshipmentHours() : 0,
        dwell ? node.dwellHours() : 0,
        node.borderHours(),
        waiting,
        running,
        transfer ? node.transshipmentCostUsd() : 0,
        dwell ? node.dwellCostUsd() : 0,
        node.borderCostUsd(),
        legCost,
        TransitModel.step(nodeHours, legHours),
        TransitModel.step(nodeCost, legCost));
  }

  /**
   * Returns the corridor along legs of a network, charging waits for departures as half the
   * headway.
   *
   * @param network the network whose nodes the legs join
   * @param legs the legs in order, at least one, each starting where the previous ends
   * @return the corridor
   * @throws IllegalArgumentException if {@code legs} is empty or not contiguous
   * @throws UnknownNodeException if a leg names a node the network does not have
   */
  public static Corridor of(Network network, List<Leg> legs) {
    return of(network, legs, WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /**
   * Returns the corridor along legs of a network under a wait policy.
   *
   * @param network the network whose nodes the legs join
   * @param legs the legs in order, at least one, each starting where the previous ends
   * @param waitPolicy how waits for scheduled departures are charged
   * @return the corridor
   * @throws IllegalArgumentException if {@code legs} is empty or not contiguous
   * @throws UnknownNodeException if a leg names a node the network does not have
   */
  public static Corridor of(Network network, List<Leg> legs, WaitPolicy waitPolicy) {
    checkNotNull(network, "network");
    checkNotNull(waitPolicy, "waitPolicy");
    List<Leg> copy = checkLegs(legs);
    List<Node> nodes = new ArrayList<>(copy.size() + 1);
    nodes.add(network.node(copy.get(0).from()));
    for (Leg leg : copy) {
      nodes.add(network.node(leg.to()));
    }
    return new Corridor(nodes, copy, checkNotNull(waitPolicy, "waitPolicy"));
  }

  /**
   * Returns the corridor through the given nodes along the given legs.
   *
   * @param nodes the nodes in order, one more than the legs; node {@code i} is where leg {@code i}
   *     starts and node {@code i + 1} where it ends
   * @param legs the legs in order, at least one, each starting where the previous ends
   * @param waitPolicy how waits for scheduled departures are charged
   * @return the corridor
   * @throws IllegalArgumentException if the lists are empty, differ in length by other than one,
   *     or do not join up
   */
  public static Corridor of(List<Node> nodes, List<Leg> legs, WaitPolicy waitPolicy) {
    checkNotNull(nodes, "nodes");
    checkNotNull(waitPolicy, "waitPolicy");
    List<Leg> legCopy = checkLegs(legs);
    List<Node> nodeCopy = ImmutableList.copyOf(checkNotNull(nodes, "nodes"));
    if (nodeCopy.size() != legCopy.size() + 1) {
      throw new IllegalArgumentException(
          "nodes must number legs + 1 = " + (legCopy.size() + 1) + ", was " + nodeCopy.size());
    }
    for (int i = 0; i < legCopy.size(); i++) {
      Leg leg = legCopy.get(i);
      if (!leg.from().equals(nodeCopy.get(i).id()) || !leg.to().equals(nodeCopy.get(i + 1).id())) {
        throw new IllegalArgumentException(
            "nodes must match the legs' ends, but leg "
                + i
                + " ("
                + leg.key()
                + ") lies between nodes "
                + nodeCopy.get(i).id()
                + " and "
                + nodeCopy.get(i + 1).id());
      }
    }
    return new Corridor(nodeCopy, legCopy, checkNotNull(waitPolicy, "waitPolicy"));
  }

  private static List<Leg> checkLegs(List<Leg> legs) {
    List<Leg> copy = ImmutableList.copyOf(checkNotNull(legs, "legs"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("legs must not be empty, was []");
    }
    for (int i = 1; i < copy.size(); i++) {
      Leg prev = copy.get(i - 1);
      Leg next = copy.get(i);
      if (!prev.to().equals(next.from())) {
        throw new IllegalArgumentException(
            "legs must be contiguous, but leg "
                + i
                + " ("
                + next.key()
                + ") starts at "
                + next.from()
                + " while leg "
                + (i - 1)
                + " ("
                + prev.key()
                + ") ends at "
                + prev.to());
      }
    }
    return copy;
  }

  /**
   * Returns this corridor followed by another that starts where this one ends. The joint node
   * charges its transshipment or dwell and border, so the total is this total plus the other's
   * plus that charge (within rounding).
   *
   * @param next the corridor to append, starting at this corridor's destination
   * @return the concatenation, under this corridor's wait policy
   * @throws IllegalArgumentException if {@code next} starts elsewhere or has another wait policy
   */
  public Corridor concat(Corridor next) {
    checkNotNull(next, "next");
    if (!destination().id().equals(next.origin().id())) {
      throw new IllegalArgumentException(
          "next must start at " + destination().id() + ", was " + next.origin().id());
    }
    if (next.waitPolicy != waitPolicy) {
      throw new IllegalArgumentException(
          "next must have wait policy " + waitPolicy + ", was " + next.waitPolicy);
    }
    List<Node> n = new ArrayList<>(nodes);
    n.addAll(next.nodes.subList(1, next.nodes.size()));
    List<Leg> l = new ArrayList<>(legs);
    l.addAll(next.legs);
    return new Corridor(n, l, waitPolicy);
  }

  /**
   * Returns this corridor's legs under another wait policy.
   *
   * @param policy the wait policy
   * @return the corridor, or this one if the policy is the same
   */
  public Corridor withWaitPolicy(WaitPolicy policy) {
    checkNotNull(policy, "policy");
    return policy == waitPolicy ? this : new Corridor(nodes, legs, policy);
  }

  /**
   * Returns the nodes in order, from origin to destination; one more than the legs.
   *
   * @return an immutable list
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the legs in order.
   *
   * @return an immutable, non-empty list
   */
  public List<Leg> legs() {
    return legs;
  }

  /**
   * Returns the steps (node charge plus leg) in order, one per leg.
   *
   * @return an immutable, non-empty list
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Returns how waits for scheduled departures are charged.
   *
   * @return the wait policy
   */
  public WaitPolicy waitPolicy() {
    return waitPolicy;
  }

  /**
   * Returns the first node.
   *
   * @return the origin
   */
  public Node origin() {
    return nodes.get(0);
  }

  /**
   * Returns the last node.
   *
   * @return the destination
   */
  public Node destination() {
    return nodes.get(nodes.size() - 1);
  }

  /**
   * Returns the distance travelled, the sum of the legs' distances.
   *
   * @return the distance
   */
  public Distance distance() {
    return Distance.ofKilometres(distanceKm);
  }

  /**
   * Returns the distance travelled in kilometres.
   *
   * @return km
   */
  public double distanceKm() {
    return distanceKm;
  }

  /**
   * Returns the total time in hours, the left-to-right sum of the steps' hours (see {@link
   * TransitModel}).
   *
   * @return hours
   */
  public double totalHours() {
    return totalHours;
  }

  /**
   * Returns the total time in days, {@code totalHours / 24}.
   *
   * @return days
   */
  public double totalDays() {
    return totalHours / 24.0;
  }

  /**
   * Returns the total time.
   *
   * @return the total time, rounded to the nanosecond
   */
  public Duration totalTime() {
    return Durations.ofHours(totalHours);
  }

  /**
   * Returns the hours spent moving on legs.
   *
   * @return the sum of the steps' running hours
   */
  public double runningHours() {
    return sum(Step::runningHours);
  }

  /**
   * Returns the hours spent waiting for scheduled departures.
   *
   * @return the sum of the steps' waiting hours
   */
  public double waitingHours() {
    return sum(Step::waitingHours);
  }

  /**
   * Returns the hours spent changing mode or gauge.
   *
   * @return the sum of the steps' transshipment hours
   */
  public double transshipmentHours() {
    return sum(Step::transshipmentHours);
  }

  /**
   * Returns the hours spent passing through nodes without changing mode.
   *
   * @return the sum of the steps' dwell hours
   */
  public double dwellHours() {
    return sum(Step::dwellHours);
  }

  /**
   * Returns the hours spent in border clearance.
   *
   * @return the sum of the steps' border hours
   */
  public double borderHours() {
    return sum(Step::borderHours);
  }

  /**
   * Returns the total cost per TEU, the left-to-right sum of the steps' costs.
   *
   * @return USD per TEU
   */
  public double totalCostUsd() {
    return totalCostUsd;
  }

  /**
   * Returns the cost of the legs themselves (fixed plus per-km).
   *
   * @return USD per TEU
   */
  public double legCostUsd() {
    return sum(Step::legCostUsd);
  }

  /**
   * Returns the cost of transshipments.
   *
   * @return USD per TEU
   */
  public double transshipmentCostUsd() {
    return sum(Step::transshipmentCostUsd);
  }

  /**
   * Returns the cost of passing through nodes without changing mode.
   *
   * @return USD per TEU
   */
  public double dwellCostUsd() {
    return sum(Step::dwellCostUsd);
  }

  /**
   * Returns the cost of border clearance.
   *
   * @return USD per TEU
   */
  public double borderCostUsd() {
    return sum(Step::borderCostUsd);
  }

  /**
   * Returns the generalised cost for a value of time: the left-to-right sum over steps of {@code
   * costUsd + valueOfTimeUsdPerDay * hours / 24} ({@link TransitModel#generalisedCostUsd}).
   *
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day, {@code >= 0} and at most
   *     {@link TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @return USD per TEU
   * @throws IllegalArgumentException if the value of time is NaN, negative or above the limit
   */
  public double generalisedCostUsd(double valueOfTimeUsdPerDay) {
    Checks.nonNegativeAtMost(
        valueOfTimeUsdPerDay, TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY, "valueOfTimeUsdPerDay");
    double total = 0;
    for (Step s : steps) {
      total += TransitModel.generalisedCostUsd(s.costUsd(), s.hours(), valueOfTimeUsdPerDay);
    }
    return total;
  }

  /**
   * Returns the well-to-wake CO2e per TEU under the default factors ({@link
   * EmissionFactors#glecV3Defaults()}); see {@link #co2eKgPerTeu(EmissionFactors)}.
   *
   * @return kg CO2e per TEU, finite and {@code >= 0}
   */
  public double co2eKgPerTeu() {
    return co2eKgPerTeu(EmissionFactors.glecV3Defaults());
  }

  /**
   * Returns the well-to-wake CO2e per TEU: the left-to-right sum over steps of {@link
   * TransitModel#stepCo2eKg}, each leg charged {@code gCo2ePerTeuKm * distanceKm / 1000} by the
   * factor of its {@link Leg#emissionClassOrDefault() class} and each transshipment (mode or gauge
   * change) the transshipment factor. A router adding the same step values in the same order gets
   * this total to the last bit.
   *
   * @param factors the intensity factors
   * @return kg CO2e per TEU, finite and {@code >= 0}
   */
  public double co2eKgPerTeu(EmissionFactors factors) {
    checkNotNull(factors, "factors");
    double total = 0;
    for (Step s : steps) {
      total +=
          TransitModel.stepCo2eKg(
              s.transfer(),
              factors.transshipmentKgCo2ePerTeu(),
              factors.gCo2ePerTeuKm(s.leg()),
              s.leg().distanceKm());
    }
    return total;
  }

  /**
   * Returns the generalised cost with a uniform carbon price on the default factors' CO2e: {@link
   * #generalisedCostUsd(double, CarbonPrice, EmissionFactors)} with {@link
   * CarbonPrice#uniform(double)} and {@link EmissionFactors#glecV3Defaults()}. With a zero price it
   * equals {@link #generalisedCostUsd(double)} bit for bit.
   *
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day, {@code >= 0} and at most
   *     {@link TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @param carbonPriceUsdPerTonne the carbon price, USD per tonne CO2e, {@code >= 0} and at most
   *     {@link CarbonPrice#MAX_USD_PER_TONNE}
   * @return USD per TEU
   * @throws IllegalArgumentException if a value is NaN, negative or above its limit
   */
  public double generalisedCostUsd(double valueOfTimeUsdPerDay, double carbonPriceUsdPerTonne) {
    Checks.nonNegativeAtMost(
        carbonPriceUsdPerTonne, CarbonPrice.MAX_USD_PER_TONNE, "carbonPriceUsdPerTonne");
    return generalisedCostUsd(
        valueOfTimeUsdPerDay,
        CarbonPrice.uniform(carbonPriceUsdPerTonne),
        EmissionFactors.glecV3Defaults());
  }

  /**
   * Returns the generalised cost with a carbon price: the left-to-right sum over steps of {@link
   * TransitModel#generalisedCostUsd(double, double, double, double)}, {@code costUsd +
   * valueOfTimeUsdPerDay * hours / 24 + carbonUsd}, where {@code carbonUsd} is {@link
   * TransitModel#carbonCostUsd} of the step's node and leg CO2e at the prices the scheme charges on
   * them ({@link CarbonPrice#nodeUsdPerTonne}, {@link CarbonPrice#legUsdPerTonne}).
   *
   * @param valueOfTimeUsdPerDay the value of time, USD per TEU per day, {@code >= 0} and at most
   *     {@link TransitModel#MAX_VALUE_OF_TIME_USD_PER_DAY}
   * @param carbonPrice the carbon price, e.g. {@link EuEtsMaritime}
   * @param factors the intensity factors
   * @return USD per TEU
   * @throws IllegalArgumentException if the value of time is NaN, negative or above the limit, or the
   *     carbon price gives a price on a leg or node that is NaN, negative or above {@link
   *     CarbonPrice#MAX_USD_PER_TONNE}
   */
  public double generalisedCostUsd(
      double valueOfTimeUsdPerDay, CarbonPrice carbonPrice, EmissionFactors factors) {
    checkNotNull(carbonPrice, "carbonPrice");
    checkNotNull(factors, "factors");
    Checks.nonNegativeAtMost(
        valueOfTimeUsdPerDay, TransitModel.MAX_VALUE_OF_TIME_USD_PER_DAY, "valueOfTimeUsdPerDay");
    double[] legPrices = carbonPrice.legUsdPerTonne(this);
    if (legPrices.length != legs.size()) {
      throw new IllegalArgumentException(
          "carbonPrice.legUsdPerTonne must give one price per leg = "
              + legs.size()
              + ", was "
              + legPrices.length);
    }
    double total = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      double nodePrice = i == 0 ? 0.0 : carbonPrice.nodeUsdPerTonne(s.node());
      Checks.nonNegativeAtMost(
          nodePrice,
          CarbonPrice.MAX_USD_PER_TONNE,
          "carbonPrice.nodeUsdPerTonne(" + s.node().id() + ")");
      Checks.nonNegativeAtMost(
          legPrices[i], CarbonPrice.MAX_USD_PER_TONNE, "carbonPrice.legUsdPerTonne[" + i + "]");
      double carbon =
          TransitModel.carbonCostUsd(
              TransitModel.nodeCo2eKg(s.transfer(), factors.transshipmentKgCo2ePerTeu()),
              nodePrice,
              TransitModel.legCo2eKg(factors.gCo2ePerTeuKm(s.leg()), s.leg().distanceKm()),
              legPrices[i]);
      total +=
          TransitModel.generalisedCostUsd(s.costUsd(), s.hours(), valueOfTimeUsdPerDay, carbon);
    }
    return total;
  }

  /**
   * Returns the countries passed, in order of first appearance: the nodes' countries and those
   * each leg crosses.
   *
   * @return an immutable list of ISO 3166-1 alpha-2 codes
   */
  public List<String> countries() {
    Set<String> seen = new LinkedHashSet<>();
    origin().country().ifPresent(seen::add);
    for (int i = 0; i < legs.size(); i++) {
      seen.addAll(legs.get(i).countries());
      nodes.get(i + 1).country().ifPresent(seen::add);
    }
    return ImmutableList.copyOf(seen);
  }

  /**
   * Returns the maritime chokepoints passed, in order of first appearance: chokepoint nodes
   * visited and those each leg passes.
   *
   * @return an immutable list of chokepoint ids
   */
  public List<String> chokepoints() {
    Set<String> seen = new LinkedHashSet<>();
    if (origin().kind() == NodeKind.CHOKEPOINT) {
      seen.add(origin().id());
    }
    for (int i = 0; i < legs.size(); i++) {
      seen.addAll(legs.get(i).chokepoints());
      Node n = nodes.get(i + 1);
      if (n.kind() == NodeKind.CHOKEPOINT) {
        seen.add(n.id());
      }
    }
    return ImmutableList.copyOf(seen);
  }

  /**
   * Returns the number of transshipments (mode changes and gauge breaks).
   *
   * @return a count {@code >= 0}
   */
  public int transshipmentCount() {
    int n = 0;
    for (Step s : steps) {
      n += s.transfer() ? 1 : 0;
    }
    return n;
  }

  /**
   * Returns the number of breaks of rail gauge.
   *
   * @return a count {@code >= 0}
   */
  public int gaugeBreakCount() {
    int n = 0;
    for (Step s : steps) {
      n += s.gaugeBreak() ? 1 : 0;
    }
    return n;
  }

  private double sum(java.util.function.ToDoubleFunction<Step> f) {
    double total = 0;
    for (Step s : steps) {
      total += f.applyAsDouble(s);
    }
    return total;
  }

  /** Corridors are equal when their nodes, legs and wait policy are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Corridor)) {
      return false;
    }
    Corridor c = (Corridor) o;
    return nodes.equals(c.nodes) && legs.equals(c.legs) && waitPolicy == c.waitPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodes, legs, waitPolicy);
  }

  /** Returns e.g. {@code INNSA→GRPIR 6812.0 km, 10.2 d, 1450.00 USD/TEU, 4 legs}. */
  @Override
  public String toString() {
    return origin().id()
        + "→"
        + destination().id()
        + " "
        + Checks.fixed(distanceKm, 1)
        + " km, "
        + Checks.fixed(totalDays(), 2)
        + " d, "
        + Checks.fixed(totalCostUsd, 2)
        + " USD/TEU, "
        + legs.size()
        + (legs.size() == 1 ? " leg" : " legs");
  }
}
