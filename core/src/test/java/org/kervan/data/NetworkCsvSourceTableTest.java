package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Provide
  Arbitrary<String> sourceLike() {
    return Arbitraries.strings()
        .withChars("@ab; x")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(t -> !t.isBlank());
  }

  @Property(tries = 2000)
  void references_resolveAsSplitPartsWould(@ForAll("sourceLike") String cell) {
    Map<String, String> table = Map.of("a", "A text", "b", "B; text");
    // Oracle: split at "; " with Guava, replace each part "@key", join again.
    List<String> parts = new ArrayList<>();
    String unknown = null;
    for (String part : Splitter.on("; ").split(cell)) {
      if (part.startsWith("@")) {
        String text = table.get(part.substring(1));
        if (text == null && unknown == null) {
          unknown = part;
        }
        parts.add(text);
      } else {
        parts.add(part);
      }
    }
    String nodes =
        NODES.substring(0, NODES.indexOf('\n') + 1)
            + "AAAAA,A,GR,SEAPORT,1,1,,,,,,,,,\"" + cell + "\"\n"
            + "BBBBB,B,TR,SEAPORT,2,2,,,,,,,,,plain text\n";
    if (unknown != null) {
      DataFormatException e =
          assertThrows(DataFormatException.class, () -> read(nodes, LEGS, table), cell);
      assertTrue(e.getMessage().endsWith(", was '" + unknown + "'"), cell + ": " + e.getMessage());
      return;
    }
    String expected = String.join("; ", parts);
    Map<String, String> withLane = new java.util.HashMap<>(table);
    withLane.put("lane", "lane text");
    assertEquals(expected, read(nodes, LEGS, withLane).node("AAAAA").source(), cell);
  }
}
