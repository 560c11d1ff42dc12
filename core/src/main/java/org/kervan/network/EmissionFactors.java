package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kervan.internal.Checks;

/**
 * Well-to-wake (well-to-wheel) CO2e intensity factors per {@link EmissionClass}, in grams of CO2e
 * per TEU-km, and the CO2e of a transshipment in kg per TEU, each with its source. {@link
 * TransitModel} turns them into the CO2e of a leg ({@code gCo2ePerTeuKm * distanceKm / 1000} kg
 * per TEU) and of a node passed.
 *
 * <p>The defaults ({@link #glecV3Defaults()}) follow the GLEC Framework v3.0 (Smart Freight
 * Centre 2023, <i>Global Logistics Emissions Council Framework for Logistics Emissions Accounting
 * and Reporting</i>, version 3.0), which implements ISO 14083:2023. Where GLEC gives a value per
 * tonne-km it is converted with {@link #PAYLOAD_TONNES_PER_TEU} tonnes of cargo per loaded TEU.
 * Each factor's source string says whether it was read from a GLEC table or is an assumption of the
 * order of magnitude of GLEC v3; most are assumptions, and a study should supply its own
 * ({@link #withFactor}). GLEC v3 gives its container-ship defaults by trade lane (from Clean Cargo
 * data), not by ship size; the size classes here, and their values, are assumptions whose middle
 * classes bracket GLEC's lane averages. Intensities are fleet averages that already include typical load factors
 * and empty running; they are not the emissions of one particular vessel or train.
 *
 * <p>Every class has a factor, so no leg is ever without one. This class is immutable and
 * thread-safe.
 */
public final class EmissionFactors {

  /**
   * Tonnes of cargo per loaded TEU used to turn per-tonne-km intensities into per-TEU-km ones: 10
   * t, the GLEC Framework v3 default average cargo weight per loaded TEU (module 2, sea transport;
   * value as quoted by secondary sources, not checked against the primary text).
   */
  public static final double PAYLOAD_TONNES_PER_TEU = 10.0;

  /**
   * The largest intensity a class may have, g CO2e per TEU-km: 10^6 (one tonne per TEU-km), an
   * assumption 125 times the default air freighter's 8,000. With {@link
   * TransitModel#MAX_DISTANCE_KM} it bounds a leg's CO2e by {@code 10^6 * 10^9 / 1000 = 10^12} kg
   * per TEU and, with {@link CarbonPrice#MAX_USD_PER_TONNE}, its carbon cost by {@code 10^15} USD,
   * so that no emission or carbon total of the model overflows.
   */
  public static final double MAX_G_CO2E_PER_TEU_KM = 1e6;

  /**
   * The largest CO2e of one transshipment, kg per TEU: 10^6 (1,000 tonnes), an assumption about
   * 70,000 times the default of 15 kg. With {@link CarbonPrice#MAX_USD_PER_TONNE} it bounds a
   * node's carbon cost by {@code 10^6 * 10^6 / 1000 = 10^9} USD per TEU.
   */
  public static final double MAX_TRANSSHIPMENT_KG_CO2E_PER_TEU = 1e6;

  /**
   * One intensity factor and where it comes from.
   *
   * @param gCo2ePerTeuKm the well-to-wake intensity, grams of CO2e per TEU-km, {@code >= 0} and at
   *     most {@link #MAX_G_CO2E_PER_TEU_KM}
   * @param source the table or reference the value comes from, or {@code assumption: ...}; not
   *     blank
   *     <p>This record is immutable and thread-safe.
   */
  public record Factor(double gCo2ePerTeuKm, String source) {
    /**
     * Validates the components.
     *
     * @param gCo2ePerTeuKm grams of CO2e per TEU-km, {@code >= 0} and at most {@link
     *     #MAX_G_CO2E_PER_TEU_KM}
     * @param source the source; not blank
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public Factor {
      checkNotNull(source, "source");
      Checks.nonNegativeAtMost(gCo2ePerTeuKm, MAX_G_CO2E_PER_TEU_KM, "gCo2ePerTeuKm");
      if (source.isBlank()) {
        throw new IllegalArgumentException("source must not be blank, was '" + source + "'");
      }
    }

    /** Returns e.g. {@code 55.0 g CO2e/TEU-km (assumption: ...)}. */
    @Override
    public String toString() {
      return Checks.format(gCo2ePerTeuKm) + " g CO2e/TEU-km (" + source + ")";
    }
  }

  private static final String ORDER_OF_MAGNITUDE = "assumption, order of magnitude from GLEC v3";

  private static final EmissionFactors GLEC_V3 = glecV3();

  private final ImmutableMap<EmissionClass, Factor> factors;
  private final double transshipmentKgCo2ePerTeu;
  private final String transshipmentSource;

  private EmissionFactors(
      Map<EmissionClass, Factor> factors,
      double transshipmentKgCo2ePerTeu,
      String transshipmentSource) {
    this.factors = Maps.immutableEnumMap(factors);
    this.transshipmentKgCo2ePerTeu = transshipmentKgCo2ePerTeu;
    this.transshipmentSource = transshipmentSource;
  }

  private static EmissionFactors glecV3() {
    Map<EmissionClass, Factor> f = new EnumMap<>(EmissionClass.class);
    // Container ships fall in intensity with size; GLEC v3's industry-average dry container is of
    // the order of 70-80 g CO2e/TEU-km, between the mid-size classes.
    ship(f, EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU, 180, "< 1,000");
    ship(f, EmissionClass.CONTAINER_SHIP_1000_TO_2999_TEU, 110, "1,000-2,999");
    ship(f, EmissionClass.CONTAINER_SHIP_3000_TO_7999_TEU, 75, "3,000-7,999");
    ship(f, EmissionClass.CONTAINER_SHIP_8000_TO_14499_TEU, 55, "8,000-14,499");
    ship(f, EmissionClass.CONTAINER_SHIP_14500_TEU_AND_OVER, 40, ">= 14,500");
    f.put(
        EmissionClass.RAIL_ELECTRIC,
        new Factor(
            gPerTeuKmFromGPerTonneKm(12, PAYLOAD_TONNES_PER_TEU),
            ORDER_OF_MAGNITUDE
                + ": 12 g CO2e/t-km electric container train on a European-average grid,"
                + " x 10 t/TEU; a coal-heavy grid is nearer diesel"));
    f.put(
        EmissionClass.RAIL_DIESEL,
        new Factor(
            gPerTeuKmFromGPerTonneKm(25, PAYLOAD_TONNES_PER_TEU),
            ORDER_OF_MAGNITUDE + ": 25 g CO2e/t-km diesel container train, x 10 t/TEU"));
    f.put(
        EmissionClass.TRUCK_ARTICULATED,
        new Factor(
            gPerTeuKmFromGPerTonneKm(80, PAYLOAD_TONNES_PER_TEU),
            ORDER_OF_MAGNITUDE
                + ": 80 g CO2e/t-km articulated truck, average load and empty running,"
                + " x 10 t/TEU"));
    f.put(
        EmissionClass.RO_PAX_FERRY,
        new Factor(
            gPerTeuKmFromGPerTonneKm(129.7, PAYLOAD_TONNES_PER_TEU),
            "GLEC Framework v3.0 (2023) Table 14, Ferry-RoPax 10,000-19,999 GT, VLSFO,"
                + " well-to-wake 0.1297 kg CO2e/t-km (as republished by Climatiq),"
                + " x 10 t/TEU"));
    f.put(
        EmissionClass.INLAND_BARGE,
        new Factor(
            gPerTeuKmFromGPerTonneKm(30, PAYLOAD_TONNES_PER_TEU),
            ORDER_OF_MAGNITUDE + ": 30 g CO2e/t-km inland container barge, x 10 t/TEU"));
    f.put(
        EmissionClass.AIR_FREIGHTER,
        new Factor(
            gPerTeuKmFromGPerTonneKm(800, PAYLOAD_TONNES_PER_TEU),
            ORDER_OF_MAGNITUDE + ": 800 g CO2e/t-km long-haul freighter, x 10 t/TEU"));
    return new EmissionFactors(
        f,
        15,
        ORDER_OF_MAGNITUDE
            + ": 15 kg CO2e per TEU transshipped, of the order of GLEC v3 default"
            + " container-terminal (logistics site) intensities");
  }

  private static void ship(
      Map<EmissionClass, Factor> f, EmissionClass c, double gCo2ePerTeuKm, String teu) {
    f.put(c, new Factor(gCo2ePerTeuKm, ORDER_OF_MAGNITUDE + ": container ship " + teu
        + " TEU, well-to-wake"));
  }

  /**
   * Returns the default factors: GLEC Framework v3.0 values where one could be read from a table,
   * assumptions of its order of magnitude otherwise; see each {@link Factor#source()}.
   *
   * <table>
   *   <caption>Default well-to-wake factors</caption>
   *   <tr><th>Class</th><th>g CO2e/TEU-km</th><th>Source</th></tr>
   *   <tr><td>container ship &lt; 1,000 TEU</td><td>180</td><td>assumption</td></tr>
   *   <tr><td>container ship 1,000-2,999 TEU</td><td>110</td><td>assumption</td></tr>
   *   <tr><td>container ship 3,000-7,999 TEU</td><td>75</td><td>assumption</td></tr>
   *   <tr><td>container ship 8,000-14,499 TEU</td><td>55</td><td>assumption</td></tr>
   *   <tr><td>container ship &gt;= 14,500 TEU</td><td>40</td><td>assumption</td></tr>
   *   <tr><td>rail, electric</td><td>120 (12 g/t-km)</td><td>assumption</td></tr>
   *   <tr><td>rail, diesel</td><td>250 (25 g/t-km)</td><td>assumption</td></tr>
   *   <tr><td>articulated truck</td><td>800 (80 g/t-km)</td><td>assumption</td></tr>
   *   <tr><td>Ro-Pax ferry</td><td>1297 (129.7 g/t-km)</td><td>GLEC v3.0 Table 14</td></tr>
   *   <tr><td>inland barge</td><td>300 (30 g/t-km)</td><td>assumption</td></tr>
   *   <tr><td>air freighter</td><td>8000 (800 g/t-km)</td><td>assumption</td></tr>
   *   <tr><td>transshipment</td><td>15 kg per TEU</td><td>assumption</td></tr>
   * </table>
   *
   * Per-tonne-km values are converted with {@link #PAYLOAD_TONNES_PER_TEU}.
   *
   * @return the defaults
   */
  public static EmissionFactors glecV3Defaults() {
    return GLEC_V3;
  }

  /**
   * Returns factors given for every class and for transshipment.
   *
   * @param factors a factor for every {@link EmissionClass}
   * @param transshipmentKgCo2ePerTeu kg CO2e per TEU transshipped, {@code >= 0} and at most {@link
   *     #MAX_TRANSSHIPMENT_KG_CO2E_PER_TEU}
   * @param transshipmentSource where that value comes from; not blank
   * @return the factors
   * @throws IllegalArgumentException if a class has no factor, or a value breaks its rule
   */
  public static EmissionFactors of(
      Map<EmissionClass, Factor> factors,
      double transshipmentKgCo2ePerTeu,
      String transshipmentSource) {
    checkNotNull(factors, "factors");
    checkNotNull(transshipmentSource, "transshipmentSource");
    Map<EmissionClass, Factor> copy = new EnumMap<>(EmissionClass.class);
    for (Map.Entry<EmissionClass, Factor> e : factors.entrySet()) {
      copy.put(
          checkNotNull(e.getKey(), "factors key"), checkNotNull(e.getValue(), "factors value"));
    }
    for (EmissionClass c : EmissionClass.values()) {
      if (!copy.containsKey(c)) {
        throw new IllegalArgumentException(
            "factors must have a factor for every emission class, was missing " + c);
      }
    }
    checkTransshipment(transshipmentKgCo2ePerTeu, transshipmentSource);
    return new EmissionFactors(copy, transshipmentKgCo2ePerTeu, transshipmentSource);
  }

  /**
   * Returns a copy with another factor for one class.
   *
   * @param emissionClass the class
   * @param gCo2ePerTeuKm grams of CO2e per TEU-km, {@code >= 0} and at most {@link
   *     #MAX_G_CO2E_PER_TEU_KM}
   * @param source where the value comes from; not blank
   * @return the copy
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public EmissionFactors withFactor(
      EmissionClass emissionClass, double gCo2ePerTeuKm, String source) {
    checkNotNull(emissionClass, "emissionClass");
    checkNotNull(source, "source");
    Map<EmissionClass, Factor> copy = new EnumMap<>(factors);
    copy.put(emissionClass, new Factor(gCo2ePerTeuKm, source));
    return new EmissionFactors(copy, transshipmentKgCo2ePerTeu, transshipmentSource);
  }

  /**
   * Returns a copy with another transshipment factor.
   *
   * @param kgCo2ePerTeu kg CO2e per TEU transshipped, {@code >= 0} and at most {@link
   *     #MAX_TRANSSHIPMENT_KG_CO2E_PER_TEU}
   * @param source where the value comes from; not blank
   * @return the copy
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public EmissionFactors withTransshipment(double kgCo2ePerTeu, String source) {
    checkNotNull(source, "source");
    checkTransshipment(kgCo2ePerTeu, source);
    return new EmissionFactors(factors, kgCo2ePerTeu, source);
  }

  private static void checkTransshipment(double kgCo2ePerTeu, String source) {
    Checks.nonNegativeAtMost(
        kgCo2ePerTeu, MAX_TRANSSHIPMENT_KG_CO2E_PER_TEU, "transshipmentKgCo2ePerTeu");
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "transshipmentSource must not be blank, was '" + source + "'");
    }
  }

  /**
   * Converts an intensity per tonne-km into one per TEU-km: {@code gCo2ePerTonneKm *
   * payloadTonnesPerTeu}.
   *
   * @param gCo2ePerTonneKm grams of CO2e per tonne-km, finite and {@code >= 0}
   * @param payloadTonnesPerTeu tonnes of cargo per loaded TEU, finite and {@code > 0} ({@link
   *     #PAYLOAD_TONNES_PER_TEU} by GLEC's default)
   * @return grams of CO2e per TEU-km, at most {@link #MAX_G_CO2E_PER_TEU_KM}
   * @throws IllegalArgumentException if a value breaks its rule, or the product is above {@link
   *     #MAX_G_CO2E_PER_TEU_KM}
   */
  public static double gPerTeuKmFromGPerTonneKm(
      double gCo2ePerTonneKm, double payloadTonnesPerTeu) {
    Checks.finiteNonNegative(gCo2ePerTonneKm, "gCo2ePerTonneKm");
    Checks.finitePositive(payloadTonnesPerTeu, "payloadTonnesPerTeu");
    return Checks.nonNegativeAtMost(
        gCo2ePerTonneKm * payloadTonnesPerTeu,
        MAX_G_CO2E_PER_TEU_KM,
        "gCo2ePerTonneKm * payloadTonnesPerTeu");
  }

  /**
   * Returns the factor of a class.
   *
   * @param emissionClass the class
   * @return the factor with its source
   */
  public Factor factor(EmissionClass emissionClass) {
    return factors.get(checkNotNull(emissionClass, "emissionClass"));
  }

  /**
   * Returns the intensity of a class, grams of CO2e per TEU-km.
   *
   * @param emissionClass the class
   * @return g CO2e per TEU-km, finite and {@code >= 0}
   */
  public double gCo2ePerTeuKm(EmissionClass emissionClass) {
    return factor(emissionClass).gCo2ePerTeuKm();
  }

  /**
   * Returns the intensity of a leg's class ({@link Leg#emissionClassOrDefault()}), grams of CO2e
   * per TEU-km.
   *
   * @param leg the leg
   * @return g CO2e per TEU-km, finite and {@code >= 0}
   */
  public double gCo2ePerTeuKm(Leg leg) {
    return gCo2ePerTeuKm(checkNotNull(leg, "leg").emissionClassOrDefault());
  }

  /**
   * Returns the CO2e of one transshipment (a change of mode or of rail gauge), kg per TEU.
   *
   * @return kg CO2e per TEU, finite and {@code >= 0}
   */
  public double transshipmentKgCo2ePerTeu() {
    return transshipmentKgCo2ePerTeu;
  }

  /**
   * Returns where the transshipment factor comes from.
   *
   * @return the source, not blank
   */
  public String transshipmentSource() {
    return transshipmentSource;
  }

  /** Factors are equal when every class's factor and the transshipment factor are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EmissionFactors)) {
      return false;
    }
    EmissionFactors e = (EmissionFactors) o;
    return factors.equals(e.factors)
        && Double.compare(transshipmentKgCo2ePerTeu, e.transshipmentKgCo2ePerTeu) == 0
        && transshipmentSource.equals(e.transshipmentSource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(factors, transshipmentKgCo2ePerTeu, transshipmentSource);
  }

  /** Returns e.g. {@code emission factors g CO2e/TEU-km {..., RAIL_DIESEL=250.0, ...}, ...}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("emission factors g CO2e/TEU-km {");
    String sep = "";
    for (Map.Entry<EmissionClass, Factor> e : factors.entrySet()) {
      b.append(sep).append(e.getKey()).append('=');
      b.append(Checks.format(e.getValue().gCo2ePerTeuKm()));
      sep = ", ";
    }
    return b.append("}, transshipment ")
        .append(Checks.format(transshipmentKgCo2ePerTeu))
        .append(" kg CO2e/TEU")
        .toString();
  }
}
