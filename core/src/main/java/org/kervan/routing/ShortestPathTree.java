package org.kervan.routing;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.network.WaitPolicy;
import org.kervan.routing.kernel.Heuristic;
import org.kervan.routing.kernel.LabelSettingSearch;
import org.kervan.routing.kernel.PathWalker;
import org.kervan.routing.kernel.RoutingGraph;
import org.kervan.routing.kernel.Workspace;

/**
 * One-to-all and one-to-many searches as a primitive API: a reusable buffer holding, after each
 * {@link #search}, the best total from one origin to every node (a distance array by dense id,
 * {@link Network#indexOf}) and the tree of best corridors (the last leg of each, and the corridor
 * itself on demand). For matrices, sweeps and accessibility maps where building a {@link
 * RouteMatrix} row per origin would allocate for nothing.
 *
 * <p>Values equal {@link DijkstraRouter}'s for the same pair and options, bit for bit: the search
 * is the same Dijkstra over the mode-expanded state graph. Searching again reuses every array; a
 * search allocates nothing per relaxation.
 *
 * <p>Example: the fastest time from Nhava Sheva to every node, then one corridor of the tree:
 *
 * <pre>{@code
 * Network network = DefaultNetwork.load();
 * ShortestPathTree tree = ShortestPathTree.of(network);
 * tree.search(network.indexOf("INNSA"), RouteOptions.defaults());
 * double[] hours = new double[network.nodeCount()];
 * tree.copyValues(hours);                       // Infinity where no corridor exists
 * Corridor toPiraeus = tree.corridorTo(network.indexOf("GRPIR")).orElseThrow();
 * }</pre>
 *
 * <p>Not thread-safe: the buffers belong to one thread at a time; create one tree per thread (they
 * share the network's search graph).
 */
public final class ShortestPathTree {
  private final Engine engine;
  private final RoutingGraph g;
  private final Workspace ws;
  private final LabelSettingSearch sp;
  private int origin = -1;
  private WaitPolicy waitPolicy = WaitPolicy.EXPECTED_HALF_HEADWAY;

  private ShortestPathTree(Engine engine) {
    this.engine = engine;
    this.g = engine.g;
    // The tree keeps its own workspace: its buffers must survive between search and lookups.
    this.ws = g.acquire();
    this.sp = ws.search();
  }

  /**
   * Returns an empty tree over a network, sharing the network's search graph with its routers.
   *
   * @param network the network
   * @return the tree
   */
  public static ShortestPathTree of(Network network) {
    return new ShortestPathTree(new Engine(network));
  }

  /**
   * Returns the network this tree searches.
   *
   * @return the network
   */
  public Network network() {
    return engine.network;
  }

  /**
   * Searches from one origin to every node it reaches under the options.
   *
   * @param originIndex the origin's dense id, in {@code [0, nodeCount)}
   * @param options the criterion, wait policy and avoid sets
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws org.kervan.network.UnknownNodeException if an avoided node or chokepoint is not in
   *     the network
   */
  public void search(int originIndex, RouteOptions options) {
    start(originIndex, options);
    sp.runToMarked(sp.originState(originIndex), 0);
  }

  /**
   * Searches from one origin until every target is settled; only the targets' values (and the
   * origin's) are defined afterwards.
   *
   * @param originIndex the origin's dense id
   * @param targetIndexes the targets' dense ids; repeats allowed
   * @param options the criterion, wait policy and avoid sets
   * @throws IndexOutOfBoundsException if an index is out of range
   * @throws org.kervan.network.UnknownNodeException if an avoided node or chokepoint is not in
   *     the network
   */
  public void search(int originIndex, int[] targetIndexes, RouteOptions options) {
    checkNotNull(targetIndexes, "targetIndexes");
    for (int i = 0; i < targetIndexes.length; i++) {
      checkElementIndex(targetIndexes[i], g.nodeCount, "targetIndexes[" + i + "]");
    }
    start(originIndex, options);
    sp.beginMarks();
    int marked = 0;
    for (int t : targetIndexes) {
      if (t != originIndex && sp.mark(t)) {
        marked++;
      }
    }
    sp.mark(originIndex);
    // The origin is marked too (it settles first), so a search with targets never runs to all.
    sp.runToMarked(sp.originState(originIndex), marked + 1);
  }

  private void start(int originIndex, RouteOptions options) {
    checkElementIndex(originIndex, g.nodeCount, "originIndex");
    checkNotNull(options, "options");
    sp.setQuery(engine.cost(options), engine.mask(options), Heuristic.NONE, -1);
    origin = originIndex;
    waitPolicy = options.waitPolicy();
  }

  private void checkSearched() {
    checkState(origin >= 0, "search must run before lookups, was not run");
  }

  /**
   * Returns the origin of the last search.
   *
   * @return the origin's dense id
   * @throws IllegalStateException if no search ran yet
   */
  public int origin() {
    checkSearched();
    return origin;
  }

  /**
   * Returns the best total to a node: hours for {@link Criterion#TIME}, USD per TEU otherwise.
   *
   * @param nodeIndex the node's dense id
   * @return the total, {@code 0.0} at the origin, {@link Double#POSITIVE_INFINITY} if not reached
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalStateException if no search ran yet
   */
  public double value(int nodeIndex) {
    checkSearched();
    checkElementIndex(nodeIndex, g.nodeCount, "nodeIndex");
    return nodeIndex == origin ? 0.0 : sp.nodeValue(nodeIndex);
  }

  /**
   * Copies every node's best total into an array, by dense id.
   *
   * @param out an array of length at least {@code nodeCount}
   * @throws IllegalArgumentException if the array is too short
   * @throws IllegalStateException if no search ran yet
   */
  public void copyValues(double[] out) {
    checkSearched();
    checkNotNull(out, "out");
    if (!(out.length >= g.nodeCount)) {
      throw new IllegalArgumentException(
          "out.length must be >= nodeCount = " + g.nodeCount + ", was " + out.length);
    }
    for (int v = 0; v < g.nodeCount; v++) {
      out[v] = v == origin ? 0.0 : sp.nodeValue(v);
    }
  }

  /**
   * Returns the last leg of the best corridor to a node, as an index into {@link Network#legs()}.
   * Because a node's charge depends on the leg it is entered by, the best corridor to a node may
   * reach the node before it by another leg than that node's own best corridor; {@link
   * #corridorTo} follows the search's tree exactly.
   *
   * @param nodeIndex the node's dense id
   * @return the leg index, or -1 at the origin and for a node not reached
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalStateException if no search ran yet
   */
  public int predecessorLeg(int nodeIndex) {
    checkSearched();
    checkElementIndex(nodeIndex, g.nodeCount, "nodeIndex");
    int ls = nodeIndex == origin ? -1 : sp.nodeState(nodeIndex);
    return ls < 0 ? -1 : g.legIndex(sp.parentLeg(ls));
  }

  /**
   * Returns the best corridor to a node.
   *
   * @param nodeIndex the node's dense id
   * @return the corridor, or empty at the origin and for a node not reached
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalStateException if no search ran yet
   */
  public Optional<Corridor> corridorTo(int nodeIndex) {
    checkSearched();
    checkElementIndex(nodeIndex, g.nodeCount, "nodeIndex");
    int ls = nodeIndex == origin ? -1 : sp.nodeState(nodeIndex);
    if (ls < 0) {
      return Optional.empty();
    }
    PathWalker walker = ws.walker();
    int[] legs = sp.path(walker, ls);
    return Optional.of(engine.corridor(legs, walker.length(), waitPolicy));
  }

  /** Returns e.g. {@code ShortestPathTree[Network[120 nodes, 310 legs], origin 3]}. */
  @Override
  public String toString() {
    return "ShortestPathTree[" + engine.network + (origin < 0 ? "" : ", origin " + origin) + "]";
  }
}
