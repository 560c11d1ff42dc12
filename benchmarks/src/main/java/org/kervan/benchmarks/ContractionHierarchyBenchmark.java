package org.kervan.benchmarks;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.ContractionHierarchyBidirectionalDijkstra;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation.ContractionHierarchy;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.util.ConcurrencyUtil;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;
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
 * JGraphT's contraction hierarchy as a peer: its preprocessing timed on its own (single shot per
 * iteration, on one thread so it does not take both cores from the measurement), and its query
 * beside Kervan's A* on the same queries. Not part of the quick mode: on these grids, whose long
 * sea links make contraction add many shortcuts, one contraction of the 10k-node grid on one thread
 * took more than four minutes, and setup contracts once per benchmark method. Run it on its own
 * when there is time; 100k and 1M nodes are out of reach.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ContractionHierarchyBenchmark {
  @Param({"10000"})
  int nodes;

  private Graph<Integer, DefaultWeightedEdge> peer;
  private ThreadPoolExecutor executor;
  private ContractionHierarchyBidirectionalDijkstra<Integer, DefaultWeightedEdge> chQuery;
  private AStarRouter astar;
  private Integer[] origins;
  private Integer[] destinations;
  private int next;

  /** Builds the network, the peer, one contraction hierarchy and the queries; checks agreement. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticNetworks.grid(nodes, RoutingBenchmark.SEED);
    peer = JGraphTPeer.of(network);
    executor = ConcurrencyUtil.createThreadPoolExecutor(1);
    ContractionHierarchy<Integer, DefaultWeightedEdge> ch =
        new ContractionHierarchyPrecomputation<>(peer, executor).computeContractionHierarchy();
    chQuery = new ContractionHierarchyBidirectionalDijkstra<>(ch);
    astar = AStarRouter.of(network);
    int[][] q =
        SyntheticNetworks.queries(
            network.nodeCount(), RoutingBenchmark.QUERIES, RoutingBenchmark.SEED + 1);
    origins = new Integer[q.length];
    destinations = new Integer[q.length];
    for (int i = 0; i < q.length; i++) {
      origins[i] = q[i][0];
      destinations[i] = q[i][1];
    }
    for (int i = 0; i < 5; i++) {
      double k = astar.timeHours(origins[i], destinations[i]);
      double j = chQuery.getPathWeight(origins[i], destinations[i]);
      if (!Agreement.same(k, j)) {
        throw new IllegalStateException(
            "query " + i + " disagrees: A* " + k + ", contraction hierarchy " + j);
      }
    }
  }

  /**
   * Shuts the contraction's thread pool down.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    ConcurrencyUtil.shutdownExecutionService(executor);
  }

  private int advance() {
    int i = next;
    next = i + 1 == RoutingBenchmark.QUERIES ? 0 : i + 1;
    return i;
  }

  /**
   * JGraphT contraction hierarchy preprocessing, one thread.
   *
   * @return the hierarchy
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public ContractionHierarchy<Integer, DefaultWeightedEdge> jgraphtChPreprocessing() {
    return new ContractionHierarchyPrecomputation<>(peer, executor).computeContractionHierarchy();
  }

  /**
   * JGraphT contraction hierarchy query.
   *
   * @return hours
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public double jgraphtChQuery() {
    int i = advance();
    return chQuery.getPathWeight(origins[i], destinations[i]);
  }

  /**
   * Kervan A*, primitive API, on the same queries.
   *
   * @return hours
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public double kervanAStarTimeHours() {
    int i = advance();
    return astar.timeHours(origins[i], destinations[i]);
  }
}
