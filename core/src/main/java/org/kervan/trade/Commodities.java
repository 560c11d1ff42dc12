package org.kervan.trade;

import com.google.common.collect.ImmutableMap;
import java.util.List;

/**
 * Commodity groups for the trade-cost bridge, each with the value of the goods in a loaded TEU
 * and a daily time cost, and where both come from.
 *
 * <p>Hummels &amp; Schaur (2013, AER 103(7)) estimate that a day in transit is worth 0.6–2.1% of
 * the goods' value, highest for parts and components; Hummels (2001) about 0.8% for
 * manufactures. Sector-specific values inside that range are mapped here by assumption (the
 * source string of each says so), as de Soyres, Mulabdic, Murray, Rocha &amp; Ruta (2020, Fed
 * IFDP 1274) map sectoral values of time to corridors. No public source gives the value per TEU
 * by HS section; those values are assumptions of the right order of magnitude, stated as tonnes
 * per TEU times USD per kg, and should be replaced by a user's own figures for serious work
 * ({@link Commodity#of}).
 *
 * <p>This class holds constants only; they are immutable and thread-safe.
 */
public final class Commodities {
  private Commodities() {}

  /** Manufactures on average: 0.8% a day (Hummels 2001); USD 50,000 per TEU (assumption). */
  public static final Commodity MANUFACTURES =
      Commodity.of(
          "manufactures, average",
          50_000,
          0.008,
          "time cost: Hummels 2001, about 0.8% of value per day for manufactures; value:"
              + " assumption, about 10 t of goods at USD 5/kg per loaded TEU");

  /**
   * Machinery and electrical equipment, HS 84–85: 2.1% a day, the top of the Hummels &amp; Schaur
   * (2013) range, where they find parts and components (assumption: the mapping); USD 100,000
   * per TEU (assumption).
   */
  public static final Commodity MACHINERY_ELECTRICAL =
      Commodity.of(
          "machinery and electrical (HS 84-85)",
          100_000,
          0.021,
          "time cost: assumption, the top of the 0.6-2.1%/day range of Hummels & Schaur 2013,"
              + " who find parts and components most time-sensitive; value: assumption, about 8 t"
              + " at USD 12.5/kg per loaded TEU");

  /**
   * Textiles and apparel, HS 50–63: 1.35% a day, the midpoint of the Hummels &amp; Schaur (2013)
   * range (assumption: the mapping); USD 60,000 per TEU (assumption).
   */
  public static final Commodity TEXTILES_APPAREL =
      Commodity.of(
          "textiles and apparel (HS 50-63)",
          60_000,
          0.0135,
          "time cost: assumption, the midpoint of the 0.6-2.1%/day range of Hummels & Schaur"
              + " 2013 (seasonal goods); value: assumption, about 6 t at USD 10/kg per loaded TEU");

  /**
   * Chemicals, HS 28–38: 0.6% a day, the bottom of the Hummels &amp; Schaur (2013) range
   * (assumption: the mapping); USD 40,000 per TEU (assumption).
   */
  public static final Commodity CHEMICALS =
      Commodity.of(
          "chemicals (HS 28-38)",
          40_000,
          0.006,
          "time cost: assumption, the bottom of the 0.6-2.1%/day range of Hummels & Schaur 2013;"
              + " value: assumption, about 15 t at USD 2.7/kg per loaded TEU");

  /**
   * Agricultural and food products, HS 01–24: 1.35% a day (assumption: the midpoint of the
   * Hummels &amp; Schaur range); USD 30,000 per TEU (assumption).
   */
  public static final Commodity AGRI_FOOD =
      Commodity.of(
          "agricultural and food products (HS 01-24)",
          30_000,
          0.0135,
          "time cost: assumption, the midpoint of the 0.6-2.1%/day range of Hummels & Schaur"
              + " 2013; value: assumption, about 20 t at USD 1.5/kg per loaded TEU");

  /**
   * Refined copper, HS 74: 0.6% a day (assumption: a storable commodity at the bottom of the
   * Hummels &amp; Schaur range); 25 t per TEU (assumption) at about USD 8,500 per tonne (LME
   * copper, 2023 average, rounded).
   */
  public static final Commodity COPPER =
      Commodity.of(
          "refined copper (HS 74)",
          25 * 8_500,
          0.006,
          "time cost: assumption, the bottom of the 0.6-2.1%/day range of Hummels & Schaur 2013;"
              + " value: LME copper about USD 8,500/t (2023 average, rounded) times 25 t per TEU"
              + " (assumption, near a TEU's maximum payload)");

  /** Every preset above, in that order. */
  public static final List<Commodity> ALL =
      List.of(MANUFACTURES, MACHINERY_ELECTRICAL, TEXTILES_APPAREL, CHEMICALS, AGRI_FOOD, COPPER);

  /**
   * Every preset by the name of its constant ({@code "MANUFACTURES"}, ...), in the order of
   * {@link #ALL}: the names a command line or a sweep table uses. Immutable.
   */
  public static final ImmutableMap<String, Commodity> BY_NAME =
      ImmutableMap.<String, Commodity>builder()
          .put("MANUFACTURES", MANUFACTURES)
          .put("MACHINERY_ELECTRICAL", MACHINERY_ELECTRICAL)
          .put("TEXTILES_APPAREL", TEXTILES_APPAREL)
          .put("CHEMICALS", CHEMICALS)
          .put("AGRI_FOOD", AGRI_FOOD)
          .put("COPPER", COPPER)
          .buildOrThrow();
}
