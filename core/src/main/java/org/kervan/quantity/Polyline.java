package org.kervan.quantity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.kervan.internal.Checks;

/**
 * The shape of a leg between its two end nodes: the points it passes, in order, excluding the end
 * nodes themselves, in WGS 84 degrees. An empty polyline means "a straight line between the ends".
 *
 * <p>Coordinates are held in one packed {@code double[]} (latitude, longitude, ...) because the
 * world network has tens of thousands of them and a {@link GeoPoint} per point would triple the
 * memory; the array is a private defensive copy and never leaves the object.
 *
 * <p>This class is immutable and thread-safe. {@code equals} compares coordinates exactly.
 */
public final class Polyline {
  private static final Polyline EMPTY = new Polyline(new double[0]);

  // latitude, longitude, latitude, longitude, ...
  private final double[] coordinates;

  private Polyline(double[] coordinates) {
    this.coordinates = coordinates;
  }

  /**
   * Returns the empty polyline (a straight line between a leg's end nodes).
   *
   * @return the empty polyline
   */
  public static Polyline empty() {
    return EMPTY;
  }

  /**
   * Returns a polyline through these points.
   *
   * @param points the points in order, none null; may be empty
   * @return the polyline
   * @throws NullPointerException if the list or a point is null
   */
  public static Polyline of(List<GeoPoint> points) {
    checkNotNull(points, "points");
    if (points.isEmpty()) {
      return EMPTY;
    }
    double[] c = new double[2 * points.size()];
    for (int i = 0; i < points.size(); i++) {
      GeoPoint p = checkNotNull(points.get(i), "points element");
      c[2 * i] = p.latitude();
      c[2 * i + 1] = p.longitude();
    }
    return new Polyline(c);
  }

  /**
   * Returns a polyline from packed coordinates {@code lat0, lon0, lat1, lon1, ...}; the array is
   * copied.
   *
   * @param latLon an even number of coordinates, latitudes in {@code [-90, 90]} and longitudes in
   *     {@code [-180, 180]}
   * @return the polyline
   * @throws IllegalArgumentException if the length is odd or a coordinate is NaN or out of range
   */
  public static Polyline ofLatLon(double... latLon) {
    checkNotNull(latLon, "latLon");
    if (latLon.length % 2 != 0) {
      throw new IllegalArgumentException(
          "latLon length must be even (latitude, longitude pairs), was " + latLon.length);
    }
    if (latLon.length == 0) {
      return EMPTY;
    }
    double[] c = latLon.clone();
    for (int i = 0; i < c.length; i += 2) {
      Checks.inRange(c[i], -90, 90, "latitude");
      Checks.inRange(c[i + 1], -180, 180, "longitude");
      // Normalise -0.0 so that equals and hashCode agree with numeric equality.
      c[i] += 0.0;
      c[i + 1] += 0.0;
    }
    return new Polyline(c);
  }

  /**
   * Returns the number of points.
   *
   * @return the number of points, {@code >= 0}
   */
  public int size() {
    return coordinates.length / 2;
  }

  /**
   * Tells whether the polyline has no points.
   *
   * @return whether it is empty
   */
  public boolean isEmpty() {
    return coordinates.length == 0;
  }

  /**
   * Returns the latitude of a point.
   *
   * @param index the point's index, in {@code [0, size())}
   * @return degrees north
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double latitude(int index) {
    return coordinates[2 * checkIndex(index)];
  }

  /**
   * Returns the longitude of a point.
   *
   * @param index the point's index, in {@code [0, size())}
   * @return degrees east
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double longitude(int index) {
    return coordinates[2 * checkIndex(index) + 1];
  }

  /**
   * Returns the points as a list.
   *
   * @return an immutable list of the points, in order
   */
  public List<GeoPoint> points() {
    ImmutableList.Builder<GeoPoint> b = ImmutableList.builderWithExpectedSize(size());
    for (int i = 0; i < coordinates.length; i += 2) {
      b.add(GeoPoint.of(coordinates[i], coordinates[i + 1]));
    }
    return b.build();
  }

  /**
   * Returns the same points in the opposite order.
   *
   * @return the reversed polyline
   */
  public Polyline reversed() {
    if (coordinates.length <= 2) {
      return this;
    }
    double[] r = new double[coordinates.length];
    for (int i = 0, j = coordinates.length - 2; j >= 0; i += 2, j -= 2) {
      r[i] = coordinates[j];
      r[i + 1] = coordinates[j + 1];
    }
    return new Polyline(r);
  }

  /**
   * Returns the length of the path from {@code start} through every point to {@code end}, the sum
   * of great-circle distances between consecutive points ({@link GeoPoint#greatCircleKm(double,
   * double, double, double)}).
   *
   * @param start the first end, e.g. a leg's origin node
   * @param end the second end, e.g. a leg's destination node
   * @return kilometres, {@code >= 0}
   */
  public double lengthKm(GeoPoint start, GeoPoint end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    double km = 0;
    double lat = start.latitude();
    double lon = start.longitude();
    for (int i = 0; i < coordinates.length; i += 2) {
      km += GeoPoint.greatCircleKm(lat, lon, coordinates[i], coordinates[i + 1]);
      lat = coordinates[i];
      lon = coordinates[i + 1];
    }
    return km + GeoPoint.greatCircleKm(lat, lon, end.latitude(), end.longitude());
  }

  private int checkIndex(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index must be in [0, " + size() + "), was " + index);
    }
    return index;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Polyline && Arrays.equals(coordinates, ((Polyline) o).coordinates);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coordinates);
  }

  /** Returns e.g. {@code Polyline[3 points, (31.2600, 32.3000) .. (29.9000, 32.5600)]}. */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "Polyline[0 points]";
    }
    int last = size() - 1;
    return "Polyline["
        + size()
        + (size() == 1 ? " point, " : " points, ")
        + GeoPoint.of(latitude(0), longitude(0))
        + (size() == 1 ? "" : " .. " + GeoPoint.of(latitude(last), longitude(last)))
        + "]";
  }
}
