package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kervan.network.EmissionClass;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;

class NetworkCsvEmissionClassTest {
  private static final String NODES =
      String.join(",", NetworkCsv.NODE_COLUMNS)
          + "\r\nAAAAA,Alpha,IN,SEAPORT,18.9,72.9,36,150,48,100,0,0,0.5,2.5,src a"
          + "\r\nBBBBB,Beta,AE,SEAPORT,25.0,55.0,,,,,,,,,src b\r\n";
  private static final String OLD_HEADER = String.join(",", NetworkCsv.LEG_COLUMNS);
  private static final String AB =
      "AAAAA,BBBBB,SEA,2200,29.6,,0,0.05,,CP_HORMUZ,,,,OPERATING,,src ab";
  private static final String BA = "BBBBB,AAAAA,SEA,2200,29.6,,0,0.05,,,,,,OPERATING,,src ba";

  private static Network read(String legs) {
    return NetworkCsv.read(new StringReader(NODES), "nodes.csv", new StringReader(legs), "legs.csv");
  }

  private static String write(Network n) {
    StringBuilder nodes = new StringBuilder();
    StringBuilder legs = new StringBuilder();
    NetworkCsv.write(n, nodes, legs);
    return legs.toString();
  }

  @Test
  void read_fileWithoutTheColumn_givesLegsWithTheModeDefault() {
    Network n = read(OLD_HEADER + "\r\n" + AB + "\r\n");
    Leg leg = n.leg("AAAAA", "BBBBB", Mode.SEA).orElseThrow();
    assertEquals(Optional.empty(), leg.emissionClass());
    assertEquals(EmissionClass.CONTAINER_SHIP_8000_TO_14499_TEU, leg.emissionClassOrDefault());
    // Written back, the file has no emission class column when no leg sets it.
    assertTrue(write(n).startsWith(OLD_HEADER + ",geometry\r\n"), write(n));
  }

  @Test
  void read_columnWithAClassAndAnEmptyCell_roundTrips() {
    Network n =
        read(OLD_HEADER + ",emission_class\r\n" + AB + ",container_ship_under_1000_teu\r\n" + BA
            + ",\r\n");
    assertEquals(Optional.of(EmissionClass.CONTAINER_SHIP_UNDER_1000_TEU),
        n.leg("AAAAA", "BBBBB", Mode.SEA).orElseThrow().emissionClass());
    assertEquals(Optional.empty(), n.leg("BBBBB", "AAAAA", Mode.SEA).orElseThrow().emissionClass());
    String written = write(n);
    assertTrue(written.startsWith(OLD_HEADER + ",emission_class,geometry\r\n"), written);
    assertTrue(written.contains(",src ab,CONTAINER_SHIP_UNDER_1000_TEU,\r\n"), written);
    assertEquals(n, read(written));
  }

  @Test
  void read_unknownOrWrongModeClass_namesFileLineAndColumn() {
    DataFormatException unknown =
        assertThrows(DataFormatException.class,
            () -> read(OLD_HEADER + ",emission_class\r\n" + AB + ",STEAMSHIP\r\n"));
    assertEquals("legs.csv", unknown.file());
    assertEquals(2, unknown.line());
    assertEquals(17, unknown.column());
    assertEquals("emission_class", unknown.columnName());
    assertTrue(unknown.getMessage().contains("emission_class must be one of ["), unknown.getMessage());
    DataFormatException wrongMode =
        assertThrows(DataFormatException.class,
            () -> read(OLD_HEADER + ",emission_class\r\n" + AB + ",RAIL_DIESEL\r\n"));
    assertEquals("emission_class", wrongMode.columnName());
    assertTrue(wrongMode.getMessage().contains(
        "emissionClass must be a class of mode SEA, was RAIL_DIESEL of mode RAIL"),
        wrongMode.getMessage());
  }
}
