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
   * Walks a parent structure back from an entry.
   *
   * @param end the entry (state or label) the path ends at
   * @param leg the leg into each entry, -1 at the start
   * @param parent the entry before each entry
   * @return the buffer holding the legs in forward order, valid until the next walk; {@link
   *     #length()} says how many
   */
  public int[] walk(int end, int[] leg, int[] parent) {
    int count = 0;
    for (int q = end; leg[q] >= 0; q = parent[q]) {
      count++;
    }
    if (buffer.length < count) {
      buffer = new int[Math.max(count, 2 * buffer.length)];
    }
    length = count;
    int i = count;
    for (int q = end; leg[q] >= 0; q = parent[q]) {
      buffer[--i] = leg[q];
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
