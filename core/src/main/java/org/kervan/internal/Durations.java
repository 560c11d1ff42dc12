package org.kervan.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/** Conversions between {@link Duration} and fractional hours. Not part of the API. */
public final class Durations {
  // Nanoseconds per hour; Duration is exact in nanoseconds, which is finer than any transit time needs.
  private static final double NANOS_PER_HOUR = 3.6e12;

  private Durations() {}

  /**
   * Converts a non-negative duration to hours.
   *
   * @param duration the duration
   * @param name the parameter name for messages
   * @return hours, finite and {@code >= 0}
   * @throws IllegalArgumentException if the duration is negative
   */
  public static double toHours(Duration duration, String name) {
    checkNotNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + duration);
    }
    return duration.getSeconds() / 3600.0 + duration.getNano() / NANOS_PER_HOUR;
  }

  /**
   * Converts finite non-negative hours to a duration, rounded to the nearest nanosecond.
   *
   * @param hours hours, finite and {@code >= 0}
   * @return the duration
   */
  public static Duration ofHours(double hours) {
    Checks.finiteNonNegative(hours, "hours");
    long seconds = (long) Math.floor(hours * 3600.0);
    long nanos = Math.round((hours * 3600.0 - seconds) * 1e9);
    return Duration.ofSeconds(seconds, nanos);
  }
}
