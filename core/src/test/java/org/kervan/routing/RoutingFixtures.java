package org.kervan.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.GeoPoint;

/** Seeded random networks, a hand-built Suez/Cape network, and plain reference routers. */
final class RoutingFixtures {
  static final String[] COUNTRIES = {"TR", "IR", "RU", "GE", "AZ", "KZ"};
  static final Mode[] MODES = {Mode.SEA, Mode.RAIL, Mode.ROAD, Mode.FERRY};

  private RoutingFixtures() {}

  static String nodeId(int i) {
    return "N_" + i;
  }

  /**
   * A random multimodal network: {@code n} nodes (about one in eight a chokepoint at sea, id
   * {@code CP_i}), about {@code m} legs with several modes, rail gauges, schedules, statuses,
   * countries and chokepoints crossed, and random node charges.
   */
  static Network randomNetwork(long seed, int n, int m) {
    return randomNetwork(seed, n, m, false);
  }

  /**
   * As {@link #randomNetwork(long, int, int)}; with {@code chargeFree} every node charges nothing,
   * so each node has one search state and the searches take their plain-graph paths.
   */
  static Network randomNetwork(long seed, int n, int m, boolean chargeFree) {
    Random rnd = new Random(seed);
    Network.Builder b = Network.builder();
    List<String> ids = new ArrayList<>();
    List<String> chokes = new ArrayList<>();
    List<GeoPoint> pos = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GeoPoint p = GeoPoint.of(rnd.nextDouble() * 60 - 30, rnd.nextDouble() * 60 - 30);
      boolean choke = rnd.nextInt(8) == 0;
      // Seaports (relay dwell on waterborne passes only), rail terminals (dwell on every pass)
      // and nodes charging nothing at all (one state serves every way in, and the origin too).
      NodeKind kind =
          choke ? NodeKind.CHOKEPOINT : rnd.nextInt(3) == 0 ? NodeKind.RAIL_TERMINAL : NodeKind.SEAPORT;
      double scale = rnd.nextInt(5) == 0 || chargeFree ? 0 : 1;
      String id = choke ? "CP_" + i : nodeId(i);
      Optional<String> country =
          choke ? Optional.empty() : Optional.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
      b.addNode(
          new Node(
              id, "node " + i, country, kind, p,
              scale * charge(rnd, 30), scale * charge(rnd, 200), scale * charge(rnd, 10),
              scale * charge(rnd, 50),
              rnd.nextInt(4) == 0 ? scale * charge(rnd, 40) : 0,
              rnd.nextInt(4) == 0 ? scale * charge(rnd, 100) : 0,
              Optional.empty(), "test"));
      ids.add(id);
      pos.add(p);
      if (choke) {
        chokes.add(id);
      }
    }
    Set<String> keys = new HashSet<>();
    for (int k = 0; k < m; k++) {
      int a = rnd.nextInt(n);
      int c = rnd.nextInt(n);
      Mode mode = MODES[rnd.nextInt(MODES.length)];
      if (a == c || !keys.add(a + ">" + c + ":" + mode)) {
        continue;
      }
      double gcKm =
          GeoPoint.greatCircleKm(
              pos.get(a).latitude(), pos.get(a).longitude(), pos.get(c).latitude(),
              pos.get(c).longitude());
      List<String> cs = new ArrayList<>();
      if (rnd.nextInt(5) == 0) {
        cs.add(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
      }
      List<String> ks = new ArrayList<>();
      if (!chokes.isEmpty() && rnd.nextInt(6) == 0) {
        ks.add(chokes.get(rnd.nextInt(chokes.size())));
      }
      LegStatus status = rnd.nextInt(6) == 0 ? LegStatus.PLANNED : LegStatus.OPERATING;
      OptionalInt gauge =
          mode == Mode.RAIL && rnd.nextInt(3) > 0
              ? OptionalInt.of(rnd.nextBoolean() ? 1435 : 1520)
              : OptionalInt.empty();
      OptionalDouble departures =
          rnd.nextInt(3) == 0 ? OptionalDouble.of(1 + rnd.nextInt(14)) : OptionalDouble.empty();
      // Free legs (zero cost) occur too, so cost searches meet zero-weight steps.
      double fixed = rnd.nextInt(5) == 0 ? 0 : charge(rnd, 300);
      double perKm = rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble();
      b.addLeg(
          new Leg(
              ids.get(a), ids.get(c), mode, gcKm * (1 + rnd.nextDouble() * 0.4) + 1,
              5 + rnd.nextDouble() * 55, departures, fixed, perKm, cs, ks, Optional.empty(),
              OptionalDouble.empty(), status, gauge, "test", Optional.empty()));
    }
    return b.build();
  }

  private static double charge(Random rnd, double max) {
    // Round to a quarter so that equal totals (ties) occur now and then.
    return Math.floor(rnd.nextDouble() * max * 4) / 4;
  }

  /** A random request over a random network: criterion, wait policy, and maybe avoid sets. */
  static RouteRequest randomRequest(Network net, Random rnd, boolean constraints, boolean vias) {
    List<Node> nodes = net.nodes();
    String o = nodes.get(rnd.nextInt(nodes.size())).id();
    String d;
    do {
      d = nodes.get(rnd.nextInt(nodes.size())).id();
    } while (d.equals(o));
    RouteRequest r = RouteRequest.of(o, d);
    switch (rnd.nextInt(3)) {
      case 0:
        break;
      case 1:
        r = r.withCriterion(Criterion.COST);
        break;
      default:
        r = r.withGeneralisedCost(rnd.nextInt(300));
        break;
    }
    if (rnd.nextBoolean()) {
      r = r.withWaitPolicy(WaitPolicy.IGNORE_SCHEDULES);
    }
    if (constraints) {
      if (rnd.nextBoolean()) {
        r = r.avoidingCountries(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
      }
      if (rnd.nextInt(3) == 0) {
        r = r.avoidingModes(MODES[rnd.nextInt(MODES.length)]);
      }
      if (rnd.nextInt(3) == 0) {
        r = r.avoidingStatuses(LegStatus.PLANNED);
      }
      if (rnd.nextInt(3) == 0) {
        r = r.avoidingNodes(nodes.get(rnd.nextInt(nodes.size())).id());
      }
      for (Node node : nodes) {
        if (node.kind() == NodeKind.CHOKEPOINT && rnd.nextInt(2) == 0) {
          r = r.avoidingChokepoints(node.id());
        }
      }
    }
    if (vias && rnd.nextBoolean()) {
      String v;
      do {
        v = nodes.get(rnd.nextInt(nodes.size())).id();
      } while (v.equals(o) || v.equals(d));
      r = r.via(v);
    }
    return r;
  }

  /** Whether options allow a leg, decided from the objects, independently of the routers. */
  static boolean allowed(Network net, Leg l, RouteOptions o) {
    if (o.avoidModes().contains(l.mode()) || o.avoidStatuses().contains(l.status())) {
      return false;
    }
    if (o.avoidNodes().contains(l.from()) || o.avoidNodes().contains(l.to())) {
      return false;
    }
    Node from = net.node(l.from());
    Node to = net.node(l.to());
    Set<String> countries = new HashSet<>(l.countries());
    from.country().ifPresent(countries::add);
    to.country().ifPresent(countries::add);
    Set<String> chokes = new HashSet<>(l.chokepoints());
    if (from.kind() == NodeKind.CHOKEPOINT) {
      chokes.add(from.id());
    }
    if (to.kind() == NodeKind.CHOKEPOINT) {
      chokes.add(to.id());
    }
    for (String c : countries) {
      if (o.avoidCountries().contains(c)) {
        return false;
      }
    }
    for (String c : chokes) {
      if (o.avoidChokepoints().contains(c)) {
        return false;
      }
    }
    return true;
  }

  /** The corridor's own total for a criterion. */
  static double total(Corridor c, RouteOptions o) {
    switch (o.criterion()) {
      case TIME:
        return c.totalHours();
      case COST:
        return c.totalCostUsd();
      default:
        return c.generalisedCostUsd(o.valueOfTimeUsdPerTeuDay());
    }
  }

  /**
   * The step value of leaving by {@code f} after arriving by {@code e} (null on the first step),
   * written out from the node and leg fields: a change of mode or of known rail gauge pays the
   * transshipment; any other pass pays the dwell, except at a seaport, whose dwell is the wait of
   * a ship-to-ship relay and is paid only between two waterborne legs; every pass pays the border.
   * The additions are in the order the documented cost model gives, so totals match to the bit.
   */
  static double step(Network net, Leg e, Leg f, RouteOptions o) {
    double legHours = f.waitingHours(o.waitPolicy()) + f.runningHours();
    double legCost = f.costUsd();
    double nodeHours = 0.0;
    double nodeCost = 0.0;
    if (e != null) {
      Node v = net.node(f.from());
      int gaugeIn = e.gaugeMm().orElse(0);
      int gaugeOut = f.gaugeMm().orElse(0);
      boolean transfer =
          e.mode() != f.mode()
              || (e.mode() == Mode.RAIL && gaugeIn > 0 && gaugeOut > 0 && gaugeIn != gaugeOut);
      boolean dwell =
          v.kind() != NodeKind.SEAPORT || (waterborne(e.mode()) && waterborne(f.mode()));
      nodeHours =
          (transfer ? v.transshipmentHours() : dwell ? v.dwellHours() : 0.0) + v.borderHours();
      nodeCost =
          (transfer ? v.transshipmentCostUsd() : dwell ? v.dwellCostUsd() : 0.0)
              + v.borderCostUsd();
    }
    double h = nodeHours + legHours;
    double c = nodeCost + legCost;
    switch (o.criterion()) {
      case TIME:
        return h;
      case COST:
        return c;
      default:
        return c + o.valueOfTimeUsdPerTeuDay() * (h / 24.0);
    }
  }

  private static boolean waterborne(Mode m) {
    return m == Mode.SEA || m == Mode.FERRY || m == Mode.INLAND_WATERWAY;
  }

  /**
   * Plain reference Dijkstra on the line graph: one vertex per (leg, vias passed), a {@link
   * PriorityQueue} with lazy deletion, steps computed from the Node and Leg objects.
   */
  static double referenceBest(Network net, RouteRequest r) {
    List<Leg> legs = net.legs();
    int m = legs.size();
    int layers = r.vias().size();
    List<String> targets = new ArrayList<>(r.vias());
    targets.add(r.destination());
    double[] dist = new double[m * (layers + 1)];
    java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
    PriorityQueue<double[]> pq = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    for (int i = 0; i < m; i++) {
      Leg l = legs.get(i);
      if (l.from().equals(r.origin()) && allowed(net, l, r.options())) {
        int layer = l.to().equals(targets.get(0)) && layers > 0 ? 1 : 0;
        double d = 0.0 + step(net, null, l, r.options());
        if (d < dist[layer * m + i]) {
          dist[layer * m + i] = d;
          pq.add(new double[] {d, i, layer});
        }
      }
    }
    while (!pq.isEmpty()) {
      double[] top = pq.poll();
      int i = (int) top[1];
      int layer = (int) top[2];
      if (top[0] > dist[layer * m + i]) {
        continue;
      }
      Leg e = legs.get(i);
      if (layer == layers && e.to().equals(r.destination())) {
        return top[0];
      }
      for (int j = 0; j < m; j++) {
        Leg f = legs.get(j);
        if (!f.from().equals(e.to()) || !allowed(net, f, r.options())) {
          continue;
        }
        int nl = layer < layers && f.to().equals(targets.get(layer)) ? layer + 1 : layer;
        double d = top[0] + step(net, e, f, r.options());
        if (d < dist[nl * m + j]) {
          dist[nl * m + j] = d;
          pq.add(new double[] {d, j, nl});
        }
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** JGraphT's Dijkstra on the line graph (vertex per leg, plus source and sink); no vias. */
  static double jgraphtBest(Network net, RouteRequest r) {
    List<Leg> legs = net.legs();
    int m = legs.size();
    Graph<Integer, DefaultWeightedEdge> lg = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int source = m;
    int sink = m + 1;
    for (int v = 0; v < m + 2; v++) {
      lg.addVertex(v);
    }
    for (int i = 0; i < m; i++) {
      Leg e = legs.get(i);
      if (!allowed(net, e, r.options())) {
        continue;
      }
      if (e.from().equals(r.origin())) {
        lg.setEdgeWeight(lg.addEdge(source, i), step(net, null, e, r.options()));
      }
      if (e.to().equals(r.destination())) {
        lg.setEdgeWeight(lg.addEdge(i, sink), 0.0);
      }
      for (int j = 0; j < m; j++) {
        Leg f = legs.get(j);
        if (f.from().equals(e.to()) && allowed(net, f, r.options())) {
          lg.setEdgeWeight(lg.addEdge(i, j), step(net, e, f, r.options()));
        }
      }
    }
    // getWeight reads the distance the search accumulated source to sink; getPathWeight would re-add
    // the path's edge weights from the sink backwards, which can differ in the last bit.
    return new DijkstraShortestPath<>(lg).getPaths(source).getWeight(sink);
  }

  /** Every loopless corridor of a request (no vias), by depth-first enumeration. */
  static List<Corridor> allLoopless(Network net, RouteRequest r) {
    List<Corridor> out = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    visited.add(r.origin());
    dfs(net, r, r.origin(), new ArrayList<>(), visited, out);
    return out;
  }

  private static void dfs(
      Network net, RouteRequest r, String at, List<Leg> path, Set<String> visited,
      List<Corridor> out) {
    for (Leg l : net.legsFrom(at)) {
      if (!allowed(net, l, r.options()) || visited.contains(l.to())) {
        continue;
      }
      path.add(l);
      if (l.to().equals(r.destination())) {
        out.add(Corridor.of(net, path, r.options().waitPolicy()));
      } else {
        visited.add(l.to());
        dfs(net, r, l.to(), path, visited, out);
        visited.remove(l.to());
      }
      path.remove(path.size() - 1);
    }
  }

  /**
   * A small hand-built network from India to the Mediterranean: Nhava Sheva to Piraeus by Suez,
   * or around the Cape of Good Hope, plus a land bridge through Jebel Ali and Haifa.
   */
  static Network suezNetwork() {
    Network.Builder b = Network.builder();
    b.addNode(Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, GeoPoint.of(18.95, 72.95)));
    b.addNode(Node.of("AEJEA", "Jebel Ali", "AE", NodeKind.SEAPORT, GeoPoint.of(25.01, 55.06)));
    b.addNode(Node.of("ILHFA", "Haifa", "IL", NodeKind.SEAPORT, GeoPoint.of(32.82, 35.0)));
    b.addNode(Node.of("GRPIR", "Piraeus", "GR", NodeKind.SEAPORT, GeoPoint.of(37.94, 23.64)));
    b.addNode(
        Node.atSea("CP_BAB_EL_MANDEB", "Bab-el-Mandeb", NodeKind.CHOKEPOINT, GeoPoint.of(12.6, 43.3)));
    b.addNode(Node.atSea("CP_SUEZ", "Suez Canal", NodeKind.CHOKEPOINT, GeoPoint.of(30.6, 32.3)));
    b.addNode(Node.atSea("CP_CAPE", "Cape of Good Hope", NodeKind.CHOKEPOINT, GeoPoint.of(-34.4, 18.5)));
    b.addNode(Node.atSea("CP_GIBRALTAR", "Gibraltar", NodeKind.CHOKEPOINT, GeoPoint.of(35.95, -5.6)));
    b.addLeg(sea("INNSA", "CP_BAB_EL_MANDEB", 3300));
    b.addLeg(sea("CP_BAB_EL_MANDEB", "CP_SUEZ", 2300));
    b.addLeg(sea("CP_SUEZ", "GRPIR", 1200));
    b.addLeg(sea("INNSA", "CP_CAPE", 8800));
    b.addLeg(sea("CP_CAPE", "CP_GIBRALTAR", 10500));
    b.addLeg(sea("CP_GIBRALTAR", "GRPIR", 2900));
    b.addLeg(sea("INNSA", "AEJEA", 1950));
    b.addLeg(
        Leg.of("AEJEA", "ILHFA", Mode.RAIL, org.kervan.quantity.Distance.ofKilometres(2550),
                org.kervan.quantity.Speed.ofKilometresPerHour(45))
            .withCountries(List.of("SA", "JO"))
            .withStatus(LegStatus.PLANNED));
    b.addLeg(sea("ILHFA", "GRPIR", 1200));
    return b.build();
  }

  private static Leg sea(String from, String to, double km) {
    return Leg.of(from, to, Mode.SEA, org.kervan.quantity.Distance.ofKilometres(km),
            org.kervan.quantity.Speed.ofKnots(16))
        .withCost(200, 0.1);
  }
}
