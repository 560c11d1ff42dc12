package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.kervan.internal.Checks;

/**
 * The EU Emissions Trading System as extended to maritime transport by Directive (EU) 2023/959
 * (amending Directive 2003/87/EC, Articles 3ga and 3gb), as a {@link CarbonPrice} on a corridor.
 *
 * <p>The rules modelled: a voyage between two ports of call in the EU/EEA is covered at 100%, a
 * voyage into or out of the EU/EEA (one end in it) at 50%, any other voyage at 0%; shipping
 * companies surrender allowances for a phase-in share of the covered emissions, 40% of those of
 * 2024, 70% of 2025 and 100% from 2026 on. The allowance price is the user's: for example USD 80
 * per tonne, an assumption of the order of EU allowance prices in 2024 (EUR 60-90), not a quote.
 * The price charged on a sea or ferry leg's well-to-wake CO2e is therefore
 *
 * <pre>
 *   legUsdPerTonne = allowancePriceUsdPerTonne * phaseInShare(year) * voyageShare(from, to)
 *                    * TANK_TO_WAKE_SHARE
 * </pre>
 *
 * since the ETS covers emissions on board (tank-to-wake), not those of fuel production.
 *
 * <p>At corridor level a voyage is a run of consecutive legs of one mode, {@link Mode#SEA} or
 * {@link Mode#FERRY}, between two ports of call: nodes other than waypoints and chokepoints
 * ({@link NodeKind#WAYPOINT}, {@link NodeKind#CHOKEPOINT}); a node with a country in {@link
 * #EU_EEA_COUNTRIES} is in the EU/EEA. Every leg of the voyage takes the voyage's share.
 *
 * <p>Simplified or left out: ships below 5,000 GT are exempt in law but every sea and ferry leg is
 * charged here; emissions at berth (100% covered in EU ports) are not modelled apart from the
 * voyage's per-km intensity; calls at neighbouring container transshipment ports outside the EU,
 * which the Directive does not count as ports of call, are counted; 2024-2025 cover CO2 only and
 * methane and nitrous oxide enter in 2026, while the factors here are CO2e throughout; the
 * outermost regions and island exemptions are not modelled; transshipment at terminals, rail, road
 * and inland waterways are not charged (they are outside maritime ETS). Because a leg's share
 * depends on the ports at both ends of its voyage, a router pricing the ETS step by step needs the
 * voyage's origin port in its search state; {@link #voyageShare} and {@link #phaseInShare} are the
 * primitive parts it would use.
 *
 * @param emissionsYear the year the emissions occur, {@code >= 2024}
 * @param allowancePriceUsdPerTonne the price of an allowance (one tonne), USD, {@code >= 0} and
 *     at most {@link CarbonPrice#MAX_USD_PER_TONNE}
 *     <p>This record is immutable and thread-safe.
 */
public record EuEtsMaritime(int emissionsYear, double allowancePriceUsdPerTonne)
    implements CarbonPrice {

  /** The first year of maritime emissions under the EU ETS. */
  public static final int FIRST_YEAR = 2024;

  /**
   * The ISO 3166-1 alpha-2 codes of the EU member states (27) and the other EEA states (Iceland,
   * Liechtenstein, Norway), to which the maritime ETS applies.
   */
  public static final Set<String> EU_EEA_COUNTRIES =
      ImmutableSet.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  /**
   * The tank-to-wake share of well-to-wake CO2e for ship fuel oil, 0.853: GLEC Framework v3.0
   * (2023) Table 14, Ferry-RoPax 10,000-19,999 GT on VLSFO, 0.1106 (tank-to-wake) over 0.1297
   * (well-to-wake) kg CO2e per tonne-km (as republished by Climatiq).
   */
  public static final double TANK_TO_WAKE_SHARE = 0.853;

  /**
   * Validates the components.
   *
   * @param emissionsYear the year of the emissions, {@code >= 2024}
   * @param allowancePriceUsdPerTonne USD per allowance (tonne), {@code >= 0} and at most {@link
   *     CarbonPrice#MAX_USD_PER_TONNE}
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public EuEtsMaritime {
    phaseInShare(emissionsYear); // validates the year
    Checks.nonNegativeAtMost(
        allowancePriceUsdPerTonne, MAX_USD_PER_TONNE, "allowancePriceUsdPerTonne");
  }

  /**
   * Returns the scheme for a year of emissions and an allowance price.
   *
   * @param emissionsYear the year of the emissions, {@code >= 2024}
   * @param allowancePriceUsdPerTonne USD per allowance (tonne), {@code >= 0} and at most {@link
   *     CarbonPrice#MAX_USD_PER_TONNE}
   * @return the scheme
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static EuEtsMaritime of(int emissionsYear, double allowancePriceUsdPerTonne) {
    return new EuEtsMaritime(emissionsYear, allowancePriceUsdPerTonne);
  }

  /**
   * Returns the share of a year's covered emissions for which allowances are surrendered: 0.4
   * for 2024, 0.7 for 2025, 1.0 from 2026 (Directive 2003/87/EC Article 3gb, as inserted by
   * Directive (EU) 2023/959).
   *
   * @param emissionsYear the year, {@code >= 2024}
   * @return the share
   * @throws IllegalArgumentException if the year is before 2024
   */
  public static double phaseInShare(int emissionsYear) {
    if (emissionsYear < FIRST_YEAR) {
      throw new IllegalArgumentException(
          "emissionsYear must be >= 2024 (the first year of maritime emissions under the EU ETS,"
              + " Directive (EU) 2023/959), was "
              + emissionsYear);
    }
    return emissionsYear == 2024 ? 0.4 : emissionsYear == 2025 ? 0.7 : 1.0;
  }

  /**
   * Returns the share of a voyage's emissions the scheme covers: 1.0 between two EU/EEA ports,
   * 0.5 with one end in the EU/EEA, 0 otherwise (Directive 2003/87/EC Article 3ga, as inserted by
   * Directive (EU) 2023/959).
   *
   * @param fromEuEea whether the voyage starts at an EU/EEA port of call
   * @param toEuEea whether it ends at one
   * @return the share
   */
  public static double voyageShare(boolean fromEuEea, boolean toEuEea) {
    return fromEuEea && toEuEea ? 1.0 : fromEuEea || toEuEea ? 0.5 : 0.0;
  }

  /**
   * Tells whether a node is in the EU/EEA, by its country.
   *
   * @param node the node
   * @return whether its country is in {@link #EU_EEA_COUNTRIES}; false for a node at sea
   */
  public static boolean isEuEea(Node node) {
    checkNotNull(node, "node");
    return node.country().map(EU_EEA_COUNTRIES::contains).orElse(false);
  }

  @Override
  public double[] legUsdPerTonne(Corridor corridor) {
    checkNotNull(corridor, "corridor");
    List<Leg> legs = corridor.legs();
    List<Node> nodes = corridor.nodes();
    double perCoveredTonne =
        allowancePriceUsdPerTonne * phaseInShare(emissionsYear) * TANK_TO_WAKE_SHARE;
    double[] out = new double[legs.size()];
    int i = 0;
    while (i < legs.size()) {
      Mode mode = legs.get(i).mode();
      if (mode != Mode.SEA && mode != Mode.FERRY) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < legs.size()
          && legs.get(last + 1).mode() == mode
          && !isPortOfCall(nodes.get(last + 1))) {
        last++;
      }
      double price =
          perCoveredTonne * voyageShare(isEuEea(nodes.get(i)), isEuEea(nodes.get(last + 1)));
      for (int k = i; k <= last; k++) {
        out[k] = price;
      }
      i = last + 1;
    }
    return out;
  }

  private static boolean isPortOfCall(Node node) {
    return node.kind() != NodeKind.WAYPOINT && node.kind() != NodeKind.CHOKEPOINT;
  }

  /** Terminal handling is outside the maritime ETS: returns 0. */
  @Override
  public double nodeUsdPerTonne(Node node) {
    checkNotNull(node, "node");
    return 0.0;
  }

  /** Returns e.g. {@code EU ETS maritime 2025 (phase-in 70%), 80.0 USD/t}. */
  @Override
  public String toString() {
    return "EU ETS maritime "
        + emissionsYear
        + " (phase-in "
        + Checks.fixed(100 * phaseInShare(emissionsYear), 0)
        + "%), "
        + Checks.format(allowancePriceUsdPerTonne)
        + " USD/t";
  }
}
