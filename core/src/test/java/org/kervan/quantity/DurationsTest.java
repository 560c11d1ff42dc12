package org.kervan.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kervan.internal.Durations;

class DurationsTest {
  @Test
  void hoursAndDurations_convertBothWays() {
    assertEquals(Duration.ofMinutes(90), Durations.ofHours(1.5));
    assertEquals(Duration.ofSeconds(3600 * 100, 1), Durations.ofHours(100 + 1 / 3.6e12));
    assertEquals(1.5, Durations.toHours(Duration.ofMinutes(90), "d"), 0.0);
    assertEquals(2.5 / 3600, Durations.toHours(Duration.ofMillis(2500), "d"), 1e-18);
    assertEquals(1e-9 / 3600, Durations.toHours(Duration.ofNanos(1), "d"), 1e-24);
    assertEquals(
        "d must be >= 0, was PT-1S",
        assertThrows(IllegalArgumentException.class, () -> Durations.toHours(Duration.ofSeconds(-1), "d"))
            .getMessage());
  }
}
