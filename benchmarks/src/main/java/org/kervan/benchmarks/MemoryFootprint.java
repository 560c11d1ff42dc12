package org.kervan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.kervan.internal.CompactGraph;
import org.kervan.internal.NetworkInternals;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;

/**
 * Prints the approximate heap footprint, per node and per edge, of a synthetic network, of
 * Kervan's router over it and of the JGraphT peer graph.
 *
 * <p>Figures are differences in used heap ({@link MemoryMXBean}) after repeated {@code
 * System.gc()} calls, taken before and after each structure is built while the earlier ones stay
 * reachable. They are approximate (a collector may keep some garbage; the JVM's own allocations
 * move the baseline by a few kilobytes), but at 100k nodes and up such noise is well under one
 * byte per node. The compact graph's primitive arrays are also summed exactly from their lengths
 * (16-byte array header, 8-byte alignment, compressed references assumed).
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * org.kervan.benchmarks.MemoryFootprint 10000 100000 1000000}.
 */
public final class MemoryFootprint {
  private static final long SEED = 42;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private MemoryFootprint() {}

  /**
   * Measures each requested size in turn.
   *
   * @param args node counts; {@code 10000 100000 1000000} if none are given
   * @throws Exception if the compact graph's fields cannot be read
   */
  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0 ? new int[] {10_000, 100_000, 1_000_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s %8s %9s  %-34s %14s %10s %10s%n",
        "nodes",
        "legs",
        "jgt-edges",
        "structure",
        "bytes",
        "B/node",
        "B/edge");
    for (int n : sizes) {
      measure(n);
    }
  }

  private static void measure(int requestedNodes) throws IllegalAccessException {
    long before = usedAfterGc();
    Network network = SyntheticNetworks.grid(requestedNodes, SEED);
    long afterNetwork = usedAfterGc();
    AStarRouter router = AStarRouter.of(network);
    // The first query allocates this thread's search arrays; they belong to the router's cost.
    router.timeHours(0, network.nodeCount() - 1);
    long afterRouter = usedAfterGc();
    Graph<Integer, DefaultWeightedEdge> peer = JGraphTPeer.of(network);
    long afterPeer = usedAfterGc();

    int nodes = network.nodeCount();
    int legs = network.legCount();
    int peerEdges = peer.edgeSet().size();
    long compact = compactArrayBytes(NetworkInternals.compact(network));
    print(nodes, legs, peerEdges, "Network (objects + compact graph)", afterNetwork - before, legs);
    print(nodes, legs, peerEdges, "  of which compact graph arrays", compact, legs);
    print(nodes, legs, peerEdges, "AStarRouter (state graph + search)", afterRouter - afterNetwork,
        legs);
    print(nodes, legs, peerEdges, "routing total (compact + router)",
        compact + afterRouter - afterNetwork, legs);
    print(nodes, legs, peerEdges, "JGraphT peer graph", afterPeer - afterRouter, peerEdges);
    Reference.reachabilityFence(network);
    Reference.reachabilityFence(router);
    Reference.reachabilityFence(peer);
  }

  private static void print(
      int nodes, int legs, int peerEdges, String what, long bytes, int edges) {
    System.out.printf(
        Locale.ROOT,
        "%-10d %8d %9d  %-34s %14d %10.1f %10.1f%n",
        nodes,
        legs,
        peerEdges,
        what,
        bytes,
        (double) bytes / nodes,
        (double) bytes / edges);
  }

  private static long usedAfterGc() {
    // Several collections: the first may only promote or queue finalisable objects.
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** Sums the compact graph's primitive arrays (and reference arrays, not what they refer to). */
  private static long compactArrayBytes(CompactGraph g) throws IllegalAccessException {
    long total = 0;
    for (Field f : CompactGraph.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
        continue;
      }
      Object a = f.get(g);
      if (a == null) {
        continue;
      }
      Class<?> c = f.getType().getComponentType();
      int len = Array.getLength(a);
      int elem =
          c == double.class || c == long.class
              ? 8
              : c == byte.class || c == boolean.class ? 1 : c == short.class || c == char.class
                  ? 2
                  : 4;
      total += (16L + (long) len * elem + 7) & ~7L;
    }
    return total;
  }
}
