/**
 * The routing kernel: one {@link org.kervan.routing.kernel.RoutingGraph} per network (built from
 * the network's public API, cached by identity and released with the network), the strategies a
 * search is made of ({@link org.kervan.routing.kernel.StepCost}, {@link
 * org.kervan.routing.kernel.LegFilter} from typed {@link org.kervan.routing.kernel.LegConstraint}s,
 * {@link org.kervan.routing.kernel.Heuristic}), one class per search loop ({@link
 * org.kervan.routing.kernel.LabelSettingSearch}, {@link org.kervan.routing.kernel.YenSearch},
 * {@link org.kervan.routing.kernel.MartinsSearch}), their reusable {@link
 * org.kervan.routing.kernel.Workspace}s and the preprocessing ({@link
 * org.kervan.routing.kernel.Landmarks}).
 *
 * <p>Not exported and not API: only {@code org.kervan.routing} uses it, and it never uses {@code
 * org.kervan.routing}. Ids are dense ints (nodes as in {@link
 * org.kervan.network.Network#indexOf}, legs as CSR positions); values are doubles summed left to
 * right with {@link org.kervan.network.TransitModel}, so search totals equal corridor totals bit
 * for bit; no path is {@code -1} or {@link java.lang.Double#POSITIVE_INFINITY}. Graphs and
 * strategies are immutable and thread-safe; searches and workspaces are confined to one thread.
 */
package org.kervan.routing.kernel;
