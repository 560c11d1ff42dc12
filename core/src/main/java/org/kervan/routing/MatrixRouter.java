package org.kervan.routing;

import java.util.List;
import org.kervan.network.Network;

/**
 * Computes best totals from many origins to many destinations at once, for accessibility maps,
 * gravity inputs and scenario sweeps.
 *
 * <p>Implementations are thread-safe. Unknown ids throw {@link
 * org.kervan.network.UnknownNodeException}.
 */
public interface MatrixRouter {

  /**
   * Returns the network this router searches.
   *
   * @return the network
   */
  Network network();

  /**
   * Returns the best total of the options' criterion from each origin to each destination.
   *
   * @param origins origin ids (rows); repeats allowed
   * @param destinations destination ids (columns); repeats allowed
   * @param options the criterion, wait policy and avoid sets
   * @return the matrix; {@link Double#POSITIVE_INFINITY} where no corridor exists, {@code 0.0}
   *     where origin and destination are the same node
   * @throws org.kervan.network.UnknownNodeException if an id is not in the network
   * @throws IllegalArgumentException if {@code origins.size()}, {@code destinations.size()} or
   *     their product exceeds {@link RouteMatrix#MAX_CELLS}
   */
  RouteMatrix matrix(List<String> origins, List<String> destinations, RouteOptions options);

  /**
   * Returns the best totals from one origin to each destination: a one-row {@link #matrix}.
   *
   * @param origin the origin id
   * @param destinations destination ids
   * @param options the criterion, wait policy and avoid sets
   * @return the one-row matrix
   * @throws org.kervan.network.UnknownNodeException if an id is not in the network
   */
  default RouteMatrix oneToMany(String origin, List<String> destinations, RouteOptions options) {
    return matrix(List.of(origin), destinations, options);
  }
}
