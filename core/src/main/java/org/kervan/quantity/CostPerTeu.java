package org.kervan.quantity;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.internal.Checks;

/**
 * A non-negative, finite cost in US dollars per twenty-foot equivalent unit (TEU).
 *
 * <p>Costs are never negative: routing by cost relies on it. {@code equals} compares the stored
 * dollars exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostPerTeu implements Comparable<CostPerTeu> {
  /** A cost of zero. */
  public static final CostPerTeu ZERO = new CostPerTeu(0.0);

  private final double usd;

  private CostPerTeu(double usd) {
    this.usd = usd;
  }

  /**
   * Returns a cost in US dollars per TEU.
   *
   * @param usd the cost, finite and {@code >= 0}
   * @return the cost
   * @throws IllegalArgumentException if {@code usd} is NaN, infinite or negative
   */
  public static CostPerTeu ofUsd(double usd) {
    Checks.finiteNonNegative(usd, "usd");
    return new CostPerTeu(usd == 0.0 ? 0.0 : usd);
  }

  /**
   * Returns the cost in US dollars per TEU.
   *
   * @return dollars, finite and {@code >= 0}
   */
  public double toUsd() {
    return usd;
  }

  /**
   * Returns the sum of this cost and another.
   *
   * @param other the cost to add
   * @return {@code this + other}
   * @throws IllegalArgumentException if the sum overflows to infinity
   */
  public CostPerTeu plus(CostPerTeu other) {
    checkNotNull(other, "other");
    return ofUsd(usd + other.usd);
  }

  /**
   * Returns this cost multiplied by a non-negative factor.
   *
   * @param factor the factor, finite and {@code >= 0}
   * @return {@code this * factor}
   * @throws IllegalArgumentException if {@code factor} is NaN, infinite or negative
   */
  public CostPerTeu multipliedBy(double factor) {
    Checks.finiteNonNegative(factor, "factor");
    return ofUsd(usd * factor);
  }

  @Override
  public int compareTo(CostPerTeu other) {
    return Double.compare(usd, other.usd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostPerTeu && Double.compare(((CostPerTeu) o).usd, usd) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(usd);
  }

  /** Returns the cost, e.g. {@code 1250.00 USD/TEU}. */
  @Override
  public String toString() {
    return Checks.fixed(usd, 2) + " USD/TEU";
  }
}
