package org.kervan.quantity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;

/**
 * A position on the Earth's surface in WGS 84 degrees.
 *
 * @param latitude degrees north, in {@code [-90, 90]}
 * @param longitude degrees east, in {@code [-180, 180]}
 *     <p>This record is immutable and thread-safe. {@code equals} compares coordinates exactly.
 */
public record GeoPoint(double latitude, double longitude) {
  /** Mean Earth radius R1 = (2a + b) / 3 of the WGS 84 ellipsoid, in kilometres (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * Validates the components; see the class description for each rule.
   *
   * @param latitude degrees north, in {@code [-90, 90]}
   * @param longitude degrees east, in {@code [-180, 180]}
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public GeoPoint {
    Checks.inRange(latitude, -90, 90, "latitude");
    Checks.inRange(longitude, -180, 180, "longitude");
    // Normalise -0.0 so that equals and hashCode agree with numeric equality.
    latitude += 0.0;
    longitude += 0.0;
  }

  /**
   * Returns a point.
   *
   * @param latitude degrees north, in {@code [-90, 90]}
   * @param longitude degrees east, in {@code [-180, 180]}
   * @return the point
   * @throws IllegalArgumentException if a coordinate is NaN or out of range
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Returns the great-circle distance to another point by the haversine formula on a sphere of
   * radius {@link #EARTH_RADIUS_KM}: {@code d = 2 R asin(sqrt(sin²(Δφ/2) + cos φ1 cos φ2
   * sin²(Δλ/2)))} (Sinnott 1984, Sky &amp; Telescope 68(2)). Error against the ellipsoid is
   * below 0.5%.
   *
   * @param other the other point
   * @return the distance, symmetric and {@code >= 0}
   */
  public Distance distanceTo(GeoPoint other) {
    return Distance.ofKilometres(greatCircleKm(other));
  }

  /**
   * Returns the great-circle distance to another point in kilometres (haversine; see {@link
   * #distanceTo(GeoPoint)}).
   *
   * @param other the other point
   * @return kilometres, symmetric and {@code >= 0}
   */
  public double greatCircleKm(GeoPoint other) {
    checkNotNull(other, "other");
    return greatCircleKm(latitude, longitude, other.latitude, other.longitude);
  }

  /**
   * Haversine distance in kilometres between two coordinate pairs, for primitive callers.
   *
   * @param lat1 latitude of the first point, degrees
   * @param lon1 longitude of the first point, degrees
   * @param lat2 latitude of the second point, degrees
   * @param lon2 longitude of the second point, degrees
   * @return kilometres on a sphere of radius {@link #EARTH_RADIUS_KM}
   */
  public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double sinDPhi = Math.sin((phi2 - phi1) / 2);
    double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
    double h = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
    // min() guards asin against rounding just above 1 for antipodal points.
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /** Returns e.g. {@code (25.0110, 55.0610)} as latitude, longitude in degrees. */
  @Override
  public String toString() {
    return "(" + Checks.fixed(latitude, 4) + ", " + Checks.fixed(longitude, 4) + ")";
  }
}
