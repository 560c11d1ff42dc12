package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.EuEtsMaritime;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;

class DefaultNetworkEmissionsTest {
  private static final Network NET = DefaultNetwork.load();

  // The default classes' factors, g CO2e per TEU-km (see EmissionFactors.glecV3Defaults): SEA
  // 8,000-14,499 TEU 55 (assumption), RAIL diesel 25 g/t-km x 10 t, ROAD 80 g/t-km x 10 t, FERRY
  // GLEC v3.0 Table 14 Ro-Pax 129.7 g/t-km x 10 t, inland barge 30 x 10, air 800 x 10.
  private static final Map<Mode, Double> G_PER_TEU_KM =
      Map.of(Mode.SEA, 55.0, Mode.RAIL, 250.0, Mode.ROAD, 800.0, Mode.FERRY, 1297.0,
          Mode.INLAND_WATERWAY, 300.0, Mode.AIR, 8000.0);
  private static final double TRANSSHIPMENT_KG = 15.0;

  private static double expectedKg(Corridor c) {
    List<Leg> legs = c.legs();
    double kg = 0;
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      kg += leg.distanceKm() * G_PER_TEU_KM.get(leg.mode()) / 1000;
      if (i > 0) {
        Leg in = legs.get(i - 1);
        boolean gaugeBreak = in.mode() == Mode.RAIL && leg.mode() == Mode.RAIL
            && in.gaugeMm().isPresent() && leg.gaugeMm().isPresent()
            && in.gaugeMm().getAsInt() != leg.gaugeMm().getAsInt();
        if (in.mode() != leg.mode() || gaugeBreak) {
          kg += TRANSSHIPMENT_KG;
        }
      }
    }
    return kg;
  }

  @Test
  void namedCorridors_co2eEqualsTheSumComputedLegByLeg() {
    for (NamedCorridor nc : NamedCorridor.values()) {
      Corridor c = nc.corridor();
      assertEquals(expectedKg(c), c.co2eKgPerTeu(), 1e-9 * expectedKg(c), nc.toString());
    }
    // Suez all sea: one ship, no transshipment, 55 g over its whole distance.
    Corridor suez = NamedCorridor.SUEZ_ALL_SEA.corridor(NET);
    assertEquals(suez.distanceKm() * 0.055, suez.co2eKgPerTeu(), 1e-9);
  }

  @Test
  void euEts_suezVoyage_isOneVoyageIntoTheEuAtHalf() {
    // Nhava Sheva (IN) to Piraeus (GR) through waypoints and chokepoints is one voyage: every leg
    // is charged 100 USD x 100% (2026) x 50% x 0.853 tank-to-wake = 42.65 USD per tonne WTW.
    Corridor suez = NamedCorridor.SUEZ_ALL_SEA.corridor(NET);
    for (double p : EuEtsMaritime.of(2026, 100).legUsdPerTonne(suez)) {
      assertEquals(42.65, p, 1e-12);
    }
    // IMEC: the sea leg to Fujairah (IN - AE) and the rail are not charged; Haifa to Piraeus is.
    Corridor imec = NamedCorridor.IMEC_AS_PLANNED.corridor();
    double[] p = EuEtsMaritime.of(2026, 100).legUsdPerTonne(imec);
    for (int i = 0; i < p.length; i++) {
      Leg leg = imec.legs().get(i);
      boolean intoEu = leg.mode() == Mode.SEA && imec.nodes().indexOf(NET.node("ILHFA")) <= i;
      assertEquals(intoEu ? 42.65 : 0.0, p[i], 1e-12, leg.key());
    }
  }
}
