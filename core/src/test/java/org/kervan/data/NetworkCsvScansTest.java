package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.base.Splitter;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.quantity.Polyline;

/**
 * The geometry cell and enum cells are read as the format states: geometry points split at
 * {@code ;} and trimmed, each point two decimals split at runs of spaces; enum names ASCII. The
 * oracles here split with Guava and match with regular expressions, independently of the reader's
 * scans; a bad cell is reported at its line and column, as are bad ids and enum names.
 */
class NetworkCsvScansTest {
  private static final String NODES =
      String.join(",", NetworkCsv.NODE_COLUMNS)
          + "\nAAAAA,Alpha,IN,SEAPORT,18.9,72.9,,,,,,,,,src a"
          + "\nBBBBB,Beta,AE,SEAPORT,25,55,,,,,,,,,src b\n";
  private static final String LEG_HEADER =
      String.join(",", NetworkCsv.LEG_COLUMNS) + "," + NetworkCsv.GEOMETRY_COLUMN;
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern ENUM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private static Network readGeometry(String cell) {
    String legs =
        LEG_HEADER
            + "\n"
            + "AAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,,,,,OPERATING,,src ab,\""
            + cell
            + "\"\n";
    return NetworkCsv.read(
        new StringReader(NODES), "nodes.csv", new StringReader(legs), "legs.csv");
  }

  /** The expected points, or the 1-based number of the first malformed point (negated). */
  private static double[] oracle(String cell, int[] badPoint) {
    List<String> points = Splitter.on(';').trimResults().splitToList(cell);
    double[] latLon = new double[2 * points.size()];
    for (int i = 0; i < points.size(); i++) {
      List<String> pair = Splitter.on(' ').omitEmptyStrings().splitToList(points.get(i));
      if (pair.size() != 2
          || !DECIMAL.matcher(pair.get(0)).matches()
          || !DECIMAL.matcher(pair.get(1)).matches()) {
        badPoint[0] = i + 1;
        return null;
      }
      latLon[2 * i] = Double.parseDouble(pair.get(0));
      latLon[2 * i + 1] = Double.parseDouble(pair.get(1));
    }
    return latLon;
  }

  @Provide
  Arbitrary<String> geometryLike() {
    Arbitrary<String> number =
        Arbitraries.of(
            "0", "-0", "12.5", "-33.25", ".5", "7.", "1e1", "95", "-181", "x", "", "1.2.3");
    Arbitrary<String> gap = Arbitraries.of(" ", "  ", "", "\t", " \t");
    Arbitrary<String> point =
        net.jqwik.api.Combinators.combine(gap, number, gap, number, gap)
            .as((a, lat, b, lon, c) -> a + lat + (b.isEmpty() ? " " : b) + lon + c);
    Arbitrary<String> oddPoint = Arbitraries.of("", " ", "1", "1 2 3", "1;", "1 2;");
    return Arbitraries.oneOf(point, point, point, oddPoint)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(ps -> String.join(";", ps))
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 1500)
  void geometry_agreesWithTheSplitFormat(@ForAll("geometryLike") String cell) {
    int[] bad = {0};
    double[] expected = oracle(cell, bad);
    if (expected == null) {
      DataFormatException e = assertThrows(DataFormatException.class, () -> readGeometry(cell));
      assertEquals(2, e.line(), cell);
      assertEquals(NetworkCsv.LEG_COLUMNS.size() + 1, e.column(), cell);
      String point = Splitter.on(';').trimResults().splitToList(cell).get(bad[0] - 1);
      assertEquals(
          "legs.csv:2: column 17 (geometry): geometry point "
              + bad[0]
              + " must be 'latitude longitude' in decimal degrees, was '"
              + point
              + "'",
          e.getMessage(),
          cell);
      return;
    }
    boolean inRange = true;
    for (int i = 0; i < expected.length; i += 2) {
      inRange &= Math.abs(expected[i]) <= 90 && Math.abs(expected[i + 1]) <= 180;
    }
    if (!inRange) {
      DataFormatException e = assertThrows(DataFormatException.class, () -> readGeometry(cell));
      assertEquals(NetworkCsv.GEOMETRY_COLUMN, e.columnName(), cell);
      return;
    }
    Leg leg = readGeometry(cell).leg("AAAAA", "BBBBB", Mode.SEA).orElseThrow();
    Polyline g = leg.geometry();
    assertEquals(expected.length / 2, g.size(), cell);
    for (int i = 0; i < g.size(); i++) {
      assertEquals(expected[2 * i], g.latitude(i), 0.0, cell);
      assertEquals(expected[2 * i + 1], g.longitude(i), 0.0, cell);
    }
  }

  @Test
  void geometry_manyPoints_keepsEveryPointInOrder() {
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      cell.append(i == 0 ? "" : "; ").append(i * 0.5 - 25).append("  ").append(100 - i);
    }
    Polyline g = readGeometry(cell.toString()).legs().get(0).geometry();
    assertEquals(100, g.size());
    assertEquals(24.5, g.latitude(99));
    assertEquals(1.0, g.longitude(99));
  }

  @Provide
  Arbitrary<String> nameLike() {
    return Arbitraries.strings().withChars("SEAsea_09ſı -").ofMinLength(0).ofMaxLength(6);
  }

  @Property(tries = 3000)
  void isEnumName_agreesWithTheSyntax(@ForAll("nameLike") String s) {
    assertEquals(ENUM_NAME.matcher(s).matches(), NetworkCsv.isEnumName(s), "'" + s + "'");
  }

  private static DataFormatException readError(String nodes, String legs) {
    return assertThrows(
        DataFormatException.class,
        () ->
            NetworkCsv.read(
                new StringReader(nodes), "nodes.csv", new StringReader(legs), "legs.csv"));
  }

  @Test
  void badIds_areReportedAtTheirLineAndColumn() {
    String header = String.join(",", NetworkCsv.NODE_COLUMNS);
    DataFormatException node =
        readError(
            header + "\nAAAAA,Alpha,IN,SEAPORT,1,2,,,,,,,,,s\nA__B,Beta,AE,SEAPORT,1,2,,,,,,,,,s\n",
            LEG_HEADER + "\n");
    assertEquals(
        "nodes.csv:3: column 1 (id): id must be a UN/LOCODE [A-Z]{2}[A-Z2-9]{3} or a synthetic id"
            + " like CP_SUEZ, was 'A__B'",
        node.getMessage());
    String legs = LEG_HEADER + "\nAAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,,,,,OPERATING,,s,\n";
    DataFormatException to =
        readError(NODES, legs + "AAAAA,bbbbb,SEA,1,1,,0,0,,,,,,OPERATING,,s,\n");
    assertEquals(3, to.line());
    assertEquals(2, to.column());
    assertEquals("to", to.columnName());
    DataFormatException chokepoint =
        readError(NODES, legs + "BBBBB,AAAAA,SEA,1,1,,0,0,,CP_X|X_,,,,OPERATING,,s,\n");
    assertEquals(
        "legs.csv:3: column 10 (chokepoints): chokepoints element must be a UN/LOCODE"
            + " [A-Z]{2}[A-Z2-9]{3} or a synthetic id like CP_SUEZ, was 'X_'",
        chokepoint.getMessage());
    DataFormatException mode =
        readError(NODES, legs + "BBBBB,AAAAA,ſea,1,1,,0,0,,,,,,OPERATING,,s,\n");
    assertEquals(3, mode.line());
    assertEquals(3, mode.column());
  }
}
