package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TimeSpread;
import org.kervan.quantity.GeoPoint;

class NetworkCsvTest {
  private static final String NODE_HEADER = String.join(",", NetworkCsv.NODE_COLUMNS);
  private static final String LEG_HEADER = String.join(",", NetworkCsv.LEG_COLUMNS);
  private static final String A =
      "AAAAA,Alpha,IN,SEAPORT,18.9,72.9,36,150,48,100,0,0,0.5,2.5,src a";
  private static final String B = "BBBBB,Beta,AE,SEAPORT,25.0,55.0,,,,,,,,,src b";
  private static final String C = "WP_C,Gamma,,WAYPOINT,20.0,60.0,,,,,,,,,src c";
  private static final String AB =
      "AAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,CP_HORMUZ,,,,OPERATING,,src ab";
  private static final String BC =
      "BBBBB,WP_C,SEA,700,29.6,2,10,0.05,OM|IR,,0.9,1.5,5e5,PLANNED,,src bc";

  private static Network read(String nodes, String legs) {
    return NetworkCsv.read(
        new StringReader(nodes), "nodes.csv", new StringReader(legs), "legs.csv");
  }

  private static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static Network roundTrip(Network network) {
    StringBuilder nodes = new StringBuilder();
    StringBuilder legs = new StringBuilder();
    NetworkCsv.write(network, nodes, legs);
    return read(nodes.toString(), legs.toString());
  }

  @Test
  void read_smallNetwork_parsesEveryColumn() {
    Network n = read(lines(NODE_HEADER, A, B, C), lines(LEG_HEADER, AB, BC));
    assertEquals(3, n.nodeCount());
    Node a = n.node("AAAAA");
    assertEquals(36.0, a.transshipmentHours());
    assertEquals(Optional.of(TimeSpread.of(0.5, 2.5)), a.timeSpread());
    assertEquals(Optional.empty(), n.node("WP_C").country());
    Leg bc = n.leg("BBBBB", "WP_C", Mode.SEA).orElseThrow();
    assertEquals(OptionalDouble.of(2), bc.departuresPerWeek());
    assertEquals(List.of("OM", "IR"), bc.countries());
    assertEquals(OptionalDouble.of(5e5), bc.capacityTeuPerYear());
    assertEquals(LegStatus.PLANNED, bc.status());
    assertEquals(List.of("CP_HORMUZ"), n.leg("AAAAA", "BBBBB", Mode.SEA).get().chokepoints());
  }

  @Test
  void roundTrip_defaultNetwork_givesAnEqualNetwork() {
    Network net = DefaultNetwork.load();
    assertEquals(net, roundTrip(net));
  }

  @Test
  void roundTrip_throughFiles_givesAnEqualNetwork(@TempDir Path dir) {
    Network net = DefaultNetwork.load();
    Path nodes = dir.resolve("nodes.csv");
    Path legs = dir.resolve("legs.csv");
    NetworkCsv.write(net, nodes, legs);
    assertEquals(net, NetworkCsv.read(nodes, legs));
  }

  @Test
  void roundTrip_awkwardTextAndNumbers_isLossless() {
    Node odd =
        new Node(
            "XX_ODD",
            "Quote \" comma , newline\n tab\t ünïcødé İı",
            Optional.of("TR"),
            NodeKind.CITY,
            GeoPoint.of(0.1 + 0.2, -179.99999999999997),
            1e-7,
            1.2345678901234567E10,
            0,
            Double.MIN_VALUE,
            3,
            4,
            Optional.of(TimeSpread.of(1.0 / 3, Math.PI)),
            "a; b: \"c\", d");
    Node plain =
        Node.atSea("WP_PLAIN", "Plain", NodeKind.WAYPOINT, GeoPoint.of(-90, 180))
            .withSource("assumption: test");
    Leg leg =
        new Leg(
            "XX_ODD",
            "WP_PLAIN",
            Mode.RAIL,
            1.0 / 7,
            45.833333333333336,
            OptionalDouble.of(0.5),
            0,
            0.1,
            List.of("TR", "GE"),
            List.of("CP_X"),
            Optional.of(TimeSpread.of(0.9, 1.1)),
            OptionalDouble.of(123456.789),
            LegStatus.UNDER_CONSTRUCTION,
            OptionalInt.of(1520),
            "src, with \"quotes\"",
            Optional.empty());
    Network net = Network.builder().addNode(odd).addNode(plain).addLegBothWays(leg).build();
    assertEquals(net, roundTrip(net));
  }

  @Test
  void read_byteOrderMarkAndBlankLines_areIgnored() {
    Network n = read("\uFEFF" + lines(NODE_HEADER, A, "", B), lines(LEG_HEADER, AB));
    assertEquals(2, n.nodeCount());
  }

  @Test
  void read_quotedMultiLineName_keepsLineNumbersOfLaterRecords() {
    String multi = "AAAAA,\"Alpha\nsecond line\",IN,SEAPORT,18.9,72.9,,,,,,,,,src";
    String bad = "BBBBB,Beta,AE,SEAPORT,north,55.0,,,,,,,,,src";
    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> read(lines(NODE_HEADER, multi, bad), LEG_HEADER));
    assertEquals(4, e.line(), e.getMessage());
    assertEquals(5, e.column());
  }

  /** Each case: nodes CSV, legs CSV, expected file, line, column, and a fragment of the rule. */
  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "unknown node id",
            lines(NODE_HEADER, A, B),
            lines(LEG_HEADER, AB, "BBBBB,XXNOP,SEA,700,29.6,,,,,,,,,OPERATING,,s"),
            "legs.csv",
            3,
            2,
            "unknown id 'XXNOP'"),
        Arguments.of(
            "bad number",
            lines(NODE_HEADER, A, "BBBBB,Beta,AE,SEAPORT,25.0,5x5,,,,,,,,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            3,
            6,
            "longitude must be a decimal number, was '5x5'"),
        Arguments.of(
            "NaN is not a number here",
            lines(NODE_HEADER, A, B),
            lines(LEG_HEADER, "AAAAA,BBBBB,SEA,NaN,29.6,,,,,,,,,OPERATING,,s"),
            "legs.csv",
            2,
            4,
            "distance_km must be a decimal number, was 'NaN'"),
        Arguments.of(
            "missing column",
            lines(NODE_HEADER.replace(",longitude", ""), "AAAAA,Alpha,IN,SEAPORT,18.9,,,,,,,,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            1,
            0,
            "column 'longitude'"),
        Arguments.of(
            "duplicate node id",
            lines(NODE_HEADER, A, B, A),
            lines(LEG_HEADER),
            "nodes.csv",
            4,
            1,
            "duplicate 'AAAAA' (first on line 2)"),
        Arguments.of(
            "duplicate leg",
            lines(NODE_HEADER, A, B),
            lines(LEG_HEADER, AB, AB),
            "legs.csv",
            3,
            1,
            "duplicate AAAAA>BBBBB:SEA"),
        Arguments.of(
            "model rule on latitude",
            lines(NODE_HEADER, "AAAAA,Alpha,IN,SEAPORT,95,72.9,,,,,,,,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            5,
            "latitude must be in [-90.0, 90.0], was 95.0"),
        Arguments.of(
            "negative distance",
            lines(NODE_HEADER, A, B),
            lines(LEG_HEADER, "AAAAA,BBBBB,SEA,-3,29.6,,,,,,,,,OPERATING,,s"),
            "legs.csv",
            2,
            4,
            "distanceKm must be finite and > 0"),
        Arguments.of(
            "bad enum",
            lines(NODE_HEADER, "AAAAA,Alpha,IN,HARBOUR,18.9,72.9,,,,,,,,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            4,
            "kind must be one of"),
        Arguments.of(
            "fractional gauge",
            lines(NODE_HEADER, A, B),
            lines(LEG_HEADER, "AAAAA,BBBBB,RAIL,10,40,,,,,,,,,OPERATING,1435.5,s"),
            "legs.csv",
            2,
            15,
            "gauge_mm must be an integer"),
        Arguments.of(
            "bad id",
            lines(NODE_HEADER, "aaaaa,Alpha,IN,SEAPORT,18.9,72.9,,,,,,,,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            1,
            "id must be a UN/LOCODE"),
        Arguments.of(
            "unknown country",
            lines(NODE_HEADER, "AAAAA,Alpha,QQ,SEAPORT,18.9,72.9,,,,,,,,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            3,
            "country must be an ISO 3166-1 alpha-2 code"),
        Arguments.of(
            "half a spread",
            lines(NODE_HEADER, "AAAAA,Alpha,IN,SEAPORT,18.9,72.9,,,,,,,0.5,,s"),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            14,
            "spread_high must be given"),
        Arguments.of(
            "blank source",
            lines(NODE_HEADER, "AAAAA,Alpha,IN,SEAPORT,18.9,72.9,,,,,,,,, "),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            15,
            "source must not be blank"),
        Arguments.of(
            "short record",
            lines(NODE_HEADER, "AAAAA,Alpha,IN"),
            lines(LEG_HEADER),
            "nodes.csv",
            2,
            0,
            "must have 15 cells"),
        Arguments.of(
            "bad country in list",
            lines(NODE_HEADER, A, B),
            lines(LEG_HEADER, "AAAAA,BBBBB,SEA,10,29.6,,,,OM|Oman,,,,,OPERATING,,s"),
            "legs.csv",
            2,
            9,
            "countries element must be an ISO"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void read_badFile_namesFileLineColumnAndRule(
      String name, String nodes, String legs, String file, int line, int column, String rule) {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(nodes, legs));
    assertEquals(file, e.file(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    if (column > 0) {
      assertTrue(
          e.getMessage().contains("column " + column + " (" + e.columnName() + ")"),
          e.getMessage());
      assertEquals(
          column == 0
              ? ""
              : (file.equals("nodes.csv") ? NetworkCsv.NODE_COLUMNS : NetworkCsv.LEG_COLUMNS)
                  .get(column - 1),
          e.columnName());
    }
    assertTrue(e.getMessage().contains(rule), e.getMessage());
  }

  @Test
  void read_badFileOnDisk_namesThePath(@TempDir Path dir) throws Exception {
    Path nodes = Files.writeString(dir.resolve("my-nodes.csv"), lines(NODE_HEADER, A, A));
    Path legs = Files.writeString(dir.resolve("my-legs.csv"), lines(LEG_HEADER));
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> NetworkCsv.read(nodes, legs));
    assertEquals(nodes.toString(), e.file());
    assertTrue(e.getMessage().startsWith(nodes + ":3: column 1 (id): "), e.getMessage());
  }

  @Test
  void read_unterminatedQuote_isAFormatError() {
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> read(lines(NODE_HEADER, A, "BBBBB,\"Beta,AE"), lines(LEG_HEADER)));
    assertEquals("nodes.csv", e.file());
  }

  @Test
  void geometry_roundTripsAndIsOptionalInTheHeader() {
    String header = LEG_HEADER + "," + NetworkCsv.GEOMETRY_COLUMN;
    Network n =
        read(
            lines(NODE_HEADER, A, B, C),
            lines(header, AB + ",19.5 70.25;22.125 60", BC + ","));
    Leg ab = n.leg("AAAAA", "BBBBB", Mode.SEA).orElseThrow();
    assertEquals(org.kervan.quantity.Polyline.ofLatLon(19.5, 70.25, 22.125, 60), ab.geometry());
    assertTrue(n.leg("BBBBB", "WP_C", Mode.SEA).orElseThrow().geometry().isEmpty());
    assertEquals(n, roundTrip(n));
    // A file without the column reads as straight legs.
    Network plain = read(lines(NODE_HEADER, A, B, C), lines(LEG_HEADER, AB));
    assertTrue(plain.leg("AAAAA", "BBBBB", Mode.SEA).orElseThrow().geometry().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"19.5", "19.5 70 1", "19.5 x", "91 70", "19.5 70;", "NaN 70"})
  void geometry_badPoint_namesLineColumnAndRule(String cell) {
    String header = LEG_HEADER + "," + NetworkCsv.GEOMETRY_COLUMN;
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> read(lines(NODE_HEADER, A, B, C), lines(header, AB + ",\"" + cell + "\"")));
    assertEquals("legs.csv", e.file());
    assertEquals(2, e.line());
    assertEquals(NetworkCsv.LEG_COLUMNS.size() + 1, e.column(), e.getMessage());
    assertEquals(NetworkCsv.GEOMETRY_COLUMN, e.columnName());
  }

  @Test
  void readSeveralFiles_joinsThemAndNamesTheFileOfAnError() {
    Network n =
        NetworkCsv.read(
            List.of(new StringReader(lines(NODE_HEADER, A)), new StringReader(lines(NODE_HEADER, B, C))),
            List.of("one.csv", "two.csv"),
            List.of(new StringReader(lines(LEG_HEADER, AB)), new StringReader(lines(LEG_HEADER, BC))),
            List.of("legs-one.csv", "legs-two.csv"));
    assertEquals(3, n.nodeCount());
    assertEquals(2, n.legCount());
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () ->
                NetworkCsv.read(
                    List.of(new StringReader(lines(NODE_HEADER, A)), new StringReader(lines(NODE_HEADER, A))),
                    List.of("one.csv", "two.csv"),
                    List.of(new StringReader(lines(LEG_HEADER))),
                    List.of("legs.csv")));
    assertEquals("two.csv", e.file());
    assertEquals(2, e.line());
  }
}
