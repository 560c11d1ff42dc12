/**
 * Small value types with units: {@link org.kervan.quantity.Distance}, {@link
 * org.kervan.quantity.Speed}, {@link org.kervan.quantity.CostPerTeu}, {@link
 * org.kervan.quantity.GeoPoint} and {@link org.kervan.quantity.Polyline} (a leg's shape).
 *
 * <p>Contracts for the whole package: every type is immutable and thread-safe; factories name
 * their unit ({@code ofKilometres}, {@code ofKnots}); conversions start with {@code to}; no
 * method accepts or returns {@code null} (a {@code null} argument throws {@link
 * java.lang.NullPointerException}); NaN and infinities are rejected with an {@link
 * java.lang.IllegalArgumentException} whose message names the parameter, the rule and the value;
 * {@code equals} is exact and closeness is a separate method with a tolerance; {@code toString}
 * uses {@link java.util.Locale#ROOT}. Durations in the public API are {@link java.time.Duration}.
 */
package org.kervan.quantity;
