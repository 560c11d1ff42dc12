package org.kervan.internal;

import java.util.Arrays;

/**
 * A binary min-heap of int ids in {@code [0, capacity)} keyed by doubles, with decrease-key. Each
 * id is in the heap at most once; {@code position[id]} finds it, so a decrease is {@code O(log
 * n)} with no stale entries. Nothing is allocated after construction unless the capacity grows.
 *
 * <p>Why a binary heap: searches on freight networks are small-degree and the heap is
 * rarely large, so the simplest heap with decrease-key is as fast as a d-ary one here. Not
 * thread-safe; each search thread owns its own heap. Not part of the API.
 */
public final class IndexedMinHeap {
  private int[] ids;
  private double[] keys;
  // Heap position of each id, or -1 when the id is not in the heap.
  private int[] position;
  private int size;

  /**
   * Creates an empty heap for ids in {@code [0, capacity)}.
   *
   * @param capacity the number of distinct ids, {@code >= 0}
   */
  public IndexedMinHeap(int capacity) {
    ids = new int[Math.max(1, capacity)];
    keys = new double[Math.max(1, capacity)];
    position = new int[Math.max(1, capacity)];
    Arrays.fill(position, -1);
  }

  /**
   * Grows the heap to hold ids in {@code [0, capacity)}; never shrinks.
   *
   * @param capacity the number of distinct ids
   */
  public void ensureCapacity(int capacity) {
    if (capacity > position.length) {
      int old = position.length;
      ids = Arrays.copyOf(ids, capacity);
      keys = Arrays.copyOf(keys, capacity);
      position = Arrays.copyOf(position, capacity);
      Arrays.fill(position, old, capacity, -1);
    }
  }

  /**
   * Tells whether the heap is empty.
   *
   * @return whether no id is in the heap
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the number of ids in the heap.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether an id is in the heap.
   *
   * @param id the id
   * @return whether it is queued
   */
  public boolean contains(int id) {
    return position[id] >= 0;
  }

  /**
   * Inserts an id, or lowers its key if it is queued with a larger key; a larger key for a queued
   * id is ignored.
   *
   * @param id the id
   * @param key the key
   */
  public void insertOrDecrease(int id, double key) {
    int i = position[id];
    if (i < 0) {
      i = size++;
      ids[i] = id;
      keys[i] = key;
      position[id] = i;
      siftUp(i);
    } else if (key < keys[i]) {
      keys[i] = key;
      siftUp(i);
    }
  }

  /**
   * Returns the smallest key without removing it.
   *
   * @return the smallest key
   */
  public double peekKey() {
    assert size > 0;
    return keys[0];
  }

  /**
   * Removes the id with the smallest key.
   *
   * @return that id
   */
  public int poll() {
    assert size > 0;
    int top = ids[0];
    position[top] = -1;
    size--;
    if (size > 0) {
      ids[0] = ids[size];
      keys[0] = keys[size];
      position[ids[0]] = 0;
      siftDown(0);
    }
    return top;
  }

  /** Removes every id, in time proportional to the size. */
  public void clear() {
    for (int i = 0; i < size; i++) {
      position[ids[i]] = -1;
    }
    size = 0;
  }

  private void siftUp(int i) {
    int id = ids[i];
    double key = keys[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!(key < keys[parent])) {
        break;
      }
      ids[i] = ids[parent];
      keys[i] = keys[parent];
      position[ids[i]] = i;
      i = parent;
    }
    ids[i] = id;
    keys[i] = key;
    position[id] = i;
  }

  private void siftDown(int i) {
    int id = ids[i];
    double key = keys[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && keys[right] < keys[child]) {
        child = right;
      }
      if (!(keys[child] < key)) {
        break;
      }
      ids[i] = ids[child];
      keys[i] = keys[child];
      position[ids[i]] = i;
      i = child;
    }
    ids[i] = id;
    keys[i] = key;
    position[id] = i;
  }
}
