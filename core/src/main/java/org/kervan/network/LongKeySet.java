package org.kervan.network;

import java.util.Arrays;

/**
 * A set of non-negative {@code long} keys by open addressing with linear probing, for the bulk
 * builder's duplicate check: one array of primitives instead of a key string and a map entry per
 * leg. The table stays at most three quarters full (a linear-probing miss then looks at about
 * eight slots on average, Knuth's {@code (1 + 1 / (1 - a)^2) / 2}; at the usual load of a build
 * with an exact size hint, just under half, about two): at four million legs the table is 64 MiB
 * rather than the 128 MiB of a half-full one, which the build's peak memory would carry.
 *
 * <p>This class is not thread-safe.
 */
final class LongKeySet {
  private static final long EMPTY = -1L;

  private long[] slots;
  private int size;

  LongKeySet(int expected) {
    int n = 16;
    while (4L * expected > 3L * n && n < (1 << 30)) {
      n <<= 1;
    }
    slots = new long[n];
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
    if (4L * (size + 1) > 3L * slots.length) {
      if (slots.length == 1 << 30) {
        throw new IllegalStateException("leg count must be <= 3 * 2^28, was " + size);
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
