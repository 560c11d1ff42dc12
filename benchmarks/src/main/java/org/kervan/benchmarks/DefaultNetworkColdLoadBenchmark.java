package org.kervan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first {@link DefaultNetwork#load()} of a fresh JVM, in milliseconds: one shot per fork, so
 * class loading, interpretation before the JIT and the JIT's own work are all in the figure, as a
 * user's first call sees them. The peer, in the same run, is the same first shot of commons-csv
 * tokenising the same four files (the floor {@link DefaultNetworkLoadBenchmark} uses when warm).
 * Each fork measures one call; the score is the mean over forks ({@code -f} sets how many).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class DefaultNetworkColdLoadBenchmark {

  /**
   * Kervan: the first call of a JVM reads, validates and builds the network.
   *
   * @return the network
   */
  @Benchmark
  public Network kervanFirstLoad() {
    return DefaultNetwork.load();
  }

  /**
   * Floor: the first commons-csv pass of the JVM over the same files, every cell touched.
   *
   * @return the total length of all cells
   */
  @Benchmark
  public long commonsCsvFirstTokenize() {
    return new DefaultNetworkLoadBenchmark().commonsCsvTokenizeOnly();
  }
}
