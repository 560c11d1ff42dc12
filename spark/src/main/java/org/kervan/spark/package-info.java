/**
 * Kervan on Apache Spark: {@link org.kervan.spark.Sweep sweeps} of port pairs × {@link
 * org.kervan.spark.Scenarios scenarios} × Monte Carlo draws as {@code Dataset<Row>} in and out
 * (columns in {@link org.kervan.spark.SweepColumns}, files through {@link
 * org.kervan.spark.SweepIo}), and {@link org.kervan.spark.DistributedPpml PPML} with absorbed fixed
 * effects as Spark aggregations.
 *
 * <p>Contracts: units are in column and method names (USD per year for flows, days, hours, km, kg
 * CO2e per TEU); a null request cell means "not given" and takes the documented default or makes
 * the row an {@code ERROR} row; result numbers are null where they do not apply, never NaN
 * standing in for "absent". Results equal core's single-JVM results: the sweep's bit for bit in
 * any partitioning, PPML's to the precision of its stopping rules. Spark is a {@code provided}
 * dependency; the classes here are immutable and thread-safe unless they say otherwise.
 */
package org.kervan.spark;
