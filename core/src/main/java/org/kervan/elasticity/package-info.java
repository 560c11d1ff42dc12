/**
 * Time-to-trade elasticities: functions that map a change in transit time (baseline days {@code
 * x0}, new days {@code x1}) to a trade multiplier {@code X1/X0}, each with its functional {@link
 * org.kervan.elasticity.Form form} and {@link org.kervan.elasticity.Citation citation}.
 *
 * <p>The trade effect of a faster corridor depends more on the functional form than on anything
 * else, and published claims mix forms freely. This package makes the form explicit: {@link
 * org.kervan.elasticity.ConstantElasticity} (log-log), {@link
 * org.kervan.elasticity.LinearElasticity} (percent for percent), {@link
 * org.kervan.elasticity.PerDaySemiElasticity} (Djankov, Freund &amp; Pham 2010), {@link
 * org.kervan.elasticity.TariffEquivalentElasticity} (Hummels &amp; Schaur 2013), plus {@link
 * org.kervan.elasticity.DistanceElasticity} for gravity-style distance effects and {@link
 * org.kervan.elasticity.CostElasticity} for trade-cost factors (Limão &amp; Venables 2001). {@link
 * org.kervan.elasticity.Presets} holds the published values with their ranges; {@link
 * org.kervan.elasticity.Calibration} fits any form to one published point ({@link
 * org.kervan.elasticity.Claim}); {@link org.kervan.elasticity.ElasticityComparison} shows forms
 * side by side.
 *
 * <p>Contracts for the whole package: every value is immutable and thread-safe. Days are finite
 * and {@code > 0}; changes are fractions ({@code -0.10} for ten percent less). No method accepts
 * or returns {@code null}: a {@code null} argument throws {@link java.lang.NullPointerException}
 * naming the parameter. Numbers are checked in positive form so NaN fails: a bad value throws
 * {@link java.lang.IllegalArgumentException} with a message {@code <name> must be <rule>, was
 * <value>}. No function ever returns a negative or NaN multiplier; where a form would, it throws.
 * {@code toString} uses {@link java.util.Locale#ROOT}.
 */
package org.kervan.elasticity;
