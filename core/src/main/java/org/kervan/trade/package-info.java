/**
 * Trade gains from faster corridors: {@link org.kervan.trade.TradeFlow} and {@link
 * org.kervan.trade.TradeGain} for single flows, {@link org.kervan.trade.TradeGainBatch} for
 * millions of flows over primitive arrays, {@link org.kervan.trade.LogitDiversion} (a path-size
 * logit) for the split between competing corridors and their expected best time, {@link
 * org.kervan.trade.CorridorReliability} for P50/P90/P95 corridor times, and {@link
 * org.kervan.trade.GainMonteCarlo} for the uncertainty of a gain.
 *
 * <p>Contracts for the whole package: values are immutable and thread-safe; static helpers are
 * stateless. Trade values are US dollars per year, finite and {@code >= 0}; times are days,
 * finite and {@code > 0}. No method accepts or returns {@code null}: a {@code null} argument
 * throws {@link java.lang.NullPointerException} naming the parameter. A bad number throws {@link
 * java.lang.IllegalArgumentException} with a message {@code <name> must be <rule>, was <value>}.
 * Monte Carlo methods take a seed and give the same answer for the same seed. {@code toString}
 * uses {@link java.util.Locale#ROOT}.
 */
package org.kervan.trade;
