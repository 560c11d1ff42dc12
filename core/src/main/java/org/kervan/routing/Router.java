package org.kervan.routing;

import java.util.Optional;
import org.kervan.network.Corridor;
import org.kervan.network.Network;

/**
 * Finds the best corridor between two nodes of one network under a {@link RouteRequest}.
 *
 * <p>A router is bound to its network when created ({@code DijkstraRouter.of(network)}); every
 * router of a network shares that network's one search graph, built on first use, so creating
 * routers is cheap, and keeping one keeps the graph and its preprocessing alive. The best corridor
 * minimises the request's {@link Criterion} over all contiguous leg sequences that satisfy the
 * avoid sets and pass the via nodes in order; its total ({@link Corridor#totalHours()}, {@link
 * Corridor#totalCostUsd()} or {@link Corridor#generalisedCostUsd(double)}) is exactly, bit for
 * bit, the value the search minimised. Like a corridor, the best route may in rare cases pass a
 * node twice (e.g. leaving by rail and coming back by road beats changing mode there); {@link
 * KShortestRouter} gives loopless alternatives.
 *
 * <p>Example: the fastest corridor from Nhava Sheva to Piraeus on the embedded network, and what
 * cuts every corridor off when Suez and the Cape are closed to a sea-only shipment:
 *
 * <pre>{@code
 * Router router = AStarRouter.of(DefaultNetwork.load());
 * RouteRequest request = RouteRequest.of("INNSA", "GRPIR");
 * Corridor fastest = router.route(request).orElseThrow();
 * System.out.printf("%.1f days via %s%n", fastest.totalDays(), fastest.chokepoints());
 * RouteResult closed = router.explain(request
 *     .avoidingChokepoints("CP_SUEZ", "CP_CAPE_OF_GOOD_HOPE")
 *     .avoidingModes(Mode.RAIL, Mode.ROAD, Mode.FERRY));
 * System.out.println(closed);
 * }</pre>
 *
 * <p>Ids the network does not have throw {@link org.kervan.network.UnknownNodeException} from
 * every method: they are caller mistakes, not outcomes. Implementations are thread-safe: one router
 * serves many threads, each with its own reused search arrays.
 */
public interface Router {

  /**
   * Returns the network this router searches.
   *
   * @return the network
   */
  Network network();

  /**
   * Returns the best corridor for a request.
   *
   * @param request the request
   * @return the corridor, or empty if the constraints leave none (never one breaking them)
   * @throws org.kervan.network.UnknownNodeException if the origin, destination or a via node is
   *     not in the network
   */
  Optional<Corridor> route(RouteRequest request);

  /**
   * Returns the best corridor for a request, or why there is none: unreachable even without the
   * avoid sets, or cut off by them, naming the entries that each alone cut the route off.
   *
   * @param request the request
   * @return the result
   * @throws org.kervan.network.UnknownNodeException if the origin, destination or a via node is
   *     not in the network
   */
  RouteResult explain(RouteRequest request);

  /**
   * Returns the least total hours between two nodes by dense id ({@link Network#indexOf}), with
   * nothing avoided and waits charged as half the headway. The primitive hot path: allocates
   * nothing per relaxation.
   *
   * @param originIndex the origin's dense id, in {@code [0, nodeCount)}
   * @param destinationIndex the destination's dense id, in {@code [0, nodeCount)}
   * @return hours, {@code 0.0} if the ids are equal, or {@link Double#POSITIVE_INFINITY} if no
   *     corridor joins them
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  double timeHours(int originIndex, int destinationIndex);

  /**
   * Returns the least total cost between two nodes by dense id, with nothing avoided. Allocates
   * nothing per relaxation.
   *
   * @param originIndex the origin's dense id, in {@code [0, nodeCount)}
   * @param destinationIndex the destination's dense id, in {@code [0, nodeCount)}
   * @return USD per TEU, {@code 0.0} if the ids are equal, or {@link Double#POSITIVE_INFINITY} if
   *     no corridor joins them
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  double costUsd(int originIndex, int destinationIndex);
}
