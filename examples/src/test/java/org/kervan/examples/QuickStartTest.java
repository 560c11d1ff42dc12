package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void main_printsTheCorridorWithItsBreakdown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 42 h wait (2 departures a week) + 22 h sailing + 12 h transshipment + 6 h border
    // + 897 km / 30 km/h = 29.9 h rail = 111.9 h = 4.6625 days.
    assertTrue(out.contains("total 4.66 days"), out);
    // Ferry USD 450 + rail 897 km x 0.45 = 403.65 + transshipment 120 + border 100 = 1,073.65.
    assertTrue(out.contains("cost 1,074 USD/TEU"), out);
    assertTrue(out.contains("countries [KZ, AZ, GE]"), out);
    assertTrue(out.contains("KZAKX→GEPTI"), out);
  }
}
