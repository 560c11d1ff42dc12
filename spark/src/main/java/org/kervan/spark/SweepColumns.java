package org.kervan.spark;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;

/**
 * The column names and types of a {@link Sweep}'s requests and results. Names are lower-case
 * snake case with their unit last ({@code _usd}, {@code _days}, {@code _kg}).
 *
 * <p><b>Requests.</b> {@link #ORIGIN}, {@link #DESTINATION} and {@link #SCENARIO} (strings) and
 * {@link #FLOW_USD} (a number) are required; the others may be absent from the data set or null
 * in a row: {@link #CRITERION} ({@code TIME} when null; {@code COST}, {@code GENERALISED_COST},
 * {@code CO2E}, any case), {@link #VALUE_OF_TIME} (USD per TEU per day, required by {@code
 * GENERALISED_COST}), {@link #AVOID} (an array of strings, or one string joined by {@code |} as
 * in CSV: ISO country codes, chokepoint ids such as {@code CP_SUEZ}, node ids), {@link #COMMODITY}
 * ({@code MANUFACTURES} when null; a constant name of {@link org.kervan.trade.Commodities}),
 * {@link #DRAWS} (Monte Carlo draws per row, 0 when null, at most {@link
 * org.kervan.trade.GainMonteCarlo#MAX_DRAWS}) and {@link #DRAW_SEED} (a long, required when draws
 * &gt; 0). Other columns are dropped.
 *
 * <p><b>Results.</b> One row per request: the request columns above (normalised types), then
 * {@link #STATUS} ({@code OK}, {@code NO_ROUTE} or {@code ERROR}) and {@link #ERROR} (null when
 * {@code OK}), then the scenario corridor's totals and breakdown ({@link #corridorColumns()}),
 * the baseline corridor's total days, cost and CO2e, and for each time preset of {@link
 * Presets#TIME_PRESETS} its nominal multiplier and gain and, when draws &gt; 0, the mean, 5th and
 * 95th percentile of the Monte Carlo gain; then {@link #DELTA_LN_TRADE_COST} of the trade-cost
 * bridge for the commodity and each trade-cost preset's multiplier and gain ({@link
 * Presets#TRADE_COST_PRESETS}). Preset columns are named by the preset in lower case, e.g. {@code
 * hummels_schaur_2013_gain_usd}. Numbers are null where they do not apply (a non-OK row, no
 * draws, or a preset with no value for the corridors' days).
 *
 * <p>This class holds constants only.
 */
public final class SweepColumns {
  /** Request: origin node id. */
  public static final String ORIGIN = "origin";
  /** Request: destination node id. */
  public static final String DESTINATION = "destination";
  /** Request: scenario name, one of {@link Scenarios#names()}. */
  public static final String SCENARIO = "scenario";
  /** Request: what the router minimises. */
  public static final String CRITERION = "criterion";
  /** Request: value of time for {@code GENERALISED_COST}, USD per TEU per day. */
  public static final String VALUE_OF_TIME = "value_of_time_usd_per_teu_day";
  /** Request: ids to avoid. */
  public static final String AVOID = "avoid";
  /** Request: goods for the trade-cost bridge. */
  public static final String COMMODITY = "commodity";
  /** Request: the flow observed under the baseline corridor, USD per year, finite and &gt;= 0. */
  public static final String FLOW_USD = "flow_usd";
  /** Request: Monte Carlo draws of this row. */
  public static final String DRAWS = "draws";
  /** Request: the seed of this row's Monte Carlo generator. */
  public static final String DRAW_SEED = "draw_seed";
  /** Result: {@code OK}, {@code NO_ROUTE} or {@code ERROR}. */
  public static final String STATUS = "status";
  /** Result: what was wrong with the row, or null. */
  public static final String ERROR = "error";
  /** Result: the trade-cost bridge's {@code Δ ln t} from the baseline to the scenario corridor. */
  public static final String DELTA_LN_TRADE_COST = "delta_ln_trade_cost";

  private static final List<String> CORRIDOR =
      ImmutableList.of(
          "total_days",
          "running_hours",
          "waiting_hours",
          "transshipment_hours",
          "dwell_hours",
          "border_hours",
          "distance_km",
          "cost_usd",
          "co2e_kg",
          "leg_count",
          "countries",
          "chokepoints",
          "baseline_total_days",
          "baseline_cost_usd",
          "baseline_co2e_kg");

  private static final StructType REQUEST =
      new StructType(
          new StructField[] {
            field(ORIGIN, DataTypes.StringType),
            field(DESTINATION, DataTypes.StringType),
            field(SCENARIO, DataTypes.StringType),
            field(CRITERION, DataTypes.StringType),
            field(VALUE_OF_TIME, DataTypes.DoubleType),
            field(AVOID, DataTypes.createArrayType(DataTypes.StringType, true)),
            field(COMMODITY, DataTypes.StringType),
            field(FLOW_USD, DataTypes.DoubleType),
            field(DRAWS, DataTypes.IntegerType),
            field(DRAW_SEED, DataTypes.LongType)
          });

  private static final StructType RESULT = buildResult();

  private SweepColumns() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType buildResult() {
    List<StructField> f = new ArrayList<>(List.of(REQUEST.fields()));
    f.add(field(STATUS, DataTypes.StringType));
    f.add(field(ERROR, DataTypes.StringType));
    for (String c : CORRIDOR) {
      DataType t =
          c.equals("leg_count")
              ? DataTypes.IntegerType
              : c.equals("countries") || c.equals("chokepoints")
                  ? DataTypes.createArrayType(DataTypes.StringType, false)
                  : DataTypes.DoubleType;
      f.add(field(c, t));
    }
    for (Preset<? extends ElasticityFunction> p : Presets.TIME_PRESETS) {
      String k = key(p);
      for (String s : List.of("_multiplier", "_gain_usd", "_mc_mean_gain_usd", "_mc_p5_gain_usd",
          "_mc_p95_gain_usd")) {
        f.add(field(k + s, DataTypes.DoubleType));
      }
    }
    f.add(field(DELTA_LN_TRADE_COST, DataTypes.DoubleType));
    for (Preset<?> p : Presets.TRADE_COST_PRESETS) {
      f.add(field(key(p) + "_multiplier", DataTypes.DoubleType));
      f.add(field(key(p) + "_gain_usd", DataTypes.DoubleType));
    }
    return new StructType(f.toArray(new StructField[0]));
  }

  /** A preset's column prefix: its name in lower case. */
  static String key(Preset<?> preset) {
    return preset.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the request schema, in the order results repeat it.
   *
   * @return the schema
   */
  public static StructType requestSchema() {
    return REQUEST;
  }

  /**
   * Returns the result schema.
   *
   * @return the schema
   */
  public static StructType resultSchema() {
    return RESULT;
  }

  /**
   * Returns the names of the corridor columns, in result order: the scenario corridor's {@code
   * total_days}, the hours of running, waiting, transshipment, dwell and border, {@code
   * distance_km}, {@code cost_usd} (USD per TEU), {@code co2e_kg} (per TEU, well to wake), {@code
   * leg_count}, {@code countries} and {@code chokepoints} passed (arrays, in order), and the
   * baseline corridor's {@code baseline_total_days}, {@code baseline_cost_usd} and {@code
   * baseline_co2e_kg}.
   *
   * @return an immutable list
   */
  public static List<String> corridorColumns() {
    return CORRIDOR;
  }
}
