/**
 * Routing over a {@link org.kervan.network.Network}: requests ({@link
 * org.kervan.routing.RouteRequest}, {@link org.kervan.routing.RouteOptions}), routers for the best
 * corridor ({@link org.kervan.routing.DijkstraRouter}, {@link org.kervan.routing.AStarRouter} with
 * great-circle or landmark bounds, {@link org.kervan.routing.ContractionHierarchyRouter}), k
 * loopless alternatives ({@link org.kervan.routing.YenKShortestRouter}) and materially different
 * ones ({@link org.kervan.routing.PenaltyAlternativesRouter}), the time/cost Pareto set ({@link
 * org.kervan.routing.MartinsParetoRouter}), origin-destination matrices ({@link
 * org.kervan.routing.DijkstraMatrixRouter}) and one-to-all trees ({@link
 * org.kervan.routing.ShortestPathTree}), and their answers ({@link
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
 * org.kervan.network.UnknownNodeException}, and so does an avoided node or chokepoint the network
 * does not have. Requests and results are immutable; routers are bound to one network and are
 * thread-safe. All routers of one network share one search graph, built from the network's
 * public API on first use and released with the network and its routers, along with its
 * preprocessing (landmarks, contraction hierarchies) and reused search arrays; the graph, its
 * strategies and search loops live in a non-exported kernel package.
 *
 * <p>Why a state graph: a node charges its transshipment or its dwell depending on whether the
 * legs in and out differ in mode or rail gauge, so routers search states (node, incoming mode and
 * gauge) rather than nodes. A best corridor may therefore, rarely, pass a node twice; the k
 * alternatives are loopless.
 */
package org.kervan.routing;
