package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kervan.elasticity.TimeComponent;
import org.kervan.gravity.CostChange;
import org.kervan.network.Corridor;

/**
 * From routed corridors to a general-equilibrium counterfactual: for each country pair, the
 * corridor its trade uses in the baseline and in the scenario give, through the trade-cost bridge
 * ({@link TradeCostChange}), the {@code Δ ln t_ij} that {@link
 * org.kervan.gravity.GeneralEquilibrium} takes. So "IMEC as planned instead of Suez" for India's
 * trade with Europe is one {@link CostChange}, and one call to {@code
 * GeneralEquilibrium.defaults().fullEndowment(baseline, change)} gives per-country real GDP.
 *
 * <p>Country labels are those of the gravity baseline (ISO 3166-1 alpha-3 in the Yotov et al.
 * data, where Germany is {@code ZZZ}); {@link #iso3(String)} maps the network's alpha-2 codes.
 * All days of both corridors count ({@link TimeComponent#all()}), as de Soyres et al. (2020) use
 * the door-to-door shipment time; pairs not set keep their trade costs.
 *
 * <p>The builder is not thread-safe; the {@link CostChange} it builds is immutable.
 */
public final class CorridorCostChanges {
  private final Commodity commodity;
  private final double otherAdValorem;
  private final Map<String, TradeCostChange> changes = new LinkedHashMap<>();
  private final CostChange.Builder builder = CostChange.builder();

  private CorridorCostChanges(Commodity commodity, double otherAdValorem) {
    this.commodity = checkNotNull(commodity, "commodity");
    this.otherAdValorem = otherAdValorem;
  }

  /**
   * Starts a set of pair changes for one commodity and no other ad valorem costs.
   *
   * @param commodity the goods whose value per TEU and time cost price the corridors
   * @return an empty builder
   */
  public static CorridorCostChanges forCommodity(Commodity commodity) {
    return new CorridorCostChanges(commodity, 0);
  }

  /**
   * Sets the change of one directed pair: its trade moves from {@code baseline} to {@code
   * scenario}, {@code Δ ln t = ln(t_scenario / t_baseline)}.
   *
   * @param exporter the exporter's label in the gravity baseline
   * @param importer the importer's label
   * @param baseline the corridor the pair's trade uses in the baseline (the observed state)
   * @param scenario the corridor it uses in the scenario
   * @return this builder
   * @throws IllegalArgumentException if the pair was set before
   */
  public CorridorCostChanges pair(
      String exporter, String importer, Corridor baseline, Corridor scenario) {
    checkNotNull(exporter, "exporter");
    checkNotNull(importer, "importer");
    TradeCostChange c =
        TradeCostChange.between(commodity, baseline, scenario, TimeComponent.all(), otherAdValorem);
    builder.set(exporter, importer, c.deltaLnTradeCost());
    changes.put(exporter + "→" + importer, c);
    return this;
  }

  /**
   * Sets both directions of a pair to the same corridors, {@link #pair} each way.
   *
   * @param a one country's label
   * @param b the other's
   * @param baseline the corridor in the baseline
   * @param scenario the corridor in the scenario
   * @return this builder
   * @throws IllegalArgumentException if a direction was set before
   */
  public CorridorCostChanges bothWays(String a, String b, Corridor baseline, Corridor scenario) {
    return pair(a, b, baseline, scenario).pair(b, a, baseline, scenario);
  }

  /**
   * Returns the bridge's result per directed pair so far, keyed {@code exporter→importer}.
   *
   * @return an immutable copy
   */
  public Map<String, TradeCostChange> changes() {
    return Map.copyOf(changes);
  }

  /**
   * Returns the cost change for the general-equilibrium counterfactual.
   *
   * @return the change
   */
  public CostChange build() {
    return builder.build();
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code of an alpha-2 code, e.g. {@code IN -> IND}, from the JDK's
   * locale data.
   *
   * @param iso2 an ISO 3166-1 alpha-2 code
   * @return the alpha-3 code
   * @throws IllegalArgumentException if the JDK knows no alpha-3 code for it
   */
  public static String iso3(String iso2) {
    checkNotNull(iso2, "iso2");
    try {
      String iso3 = new java.util.Locale("", iso2).getISO3Country();
      if (iso3.isEmpty()) {
        throw new IllegalArgumentException(
            "iso2 must be an ISO 3166-1 alpha-2 code, was '" + iso2 + "'");
      }
      return iso3;
    } catch (java.util.MissingResourceException e) {
      throw new IllegalArgumentException(
          "iso2 must be an ISO 3166-1 alpha-2 code, was '" + iso2 + "'", e);
    }
  }
}
