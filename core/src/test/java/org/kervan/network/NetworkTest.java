package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

class NetworkTest {
  private static final Node A = Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2));
  private static final Node B =
      Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9))
          .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120))
          .withBorder(Duration.ofHours(2), CostPerTeu.ofUsd(20));
  private static final Node C = Node.atSea("CP_X_Y", "Somewhere", NodeKind.CHOKEPOINT, GeoPoint.of(41, 50));

  private static Leg ab() {
    return Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(440), Speed.ofKilometresPerHour(20))
        .withDeparturesPerWeek(2);
  }

  private static Network.Builder base() {
    return Network.builder().addNode(A).addNode(B).addNode(C).addLegBothWays(ab());
  }

  @Test
  void build_freezesLookups() {
    Network n = base().build();
    assertEquals(3, n.nodeCount());
    assertEquals(2, n.legCount());
    assertEquals(B, n.node("AZBAK"));
    assertEquals(Optional.of(A), n.findNode("KZAKX"));
    assertEquals(Optional.empty(), n.findNode("TMKRW"));
    assertTrue(n.contains("CP_X_Y"));
    assertEquals(1, n.indexOf("AZBAK"));
    assertEquals(Optional.of(ab()), n.leg("KZAKX", "AZBAK", Mode.FERRY));
    assertEquals(Optional.empty(), n.leg("KZAKX", "AZBAK", Mode.RAIL));
    assertEquals(List.of(ab()), n.legsFrom("KZAKX"));
    assertEquals(List.of(ab().reversed()), n.legsFrom("AZBAK"));
    assertEquals(List.of(ab()), n.legsTo("AZBAK"));
    assertEquals("Network[3 nodes, 2 legs]", n.toString());
  }

  @Test
  void legs_keptInColumns_comeBackEqualInEveryComponent() {
    Leg rich =
        Leg.of("AZBAK", "CP_X_Y", Mode.RAIL, Distance.ofKilometres(123.456), Speed.ofKilometresPerHour(33.3))
            .withDeparturesPerWeek(3.5)
            .withHeadwayCv(0.4)
            .withCost(17.25, 0.1)
            .withCountries(List.of("GE", "AZ"))
            .withChokepoints(List.of("CP_X_Y"))
            .withTimeSpread(TimeSpread.of(0.9, 1.7))
            .withCapacityTeuPerYear(250_000)
            .withStatus(LegStatus.PLANNED)
            .withGaugeMm(1520)
            .withSource("test: every component set")
            .withEmissionClass(EmissionClass.RAIL_ELECTRIC)
            .withGeometry(org.kervan.quantity.Polyline.ofLatLon(40.9, 49.95, 41.0, 50.0));
    Network n = base().addLeg(rich).build();
    assertEquals(List.of(ab(), ab().reversed(), rich), n.legs());
    Leg back = n.legs().get(2);
    assertEquals(rich, back);
    assertEquals(Double.doubleToRawLongBits(rich.costUsd()), Double.doubleToRawLongBits(back.costUsd()));
    assertEquals(Optional.of(rich), n.leg("AZBAK", "CP_X_Y", Mode.RAIL));
    assertEquals(1, n.legFromIndex(2));
    assertEquals(2, n.legToIndex(2));
    assertEquals(0, n.legFromIndex(0));
    assertThrows(IndexOutOfBoundsException.class, () -> n.legFromIndex(3));
    assertThrows(IndexOutOfBoundsException.class, () -> n.legs().get(-1));
    assertThrows(UnsupportedOperationException.class, () -> n.legs().add(rich));
    // A derived scenario starts from equal legs.
    assertEquals(n, n.toBuilder().build());
  }

  @Test
  void unknownIds_throwWithTheId() {
    Network n = base().build();
    UnknownNodeException e = assertThrows(UnknownNodeException.class, () -> n.node("TMKRW"));
    assertEquals("TMKRW", e.nodeId());
    assertEquals("id must name a node of the network, was unknown id 'TMKRW'", e.getMessage());
    assertThrows(UnknownNodeException.class, () -> n.indexOf("TMKRW"));
    assertThrows(UnknownNodeException.class, () -> n.legsFrom("TMKRW"));
    assertThrows(UnknownNodeException.class, () -> n.legsTo("TMKRW"));
  }

  @Test
  void builder_rejectsDuplicatesAndDanglingLegs() {
    assertEquals(
        "node id must be unique, was duplicate 'KZAKX'",
        assertThrows(IllegalArgumentException.class, () -> base().addNode(A)).getMessage());
    assertEquals(
        "leg key (from, to, mode) must be unique, was duplicate KZAKX>AZBAK:FERRY",
        assertThrows(IllegalArgumentException.class, () -> base().addLeg(ab())).getMessage());
    assertEquals(
        "leg key (from, to, mode) must be unique, was duplicate AZBAK>KZAKX:FERRY",
        assertThrows(IllegalArgumentException.class, () -> base().addLegBothWays(ab())).getMessage());
    Network.Builder b =
        base().addLeg(Leg.of("AZBAK", "GEPTI", Mode.RAIL, Distance.ofKilometres(880), Speed.ofKilometresPerHour(40)));
    UnknownNodeException e = assertThrows(UnknownNodeException.class, b::build);
    assertEquals("GEPTI", e.nodeId());
    assertEquals(
        "to of leg AZBAK>GEPTI:RAIL must name a node of the network, was unknown id 'GEPTI'",
        e.getMessage());
    // A failed build leaves the builder usable: fix it and build again.
    b.addNode(Node.of("GEPTI", "Poti", "GE", NodeKind.SEAPORT, GeoPoint.of(42.15, 41.67)));
    assertEquals(3, b.build().legCount());
  }

  @Test
  void toBuilder_derivesScenariosWithoutTouchingTheOriginal() {
    Network n = base().build();
    Network faster = n.toBuilder().replaceNode(B.withBorder(Duration.ZERO, CostPerTeu.ZERO)).build();
    assertEquals(2.0, n.node("AZBAK").borderHours(), 0.0);
    assertEquals(0.0, faster.node("AZBAK").borderHours(), 0.0);
    assertNotEquals(n, faster);

    Network closed = n.toBuilder().removeNode("AZBAK").build();
    assertEquals(2, closed.nodeCount());
    assertEquals(0, closed.legCount());
    assertEquals(2, n.legCount());

    Network planned = n.toBuilder().replaceLeg(ab().withStatus(LegStatus.PLANNED)).build();
    Network today = planned.toBuilder().removeLegsWithStatus(LegStatus.PLANNED).build();
    assertEquals(1, today.legCount());
    assertEquals(Mode.FERRY, today.legs().get(0).mode());

    Network noFerry = n.toBuilder().removeLeg("KZAKX", "AZBAK", Mode.FERRY).build();
    assertEquals(1, noFerry.legCount());
    assertEquals(n, n.toBuilder().build());
  }

  @Test
  void builderEdits_ofMissingThings_areRejected() {
    assertThrows(UnknownNodeException.class, () -> base().replaceNode(Node.of("TMKRW", "T", "TM", NodeKind.SEAPORT, GeoPoint.of(40, 53))));
    assertThrows(UnknownNodeException.class, () -> base().removeNode("TMKRW"));
    assertEquals(
        "leg must exist to be replaced, was KZAKX>AZBAK:RAIL",
        assertThrows(
                IllegalArgumentException.class,
                () -> base().replaceLeg(Leg.of("KZAKX", "AZBAK", Mode.RAIL, Distance.ofKilometres(1), Speed.ofKnots(1))))
            .getMessage());
    assertEquals(
        "leg must exist to be removed, was KZAKX>AZBAK:RAIL",
        assertThrows(IllegalArgumentException.class, () -> base().removeLeg("KZAKX", "AZBAK", Mode.RAIL)).getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(Network.builder().addNode(A).build())
        .addEqualityGroup(Network.builder().build())
        .testEquals();
    Network n = base().build();
    new NullPointerTester().testAllPublicInstanceMethods(n);
    new NullPointerTester().testAllPublicInstanceMethods(base());
    assertFalse(n.contains("TMKRW"));
  }
}
