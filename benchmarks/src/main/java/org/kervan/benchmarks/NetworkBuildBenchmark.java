package org.kervan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kervan.network.Network;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build the synthetic trunk grid ({@link SyntheticNetworks#trunkGrid}), nodes and legs,
 * through the bulk builder (primitive legs between dense node ids), beside the same network built
 * through the ordinary builder from a validated {@code Leg} per leg. The two networks are checked
 * equal before the run. Single shots: at a million nodes one build takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class NetworkBuildBenchmark {
  private static final long SEED = 42;

  /** Requested node count (rounded down to a square grid). */
  @Param({"100000"})
  public int nodes;

  /** Checks, on a small grid, that both builders make the same network. */
  @Setup(Level.Trial)
  public void checkBothBuildersAgree() {
    Network bulk = SyntheticNetworks.trunkGrid(10_000, SEED);
    Network legs = SyntheticNetworks.trunkGridThroughLegs(10_000, SEED);
    if (!bulk.equals(legs)) {
      throw new IllegalStateException("the two builders made different networks");
    }
  }

  /**
   * Kervan: the bulk builder.
   *
   * @return the network
   */
  @Benchmark
  public Network bulkBuilder() {
    return SyntheticNetworks.trunkGrid(nodes, SEED);
  }

  /**
   * Peer: the ordinary builder, a {@code Leg} and a key string per leg.
   *
   * @return the network
   */
  @Benchmark
  public Network ordinaryBuilderThroughLegs() {
    return SyntheticNetworks.trunkGridThroughLegs(nodes, SEED);
  }
}
