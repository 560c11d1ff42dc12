/**
 * The freight network: {@link org.kervan.network.Node}, {@link org.kervan.network.Mode}, {@link
 * org.kervan.network.Leg}, {@link org.kervan.network.Network} and {@link
 * org.kervan.network.Corridor}, with the one time and cost model in {@link
 * org.kervan.network.TransitModel}. Emissions: {@link org.kervan.network.EmissionClass} (the
 * vehicle class of a leg), {@link org.kervan.network.EmissionFactors} (well-to-wake CO2e factors,
 * GLEC Framework v3) and carbon prices ({@link org.kervan.network.CarbonPrice}, {@link
 * org.kervan.network.EuEtsMaritime}), charged by the same transit model.
 *
 * <p>Contracts for the whole package: values and networks are immutable and thread-safe;
 * builders are not thread-safe and never change what they were given. Units are in the names:
 * {@code distanceKm}, {@code speedKmh}, {@code ...Hours}, {@code ...CostUsd} (US dollars per TEU),
 * {@code gCo2ePerTeuKm} (grams of CO2e per TEU-km), {@code co2eKg...} (kg of CO2e per TEU),
 * {@code ...UsdPerTonne} (US dollars per tonne of CO2e).
 * No method accepts or returns {@code null}: a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and absent values are {@link
 * java.util.Optional}. Numbers are checked in positive form so NaN fails: a bad value throws
 * {@link java.lang.IllegalArgumentException} with a message {@code <name> must be <rule>, was
 * <value>}. An id a network does not have throws {@link org.kervan.network.UnknownNodeException}.
 */
package org.kervan.network;
