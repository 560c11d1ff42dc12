package org.kervan.quantity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.kervan.internal.Checks;
import org.kervan.internal.Durations;

/**
 * A finite, strictly positive speed.
 *
 * <p>Stored in km/h. Knots use 1 kn = 1.852 km/h; a daily rate (how railways quote block-train
 * performance, e.g. 1,100 km/day) is divided by 24. {@code equals} compares the stored km/h
 * exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Speed implements Comparable<Speed> {
  // km/h, so that hours = km / speed with no further factor in the hot path.
  private final double kmh;

  private Speed(double kmh) {
    this.kmh = kmh;
  }

  /**
   * Returns a speed in kilometres per hour.
   *
   * @param kmh the speed, finite and {@code > 0}
   * @return the speed
   * @throws IllegalArgumentException if {@code kmh} is NaN, infinite, zero or negative
   */
  public static Speed ofKilometresPerHour(double kmh) {
    return new Speed(Checks.finitePositive(kmh, "kmh"));
  }

  /**
   * Returns a speed in knots (nautical miles per hour, 1 kn = 1.852 km/h).
   *
   * @param knots the speed, finite and {@code > 0}
   * @return the speed
   * @throws IllegalArgumentException if {@code knots} is NaN, infinite, zero or negative
   */
  public static Speed ofKnots(double knots) {
    Checks.finitePositive(knots, "knots");
    return ofKilometresPerHour(knots * Distance.KM_PER_NAUTICAL_MILE);
  }

  /**
   * Returns a speed given as kilometres per day of continuous operation ({@code kmh = kmPerDay /
   * 24}); block-train performance is quoted this way.
   *
   * @param kmPerDay the daily distance, finite and {@code > 0}
   * @return the speed
   * @throws IllegalArgumentException if {@code kmPerDay} is NaN, infinite, zero or negative
   */
  public static Speed ofKilometresPerDay(double kmPerDay) {
    Checks.finitePositive(kmPerDay, "kmPerDay");
    return ofKilometresPerHour(kmPerDay / 24.0);
  }

  /**
   * Returns the speed that covers a distance in a given time.
   *
   * @param distance the distance, {@code > 0}
   * @param time the time, {@code > 0}
   * @return {@code distance / time}
   * @throws IllegalArgumentException if the distance or time is zero or negative, or the speed
   *     is not finite and {@code > 0}
   */
  public static Speed between(Distance distance, Duration time) {
    checkNotNull(distance, "distance");
    checkNotNull(time, "time");
    // Duration.toNanos() overflows a long beyond 292 years; hours from seconds and nanos do not.
    double hours = Checks.finitePositive(Durations.toHours(time, "time"), "time hours");
    return ofKilometresPerHour(Checks.finitePositive(distance.toKilometres(), "distance km") / hours);
  }

  /**
   * Returns this speed in km/h.
   *
   * @return km/h, finite and {@code > 0}
   */
  public double toKilometresPerHour() {
    return kmh;
  }

  /**
   * Returns this speed in knots ({@code kmh / 1.852}).
   *
   * @return knots, finite and {@code > 0}
   */
  public double toKnots() {
    return kmh / Distance.KM_PER_NAUTICAL_MILE;
  }

  /**
   * Returns this speed as kilometres per day of continuous operation ({@code kmh * 24}).
   *
   * @return km/day, finite and {@code > 0}
   */
  public double toKilometresPerDay() {
    return kmh * 24.0;
  }

  /**
   * Returns the hours needed to cover a distance at this speed ({@code km / kmh}).
   *
   * @param distance the distance
   * @return hours, finite and {@code >= 0}
   */
  public double hoursToCover(Distance distance) {
    checkNotNull(distance, "distance");
    return distance.toKilometres() / kmh;
  }

  @Override
  public int compareTo(Speed other) {
    return Double.compare(kmh, other.kmh);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Speed && Double.compare(((Speed) o).kmh, kmh) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(kmh);
  }

  /** Returns the speed in km/h, e.g. {@code 29.6 km/h}. */
  @Override
  public String toString() {
    return Checks.fixed(kmh, 1) + " km/h";
  }
}
