package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.elasticity.TimeComponent;
import org.kervan.elasticity.TransitDays;
import org.kervan.network.Corridor;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;

/**
 * Splits a corridor's time into the {@link TimeComponent components} that elasticity estimates
 * are about: running time by water ({@link Mode#SEA}, {@link Mode#FERRY}, {@link
 * Mode#INLAND_WATERWAY}), by land ({@link Mode#RAIL}, {@link Mode#ROAD}) and by air, waiting for
 * departures, transshipments, border clearance and dwell, each summed over the corridor's steps
 * in order and divided by 24. The dwell charged at a {@link NodeKind#CHOKEPOINT} (the wait for a
 * canal convoy or a queue at a strait) counts as {@link TimeComponent#WAITING}: it is time spent
 * waiting for passage, not handling at a terminal.
 *
 * <p>The components add up to the corridor's total up to rounding (the corridor sums step totals,
 * this class sums each component). This class is stateless and thread-safe.
 */
public final class CorridorDays {
  private CorridorDays() {}

  /**
   * Returns the corridor's nominal time by component.
   *
   * @param corridor the corridor
   * @return the days by component
   */
  public static TransitDays of(Corridor corridor) {
    checkNotNull(corridor, "corridor");
    double sailing = 0;
    double land = 0;
    double air = 0;
    double waiting = 0;
    double transfer = 0;
    double border = 0;
    double dwell = 0;
    for (Corridor.Step s : corridor.steps()) {
      switch (component(s.leg().mode())) {
        case SAILING:
          sailing += s.runningHours();
          break;
        case LAND_RUNNING:
          land += s.runningHours();
          break;
        default:
          air += s.runningHours();
      }
      waiting += s.waitingHours();
      transfer += s.transshipmentHours();
      border += s.borderHours();
      // A chokepoint's charge is the wait for passage (a canal convoy, a queue), not a dwell.
      if (isPassage(s.node())) {
        waiting += s.dwellHours();
      } else {
        dwell += s.dwellHours();
      }
    }
    return new TransitDays(
        sailing / 24, land / 24, air / 24, waiting / 24, transfer / 24, border / 24, dwell / 24);
  }

  /** Whether a node is a maritime passage, whose dwell is a wait for passage. */
  static boolean isPassage(Node node) {
    return node.kind() == NodeKind.CHOKEPOINT;
  }

  /**
   * Returns the running-time component of a mode.
   *
   * @param mode the mode
   * @return {@link TimeComponent#SAILING}, {@link TimeComponent#LAND_RUNNING} or {@link
   *     TimeComponent#FLYING}
   */
  public static TimeComponent component(Mode mode) {
    checkNotNull(mode, "mode");
    switch (mode) {
      case SEA:
      case FERRY:
      case INLAND_WATERWAY:
        return TimeComponent.SAILING;
      case RAIL:
      case ROAD:
        return TimeComponent.LAND_RUNNING;
      default:
        return TimeComponent.FLYING;
    }
  }
}
