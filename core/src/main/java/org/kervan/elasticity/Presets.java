package org.kervan.elasticity;

import java.util.EnumSet;
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

  private static final Citation SIMONOVSKA_WAUGH =
      Citation.of(
          "Simonovska & Waugh", 2014, "The Elasticity of Trade: Estimates and Evidence",
          "Journal of International Economics 92(1)");
  private static final Citation HEAD_MAYER =
      Citation.of(
          "Head & Mayer", 2014, "Gravity Equations: Workhorse, Toolkit, and Cookbook",
          "Handbook of International Economics, vol. 4, ch. 3");
  private static final Citation YOTOV_ET_AL =
      Citation.of(
          "Yotov, Piermartini, Monteiro & Larch", 2016,
          "An Advanced Guide to Trade Policy Analysis: The Structural Gravity Model",
          "WTO/UNCTAD");

  /**
   * Djankov, Freund &amp; Pham (2010): each extra day before shipment cuts trade by at least 1%;
   * per-day semi-elasticity {@code beta = 0.01}, a single (lower-bound) value. Their days are the
   * Doing Business "time to export", from factory gate to ship: inland transport and handling,
   * customs and border, port and terminal handling; applied here to {@link
   * TimeComponent#LAND_RUNNING}, {@link TimeComponent#TRANSFER}, {@link TimeComponent#BORDER} and
   * {@link TimeComponent#DWELL}, never to days at sea.
   */
  public static final Preset<PerDaySemiElasticity> DJANKOV_FREUND_PHAM_2010 =
      new Preset<>(
          "DJANKOV_FREUND_PHAM_2010",
          DJANKOV_FREUND_PHAM,
          "at least 1% per day; one day is worth about 70 km of distance",
          List.of(ParameterRange.point("beta", 0.01)),
          EnumSet.of(
              TimeComponent.LAND_RUNNING,
              TimeComponent.TRANSFER,
              TimeComponent.BORDER,
              TimeComponent.DWELL),
          "days from factory gate to ship (Doing Business time to export: inland transport,"
              + " customs, port handling); not days at sea",
          p -> PerDaySemiElasticity.of(p[0], DJANKOV_FREUND_PHAM),
          (p, x0, x1) -> PerDaySemiElasticity.multiplierOf(p[0], x0, x1));

  /**
   * Freund &amp; Rocha (2011): one day less <em>inland</em> transit raises exports 7%, {@code beta
   * = 0.07}; applied to {@link TimeComponent#LAND_RUNNING} only (their inland-transit component of
   * Doing Business time to export; documents and port handling were not significant).
   */
  public static final Preset<PerDaySemiElasticity> FREUND_ROCHA_2011_INLAND =
      new Preset<>(
          "FREUND_ROCHA_2011_INLAND",
          FREUND_ROCHA,
          "inland transit days only; worth a 1.5-2 point tariff cut",
          List.of(ParameterRange.point("beta", 0.07)),
          EnumSet.of(TimeComponent.LAND_RUNNING),
          "inland transit days (rail and road running time)",
          p -> PerDaySemiElasticity.of(p[0], FREUND_ROCHA),
          (p, x0, x1) -> PerDaySemiElasticity.multiplierOf(p[0], x0, x1));

  /**
   * Hummels &amp; Schaur (2013): each day in ocean transit is worth 0.6–2.1% ad valorem ({@code
   * tau}, central 1.35%, the midpoint), times a trade elasticity {@code theta} 4 (Simonovska &amp;
   * Waugh 2014) to 5 (central 4.5), compounding form; applied to {@link TimeComponent#SAILING}
   * only, the days their estimate values. Parameters in order: {@code tau}, {@code theta}.
   */
  public static final Preset<TariffEquivalentElasticity> HUMMELS_SCHAUR_2013 =
      new Preset<>(
          "HUMMELS_SCHAUR_2013",
          HUMMELS_SCHAUR,
          "tau 0.6-2.1% per day, central 1.35% is the midpoint; " + THETA_NOTE,
          List.of(
              ParameterRange.of("tau", 0.006, 0.0135, 0.021),
              ParameterRange.of("theta", 4, 4.5, 5)),
          EnumSet.of(TimeComponent.SAILING),
          "days in ocean transit (US imports by vessel, Hummels & Schaur 2013)",
          p -> TariffEquivalentElasticity.compounding(p[0], p[1], HUMMELS_SCHAUR),
          (p, x0, x1) -> TariffEquivalentElasticity.compoundingMultiplierOf(p[0], p[1], x0, x1));

  /**
   * {@link #HUMMELS_SCHAUR_2013} in the ad valorem form {@code
   * ((1+tau*x1)/(1+tau*x0))^(-theta)}, with no other trade costs ({@code a = 0}; set them with
   * {@link TariffEquivalentElasticity#withOtherAdValorem}); same parameters and days.
   */
  public static final Preset<TariffEquivalentElasticity> HUMMELS_SCHAUR_2013_AD_VALOREM =
      new Preset<>(
          "HUMMELS_SCHAUR_2013_AD_VALOREM",
          HUMMELS_SCHAUR,
          "tau 0.6-2.1% per day, central 1.35% is the midpoint; " + THETA_NOTE,
          List.of(
              ParameterRange.of("tau", 0.006, 0.0135, 0.021),
              ParameterRange.of("theta", 4, 4.5, 5)),
          EnumSet.of(TimeComponent.SAILING),
          "days in ocean transit (US imports by vessel, Hummels & Schaur 2013)",
          p -> TariffEquivalentElasticity.adValorem(p[0], p[1], HUMMELS_SCHAUR),
          (p, x0, x1) -> TariffEquivalentElasticity.adValoremMultiplierOf(p[0], p[1], x0, x1));

  /**
   * Hummels (2001): a day in transit is worth about 0.8% ad valorem for manufactures, times
   * {@code theta} 4 to 5 (central 4.5), compounding form; applied to {@link
   * TimeComponent#SAILING} (ocean shipping days). Parameters: {@code tau}, {@code theta}.
   */
  public static final Preset<TariffEquivalentElasticity> HUMMELS_2001_MANUFACTURES =
      new Preset<>(
          "HUMMELS_2001_MANUFACTURES",
          HUMMELS,
          "manufactures; " + THETA_NOTE,
          List.of(ParameterRange.point("tau", 0.008), ParameterRange.of("theta", 4, 4.5, 5)),
          EnumSet.of(TimeComponent.SAILING),
          "days in ocean shipping",
          p -> TariffEquivalentElasticity.compounding(p[0], p[1], HUMMELS),
          (p, x0, x1) -> TariffEquivalentElasticity.compoundingMultiplierOf(p[0], p[1], x0, x1));

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
          EnumSet.noneOf(TimeComponent.class),
          "a distance elasticity: no days",
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
          EnumSet.noneOf(TimeComponent.class),
          "a cost elasticity: takes trade-cost factors, not days",
          p -> CostElasticity.of(p[0], LIMAO_VENABLES));

  /**
   * Trade elasticity {@code theta = 4} of Simonovska &amp; Waugh (2014, JIE 92(1)), whose
   * simulated-method-of-moments estimates lie around 4 (about 4.1 to 4.4 in their table of
   * models), as a cost elasticity {@code X1/X0 = (t1/t0)^(-theta)} of the trade-cost factor {@code
   * t}. Range 4 to 4.5 (their range of estimates, rounded); for the trade-cost bridge.
   */
  public static final Preset<CostElasticity> SIMONOVSKA_WAUGH_2014_TRADE =
      new Preset<>(
          "SIMONOVSKA_WAUGH_2014_TRADE",
          SIMONOVSKA_WAUGH,
          "theta about 4 (range 4-4.5 across their estimated models, rounded)",
          List.of(ParameterRange.of("eps_t", -4, -4, -4.5)),
          EnumSet.noneOf(TimeComponent.class),
          "a trade-cost elasticity: takes trade-cost factors, not days",
          p -> CostElasticity.of(p[0], SIMONOVSKA_WAUGH));

  /**
   * Trade elasticity {@code theta = 5.03}, the median of the structural gravity estimates of the
   * elasticity of trade to trade costs surveyed by Head &amp; Mayer (2014, Handbook of
   * International Economics vol. 4, table 5), as a cost elasticity {@code (t1/t0)^(-theta)}; range
   * 4 (Simonovska &amp; Waugh 2014) to 6.74 (the survey's mean). For the trade-cost bridge.
   */
  public static final Preset<CostElasticity> HEAD_MAYER_2014_TRADE =
      new Preset<>(
          "HEAD_MAYER_2014_TRADE",
          HEAD_MAYER,
          "median 5.03 of structural estimates; range 4 (Simonovska & Waugh 2014) to the"
              + " survey's mean 6.74",
          List.of(ParameterRange.of("eps_t", -4, -5.03, -6.74)),
          EnumSet.noneOf(TimeComponent.class),
          "a trade-cost elasticity: takes trade-cost factors, not days",
          p -> CostElasticity.of(p[0], HEAD_MAYER));

  /**
   * Trade elasticity {@code theta = sigma - 1 = 6} from the elasticity of substitution {@code
   * sigma = 7} that Yotov, Piermartini, Monteiro &amp; Larch (2016, ch. 2) use in their
   * general-equilibrium applications, as a cost elasticity {@code (t1/t0)^(-theta)}. A single
   * value. For the trade-cost bridge.
   */
  public static final Preset<CostElasticity> YOTOV_2016_SIGMA_7 =
      new Preset<>(
          "YOTOV_2016_SIGMA_7",
          YOTOV_ET_AL,
          "sigma = 7, so theta = sigma - 1 = 6",
          List.of(ParameterRange.point("eps_t", -6)),
          EnumSet.noneOf(TimeComponent.class),
          "a trade-cost elasticity: takes trade-cost factors, not days",
          p -> CostElasticity.of(p[0], YOTOV_ET_AL));

  /**
   * The presets that map transit days to trade, in the order above. The Djankov, Freund &amp;
   * Pham "time-sensitive farm goods, about 6% per day" figure (2006 working paper) is a
   * <em>relative</em> effect, time-sensitive against time-insensitive goods, not the effect on
   * the level of a flow, and is deliberately not a preset.
   */
  public static final List<Preset<? extends ElasticityFunction>> TIME_PRESETS =
      List.of(
          DJANKOV_FREUND_PHAM_2010,
          FREUND_ROCHA_2011_INLAND,
          HUMMELS_SCHAUR_2013,
          HUMMELS_SCHAUR_2013_AD_VALOREM,
          HUMMELS_2001_MANUFACTURES);

  /** The trade-cost elasticities for the trade-cost bridge, in the order above. */
  public static final List<Preset<CostElasticity>> TRADE_COST_PRESETS =
      List.of(SIMONOVSKA_WAUGH_2014_TRADE, HEAD_MAYER_2014_TRADE, YOTOV_2016_SIGMA_7);

  private Presets() {}
}
