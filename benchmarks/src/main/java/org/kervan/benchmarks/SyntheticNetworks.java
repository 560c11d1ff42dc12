package org.kervan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kervan.network.BulkNetworkBuilder;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * Deterministic synthetic multimodal networks for benchmarks: a jittered grid of land nodes over
 * Eurasia joined to their right and lower neighbours by rail or road in both directions (average
 * out-degree about 4), plus one port in a hundred joined to two other ports by long sea links.
 * Edge times follow from great-circle distance (times a detour factor) and a mode speed. Built
 * through {@link Network#bulkBuilder(int, int)}: the network equals the one the ordinary builder
 * makes from the same legs.
 *
 * <p>Nodes charge nothing (no transshipment, dwell or border), so a plain node-based shortest
 * path — what JGraphT computes — has the same optimum as Kervan's mode-aware search, and the two
 * can be compared on identical graphs and queries. Countries are assigned in longitude bands so
 * that "avoid a country" masks cut real swathes of the graph.
 */
public final class SyntheticNetworks {
  private SyntheticNetworks() {}

  /**
   * Builds a network of about {@code nodes} nodes.
   *
   * @param nodes the number of nodes, at least 4; rounded down to a square grid
   * @param seed the random seed; the same seed gives the same network
   * @return the network
   */
  public static Network grid(int nodes, long seed) {
    return build(nodes, seed, 0, false);
  }

  /**
   * Builds a network of about {@code nodes} nodes like {@link #grid(int, long)}, but with the kind
   * of speeds a neutral harness uses: every link a slow local road ({@value #LOCAL_KMH} km/h),
   * except every {@value #TRUNK_EVERY}th row and column, which are fast trunk railways ({@value
   * #TRUNK_KMH} km/h). Shortest paths climb onto the trunks, and the great-circle bound (the
   * trunk speed) is loose on local roads, as it is on real networks.
   *
   * @param nodes the number of nodes, at least 4; rounded down to a square grid
   * @param seed the random seed; the same seed gives the same network
   * @return the network
   */
  public static Network trunkGrid(int nodes, long seed) {
    return build(nodes, seed, TRUNK_EVERY, false);
  }

  /**
   * Builds the network of {@link #trunkGrid(int, long)} through {@link Network#builder()}, a
   * validated {@link Leg} per leg, as networks were built before the bulk builder: the peer of the
   * build benchmark. The network is equal to {@code trunkGrid(nodes, seed)}.
   *
   * @param nodes the number of nodes, at least 4; rounded down to a square grid
   * @param seed the random seed
   * @return the network
   */
  public static Network trunkGridThroughLegs(int nodes, long seed) {
    return build(nodes, seed, TRUNK_EVERY, true);
  }

  /**
   * Records the input of {@link #trunkGrid(int, long)}: its nodes and its directed legs as
   * primitive columns, in the order the generator makes them (each link one way, then back). The
   * legs are those the bulk builder accepted while generating, so a replay builds the same
   * network.
   *
   * @param nodes the number of nodes, at least 4; rounded down to a square grid
   * @param seed the random seed
   * @return the recorded input
   */
  public static NetworkInput trunkGridInput(int nodes, long seed) {
    int side = (int) Math.floor(Math.sqrt(nodes));
    Sink bulk = bulk(side * side, 4 * side * side + side * side / 25);
    NetworkInput.Recorder legs = new NetworkInput.Recorder();
    List<Node> added = new ArrayList<>();
    Sink recording =
        new Sink() {
          @Override
          public void addNode(Node node) {
            bulk.addNode(node);
            added.add(node);
          }

          @Override
          public void addLegBothWays(
              int v, int w, Mode mode, double km, double kmh, double fixedUsd, double usdPerKm,
              LegStatus status, int gaugeMm) {
            // Throws for a duplicate before anything is recorded.
            bulk.addLegBothWays(v, w, mode, km, kmh, fixedUsd, usdPerKm, status, gaugeMm);
            legs.add(v, w, mode, km, kmh, fixedUsd, usdPerKm, status, gaugeMm);
            legs.add(w, v, mode, km, kmh, fixedUsd, usdPerKm, status, gaugeMm);
          }

          @Override
          public Network build() {
            return bulk.build();
          }
        };
    generate(recording, side, seed, TRUNK_EVERY);
    return new NetworkInput(added.toArray(new Node[0]), legs, SOURCE);
  }

  /** Where the generator puts nodes and legs: the bulk builder, or the ordinary one. */
  private interface Sink {
    void addNode(Node node);

    // Throws IllegalArgumentException for a duplicate key, as both builders do.
    void addLegBothWays(
        int v, int w, Mode mode, double km, double kmh, double fixedUsd, double usdPerKm,
        LegStatus status, int gaugeMm);

    Network build();
  }

  private static Sink bulk(int nodes, int legs) {
    BulkNetworkBuilder b = Network.bulkBuilder(nodes, legs);
    return new Sink() {
      @Override
      public void addNode(Node node) {
        b.addNode(node);
      }

      @Override
      public void addLegBothWays(
          int v, int w, Mode mode, double km, double kmh, double fixedUsd, double usdPerKm,
          LegStatus status, int gaugeMm) {
        b.addLegBothWays(v, w, mode, km, kmh, fixedUsd, usdPerKm, status, gaugeMm, SOURCE);
      }

      @Override
      public Network build() {
        return b.build();
      }
    };
  }

  private static Sink throughLegs() {
    Network.Builder b = Network.builder();
    return new Sink() {
      @Override
      public void addNode(Node node) {
        b.addNode(node);
      }

      @Override
      public void addLegBothWays(
          int v, int w, Mode mode, double km, double kmh, double fixedUsd, double usdPerKm,
          LegStatus status, int gaugeMm) {
        Leg leg =
            Leg.of(id(v), id(w), mode, Distance.ofKilometres(km), Speed.ofKilometresPerHour(kmh))
                .withCost(fixedUsd, usdPerKm)
                .withStatus(status)
                .withSource(SOURCE);
        b.addLegBothWays(gaugeMm == 0 ? leg : leg.withGaugeMm(gaugeMm));
      }

      @Override
      public Network build() {
        return b.build();
      }
    };
  }

  /** Local road speed of {@link #trunkGrid}, km/h (assumption: a congested local road). */
  public static final int LOCAL_KMH = 25;
  /** Trunk speed of {@link #trunkGrid}, km/h (assumption: a fast freight line). */
  public static final int TRUNK_KMH = 110;
  /** Trunk spacing of {@link #trunkGrid}, in grid rows and columns. */
  public static final int TRUNK_EVERY = 10;

  // trunkEvery 0: the plain grid; otherwise local roads with trunks every trunkEvery rows/columns.
  private static Network build(int nodes, long seed, int trunkEvery, boolean throughLegs) {
    int side = (int) Math.floor(Math.sqrt(nodes));
    // About two legs per node each way, and a few sea legs: the hint saves the columns' copies.
    Sink b =
        throughLegs ? throughLegs() : bulk(side * side, 4 * side * side + side * side / 25);
    return generate(b, side, seed, trunkEvery);
  }

  private static Network generate(Sink b, int side, long seed, int trunkEvery) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] countries = {"CN", "KZ", "UZ", "TM", "AZ", "GE", "TR", "GR", "IT", "DE"};
    double[] lat = new double[side * side];
    double[] lon = new double[side * side];
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        int v = r * side + c;
        lat[v] = 55.0 - 30.0 * (r + rnd.nextDouble(0.1, 0.9)) / side;
        lon[v] = 5.0 + 110.0 * (c + rnd.nextDouble(0.1, 0.9)) / side;
        String country = countries[Math.min(countries.length - 1, c * countries.length / side)];
        boolean port = rnd.nextInt(100) == 0;
        b.addNode(
            Node.of(
                id(v),
                "n" + v,
                country,
                port ? NodeKind.SEAPORT : NodeKind.RAIL_TERMINAL,
                GeoPoint.of(lat[v], lon[v])));
      }
    }
    Speed rail = Speed.ofKilometresPerDay(1100);
    Speed road = Speed.ofKilometresPerHour(45);
    Speed sea = Speed.ofKnots(16);
    Speed trunk = Speed.ofKilometresPerHour(TRUNK_KMH);
    Speed local = Speed.ofKilometresPerHour(LOCAL_KMH);
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        int v = r * side + c;
        if (trunkEvery == 0) {
          if (c + 1 < side) {
            link(b, v, v + 1, lat, lon, rnd, rail, road);
          }
          if (r + 1 < side) {
            link(b, v, v + side, lat, lon, rnd, rail, road);
          }
        } else {
          if (c + 1 < side) {
            Speed s = r % trunkEvery == 0 ? trunk : local;
            link(b, v, v + 1, lat, lon, rnd, s, s);
          }
          if (r + 1 < side) {
            Speed s = c % trunkEvery == 0 ? trunk : local;
            link(b, v, v + side, lat, lon, rnd, s, s);
          }
        }
      }
    }
    int n = side * side;
    for (int v = 0; v < n; v++) {
      if (rnd.nextInt(100) != 0) {
        continue;
      }
      for (int k = 0; k < 2; k++) {
        int w = rnd.nextInt(n);
        if (w == v) {
          continue;
        }
        double km = 1.15 * GeoPoint.greatCircleKm(lat[v], lon[v], lat[w], lon[w]);
        try {
          b.addLegBothWays(
              v,
              w,
              Mode.SEA,
              Distance.ofKilometres(Math.max(km, 1)).toKilometres(),
              sea.toKilometresPerHour(),
              200,
              0.05,
              LegStatus.OPERATING,
              0);
        } catch (IllegalArgumentException duplicate) {
          // Two random draws picked the same pair; one sea link is enough.
        }
      }
    }
    return b.build();
  }

  private static void link(
      Sink b,
      int v,
      int w,
      double[] lat,
      double[] lon,
      SplittableRandom rnd,
      Speed rail,
      Speed road) {
    double km = 1.2 * GeoPoint.greatCircleKm(lat[v], lon[v], lat[w], lon[w]);
    boolean isRail = rnd.nextInt(3) > 0;
    LegStatus status = rnd.nextInt(50) == 0 ? LegStatus.PLANNED : LegStatus.OPERATING;
    b.addLegBothWays(
        v,
        w,
        isRail ? Mode.RAIL : Mode.ROAD,
        Distance.ofKilometres(Math.max(km, 0.5)).toKilometres(),
        (isRail ? rail : road).toKilometresPerHour(),
        isRail ? 50 : 20,
        isRail ? 0.6 : 1.2,
        status,
        isRail ? 1435 : 0);
  }

  private static final String SOURCE = "synthetic";

  /**
   * Returns the id of the {@code v}-th synthetic node.
   *
   * @param v the node number
   * @return the id, e.g. {@code N_42}
   */
  public static String id(int v) {
    return "N_" + v;
  }

  /**
   * Draws random origin-destination pairs of dense node indices, distinct within each pair.
   *
   * @param nodeCount the number of nodes
   * @param pairs how many pairs
   * @param seed the random seed
   * @return {@code int[pairs][2]}
   */
  public static int[][] queries(int nodeCount, int pairs, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[][] q = new int[pairs][2];
    for (int i = 0; i < pairs; i++) {
      q[i][0] = rnd.nextInt(nodeCount);
      do {
        q[i][1] = rnd.nextInt(nodeCount);
      } while (q[i][1] == q[i][0]);
    }
    return q;
  }

  /**
   * Lists the countries used by {@link #grid(int, long)}, west to east by band.
   *
   * @return ISO codes
   */
  public static List<String> countries() {
    return List.of("CN", "KZ", "UZ", "TM", "AZ", "GE", "TR", "GR", "IT", "DE");
  }
}
