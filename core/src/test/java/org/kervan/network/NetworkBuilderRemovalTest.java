package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** Removing a node or a status takes exactly the legs it names and keeps every other one. */
class NetworkBuilderRemovalTest {

  private static Network triangle() {
    return Network.builder()
        .addNode(Node.of("AAAAA", "a", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51)))
        .addNode(Node.of("BBBBB", "b", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(44, 52)))
        .addNode(Node.of("CCCCC", "c", "UZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(45, 53)))
        .addLeg(leg("AAAAA", "BBBBB"))
        .addLeg(leg("BBBBB", "CCCCC").withStatus(LegStatus.UNDER_CONSTRUCTION))
        .addLeg(leg("CCCCC", "AAAAA"))
        .build();
  }

  private static Leg leg(String from, String to) {
    return Leg.of(from, to, Mode.RAIL, Distance.ofKilometres(100), Speed.ofKilometresPerHour(50));
  }

  private static List<String> keys(Network n) {
    List<String> out = new ArrayList<>();
    for (Leg l : n.legs()) {
      out.add(l.from() + "-" + l.to());
    }
    return out;
  }

  @Test
  void removeNode_dropsTheLegsAtThatNodeOnly() {
    Network n = triangle().toBuilder().removeNode("CCCCC").build();
    assertEquals(List.of("AAAAA-BBBBB"), keys(n));
    assertEquals(2, n.nodes().size());
  }

  @Test
  void removeLegsWithStatus_dropsThatStatusOnly() {
    assertEquals(
        List.of("AAAAA-BBBBB", "CCCCC-AAAAA"),
        keys(triangle().toBuilder().removeLegsWithStatus(LegStatus.UNDER_CONSTRUCTION).build()));
    assertEquals(
        List.of("BBBBB-CCCCC"),
        keys(triangle().toBuilder().removeLegsWithStatus(LegStatus.OPERATING).build()));
  }
}
