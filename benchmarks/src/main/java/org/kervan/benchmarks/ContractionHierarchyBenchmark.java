package org.kervan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.kervan.network.Network;
import org.kervan.routing.ContractionHierarchyRouter;
import org.kervan.routing.DijkstraRouter;
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
 * Kervan's contraction hierarchy query beside JGraphT's Dijkstra and the plain CSR Dijkstra, on a
 * {@link SyntheticNetworks#trunkGrid} network, 16 one-to-one queries per invocation. Setup
 * contracts the hierarchy (its time is printed; {@link MemoryFootprint} reports time and memory)
 * and fails unless the hierarchy's totals equal Kervan Dijkstra's bit for bit.
 *
 * <p>JGraphT's own contraction hierarchy is not a peer here: on these networks with long sea
 * links its preprocessing did not finish in minutes even at 10k nodes on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class ContractionHierarchyBenchmark {
  @Param({"100000"})
  int nodes;

  private ContractionHierarchyRouter ch;
  private CsrDijkstraPeer csr;
  private DijkstraShortestPath<Integer, DefaultWeightedEdge> jgtDijkstra;
  private int[] origins;
  private int[] destinations;
  private Integer[] boxedOrigins;
  private Integer[] boxedDestinations;

  /** Builds the network, contracts it, builds the peers and checks agreement. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticNetworks.trunkGrid(nodes, RoutingBenchmark.SEED);
    int q = RoutingBenchmark.QUERIES;
    int[][] pairs = SyntheticNetworks.queries(network.nodeCount(), q, RoutingBenchmark.SEED + 1);
    origins = new int[q];
    destinations = new int[q];
    boxedOrigins = new Integer[q];
    boxedDestinations = new Integer[q];
    for (int i = 0; i < q; i++) {
      origins[i] = pairs[i][0];
      destinations[i] = pairs[i][1];
      boxedOrigins[i] = origins[i];
      boxedDestinations[i] = destinations[i];
    }
    ch = ContractionHierarchyRouter.of(network);
    long t0 = System.nanoTime();
    ch.timeHours(origins[0], destinations[0]);
    System.out.printf("contraction of %d nodes took %.1f s%n", nodes, (System.nanoTime() - t0) / 1e9);
    csr = CsrDijkstraPeer.of(network);
    jgtDijkstra = new DijkstraShortestPath<>(JGraphTPeer.of(network));
    DijkstraRouter dijkstra = DijkstraRouter.of(network);
    for (int i = 0; i < q; i++) {
      double k = ch.timeHours(origins[i], destinations[i]);
      double d = dijkstra.timeHours(origins[i], destinations[i]);
      double j = jgtDijkstra.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
      if (Double.compare(k, d) != 0 || !Agreement.same(k, j)) {
        throw new IllegalStateException(
            "query " + i + " disagrees: CH " + k + ", Dijkstra " + d + ", JGraphT " + j);
      }
    }
  }

  /**
   * Kervan contraction hierarchy, primitive API: 16 one-to-one queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double kervanContractionHierarchy16() {
    double sum = 0;
    for (int i = 0; i < origins.length; i++) {
      sum += ch.timeHours(origins[i], destinations[i]);
    }
    return sum;
  }

  /**
   * Plain CSR binary-heap Dijkstra: the same 16 queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double csrDijkstra16() {
    double sum = 0;
    for (int i = 0; i < origins.length; i++) {
      sum += csr.hours(origins[i], destinations[i]);
    }
    return sum;
  }

  /**
   * JGraphT Dijkstra: the same 16 queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double jgraphtDijkstra16() {
    double sum = 0;
    for (int i = 0; i < origins.length; i++) {
      sum += jgtDijkstra.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
    }
    return sum;
  }
}
