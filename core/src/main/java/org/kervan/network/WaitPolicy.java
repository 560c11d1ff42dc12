package org.kervan.network;

/**
 * How the time spent waiting for a scheduled departure is charged on legs that have a number of
 * departures per week.
 */
public enum WaitPolicy {
  /**
   * Charge the expected wait for a random arrival: half the headway, {@code 0.5 * 168 /
   * departuresPerWeek} hours (Osuna &amp; Newell 1972 for evenly spaced departures).
   */
  EXPECTED_HALF_HEADWAY,
  /** Ignore schedules: waiting time is zero on every leg. */
  IGNORE_SCHEDULES
}
