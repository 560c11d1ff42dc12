package org.kervan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.DijkstraMatrixRouter;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteMatrix;
import org.kervan.routing.RouteOptions;
import org.kervan.routing.RouteRequest;
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
 * One-to-one and one-to-all routing by time on synthetic networks of 10k, 100k and 1M nodes,
 * Kervan against JGraphT on the same graph and the same queries in the same run.
 *
 * <p>Each invocation answers the next of {@value #QUERIES} precomputed random origin-destination
 * pairs, so an iteration averages over many different queries rather than repeating one. Setup
 * (building the network, the routers and the JGraphT graph) is outside the measured code, and
 * fails if Kervan and JGraphT disagree on a sample of queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class RoutingBenchmark {
  static final int QUERIES = 1_000;
  static final long SEED = 42;
  /** The country whose longitude band the avoid queries must route around. */
  static final String AVOIDED = "KZ";

  @Param({"10000", "100000", "1000000"})
  int nodes;

  private Network network;
  private AStarRouter astar;
  private DijkstraRouter dijkstra;
  private DijkstraMatrixRouter matrix;
  private DijkstraShortestPath<Integer, DefaultWeightedEdge> jgtDijkstra;
  private BidirectionalDijkstraShortestPath<Integer, DefaultWeightedEdge> jgtBidirectional;
  private int[] origins;
  private int[] destinations;
  private Integer[] boxedOrigins;
  private Integer[] boxedDestinations;
  private RouteRequest[] requests;
  private RouteRequest[] avoidRequests;
  private List<String> allIds;
  private String[] idOf;
  private int next;

  /**
   * Builds the network, the routers, the peer graph and the queries, and checks that Kervan and
   * JGraphT agree.
   */
  @Setup(Level.Trial)
  public void setUp() {
    network = SyntheticNetworks.grid(nodes, SEED);
    astar = AStarRouter.of(network);
    dijkstra = DijkstraRouter.of(network);
    matrix = DijkstraMatrixRouter.of(network);
    Graph<Integer, DefaultWeightedEdge> peer = JGraphTPeer.of(network);
    jgtDijkstra = new DijkstraShortestPath<>(peer);
    jgtBidirectional = new BidirectionalDijkstraShortestPath<>(peer);
    int n = network.nodeCount();
    idOf = idsByIndex(network);
    allIds = List.of(idOf);
    int[][] q = SyntheticNetworks.queries(n, QUERIES, SEED + 1);
    origins = new int[QUERIES];
    destinations = new int[QUERIES];
    boxedOrigins = new Integer[QUERIES];
    boxedDestinations = new Integer[QUERIES];
    requests = new RouteRequest[QUERIES];
    avoidRequests = new RouteRequest[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      origins[i] = q[i][0];
      destinations[i] = q[i][1];
      boxedOrigins[i] = origins[i];
      boxedDestinations[i] = destinations[i];
      requests[i] = RouteRequest.of(idOf[origins[i]], idOf[destinations[i]]);
      avoidRequests[i] = avoidRequest(network, q[i][0], q[i][1], i);
    }
    Agreement.check(network, astar, dijkstra, jgtDijkstra, jgtBidirectional, origins, destinations,
        5);
  }

  /** An avoid request whose ends both lie outside the avoided country. */
  private RouteRequest avoidRequest(Network net, int a, int b, int salt) {
    int from = a;
    int to = b;
    int step = 1 + salt;
    while (AVOIDED.equals(net.node(idOf[from]).country())) {
      from = (from + step) % net.nodeCount();
    }
    while (to == from || AVOIDED.equals(net.node(idOf[to]).country())) {
      to = (to + step) % net.nodeCount();
    }
    return RouteRequest.of(idOf[from], idOf[to]).avoidingCountries(AVOIDED);
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

  private int advance() {
    int i = next;
    next = i + 1 == QUERIES ? 0 : i + 1;
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

  /**
   * Kervan A*, object API: the same search plus building the {@link Corridor}.
   *
   * @return the corridor
   */
  @Benchmark
  public Optional<Corridor> kervanAStarRoute() {
    return astar.route(requests[advance()]);
  }

  /**
   * Kervan A*, object API, avoiding a country band (both ends outside it).
   *
   * @return the corridor
   */
  @Benchmark
  public Optional<Corridor> kervanAStarRouteAvoidingCountry() {
    return astar.route(avoidRequests[advance()]);
  }

  /**
   * JGraphT {@code DijkstraShortestPath.getPathWeight} (stops at the target).
   *
   * @return hours
   */
  @Benchmark
  public double jgraphtDijkstra() {
    int i = advance();
    return jgtDijkstra.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
  }

  /**
   * JGraphT {@code BidirectionalDijkstraShortestPath.getPathWeight}.
   *
   * @return hours
   */
  @Benchmark
  public double jgraphtBidirectionalDijkstra() {
    int i = advance();
    return jgtBidirectional.getPathWeight(boxedOrigins[i], boxedDestinations[i]);
  }

  /**
   * Kervan one-to-all: a one-row matrix from one origin to every node.
   *
   * @return the row
   */
  @Benchmark
  public RouteMatrix kervanOneToAll() {
    return matrix.oneToMany(idOf[origins[advance()]], allIds, RouteOptions.defaults());
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
