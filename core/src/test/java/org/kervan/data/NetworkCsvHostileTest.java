package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.NodeKind;

/**
 * The CSV reader against files nobody should write but somebody will: each either loads into the
 * network it says or throws {@link DataFormatException} naming the file and line, never anything
 * else, and never hangs.
 */
class NetworkCsvHostileTest {
  private static final String NODE_HEADER = String.join(",", NetworkCsv.NODE_COLUMNS);
  private static final String LEG_HEADER = String.join(",", NetworkCsv.LEG_COLUMNS);
  private static final String A = "AAAAA,Alpha,IN,SEAPORT,18.9,72.9,36,150,48,100,0,0,,,src a";
  private static final String B = "BBBBB,Beta,AE,SEAPORT,25.0,55.0,,,,,,,,,src b";
  private static final String AB = "AAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,,,,,OPERATING,,src ab";
  /** Generous bound for one read: only a hang, never a slow but finite read, reaches it. */
  private static final Duration HANG = Duration.ofSeconds(20);

  private static Network read(String nodes, String legs) {
    return assertTimeoutPreemptively(
        HANG,
        () ->
            NetworkCsv.read(
                new StringReader(nodes), "nodes.csv", new StringReader(legs), "legs.csv"));
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static String legs(String... rows) {
    String[] all = new String[rows.length + 1];
    all[0] = LEG_HEADER;
    System.arraycopy(rows, 0, all, 1, rows.length);
    return lines(all);
  }

  private static String nodes(String... rows) {
    String[] all = new String[rows.length + 1];
    all[0] = NODE_HEADER;
    System.arraycopy(rows, 0, all, 1, rows.length);
    return lines(all);
  }

  /** Each case: name, nodes CSV, legs CSV, the file and line the error must name. */
  static Stream<Arguments> hostileFiles() {
    String digits = "1".repeat(1 << 20);
    return Stream.of(
        Arguments.of("empty node file", "", legs(), "nodes.csv", 1),
        Arguments.of("empty leg file", nodes(A, B), "", "legs.csv", 1),
        Arguments.of("blank node file", "\n\n\n", legs(), "nodes.csv", 1),
        Arguments.of(
            "missing column",
            lines(NODE_HEADER.replace(",source", ""), A.replace(",src a", "")),
            legs(),
            "nodes.csv",
            1),
        Arguments.of(
            "duplicate column", lines(NODE_HEADER + ",name", A + ",x"), legs(), "nodes.csv", 1),
        Arguments.of(
            "unnamed extra column", lines(NODE_HEADER + ",", A + ","), legs(), "nodes.csv", 1),
        Arguments.of("row with a cell too many", nodes(A + ",x"), legs(), "nodes.csv", 2),
        Arguments.of(
            "row with a cell too few", nodes(A.replace(",src a", "")), legs(), "nodes.csv", 2),
        Arguments.of(
            "text for a number", nodes(A, B.replace("25.0", "north")), legs(), "nodes.csv", 3),
        Arguments.of("NaN", nodes(A, B.replace("25.0", "NaN")), legs(), "nodes.csv", 3),
        Arguments.of(
            "Infinity", nodes(A, B.replace("25.0", "Infinity")), legs(), "nodes.csv", 3),
        Arguments.of("hexadecimal", nodes(A, B.replace("25.0", "0x19")), legs(), "nodes.csv", 3),
        Arguments.of("comma decimal", nodes(A, B.replace("25.0", "\"25,0\"")), legs(),
            "nodes.csv", 3),
        Arguments.of(
            "1e309 overflows to infinity",
            nodes(A, B),
            legs(AB.replace("2200", "1e309")),
            "legs.csv",
            2),
        Arguments.of(
            "1e308 latitude out of range",
            nodes(A, B.replace("25.0", "1e308")),
            legs(),
            "nodes.csv",
            3),
        Arguments.of(
            "cost overflows: 1e308 USD per km over 2200 km",
            nodes(A, B),
            legs(AB.replace("0.05", "1e308")),
            "legs.csv",
            2),
        Arguments.of(
            "negative distance", nodes(A, B), legs(AB.replace("2200", "-2200")), "legs.csv", 2),
        Arguments.of("zero speed", nodes(A, B), legs(AB.replace("29.6", "0")), "legs.csv", 2),
        Arguments.of(
            "gauge too long for an int",
            nodes(A, B),
            legs(AB.replace("OPERATING,,", "OPERATING,99999999999,")),
            "legs.csv",
            2),
        Arguments.of(
            "unknown enum", nodes(A, B.replace("SEAPORT", "SPACEPORT")), legs(), "nodes.csv", 3),
        Arguments.of("duplicate node", nodes(A, B, A), legs(), "nodes.csv", 4),
        Arguments.of("duplicate leg", nodes(A, B), legs(AB, AB), "legs.csv", 3),
        Arguments.of("unknown node", nodes(A), legs(AB), "legs.csv", 2),
        Arguments.of("leg to itself", nodes(A, B), legs(AB.replace("BBBBB", "AAAAA")),
            "legs.csv", 2),
        Arguments.of(
            "unterminated quote",
            nodes(A, B.replace("Beta", "\"Beta")),
            legs(),
            "nodes.csv",
            3),
        Arguments.of(
            "a megabyte of digits in a number",
            nodes(A, B.replace("25.0", digits + "x")),
            legs(),
            "nodes.csv",
            3),
        Arguments.of(
            "a megabyte of digits that overflow",
            nodes(A, B),
            legs(AB.replace("2200", digits)),
            "legs.csv",
            2),
        Arguments.of(
            "a megabyte of exponent digits",
            nodes(A, B),
            legs(AB.replace("2200", "1e" + digits)),
            "legs.csv",
            2),
        Arguments.of(
            "a megabyte id",
            nodes(A, B.replace("BBBBB", "B".repeat(1 << 20))),
            legs(),
            "nodes.csv",
            3),
        Arguments.of(
            "control character in an id",
            nodes(A, B.replace("BBBBB", "BB\u0000BB")),
            legs(),
            "nodes.csv",
            3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void read_hostileFile_throwsDataFormatExceptionNamingFileAndLine(
      String name, String nodes, String legs, String file, int line) {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(nodes, legs));
    assertEquals(file, e.file(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().length() < 2_000, "message must stay short, was " + e.getMessage()
        .length() + " characters");
  }

  /** Surefire runs under a Turkish locale, where a default-locale upper case of "i" is "İ". */
  @Test
  void read_lowerCaseEnumNames_loadUnderAnyLocale() {
    Network n = read(nodes(A, B.replace("SEAPORT", "waypoint")), legs(AB.replace("SEA", "sea")));
    assertEquals(NodeKind.WAYPOINT, n.node("BBBBB").kind());
    assertEquals(Mode.SEA, n.legs().get(0).mode());
  }

  @Test
  void read_headersOnly_givesAnEmptyNetwork() {
    Network n = read(nodes(), legs());
    assertEquals(0, n.nodeCount());
    assertEquals(0, n.legCount());
  }

  @Test
  void read_extraColumnsInAnyOrder_areIgnored() {
    String reversedHeader = "extra," + new StringBuilder(NODE_HEADER).toString();
    Network n = read(lines(reversedHeader, "junk," + A, "more junk," + B), legs(AB));
    assertEquals(2, n.nodeCount());
    assertEquals(2200.0, n.leg("AAAAA", "BBBBB", Mode.SEA).orElseThrow().distanceKm());
  }

  @Test
  void read_exponentNotationAndSigns_parseExactly() {
    Network n =
        read(
            nodes(A, B.replace("25.0", "+2.5E1").replace("55.0", "5.5e+1")),
            legs(AB.replace("2200", "2.2e3").replace("29.6", "296E-1")));
    assertEquals(25.0, n.node("BBBBB").position().latitude());
    assertEquals(55.0, n.node("BBBBB").position().longitude());
    assertEquals(2200.0, n.legs().get(0).distanceKm());
    assertEquals(29.6, n.legs().get(0).speedKmh());
  }

  @Test
  void read_largestAllowedNumbers_load() {
    // The longest leg allowed (TransitModel.MAX_DISTANCE_KM), at a speed that keeps its running
    // time within TransitModel.MAX_HOURS; 1e308 km is beyond the limit.
    Network n = read(nodes(A, B), legs(AB.replace("2200", "1e9").replace("29.6", "2").replace("0.05", "0")));
    assertEquals(1e9, n.legs().get(0).distanceKm());
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> read(nodes(A, B), legs(AB.replace("2200", "1e308").replace("0.05", "0"))));
    assertTrue(e.getMessage().contains("distanceKm must be finite, >= 0 and <= 1.0E9, was 1.0E308"),
        e.getMessage());
  }

  @Test
  void read_crLfCrAndLfLineEndings_giveTheSameNetwork() {
    Network lf = read(nodes(A, B), legs(AB));
    assertEquals(lf, read(nodes(A, B).replace("\n", "\r\n"), legs(AB).replace("\n", "\r\n")));
    assertEquals(lf, read(nodes(A, B).replace("\n", "\r"), legs(AB).replace("\n", "\r")));
  }

  @Test
  void read_quotedSourceWithEmbeddedNewlines_keepsItAndCountsLines() {
    String multi = AB.replace("src ab", "\"line one\r\nline two\nline three\"");
    Network n = read(nodes(A, B), legs(multi));
    assertEquals("line one\r\nline two\nline three", n.legs().get(0).source());
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> read(nodes(A, B), legs(multi, AB.replace("2200", "far"))));
    assertEquals(5, e.line(), e.getMessage());
  }

  @Test
  void read_megabyteName_loads() {
    String name = "N".repeat(1 << 20);
    Network n = read(nodes(A.replace("Alpha", name), B), legs(AB));
    assertEquals(name, n.node("AAAAA").name());
  }

  @Test
  void read_byteOrderMarkOnBothFiles_isIgnored() {
    Network n = read("\uFEFF" + nodes(A, B), "\uFEFF" + legs(AB));
    assertEquals(1, n.legCount());
  }

  @Test
  void read_fileWithInvalidUtf8_throwsDataFormatExceptionNamingTheFile(@TempDir Path dir)
      throws Exception {
    Path nodes = dir.resolve("nodes.csv");
    Path legs = Files.writeString(dir.resolve("legs.csv"), legs());
    byte[] head = nodes(A).getBytes(StandardCharsets.UTF_8);
    byte[] bad = "BBBBB,B\u00e9ta".getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = B.substring(10).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    all[all.length - 1] = '\n';
    Files.write(nodes, all);
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> assertTimeoutPreemptively(HANG, () -> NetworkCsv.read(nodes, legs)));
    assertEquals(nodes.toString(), e.file());
    assertEquals(0, e.line());
    assertTrue(e.getMessage().contains("must be UTF-8"), e.getMessage());
  }

  @Test
  void read_invalidUtf8InTheHeader_throwsDataFormatException(@TempDir Path dir) throws Exception {
    Path nodes = dir.resolve("nodes.csv");
    Path legs = Files.writeString(dir.resolve("legs.csv"), legs());
    Files.write(nodes, new byte[] {(byte) 0xff, (byte) 0xfe, 'i', 'd', '\n'});
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> NetworkCsv.read(nodes, legs));
    assertEquals(nodes.toString(), e.file());
  }

  @Test
  void read_afterAFailedRead_readsTheNextFileCorrectly() {
    assertThrows(DataFormatException.class, () -> read(nodes(A, B), legs(AB, AB)));
    Network n = read(nodes(A, B), legs(AB));
    assertEquals(1, n.legCount());
  }

}
