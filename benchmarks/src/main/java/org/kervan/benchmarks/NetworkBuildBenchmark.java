package org.kervan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
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
 * Time to build the synthetic trunk grid's network ({@link SyntheticNetworks#trunkGrid}) from its
 * recorded input ({@link NetworkInput}: node records and primitive leg columns, generated once in
 * setup, so that no random draw or great-circle distance is timed), through the bulk builder
 * with exact size hints, beside the peers fed the same input in the same run: the ordinary
 * builder with a validated {@code Leg} per leg, the plain CSR arrays of a hand-written Dijkstra
 * (the floor: a counting sort and a division per leg) and a JGraphT graph. Each build is checked
 * against the generator's own network before the run. Single shots: at a million nodes one build
 * takes seconds.
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

  private NetworkInput input;

  /** Records the input and checks that both builders make the generator's network from it. */
  @Setup(Level.Trial)
  public void recordAndCheck() {
    input = SyntheticNetworks.trunkGridInput(nodes, SEED);
    Network expected = SyntheticNetworks.trunkGrid(nodes, SEED);
    if (!input.buildBulk().equals(expected)) {
      throw new IllegalStateException("the bulk builder made another network from the input");
    }
    if (nodes <= 100_000 && !input.buildThroughLegs().equals(expected)) {
      throw new IllegalStateException("the ordinary builder made another network from the input");
    }
  }

  /**
   * Kervan: the bulk builder, legs by dense index and primitive values.
   *
   * @return the network
   */
  @Benchmark
  public Network bulkBuilder() {
    return input.buildBulk();
  }

  /**
   * Peer: the ordinary builder, a {@code Leg} and a key string per leg.
   *
   * @return the network
   */
  @Benchmark
  public Network ordinaryBuilderThroughLegs() {
    return input.buildThroughLegs();
  }

  /**
   * Peer (the floor): the CSR arrays of a plain Dijkstra, hours by a division per leg.
   *
   * @return the arrays' owner
   */
  @Benchmark
  public CsrDijkstraPeer csrArrays() {
    int n = input.nodes.length;
    int m = input.legCount;
    int[] start = new int[n + 1];
    double[] hours = new double[m];
    for (int e = 0; e < m; e++) {
      start[input.from[e] + 1]++;
      hours[e] = input.km[e] / input.kmh[e];
    }
    return CsrDijkstraPeer.fromEdges(n, input.from, input.to, hours, start);
  }

  /**
   * Peer: a JGraphT directed weighted graph of the same legs (hours as weights).
   *
   * @return the graph
   */
  @Benchmark
  public Graph<Integer, DefaultWeightedEdge> jgraphtGraph() {
    Graph<Integer, DefaultWeightedEdge> g = JGraphTPeer.withNodes(input.nodes.length);
    for (int e = 0; e < input.legCount; e++) {
      JGraphTPeer.addLeg(g, input.from[e], input.to[e], input.km[e] / input.kmh[e]);
    }
    return g;
  }
}
