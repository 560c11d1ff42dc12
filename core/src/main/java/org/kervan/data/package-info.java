/**
 * Data in and out: the embedded default world network ({@link org.kervan.data.DefaultNetwork}),
 * curated named corridors ({@link org.kervan.data.NamedCorridor}), the CSV format for networks
 * ({@link org.kervan.data.NetworkCsv}) and GeoJSON export ({@link org.kervan.data.GeoJson}). Legs
 * carry their shape ({@link org.kervan.network.Leg#geometry()}) in the CSV's optional {@code
 * geometry} column and GeoJSON draws them along it.
 *
 * <p>Contracts for the whole package: classes have no mutable state and are thread-safe; no method
 * accepts or returns {@code null} (a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter). Text is UTF-8; numbers are written in a
 * locale-independent form ({@link java.lang.Double#toString(double)}) that reads back exactly. A
 * malformed file throws {@link org.kervan.data.DataFormatException} naming the file, line, column
 * and rule, and no partly read network is returned; I/O failures throw {@link
 * java.io.UncheckedIOException}.
 */
package org.kervan.data;
