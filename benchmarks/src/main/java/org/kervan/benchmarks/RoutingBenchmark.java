package org.kervan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * {@value #QUERIES} origins. Setup is outside the measured code. It is split into JMH states so
 * that a benchmark builds only what it measures (at a million nodes each structure takes a minute
 * or more to build): {@link Graph} builds the network and the queries, {@link Csr}, {@link
 * Kervan} and {@link Peer} the routers on it. Every state checks, before it is measured, that its
 * router agrees with the CSR peer (bit for bit for Kervan) on every query.
 */
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

  /** The network, its queries, and the avoid queries moved out of the avoided band. */
  @State(Scope.Benchmark)
  public static class Graph {
    @Param({"100000", "1000000"})
    int nodes;

    Network network;
    String[] idOf;
    boolean[] avoided;
    int[] origins;
    int[] destinations;
    int[] avoidOrigins;
    int[] avoidDestinations;
    // The CSR peer's answers, the reference every router state checks itself against.
    double[] expected;
    private int next;

    /** Builds the network and the queries. */
    @Setup(Level.Trial)
    public void setUp() {
      network = SyntheticNetworks.trunkGrid(nodes, SEED);
      idOf = idsByIndex(network);
      avoided = new boolean[network.nodeCount()];
      for (int v = 0; v < avoided.length; v++) {
        avoided[v] = network.node(idOf[v]).country().equals(Optional.of(AVOIDED));
      }
      int[][] q = SyntheticNetworks.queries(network.nodeCount(), QUERIES, SEED + 1);
      origins = new int[QUERIES];
      destinations = new int[QUERIES];
      avoidOrigins = new int[QUERIES];
      avoidDestinations = new int[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        origins[i] = q[i][0];
        destinations[i] = q[i][1];
        int[] ends = outside(avoided, q[i][0], q[i][1], i);
        avoidOrigins[i] = ends[0];
        avoidDestinations[i] = ends[1];
      }
      CsrDijkstraPeer reference = CsrDijkstraPeer.of(network);
      expected = new double[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        expected[i] = reference.hours(origins[i], destinations[i]);
      }
    }

    int advance() {
      int i = next;
      next = i + 1 == QUERIES ? 0 : i + 1;
      return i;
    }
  }

  /** The plain CSR peer. */
  @State(Scope.Benchmark)
  public static class Csr {
    CsrDijkstraPeer csr;

    /**
     * Builds the peer.
     *
     * @param graph the network
     */
    @Setup(Level.Trial)
    public void setUp(Graph graph) {
      csr = CsrDijkstraPeer.of(graph.network);
    }
  }

  /** Kervan's routers on the network, checked against the CSR peer. */
  @State(Scope.Benchmark)
  public static class Kervan {
    AStarRouter astar;
    DijkstraRouter dijkstra;
    ShortestPathTree tree;
    RouteRequest[] avoidRequests;

    /**
     * Builds the routers (the routing graph on the first query) and checks them.
     *
     * @param graph the network
     */
    @Setup(Level.Trial)
    public void setUp(Graph graph) {
      astar = AStarRouter.of(graph.network);
      dijkstra = DijkstraRouter.of(graph.network);
      tree = ShortestPathTree.of(graph.network);
      avoidRequests = new RouteRequest[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        avoidRequests[i] =
            RouteRequest.of(graph.idOf[graph.avoidOrigins[i]], graph.idOf[graph.avoidDestinations[i]])
                .avoidingCountries(AVOIDED);
      }
      for (int i = 0; i < QUERIES; i++) {
        double c = graph.expected[i];
        double d = dijkstra.timeHours(graph.origins[i], graph.destinations[i]);
        double a = astar.timeHours(graph.origins[i], graph.destinations[i]);
        // Kervan adds the same doubles in the same order as the CSR peer: bit for bit.
        if (Double.compare(c, d) != 0 || Double.compare(c, a) != 0) {
          throw new IllegalStateException(
              "query " + i + " disagrees: CSR " + c + ", Dijkstra " + d + ", A* " + a);
        }
      }
      CsrDijkstraPeer reference = CsrDijkstraPeer.of(graph.network);
      tree.search(graph.origins[0], RouteOptions.defaults());
      reference.hours(graph.origins[0], -1);
      for (int v = 0; v < graph.network.nodeCount(); v += 97) {
        if (Double.compare(tree.value(v), reference.distance(v)) != 0) {
          throw new IllegalStateException("one-to-all disagrees at node " + v);
        }
      }
    }
  }

  /** JGraphT on the same graph, whole and with the avoided band masked out. */
  @State(Scope.Benchmark)
  public static class Peer {
    DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra;
    DijkstraShortestPath<Integer, DefaultWeightedEdge> avoiding;
    Integer[] origins;
    Integer[] destinations;
    Integer[] avoidOrigins;
    Integer[] avoidDestinations;

    /**
     * Builds the JGraphT graph and checks it against the CSR peer.
     *
     * @param graph the network
     */
    @Setup(Level.Trial)
    public void setUp(Graph graph) {
      org.jgrapht.Graph<Integer, DefaultWeightedEdge> peer = JGraphTPeer.of(graph.network);
      dijkstra = new DijkstraShortestPath<>(peer);
      boolean[] avoided = graph.avoided;
      avoiding = new DijkstraShortestPath<>(new MaskSubgraph<>(peer, v -> avoided[v], e -> false));
      origins = new Integer[QUERIES];
      destinations = new Integer[QUERIES];
      avoidOrigins = new Integer[QUERIES];
      avoidDestinations = new Integer[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        origins[i] = graph.origins[i];
        destinations[i] = graph.destinations[i];
        avoidOrigins[i] = graph.avoidOrigins[i];
        avoidDestinations[i] = graph.avoidDestinations[i];
        double j = dijkstra.getPathWeight(origins[i], destinations[i]);
        if (!Agreement.same(graph.expected[i], j)) {
          throw new IllegalStateException(
              "query " + i + " disagrees: CSR " + graph.expected[i] + ", JGraphT " + j);
        }
      }
    }
  }

  /** Kervan's ALT and JGraphT on the masked graph, checked against each other. */
  @State(Scope.Benchmark)
  public static class Avoiding {
    /**
     * Checks that ALT and the masked JGraphT graph agree on every avoid query.
     *
     * @param graph the network
     * @param kervan Kervan's routers
     * @param peer the JGraphT peer
     */
    @Setup(Level.Trial)
    public void setUp(Graph graph, Kervan kervan, Peer peer) {
      for (int i = 0; i < QUERIES; i++) {
        double alt = kervan.astar.route(kervan.avoidRequests[i]).orElseThrow().totalHours();
        double j = peer.avoiding.getPathWeight(peer.avoidOrigins[i], peer.avoidDestinations[i]);
        if (!Agreement.same(alt, j)) {
          throw new IllegalStateException(
              "avoid query " + i + " disagrees: ALT " + alt + ", JGraphT " + j);
        }
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
   * @param g the network and queries
   * @param c the peer
   * @return the summed hours
   */
  @Benchmark
  public double csrDijkstra16(Graph g, Csr c) {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += c.csr.hours(g.origins[i], g.destinations[i]);
    }
    return sum;
  }

  /**
   * Kervan Dijkstra, primitive API: 16 one-to-one queries.
   *
   * @param g the network and queries
   * @param k Kervan's routers
   * @return the summed hours
   */
  @Benchmark
  public double kervanDijkstra16(Graph g, Kervan k) {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += k.dijkstra.timeHours(g.origins[i], g.destinations[i]);
    }
    return sum;
  }

  /**
   * Kervan A* with the great-circle bound, primitive API: 16 one-to-one queries.
   *
   * @param g the network and queries
   * @param k Kervan's routers
   * @return the summed hours
   */
  @Benchmark
  public double kervanAStarGreatCircle16(Graph g, Kervan k) {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += k.astar.timeHours(g.origins[i], g.destinations[i]);
    }
    return sum;
  }

  /**
   * JGraphT {@code DijkstraShortestPath.getPathWeight}: 16 one-to-one queries.
   *
   * @param p the JGraphT peer
   * @return the summed hours
   */
  @Benchmark
  public double jgraphtDijkstra16(Peer p) {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += p.dijkstra.getPathWeight(p.origins[i], p.destinations[i]);
    }
    return sum;
  }

  /**
   * Kervan ALT (landmarks), object API with the corridor built, avoiding a country band: 16
   * queries.
   *
   * @param k Kervan's routers
   * @param checked that ALT and JGraphT agree
   * @return the summed hours
   */
  @Benchmark
  public double kervanAltAvoidingCountry16(Kervan k, Avoiding checked) {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += k.astar.route(k.avoidRequests[i]).orElseThrow().totalHours();
    }
    return sum;
  }

  /**
   * JGraphT Dijkstra on the graph with the country band masked out: the same 16 queries.
   *
   * @param p the JGraphT peer
   * @param checked that ALT and JGraphT agree
   * @return the summed hours
   */
  @Benchmark
  public double jgraphtDijkstraAvoidingCountry16(Peer p, Avoiding checked) {
    double sum = 0;
    for (int i = 0; i < QUERIES; i++) {
      sum += p.avoiding.getPathWeight(p.avoidOrigins[i], p.avoidDestinations[i]);
    }
    return sum;
  }

  /**
   * Plain CSR Dijkstra settling every node from one origin.
   *
   * @param g the network and queries
   * @param c the peer
   * @return the distance to node 0
   */
  @Benchmark
  public double csrOneToAll(Graph g, Csr c) {
    c.csr.hours(g.origins[g.advance()], -1);
    return c.csr.distance(0);
  }

  /**
   * Kervan one-to-all into a reused {@link ShortestPathTree}.
   *
   * @param g the network and queries
   * @param k Kervan's routers
   * @return the value at node 0
   */
  @Benchmark
  public double kervanOneToAll(Graph g, Kervan k) {
    k.tree.search(g.origins[g.advance()], RouteOptions.defaults());
    return k.tree.value(0);
  }

  /**
   * JGraphT one-to-all: the full shortest-path tree from one origin.
   *
   * @param g the network and queries
   * @param p the JGraphT peer
   * @return the tree
   */
  @Benchmark
  public SingleSourcePaths<Integer, DefaultWeightedEdge> jgraphtOneToAll(Graph g, Peer p) {
    return p.dijkstra.getPaths(p.origins[g.advance()]);
  }
}
