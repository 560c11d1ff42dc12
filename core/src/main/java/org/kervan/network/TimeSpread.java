package org.kervan.network;

import org.kervan.internal.Checks;

/**
 * The spread of a time around its nominal value, for reliability (P50/P90) analysis: the actual
 * time is modelled as triangular on {@code [lowFactor * t, highFactor * t]} with mode {@code t},
 * the nominal time.
 *
 * @param lowFactor the best case as a multiple of the nominal time, in {@code (0, 1]}
 * @param highFactor the worst case as a multiple of the nominal time, in {@code [1, }{@link
 *     #MAX_HIGH_FACTOR}{@code ]}
 *     <p>This record is immutable and thread-safe.
 */
public record TimeSpread(double lowFactor, double highFactor) {
  /**
   * The largest worst-case factor, 1,000: an assumption far above any published spread, which
   * keeps a sampled time within {@code 1,000 * }{@link TransitModel#MAX_HOURS} and so finite.
   */
  public static final double MAX_HIGH_FACTOR = 1000.0;

  /**
   * Validates the components; see the class description for each rule.
   *
   * @param lowFactor the best case as a multiple of the nominal time, in {@code (0, 1]}
   * @param highFactor the worst case as a multiple of the nominal time, in {@code [1, }{@link
 *     #MAX_HIGH_FACTOR}{@code ]}
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public TimeSpread {
    if (!(lowFactor > 0 && lowFactor <= 1)) {
      throw new IllegalArgumentException(
          "lowFactor must be in (0, 1], was " + Checks.format(lowFactor));
    }
    if (!(highFactor >= 1 && highFactor <= MAX_HIGH_FACTOR)) {
      throw new IllegalArgumentException(
          "highFactor must be in [1, " + Checks.format(MAX_HIGH_FACTOR) + "], was "
              + Checks.format(highFactor));
    }
  }

  /**
   * Returns a spread from factors.
   *
   * @param lowFactor the best case as a multiple of the nominal time, in {@code (0, 1]}
   * @param highFactor the worst case as a multiple of the nominal time, in {@code [1, }{@link
 *     #MAX_HIGH_FACTOR}{@code ]}
   * @return the spread
   * @throws IllegalArgumentException if a factor is NaN, infinite or out of range
   */
  public static TimeSpread of(double lowFactor, double highFactor) {
    return new TimeSpread(lowFactor, highFactor);
  }

  /**
   * Returns the spread of a three-point estimate (low, likely, high hours), with the likely value
   * as nominal: {@code lowFactor = low / likely}, {@code highFactor = high / likely}.
   *
   * @param lowHours the best case, {@code > 0} and {@code <= likelyHours}
   * @param likelyHours the most likely (nominal) time, finite and {@code > 0}
   * @param highHours the worst case, finite and {@code >= likelyHours}
   * @return the spread
   * @throws IllegalArgumentException if the three hours are not ordered or not positive
   */
  public static TimeSpread ofHours(double lowHours, double likelyHours, double highHours) {
    Checks.finitePositive(likelyHours, "likelyHours");
    Checks.finitePositive(lowHours, "lowHours");
    Checks.finitePositive(highHours, "highHours");
    return new TimeSpread(lowHours / likelyHours, highHours / likelyHours);
  }

  /**
   * Returns the mean factor of the triangular distribution, {@code (low + 1 + high) / 3}.
   *
   * @return the mean as a multiple of the nominal time
   */
  public double meanFactor() {
    return (lowFactor + 1.0 + highFactor) / 3.0;
  }
}
