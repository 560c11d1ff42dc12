package org.kervan.elasticity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A part of a corridor's transit time, as an elasticity estimate measures it. Published time
 * elasticities are not about the same days: Djankov, Freund &amp; Pham (2010) measure the days
 * from factory gate to ship, Freund &amp; Rocha (2011) inland transit days, Hummels &amp; Schaur
 * (2013) days at sea. A {@link Preset} names the components it applies to ({@link
 * Preset#appliesTo()}), and a trade effect uses the days of those components only.
 *
 * <p>The components partition a corridor's total time: running time on water ({@link #SAILING}),
 * on land ({@link #LAND_RUNNING}) and in the air ({@link #FLYING}), waiting for a departure
 * ({@link #WAITING}), transshipment between modes or gauges ({@link #TRANSFER}), border clearance
 * ({@link #BORDER}) and pass-through dwell ({@link #DWELL}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TimeComponent {
  /** Running time of sea, ferry and inland-waterway legs. */
  SAILING,
  /** Running time of rail and road legs. */
  LAND_RUNNING,
  /** Running time of air legs. */
  FLYING,
  /** Expected wait for a scheduled departure, or for passage at a chokepoint (convoy, queue). */
  WAITING,
  /** Transshipment at a change of mode or of rail gauge. */
  TRANSFER,
  /** Border clearance. */
  BORDER,
  /** Dwell at a port, terminal or junction passed through without a transfer. */
  DWELL;

  /**
   * Returns every component: the whole transit time.
   *
   * @return a new mutable set of all components
   */
  public static Set<TimeComponent> all() {
    return EnumSet.allOf(TimeComponent.class);
  }
}
