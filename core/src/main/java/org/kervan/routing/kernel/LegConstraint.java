package org.kervan.routing.kernel;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Set;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;

/**
 * One typed rule that excludes legs, resolved to the graph's numbers: countries, chokepoints,
 * nodes, modes or statuses. A {@link LegMask} allows the legs no rule of its list excludes; adding
 * a kind of rule means adding one record here. Constraints are values (equal rules give equal
 * masks, which {@link RoutingGraph#mask} caches). Immutable and thread-safe.
 */
public sealed interface LegConstraint {

  /**
   * Tells whether this rule excludes a leg.
   *
   * @param g the graph the numbers refer to
   * @param tail the leg's start node ({@link RoutingGraph#legTail(int)})
   * @param leg the CSR leg
   * @return whether the leg is excluded
   */
  boolean excludes(RoutingGraph g, int tail, int leg);

  /**
   * Legs touching any of these countries (an end node in one, or listing one).
   *
   * @param ids country numbers from {@link RoutingGraph#countryId(String)}
   */
  record Countries(ImmutableIntArray ids) implements LegConstraint {
    @Override
    public boolean excludes(RoutingGraph g, int tail, int leg) {
      for (int i = 0; i < ids.length(); i++) {
        if (g.touchesCountry(tail, leg, ids.get(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Legs touching any of these chokepoints (a chokepoint end node, or passing one).
   *
   * @param ids chokepoint numbers from {@link RoutingGraph#chokepointId(String)}
   */
  record Chokepoints(ImmutableIntArray ids) implements LegConstraint {
    @Override
    public boolean excludes(RoutingGraph g, int tail, int leg) {
      for (int i = 0; i < ids.length(); i++) {
        if (g.touchesChokepoint(tail, leg, ids.get(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Legs starting or ending at any of these nodes.
   *
   * @param ids dense node ids
   */
  record Nodes(ImmutableIntArray ids) implements LegConstraint {
    @Override
    public boolean excludes(RoutingGraph g, int tail, int leg) {
      return ids.contains(tail) || ids.contains(g.legHead[leg]);
    }
  }

  /**
   * Legs of any of these modes.
   *
   * @param modes the modes
   */
  record Modes(Set<Mode> modes) implements LegConstraint {
    /**
     * Copies the set.
     *
     * @param modes the modes
     */
    public Modes {
      modes = Sets.immutableEnumSet(modes);
    }

    @Override
    public boolean excludes(RoutingGraph g, int tail, int leg) {
      return modes.contains(Mode.values()[g.legMode[leg]]);
    }
  }

  /**
   * Legs with any of these statuses.
   *
   * @param statuses the statuses
   */
  record Statuses(Set<LegStatus> statuses) implements LegConstraint {
    /**
     * Copies the set.
     *
     * @param statuses the statuses
     */
    public Statuses {
      statuses = ImmutableSet.copyOf(statuses);
    }

    @Override
    public boolean excludes(RoutingGraph g, int tail, int leg) {
      return statuses.contains(LegStatus.values()[g.legStatus[leg]]);
    }
  }
}
