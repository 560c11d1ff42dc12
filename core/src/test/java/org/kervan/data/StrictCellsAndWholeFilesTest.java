package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.GeoPoint;

/**
 * Enum cells matched exactly (ASCII names in any case, nothing folded by Unicode case mapping or
 * trimmed away), legs whose running time underflows rejected with file, line and column, names
 * that are not well-formed UTF-16 rejected where nodes are built, and writers that leave either
 * the whole file or the old one.
 */
class StrictCellsAndWholeFilesTest {
  private static final String NODE_HEADER = String.join(",", NetworkCsv.NODE_COLUMNS) + "\n";
  private static final String A = "AAAAA,Alpha,IN,SEAPORT,18.9,72.9,36,150,48,100,0,0,,,src a\n";
  private static final String NODES = NODE_HEADER + A + "BBBBB,Beta,AE,SEAPORT,25.0,55.0,,,,,,,,,src b\n";
  private static final String LEG_HEADER = String.join(",", NetworkCsv.LEG_COLUMNS) + "\n";

  private static String leg(String mode, String distanceKm, String status) {
    return LEG_HEADER + "AAAAA,BBBBB," + mode + "," + distanceKm + ",29.6,,0,0.05,,,,,," + status
        + ",,src ab\n";
  }

  private static Network read(String nodes, String legs) {
    return NetworkCsv.read(new StringReader(nodes), "nodes.csv", new StringReader(legs), "legs.csv");
  }

  private static DataFormatException rejects(String nodes, String legs) {
    return assertThrows(DataFormatException.class, () -> read(nodes, legs));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u017fea", "SEA\u0000", "S\u0130A", "se\u0430", "\u0000SEA"})
  void legMode_foldedOrPadded_isRejectedWithLineAndColumn(String mode) {
    // "ſea" upper-cases to SEA in every locale, and trim() dropped a trailing NUL.
    DataFormatException e = rejects(NODES, leg(mode, "2200", "OPERATING"));
    assertEquals("legs.csv", e.file());
    assertEquals(2, e.line());
    assertEquals("mode", e.columnName());
  }

  @Test
  void legModeAndStatus_dotlessI_isRejected() {
    DataFormatException e = rejects(NODES, leg("ra\u0131l", "2200", "OPERATING"));
    assertEquals("mode", e.columnName());
    e = rejects(NODES, leg("SEA", "2200", "operat\u0131ng"));
    assertEquals("status", e.columnName());
  }

  @Test
  void nodeKind_withTrailingNul_isRejected() {
    String nodes = NODES.replace("IN,SEAPORT,", "IN,SEAPORT\u0000,");
    DataFormatException e = rejects(nodes, LEG_HEADER);
    assertEquals("nodes.csv", e.file());
    assertEquals(2, e.line());
    assertEquals("kind", e.columnName());
  }

  @Test
  void enumCells_inAsciiLowerCaseWithSpaces_stillRead() {
    Network n = read(NODES, leg(" sea ", "2200", "operating"));
    assertEquals(Mode.SEA, n.legs().get(0).mode());
  }

  @Test
  void distanceThatUnderflowsTheRunningTime_isRejectedWithLineAndColumn() {
    DataFormatException e = rejects(NODES, leg("SEA", "4.9E-324", "OPERATING"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("distanceKm / speedKmh must be > 0"), e.getMessage());
  }

  @Test
  void nodeName_withALoneSurrogate_isRejectedWhereTheNodeIsBuilt() {
    // It used to be accepted, and NetworkCsv.write then failed half-way with a
    // MalformedInputException naming neither node nor column, leaving a truncated file.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Node.of("AAAAA", "Alpha \uD800", "IN", NodeKind.SEAPORT, GeoPoint.of(1, 2)));
    assertEquals(
        "name must be well-formed UTF-16 (no lone surrogate), was a lone \\uD800 at index 6",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Node.of("AAAAA", "\uDC00Alpha", "IN", NodeKind.SEAPORT, GeoPoint.of(1, 2)));
    assertThrows(IllegalArgumentException.class,
        () -> Node.of("AAAAA", "Alpha", "IN", NodeKind.SEAPORT, GeoPoint.of(1, 2))
            .withSource("src \uD83D"));
    // A well-formed pair is a name like any other.
    assertEquals("Alpha \uD83D\uDEA2",
        Node.of("AAAAA", "Alpha \uD83D\uDEA2", "IN", NodeKind.SEAPORT, GeoPoint.of(1, 2)).name());
  }

  @Test
  void legSource_withALoneSurrogate_isRejected() {
    Network n = read(NODES, leg("SEA", "2200", "OPERATING"));
    Leg leg = n.legs().get(0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> leg.withSource("x\uDBFF"));
    assertTrue(e.getMessage().startsWith("source must be well-formed UTF-16"), e.getMessage());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writers_thatCannotMoveIntoPlace_leaveNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Network n = read(NODES, leg("SEA", "2200", "OPERATING"));
    Path nodes = dir.resolve("nodes.csv");
    Files.writeString(nodes, "old nodes", StandardCharsets.UTF_8);
    // A non-empty directory where the legs file should go: the move fails after writing.
    Path legs = dir.resolve("legs.csv");
    Files.createDirectories(legs.resolve("inside"));
    assertThrows(UncheckedIOException.class, () -> NetworkCsv.write(n, nodes, legs));
    assertTrue(Files.readString(nodes).startsWith("id,"), "a file moved into place is whole");
    assertEquals(List.of("legs.csv", "nodes.csv"), names(dir), "no temporary file is left");
    Path geo = dir.resolve("legs.csv");
    assertThrows(UncheckedIOException.class, () -> GeoJson.write(n, geo));
    assertEquals(List.of("legs.csv", "nodes.csv"), names(dir));
    assertTrue(Files.isDirectory(legs.resolve("inside")));
  }

  @Test
  void writers_replaceWholeFiles(@TempDir Path dir) throws IOException {
    Network n = read(NODES, leg("SEA", "2200", "OPERATING"));
    Path nodes = dir.resolve("nodes.csv");
    Path legs = dir.resolve("legs.csv");
    Files.writeString(nodes, "old nodes, much longer than nothing ".repeat(100));
    NetworkCsv.write(n, nodes, legs);
    assertEquals(n, NetworkCsv.read(nodes, legs));
    Path geo = dir.resolve("net.geojson");
    GeoJson.write(n, geo);
    assertTrue(Files.readString(geo).startsWith("{"));
    assertEquals(List.of("legs.csv", "net.geojson", "nodes.csv"), names(dir));
    assertFalse(Files.readString(nodes).contains("old nodes"));
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // The staged file keeps the usual permissions of a new file, not a temporary file's 0600.
      Path plain = Files.createFile(dir.resolve("plain"));
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(geo));
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(legs));
    }
  }
}
