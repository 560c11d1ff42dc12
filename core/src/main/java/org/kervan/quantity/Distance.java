package org.kervan.quantity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;

/**
 * A non-negative, finite distance along the Earth's surface.
 *
 * <p>Stored in kilometres; nautical miles are converted with the international definition
 * 1 nmi = 1.852 km exactly. {@code equals} compares the stored kilometres exactly; use {@link
 * #isCloseTo(Distance, double)} for a tolerance.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Distance implements Comparable<Distance> {
  /** Kilometres per international nautical mile (exact by definition). */
  public static final double KM_PER_NAUTICAL_MILE = 1.852;

  /** The zero distance. */
  public static final Distance ZERO = new Distance(0.0);

  // Kilometres, because land legs and GIS tools speak km; sea legs convert once at the boundary.
  private final double km;

  private Distance(double km) {
    this.km = km;
  }

  /**
   * Returns a distance in kilometres.
   *
   * @param km the distance in kilometres, finite and {@code >= 0}
   * @return the distance
   * @throws IllegalArgumentException if {@code km} is NaN, infinite or negative
   */
  public static Distance ofKilometres(double km) {
    Checks.finiteNonNegative(km, "km");
    return new Distance(km == 0.0 ? 0.0 : km);
  }

  /**
   * Returns a distance in international nautical miles (1 nmi = 1.852 km).
   *
   * @param nauticalMiles the distance in nautical miles, finite and {@code >= 0}
   * @return the distance
   * @throws IllegalArgumentException if {@code nauticalMiles} is NaN, infinite or negative
   */
  public static Distance ofNauticalMiles(double nauticalMiles) {
    Checks.finiteNonNegative(nauticalMiles, "nauticalMiles");
    return ofKilometres(nauticalMiles * KM_PER_NAUTICAL_MILE);
  }

  /**
   * Returns this distance in kilometres.
   *
   * @return kilometres, finite and {@code >= 0}
   */
  public double toKilometres() {
    return km;
  }

  /**
   * Returns this distance in nautical miles ({@code km / 1.852}).
   *
   * @return nautical miles, finite and {@code >= 0}
   */
  public double toNauticalMiles() {
    return km / KM_PER_NAUTICAL_MILE;
  }

  /**
   * Returns the sum of this distance and another.
   *
   * @param other the distance to add
   * @return {@code this + other}
   * @throws IllegalArgumentException if the sum overflows to infinity
   */
  public Distance plus(Distance other) {
    checkNotNull(other, "other");
    return ofKilometres(km + other.km);
  }

  /**
   * Returns this distance multiplied by a non-negative factor, e.g. a detour factor.
   *
   * @param factor the factor, finite and {@code >= 0}
   * @return {@code this * factor}
   * @throws IllegalArgumentException if {@code factor} is NaN, infinite or negative
   */
  public Distance multipliedBy(double factor) {
    Checks.finiteNonNegative(factor, "factor");
    return ofKilometres(km * factor);
  }

  /**
   * Tells whether this distance is within an absolute tolerance of another.
   *
   * @param other the other distance
   * @param toleranceKm the tolerance in kilometres, finite and {@code >= 0}
   * @return {@code |this - other| <= toleranceKm}
   */
  public boolean isCloseTo(Distance other, double toleranceKm) {
    checkNotNull(other, "other");
    Checks.finiteNonNegative(toleranceKm, "toleranceKm");
    return Math.abs(km - other.km) <= toleranceKm;
  }

  @Override
  public int compareTo(Distance other) {
    return Double.compare(km, other.km);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Distance && Double.compare(((Distance) o).km, km) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(km);
  }

  /** Returns the distance in kilometres, e.g. {@code 1234.5 km}. */
  @Override
  public String toString() {
    return Checks.fixed(km, 1) + " km";
  }
}
