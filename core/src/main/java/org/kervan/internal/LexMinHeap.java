package org.kervan.internal;

import java.util.Arrays;

/**
 * A binary min-heap of int ids ordered lexicographically by two double keys, with lazy deletion
 * (an id may be pushed more than once; callers skip entries they have invalidated). Used for
 * multi-criteria label-setting, where labels must leave the queue in lexicographic order.
 *
 * <p>Not thread-safe; each search thread owns its own heap. Not part of the API.
 */
public final class LexMinHeap {
  private int[] ids = new int[64];
  private double[] first = new double[64];
  private double[] second = new double[64];
  private int size;

  /** Creates an empty heap. */
  public LexMinHeap() {}

  /**
   * Tells whether the heap is empty.
   *
   * @return whether nothing is queued
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Pushes an id with its keys.
   *
   * @param id the id
   * @param key1 the primary key
   * @param key2 the secondary key, compared on ties of the primary key
   */
  public void push(int id, double key1, double key2) {
    if (size == ids.length) {
      int n = size * 2;
      ids = Arrays.copyOf(ids, n);
      first = Arrays.copyOf(first, n);
      second = Arrays.copyOf(second, n);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(key1, key2, first[parent], second[parent])) {
        break;
      }
      ids[i] = ids[parent];
      first[i] = first[parent];
      second[i] = second[parent];
      i = parent;
    }
    ids[i] = id;
    first[i] = key1;
    second[i] = key2;
  }

  /**
   * Removes the id with the lexicographically smallest keys.
   *
   * @return that id
   */
  public int poll() {
    assert size > 0;
    int top = ids[0];
    size--;
    if (size > 0) {
      int id = ids[size];
      double k1 = first[size];
      double k2 = second[size];
      int i = 0;
      int half = size >>> 1;
      while (i < half) {
        int child = 2 * i + 1;
        int right = child + 1;
        if (right < size && less(first[right], second[right], first[child], second[child])) {
          child = right;
        }
        if (!less(first[child], second[child], k1, k2)) {
          break;
        }
        ids[i] = ids[child];
        first[i] = first[child];
        second[i] = second[child];
        i = child;
      }
      ids[i] = id;
      first[i] = k1;
      second[i] = k2;
    }
    return top;
  }

  /** Removes every entry. */
  public void clear() {
    size = 0;
  }

  private static boolean less(double a1, double a2, double b1, double b2) {
    return a1 < b1 || (a1 == b1 && a2 < b2);
  }
}
