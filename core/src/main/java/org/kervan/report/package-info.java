/**
 * Formatting only: side-by-side corridor tables, UNESCAP-style time/cost-distance charts and
 * corridor maps over Natural Earth land outlines, as SVG. Nothing here computes a time or a cost;
 * it reads {@link org.kervan.network.Corridor}.
 *
 * <p>Contracts for the whole package: values are immutable and thread-safe; no method accepts or
 * returns {@code null}; numbers are written in {@link java.util.Locale#ROOT}, with thousands
 * separators on axes and legends. Every SVG has a {@code <title>} and a {@code <desc>}; labels
 * never overlap (a label with no free place is left out); a route family keeps one colour across
 * charts and maps given the same families.
 */
package org.kervan.report;
