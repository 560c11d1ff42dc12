package org.kervan.routing;

import java.util.List;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * Finds the k best loopless corridors of a request: the alternatives a planner compares when the
 * best one is closed, congested or politically off the table.
 *
 * <p>Implementations are thread-safe. Unknown ids throw {@link
 * org.kervan.network.UnknownNodeException}.
 */
public interface KShortestRouter {
  /**
   * The most corridors one call may ask for, 10,000: an assumption far above what a planner
   * compares, which keeps the enumeration's work bounded ({@link YenKShortestRouter} examines at
   * most {@code max(100, 20 * k)} paths).
   */
  int MAX_K = 10_000;

  /**
   * Returns the network this router searches.
   *
   * @return the network
   */
  Network network();

  /**
   * Returns up to {@code k} distinct loopless corridors (no node visited twice) satisfying the
   * request, in non-decreasing order of its criterion; fewer if fewer exist.
   *
   * @param request the request
   * @param k the number of corridors wanted, in {@code [1, }{@link #MAX_K}{@code ]}
   * @return an immutable list, empty if the constraints leave no corridor
   * @throws IllegalArgumentException if {@code k} is outside {@code [1, MAX_K]}
   * @throws org.kervan.network.UnknownNodeException if an id is not in the network
   */
  List<Corridor> alternatives(RouteRequest request, int k);
}
