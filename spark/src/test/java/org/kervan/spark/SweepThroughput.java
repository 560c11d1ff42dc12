package org.kervan.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures sweep throughput: routes per second (requests without draws) and draws per second
 * (requests with 1,000 draws for each of the five time presets) for the single-JVM loop of core
 * ({@link SingleJvmSweep}), and {@link Sweep} on {@code local[1]} and {@code local[2]}, in one
 * run. Each figure is the median of three timed runs after one warm-up; the Spark runs count
 * every row to the driver ({@code count()} of the mapped rows, so the work is done and not
 * collected). Run with {@code mvn -B -q -pl spark -am test-compile exec:exec@throughput}.
 */
final class SweepThroughput {
  static final int PORTS = 100;
  static final int DRAW_ROWS_EVERY = 50;
  static final int DRAWS = 1000;

  private SweepThroughput() {}

  public static void main(String[] args) {
    List<String> ports = SweepFixtures.ports(PORTS);
    List<Row> routes = SweepEquivalenceTest.requests(ports, Integer.MAX_VALUE, 0);
    List<Row> draws = new ArrayList<>();
    for (Row r : SweepEquivalenceTest.requests(ports, DRAW_ROWS_EVERY, DRAWS)) {
      if (r.getInt(4) > 0) {
        draws.add(r);
      }
    }
    long drawCount = (long) draws.size() * DRAWS * org.kervan.elasticity.Presets.TIME_PRESETS.size();
    System.out.printf(Locale.ROOT, "%d routes (%d ports x %d scenarios), %d rows x %d draws x 5 presets%n",
        routes.size(), PORTS, SweepEquivalenceTest.SCENARIOS.size(), draws.size(), DRAWS);
    report("single JVM loop", median(() -> SingleJvmSweep.run(SweepEquivalenceTest.NETWORKS, routes)),
        median(() -> SingleJvmSweep.run(SweepEquivalenceTest.NETWORKS, draws)), routes.size(), drawCount);
    for (int cores : new int[] {1, 2}) {
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]")
          .appName("kervan-throughput").config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
      Dataset<Row> r = spark.createDataFrame(routes, SweepMain.SCHEMA).cache();
      Dataset<Row> d = spark.createDataFrame(draws, SweepMain.SCHEMA).cache();
      r.count();
      d.count();
      Sweep sweep = Sweep.of(SweepFixtures.SCENARIOS).withPartitions(4 * cores);
      report("Spark local[" + cores + "]", median(() -> sweep.run(r).count()),
          median(() -> sweep.run(d).count()), routes.size(), drawCount);
      spark.stop();
    }
  }

  private static void report(String what, double routeSeconds, double drawSeconds, long routes,
      long drawCount) {
    System.out.printf(Locale.ROOT, "%-18s %,10.0f routes/s (%.2f s)  %,12.0f draws/s (%.2f s)%n",
        what, routes / routeSeconds, routeSeconds, drawCount / drawSeconds, drawSeconds);
  }

  private static double median(Runnable work) {
    work.run();
    double[] t = new double[3];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      work.run();
      t[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(t);
    return t[1];
  }
}
