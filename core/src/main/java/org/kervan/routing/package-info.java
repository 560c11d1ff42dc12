/**
 * Routing over a {@link org.kervan.network.Network}: requests ({@link
 * org.kervan.routing.RouteRequest}, {@link org.kervan.routing.RouteOptions}), routers for the best
 * corridor ({@link org.kervan.routing.DijkstraRouter}, {@link org.kervan.routing.AStarRouter}), k
 * loopless alternatives ({@link org.kervan.routing.YenKShortestRouter}), the time/cost Pareto set
 * ({@link org.kervan.routing.MartinsParetoRouter}) and origin-destination matrices ({@link
 * org.kervan.routing.DijkstraMatrixRouter}), and their answers ({@link
 * org.kervan.routing.RouteResult}, {@link org.kervan.routing.RouteMatrix}).
 *
 * <p>Contracts for the whole package. Every router minimises sums defined by {@link
 * org.kervan.network.TransitModel}, adding the same doubles in the same order as {@link
 * org.kervan.network.Corridor}, so a router's total for a corridor equals the corridor's own total
 * bit for bit. Hours are hours, costs are US dollars per TEU, values of time are US dollars per
 * TEU per day. No path is {@link java.util.Optional#empty()} (or an empty list) at the object API
 * and {@link java.lang.Double#POSITIVE_INFINITY} at the primitive API; never {@code null}. A
 * {@code null} argument throws {@link java.lang.NullPointerException} naming the parameter; a bad
 * number throws {@link java.lang.IllegalArgumentException} with a message {@code <name> must be
 * <rule>, was <value>}; an id the network does not have throws {@link
 * org.kervan.network.UnknownNodeException}. Requests and results are immutable; routers are bound
 * to one network, precompute their search graph once, and are thread-safe (each thread searches
 * with its own reused arrays).
 *
 * <p>Why a state graph: a node charges its transshipment or its dwell depending on whether the
 * legs in and out differ in mode or rail gauge, so routers search states (node, incoming mode and
 * gauge) rather than nodes. A best corridor may therefore, rarely, pass a node twice; the k
 * alternatives are loopless.
 */
package org.kervan.routing;
