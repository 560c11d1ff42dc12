package org.kervan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteOptions;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.ShortestPathTree;
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
 * Routing by time on {@link SyntheticNetworks#trunkGrid} networks (slow local roads, fast trunks,
 * so the great-circle bound is loose), Kervan beside a plain CSR binary-heap Dijkstra ({@link
 * CsrDijkstraPeer}) and JGraphT on the same graph and the same queries in the same run.
 *
 * <p>Each one-to-one invocation answers all {@value #QUERIES} precomputed origin-destination
 * pairs and returns the sum of their totals; each one-to-all invocation runs from the next of the
 * {@value #QUERIES} origins. Setup (building the network, the routers, the peers, and the
 * landmarks through a first constrained query) is outside the measured code, and fails if Kervan
 * and the peers disagree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class RoutingBenchmark {
  static final int QUERIES = 16;
  static final long SEED = 42;
  /** The country whose longitude band the avoid queries must route around. */
  static final String AVOIDED = "KZ";

  @Param({"100000", "1000000"})
  int nodes;

  private AStarRouter astar;
  private DijkstraRouter dijkstra;
  private ShortestPathTree tree;
  private CsrDijkstraPeer csr;
  private DijkstraShortestPath<Integer, DefaultWeightedEdge> jgtDijkstra;
  private DijkstraShortestPath<Integer, DefaultWeightedEdge> jgtAvoiding;
  private int[] origins;
  private int[] destinations;
  private Integer[] boxedOrigins;
  private Integer[] boxedDestinations;
  private RouteRequest[] avoidRequests;
  private Integer[] avoidOrigins;
  private Integer[] avoidDestinations;
  private int next;

  /** Builds the network, the routers, the peers and the queries, and checks agreement. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticNetworks.trunkGrid(nodes, SEED);
    astar = AStarRouter.of(network);
    dijkstra = DijkstraRouter.of(network);
    tree = ShortestPathTree.of(network);
    csr = CsrDijkstraPeer.of(network);
    Graph<Integer, DefaultWeightedEdge> peer = JGraphTPeer.of(network);
    jgtDijkstra = new DijkstraShortestPath<>(peer);
    String[] idOf = idsByIndex(network);
    boolean[] avoided = new boolean[network.nodeCount()];
    for (int v = 0; v < avoided.length; v++) {
      avoided[v] = network.node(idOf[v]).country().equals(Optional.of(AVOIDED));
    }
    jgtAvoiding = new DijkstraShortestPath<>(new MaskSubgraph<>(peer, v -> avoided[v], e -> false));
    int[][] q = SyntheticNetworks.queries(network.nodeCount(), QUERIES, SEED + 1);
    origins = new int[QUERIES];
    destinations = new int[QUERIES];
    boxedOrigins = new Integer[QUERIES];
    boxedDestinations = new Integer[QUERIES];
    avoidRequests = new RouteRequest[QUERIES];
    avoidOrigins = new Integer[QUERIES];
    avoidDestinations = new Integer[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      origins[i] = q[i][0];
      destinations[i] = q[i][1];
      boxedOrigins[i] = origins[i];
      boxedDestinations[i] = destinations[i];
      int[] ends = outside(avoided, q[i][0], q[i][1], i);
      avoidOrigins[i] = ends[0];
      avoidDestinations[i] = ends[1];
      avoidRequests[i] =
          RouteRequest.of(idOf[ends[0]], idOf[ends[1]]).avoidingCountries(AVOIDED);
    }
    check();
  }

  private void check() {
    for (int i = 0; i < QUERIES; i++) {
      double c = csr.hours(origins[i], destinations[i]);
      double d = dijkstra.timeHours(origins[i], destinations[i]);
      double a = astar.timeHours(origins[i], destinations[i]);
      double j = jgtDijkstra.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
      double alt = astar.route(avoidRequests[i]).orElseThrow().totalHours();
      double jAvoid = jgtAvoiding.getPathWeight(avoidOrigins[i], avoidDestinations[i]);
      // Kervan adds the same doubles in the same order as the CSR peer: bit for bit.
      if (Double.compare(c, d) != 0 || Double.compare(c, a) != 0 || !Agreement.same(c, j)
          || !Agreement.same(alt, jAvoid)) {
        throw new IllegalStateException(
            "query " + i + " disagrees: CSR " + c + ", Dijkstra " + d + ", A* " + a + ", JGraphT "
                + j + "; avoiding: ALT " + alt + ", JGraphT " + jAvoid);
      }
    }
    tree.search(origins[0], RouteOptions.defaults());
    csr.hours(origins[0], -1);
    for (int v = 0; v < 1000; v++) {
      if (Double.compare(tree.value(v), csr.distance(v)) != 0) {
        throw new IllegalStateException("one-to-all disagrees at node " + v);
      }
    }
  }

  // Moves both ends of a query out of the avoided band, deterministically.
  private static int[] outside(boolean[] avoided, int a, int b, int salt) {
    int n = avoided.length;
    int step = 1 + salt;
    int from = a;
    while (avoided[from]) {
      from = (from + step) % n;
    }
    int to = b;
    while (to == from || avoided[to]) {
      to = (to + step) % n;
    }
    return new int[] {from, to};
  }

  static String[] idsByIndex(Network network) {
    String[] ids = new String[network.nodeCount()];
    List<String> all = new ArrayList<>(network.nodeCount());
    network.nodes().forEach(node -> all.add(node.id()));
    for (String id : all) {
      ids[network.indexOf(id)] = id;
    }
    return ids;
  }

  /**
   * Plain CSR binary-heap Dijkstra, the baseline: 16 one-to-one queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double csrDijkstra16() {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += csr.hours(origins[i], destinations[i]);
    }
    return sum;
  }

  /**
   * Kervan Dijkstra, primitive API: 16 one-to-one queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double kervanDijkstra16() {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += dijkstra.timeHours(origins[i], destinations[i]);
    }
    return sum;
  }

  /**
   * Kervan A* with the great-circle bound, primitive API: 16 one-to-one queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double kervanAStarGreatCircle16() {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += astar.timeHours(origins[i], destinations[i]);
    }
    return sum;
  }

  /**
   * JGraphT {@code DijkstraShortestPath.getPathWeight}: 16 one-to-one queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double jgraphtDijkstra16() {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += jgtDijkstra.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
    }
    return sum;
  }

  /**
   * Kervan ALT (landmarks), object API with the corridor built, avoiding a country band: 16
   * queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double kervanAltAvoidingCountry16() {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += astar.route(avoidRequests[i]).orElseThrow().totalHours();
    }
    return sum;
  }

  /**
   * JGraphT Dijkstra on the graph with the country band masked out: the same 16 queries.
   *
   * @return the summed hours
   */
  @Benchmark
  public double jgraphtDijkstraAvoidingCountry16() {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += jgtAvoiding.getPathWeight(avoidOrigins[i], avoidDestinations[i]);
    }
    return sum;
  }

  private int advance() {
    int i = next;
    next = i + 1 == QUERIES ? 0 : i + 1;
    return i;
  }

  /**
   * Plain CSR Dijkstra settling every node from one origin.
   *
   * @return the distance to the last node
   */
  @Benchmark
  public double csrOneToAll() {
    csr.hours(origins[advance()], -1);
    return csr.distance(0);
  }

  /**
   * Kervan one-to-all into a reused {@link ShortestPathTree}.
   *
   * @return the value at node 0
   */
  @Benchmark
  public double kervanOneToAll() {
    tree.search(origins[advance()], RouteOptions.defaults());
    return tree.value(0);
  }

  /**
   * JGraphT one-to-all: the full shortest-path tree from one origin.
   *
   * @return the tree
   */
  @Benchmark
  public SingleSourcePaths<Integer, DefaultWeightedEdge> jgraphtOneToAll() {
    return jgtDijkstra.getPaths(boxedOrigins[advance()]);
  }
}
