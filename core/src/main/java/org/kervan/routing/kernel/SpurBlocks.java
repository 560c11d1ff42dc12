package org.kervan.routing.kernel;

import java.util.Arrays;

/**
 * A filter over another that also blocks nodes and legs for one spur search of Yen's algorithm:
 * legs into a blocked node and blocked legs are not taken. Blocks are generation-stamped, so
 * starting a new block set costs {@code O(1)}. Not thread-safe: part of a {@link Workspace}.
 */
public final class SpurBlocks implements LegFilter {
  private final int[] legHead;
  private final int[] nodeBlock;
  private final int[] legBlock;
  private int gen;
  private LegFilter base;

  SpurBlocks(RoutingGraph g) {
    legHead = g.legHead;
    nodeBlock = new int[g.nodeCount];
    legBlock = new int[g.legCount];
  }

  /**
   * Starts a new, empty block set over a base filter.
   *
   * @param filter what is allowed before blocking
   */
  public void begin(LegFilter filter) {
    base = filter;
    if (++gen == Integer.MAX_VALUE) {
      Arrays.fill(nodeBlock, 0);
      Arrays.fill(legBlock, 0);
      gen = 1;
    }
  }

  /**
   * Blocks entering a node.
   *
   * @param node the dense node id
   */
  public void blockNode(int node) {
    nodeBlock[node] = gen;
  }

  /**
   * Blocks a leg.
   *
   * @param leg the CSR leg
   */
  public void blockLeg(int leg) {
    legBlock[leg] = gen;
  }

  // Test hook: sets the generation counter, so that a test reaches its wrap in a few queries
  // instead of 2^31.
  void forceGeneration(int generation) {
    gen = generation;
  }

  @Override
  public boolean allows(int leg) {
    return base.allows(leg) && nodeBlock[legHead[leg]] != gen && legBlock[leg] != gen;
  }
}
