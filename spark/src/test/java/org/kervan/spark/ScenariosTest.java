package org.kervan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenariosTest {
  @Test
  void decode_givesEqualNetworks_afterJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SweepFixtures.SCENARIOS);
    }
    Scenarios back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Scenarios) in.readObject();
    }
    assertEquals(List.of("baseline", "suez_closed", "slow_steaming"), back.names());
    assertEquals(SweepFixtures.BASELINE, back.decode().get("baseline"));
    assertEquals(SweepFixtures.SUEZ_CLOSED, back.decode().get("suez_closed"));
    assertEquals(SweepFixtures.SLOW_STEAMING, back.decode().get("slow_steaming"));
    // Compact: the serialised set is the compressed text, not an object per leg.
    assertTrue(bytes.size() < SweepFixtures.SCENARIOS.encodedBytes() + 2_000, "" + bytes.size());
    assertTrue(SweepFixtures.SCENARIOS.encodedBytes() < 1_000_000, SweepFixtures.SCENARIOS.toString());
  }

  @Test
  void with_rejectsTakenAndMalformedNames() {
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
        () -> SweepFixtures.SCENARIOS.with("baseline", SweepFixtures.BASELINE));
    assertTrue(taken.getMessage().contains("must be new"), taken.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> SweepFixtures.SCENARIOS.with("suez closed", SweepFixtures.BASELINE));
    assertTrue(bad.getMessage().contains("'suez closed'"), bad.getMessage());
    assertThrows(NullPointerException.class, () -> Scenarios.of(null));
  }
}
