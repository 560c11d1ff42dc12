package org.kervan.routing;

import java.util.List;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * Finds the Pareto set of a request over (total hours, total cost): every corridor that no other
 * corridor beats on both, the trade-off curve between fast and cheap.
 *
 * <p>Implementations are thread-safe. Unknown ids throw {@link
 * org.kervan.network.UnknownNodeException}.
 */
public interface ParetoRouter {

  /**
   * Returns the network this router searches.
   *
   * @return the network
   */
  Network network();

  /**
   * Returns the non-dominated corridors of a request over ({@link Corridor#totalHours()}, {@link
   * Corridor#totalCostUsd()}), one per distinct pair of totals, by increasing hours (and so
   * decreasing cost). The request's criterion is ignored; its avoid sets, via nodes and wait policy
   * apply.
   *
   * @param request the request
   * @return an immutable list, empty if the constraints leave no corridor
   * @throws org.kervan.network.UnknownNodeException if an id is not in the network
   */
  List<Corridor> paretoSet(RouteRequest request);
}
