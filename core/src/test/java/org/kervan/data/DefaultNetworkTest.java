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
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.routing.DijkstraRouter;
import org.kervan.routing.RouteRequest;

class DefaultNetworkTest {
  private static final Network NET = DefaultNetwork.load();
  private static final Network PLANNED = DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED);

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
            "IL_BEIT_SHEAN",
            "USLAX",
            "USNYC",
            "BEANR",
            "GBFXT",
            "SAJED",
            "KRPUS");
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
            "CP_CAPE_OF_GOOD_HOPE",
            "CP_PANAMA",
            "CP_CAPE_HORN",
            "CP_KIEL",
            "CP_SUNDA",
            "CP_LOMBOK",
            "CP_TAIWAN_STRAIT",
            "CP_BERING",
            "CP_NORTHWEST_PASSAGE")) {
      assertEquals(NodeKind.CHOKEPOINT, NET.node(cp).kind(), cp);
    }
  }

  @Test
  void imecMissingLinks_arePlanned_andOnlyThePlannedScenarioHasThem() {
    assertEquals(
        LegStatus.PLANNED,
        PLANNED.leg("SA_AL_HADITHA", "JO_MAFRAQ", Mode.RAIL).orElseThrow().status());
    assertEquals(
        LegStatus.PLANNED,
        PLANNED.leg("AE_GHUWAIFAT", "SA_HARADH", Mode.RAIL).orElseThrow().status());
    assertTrue(NET.leg("SA_AL_HADITHA", "JO_MAFRAQ", Mode.RAIL).isEmpty());
    assertEquals(DefaultNetwork.Scenario.PLANNED, NamedCorridor.IMEC_AS_PLANNED.scenario());
    assertEquals(DefaultNetwork.Scenario.TODAY, NamedCorridor.IMEC_ROAD_BRIDGE_TODAY.scenario());
    assertTrue(NamedCorridor.IMEC_AS_PLANNED.find(NET).isEmpty());
    assertTrue(NamedCorridor.IMEC_AS_PLANNED.find(PLANNED).isPresent());
    assertTrue(NamedCorridor.IMEC_ROAD_BRIDGE_TODAY.find(NET).isPresent());
    assertThrows(
        IllegalArgumentException.class, () -> NamedCorridor.IMEC_AS_PLANNED.corridor(NET));
  }

  @Test
  void load_isTheNetworkOperatingToday_andPlannedAddsOnlyUnbuiltLegs() {
    assertSame(NET, DefaultNetwork.load(DefaultNetwork.Scenario.TODAY));
    assertSame(PLANNED, DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED));
    assertTrue(NET.legs().stream().allMatch(l -> l.status() == LegStatus.OPERATING));
    long unbuilt = PLANNED.legs().stream().filter(l -> l.status() != LegStatus.OPERATING).count();
    // legs.csv has 7 planned rail links, both ways: Ghuwaifat-Haradh, Al Haditha-Mafraq,
    // Mafraq-Sheikh Hussein, Sheikh Hussein-Beit She'an, Rasht-Astara, Riyadh-Jeddah, Riyadh-Rabigh.
    assertEquals(14, unbuilt);
    assertEquals(PLANNED.legs().size() - unbuilt, NET.legs().size());
    assertEquals(PLANNED.nodes().size(), NET.nodes().size());
    assertThrows(NullPointerException.class, () -> DefaultNetwork.load(null));
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

  @Test
  void laneLegs_areAsLongAsTheirGeometry() {
    // Simplification keeps distances: a lane leg's length is the great-circle length of its
    // polyline, computed here by the spherical law of cosines, independent of the haversine.
    int checked = 0;
    for (Leg l : NET.legs()) {
      if (l.mode() == Mode.SEA && !l.geometry().isEmpty()) {
        double km = 0;
        double lat = NET.node(l.from()).position().latitude();
        double lon = NET.node(l.from()).position().longitude();
        List<org.kervan.quantity.GeoPoint> pts = new java.util.ArrayList<>(l.geometry().points());
        pts.add(NET.node(l.to()).position());
        for (org.kervan.quantity.GeoPoint p : pts) {
          km += cosineLawKm(lat, lon, p.latitude(), p.longitude());
          lat = p.latitude();
          lon = p.longitude();
        }
        // Stored to 0.01 km, geometry to 1e-5 degree (about 1 m per point).
        assertEquals(km, l.distanceKm(), 0.02 + 0.002 * l.geometry().size(), l.key());
        checked++;
      }
    }
    assertTrue(checked > 1000, "lane legs with geometry: " + checked);
  }

  private static double cosineLawKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double c =
        Math.sin(p1) * Math.sin(p2)
            + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(lon2 - lon1));
    return 6371.0088 * Math.acos(Math.max(-1, Math.min(1, c)));
  }

  @Test
  void everySeaPort_reachesEveryOtherBySea() {
    // Sea legs run both ways with equal lengths (seaLegs_runBothWays), so reaching every port from
    // one port and every port reaching it means every pair is connected.
    Set<String> reached = SeaDistances.reachable(NET, Mode.SEA, "CNSHA");
    int ports = 0;
    for (Node n : NET.nodes()) {
      boolean onSea = NET.legsFrom(n.id()).stream().anyMatch(l -> l.mode() == Mode.SEA);
      if (n.kind() == NodeKind.SEAPORT && onSea) {
        ports++;
        assertTrue(reached.contains(n.id()), n.id() + " not reached from CNSHA");
      }
    }
    assertTrue(ports > 600, "sea ports: " + ports);
  }

  @Test
  void onlyCaspianPorts_haveNoSeaLane() {
    Set<String> caspian = Set.of("KZAKX", "KZ_KURYK", "AZBAK", "TMKRW", "IR_ANZALI", "RU_ASTRAKHAN");
    for (Node n : NET.nodes()) {
      if (n.kind() == NodeKind.SEAPORT) {
        boolean onSea = NET.legsFrom(n.id()).stream().anyMatch(l -> l.mode() == Mode.SEA);
        assertEquals(!caspian.contains(n.id()), onSea, n.id());
      }
    }
  }

  @Test
  void losAngelesToShanghai_crossesThePacific() {
    SeaDistances.Path p = SeaDistances.sea(NET, "USLAX", "CNSHA");
    // Great circle Los Angeles (33.75 N, 118.25 W) - Shanghai Yangshan (30.62 N, 122.07 E), by the
    // law of cosines: about 5,690 nm; the lanes may add a few percent, Suez or Panama 10,000 more.
    double gcNm = cosineLawKm(33.75, -118.25, 30.62, 122.07) / SeaDistances.KM_PER_NM;
    assertTrue(p.nauticalMiles() > gcNm, p.toString());
    assertTrue(p.nauticalMiles() < 1.1 * gcNm, String.format(Locale.ROOT, "%.0f nm", p.nauticalMiles()));
    assertFalse(p.nodeIds().contains("CP_SUEZ"));
    assertFalse(p.nodeIds().contains("CP_PANAMA"));
  }

  @Test
  void route_withSuezClosed_goesAroundCape() {
    SeaDistances.Path open = SeaDistances.sea(NET, "INNSA", "NLRTM");
    assertTrue(open.nodeIds().contains("CP_SUEZ"), open.nodeIds().toString());
    SeaDistances.Path cape =
        SeaDistances.shortest(NET, Mode.SEA, "INNSA", "NLRTM", Set.of("CP_SUEZ"));
    assertTrue(cape.nodeIds().contains("CP_CAPE_OF_GOOD_HOPE"), cape.nodeIds().toString());
    assertTrue(cape.nauticalMiles() - open.nauticalMiles() > 3000);
  }

  @Test
  void route_withBabElMandebClosed_chinaToEuropeGoesAroundCape() {
    SeaDistances.Path open = SeaDistances.sea(NET, "CNSHA", "NLRTM");
    SeaDistances.Path cape =
        SeaDistances.shortest(
            NET, Mode.SEA, "CNSHA", "NLRTM", Set.of("CP_BAB_EL_MANDEB", "CP_PANAMA"));
    assertTrue(cape.nodeIds().contains("CP_CAPE_OF_GOOD_HOPE"), cape.nodeIds().toString());
    assertFalse(cape.nodeIds().contains("CP_SUEZ"));
    assertTrue(cape.nauticalMiles() - open.nauticalMiles() > 3000);
  }

  @Test
  void closingEveryPassageBetweenTwoPorts_leavesNoRoute() {
    // The Mediterranean opens to the ocean only at Gibraltar and Suez (the Black Sea beyond the
    // Turkish straits is closed): with both closed Piraeus cannot reach Rotterdam by sea.
    assertNotNull(SeaDistances.shortest(NET, Mode.SEA, "GRPIR", "NLRTM", Set.of("CP_SUEZ")));
    assertNotNull(SeaDistances.shortest(NET, Mode.SEA, "GRPIR", "NLRTM", Set.of("CP_GIBRALTAR")));
    assertEquals(
        null,
        SeaDistances.shortest(NET, Mode.SEA, "GRPIR", "NLRTM", Set.of("CP_SUEZ", "CP_GIBRALTAR")));
    // Panama and Cape Horn are the only ways from New York to Los Angeles once the Northwest
    // Passage is closed (as by default) and Suez and the Cape of Good Hope are closed too.
    assertEquals(
        null,
        SeaDistances.shortest(
            NET, Mode.SEA, "USNYC", "USLAX",
            Set.of("CP_PANAMA", "CP_CAPE_HORN", "CP_SUEZ", "CP_CAPE_OF_GOOD_HOPE")));
  }

  @Test
  void northwestPassage_isClosedByDefault() {
    Network all = DefaultNetwork.loadWithClosedPassages();
    assertTrue(all.legs().stream().anyMatch(l -> l.chokepoints().contains("CP_NORTHWEST_PASSAGE")));
    assertFalse(NET.legs().stream().anyMatch(l -> l.chokepoints().contains("CP_NORTHWEST_PASSAGE")));
    assertEquals(all.nodeCount(), NET.nodeCount());
  }

  @Test
  void withSeaSpeed_changesLaneSpeedsOnly() {
    Network slow = DefaultNetwork.withSeaSpeed(NET, org.kervan.quantity.Speed.ofKnots(14));
    Leg lane = NET.legsFrom("CP_SUEZ").get(0);
    assertEquals(14 * 1.852, slow.leg(lane.from(), lane.to(), Mode.SEA).get().speedKmh(), 1e-9);
    Leg approach = NET.legsFrom("GRPIR").stream().filter(l -> l.mode() == Mode.SEA).findFirst().get();
    assertEquals(approach, slow.leg(approach.from(), approach.to(), Mode.SEA).get());
    Leg rail = NET.leg("GETBS", "GEPTI", Mode.RAIL).get();
    assertEquals(rail, slow.leg("GETBS", "GEPTI", Mode.RAIL).get());
  }

  @Test
  void seaDistance_isSymmetric() {
    double there = SeaDistances.sea(NET, "AEJEA", "INNSA").distanceKm();
    double back = SeaDistances.sea(NET, "INNSA", "AEJEA").distanceKm();
    assertEquals(there, back, 1e-6);
  }

  @Test
  void route_jnptToJebelAli_passesHormuz() {
    List<String> path = SeaDistances.sea(NET, "INNSA", "AEJEA").nodeIds();
    assertTrue(path.contains("CP_HORMUZ"), path.toString());
  }

  @Test
  void seaNetwork_closedChokepoint_isNotUsed() {
    SeaDistances.Path p = SeaDistances.shortest(NET, Mode.SEA, "INNSA", "GRPIR", Set.of("CP_SUEZ"));
    assertFalse(p.nodeIds().contains("CP_SUEZ"));
    assertTrue(p.nodeIds().contains("CP_GIBRALTAR"), p.nodeIds().toString());
  }

  @Test
  void chinaToEurope_byRail_reachesDuisburgHamburgAndTheNorthSeaPorts() {
    Set<String> byRail = SeaDistances.reachable(NET, Mode.RAIL, "CNSHA");
    for (String id :
        List.of("DEDUI", "DEHAM", "NLRTM", "BEANR", "PLGDN", "RUNVS", "RULED", "RUULU", "LTKLJ")) {
      assertTrue(byRail.contains(id), id + " not reached by rail from Shanghai");
    }
    SeaDistances.Path hamburg = SeaDistances.shortest(NET, Mode.RAIL, "CNSHA", "DEHAM", Set.of());
    assertTrue(hamburg.nodeIds().contains("PL_MALASZEWICZE"), hamburg.nodeIds().toString());
  }

  @Test
  void shanghaiToPoti_bySea_changesShipAtABlackSeaHubOntoAWeeklyFeeder() {
    Corridor c =
        DijkstraRouter.of(NET)
            .route(
                RouteRequest.of("CNSHA", "GEPTI")
                    .avoidingModes(Mode.RAIL, Mode.ROAD, Mode.FERRY, Mode.INLAND_WATERWAY, Mode.AIR))
            .orElseThrow();
    List<String> ids = c.nodes().stream().map(Node::id).toList();
    assertTrue(ids.contains("TRAMR"), "transshipped at Ambarli: " + ids);
    Leg feeder = c.legs().get(c.legs().size() - 1);
    assertEquals("TRAMR", feeder.from());
    // One weekly sailing with a headway CV of 0.5: H (1 + CV^2) / 2 = 168 * 1.25 / 2 = 105 h.
    assertEquals(105.0, c.waitingHours(), 1e-9);
    assertEquals(1.0, feeder.departuresPerWeek().getAsDouble(), 0);
    // No deep-sea lane reaches Poti or Batumi directly: only the feeders do.
    for (String port : List.of("GEPTI", "GEBUS")) {
      for (Leg l : NET.legs()) {
        if (l.mode() == Mode.SEA && (l.from().equals(port) || l.to().equals(port))) {
          String other = l.from().equals(port) ? l.to() : l.from();
          assertTrue(Set.of("TRAMR", "ROCND").contains(other), l.key());
          assertTrue(l.departuresPerWeek().isPresent(), l.key());
        }
      }
    }
  }

  @Test
  void curatedLandAndFerryLegs_followTheirLineThroughLabelledWaypoints() {
    // Only hops across a border or within a city (30 km or less) may be straight chords.
    int drawn = 0;
    for (Leg l : PLANNED.legs()) {
      if (l.mode() == Mode.SEA || l.distanceKm() <= 30) {
        continue;
      }
      assertFalse(l.geometry().isEmpty(), l.key() + " is a straight chord");
      assertTrue(l.source().contains("geometry: "), l.key() + " does not say where its line is from");
      drawn++;
    }
    assertTrue(drawn > 140, "curated legs with a line: " + drawn);
  }

  @Test
  void saudiLandbridge_isPlanned_andJeddahHasARoadToday() {
    assertEquals(
        LegStatus.PLANNED, PLANNED.leg("SARUH", "SAJED", Mode.RAIL).orElseThrow().status());
    assertEquals(
        LegStatus.PLANNED, PLANNED.leg("SARUH", "SARAB", Mode.RAIL).orElseThrow().status());
    assertEquals(LegStatus.OPERATING, NET.leg("SARUH", "SAJED", Mode.ROAD).orElseThrow().status());
    assertTrue(SeaDistances.reachable(PLANNED, Mode.RAIL, "SARUH").contains("SAJED"));
    assertFalse(SeaDistances.reachable(NET, Mode.RAIL, "SARUH").contains("SAJED"));
  }

  @Test
  void caspianFerries_goRoundTheAbsheronPeninsula() {
    // The Absheron peninsula reaches 50.4 E at about 40.4 N: a ferry from Aktau to Alat passes
    // east of it, so some point of its polyline lies east of 50.4 E between 40.3 and 41 N.
    Leg ferry = NET.leg("KZAKX", "AZBAK", Mode.FERRY).orElseThrow();
    assertTrue(
        ferry.geometry().points().stream()
            .anyMatch(p -> p.longitude() > 50.4 && p.latitude() > 40.3 && p.latitude() < 41),
        ferry.geometry().toString());
  }
}
