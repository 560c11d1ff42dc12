package org.kervan.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kervan.internal.Checks;

/**
 * Best totals of one criterion from each of a list of origins to each of a list of destinations,
 * e.g. hours for {@link Criterion#TIME}. Lookups are primitive, by row (origin) and column
 * (destination) index. {@link Double#POSITIVE_INFINITY} marks a pair with no corridor; a pair whose
 * origin and destination are the same node is {@code 0.0}.
 *
 * <p>Equality is exact: same ids, criterion and bit-identical values. This class is immutable and
 * thread-safe.
 */
public final class RouteMatrix {
  /**
   * The most cells a matrix may have, 2^27 (134,217,728; 1 GiB of values): an assumption that
   * keeps the cell count, computed in {@code long}, well inside a Java array.
   */
  public static final int MAX_CELLS = 1 << 27;

  private final ImmutableList<String> origins;
  private final ImmutableList<String> destinations;
  private final Criterion criterion;
  // Row-major, origins.size() x destinations.size(); never exposed, so the matrix stays immutable.
  private final double[] values;

  private RouteMatrix(
      List<String> origins, List<String> destinations, Criterion criterion, double[] values) {
    this.origins = ImmutableList.copyOf(origins);
    this.destinations = ImmutableList.copyOf(destinations);
    this.criterion = criterion;
    this.values = values;
  }

  /**
   * Returns a matrix holding a copy of the values.
   *
   * @param origins row ids
   * @param destinations column ids
   * @param criterion what the values measure
   * @param values row-major values, {@code origins.size() * destinations.size()} of them, each
   *     {@code >= 0} or {@link Double#POSITIVE_INFINITY}
   * @return the matrix
   * @throws IllegalArgumentException if the length does not match, either list's size or the cell
   *     count exceeds {@link #MAX_CELLS}, or a value is NaN or negative
   */
  public static RouteMatrix of(
      List<String> origins, List<String> destinations, Criterion criterion, double[] values) {
    checkNotNull(origins, "origins");
    checkNotNull(destinations, "destinations");
    checkNotNull(criterion, "criterion");
    checkNotNull(values, "values");
    int cells = cells(origins.size(), destinations.size());
    checkArgument(
        values.length == cells,
        "values.length must be origins.size() * destinations.size() = %s, was %s",
        cells,
        values.length);
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0)) {
        throw new IllegalArgumentException("values[" + i + "] must be >= 0, was " + values[i]);
      }
    }
    return new RouteMatrix(origins, destinations, criterion, values.clone());
  }

  /**
   * Checks the size of a matrix in {@code long} arithmetic, so that it cannot wrap, before any
   * list is copied or array allocated.
   *
   * @param origins the number of origins
   * @param destinations the number of destinations
   * @return {@code origins * destinations}
   * @throws IllegalArgumentException if either number or their product exceeds {@link #MAX_CELLS}
   */
  static int cells(int origins, int destinations) {
    // Each side too: with the other side empty, a list of 2^31 - 1 ids would still be copied.
    Checks.size(origins, MAX_CELLS, "origins.size()");
    Checks.size(destinations, MAX_CELLS, "destinations.size()");
    return Checks.size(
        (long) origins * destinations, MAX_CELLS, "origins.size() * destinations.size()");
  }

  /**
   * Returns the origin ids, by row.
   *
   * @return an immutable list
   */
  public List<String> origins() {
    return origins;
  }

  /**
   * Returns the destination ids, by column.
   *
   * @return an immutable list
   */
  public List<String> destinations() {
    return destinations;
  }

  /**
   * Returns what the values measure: hours for TIME, USD per TEU for COST and GENERALISED_COST.
   *
   * @return the criterion
   */
  public Criterion criterion() {
    return criterion;
  }

  /**
   * Returns the best total from an origin to a destination.
   *
   * @param row the origin's index in {@link #origins()}
   * @param column the destination's index in {@link #destinations()}
   * @return the total, or {@link Double#POSITIVE_INFINITY} if there is no corridor
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double value(int row, int column) {
    checkElementIndex(row, origins.size(), "row");
    checkElementIndex(column, destinations.size(), "column");
    return values[row * destinations.size() + column];
  }

  /**
   * Tells whether a corridor joins an origin to a destination.
   *
   * @param row the origin's index
   * @param column the destination's index
   * @return whether the value is finite
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean isReachable(int row, int column) {
    return value(row, column) < Double.POSITIVE_INFINITY;
  }

  /**
   * Returns a copy of one row.
   *
   * @param row the origin's index
   * @return the values to each destination, in column order
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double[] row(int row) {
    checkElementIndex(row, origins.size(), "row");
    int n = destinations.size();
    return Arrays.copyOfRange(values, row * n, row * n + n);
  }

  /** Matrices are equal when ids, criterion and every value (bit for bit) are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RouteMatrix)) {
      return false;
    }
    RouteMatrix m = (RouteMatrix) o;
    return origins.equals(m.origins)
        && destinations.equals(m.destinations)
        && criterion == m.criterion
        && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origins, destinations, criterion, Arrays.hashCode(values));
  }

  /** Returns e.g. {@code RouteMatrix[TIME, 3 x 4]}. */
  @Override
  public String toString() {
    return "RouteMatrix[" + criterion + ", " + origins.size() + " x " + destinations.size() + "]";
  }
}
