package org.kervan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.ContractionHierarchyRouter;
import org.kervan.routing.RouteRequest;

/**
 * Prints the all-in heap footprint and build time, per leg, of a synthetic network: the {@link
 * Network} itself, then what routing adds (the network's routing graph and one search workspace,
 * then the ALT landmarks, then the contraction hierarchy for hours), beside the JGraphT peer graph and the plain CSR arrays of the same
 * legs.
 *
 * <p>Figures are differences in used heap ({@link MemoryMXBean}) after repeated {@code
 * System.gc()} calls, taken before and after each structure is built while the earlier ones stay
 * reachable. They are approximate (a collector may keep some garbage), but at 100k nodes and up
 * such noise is well under one byte per leg. Times are wall-clock times of one build on a possibly
 * loaded machine, not JMH measurements; the network's build also gives the building thread's CPU
 * time, which other processes on the machine do not inflate.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * org.kervan.benchmarks.MemoryFootprint 100000 1000000}; add {@code -Dkervan.contract=false} to skip
 * the contraction hierarchy; {@code -Dkervan.networkOnly=true} builds only the network (to run under
 * a small {@code -Xmx}).
 */
public final class MemoryFootprint {
  private static final long SEED = 42;
  // -Dkervan.contract=false skips the contraction, which takes minutes at a million nodes.
  private static final boolean CONTRACT =
      Boolean.parseBoolean(System.getProperty("kervan.contract", "true"));
  // -Dkervan.networkOnly=true builds the network and nothing else: run it under an -Xmx of twice
  // the network's bytes to show that the build's peak stays within that.
  private static final boolean NETWORK_ONLY =
      Boolean.parseBoolean(System.getProperty("kervan.networkOnly", "false"));
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MemoryFootprint() {}

  /**
   * Measures each requested size in turn.
   *
   * @param args node counts; {@code 10000 100000 1000000} if none are given
   */
  public static void main(String[] args) {
    int[] sizes =
        args.length == 0 ? new int[] {10_000, 100_000, 1_000_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    System.out.printf(
        Locale.ROOT,
        "%-8s %8s  %-44s %12s %8s %9s %9s%n",
        "nodes",
        "legs",
        "structure",
        "bytes",
        "B/leg",
        "build ms",
        "cpu ms");
    for (int n : sizes) {
      measure(n);
    }
  }

  private static void measure(int requestedNodes) {
    long before = usedAfterGc();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Network network = SyntheticNetworks.trunkGrid(requestedNodes, SEED);
    long networkNanos = System.nanoTime() - t0;
    long networkCpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
    long afterNetwork = usedAfterGc();
    int legs = network.legCount();
    if (NETWORK_ONLY) {
      print(network.nodeCount(), legs, "Network (nodes, legs, lookups)", afterNetwork - before,
          networkNanos, networkCpuNanos);
      System.out.printf(Locale.ROOT, "max heap %d bytes, %.1f B/leg%n",
          MEMORY.getHeapMemoryUsage().getMax(),
          (double) MEMORY.getHeapMemoryUsage().getMax() / legs);
      Reference.reachabilityFence(network);
      return;
    }
    t0 = System.nanoTime();
    AStarRouter router = AStarRouter.of(network);
    // The first query builds the routing graph and one workspace: both belong to routing's cost.
    router.timeHours(0, network.nodeCount() - 1);
    long routerNanos = System.nanoTime() - t0;
    long afterRouter = usedAfterGc();
    // A constrained query builds the landmarks.
    String from = network.nodes().get(0).id();
    String to = network.nodes().get(network.nodeCount() - 1).id();
    t0 = System.nanoTime();
    router.route(RouteRequest.of(from, to).avoidingCountries(SyntheticNetworks.countries().get(1)));
    long landmarkNanos = System.nanoTime() - t0;
    long afterLandmarks = usedAfterGc();
    ContractionHierarchyRouter ch = ContractionHierarchyRouter.of(network);
    t0 = System.nanoTime();
    if (CONTRACT) {
      // The first query contracts the hours-with-waits hierarchy.
      ch.timeHours(0, network.nodeCount() - 1);
    }
    long chNanos = System.nanoTime() - t0;
    long afterCh = usedAfterGc();
    t0 = System.nanoTime();
    Graph<Integer, DefaultWeightedEdge> peer = JGraphTPeer.of(network);
    long peerNanos = System.nanoTime() - t0;
    long afterPeer = usedAfterGc();
    t0 = System.nanoTime();
    CsrDijkstraPeer csr = CsrDijkstraPeer.of(network);
    long csrNanos = System.nanoTime() - t0;
    long afterCsr = usedAfterGc();

    int nodes = network.nodeCount();
    print(nodes, legs, "Network (nodes, legs, lookups)", afterNetwork - before, networkNanos,
        networkCpuNanos);
    print(nodes, legs, "routing graph + one workspace", afterRouter - afterNetwork, routerNanos);
    print(nodes, legs, "ALL-IN: Network + routing graph + workspace", afterRouter - before,
        networkNanos + routerNanos);
    print(nodes, legs, "ALT landmarks (8)", afterLandmarks - afterRouter, landmarkNanos);
    if (CONTRACT) {
      print(nodes, legs, "contraction hierarchy (hours)", afterCh - afterLandmarks, chNanos);
    }
    print(nodes, legs, "JGraphT peer graph", afterPeer - afterCh, peerNanos);
    print(nodes, legs, "CSR peer (graph + search arrays)", afterCsr - afterPeer, csrNanos);
    print(nodes, legs, "  of which CSR graph arrays", csr.graphBytes(), 0);
    Reference.reachabilityFence(network);
    Reference.reachabilityFence(router);
    Reference.reachabilityFence(ch);
    Reference.reachabilityFence(peer);
    Reference.reachabilityFence(csr);
  }

  private static void print(int nodes, int legs, String what, long bytes, long nanos) {
    print(nodes, legs, what, bytes, nanos, -1);
  }

  // A cpuNanos of -1: not measured.
  private static void print(
      int nodes, int legs, String what, long bytes, long nanos, long cpuNanos) {
    System.out.printf(
        Locale.ROOT,
        "%-8d %8d  %-44s %12d %8.1f %9.0f %9s%n",
        nodes,
        legs,
        what,
        bytes,
        (double) bytes / legs,
        nanos / 1e6,
        cpuNanos < 0 ? "-" : String.format(Locale.ROOT, "%.0f", cpuNanos / 1e6));
  }

  private static long usedAfterGc() {
    // Several collections: the first may only promote or queue finalisable objects.
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
