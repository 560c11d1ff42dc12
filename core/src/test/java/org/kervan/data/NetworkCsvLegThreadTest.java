package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kervan.network.Network;

/**
 * Reading the leg files on their own thread gives the network and the first error a single pass
 * gives: rows are checked against each other in file order whichever thread read them.
 */
class NetworkCsvLegThreadTest {
  private static final String NODE_HEADER = String.join(",", NetworkCsv.NODE_COLUMNS);
  private static final String LEG_HEADER = String.join(",", NetworkCsv.LEG_COLUMNS);
  private static final String NODES =
      NODE_HEADER
          + "\nAAAAA,Alpha,IN,SEAPORT,18.9,72.9,,,,,,,,,@a"
          + "\nBBBBB,Beta,AE,SEAPORT,25,55,,,,,,,,,src b\n";
  private static final String MORE_NODES =
      NODE_HEADER + "\nWP_C,Gamma,,WAYPOINT,20,60,,,,,,,,,@a\n";
  private static final String AB = "AAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,,,,,OPERATING,,@a";
  private static final String BC = "BBBBB,WP_C,SEA,700,29.6,,0,0.05,,,,,,OPERATING,,src bc";

  private static Network read(boolean ownThread, String n1, String n2, String l1, String l2) {
    List<Reader> nodes = List.of(new StringReader(n1), new StringReader(n2));
    List<Reader> legs = List.of(new StringReader(l1), new StringReader(l2));
    return NetworkCsv.read(
        nodes,
        List.of("n1.csv", "n2.csv"),
        legs,
        List.of("l1.csv", "l2.csv"),
        leg -> true,
        Map.of("a", "distance: x"),
        ownThread);
  }

  private static String firstError(boolean ownThread, String n1, String n2, String l1, String l2) {
    return assertThrows(DataFormatException.class, () -> read(ownThread, n1, n2, l1, l2))
        .getMessage();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void read_eitherWay_givesTheSameNetwork(boolean ownThread) {
    String l1 = LEG_HEADER + "\n" + AB + "\n";
    String l2 = LEG_HEADER + "\n" + BC + "\n";
    Network net = read(ownThread, NODES, MORE_NODES, l1, l2);
    assertEquals(read(false, NODES, MORE_NODES, l1, l2), net);
    assertEquals(3, net.nodeCount());
    assertEquals(2, net.legCount());
    assertEquals("distance: x", net.legs().get(0).source());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void duplicateNode_comesBeforeAnyLegError(boolean ownThread) {
    String n2 = MORE_NODES + "BBBBB,Beta again,AE,SEAPORT,25,55,,,,,,,,,s\n";
    String badLegs = LEG_HEADER + "\nAAAAA,BBBBB,SEA,x,29.6,,0,0.05,,,,,,OPERATING,,s\n";
    assertEquals(
        "n2.csv:3: column 1 (id): id must be unique, was duplicate 'BBBBB' (first on line 3)",
        firstError(ownThread, NODES, n2, badLegs, badLegs));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void unknownEnd_inTheFirstFile_comesBeforeABadCellInTheSecond(boolean ownThread) {
    String l1 = LEG_HEADER + "\n" + AB + "\nAAAAA,WP_D,SEA,1,1,,0,0,,,,,,OPERATING,,s\n";
    String l2 = LEG_HEADER + "\nAAAAA,BBBBB,RAIL,x,29.6,,0,0.05,,,,,,OPERATING,,s\n";
    assertEquals(
        "l1.csv:3: column 2 (to): to must name a node of n1.csv, n2.csv, was unknown id 'WP_D'",
        firstError(ownThread, NODES, MORE_NODES, l1, l2));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void rowsBeforeABadCell_areCheckedFirst(boolean ownThread) {
    String unknownThenBad =
        LEG_HEADER
            + "\n"
            + AB
            + "\nAAAAA,WP_D,SEA,1,1,,0,0,,,,,,OPERATING,,s"
            + "\nBBBBB,AAAAA,SEA,1,x,,0,0,,,,,,OPERATING,,s\n";
    assertEquals(
        "l1.csv:3: column 2 (to): to must name a node of n1.csv, n2.csv, was unknown id 'WP_D'",
        firstError(ownThread, NODES, MORE_NODES, unknownThenBad, LEG_HEADER + "\n"));
    String badThenDuplicate =
        LEG_HEADER + "\n" + AB + "\nBBBBB,AAAAA,SEA,1,x,,0,0,,,,,,OPERATING,,s\n" + AB + "\n";
    assertEquals(
        "l1.csv:3: column 5 (speed_kmh): speed_kmh must be a decimal number, was 'x'",
        firstError(ownThread, NODES, MORE_NODES, badThenDuplicate, LEG_HEADER + "\n"));
    String duplicateAcrossFiles = LEG_HEADER + "\n" + AB + "\n";
    assertEquals(
        "l2.csv:2: column 1 (from): leg key (from, to, mode) must be unique, was duplicate"
            + " AAAAA>BBBBB:SEA (first on line 2)",
        firstError(ownThread, NODES, MORE_NODES, duplicateAcrossFiles, duplicateAcrossFiles));
  }

  @Test
  void unknownSourceKey_inALegFile_isReportedFromTheLegThread() {
    String l1 = LEG_HEADER + "\nAAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,,,,,OPERATING,,@nope\n";
    assertEquals(
        firstError(false, NODES, MORE_NODES, l1, LEG_HEADER + "\n"),
        firstError(true, NODES, MORE_NODES, l1, LEG_HEADER + "\n"));
  }
}
