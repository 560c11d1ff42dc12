package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.kervan.internal.Checks;

/**
 * A transit time split into its {@link TimeComponent components}, in days, so that an elasticity
 * can be applied to the days it is about: {@link #days(Set)} sums the chosen components.
 *
 * <p>Sums run in the order of {@link TimeComponent}'s constants, so the same set always gives the
 * same double. {@code org.kervan.trade.CorridorDays} builds one from a corridor.
 *
 * @param sailingDays running time on water (sea, ferry, inland waterway), days, finite and {@code
 *     >= 0}
 * @param landRunningDays running time of rail and road legs, days, finite and {@code >= 0}
 * @param flyingDays running time of air legs, days, finite and {@code >= 0}
 * @param waitingDays expected waits for scheduled departures, days, finite and {@code >= 0}
 * @param transferDays transshipments, days, finite and {@code >= 0}
 * @param borderDays border clearance, days, finite and {@code >= 0}
 * @param dwellDays pass-through dwell, days, finite and {@code >= 0}
 *     <p>This record is immutable and thread-safe.
 */
public record TransitDays(
    double sailingDays,
    double landRunningDays,
    double flyingDays,
    double waitingDays,
    double transferDays,
    double borderDays,
    double dwellDays) {

  /**
   * Validates the components.
   *
   * @param sailingDays running time on water, days, finite and {@code >= 0}
   * @param landRunningDays running time on land, days, finite and {@code >= 0}
   * @param flyingDays running time in the air, days, finite and {@code >= 0}
   * @param waitingDays waits for departures, days, finite and {@code >= 0}
   * @param transferDays transshipments, days, finite and {@code >= 0}
   * @param borderDays border clearance, days, finite and {@code >= 0}
   * @param dwellDays pass-through dwell, days, finite and {@code >= 0}
   * @throws IllegalArgumentException if a value is negative, NaN or infinite
   */
  public TransitDays {
    Checks.finiteNonNegative(sailingDays, "sailingDays");
    Checks.finiteNonNegative(landRunningDays, "landRunningDays");
    Checks.finiteNonNegative(flyingDays, "flyingDays");
    Checks.finiteNonNegative(waitingDays, "waitingDays");
    Checks.finiteNonNegative(transferDays, "transferDays");
    Checks.finiteNonNegative(borderDays, "borderDays");
    Checks.finiteNonNegative(dwellDays, "dwellDays");
  }

  /**
   * Returns the days of one component.
   *
   * @param component the component
   * @return days, finite and {@code >= 0}
   */
  public double days(TimeComponent component) {
    checkNotNull(component, "component");
    switch (component) {
      case SAILING:
        return sailingDays;
      case LAND_RUNNING:
        return landRunningDays;
      case FLYING:
        return flyingDays;
      case WAITING:
        return waitingDays;
      case TRANSFER:
        return transferDays;
      case BORDER:
        return borderDays;
      default:
        return dwellDays;
    }
  }

  /**
   * Returns the days of the chosen components, summed in the order of {@link TimeComponent}.
   *
   * @param components the components; empty gives 0
   * @return days, finite and {@code >= 0}
   * @throws NullPointerException if {@code components} is null or holds null
   */
  public double days(Set<TimeComponent> components) {
    checkNotNull(components, "components");
    double sum = 0;
    for (TimeComponent c : TimeComponent.values()) {
      if (components.contains(c)) {
        sum += days(c);
      }
    }
    return sum;
  }

  /**
   * Returns the days of every component, {@code days(TimeComponent.all())}.
   *
   * @return days
   */
  public double totalDays() {
    return days(TimeComponent.all());
  }

  /** Returns e.g. {@code sailing 9.82 d, land 0.00 d, ..., dwell 0.50 d}. */
  @Override
  public String toString() {
    return "sailing "
        + Checks.fixed(sailingDays, 2)
        + " d, land "
        + Checks.fixed(landRunningDays, 2)
        + " d, air "
        + Checks.fixed(flyingDays, 2)
        + " d, waiting "
        + Checks.fixed(waitingDays, 2)
        + " d, transfer "
        + Checks.fixed(transferDays, 2)
        + " d, border "
        + Checks.fixed(borderDays, 2)
        + " d, dwell "
        + Checks.fixed(dwellDays, 2)
        + " d";
  }
}
