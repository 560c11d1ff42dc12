package org.kervan.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.quantity.Speed;

/**
 * A sweep on a local Spark master, no {@code spark-submit}: every ordered pair of eighteen
 * container ports of the embedded world network, in three scenarios (the baseline, the Suez
 * Canal closed, and slow steaming at 12 knots), each row with 100 Monte Carlo draws of its own
 * seed, written as Parquet to {@code kervan-output/sweep.parquet} (or the path given as the first
 * argument). Prints the row counts and the five pairs the Suez closure slows most.
 *
 * <p>Run with {@code mvn -B -q -pl spark -am compile exec:exec@sweep}, which starts a JVM with the
 * {@code --add-opens} flags Spark needs on Java 17.
 */
public final class SweepMain {
  static final List<String> PORTS = List.of(
      "INNSA", "INMUN", "AEJEA", "OMSLL", "SAJED", "EGPSD", "GRPIR", "ITGOA", "NLRTM", "BEANR",
      "DEHAM", "USNYC", "LKCMB", "SGSIN", "MYPKG", "CNSHA", "KRPUS", "JPTYO");

  /** The columns of the requests this example builds. */
  static final StructType SCHEMA = new StructType().add("origin", "string")
      .add("destination", "string").add("scenario", "string").add("flow_usd", "double")
      .add("draws", "int").add("draw_seed", "long");

  /** Flow per pair: USD 1 billion a year, an assumption for the example. */
  static final double FLOW_USD = 1e9;

  private SweepMain() {}

  /** The network without every leg that passes or touches a chokepoint: the strait closed. */
  static Network withoutChokepoint(Network net, String chokepoint) {
    Network.Builder b = net.toBuilder();
    for (Leg l : net.legs()) {
      if (l.chokepoints().contains(chokepoint) || l.from().equals(chokepoint) || l.to().equals(chokepoint)) {
        b.removeLeg(l.from(), l.to(), l.mode());
      }
    }
    return b.build();
  }

  /**
   * Runs the sweep.
   *
   * @param args optionally the output path, ending in {@code .parquet} or {@code .csv}
   */
  public static void main(String[] args) {
    String out = args.length > 0 ? args[0] : "kervan-output/sweep.parquet";
    Network base = DefaultNetwork.load();
    Scenarios scenarios = Scenarios.of(base)
        .with("suez_closed", withoutChokepoint(base, "CP_SUEZ"))
        .with("slow_steaming", DefaultNetwork.withSeaSpeed(base, Speed.ofKnots(12)));
    SparkSession spark = SparkSession.builder().master("local[2]").appName("kervan-sweep")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      List<Row> rows = new ArrayList<>();
      long seed = 1;
      for (String s : scenarios.names()) {
        for (String o : PORTS) {
          for (String d : PORTS) {
            if (!o.equals(d)) {
              rows.add(RowFactory.create(o, d, s, FLOW_USD, 100, seed++));
            }
          }
        }
      }
      Dataset<Row> results = Sweep.of(scenarios).run(spark.createDataFrame(rows, SCHEMA));
      SweepIo.write(results, out);
      Dataset<Row> written = out.endsWith(".csv") ? SweepIo.readRequests(spark, out) : spark.read().parquet(out);
      System.out.printf(Locale.ROOT, "Sweep of %d requests (%d ports, %s, 100 draws each) -> %s%n",
          rows.size(), PORTS.size(), scenarios.names(), out);
      System.out.printf(Locale.ROOT, "  scenarios broadcast as %,d bytes of compressed CSV%n",
          scenarios.encodedBytes());
      for (Row r : written.groupBy("status").count().orderBy("status").collectAsList()) {
        System.out.printf(Locale.ROOT, "  %-8s %,6d rows%n", r.getString(0), r.getLong(1));
      }
      System.out.println("Most slowed by the Suez closure (trade through the trade-cost bridge,"
          + " Head & Mayer 2014; Hummels & Schaur 2013 on ocean days, Monte Carlo mean):");
      Dataset<Row> suez = written.filter(col("scenario").equalTo("suez_closed").and(col("status").equalTo("OK")))
          .orderBy(col("total_days").minus(col("baseline_total_days")).desc()).limit(5);
      for (Row r : suez.collectAsList()) {
        System.out.printf(Locale.ROOT, "  %s -> %s  %5.1f d -> %5.1f d, bridge %+.1f%%,"
                + " ocean days %+,.0f USD%n",
            r.<String>getAs("origin"), r.<String>getAs("destination"),
            r.<Double>getAs("baseline_total_days"), r.<Double>getAs("total_days"),
            100 * (r.<Double>getAs("head_mayer_2014_trade_multiplier") - 1),
            r.<Double>getAs("hummels_schaur_2013_mc_mean_gain_usd"));
      }
    } finally {
      spark.stop();
    }
  }
}
