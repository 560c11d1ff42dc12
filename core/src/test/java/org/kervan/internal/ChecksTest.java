package org.kervan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each check returns the value it accepted, and names the rule and the value it refused. */
class ChecksTest {

  @Test
  void acceptedValues_areReturnedUnchanged() {
    assertEquals(-2.5, Checks.finite(-2.5, "x"), 0);
    assertEquals(2.5, Checks.finitePositive(2.5, "x"), 0);
    assertEquals(0.5, Checks.finiteNonNegative(0.5, "x"), 0);
    assertEquals(3.0, Checks.inRange(3.0, 1.0, 3.0, "x"), 0);
    assertEquals(7, Checks.inRange(7, 7, 9, "x"));
    assertEquals(4.0, Checks.nonNegativeAtMost(4.0, 4.0, "x"), 0);
  }

  @Test
  void size_acceptsZeroToTheLimitInclusive() {
    assertEquals(0, Checks.size(0, 10, "n"));
    assertEquals(10, Checks.size(10, 10, "n"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.size(11, 10, "n"));
    assertEquals("n must be in [0, 10], was 11", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Checks.size(-1, 10, "n"));
  }

  @Test
  void wellFormed_returnsTheString_scannedOrRemembered() {
    // Fresh strings, so the first call scans and the second finds it among the last two passed.
    String s = new String(new char[] {'a', '\uD83D', '\uDE00', 'b'});
    assertSame(s, Checks.wellFormed(s, "s"));
    assertSame(s, Checks.wellFormed(s, "s"));
    String lone = new String(new char[] {'a', '\uD83D'});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.wellFormed(lone, "s"));
    assertEquals(
        "s must be well-formed UTF-16 (no lone surrogate), was a lone \\uD83D at index 1",
        e.getMessage());
  }
}
