/**
 * Progress reporting and cancellation for long work: a {@link org.kervan.progress.ProgressListener}
 * receives finished-of-total counts from the working thread, and a {@link
 * org.kervan.progress.Cancellation} flag lets another thread stop the work between units. Arguments
 * are never null ({@link java.lang.NullPointerException} otherwise); this package depends on
 * nothing else in Kervan, so every other package may use it.
 */
package org.kervan.progress;
