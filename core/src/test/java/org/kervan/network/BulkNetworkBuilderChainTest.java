package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * Every adding method of the bulk builder returns the builder, so calls chain; and the shared
 * dictionaries' keys are equal exactly when every field is.
 */
class BulkNetworkBuilderChainTest {
  private static final Node A = Node.of("AAAAA", "a", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51));
  private static final Node B = Node.of("BBBBB", "b", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(44, 52));
  private static final Node C = Node.of("CCCCC", "c", "UZ", NodeKind.DRY_PORT, GeoPoint.of(45, 53));

  @Test
  void addMethods_chain_andAddTheirLegsInOrder() {
    Network n =
        Network.bulkBuilder(3, 6)
            .addNode(A)
            .addNode(B)
            .addNode(C)
            .addLeg(0, 1, Mode.RAIL, 100, 50, 0, 0, LegStatus.OPERATING, 1520, "s")
            .addLegBothWays(1, 2, Mode.RAIL, 200, 50, 0, 0, LegStatus.OPERATING, 1520, "s")
            .addLeg(Leg.of("AAAAA", "CCCCC", Mode.ROAD, Distance.ofKilometres(300), Speed.ofKilometresPerHour(60)))
            .addLegBothWays(
                Leg.of("AAAAA", "BBBBB", Mode.ROAD, Distance.ofKilometres(120), Speed.ofKilometresPerHour(60)))
            .build();
    List<String> expected =
        List.of(
            "AAAAA-BBBBB RAIL 100.0", "BBBBB-CCCCC RAIL 200.0", "CCCCC-BBBBB RAIL 200.0",
            "AAAAA-CCCCC ROAD 300.0", "AAAAA-BBBBB ROAD 120.0", "BBBBB-AAAAA ROAD 120.0");
    assertEquals(expected.size(), n.legs().size());
    for (int i = 0; i < expected.size(); i++) {
      Leg l = n.legs().get(i);
      assertEquals(expected.get(i), l.from() + "-" + l.to() + " " + l.mode() + " " + l.distanceKm(), "leg " + i);
    }
  }

  @Test
  void counts_andIndexOf_followWhatWasAdded() {
    BulkNetworkBuilder b = Network.bulkBuilder(1, 1).addNode(A).addNode(B);
    assertEquals(2, b.nodeCount());
    assertEquals(0, b.legCount());
    b.addNode(C).addLegBothWays(0, 2, Mode.ROAD, 10, 50, 0, 0, LegStatus.OPERATING, 0, "s");
    assertEquals(3, b.nodeCount());
    assertEquals(2, b.legCount());
    assertEquals(0, b.indexOf("AAAAA"));
    assertEquals(1, b.indexOf("BBBBB"));
    assertEquals(2, b.indexOf("CCCCC"));
    UnknownNodeException e = assertThrows(UnknownNodeException.class, () -> b.indexOf("DDDDD"));
    assertEquals("DDDDD", e.nodeId());
    assertEquals("id must name a node of the network, was unknown id 'DDDDD'", e.getMessage());
  }

  @Test
  void nodeExtras_equalExactlyWhenEveryFieldIs() {
    Node base = Node.of("AAAAA", "a", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43, 51));
    new EqualsTester()
        .addEqualityGroup(new NodeExtras(base), new NodeExtras(base.withPosition(GeoPoint.of(1, 2))))
        .addEqualityGroup(new NodeExtras(base.withTimeSpread(TimeSpread.of(0.5, 2))))
        .addEqualityGroup(new NodeExtras(base.withTimeSpread(TimeSpread.of(0.5, 3))))
        .addEqualityGroup(new NodeExtras(base.withTimeSpread(TimeSpread.of(0.6, 2))))
        .addEqualityGroup(new NodeExtras(base.withSource("other")))
        .testEquals();
  }

  @Test
  void legExtras_equalExactlyWhenEveryFieldIs() {
    Leg base = Leg.of("AAAAA", "BBBBB", Mode.RAIL, Distance.ofKilometres(100), Speed.ofKilometresPerHour(50));
    new EqualsTester()
        .addEqualityGroup(new LegExtras(base), new LegExtras(base.withDistance(Distance.ofKilometres(7))))
        .addEqualityGroup(new LegExtras(base.withTimeSpread(TimeSpread.of(0.5, 2))))
        .addEqualityGroup(new LegExtras(base.withTimeSpread(TimeSpread.of(0.5, 3))))
        .addEqualityGroup(new LegExtras(base.withTimeSpread(TimeSpread.of(0.6, 2))))
        .addEqualityGroup(new LegExtras(base.withSource("other")))
        .testEquals();
    assertEquals(Optional.empty(), base.timeSpread());
  }
}
