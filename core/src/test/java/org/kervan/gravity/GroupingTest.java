package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** Which rows each grouping puts together, and the labels it gives them. */
class GroupingTest {
  private static final String[] C = {"AUT", "BEL", "CAN"};
  private static final String[] T = {"2000", "2004"};

  /** Every (exporter, importer, time) of 3 countries and 2 years; z = exporter - importer. */
  private static TradePanel panel() {
    TradePanel.Builder b = TradePanel.builder(List.of("z"));
    for (String t : T) {
      for (int e = 0; e < 3; e++) {
        for (int m = 0; m < 3; m++) {
          // -0.0 for the domestic rows of 2004: the same group as 0.0.
          double z = e == m && t.equals("2004") ? -0.0 : e - m;
          b.add(C[e], C[m], t, 1, z);
        }
      }
    }
    return b.build();
  }

  private static void assertGroups(Grouping g, BiPredicate<Integer, Integer> same) {
    TradePanel p = panel();
    long[] keys = g.keys(p);
    for (int i = 0; i < p.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        assertEquals(same.test(i, j), keys[i] == keys[j], g + " rows " + i + ", " + j);
        assertEquals(same.test(i, j), g.label(p, i).equals(g.label(p, j)), g + " labels");
      }
    }
  }

  @Test
  void eachGrouping_joinsExactlyTheRowsItNames() {
    TradePanel p = panel();
    assertGroups(Grouping.EXPORTER, (i, j) -> p.exporter(i).equals(p.exporter(j)));
    assertGroups(Grouping.IMPORTER, (i, j) -> p.importer(i).equals(p.importer(j)));
    assertGroups(Grouping.TIME, (i, j) -> p.time(i).equals(p.time(j)));
    assertGroups(Grouping.EXPORTER_TIME,
        (i, j) -> p.exporter(i).equals(p.exporter(j)) && p.time(i).equals(p.time(j)));
    assertGroups(Grouping.IMPORTER_TIME,
        (i, j) -> p.importer(i).equals(p.importer(j)) && p.time(i).equals(p.time(j)));
    assertGroups(Grouping.PAIR,
        (i, j) -> p.exporter(i).equals(p.exporter(j)) && p.importer(i).equals(p.importer(j)));
    assertGroups(Grouping.SYMMETRIC_PAIR,
        (i, j) -> (p.exporter(i).equals(p.exporter(j)) && p.importer(i).equals(p.importer(j)))
            || (p.exporter(i).equals(p.importer(j)) && p.importer(i).equals(p.exporter(j))));
    assertGroups(Grouping.PAIR_SHARED_DOMESTIC,
        (i, j) -> (p.isDomestic(i) && p.isDomestic(j))
            || (p.exporter(i).equals(p.exporter(j)) && p.importer(i).equals(p.importer(j))));
    assertGroups(Grouping.column("z"),
        (i, j) -> p.covariate("z", i) == p.covariate("z", j));
  }

  @Test
  void labels_nameTheGroup() {
    TradePanel p = panel();
    int row = 5; // 2000, BEL -> CAN
    assertEquals("BEL", Grouping.EXPORTER.label(p, row));
    assertEquals("CAN", Grouping.IMPORTER.label(p, row));
    assertEquals("2000", Grouping.TIME.label(p, row));
    assertEquals("BEL|2000", Grouping.EXPORTER_TIME.label(p, row));
    assertEquals("CAN|2000", Grouping.IMPORTER_TIME.label(p, row));
    assertEquals("BEL|CAN", Grouping.PAIR.label(p, row));
    assertEquals("BEL|CAN", Grouping.SYMMETRIC_PAIR.label(p, 7)); // CAN -> BEL
    assertEquals("domestic", Grouping.PAIR_SHARED_DOMESTIC.label(p, 4));
    assertEquals("CAN|BEL", Grouping.PAIR_SHARED_DOMESTIC.label(p, 7));
    assertEquals("-1.0", Grouping.column("z").label(p, row));
  }

  @Test
  void compact_codesDenselyInKeyOrder_forSmallAndLargeKeys() {
    int[] codes = new int[5];
    assertEquals(3, Grouping.compact(new long[] {7, 2, 7, 40, 2}, codes));
    assertArrayEquals(new int[] {1, 0, 1, 2, 0}, codes);
    assertEquals(3, Grouping.compact(new long[] {Long.MAX_VALUE, -5, Long.MAX_VALUE, 1L << 40, -5},
        codes));
    assertArrayEquals(new int[] {2, 0, 2, 1, 0}, codes);
    int[] one = new int[1];
    assertEquals(1, Grouping.compact(new long[] {19}, one));
    assertArrayEquals(new int[] {0}, one);
    assertEquals(0, Grouping.compact(new long[0], new int[0]));
  }

  @Test
  void namesParseBack_andValuesCompare() {
    for (Grouping g : List.of(Grouping.EXPORTER, Grouping.PAIR_SHARED_DOMESTIC,
        Grouping.column("pair_id"))) {
      assertEquals(g, Grouping.parse(g.toString()));
    }
    assertEquals("column:pair_id", Grouping.column("pair_id").toString());
    new EqualsTester()
        .addEqualityGroup(Grouping.column("z"), Grouping.parse("column:z"))
        .addEqualityGroup(Grouping.column("time"))
        .addEqualityGroup(Grouping.TIME)
        .testEquals();
  }
}
