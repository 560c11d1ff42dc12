package org.kervan.benchmarks;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ManyToManyShortestPathsAlgorithm.ManyToManyShortestPaths;
import org.jgrapht.alg.shortestpath.DijkstraManyToManyShortestPaths;
import org.jgrapht.alg.shortestpath.MartinShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.routing.DijkstraMatrixRouter;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.MartinsParetoRouter;
import org.kervan.routing.RouteMatrix;
import org.kervan.routing.RouteOptions;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.YenKShortestRouter;
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
 * The heavier routing queries — k = 5 loopless alternatives, the time/cost Pareto set, and a 100 x
 * 100 time matrix — against JGraphT's {@code YenKShortestPath}, {@code MartinShortestPath} and
 * {@code DijkstraManyToManyShortestPaths} on the same graph and queries. Defaults to 10k nodes
 * (run larger sizes with {@code -p nodes=100000}); each invocation takes the next of {@value
 * RoutingBenchmark#QUERIES} precomputed pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class RoutingExtrasBenchmark {
  static final int K = 5;
  static final int MATRIX_SIDE = 100;
  /**
   * Nodes of the Pareto benchmark's own grid: on 10k nodes the time/cost fronts of random pairs
   * outgrow Kervan's default label cap and JGraphT's Martin needs seconds per query.
   */
  static final int PARETO_NODES = 2_500;

  @Param({"10000"})
  int nodes;

  private YenKShortestRouter yen;
  private MartinsParetoRouter pareto;
  private DijkstraMatrixRouter matrix;
  private YenKShortestPath<Integer, DefaultWeightedEdge> jgtYen;
  private MartinShortestPath<Integer, DefaultWeightedEdge> jgtMartin;
  private DijkstraManyToManyShortestPaths<Integer, DefaultWeightedEdge> jgtManyToMany;
  private int[] origins;
  private int[] destinations;
  private RouteRequest[] requests;
  private int[] paretoOrigins;
  private int[] paretoDestinations;
  private RouteRequest[] paretoRequests;
  private List<String> matrixOrigins;
  private List<String> matrixDestinations;
  private Set<Integer> jgtMatrixOrigins;
  private Set<Integer> jgtMatrixDestinations;
  private int next;

  /** Builds the network, routers, peers and queries; checks the best alternative agrees. */
  @Setup(Level.Trial)
  public void setUp() {
    Network network = SyntheticNetworks.grid(nodes, RoutingBenchmark.SEED);
    yen = YenKShortestRouter.of(network);
    Network small = SyntheticNetworks.grid(PARETO_NODES, RoutingBenchmark.SEED);
    pareto = MartinsParetoRouter.of(small);
    matrix = DijkstraMatrixRouter.of(network);
    Graph<Integer, DefaultWeightedEdge> peer = JGraphTPeer.of(network);
    jgtYen = new YenKShortestPath<>(peer);
    Graph<Integer, DefaultWeightedEdge> smallPeer = JGraphTPeer.of(small);
    Map<DefaultWeightedEdge, double[]> criteria = peerCriteria(small, smallPeer);
    jgtMartin = new MartinShortestPath<>(smallPeer, criteria::get);
    jgtManyToMany = new DijkstraManyToManyShortestPaths<>(peer);
    String[] idOf = RoutingBenchmark.idsByIndex(network);
    int n = network.nodeCount();
    int[][] q = SyntheticNetworks.queries(n, RoutingBenchmark.QUERIES, RoutingBenchmark.SEED + 1);
    origins = new int[q.length];
    destinations = new int[q.length];
    requests = new RouteRequest[q.length];
    for (int i = 0; i < q.length; i++) {
      origins[i] = q[i][0];
      destinations[i] = q[i][1];
      requests[i] = RouteRequest.of(idOf[origins[i]], idOf[destinations[i]]);
    }
    String[] smallIdOf = RoutingBenchmark.idsByIndex(small);
    int[][] ps =
        SyntheticNetworks.queries(
            small.nodeCount(), RoutingBenchmark.QUERIES, RoutingBenchmark.SEED + 3);
    paretoOrigins = new int[ps.length];
    paretoDestinations = new int[ps.length];
    paretoRequests = new RouteRequest[ps.length];
    for (int i = 0; i < ps.length; i++) {
      paretoOrigins[i] = ps[i][0];
      paretoDestinations[i] = ps[i][1];
      paretoRequests[i] = RouteRequest.of(smallIdOf[ps[i][0]], smallIdOf[ps[i][1]]);
    }
    int[][] m = SyntheticNetworks.queries(n, MATRIX_SIDE, RoutingBenchmark.SEED + 2);
    String[] mo = new String[MATRIX_SIDE];
    String[] md = new String[MATRIX_SIDE];
    jgtMatrixOrigins = new LinkedHashSet<>();
    jgtMatrixDestinations = new LinkedHashSet<>();
    for (int i = 0; i < MATRIX_SIDE; i++) {
      mo[i] = idOf[m[i][0]];
      md[i] = idOf[m[i][1]];
      jgtMatrixOrigins.add(m[i][0]);
      jgtMatrixDestinations.add(m[i][1]);
    }
    matrixOrigins = List.of(mo);
    matrixDestinations = List.of(md);
    DijkstraRouter check = DijkstraRouter.of(network);
    for (int i = 0; i < 3; i++) {
      List<Corridor> kervan = yen.alternatives(requests[i], K);
      List<GraphPath<Integer, DefaultWeightedEdge>> jgt = jgtYen.getPaths(origins[i], destinations[i], K);
      double best = check.timeHours(origins[i], destinations[i]);
      if (kervan.isEmpty()
          || jgt.isEmpty()
          || !Agreement.same(kervan.get(0).totalHours(), best)
          || !Agreement.same(jgt.get(0).getWeight(), best)) {
        throw new IllegalStateException("best alternative disagrees on query " + i);
      }
    }
  }

  /** Time and cost of each peer edge: the fastest leg between its ends, as JGraphTPeer keeps. */
  private static Map<DefaultWeightedEdge, double[]> peerCriteria(
      Network network, Graph<Integer, DefaultWeightedEdge> peer) {
    Map<DefaultWeightedEdge, double[]> criteria = new HashMap<>();
    for (Leg l : network.legs()) {
      DefaultWeightedEdge e = peer.getEdge(network.indexOf(l.from()), network.indexOf(l.to()));
      double hours = peer.getEdgeWeight(e);
      double[] old = criteria.get(e);
      if (old == null || old[1] > l.costUsd()) {
        criteria.put(e, new double[] {hours, l.costUsd()});
      }
    }
    return criteria;
  }

  private int advance() {
    int i = next;
    next = i + 1 == RoutingBenchmark.QUERIES ? 0 : i + 1;
    return i;
  }

  /**
   * Kervan Yen, k = 5.
   *
   * @return the alternatives
   */
  @Benchmark
  public List<Corridor> kervanYenK5() {
    return yen.alternatives(requests[advance()], K);
  }

  /**
   * JGraphT Yen, k = 5.
   *
   * @return the alternatives
   */
  @Benchmark
  public List<GraphPath<Integer, DefaultWeightedEdge>> jgraphtYenK5() {
    int i = advance();
    return jgtYen.getPaths(origins[i], destinations[i], K);
  }

  /**
   * Kervan Martins, time and cost, on the {@value #PARETO_NODES}-node grid.
   *
   * @return the Pareto set
   */
  @Benchmark
  public List<Corridor> kervanParetoSet() {
    return pareto.paretoSet(paretoRequests[advance()]);
  }

  /**
   * JGraphT Martin, time and cost, on the {@value #PARETO_NODES}-node grid.
   *
   * @return the Pareto set
   */
  @Benchmark
  public List<GraphPath<Integer, DefaultWeightedEdge>> jgraphtMartinParetoSet() {
    int i = advance();
    return jgtMartin.getPaths(paretoOrigins[i], paretoDestinations[i]);
  }

  /**
   * Kervan 100 x 100 time matrix.
   *
   * @return the matrix
   */
  @Benchmark
  public RouteMatrix kervanMatrix100x100() {
    return matrix.matrix(matrixOrigins, matrixDestinations, RouteOptions.defaults());
  }

  /**
   * JGraphT many-to-many Dijkstra, 100 x 100.
   *
   * @return the paths
   */
  @Benchmark
  public ManyToManyShortestPaths<Integer, DefaultWeightedEdge> jgraphtMatrix100x100() {
    return jgtManyToMany.getManyToManyPaths(jgtMatrixOrigins, jgtMatrixDestinations);
  }
}
