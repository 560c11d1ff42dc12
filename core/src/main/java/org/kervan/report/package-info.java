/**
 * Formatting only: side-by-side corridor tables and UNESCAP-style time/cost-distance charts as
 * SVG. Nothing here computes a time or a cost; it reads {@link org.kervan.network.Corridor}.
 *
 * <p>Contracts for the whole package: values are immutable and thread-safe; no method accepts or
 * returns {@code null}; numbers are written in {@link java.util.Locale#ROOT}.
 */
package org.kervan.report;
