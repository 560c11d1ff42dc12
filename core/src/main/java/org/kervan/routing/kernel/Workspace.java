package org.kervan.routing.kernel;

/**
 * What one search thread reuses between queries on one graph: the label-setting search, Yen's
 * spur blocks, the Pareto label loop (created on first use) and the path walker. Borrowed from
 * and returned to its graph ({@link RoutingGraph#acquire()}, {@link RoutingGraph#release}). Not
 * thread-safe: one thread at a time.
 */
public final class Workspace {
  private final RoutingGraph graph;
  private final LabelSettingSearch search;
  private final PathWalker walker = new PathWalker();
  private SpurBlocks blocks;
  private MartinsSearch martins;

  Workspace(RoutingGraph graph) {
    this.graph = graph;
    this.search = new LabelSettingSearch(graph);
  }

  /**
   * Returns the graph this workspace searches.
   *
   * @return the graph
   */
  public RoutingGraph graph() {
    return graph;
  }

  /**
   * Returns the label-setting search.
   *
   * @return the search
   */
  public LabelSettingSearch search() {
    return search;
  }

  /**
   * Returns the path walker.
   *
   * @return the walker
   */
  public PathWalker walker() {
    return walker;
  }

  /**
   * Returns the spur blocks, created on first use.
   *
   * @return the blocks
   */
  public SpurBlocks blocks() {
    if (blocks == null) {
      blocks = new SpurBlocks(graph);
    }
    return blocks;
  }

  // Test hook: sets every generation counter of this workspace (creating the spur blocks and the
  // Pareto loop), so that a long-lived thread's wrap is reached in a few queries.
  void forceGenerations(int generation) {
    search.forceGeneration(generation);
    blocks().forceGeneration(generation);
    martins().forceGeneration(generation);
  }

  /**
   * Returns the Pareto label loop, created on first use.
   *
   * @return the loop
   */
  public MartinsSearch martins() {
    if (martins == null) {
      martins = new MartinsSearch(graph);
    }
    return martins;
  }
}
