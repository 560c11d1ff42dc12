package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * The primitive, by-index view of a network: node coordinates and the origin order of legs, each
 * checked against the objects ({@link Network#nodes()}, {@link Network#legsFrom}).
 */
class NetworkByIndexTest {
  private static Network random(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Network.Builder b = Network.builder();
    int n = 30;
    for (int v = 0; v < n; v++) {
      b.addNode(
          Node.of("N_" + v, "n" + v, "KZ", NodeKind.RAIL_TERMINAL,
              GeoPoint.of(-80 + 160 * rnd.nextDouble(), -170 + 340 * rnd.nextDouble())));
    }
    // Legs added in random order of start node, so origin order differs from the list's.
    for (int i = 0; i < 120; i++) {
      int v = rnd.nextInt(n);
      int w = rnd.nextInt(n);
      if (v != w && b.build().leg("N_" + v, "N_" + w, Mode.RAIL).isEmpty()) {
        b.addLeg(Leg.of("N_" + v, "N_" + w, Mode.RAIL, Distance.ofKilometres(1 + i),
            Speed.ofKilometresPerHour(40)));
      }
    }
    return b.build();
  }

  @Test
  void coordinates_areThoseOfTheNodes() {
    Network net = random(1);
    for (int v = 0; v < net.nodeCount(); v++) {
      GeoPoint p = net.nodes().get(v).position();
      assertEquals(p.latitude(), net.latitude(v), 0.0);
      assertEquals(p.longitude(), net.longitude(v), 0.0);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> net.latitude(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> net.longitude(net.nodeCount()));
  }

  @Test
  void legIndexByOrigin_listsLegsFromEachNodeInTurn_inTheOrderAdded() {
    for (long seed = 1; seed <= 3; seed++) {
      Network net = random(seed);
      List<Leg> expected = new ArrayList<>();
      for (Node node : net.nodes()) {
        expected.addAll(net.legsFrom(node.id()));
      }
      List<Leg> byOrigin = new ArrayList<>();
      for (int p = 0; p < net.legCount(); p++) {
        byOrigin.add(net.legs().get(net.legIndexByOrigin(p)));
      }
      assertEquals(expected, byOrigin);
      // Each node's legs are in the order they were added: ascending list indices.
      for (int p = 1; p < net.legCount(); p++) {
        int a = net.legIndexByOrigin(p - 1);
        int b = net.legIndexByOrigin(p);
        if (net.legFromIndex(a) == net.legFromIndex(b)) {
          assertEquals(true, a < b, "positions " + (p - 1) + ", " + p);
        } else {
          assertEquals(true, net.legFromIndex(a) < net.legFromIndex(b));
        }
      }
      assertThrows(IndexOutOfBoundsException.class, () -> net.legIndexByOrigin(-1));
      assertThrows(IndexOutOfBoundsException.class, () -> net.legIndexByOrigin(net.legCount()));
    }
  }
}
