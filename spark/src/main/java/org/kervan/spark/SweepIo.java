package org.kervan.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

/**
 * Reads sweep requests from, and writes results to, Parquet or CSV, chosen by the path's ending
 * ({@code .parquet} or {@code .csv}; a directory of part files, as Spark writes). CSV has no
 * arrays: on the way in {@code avoid} is one cell of ids joined by {@code |} (the sweep splits
 * it), on the way out every array column ({@code avoid}, {@code countries}, {@code chokepoints})
 * is joined by {@code |}. CSV files have a header row; numbers are read as the request schema's
 * types. Writes replace what is at the path.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SweepIo {
  private SweepIo() {}

  /**
   * Reads requests.
   *
   * @param spark the session
   * @param path a {@code .parquet} or {@code .csv} file or directory
   * @return the requests, to pass to {@link Sweep#run}
   * @throws IllegalArgumentException if the path has neither ending
   */
  public static Dataset<Row> readRequests(SparkSession spark, String path) {
    checkNotNull(spark, "spark");
    if (isCsv(path)) {
      return spark.read().option("header", "true").option("mode", "FAILFAST").csv(path);
    }
    return spark.read().parquet(path);
  }

  /**
   * Writes results (or any data set), replacing the path.
   *
   * @param results the data set
   * @param path a {@code .parquet} or {@code .csv} path
   * @throws IllegalArgumentException if the path has neither ending
   */
  public static void write(Dataset<Row> results, String path) {
    checkNotNull(results, "results");
    if (isCsv(path)) {
      List<Column> cols = new ArrayList<>();
      for (StructField f : results.schema().fields()) {
        cols.add(f.dataType() instanceof ArrayType
            ? array_join(col(f.name()), "|").as(f.name())
            : col(f.name()));
      }
      results.select(cols.toArray(new Column[0]))
          .write().mode(SaveMode.Overwrite).option("header", "true").csv(path);
    } else {
      results.write().mode(SaveMode.Overwrite).parquet(path);
    }
  }

  private static boolean isCsv(String path) {
    checkNotNull(path, "path");
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".csv")) {
      return true;
    }
    if (p.endsWith(".parquet")) {
      return false;
    }
    throw new IllegalArgumentException("path must end in .csv or .parquet, was '" + path + "'");
  }
}
