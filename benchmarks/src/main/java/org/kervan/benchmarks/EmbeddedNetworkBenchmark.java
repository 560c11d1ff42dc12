package org.kervan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.DijkstraRouter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One-to-one time queries on the embedded default network ({@link DefaultNetwork#load()}), in
 * queries per second on one thread. Its nodes charge transshipment, dwell and border time, so a
 * node-based JGraphT search is not an equal peer; A* is measured beside Kervan's own Dijkstra, and
 * setup fails if the two disagree on any of the {@value RoutingBenchmark#QUERIES} queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbeddedNetworkBenchmark {
  private AStarRouter astar;
  private DijkstraRouter dijkstra;
  private int[] origins;
  private int[] destinations;
  private int next;

  /** Loads the network, builds both routers and the queries, and checks they agree. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = DefaultNetwork.load();
    astar = AStarRouter.of(network);
    dijkstra = DijkstraRouter.of(network);
    int[][] q =
        SyntheticNetworks.queries(
            network.nodeCount(), RoutingBenchmark.QUERIES, RoutingBenchmark.SEED + 1);
    origins = new int[q.length];
    destinations = new int[q.length];
    for (int i = 0; i < q.length; i++) {
      origins[i] = q[i][0];
      destinations[i] = q[i][1];
      double a = astar.timeHours(origins[i], destinations[i]);
      double d = dijkstra.timeHours(origins[i], destinations[i]);
      if (!Agreement.same(a, d)) {
        throw new IllegalStateException("query " + i + " disagrees: A* " + a + ", Dijkstra " + d);
      }
    }
  }

  private int advance() {
    int i = next;
    next = i + 1 == RoutingBenchmark.QUERIES ? 0 : i + 1;
    return i;
  }

  /**
   * Kervan A*, primitive API.
   *
   * @return hours
   */
  @Benchmark
  public double kervanAStarTimeHours() {
    int i = advance();
    return astar.timeHours(origins[i], destinations[i]);
  }

  /**
   * Kervan Dijkstra, primitive API.
   *
   * @return hours
   */
  @Benchmark
  public double kervanDijkstraTimeHours() {
    int i = advance();
    return dijkstra.timeHours(origins[i], destinations[i]);
  }
}
