package org.kervan.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kervan.elasticity.Presets;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TimeSpread;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;
import org.kervan.trade.CorridorReliability;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.GainMonteCarlo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo draws per second: {@link GainMonteCarlo} with the Hummels &amp; Schaur (2013)
 * preset (two parameters drawn per draw) moving a flow from a Suez sea corridor to a
 * trans-Caspian rail/ferry corridor, both with time spreads on every leg and transfer node; and
 * {@link CorridorReliability} of the baseline corridor alone. Each invocation runs {@value
 * #DRAWS} draws, so the score is draws per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {
  static final int DRAWS = 100_000;

  private Corridor sea;
  private Corridor land;
  private long seed;

  /** Builds the two corridors. */
  @Setup(Level.Trial)
  public void setUp() {
    TimeSpread port = TimeSpread.of(0.8, 2.0);
    Network network =
        Network.builder()
            .addNode(node("CNSHA", "CN", NodeKind.SEAPORT, 31.2, 121.5, port))
            .addNode(node("GRPIR", "GR", NodeKind.SEAPORT, 37.9, 23.6, port))
            .addNode(node("KZKGS", "KZ", NodeKind.RAIL_TERMINAL, 44.2, 80.4, port))
            .addNode(node("KZAKX", "KZ", NodeKind.SEAPORT, 43.6, 51.2, port))
            .addNode(node("AZBAK", "AZ", NodeKind.SEAPORT, 40.4, 49.9, port))
            .addNode(node("DEDUI", "DE", NodeKind.RAIL_TERMINAL, 51.4, 6.8, port))
            .addLeg(leg("CNSHA", "GRPIR", Mode.SEA, 16_000, Speed.ofKnots(16), 0.9, 1.5))
            .addLeg(leg("GRPIR", "DEDUI", Mode.RAIL, 2_400, Speed.ofKilometresPerDay(800), 0.9,
                1.6))
            .addLeg(leg("CNSHA", "KZKGS", Mode.RAIL, 4_400, Speed.ofKilometresPerDay(1000), 0.9,
                1.4))
            .addLeg(leg("KZKGS", "KZAKX", Mode.RAIL, 2_900, Speed.ofKilometresPerDay(700), 0.9,
                1.8))
            .addLeg(leg("KZAKX", "AZBAK", Mode.FERRY, 450, Speed.ofKnots(10), 0.8, 3.0)
                .withDeparturesPerWeek(3))
            .addLeg(leg("AZBAK", "DEDUI", Mode.RAIL, 4_800, Speed.ofKilometresPerDay(700), 0.9,
                1.7))
            .build();
    sea = corridor(network, "CNSHA", "GRPIR", "DEDUI");
    land = corridor(network, "CNSHA", "KZKGS", "KZAKX", "AZBAK", "DEDUI");
  }

  private static Node node(
      String id, String country, NodeKind kind, double lat, double lon, TimeSpread spread) {
    return Node.of(id, id, country, kind, GeoPoint.of(lat, lon))
        .withTransshipment(Duration.ofHours(36), CostPerTeu.ofUsd(150))
        .withDwell(Duration.ofHours(6), CostPerTeu.ofUsd(20))
        .withTimeSpread(spread);
  }

  private static Leg leg(
      String from, String to, Mode mode, double km, Speed speed, double low, double high) {
    return Leg.of(from, to, mode, Distance.ofKilometres(km), speed)
        .withTimeSpread(TimeSpread.of(low, high))
        .withSource("benchmark input");
  }

  private static Corridor corridor(Network network, String... ids) {
    Leg[] legs = new Leg[ids.length - 1];
    for (int i = 0; i < legs.length; i++) {
      String to = ids[i + 1];
      legs[i] =
          network.legsFrom(ids[i]).stream()
              .filter(l -> l.to().equals(to))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no leg to " + to));
    }
    return Corridor.of(network, List.of(legs));
  }

  /**
   * Gain distribution with preset parameter draws and both corridors' time draws.
   *
   * @return the distribution
   */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public GainDistribution gainMonteCarloHummelsSchaur() {
    return GainMonteCarlo.run(1e9, sea, land, Presets.HUMMELS_SCHAUR_2013, DRAWS, seed++);
  }

  /**
   * Reliability of one corridor: time draws and percentiles only.
   *
   * @return P50/P90/P95
   */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public CorridorReliability corridorReliability() {
    return CorridorReliability.of(land, DRAWS, seed++);
  }
}
