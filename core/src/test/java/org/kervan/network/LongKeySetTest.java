package org.kervan.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The open-addressing set of leg keys against {@link HashSet}, and its table sizes by hand. */
class LongKeySetTest {

  @Test
  void tableSize_isTheSmallestPowerOfTwoHoldingTwiceTheCount_from16To2pow30() {
    assertEquals(16, LongKeySet.tableSize(0));
    assertEquals(16, LongKeySet.tableSize(8));
    assertEquals(32, LongKeySet.tableSize(9));
    assertEquals(32, LongKeySet.tableSize(16));
    assertEquals(64, LongKeySet.tableSize(17));
    assertEquals(1 << 30, LongKeySet.tableSize(1 << 29));
    assertEquals(1 << 30, LongKeySet.tableSize(Integer.MAX_VALUE));
  }

  @Test
  void addAndContains_keysThatShareASlotChain_areAllFoundAndOthersNot() {
    // Starting from a table of 16 and growing through 32, 64 and 128: 50 keys, some equal in the
    // low bits, some differing only in the high bits.
    LongKeySet set = new LongKeySet(0);
    Set<Long> reference = new HashSet<>();
    for (long i = 0; i < 25; i++) {
      long low = i * 1024;
      long high = i << 40;
      for (long k : List.of(low, high == 0 ? 7 : high)) {
        assertFalse(set.contains(k), "before adding " + k);
        set.add(k);
        reference.add(k);
        assertTrue(set.contains(k), "after adding " + k);
      }
    }
    for (long k : reference) {
      assertTrue(set.contains(k), "key " + k);
    }
    for (long k = 1; k < 3000; k += 3) {
      assertEquals(reference.contains(k), set.contains(k), "key " + k);
    }
  }

  @Property(tries = 100)
  void addAndContains_agreeWithHashSet(
      @ForAll @Size(max = 300) List<@LongRange(min = 0, max = Long.MAX_VALUE - 1) Long> keys,
      @ForAll @IntRange(min = 0, max = 400) int expected) {
    LongKeySet set = new LongKeySet(expected);
    Set<Long> reference = new HashSet<>();
    for (long k : keys) {
      assertEquals(reference.contains(k), set.contains(k), "key " + k);
      if (reference.add(k)) {
        set.add(k);
      }
    }
    for (long k : keys) {
      assertTrue(set.contains(k), "key " + k);
      assertEquals(reference.contains(k + 1), set.contains(k + 1), "key " + (k + 1));
    }
  }
}
