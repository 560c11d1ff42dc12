package org.kervan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kervan.elasticity.Citation;
import org.kervan.elasticity.ConstantElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.LinearElasticity;
import org.kervan.elasticity.PerDaySemiElasticity;
import org.kervan.elasticity.Presets;
import org.kervan.elasticity.TariffEquivalentElasticity;
import org.kervan.trade.TradeGainBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch trade gains over {@code double[]} flows, for each elasticity form, sequential and
 * parallel, against a boxed-stream loop, a plain closed-form loop over the same arrays, and a
 * memory-bandwidth probe that reads as many bytes as the batch moves (three inputs read, one
 * output written: {@code 4 * 8} bytes per flow). Scores are nanoseconds per flow.
 *
 * <p>The flow count is fixed per subclass ({@link Flows10k}, {@link Flows10M}) because JMH's
 * operations-per-invocation is a constant; the benchmark methods live here once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public abstract class TradeGainBenchmark {
  private static final Citation INPUT = Citation.unpublished("benchmark input");
  private static final double EPSILON_CONSTANT = -1.7;
  private static final double EPSILON_LINEAR = -1.5;
  /** Distinct corridor-time pairs in the by-pair batch: a sweep of a few scenarios and draws. */
  static final int PAIRS = 64;

  /** The elasticity form. */
  @Param({"CONSTANT", "LINEAR", "PER_DAY", "TARIFF_COMPOUNDING", "TARIFF_AD_VALOREM"})
  String form;

  private ElasticityFunction function;
  private double[] values;
  private double[] baselineDays;
  private double[] newDays;
  private double[] out;
  private double[] probe;
  private double[] byPairProbe;
  // A sweep's shape: every flow takes one of PAIRS distinct (baseline, new) corridor-time pairs.
  private int[] pairOfFlow;
  private double[] pairBaselineDays;
  private double[] pairNewDays;
  private List<Double> boxedValues;
  private List<Double> boxedBaselineDays;
  private List<Double> boxedNewDays;

  /**
   * Returns the number of flows, equal to the subclass's operations per invocation.
   *
   * @return flows
   */
  abstract int flows();

  /** Draws the flows and builds the function and the peers' inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    function = function(form);
    int n = flows();
    SplittableRandom rnd = new SplittableRandom(7);
    values = new double[n];
    baselineDays = new double[n];
    newDays = new double[n];
    out = new double[n];
    probe = new double[4 * n];
    boxedValues = new ArrayList<>(n);
    boxedBaselineDays = new ArrayList<>(n);
    boxedNewDays = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values[i] = rnd.nextDouble(1e3, 1e9);
      baselineDays[i] = rnd.nextDouble(10, 40);
      newDays[i] = baselineDays[i] * rnd.nextDouble(0.6, 1.1);
      boxedValues.add(values[i]);
      boxedBaselineDays.add(baselineDays[i]);
      boxedNewDays.add(newDays[i]);
    }
    for (int i = 0; i < probe.length; i++) {
      probe[i] = rnd.nextDouble();
    }
    pairOfFlow = new int[n];
    pairBaselineDays = new double[PAIRS];
    pairNewDays = new double[PAIRS];
    for (int p = 0; p < PAIRS; p++) {
      pairBaselineDays[p] = rnd.nextDouble(10, 40);
      pairNewDays[p] = pairBaselineDays[p] * rnd.nextDouble(0.6, 1.1);
    }
    for (int i = 0; i < n; i++) {
      pairOfFlow[i] = rnd.nextInt(PAIRS);
    }
    // 8 bytes read and 8 written per flow, plus a 4-byte index: 20 bytes, 2.5 doubles.
    byPairProbe = new double[(5 * n) / 2];
    for (int i = 0; i < byPairProbe.length; i++) {
      byPairProbe[i] = rnd.nextDouble();
    }
    TradeGainBatch.newValues(function, values, baselineDays, newDays, out);
    double[] plain = new double[n];
    plainLoop(plain);
    for (int i = 0; i < n; i++) {
      if (!Agreement.same(out[i], plain[i])) {
        throw new IllegalStateException(
            "flow " + i + ": batch " + out[i] + " but plain loop " + plain[i]);
      }
    }
  }

  static ElasticityFunction function(String form) {
    switch (form) {
      case "CONSTANT":
        return ConstantElasticity.of(EPSILON_CONSTANT, INPUT);
      case "LINEAR":
        return LinearElasticity.of(EPSILON_LINEAR, INPUT);
      case "PER_DAY":
        return Presets.DJANKOV_FREUND_PHAM_2010.central();
      case "TARIFF_COMPOUNDING":
        return Presets.HUMMELS_SCHAUR_2013.central();
      case "TARIFF_AD_VALOREM":
        return Presets.HUMMELS_SCHAUR_2013_AD_VALOREM.central();
      default:
        throw new IllegalArgumentException("form must be a known form, was " + form);
    }
  }

  /**
   * Kervan's batch, one thread.
   *
   * @return the output array
   */
  @Benchmark
  public double[] batchSequential() {
    TradeGainBatch.newValues(function, values, baselineDays, newDays, out);
    return out;
  }

  /**
   * Kervan's batch on the common fork-join pool.
   *
   * @return the output array
   */
  @Benchmark
  public double[] batchParallel() {
    TradeGainBatch.newValuesParallel(function, values, baselineDays, newDays, out);
    return out;
  }

  /**
   * Kervan's batch for flows that share few distinct corridor-time pairs ({@link #PAIRS}), one
   * thread: one multiplier per pair, then a multiply per flow. Check pass included.
   *
   * @return the output array
   */
  @Benchmark
  public double[] batchByPair() {
    TradeGainBatch.newValuesByPair(
        function, values, pairOfFlow, pairBaselineDays, pairNewDays, out);
    return out;
  }

  /**
   * Memory-bandwidth probe for {@link #batchByPair}: sums as many bytes as it reads and writes
   * once (value, index and output: 20 bytes a flow), eight independent sums.
   *
   * @return the sum
   */
  @Benchmark
  public double byPairBandwidthProbe() {
    return sum8(byPairProbe);
  }

  /**
   * Peer: boxed lists through a stream, mapping each flow with the function's object API.
   *
   * @return the new values
   */
  @Benchmark
  public List<Double> boxedStream() {
    ElasticityFunction f = function;
    List<Double> v = boxedValues;
    List<Double> x0 = boxedBaselineDays;
    List<Double> x1 = boxedNewDays;
    return IntStream.range(0, v.size())
        .boxed()
        .map(i -> v.get(i) * f.multiplier(x0.get(i), x1.get(i)))
        .collect(Collectors.toList());
  }

  /**
   * Peer: the closed form written out in a plain loop (no checks, no virtual call).
   *
   * @return the output array
   */
  @Benchmark
  public double[] plainLoop() {
    plainLoop(out);
    return out;
  }

  private void plainLoop(double[] dest) {
    double[] v = values;
    double[] a = baselineDays;
    double[] b = newDays;
    int n = v.length;
    if (function instanceof ConstantElasticity) {
      double eps = ((ConstantElasticity) function).epsilon();
      for (int i = 0; i < n; i++) {
        dest[i] = v[i] * Math.pow(b[i] / a[i], eps);
      }
    } else if (function instanceof LinearElasticity) {
      double eps = ((LinearElasticity) function).epsilon();
      for (int i = 0; i < n; i++) {
        dest[i] = v[i] * (1 + eps * (b[i] - a[i]) / a[i]);
      }
    } else if (function instanceof PerDaySemiElasticity) {
      double beta = ((PerDaySemiElasticity) function).betaPerDay();
      for (int i = 0; i < n; i++) {
        dest[i] = v[i] * Math.exp(-beta * (b[i] - a[i]));
      }
    } else {
      TariffEquivalentElasticity t = (TariffEquivalentElasticity) function;
      double tau = t.tauPerDay();
      double theta = t.theta();
      if (form.equals("TARIFF_COMPOUNDING")) {
        double logTau = Math.log1p(tau);
        for (int i = 0; i < n; i++) {
          dest[i] = v[i] * Math.exp(-theta * (b[i] - a[i]) * logTau);
        }
      } else {
        for (int i = 0; i < n; i++) {
          dest[i] = v[i] * Math.pow((1 + tau * b[i]) / (1 + tau * a[i]), -theta);
        }
      }
    }
  }

  /**
   * Memory-bandwidth probe: sums {@code 4 * flows} doubles, as many bytes as the batch moves,
   * with eight independent sums so that the add latency is not the limit.
   *
   * @return the sum
   */
  @Benchmark
  public double bandwidthProbe() {
    return sum8(probe);
  }

  private static double sum8(double[] p) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    for (int i = 0; i < p.length; i += 8) {
      s0 += p[i];
      s1 += p[i + 1];
      s2 += p[i + 2];
      s3 += p[i + 3];
      s4 += p[i + 4];
      s5 += p[i + 5];
      s6 += p[i + 6];
      s7 += p[i + 7];
    }
    return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
  }

  /** 10,000 flows: the arrays fit in the core's caches. */
  @OperationsPerInvocation(10_000)
  public static class Flows10k extends TradeGainBenchmark {
    @Override
    int flows() {
      return 10_000;
    }
  }

  /** 10,000,000 flows: 320 MB of arrays streamed from main memory. */
  @OperationsPerInvocation(10_000_000)
  public static class Flows10M extends TradeGainBenchmark {
    @Override
    int flows() {
      return 10_000_000;
    }
  }
}
