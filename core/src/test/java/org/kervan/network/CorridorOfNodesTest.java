package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** A corridor given its nodes checks every leg's ends against them, the last leg included. */
class CorridorOfNodesTest {
  private static final Node A = Node.of("AAAAA", "a", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51));
  private static final Node B = Node.of("BBBBB", "b", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(44, 52));
  private static final Node C = Node.of("CCCCC", "c", "UZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(45, 53));

  private static Leg leg(String from, String to) {
    return Leg.of(from, to, Mode.RAIL, Distance.ofKilometres(100), Speed.ofKilometresPerHour(50));
  }

  private static final List<Leg> LEGS = List.of(leg("AAAAA", "BBBBB"), leg("BBBBB", "CCCCC"));

  private static void assertRejected(List<Node> nodes, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Corridor.of(nodes, LEGS, WaitPolicy.EXPECTED_HALF_HEADWAY));
    assertEquals(message, e.getMessage());
  }

  @Test
  void of_nodesNotAtTheLegsEnds_isRejectedNamingTheLeg() {
    assertRejected(
        List.of(B, B, C),
        "nodes must match the legs' ends, but leg 0 (AAAAA>BBBBB:RAIL) lies between nodes BBBBB"
            + " and BBBBB");
    assertRejected(
        List.of(A, B, A),
        "nodes must match the legs' ends, but leg 1 (BBBBB>CCCCC:RAIL) lies between nodes BBBBB"
            + " and AAAAA");
    assertEquals(
        List.of(A, B, C), Corridor.of(List.of(A, B, C), LEGS, WaitPolicy.EXPECTED_HALF_HEADWAY).nodes());
  }
}
