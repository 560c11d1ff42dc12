package org.kervan.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.sum;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Poisson pseudo-maximum likelihood with absorbed fixed effects on a Spark data set, for panels
 * that do not fit one machine: the algorithm of core's {@link org.kervan.gravity.Ppml}, IRLS whose
 * weighted alternating projections (Gauss–Seidel over the dimensions, Irons–Tuck extrapolation
 * every two sweeps, warm-started from the previous iteration) are Spark aggregations. One
 * projection step of one dimension is one pass over the data: each row recomputes its mean from
 * the broadcast coefficients and adds its weight and weighted residual to its group's sums; the
 * driver divides and extrapolates. The state that travels is small (β and one coefficient per
 * group and column); the rows stay where they are, cached as primitive arrays per partition. The
 * group labels are indexed on the driver (sorted, so numbering does not depend on partitioning):
 * the groups, not the rows, must fit in its memory.
 *
 * <p><b>Stopping rules</b> are core's: IRLS stops when {@code |D_k − D_{k−1}| / max(min(D_k,
 * D_{k−1}), 0.1 · min(1, ȳ)) < tolerance} (default 1e-8, ppmlhdfe's; {@code ȳ} the mean flow, so
 * that the rule stays relative for flows of mean below 1) at an iteration whose projections met
 * the demeaning tolerance (default 1e-10; early iterations project to {@code min(1e-4,
 * crit/10)}); a projection stops when every coefficient moved by at most the tolerance, absolutely
 * or relative to {@code 0.1 + |α|}. A fit that does not converge within the iteration limit
 * (default 1000) throws {@link IllegalStateException}.
 *
 * <p><b>Same coefficients as one JVM</b>, to the precision of the stopping rules (sums are taken
 * in another order, so not bit for bit). Observations in a group whose flows are all zero are
 * dropped first, repeatedly, as core does. Unlike core, no ReLU separation test is run: use core's
 * estimator on a sample when regressors may separate zero flows.
 *
 * <p><b>Variance</b>: core's sandwich, {@code q · B⁻¹ (Σ_c s_c s_c') B⁻¹} with scores {@code s_i =
 * x̃_i (y_i − μ_i)} summed within clusters ({@code q = G/(G−1)}) or per row ({@code q = n/(n−1)});
 * cluster sums are a Spark reduction by key.
 *
 * <p>The data set's response must be finite and {@code >= 0}, regressors finite, fixed-effect and
 * cluster columns non-null. This class is immutable and thread-safe; {@link #fit} runs Spark jobs.
 */
public final class DistributedPpml {
  private static final double LOOSE_DEMEAN_TOLERANCE = 1e-4;
  /** Assumption, as core's: far above what accelerated projections need. */
  private static final int MAX_SWEEPS = 100_000;
  private static final String SEP = "\u0001";

  private final double tolerance;
  private final double demeanTolerance;
  private final int maxIterations;

  private DistributedPpml(double tolerance, double demeanTolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.demeanTolerance = demeanTolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * Returns the estimator with core's default stopping rules (deviance 1e-8, demeaning 1e-10,
   * 1000 iterations).
   *
   * @return the estimator
   */
  public static DistributedPpml defaults() {
    return new DistributedPpml(1e-8, 1e-10, 1000);
  }

  /**
   * Returns a copy with another demeaning tolerance.
   *
   * @param coefficientChange finite and {@code > 0}
   * @return the copy
   * @throws IllegalArgumentException if the tolerance is not finite and positive
   */
  public DistributedPpml withDemeanTolerance(double coefficientChange) {
    if (!(coefficientChange > 0 && coefficientChange < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "demeanTolerance must be finite and > 0, was " + coefficientChange);
    }
    return new DistributedPpml(tolerance, coefficientChange, maxIterations);
  }

  /**
   * Fits {@code E[y | x] = exp(x'β + Σ_d α_d)}.
   *
   * @param data the panel
   * @param response the flow column, finite and {@code >= 0}
   * @param regressors regressor columns, at least one
   * @param fixedEffects one list of columns per fixed-effect dimension, at least one dimension
   *     (e.g. {@code [[exporter, year], [importer, year]]})
   * @param cluster the column to cluster standard errors by, or null for robust ones
   * @return the fit
   * @throws IllegalArgumentException if an argument is empty, a value breaks its rule, or the
   *     regressors are collinear
   * @throws IllegalStateException if IRLS or a projection does not converge
   */
  public DistributedPpmlFit fit(
      Dataset<Row> data,
      String response,
      List<String> regressors,
      List<List<String>> fixedEffects,
      String cluster) {
    checkNotNull(data, "data");
    checkNotNull(response, "response");
    List<String> names = ImmutableList.copyOf(regressors);
    List<List<String>> fes = ImmutableList.copyOf(fixedEffects);
    if (names.isEmpty() || fes.isEmpty()) {
      throw new IllegalArgumentException(
          "regressors and fixedEffects must not be empty, were " + names + " and " + fes);
    }
    List<Column> sel = new ArrayList<>();
    sel.add(col(response).cast("double").as("_y"));
    for (int c = 0; c < names.size(); c++) {
      sel.add(col(names.get(c)).cast("double").as("_x" + c));
    }
    for (int d = 0; d < fes.size(); d++) {
      Column[] parts = fes.get(d).stream().map(n -> col(n).cast("string")).toArray(Column[]::new);
      sel.add(concat_ws(SEP, parts).as("_g" + d));
    }
    sel.add((cluster == null ? org.apache.spark.sql.functions.lit("") : col(cluster).cast("string")).as("_c"));
    Dataset<Row> d0 = data.select(sel.toArray(new Column[0]));
    check(d0, names.size());
    Dataset<Row> kept = withoutAllZeroGroups(d0, fes.size());
    long observations = kept.count();
    long separated = d0.count() - observations;
    if (observations == 0) {
      throw new IllegalArgumentException("observations must remain after separation, were none");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
    List<Map<String, Integer>> groups = new ArrayList<>();
    int[] offsets = new int[fes.size() + 1];
    for (int d = 0; d < fes.size(); d++) {
      List<String> levels = new ArrayList<>();
      for (Row r : kept.select("_g" + d).distinct().collectAsList()) {
        levels.add(r.getString(0));
      }
      // Sorted, so that group numbers (and the driver's sums) do not depend on the partitioning.
      levels.sort(null);
      Map<String, Integer> index = new HashMap<>();
      for (String l : levels) {
        index.put(l, index.size());
      }
      groups.add(index);
      offsets[d + 1] = offsets[d] + levels.size();
    }
    Broadcast<List<Map<String, Integer>>> gb = jsc.broadcast(groups);
    int p = names.size();
    int k = fes.size();
    boolean clustered = cluster != null;
    JavaRDD<PpmlBlock> blocks = kept.javaRDD()
        .mapPartitions((Iterator<Row> rows) -> List.of(block(rows, p, k, clustered, gb.value())).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return new Irls(jsc, blocks, p, k, offsets).run(names, fes, observations, separated,
          clustered ? "clustered by " + cluster : "robust");
    } finally {
      blocks.unpersist(false);
      gb.destroy();
    }
  }

  private static void check(Dataset<Row> d, int p) {
    Column bad = col("_y").isNull().or(col("_y").isNaN()).or(col("_y").lt(0))
        .or(col("_y").equalTo(Double.POSITIVE_INFINITY));
    for (int c = 0; c < p; c++) {
      Column x = col("_x" + c);
      bad = bad.or(x.isNull()).or(x.isNaN()).or(x.equalTo(Double.POSITIVE_INFINITY))
          .or(x.equalTo(Double.NEGATIVE_INFINITY));
    }
    long n = d.filter(bad).count();
    if (n > 0) {
      throw new IllegalArgumentException(
          "response must be finite and >= 0 and regressors finite, were not in " + n + " rows");
    }
  }

  /** Drops rows of groups whose flows are all zero, until no such group is left (core's rule). */
  private static Dataset<Row> withoutAllZeroGroups(Dataset<Row> d, int k) {
    Column[] columns = Arrays.stream(d.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> cur = d;
    long n = cur.count();
    while (true) {
      for (int g = 0; g < k; g++) {
        String group = "_g" + g;
        Dataset<Row> positive =
            cur.groupBy(group).agg(sum("_y").as("_s")).filter(col("_s").gt(0)).select(group);
        cur = cur.join(positive, group).select(columns);
      }
      cur = cur.localCheckpoint();
      long m = cur.count();
      if (m == n) {
        return cur;
      }
      n = m;
    }
  }

  private static PpmlBlock block(
      Iterator<Row> rows, int p, int k, boolean clustered, List<Map<String, Integer>> groups) {
    List<Row> all = new ArrayList<>();
    rows.forEachRemaining(all::add);
    int n = all.size();
    double[] y = new double[n];
    double[][] x = new double[p][n];
    int[][] g = new int[k][n];
    String[] c = clustered ? new String[n] : null;
    for (int i = 0; i < n; i++) {
      Row r = all.get(i);
      y[i] = r.getDouble(0);
      for (int j = 0; j < p; j++) {
        x[j][i] = r.getDouble(1 + j);
      }
      for (int d = 0; d < k; d++) {
        g[d][i] = groups.get(d).get(r.getString(1 + p + d));
      }
      if (clustered) {
        c[i] = r.getString(1 + p + k);
      }
    }
    return new PpmlBlock(y, x, g, c);
  }

  /** The driver's side of one fit. */
  private final class Irls {
    private final JavaSparkContext jsc;
    private final JavaRDD<PpmlBlock> blocks;
    private final int p;
    private final int k;
    private final int[] offsets;
    private final int total;
    private final double[][] alpha;
    private double[] beta;
    private double[] eta;
    private double ybar;
    private long sweeps;

    Irls(JavaSparkContext jsc, JavaRDD<PpmlBlock> blocks, int p, int k, int[] offsets) {
      this.jsc = jsc;
      this.blocks = blocks;
      this.p = p;
      this.k = k;
      this.offsets = offsets;
      this.total = offsets[k];
      this.alpha = new double[p + 1][total];
      this.beta = new double[p];
    }

    private double[] aggregate(PpmlPass.Mode mode, int dim, boolean[] active, double[] b, double[] e, int size) {
      Broadcast<PpmlPass.State> s = jsc.broadcast(new PpmlPass.State(b, e, ybar, alpha, offsets));
      try {
        PpmlPass pass = new PpmlPass(s, mode, dim, active);
        return blocks.treeAggregate(new double[size], pass::add, PpmlPass::merge);
      } finally {
        s.destroy();
      }
    }

    /** One Gauss–Seidel sweep over the dimensions for the active columns. */
    private void sweep(boolean[] active) {
      for (int d = 0; d < k; d++) {
        int groups = offsets[d + 1] - offsets[d];
        int stride = p + 2;
        double[] acc = aggregate(PpmlPass.Mode.SWEEP, d, active, beta, eta, groups * stride);
        for (int c = 0; c <= p; c++) {
          if (active[c]) {
            for (int j = 0; j < groups; j++) {
              alpha[c][offsets[d] + j] = acc[j * stride + 1 + c] / acc[j * stride];
            }
          }
        }
      }
      sweeps++;
    }

    /** Core's Demeaner.demean, for every active column at once, each with its own rule. */
    private void demean(boolean[] columns, double tol) {
      boolean[] active = columns.clone();
      if (k == 1) {
        sweep(active);
        return;
      }
      double[][] x0 = new double[p + 1][];
      double[][] gx = new double[p + 1][];
      long start = sweeps;
      while (any(active)) {
        if (sweeps - start >= MAX_SWEEPS) {
          throw new IllegalStateException("fixed-effect demeaning did not converge within "
              + MAX_SWEEPS + " sweeps: coefficients must move by <= " + tol);
        }
        for (int c = 0; c <= p; c++) {
          x0[c] = alpha[c].clone();
        }
        sweep(active);
        for (int c = 0; c <= p; c++) {
          gx[c] = alpha[c].clone();
        }
        sweep(active);
        for (int c = 0; c <= p; c++) {
          if (!active[c]) {
            continue;
          }
          double[] a = alpha[c];
          boolean more = false;
          double num = 0;
          double den = 0;
          for (int j = 0; j < total; j++) {
            double dg = a[j] - gx[c][j];
            double d2 = dg - (gx[c][j] - x0[c][j]);
            num += dg * d2;
            den += d2 * d2;
            double abs = Math.abs(dg);
            if (abs > tol && abs / (0.1 + Math.abs(a[j])) > tol) {
              more = true;
            }
          }
          if (!more) {
            active[c] = false;
          } else if (den > 0) {
            double f = num / den;
            for (int j = 0; j < total; j++) {
              a[j] -= f * (a[j] - gx[c][j]);
            }
          }
        }
      }
    }

    DistributedPpmlFit run(List<String> names, List<List<String>> fes, long n, long separated,
        String vce) {
      double[] ys = blocks.treeAggregate(new double[2], (a, b) -> {
        for (double v : b.y) {
          a[0] += v;
        }
        a[1] += b.n;
        return a;
      }, PpmlPass::merge);
      ybar = ys[0] / ys[1];
      // ppmlhdfe's floor of 0.1 is in the unit of the flows: scaled with them below a mean of 1.
      double devianceFloor = Math.max(0.1 * Math.min(1, ybar), Double.MIN_NORMAL);
      eta = null;
      boolean[] all = new boolean[p + 1];
      Arrays.fill(all, true);
      double devOld = Double.POSITIVE_INFINITY;
      double dev = Double.NaN;
      double crit = Double.NaN;
      int iter = 0;
      boolean converged = false;
      while (iter < maxIterations) {
        iter++;
        double inner = Math.max(demeanTolerance,
            Math.min(LOOSE_DEMEAN_TOLERANCE, 0.1 * (Double.isNaN(crit) ? 1 : crit)));
        demean(all, inner);
        double[] ne = aggregate(PpmlPass.Mode.NORMAL_EQUATIONS, 0, all, beta, eta, p * p + p);
        double[] next = solve(ne, names);
        double[] nextEta = new double[total];
        for (int j = 0; j < total; j++) {
          double v = alpha[0][j];
          for (int c = 0; c < p; c++) {
            v -= next[c] * alpha[c + 1][j];
          }
          nextEta[j] = v;
        }
        dev = 2 * aggregate(PpmlPass.Mode.DEVIANCE, 0, all, next, nextEta, 1)[0];
        beta = next;
        eta = nextEta;
        crit = Math.abs(dev - devOld) / Math.max(Math.min(dev, devOld), devianceFloor);
        if (crit < tolerance && inner == demeanTolerance) {
          converged = true;
          break;
        }
        devOld = dev;
      }
      if (!converged) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "PPML did not converge: relative deviance change must be < %.3g, was %.3g after %d"
                + " iterations", tolerance, crit, iter));
      }
      return variance(names, fes, n, separated, vce, iter, dev);
    }

    private DistributedPpmlFit variance(List<String> names, List<List<String>> fes, long n,
        long separated, String vce, int iter, double dev) {
      boolean[] xs = new boolean[p + 1];
      Arrays.fill(xs, 1, p + 1, true);
      demean(xs, demeanTolerance);
      double[] ne = aggregate(PpmlPass.Mode.NORMAL_EQUATIONS, 0, xs, beta, eta, p * p + p);
      double[][] bread = lower(ne);
      Broadcast<PpmlPass.State> s = jsc.broadcast(new PpmlPass.State(beta, eta, ybar, alpha, offsets));
      PpmlPass pass = new PpmlPass(s, PpmlPass.Mode.NORMAL_EQUATIONS, 0, xs);
      double[] meat;
      long clusters;
      int pp = p;
      try {
        boolean clustered = vce.startsWith("clustered");
        if (clustered) {
          var sums = blocks.flatMapToPair(b -> {
            double[][] sc = pass.scores(b);
            List<Tuple2<String, double[]>> out = new ArrayList<>(b.n);
            for (int i = 0; i < b.n; i++) {
              out.add(new Tuple2<>(b.cluster[i], sc[i]));
            }
            return out.iterator();
          }).reduceByKey(PpmlPass::merge).values();
          clusters = sums.count();
          meat = sums.treeAggregate(new double[p * p], (a, sc) -> outer(a, sc, pp), PpmlPass::merge);
        } else {
          clusters = 0;
          meat = blocks.treeAggregate(new double[p * p], (a, b) -> {
            for (double[] sc : pass.scores(b)) {
              outer(a, sc, pp);
            }
            return a;
          }, PpmlPass::merge);
        }
      } finally {
        s.destroy();
      }
      double q = clusters > 0 ? (double) clusters / (clusters - 1) : (double) n / (n - 1);
      RealMatrix inv = solver(bread, names).getInverse();
      double[][] m = new double[p][p];
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          m[a][b] = meat[Math.max(a, b) * p + Math.min(a, b)];
        }
      }
      RealMatrix v = inv.multiply(new Array2DRowRealMatrix(m, false)).multiply(inv).scalarMultiply(q);
      double[] se = new double[p];
      for (int c = 0; c < p; c++) {
        se[c] = Math.sqrt(v.getEntry(c, c));
      }
      List<String> feNames = new ArrayList<>();
      for (List<String> f : fes) {
        feNames.add(String.join("-", f));
      }
      return new DistributedPpmlFit(names, beta, se, n, separated, iter, dev, vce, clusters,
          feNames, sweeps);
    }

    private double[][] lower(double[] ne) {
      double[][] m = new double[p][p];
      for (int a = 0; a < p; a++) {
        for (int c = 0; c <= a; c++) {
          m[a][c] = ne[a * p + c];
          m[c][a] = ne[a * p + c];
        }
      }
      return m;
    }

    private double[] solve(double[] ne, List<String> names) {
      double[] rhs = Arrays.copyOfRange(ne, p * p, p * p + p);
      return solver(lower(ne), names).solve(new ArrayRealVector(rhs, false)).toArray();
    }
  }

  private static double[] outer(double[] acc, double[] s, int p) {
    for (int a = 0; a < p; a++) {
      for (int b = 0; b <= a; b++) {
        acc[a * p + b] += s[a] * s[b];
      }
    }
    return acc;
  }

  /** QR with commons-math3's collinearity threshold, as core's estimator solves. */
  private static DecompositionSolver solver(double[][] m, List<String> names) {
    DecompositionSolver s = new QRDecomposition(new Array2DRowRealMatrix(m, true), 1e-10).getSolver();
    if (!s.isNonSingular()) {
      throw new IllegalArgumentException(
          "regressors must not be collinear with each other or with the fixed effects, were " + names);
    }
    return s;
  }

  private static boolean any(boolean[] b) {
    for (boolean v : b) {
      if (v) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DistributedPpml[tolerance %.3g, demeanTolerance %.3g,"
        + " maxIterations %d]", tolerance, demeanTolerance, maxIterations);
  }
}
