package org.kervan.internal;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int id) pairs with lazy deletion: lowering an id's key pushes
 * a new pair and leaves the old one in place, and the caller skips a popped pair whose key is no
 * longer the id's current key. No per-id position array is kept, so a push or a pop moves pairs
 * within the heap's two arrays only and never writes to memory indexed by id; on graphs far larger
 * than the cache that is what makes label-setting searches as fast as a plain CSR Dijkstra, at the
 * price of at most one pair per relaxation that improved a value.
 *
 * <p>Ties between equal keys pop in an order fixed by the push sequence, so a search is
 * deterministic. Nothing is allocated after the arrays have grown to the largest size seen. Not
 * thread-safe; each search owns its heap. Not part of the API.
 */
public final class LazyMinHeap {
  private double[] keys;
  private int[] ids;
  private int size;

  /**
   * Creates an empty heap.
   *
   * @param initialCapacity the pairs it holds before it first grows, {@code >= 0}
   */
  public LazyMinHeap(int initialCapacity) {
    int c = Math.max(16, initialCapacity);
    keys = new double[c];
    ids = new int[c];
  }

  /**
   * Tells whether the heap is empty.
   *
   * @return whether no pair is queued
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the number of pairs queued, stale ones included.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the smallest key; the heap must not be empty.
   *
   * @return the key on top
   */
  public double topKey() {
    return keys[0];
  }

  /**
   * Returns the id of the pair with the smallest key; the heap must not be empty.
   *
   * @return the id on top
   */
  public int topId() {
    return ids[0];
  }

  /**
   * Pushes a pair.
   *
   * @param key the key
   * @param id the id
   */
  public void push(double key, int id) {
    if (size == keys.length) {
      // Grows by half, in long arithmetic: a heap holds at most one pair per relaxation.
      int grown = (int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L);
      keys = Arrays.copyOf(keys, grown);
      ids = Arrays.copyOf(ids, grown);
    }
    int i = size++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!(key < keys[p])) {
        break;
      }
      keys[i] = keys[p];
      ids[i] = ids[p];
      i = p;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Removes the pair on top; the heap must not be empty. */
  public void pop() {
    int last = --size;
    if (last == 0) {
      return;
    }
    double key = keys[last];
    int id = ids[last];
    int i = 0;
    int half = last >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      if (c + 1 < last && keys[c + 1] < keys[c]) {
        c++;
      }
      if (!(keys[c] < key)) {
        break;
      }
      keys[i] = keys[c];
      ids[i] = ids[c];
      i = c;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Removes every pair. */
  public void clear() {
    size = 0;
  }
}
