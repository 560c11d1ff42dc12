package org.kervan.benchmarks;

import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import org.kervan.network.BulkNetworkBuilder;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.quantity.Distance;
import org.kervan.quantity.Speed;

/**
 * The input of a network build as a harness holds it before any library sees it: the node
 * records and one row of primitive columns per directed leg, in the order the legs were made.
 * {@link SyntheticNetworks#trunkGridInput} records it; the build benchmark replays it into each
 * builder and each peer, so that generating the data (random draws, great-circle distances) is
 * outside every measured build. Arrays are exposed as they are; treat them as read-only.
 */
public final class NetworkInput {
  /** The nodes, by dense index. */
  public final Node[] nodes;
  /** Number of directed legs. */
  public final int legCount;
  /** Start node of each leg. */
  public final int[] from;
  /** End node of each leg. */
  public final int[] to;
  /** Mode of each leg. */
  public final Mode[] mode;
  /** Distance of each leg, km. */
  public final double[] km;
  /** Speed of each leg, km/h. */
  public final double[] kmh;
  /** Fixed cost of each leg, USD per TEU. */
  public final double[] fixedUsd;
  /** Distance cost of each leg, USD per TEU-km. */
  public final double[] usdPerKm;
  /** Status of each leg. */
  public final LegStatus[] status;
  /** Gauge of each leg in mm, 0 if none. */
  public final int[] gaugeMm;
  /** Source of every leg. */
  public final String source;

  NetworkInput(Node[] nodes, Recorder r, String source) {
    this.nodes = nodes;
    this.legCount = r.mode.size();
    this.from = r.from.build().toArray();
    this.to = r.to.build().toArray();
    this.mode = r.mode.toArray(new Mode[0]);
    this.km = r.km.build().toArray();
    this.kmh = r.kmh.build().toArray();
    this.fixedUsd = r.fixedUsd.build().toArray();
    this.usdPerKm = r.usdPerKm.build().toArray();
    this.status = r.status.toArray(new LegStatus[0]);
    this.gaugeMm = r.gaugeMm.build().toArray();
    this.source = source;
  }

  /**
   * Builds the network through {@link Network#bulkBuilder(int, int)} with exact size hints.
   *
   * @return the network
   */
  public Network buildBulk() {
    BulkNetworkBuilder b = Network.bulkBuilder(nodes.length, legCount);
    for (Node node : nodes) {
      b.addNode(node);
    }
    for (int i = 0; i < legCount; i++) {
      b.addLeg(from[i], to[i], mode[i], km[i], kmh[i], fixedUsd[i], usdPerKm[i], status[i],
          gaugeMm[i], source);
    }
    return b.build();
  }

  /**
   * Builds the network through {@link Network#builder()}, a validated {@link Leg} per leg.
   *
   * @return the network, equal to {@link #buildBulk()}'s
   */
  public Network buildThroughLegs() {
    Network.Builder b = Network.builder();
    for (Node node : nodes) {
      b.addNode(node);
    }
    for (int i = 0; i < legCount; i++) {
      Leg leg =
          Leg.of(nodes[from[i]].id(), nodes[to[i]].id(), mode[i], Distance.ofKilometres(km[i]),
                  Speed.ofKilometresPerHour(kmh[i]))
              .withCost(fixedUsd[i], usdPerKm[i])
              .withStatus(status[i])
              .withSource(source);
      b.addLeg(gaugeMm[i] == 0 ? leg : leg.withGaugeMm(gaugeMm[i]));
    }
    return b.build();
  }

  /** Collects legs while the generator runs. */
  static final class Recorder {
    final ImmutableIntArray.Builder from = ImmutableIntArray.builder();
    final ImmutableIntArray.Builder to = ImmutableIntArray.builder();
    final List<Mode> mode = new ArrayList<>();
    final ImmutableDoubleArray.Builder km = ImmutableDoubleArray.builder();
    final ImmutableDoubleArray.Builder kmh = ImmutableDoubleArray.builder();
    final ImmutableDoubleArray.Builder fixedUsd = ImmutableDoubleArray.builder();
    final ImmutableDoubleArray.Builder usdPerKm = ImmutableDoubleArray.builder();
    final List<LegStatus> status = new ArrayList<>();
    final ImmutableIntArray.Builder gaugeMm = ImmutableIntArray.builder();

    void add(int v, int w, Mode m, double d, double s, double f, double c, LegStatus st, int g) {
      from.add(v);
      to.add(w);
      mode.add(m);
      km.add(d);
      kmh.add(s);
      fixedUsd.add(f);
      usdPerKm.add(c);
      status.add(st);
      gaugeMm.add(g);
    }
  }
}
