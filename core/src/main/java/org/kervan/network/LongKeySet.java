package org.kervan.network;

import java.util.Arrays;

/**
 * A set of non-negative {@code long} keys by open addressing with linear probing, for the bulk
 * builder's duplicate check: one array of primitives instead of a key string and a map entry per
 * leg. The table stays at most half full.
 *
 * <p>This class is not thread-safe.
 */
final class LongKeySet {
  private static final long EMPTY = -1L;

  private long[] slots;
  private int size;

  LongKeySet(int expected) {
    slots = new long[tableSize(expected)];
    Arrays.fill(slots, EMPTY);
  }

  boolean contains(long key) {
    assert key >= 0 : key;
    int mask = slots.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = slots[i];
      if (k == key) {
        return true;
      }
      if (k == EMPTY) {
        return false;
      }
    }
  }

  // Adds a key not in the set.
  void add(long key) {
    assert key >= 0 && !contains(key) : key;
    if (2L * (size + 1) > slots.length) {
      if (slots.length == 1 << 30) {
        throw new IllegalStateException("leg count must be < 2^29, was " + size);
      }
      rehash(slots.length * 2);
    }
    insert(slots, key);
    size++;
  }

  private static void insert(long[] table, long key) {
    int mask = table.length - 1;
    int i = slot(key, mask);
    while (table[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    table[i] = key;
  }

  private void rehash(int capacity) {
    long[] table = new long[capacity];
    Arrays.fill(table, EMPTY);
    for (long k : slots) {
      if (k != EMPTY) {
        insert(table, k);
      }
    }
    slots = table;
  }

  // The finaliser of MurmurHash3's 64-bit hash (Appleby), so that keys differing only in high
  // bits spread over the whole table.
  private static int slot(long key, int mask) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  // The smallest power of two, at least 16, that holds twice the expected count; at most 2^30.
  static int tableSize(int expected) {
    int n = 16;
    while (n < 2L * expected && n < (1 << 30)) {
      n <<= 1;
    }
    return n;
  }
}
