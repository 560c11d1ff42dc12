package org.kervan.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kervan.network.Network;

/**
 * Routes and prices every request row of a Spark data set: a corridor from origin to destination
 * in a named scenario and in the baseline, their totals and breakdown, and the trade effect of
 * moving a flow observed under the baseline corridor to the scenario's, under every published
 * time elasticity (nominal and Monte Carlo) and through the trade-cost bridge. Columns are those
 * of {@link SweepColumns}.
 *
 * <p><b>How it runs.</b> The {@link Scenarios} are broadcast once, in their compact serialised
 * form; each executor JVM decodes them once (a per-JVM cache keyed by broadcast id and content)
 * and each task keeps one {@link org.kervan.routing.ShortestPathTree} per scenario. Rows are
 * hash-partitioned by origin (the only shuffle) and sorted by origin, options and scenario, so one
 * one-to-all search serves every destination of an origin, scenario and option set.
 *
 * <p><b>Same numbers as one JVM.</b> A corridor is the one-to-all tree's, equal bit for bit to
 * {@link org.kervan.routing.DijkstraRouter}'s; nominal gains are {@link
 * org.kervan.trade.Counterfactual#gain} and {@link org.kervan.trade.TradeCostChange#between}; the
 * Monte Carlo of a row is {@link org.kervan.trade.GainMonteCarlo#run(double,
 * org.kervan.network.Corridor, org.kervan.network.Corridor, org.kervan.elasticity.Preset, int,
 * long)} with the row's own draws and seed, for each time preset. No value depends on which rows
 * share a partition, so any partitioning gives the same results.
 *
 * <p><b>Bad rows</b> (unknown ids or scenario, NaN or negative flow, a malformed avoid id, a
 * missing seed) come back with status {@code ERROR} and a message in {@code error} naming the
 * column, the rule and the value; a pair without a corridor is {@code NO_ROUTE}. The job itself
 * fails only for a data set without a required column.
 *
 * <p>This class is immutable and thread-safe; {@link #run} is lazy, as Spark transformations are.
 */
public final class Sweep {
  // Decoded networks per executor JVM: a few sets at a time, the newest kept.
  private static final Cache<String, ImmutableMap<String, Network>> DECODED =
      CacheBuilder.newBuilder().maximumSize(4).build();

  private final Scenarios scenarios;
  private final int partitions;

  private Sweep(Scenarios scenarios, int partitions) {
    this.scenarios = scenarios;
    this.partitions = partitions;
  }

  /**
   * Returns a sweep over these scenarios, partitioned as {@code spark.sql.shuffle.partitions}
   * says.
   *
   * @param scenarios the baseline and the scenarios requests name
   * @return the sweep
   */
  public static Sweep of(Scenarios scenarios) {
    return new Sweep(checkNotNull(scenarios, "scenarios"), 0);
  }

  /**
   * Returns a copy that hash-partitions requests by origin into this many partitions.
   *
   * @param count the number of partitions, {@code >= 1}
   * @return the copy
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public Sweep withPartitions(int count) {
    if (!(count >= 1)) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    return new Sweep(scenarios, count);
  }

  /**
   * Returns the results of every request, one row each, in no particular order.
   *
   * @param requests rows with at least the required columns of {@link SweepColumns}
   * @return the results, schema {@link SweepColumns#resultSchema()}
   * @throws IllegalArgumentException if a required column is missing
   */
  public Dataset<Row> run(Dataset<Row> requests) {
    checkNotNull(requests, "requests");
    Dataset<Row> normal = normalise(requests);
    Column origin = col(SweepColumns.ORIGIN);
    Dataset<Row> grouped = partitions > 0 ? normal.repartition(partitions, origin) : normal.repartition(origin);
    Dataset<Row> sorted =
        grouped.sortWithinPartitions(
            origin,
            col(SweepColumns.CRITERION),
            col(SweepColumns.VALUE_OF_TIME),
            col(SweepColumns.AVOID),
            col(SweepColumns.SCENARIO));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(requests.sparkSession().sparkContext());
    Broadcast<Scenarios> b = jsc.broadcast(scenarios);
    return sorted.mapPartitions(new Task(b), Encoders.row(SweepColumns.resultSchema()));
  }

  /** Casts the request columns to their types, adds absent optional ones as nulls, drops others. */
  static Dataset<Row> normalise(Dataset<Row> requests) {
    Set<String> have = Set.of(requests.columns());
    List<String> missing = new ArrayList<>();
    for (String c : List.of(
        SweepColumns.ORIGIN, SweepColumns.DESTINATION, SweepColumns.SCENARIO, SweepColumns.FLOW_USD)) {
      if (!have.contains(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "requests must have the columns " + missing + ", had " + List.of(requests.columns()));
    }
    List<Column> cols = new ArrayList<>();
    for (StructField f : SweepColumns.requestSchema().fields()) {
      Column c;
      if (!have.contains(f.name())) {
        c = lit(null).cast(f.dataType());
      } else if (f.dataType() instanceof ArrayType
          && requests.schema().apply(f.name()).dataType().equals(DataTypes.StringType)) {
        // CSV has no arrays: ids joined by '|'; an empty cell avoids nothing.
        Column s = col(f.name());
        c = org.apache.spark.sql.functions.when(s.isNull().or(s.equalTo("")), lit(null))
            .otherwise(split(s, "\\|"))
            .cast(f.dataType());
      } else {
        c = col(f.name()).cast(f.dataType());
      }
      cols.add(c.as(f.name()));
    }
    return requests.select(cols.toArray(new Column[0]));
  }

  /** The per-partition work: decode (once per JVM), then evaluate the sorted rows in order. */
  private static final class Task implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Scenarios> scenarios;

    Task(Broadcast<Scenarios> scenarios) {
      this.scenarios = scenarios;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws ExecutionException {
      Scenarios s = scenarios.value();
      ImmutableMap<String, Network> nets = DECODED.get(scenarios.id() + "/" + s.token(), s::decode);
      SweepEvaluator eval = new SweepEvaluator(nets);
      int width = SweepColumns.requestSchema().size();
      int avoid = SweepColumns.requestSchema().fieldIndex(SweepColumns.AVOID);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          Object[] in = new Object[width];
          for (int i = 0; i < width; i++) {
            in[i] = i == avoid ? (r.isNullAt(i) ? null : r.getList(i)) : r.get(i);
          }
          return RowFactory.create(eval.evaluate(in));
        }
      };
    }
  }

  /** Returns e.g. {@code Sweep[Scenarios[baseline, suez_closed; 412,331 bytes], 8 partitions]}. */
  @Override
  public String toString() {
    return "Sweep[" + scenarios + (partitions > 0 ? ", " + partitions + " partitions" : "") + "]";
  }
}
