package org.kervan.benchmarks;

import java.util.Arrays;
import org.kervan.network.Leg;
import org.kervan.network.Network;
import org.kervan.network.WaitPolicy;

/**
 * The plain baseline a neutral harness would write: a node-based graph in compressed sparse row
 * arrays (offsets, heads, hours) and Dijkstra with a binary heap of (key, node) pairs in primitive
 * arrays and lazy deletion. Weights are the legs' hours (waiting plus running), the numbers Kervan
 * adds, so on networks whose nodes charge nothing ({@link SyntheticNetworks}) it finds Kervan's
 * totals. Not thread-safe: the search arrays are reused between queries.
 */
public final class CsrDijkstraPeer {
  private final int[] start;
  private final int[] head;
  private final double[] hours;
  private final double[] dist;
  private final int[] parent;
  private double[] heapKey = new double[1024];
  private int[] heapNode = new int[1024];
  private int heapSize;

  private CsrDijkstraPeer(int[] start, int[] head, double[] hours) {
    this.start = start;
    this.head = head;
    this.hours = hours;
    this.dist = new double[start.length - 1];
    this.parent = new int[start.length - 1];
  }

  /**
   * Builds the CSR arrays of a network, nodes by dense index.
   *
   * @param network the network
   * @return the peer
   */
  public static CsrDijkstraPeer of(Network network) {
    int n = network.nodeCount();
    int m = network.legCount();
    int[] tail = new int[m];
    int[] to = new int[m];
    double[] w = new double[m];
    int[] start = new int[n + 1];
    int i = 0;
    for (Leg l : network.legs()) {
      tail[i] = network.indexOf(l.from());
      to[i] = network.indexOf(l.to());
      w[i] = l.waitingHours(WaitPolicy.EXPECTED_HALF_HEADWAY) + l.runningHours();
      start[tail[i] + 1]++;
      i++;
    }
    return fromEdges(n, tail, to, w, start);
  }

  /**
   * Builds the CSR arrays from edge arrays, as a harness holding plain arrays would.
   *
   * @param n the node count
   * @param tail the tail of each edge
   * @param to the head of each edge
   * @param w the hours of each edge
   * @param start per-node out-degree counts shifted by one ({@code start[v + 1]} = degree of v)
   * @return the peer
   */
  static CsrDijkstraPeer fromEdges(int n, int[] tail, int[] to, double[] w, int[] start) {
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] head = new int[tail.length];
    double[] hours = new double[tail.length];
    for (int e = 0; e < tail.length; e++) {
      int p = fill[tail[e]]++;
      head[p] = to[e];
      hours[p] = w[e];
    }
    return new CsrDijkstraPeer(start, head, hours);
  }

  /**
   * Returns the least hours from one node to another, stopping when the target is settled.
   *
   * @param source the source index
   * @param target the target index, or -1 to settle everything
   * @return hours, or infinity if unreachable
   */
  public double hours(int source, int target) {
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    heapSize = 0;
    dist[source] = 0.0;
    parent[source] = -1;
    push(0.0, source);
    while (heapSize > 0) {
      double d = heapKey[0];
      int v = heapNode[0];
      pop();
      if (d > dist[v]) {
        continue;
      }
      if (v == target) {
        return d;
      }
      for (int e = start[v], end = start[v + 1]; e < end; e++) {
        int w = head[e];
        double nd = d + hours[e];
        if (nd < dist[w]) {
          dist[w] = nd;
          parent[w] = v;
          push(nd, w);
        }
      }
    }
    return target < 0 ? 0.0 : Double.POSITIVE_INFINITY;
  }

  /**
   * Returns the distance to a node after a full run ({@code hours(source, -1)}).
   *
   * @param v the node
   * @return hours
   */
  public double distance(int v) {
    return dist[v];
  }

  /**
   * Returns the bytes the graph arrays take (16-byte headers, 8-byte alignment), without the
   * search arrays.
   *
   * @return bytes
   */
  public long graphBytes() {
    return array(start.length, 4) + array(head.length, 4) + array(hours.length, 8);
  }

  private static long array(long length, int elem) {
    return (16 + length * elem + 7) & ~7L;
  }

  private void push(double key, int node) {
    if (heapSize == heapKey.length) {
      heapKey = Arrays.copyOf(heapKey, 2 * heapSize);
      heapNode = Arrays.copyOf(heapNode, 2 * heapSize);
    }
    int i = heapSize++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (heapKey[p] <= key) {
        break;
      }
      heapKey[i] = heapKey[p];
      heapNode[i] = heapNode[p];
      i = p;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  }

  private void pop() {
    int last = --heapSize;
    if (last == 0) {
      return;
    }
    double key = heapKey[last];
    int node = heapNode[last];
    int i = 0;
    while (true) {
      int c = 2 * i + 1;
      if (c >= last) {
        break;
      }
      if (c + 1 < last && heapKey[c + 1] < heapKey[c]) {
        c++;
      }
      if (heapKey[c] >= key) {
        break;
      }
      heapKey[i] = heapKey[c];
      heapNode[i] = heapNode[c];
      i = c;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  }
}
