package org.kervan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search heaps against plain sorting on seeded random operations. */
class HeapsTest {

  @Test
  void indexedMinHeap_pollsKeysInOrder_withDecreaseKeyMembershipAndClear() {
    for (long seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      int n = 1 + rnd.nextInt(60);
      IndexedMinHeap heap = new IndexedMinHeap(rnd.nextInt(4));
      heap.ensureCapacity(n);
      double[] best = new double[n];
      Arrays.fill(best, Double.NaN);
      for (int op = 0; op < 3 * n; op++) {
        int id = rnd.nextInt(n);
        double key = rnd.nextInt(20);
        heap.insertOrDecrease(id, key);
        best[id] = Double.isNaN(best[id]) ? key : Math.min(best[id], key);
      }
      int members = 0;
      for (int id = 0; id < n; id++) {
        assertEquals(!Double.isNaN(best[id]), heap.contains(id), "seed " + seed + " id " + id);
        members += Double.isNaN(best[id]) ? 0 : 1;
      }
      assertEquals(members, heap.size(), "seed " + seed);
      double last = Double.NEGATIVE_INFINITY;
      int polled = 0;
      while (!heap.isEmpty() && polled < members / 2) {
        double top = heap.peekKey();
        int id = heap.poll();
        assertEquals(best[id], top, "seed " + seed);
        assertTrue(top >= last, "seed " + seed + ": " + top + " after " + last);
        assertFalse(heap.contains(id));
        last = top;
        polled++;
      }
      assertEquals(members - polled, heap.size());
      heap.clear();
      assertTrue(heap.isEmpty());
      assertEquals(0, heap.size());
      for (int id = 0; id < n; id++) {
        assertFalse(heap.contains(id), "seed " + seed + " id " + id + " after clear");
      }
      heap.insertOrDecrease(n - 1, 5);
      assertEquals(n - 1, heap.poll());
    }
  }

  @Test
  void indexedMinHeap_growsBeyondItsFirstCapacity() {
    IndexedMinHeap heap = new IndexedMinHeap(1);
    heap.ensureCapacity(1);
    heap.ensureCapacity(10);
    for (int id = 9; id >= 0; id--) {
      assertFalse(heap.contains(id));
      heap.insertOrDecrease(id, id);
    }
    for (int id = 0; id < 10; id++) {
      assertEquals(id, heap.poll());
    }
  }

  @Test
  void lazyMinHeap_popsPairsInKeyOrder_keepingStalePairs_andGrows() {
    for (long seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      LazyMinHeap heap = new LazyMinHeap(rnd.nextInt(3));
      List<double[]> pairs = new ArrayList<>();
      int n = 1 + rnd.nextInt(200);
      for (int i = 0; i < n; i++) {
        // Repeated ids and keys: a lazy heap keeps every pair pushed.
        double[] p = {rnd.nextInt(30), rnd.nextInt(10)};
        pairs.add(p);
        heap.push(p[0], (int) p[1]);
        assertEquals(i + 1, heap.size());
      }
      pairs.sort(Comparator.comparingDouble(p -> p[0]));
      for (int i = 0; i < n; i++) {
        assertFalse(heap.isEmpty(), "seed " + seed);
        assertEquals(pairs.get(i)[0], heap.topKey(), "seed " + seed + " pop " + i);
        int id = heap.topId();
        heap.pop();
        // The id popped is one of those pushed with that key.
        final int k = i;
        assertTrue(
            pairs.stream().anyMatch(p -> p[0] == pairs.get(k)[0] && (int) p[1] == id),
            "seed " + seed + ": id " + id + " with key " + pairs.get(i)[0]);
      }
      assertTrue(heap.isEmpty());
      heap.push(3, 1);
      heap.push(1, 2);
      heap.clear();
      assertTrue(heap.isEmpty());
      assertEquals(0, heap.size());
    }
  }

  @Test
  void lexMinHeap_pollsInLexicographicOrder_breakingTiesOnTheSecondKey() {
    for (long seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      LexMinHeap heap = new LexMinHeap();
      int n = 1 + rnd.nextInt(80);
      List<double[]> entries = new ArrayList<>();
      for (int id = 0; id < n; id++) {
        // Second keys are distinct, so the order is unique; pushed in random order.
        entries.add(new double[] {rnd.nextInt(5), rnd.nextDouble(), id});
      }
      for (double[] e : entries) {
        heap.push((int) e[2], e[0], e[1]);
      }
      entries.sort(
          Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
      for (double[] e : entries) {
        assertFalse(heap.isEmpty());
        assertEquals((int) e[2], heap.poll(), "seed " + seed);
      }
      assertTrue(heap.isEmpty());
      heap.push(7, 1, 1);
      heap.clear();
      assertTrue(heap.isEmpty());
    }
  }
}
