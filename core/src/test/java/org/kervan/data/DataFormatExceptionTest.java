package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The message layout, and the cut of very long rules. */
class DataFormatExceptionTest {
  @Test
  void message_namesColumnOnlyWhenThereIsOne() {
    assertEquals(
        "legs.csv:3: column 1 (from): bad",
        new DataFormatException("legs.csv", 3, 1, "from", "bad", null).getMessage());
    DataFormatException whole = new DataFormatException("legs.csv", 3, 0, "ignored", "bad", null);
    assertEquals("legs.csv:3: bad", whole.getMessage());
    assertEquals("", whole.columnName());
    assertEquals(0, whole.column());
  }

  @Test
  void rule_upTo500Characters_isKeptWhole_longerIsCutAndCounted() {
    String exact = "r".repeat(500);
    assertEquals("f:1: " + exact, new DataFormatException("f", 1, 0, "", exact, null).getMessage());
    String longer = "r".repeat(501);
    assertEquals(
        "f:1: " + exact + "... (cut, 501 characters)",
        new DataFormatException("f", 1, 0, "", longer, null).getMessage());
  }

  @Test
  void cut_neverSplitsASurrogatePair() {
    String rule = "r".repeat(499) + "\uD83D\uDE80" + "tail";
    assertEquals(
        "f:1: " + "r".repeat(499) + "... (cut, 505 characters)",
        new DataFormatException("f", 1, 0, "", rule, null).getMessage());
  }
}
