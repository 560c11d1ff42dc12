package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;

class DefaultNetworkTest {
  private static final Network NET = DefaultNetwork.load();

  @Test
  void load_returnsTheSameCachedInstance() {
    assertSame(NET, DefaultNetwork.load());
  }

  @Test
  void legs_endAtExistingNodes() {
    for (Leg l : NET.legs()) {
      assertTrue(NET.contains(l.from()), l.key());
      assertTrue(NET.contains(l.to()), l.key());
    }
  }

  @Test
  void everyNodeAndLeg_namesASource() {
    for (Node n : NET.nodes()) {
      assertFalse(n.source().isBlank(), n.id());
      assertFalse(n.source().equals(Node.UNSPECIFIED_SOURCE), n.id());
    }
    for (Leg l : NET.legs()) {
      assertFalse(l.source().isBlank(), l.key());
      assertFalse(l.source().equals(Node.UNSPECIFIED_SOURCE), l.key());
    }
  }

  @Test
  void everyRailLeg_hasAGauge() {
    for (Leg l : NET.legs()) {
      if (l.mode() == Mode.RAIL) {
        assertTrue(l.gaugeMm().isPresent(), l.key() + " has no gauge");
        int g = l.gaugeMm().getAsInt();
        assertTrue(g == 1435 || g == 1520, l.key() + " gauge " + g);
      }
    }
  }

  @Test
  void seaLegs_runBothWays() {
    for (Leg l : NET.legs()) {
      if (l.mode() == Mode.SEA) {
        Leg back = NET.leg(l.to(), l.from(), Mode.SEA).orElseThrow();
        assertEquals(l.distanceKm(), back.distanceKm(), l.key());
      }
    }
  }

  @Test
  void network_hasTheListedPlacesAndChokepoints() {
    List<String> ids =
        List.of(
            "INNSA",
            "INMUN",
            "INIXY",
            "AEJEA",
            "AEFJR",
            "AEKHL",
            "SADMM",
            "SA_RAS_AL_KHAIR",
            "IRBND",
            "ILHFA",
            "GRPIR",
            "ITTRS",
            "ITGOA",
            "FRMRS",
            "ITGIT",
            "TRAMR",
            "EGPSD",
            "NLRTM",
            "DEHAM",
            "GEPTI",
            "GEBUS",
            "ROCND",
            "KZAKX",
            "KZ_KURYK",
            "AZBAK",
            "TMKRW",
            "KZALA",
            "KZ_DOSTYK",
            "CN_ALASHANKOU",
            "CN_KHORGOS",
            "KZ_ALTYNKOL",
            "CN_XIAN",
            "CNSHA",
            "SGSIN",
            "RUMOW",
            "BY_BREST",
            "PL_MALASZEWICZE",
            "DEDUI",
            "GE_AKHALKALAKI",
            "TR_KARS",
            "SARUH",
            "SA_HARADH",
            "AE_GHUWAIFAT",
            "SA_AL_HADITHA",
            "IL_BEIT_SHEAN");
    for (String id : ids) {
      assertTrue(NET.contains(id), id);
    }
    for (String cp :
        List.of(
            "CP_MALACCA",
            "CP_BAB_EL_MANDEB",
            "CP_SUEZ",
            "CP_HORMUZ",
            "CP_BOSPORUS",
            "CP_DARDANELLES",
            "CP_GIBRALTAR",
            "CP_DOVER",
            "CP_CAPE_OF_GOOD_HOPE")) {
      assertEquals(NodeKind.CHOKEPOINT, NET.node(cp).kind(), cp);
    }
  }

  @Test
  void imecMissingLinks_arePlanned_andRemovingThemCutsTheRailCorridor() {
    assertEquals(
        LegStatus.PLANNED, NET.leg("SA_AL_HADITHA", "JO_MAFRAQ", Mode.RAIL).orElseThrow().status());
    assertEquals(
        LegStatus.PLANNED, NET.leg("AE_GHUWAIFAT", "SA_HARADH", Mode.RAIL).orElseThrow().status());
    Network today = NET.toBuilder().removeLegsWithStatus(LegStatus.PLANNED).build();
    assertTrue(NamedCorridor.IMEC_AS_PLANNED.find(today).isEmpty());
    assertTrue(NamedCorridor.IMEC_ROAD_BRIDGE_TODAY.find(today).isPresent());
    assertThrows(
        IllegalArgumentException.class, () -> NamedCorridor.IMEC_AS_PLANNED.corridor(today));
  }

  @Test
  void gaugeBreaks_areAtTheRealBreaksOfGauge() {
    assertEquals(1435, NET.leg("CN_ALASHANKOU", "KZ_DOSTYK", Mode.RAIL).get().gaugeMm().getAsInt());
    assertEquals(1520, NET.leg("KZ_DOSTYK", "KZALA", Mode.RAIL).get().gaugeMm().getAsInt());
    assertEquals(1520, NET.leg("GETBS", "GE_AKHALKALAKI", Mode.RAIL).get().gaugeMm().getAsInt());
    assertEquals(1435, NET.leg("GE_AKHALKALAKI", "TR_KARS", Mode.RAIL).get().gaugeMm().getAsInt());
    assertEquals(
        1520, NET.leg("BY_BREST", "PL_MALASZEWICZE", Mode.RAIL).get().gaugeMm().getAsInt());
    assertEquals(1435, NET.leg("PL_MALASZEWICZE", "DEDUI", Mode.RAIL).get().gaugeMm().getAsInt());
    assertTrue(NamedCorridor.NORTHERN_CORRIDOR.corridor().gaugeBreakCount() == 2);
  }

  @Test
  void sources_listCitationsAndAssumptions() {
    List<String> sources = DefaultNetwork.sources();
    assertTrue(sources.stream().anyMatch(s -> s.contains("CAREC CPMM 2022")));
    assertTrue(sources.stream().anyMatch(s -> s.contains("Notteboom & Carriou 2009")));
    assertTrue(sources.stream().anyMatch(s -> s.contains("assumption")));
  }

  /** Eurostat marnet distances in nautical miles, and approximate published figures for other pairs. */
  static Stream<Arguments> calibration() {
    return Stream.of(
        Arguments.of("INNSA", "GRPIR", 3676.0),
        Arguments.of("INNSA", "AEJEA", 1196.0),
        Arguments.of("AEJEA", "INNSA", 1196.0),
        Arguments.of("ILHFA", "GRPIR", 651.0),
        Arguments.of("GEPTI", "ROCND", 591.0),
        Arguments.of("AEJEA", "SADMM", 338.0),
        Arguments.of("CNSHA", "SGSIN", 2167.0),
        Arguments.of("CNSHA", "NLRTM", 10500.0),
        Arguments.of("INNSA", "NLRTM", 6300.0),
        Arguments.of("SGSIN", "NLRTM", 8300.0));
  }

  @ParameterizedTest(name = "{0}-{1} ≈ {2} nm")
  @MethodSource("calibration")
  void seaDistance_agreesWithMarnetWithin5Percent(String from, String to, double marnetNm) {
    SeaDistances.Path p = SeaDistances.sea(NET, from, to);
    assertNotNull(p, from + "-" + to + " unreachable");
    double nm = p.nauticalMiles();
    assertTrue(
        Math.abs(nm / marnetNm - 1) <= 0.05,
        String.format(
            Locale.ROOT,
            "%s-%s: computed %.0f nm, marnet %.0f nm (%+.1f%%) via %s",
            from,
            to,
            nm,
            marnetNm,
            100 * (nm / marnetNm - 1),
            p.nodeIds()));
  }

  @Test
  void seaDistance_isSymmetric() {
    double there = SeaDistances.sea(NET, "AEJEA", "INNSA").distanceKm();
    double back = SeaDistances.sea(NET, "INNSA", "AEJEA").distanceKm();
    assertEquals(there, back, 1e-6);
  }

  @Test
  void route_jnptToJebelAli_roundsRasAlHaddThroughHormuz() {
    List<String> path = SeaDistances.sea(NET, "INNSA", "AEJEA").nodeIds();
    assertTrue(path.contains("WP_RAS_AL_HADD"), path.toString());
    assertTrue(path.contains("CP_HORMUZ"), path.toString());
  }

  @Test
  void route_withSuezClosed_goesAroundCape() {
    SeaDistances.Path open = SeaDistances.sea(NET, "INNSA", "NLRTM");
    assertTrue(open.nodeIds().contains("CP_SUEZ"), open.nodeIds().toString());
    Network closed = NET.toBuilder().removeNode("CP_SUEZ").build();
    SeaDistances.Path cape = SeaDistances.sea(closed, "INNSA", "NLRTM");
    assertTrue(cape.nodeIds().contains("CP_CAPE_OF_GOOD_HOPE"), cape.nodeIds().toString());
    double extraNm = cape.nauticalMiles() - open.nauticalMiles();
    assertTrue(extraNm > 3000, String.format(Locale.ROOT, "extra %.0f nm", extraNm));
    assertTrue(
        Math.abs(cape.nauticalMiles() / 10800 - 1) <= 0.05,
        String.format(
            Locale.ROOT, "Cape route %.0f nm against about 10,800", cape.nauticalMiles()));
  }

  @Test
  void route_withBabElMandebClosed_chinaToEuropeGoesAroundCape() {
    Network closed = NET.toBuilder().removeNode("CP_BAB_EL_MANDEB").build();
    SeaDistances.Path open = SeaDistances.sea(NET, "CNSHA", "NLRTM");
    SeaDistances.Path cape = SeaDistances.sea(closed, "CNSHA", "NLRTM");
    assertTrue(cape.nodeIds().contains("CP_CAPE_OF_GOOD_HOPE"), cape.nodeIds().toString());
    assertFalse(cape.nodeIds().contains("CP_SUEZ"));
    assertTrue(cape.nauticalMiles() - open.nauticalMiles() > 3000);
  }

  @Test
  void seaNetwork_closedChokepoint_isNotUsed() {
    SeaDistances.Path p = SeaDistances.shortest(NET, Mode.SEA, "INNSA", "GRPIR", Set.of("CP_SUEZ"));
    assertFalse(p.nodeIds().contains("CP_SUEZ"));
    assertTrue(p.nodeIds().contains("CP_GIBRALTAR"), p.nodeIds().toString());
  }
}
