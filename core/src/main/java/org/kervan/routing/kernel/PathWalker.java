package org.kervan.routing.kernel;

/**
 * The one path walk of every search: follows parent links back from an end entry until an entry
 * whose leg is -1, and writes the legs in forward order into a reusable buffer. Serves state trees
 * (Dijkstra, A*, Yen's spurs) and Pareto labels alike. Not thread-safe: part of a {@link
 * Workspace}.
 */
public final class PathWalker {
  private int[] buffer = new int[64];
  private int length;

  PathWalker() {}

  /**
   * Packs the entry before an entry and the leg into it into one {@code long}, so that a search
   * writes one array (one cache line) per improved entry: the parent in the high 32 bits, the leg
   * in the low 32 bits.
   *
   * @param parent the entry before, or -1 at the start
   * @param leg the leg into the entry, or -1 at the start
   * @return the packed link
   */
  static long link(int parent, int leg) {
    return ((long) parent << 32) | (leg & 0xFFFF_FFFFL);
  }

  /**
   * Returns the leg of a packed link.
   *
   * @param link the link
   * @return the leg, -1 at the start
   */
  static int leg(long link) {
    return (int) link;
  }

  /**
   * Returns the entry before of a packed link.
   *
   * @param link the link
   * @return the entry, -1 at the start
   */
  static int parent(long link) {
    return (int) (link >> 32);
  }

  /**
   * Walks packed parent links ({@link #link}) back from an entry.
   *
   * @param end the entry (state or label) the path ends at
   * @param links the link of each entry
   * @return the buffer holding the legs in forward order, valid until the next walk; {@link
   *     #length()} says how many
   */
  public int[] walk(int end, long[] links) {
    int count = 0;
    for (int q = end; leg(links[q]) >= 0; q = parent(links[q])) {
      count++;
    }
    if (buffer.length < count) {
      buffer = new int[Math.max(count, 2 * buffer.length)];
    }
    length = count;
    int i = count;
    for (int q = end; leg(links[q]) >= 0; q = parent(links[q])) {
      buffer[--i] = leg(links[q]);
    }
    return buffer;
  }

  /**
   * Returns the number of legs of the last walk.
   *
   * @return the count
   */
  public int length() {
    return length;
  }
}
