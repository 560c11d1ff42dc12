package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.Node;

/** Source references ({@code @key}) in the sea layer's files and the table that resolves them. */
class NetworkCsvSourceTableTest {
  private static final String NODES =
      "id,name,country,kind,latitude,longitude,transshipment_hours,transshipment_cost_usd,"
          + "dwell_hours,dwell_cost_usd,border_hours,border_cost_usd,spread_low,spread_high,source\n"
          + "AAAAA,A,GR,SEAPORT,1,1,,,,,,,,,\"id: UN/LOCODE; @charges\"\n"
          + "BBBBB,B,TR,SEAPORT,2,2,,,,,,,,,plain text\n";
  private static final String LEGS =
      "from,to,mode,distance_km,speed_kmh,departures_per_week,fixed_cost_usd,cost_usd_per_km,"
          + "countries,chokepoints,spread_low,spread_high,capacity_teu_per_year,status,gauge_mm,source\n"
          + "AAAAA,BBBBB,SEA,100,20,,,,,,,,,OPERATING,,@lane\n";

  private static Network read(String nodes, String legs, Map<String, String> table) {
    return NetworkCsv.read(
        List.of(new StringReader(nodes)), List.of("n.csv"),
        List.of(new StringReader(legs)), List.of("l.csv"), leg -> true, table, false);
  }

  @Test
  void references_resolvePartByPart() {
    Network net =
        read(NODES, LEGS, Map.of("charges", "dwell: assumption: 48 h; spread: x", "lane", "distance: marnet"));
    Node a = net.node("AAAAA");
    assertEquals("id: UN/LOCODE; dwell: assumption: 48 h; spread: x", a.source());
    assertEquals("plain text", net.node("BBBBB").source());
    Leg l = net.leg("AAAAA", "BBBBB", org.kervan.network.Mode.SEA).orElseThrow();
    assertEquals("distance: marnet", l.source());
  }

  @Test
  void withoutATable_referencesStayText() {
    Network net = read(NODES, LEGS, Map.of());
    assertEquals("@lane", net.legs().get(0).source());
  }

  @Test
  void unknownKey_namesFileLineAndColumn() {
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> read(NODES, LEGS, Map.of("lane", "c")));
    assertEquals("n.csv", e.file());
    assertEquals(2, e.line());
    assertEquals("source", e.columnName());
    assertEquals(15, e.column());
    assertTrue(e.getMessage().contains("was '@charges'"), e.getMessage());
  }

  @Test
  void table_rejectsBadAndRepeatedKeys() {
    Map<String, String> t =
        NetworkCsv.readSourceTable(new StringReader("key,source\nmarnet-lane,\"a, b\"\nx1,c\n"), "t.csv");
    assertEquals(Map.of("marnet-lane", "a, b", "x1", "c"), t);
    DataFormatException bad =
        assertThrows(
            DataFormatException.class,
            () -> NetworkCsv.readSourceTable(new StringReader("key,source\nLane,a\n"), "t.csv"));
    assertTrue(bad.getMessage().contains("key must be lower-case letters"), bad.getMessage());
    DataFormatException twice =
        assertThrows(
            DataFormatException.class,
            () -> NetworkCsv.readSourceTable(new StringReader("key,source\na,x\na,y\n"), "t.csv"));
    assertEquals(3, twice.line());
    assertTrue(twice.getMessage().contains("duplicate 'a'"), twice.getMessage());
  }

  @Test
  void defaultNetwork_resolvesEveryReference() {
    Network net = DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED);
    for (Node n : net.nodes()) {
      assertTrue(!n.source().contains("@"), n.id() + ": " + n.source());
    }
    for (Leg l : net.legs()) {
      assertTrue(!l.source().contains("@"), l.key() + ": " + l.source());
    }
    Leg lane = net.legs().stream().filter(l -> l.from().startsWith("LANE_")).findFirst().orElseThrow();
    assertTrue(lane.source().startsWith("distance: Eurostat marnet lane"), lane.source());
  }
}
