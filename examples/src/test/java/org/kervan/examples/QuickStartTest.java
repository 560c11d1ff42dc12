package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;

class QuickStartTest {
  @Test
  void main_printsTheCorridorWithItsBreakdown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Corridor c = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 42 h wait (2 departures a week) + 22 h sailing + 12 h transshipment + 6 h border
    // + 897 km / 30 km/h = 29.9 h rail = 111.9 h.
    assertEquals(111.9, c.totalHours(), 1e-9);
    assertEquals(List.of("KZ", "AZ", "GE"), c.countries());
    assertTrue(out.contains("total 4.66 days"), out);
    assertTrue(out.contains("KZAKX→GEPTI"), out);
  }
}
