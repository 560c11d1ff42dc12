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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Kervan's contraction hierarchy query beside JGraphT's Dijkstra and the plain CSR Dijkstra, on a
 * {@link SyntheticNetworks#trunkGrid} network, 16 one-to-one queries per invocation. Each method
 * runs in a fork of its own whose setup builds only what it queries, so the minutes of contraction
 * at a million nodes are spent once per run; the hierarchy's time is printed ({@link
 * MemoryFootprint} reports time and memory), and setup fails unless every method's totals equal
 * Kervan Dijkstra's.
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

  /**
   * Builds the network and, for the benchmark method this fork runs, only what that method
   * queries: the hierarchy (contracted here, its time printed), the CSR arrays or the JGraphT
   * graph. Each is checked on all 16 pairs against Kervan Dijkstra, the hierarchy and the CSR peer
   * bit for bit (they add the same doubles in the same order), JGraphT within 1e-9; so every
   * method of the run answers the same totals.
   *
   * @param params the benchmark this fork runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
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
    DijkstraRouter dijkstra = DijkstraRouter.of(network);
    double[] reference = new double[q];
    for (int i = 0; i < q; i++) {
      reference[i] = dijkstra.timeHours(origins[i], destinations[i]);
    }
    String method = params.getBenchmark();
    if (method.endsWith(".kervanContractionHierarchy16")) {
      ch = ContractionHierarchyRouter.of(network);
      long t0 = System.nanoTime();
      ch.timeHours(origins[0], destinations[0]);
      System.out.printf(
          "contraction of %d nodes took %.1f s%n", nodes, (System.nanoTime() - t0) / 1e9);
      for (int i = 0; i < q; i++) {
        check(i, "CH", ch.timeHours(origins[i], destinations[i]), reference[i], true);
      }
    } else if (method.endsWith(".csrDijkstra16")) {
      csr = CsrDijkstraPeer.of(network);
      for (int i = 0; i < q; i++) {
        check(i, "CSR", csr.hours(origins[i], destinations[i]), reference[i], true);
      }
    } else {
      jgtDijkstra = new DijkstraShortestPath<>(JGraphTPeer.of(network));
      for (int i = 0; i < q; i++) {
        double j = jgtDijkstra.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
        check(i, "JGraphT", j, reference[i], false);
      }
    }
  }

  private static void check(int query, String who, double total, double dijkstra, boolean exact) {
    boolean same = exact ? Double.compare(total, dijkstra) == 0 : Agreement.same(total, dijkstra);
    if (!same) {
      throw new IllegalStateException(
          "query " + query + " disagrees: " + who + " " + total + ", Dijkstra " + dijkstra);
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
