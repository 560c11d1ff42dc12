package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kervan.network.Corridor;
import org.kervan.network.Mode;
import org.kervan.network.Network;

class NamedCorridorTest {
  private static final Network NET = DefaultNetwork.load();

  @ParameterizedTest
  @EnumSource(NamedCorridor.class)
  void corridor_isConnectedEndToEnd(NamedCorridor named) {
    Corridor c = named.corridor();
    assertEquals(named.originId(), c.origin().id());
    assertEquals(named.destinationId(), c.destination().id());
    assertTrue(c.legs().size() >= named.nodeIds().size() - 1);
    java.util.List<String> passed = new java.util.ArrayList<>();
    c.legs().forEach(l -> passed.add(l.from()));
    passed.add(c.destination().id());
    for (String stop : named.nodeIds()) {
      assertTrue(passed.contains(stop), stop + " not in " + passed);
    }
    for (int i = 1; i < c.legs().size(); i++) {
      assertEquals(c.legs().get(i - 1).to(), c.legs().get(i).from());
    }
    assertTrue(c.totalDays() > 0);
  }

  @Test
  void imecAsPlanned_nhavaShevaToPiraeus_takesTwoWeeksWithPortCalls() {
    // Four port calls of 0.7 d (two sea stretches, each with a call at both ends) and two
    // ship-rail transfers: well above the "ten days" of the IMEC announcements.
    Corridor imec = NamedCorridor.IMEC_AS_PLANNED.corridor();
    Corridor suez = NamedCorridor.SUEZ_ALL_SEA.corridor(NET);
    assertTrue(
        imec.totalDays() > 12 && imec.totalDays() < 15.5,
        String.format(Locale.ROOT, "IMEC %.2f d", imec.totalDays()));
    assertTrue(
        suez.totalDays() > 10 && suez.totalDays() < 13,
        String.format(Locale.ROOT, "Suez %.2f d", suez.totalDays()));
    assertEquals(3, imec.steps().stream().filter(s -> s.borderHours() > 0).count());
  }

  @Test
  void capeAllSea_isLongerThanSuez() {
    Corridor cape = NamedCorridor.CAPE_ALL_SEA.corridor(NET);
    Corridor suez = NamedCorridor.SUEZ_ALL_SEA.corridor(NET);
    assertTrue(cape.chokepoints().contains("CP_CAPE_OF_GOOD_HOPE"));
    assertTrue(suez.chokepoints().contains("CP_SUEZ"));
    assertTrue(cape.distanceKm() > suez.distanceKm() + 5000);
  }

  @ParameterizedTest
  @EnumSource(NamedCorridor.class)
  void scenario_isPlannedExactlyWhenTheCorridorUsesUnbuiltLegs(NamedCorridor named) {
    Network planned = DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED);
    boolean unbuilt =
        named.corridor(planned).legs().stream()
            .anyMatch(l -> l.status() != org.kervan.network.LegStatus.OPERATING);
    assertEquals(unbuilt ? DefaultNetwork.Scenario.PLANNED : DefaultNetwork.Scenario.TODAY,
        named.scenario(), named.name());
    assertEquals(!unbuilt, named.find(NET).isPresent(), named.name());
  }

  @Test
  void modes_matchHops() {
    for (NamedCorridor n : NamedCorridor.values()) {
      assertEquals(n.nodeIds().size() - 1, n.modes().size(), n.name());
    }
    assertEquals(Mode.FERRY, NamedCorridor.MIDDLE_CORRIDOR.modes().get(5));
  }
}
