package org.kervan.spark;

import java.util.ArrayList;
import java.util.List;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.Speed;

/** The world network and two derived scenarios, built once per test JVM. */
final class SweepFixtures {
  static final Network BASELINE = DefaultNetwork.load();
  static final Network SUEZ_CLOSED = SweepMain.withoutChokepoint(BASELINE, "CP_SUEZ");
  static final Network SLOW_STEAMING = DefaultNetwork.withSeaSpeed(BASELINE, Speed.ofKnots(12));
  static final Scenarios SCENARIOS =
      Scenarios.of(BASELINE).with("suez_closed", SUEZ_CLOSED).with("slow_steaming", SLOW_STEAMING);

  private SweepFixtures() {}

  /** The first {@code n} seaports by id. */
  static List<String> ports(int n) {
    List<String> ids = new ArrayList<>();
    for (Node node : BASELINE.nodes()) {
      if (node.kind() == NodeKind.SEAPORT) {
        ids.add(node.id());
      }
    }
    ids.sort(null);
    return ids.subList(0, n);
  }
}
