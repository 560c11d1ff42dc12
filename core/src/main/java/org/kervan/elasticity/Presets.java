package org.kervan.elasticity;

import java.util.List;

/**
 * Published elasticities, each with its citation and, where the literature gives one, its range
 * ({@link Preset#low()}, {@link Preset#central()}, {@link Preset#high()}).
 *
 * <p>Where a source gives a range without a central value, the central value is the midpoint and
 * the preset's {@link Preset#note() note} says so. The often repeated "10% less transit time gives
 * 20% more trade" has no findable published source and is deliberately not a preset: state it as
 * a {@link Claim} and {@link Calibration calibrate} it.
 *
 * <p>This class holds constants only; they are immutable and thread-safe.
 */
public final class Presets {

  private static final Citation DJANKOV_FREUND_PHAM =
      Citation.of(
          "Djankov, Freund & Pham", 2010, "Trading on Time",
          "Review of Economics and Statistics 92(1)");
  private static final Citation FREUND_ROCHA =
      Citation.of(
          "Freund & Rocha", 2011, "What Constrains Africa's Exports?",
          "World Bank Economic Review 25(3)");
  private static final Citation HUMMELS_SCHAUR =
      Citation.of(
          "Hummels & Schaur", 2013, "Time as a Trade Barrier", "American Economic Review 103(7)");
  private static final Citation HUMMELS =
      Citation.of(
          "Hummels", 2001, "Time as a Trade Barrier", "GTAP Working Paper 18, Purdue University");
  private static final Citation DISDIER_HEAD =
      Citation.of(
          "Disdier & Head", 2008,
          "The Puzzling Persistence of the Distance Effect on Bilateral Trade",
          "Review of Economics and Statistics 90(1)");
  private static final Citation LIMAO_VENABLES =
      Citation.of(
          "Limão & Venables", 2001,
          "Infrastructure, Geographical Disadvantage, Transport Costs, and Trade",
          "World Bank Economic Review 15(3)");

  private static final String THETA_NOTE =
      "theta 4 (Simonovska & Waugh 2014, Journal of International Economics 92(1)) to 5"
          + " (product-level tariff elasticities); central theta 4.5 is the midpoint";

  /**
   * Djankov, Freund &amp; Pham (2010): each extra day before shipment cuts trade by at least 1%;
   * per-day semi-elasticity {@code beta = 0.01}, a single (lower-bound) value.
   */
  public static final Preset<PerDaySemiElasticity> DJANKOV_FREUND_PHAM_2010 =
      new Preset<>(
          "DJANKOV_FREUND_PHAM_2010",
          DJANKOV_FREUND_PHAM,
          "at least 1% per day; one day is worth about 70 km of distance",
          List.of(ParameterRange.point("beta", 0.01)),
          p -> PerDaySemiElasticity.of(p[0], DJANKOV_FREUND_PHAM));

  /**
   * Djankov, Freund &amp; Pham (2010), time-sensitive farm goods: about 6% per day, {@code beta =
   * 0.06}.
   */
  public static final Preset<PerDaySemiElasticity> DJANKOV_FREUND_PHAM_2010_FARM =
      new Preset<>(
          "DJANKOV_FREUND_PHAM_2010_FARM",
          DJANKOV_FREUND_PHAM,
          "time-sensitive agricultural goods",
          List.of(ParameterRange.point("beta", 0.06)),
          p -> PerDaySemiElasticity.of(p[0], DJANKOV_FREUND_PHAM));

  /**
   * Freund &amp; Rocha (2011): one day less <em>inland</em> transit raises exports 7%, {@code beta
   * = 0.07}; apply it to inland time only.
   */
  public static final Preset<PerDaySemiElasticity> FREUND_ROCHA_2011_INLAND =
      new Preset<>(
          "FREUND_ROCHA_2011_INLAND",
          FREUND_ROCHA,
          "inland transit days only; worth a 1.5-2 point tariff cut",
          List.of(ParameterRange.point("beta", 0.07)),
          p -> PerDaySemiElasticity.of(p[0], FREUND_ROCHA));

  /**
   * Hummels &amp; Schaur (2013): each day in transit is worth 0.6–2.1% ad valorem ({@code tau},
   * central 1.35%, the midpoint), times a trade elasticity {@code theta} 4 (Simonovska &amp; Waugh
   * 2014) to 5 (central 4.5), compounding form. Parameters in order: {@code tau}, {@code theta}.
   */
  public static final Preset<TariffEquivalentElasticity> HUMMELS_SCHAUR_2013 =
      new Preset<>(
          "HUMMELS_SCHAUR_2013",
          HUMMELS_SCHAUR,
          "tau 0.6-2.1% per day, central 1.35% is the midpoint; " + THETA_NOTE,
          List.of(
              ParameterRange.of("tau", 0.006, 0.0135, 0.021),
              ParameterRange.of("theta", 4, 4.5, 5)),
          p -> TariffEquivalentElasticity.compounding(p[0], p[1], HUMMELS_SCHAUR));

  /**
   * {@link #HUMMELS_SCHAUR_2013} in the additive form {@code (1+tau*(x1-x0))^(-theta)}; same
   * parameters.
   */
  public static final Preset<TariffEquivalentElasticity> HUMMELS_SCHAUR_2013_ADDITIVE =
      new Preset<>(
          "HUMMELS_SCHAUR_2013_ADDITIVE",
          HUMMELS_SCHAUR,
          "tau 0.6-2.1% per day, central 1.35% is the midpoint; " + THETA_NOTE,
          List.of(
              ParameterRange.of("tau", 0.006, 0.0135, 0.021),
              ParameterRange.of("theta", 4, 4.5, 5)),
          p -> TariffEquivalentElasticity.additive(p[0], p[1], HUMMELS_SCHAUR));

  /**
   * Hummels (2001): a day in transit is worth about 0.8% ad valorem for manufactures, times
   * {@code theta} 4 to 5 (central 4.5), compounding form. Parameters: {@code tau}, {@code theta}.
   */
  public static final Preset<TariffEquivalentElasticity> HUMMELS_2001_MANUFACTURES =
      new Preset<>(
          "HUMMELS_2001_MANUFACTURES",
          HUMMELS,
          "manufactures; " + THETA_NOTE,
          List.of(ParameterRange.point("tau", 0.008), ParameterRange.of("theta", 4, 4.5, 5)),
          p -> TariffEquivalentElasticity.compounding(p[0], p[1], HUMMELS));

  /**
   * Distance elasticity {@code -0.9} (Disdier &amp; Head 2008 meta-analysis), with the range
   * {@code -0.9} to {@code -1.5} of Overman, Redding &amp; Venables (2003): 10% more distance, 9–15%
   * less trade.
   */
  public static final Preset<DistanceElasticity> DISDIER_HEAD_2008_DISTANCE =
      new Preset<>(
          "DISDIER_HEAD_2008_DISTANCE",
          DISDIER_HEAD,
          "range -0.9..-1.5 from Overman, Redding & Venables 2003, The Economic Geography of"
              + " Trade, Production and Income: A Survey of Empirics, Handbook of International"
              + " Trade",
          List.of(ParameterRange.of("eps_d", -0.9, -0.9, -1.5)),
          p -> DistanceElasticity.of(p[0], DISDIER_HEAD));

  /**
   * Limão &amp; Venables (2001): elasticity of trade with respect to the trade-cost factor about
   * {@code -3} ({@code -2.5} in the 1999 working paper). A <em>cost</em> elasticity, not a time
   * elasticity: see {@link CostElasticity}.
   */
  public static final Preset<CostElasticity> LIMAO_VENABLES_2001_COST =
      new Preset<>(
          "LIMAO_VENABLES_2001_COST",
          LIMAO_VENABLES,
          "a cost elasticity, not a time elasticity; -2.5 in the 1999 working paper",
          List.of(ParameterRange.of("eps_t", -2.5, -3, -3)),
          p -> CostElasticity.of(p[0], LIMAO_VENABLES));

  /** The presets that map transit days to trade, in the order above. */
  public static final List<Preset<? extends ElasticityFunction>> TIME_PRESETS =
      List.of(
          DJANKOV_FREUND_PHAM_2010,
          DJANKOV_FREUND_PHAM_2010_FARM,
          FREUND_ROCHA_2011_INLAND,
          HUMMELS_SCHAUR_2013,
          HUMMELS_SCHAUR_2013_ADDITIVE,
          HUMMELS_2001_MANUFACTURES);

  private Presets() {}
}
