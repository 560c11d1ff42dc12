package org.kervan.network;

import com.google.common.collect.ImmutableList;
import org.kervan.quantity.GeoPoint;

/**
 * A network's nodes, column-wise: every id in one string with the offsets of each, every name
 * likewise, the coordinates as doubles, the rest (country, kind, charges, spread, source) as an
 * index into a table of distinct values, and an open-addressing table from id to dense index.
 * Frozen by {@link BulkNetworkBuilder}; no array is changed or exposed after that.
 *
 * <p>Ids and names are kept in one string each rather than a string per node: a million ids and
 * names cost two strings and two offset arrays, not two million objects; the JDK keeps a string of
 * Latin-1 characters in one byte per character. A node materialised by {@link #node(int)} is equal
 * to the one added, component for component (the coordinates and charges are the doubles given).
 *
 * <p>This class is immutable and thread-safe.
 */
final class NodeColumns {
  final int count;
  private final String ids;
  private final int[] idStart;
  private final String names;
  private final int[] nameStart;
  private final double[] latitude;
  private final double[] longitude;
  private final int[] extrasIndex;
  private final ImmutableList<NodeExtras> extras;
  // Slot -> dense index + 1, 0 for an empty slot; at most half full.
  private final int[] idTable;

  NodeColumns(
      int count,
      String ids,
      int[] idStart,
      String names,
      int[] nameStart,
      double[] latitude,
      double[] longitude,
      int[] extrasIndex,
      ImmutableList<NodeExtras> extras,
      int[] idTable) {
    this.count = count;
    this.ids = ids;
    this.idStart = idStart;
    this.names = names;
    this.nameStart = nameStart;
    this.latitude = latitude;
    this.longitude = longitude;
    this.extrasIndex = extrasIndex;
    this.extras = extras;
    this.idTable = idTable;
  }

  /** Returns the dense index of a node id, or -1 if there is none. */
  int find(String id) {
    return find(idTable, ids, idStart, id);
  }

  String id(int v) {
    return ids.substring(idStart[v], idStart[v + 1]);
  }

  double latitude(int v) {
    return latitude[v];
  }

  double longitude(int v) {
    return longitude[v];
  }

  Node node(int v) {
    NodeExtras x = extras.get(extrasIndex[v]);
    return new Node(
        id(v),
        names.substring(nameStart[v], nameStart[v + 1]),
        x.country,
        x.kind,
        new GeoPoint(latitude[v], longitude[v]),
        x.transshipmentHours,
        x.transshipmentCostUsd,
        x.dwellHours,
        x.dwellCostUsd,
        x.borderHours,
        x.borderCostUsd,
        x.timeSpread,
        x.source);
  }

  // The id table, shared with the builder, whose ids are still in a StringBuilder.

  static int find(int[] table, CharSequence ids, int[] idStart, String id) {
    int mask = table.length - 1;
    int n = id.length();
    for (int s = slot(id.hashCode(), mask); ; s = (s + 1) & mask) {
      int entry = table[s];
      if (entry == 0) {
        return -1;
      }
      int v = entry - 1;
      int start = idStart[v];
      if (idStart[v + 1] - start == n && regionEquals(ids, start, id)) {
        return v;
      }
    }
  }

  private static boolean regionEquals(CharSequence ids, int start, String id) {
    for (int i = 0; i < id.length(); i++) {
      if (ids.charAt(start + i) != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // Puts a dense index known to be absent, by the hash of its id (String.hashCode).
  static void insert(int[] table, int v, int idHash) {
    int mask = table.length - 1;
    int s = slot(idHash, mask);
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = v + 1;
  }

  // String.hashCode of ids[from, to).
  static int hash(CharSequence ids, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + ids.charAt(i);
    }
    return h;
  }

  // Fibonacci hashing: ids like N_1, N_2, ... have nearby string hashes.
  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
