package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pins the table's layout: the label and list columns flush left, numbers flush right. */
class CorridorTableLayoutTest {
  @Test
  void toText_alignsEveryColumnToItsWidestCell() {
    String text =
        CorridorTable.of()
            .with("Caspian ferry and rail", ReportTest.corridor())
            .with("C", ReportTest.corridor())
            .toText();
    assertEquals(EXPECTED, text);
  }

  private static final String EXPECTED =
      "route                   days  running  waiting  transfer  border  dwell  USD/TEU   km"
          + "  countries  chokepoints\n"
          + "Caspian ferry and rail  3.58     1.33     1.75      0.50    0.00   0.00      620  940"
          + "  KZ AZ GE\n"
          + "C                       3.58     1.33     1.75      0.50    0.00   0.00      620  940"
          + "  KZ AZ GE\n";
}
