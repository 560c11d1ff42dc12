package org.kervan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.kervan.gravity.GravityFit;
import org.kervan.gravity.GravityModel;
import org.kervan.gravity.Grouping;
import org.kervan.gravity.ModelData;
import org.kervan.gravity.Ppml;
import org.kervan.gravity.TradePanel;
import org.kervan.gravity.TradePanelCsv;
import org.kervan.gravity.Vce;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PPML with absorbed fixed effects. Three groups, each beside its peer in the same run:
 *
 * <ul>
 *   <li>{@link Chapter1}: Yotov et al. (2016) ch. 1 app. 1 (28,152 observations, exporter-year and
 *       importer-year effects, four regressors, clustered errors), warm; read from the test
 *       resource copy in {@code core/src/test/resources} (run from the repository root, or set
 *       {@code -p dataDir=...}).
 *   <li>{@link DensePeer}: the 2006 year of the same panel (4,692 observations, 69 + 69 effects),
 *       fitted by Kervan's absorbed PPML and by a dense IRLS with dummy columns solved by
 *       commons-math3 QR at every iteration: what the absorption buys.
 *   <li>{@link Synthetic}: the fixest benchmark design (Berge 2018, "Data generation.R"): N rows,
 *       three fixed effects with N/20, ⌊√N⌋ and ⌊N^0.33⌋ uniformly drawn levels and N(0,1)
 *       values, one regressor X1 ~ N(0,1), {@code μ = exp(X1 + 0.05 X1² + Σ fe)}, {@code y ~
 *       NegBin(μ, θ = 0.5)} (a Gamma–Poisson mixture); PPML of y on X1 with the three effects.
 *       Single-shot: the fit of one panel, timed whole; the IRLS iteration count is printed at
 *       tear-down so the time per iteration can be read off.
 * </ul>
 */
public class GravityBenchmark {
  private GravityBenchmark() {}

  static TradePanel chapter1(String dataDir) {
    Path file = Path.of(dataDir, "chapter1_application1_6years.csv.gz");
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "run from the repository root or set -p dataDir=...; not found: " + file);
    }
    TradePanel p =
        TradePanelCsv.of("exporter", "importer", "year", "trade")
            .withCovariates(List.of("pair_id", "DIST", "CNTG", "LANG", "CLNY"))
            .read(file);
    double[] ln = p.covariateColumn("DIST");
    for (int i = 0; i < ln.length; i++) {
      ln[i] = Math.log(ln[i]);
    }
    return p.withCovariate("ln_DIST", ln);
  }

  private static final String DATA = "core/src/test/resources/org/kervan/gravity/yotov2016";

  /** Chapter 1, application 1, warm. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
  public static class Chapter1 {
    /** Folder holding the Yotov et al. test resources. */
    @Param(DATA)
    String dataDir;

    private TradePanel panel;
    private GravityModel model;

    /** Reads the panel and keeps the international flows. */
    @Setup(Level.Trial)
    public void setUp() {
      TradePanel all = chapter1(dataDir);
      panel = all.filter(i -> !all.isDomestic(i));
      model =
          new GravityModel(
              List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
              List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME),
              Vce.clusteredBy(Grouping.column("pair_id")));
    }

    /**
     * The whole fit: grouping, separation checks, IRLS, clustered variance, fixed-effect values.
     *
     * @return the fit
     */
    @Benchmark
    public GravityFit kervanPpml() {
      return Ppml.defaults().fit(panel, model);
    }
  }

  /** Absorbed versus dense dummy-column IRLS on one year. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
  public static class DensePeer {
    /** Folder holding the Yotov et al. test resources. */
    @Param(DATA)
    String dataDir;

    private TradePanel panel;
    private GravityModel model;
    private double[][] dense;
    private double[] y;

    /** One year (2006), international flows; the dense design with exporter and importer dummies. */
    @Setup(Level.Trial)
    public void setUp() {
      TradePanel all = chapter1(dataDir);
      panel = all.filter(i -> !all.isDomestic(i) && all.time(i).equals("2006"));
      model =
          new GravityModel(
              List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
              List.of(Grouping.EXPORTER, Grouping.IMPORTER),
              Vce.robust());
      int n = panel.size();
      List<String> countries = panel.countries();
      int c = countries.size();
      // 4 regressors, c exporter dummies, c - 1 importer dummies (the last one is dropped).
      int p = 4 + c + c - 1;
      dense = new double[n][p];
      y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = panel.flow(i);
        dense[i][0] = panel.covariate("ln_DIST", i);
        dense[i][1] = panel.covariate("CNTG", i);
        dense[i][2] = panel.covariate("LANG", i);
        dense[i][3] = panel.covariate("CLNY", i);
        dense[i][4 + countries.indexOf(panel.exporter(i))] = 1;
        int m = countries.indexOf(panel.importer(i));
        if (m < c - 1) {
          dense[i][4 + c + m] = 1;
        }
      }
      double[] b = denseIrls(dense, y);
      GravityFit fit = Ppml.defaults().fit(panel, model);
      System.out.printf(
          Locale.ROOT,
          "%n[agreement] ln_DIST dense %.8f, absorbed %.8f%n",
          b[0],
          fit.coefficient("ln_DIST"));
    }

    /**
     * Kervan's PPML with the two dimensions absorbed.
     *
     * @return the fit
     */
    @Benchmark
    public GravityFit kervanAbsorbed() {
      return Ppml.defaults().fit(panel, model);
    }

    /**
     * The peer: IRLS with every fixed effect a dummy column, a commons-math3 QR per iteration.
     *
     * @return the coefficients
     */
    @Benchmark
    public double[] denseDummiesQr() {
      return denseIrls(dense, y);
    }
  }

  /** Plain IRLS for Poisson with a dense design: weighted least squares by QR per iteration. */
  static double[] denseIrls(double[][] x, double[] y) {
    int n = y.length;
    int p = x[0].length;
    double ybar = Arrays.stream(y).average().orElseThrow();
    double[] mu = new double[n];
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = 0.5 * (y[i] + ybar);
      eta[i] = Math.log(mu[i]);
    }
    double[] beta = new double[p];
    double devOld = Double.POSITIVE_INFINITY;
    for (int it = 0; it < 1000; it++) {
      double[][] wx = new double[n][p];
      double[] wz = new double[n];
      for (int i = 0; i < n; i++) {
        double sw = Math.sqrt(mu[i]);
        double z = eta[i] + (y[i] - mu[i]) / mu[i];
        wz[i] = sw * z;
        for (int k = 0; k < p; k++) {
          wx[i][k] = sw * x[i][k];
        }
      }
      beta =
          new QRDecomposition(new Array2DRowRealMatrix(wx, false))
              .getSolver()
              .solve(new ArrayRealVector(wz, false))
              .toArray();
      double dev = 0;
      for (int i = 0; i < n; i++) {
        double e = 0;
        for (int k = 0; k < p; k++) {
          e += x[i][k] * beta[k];
        }
        eta[i] = e;
        mu[i] = Math.exp(e);
        dev += y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) - (y[i] - mu[i]) : mu[i];
      }
      if (Math.abs(dev - devOld) / Math.max(Math.min(dev, devOld), 0.1) < 1e-8) {
        return beta;
      }
      devOld = dev;
    }
    throw new IllegalStateException("dense IRLS did not converge");
  }

  /** The fixest benchmark design, single shot per size. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
  public static class Synthetic {
    /** Rows. */
    @Param({"1000000", "3000000", "10000000"})
    int rows;

    private ModelData data;
    private final List<Integer> iterations = new ArrayList<>();

    /** Draws the panel (seeded). */
    @Setup(Level.Trial)
    public void setUp() {
      data = berge(rows, 20_180_101L);
    }

    /**
     * One PPML fit of y on X1 with three absorbed fixed effects.
     *
     * @return the fit
     */
    @Benchmark
    public GravityFit kervanPpml() {
      GravityFit fit = Ppml.defaults().fit(data);
      iterations.add(fit.iterations());
      return fit;
    }

    /** Prints the IRLS iterations of each fit. */
    @TearDown(Level.Trial)
    public void report() {
      System.out.printf(Locale.ROOT, "%n[irls] rows %d, iterations per fit %s%n", rows, iterations);
    }
  }

  /** Berge (2018)'s fixest benchmark data, "Data generation.R", for n rows. */
  static ModelData berge(int n, long seed) {
    RandomDataGenerator rnd = new RandomDataGenerator(new Well19937c(seed));
    int[] levels = {n / 20, (int) Math.floor(Math.sqrt(n)), (int) Math.floor(Math.pow(n, 0.33))};
    List<int[]> fe = new ArrayList<>();
    double[] eta = new double[n];
    double[] x1 = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = rnd.nextGaussian(0, 1);
      eta[i] = x1[i] + 0.05 * x1[i] * x1[i];
    }
    for (int m = 0; m < 3; m++) {
      double[] coef = new double[levels[m]];
      for (int g = 0; g < coef.length; g++) {
        coef[g] = rnd.nextGaussian(0, 1);
      }
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) {
        codes[i] = rnd.nextInt(0, levels[m] - 1);
        eta[i] += coef[codes[i]];
      }
      fe.add(codes);
    }
    double theta = 0.5;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = rnd.nextGamma(theta, Math.exp(eta[i]) / theta);
      y[i] = lambda > 0 ? rnd.nextPoisson(lambda) : 0;
    }
    return ModelData.of(y, List.of("X1"), List.of(x1), List.of("dum_1", "dum_2", "dum_3"), fe);
  }

  /**
   * Times fits outside JMH, wall clock and the thread's CPU time (on a loaded shared machine the
   * CPU time is the figure that does not depend on the other processes): {@code chapter1} fits
   * chapter 1 application 1 ten times; a number N fits the synthetic design of N rows twice; a
   * second argument sets the number of fits.
   *
   * @param args {@code chapter1} or a row count, then optionally the number of fits
   */
  public static void main(String[] args) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    boolean ch1 = args[0].equals("chapter1");
    TradePanel panel = null;
    GravityModel model = null;
    ModelData data = null;
    if (ch1) {
      TradePanel all = chapter1(DATA);
      panel = all.filter(i -> !all.isDomestic(i));
      model =
          new GravityModel(
              List.of("ln_DIST", "CNTG", "LANG", "CLNY"),
              List.of(Grouping.EXPORTER_TIME, Grouping.IMPORTER_TIME),
              Vce.clusteredBy(Grouping.column("pair_id")));
    } else {
      data = berge(Integer.parseInt(args[0]), 20_180_101L);
    }
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : ch1 ? 10 : 2;
    for (int r = 0; r < repeats; r++) {
      long cpu0 = bean.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      GravityFit fit = ch1 ? Ppml.defaults().fit(panel, model) : Ppml.defaults().fit(data);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: wall %.3f s, cpu %.3f s, %d IRLS iterations, cpu %.4f s per iteration, N %d,"
              + " dropped %d%n",
          args[0],
          wall,
          cpu,
          fit.iterations(),
          cpu / fit.iterations(),
          fit.observations(),
          fit.separatedByFixedEffects() + fit.separatedByRegressors());
    }
  }
}
