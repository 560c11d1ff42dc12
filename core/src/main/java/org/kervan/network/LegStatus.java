package org.kervan.network;

/** Whether a leg runs today; scenarios such as "IMEC as planned" or "IMEC today" filter on it. */
public enum LegStatus {
  /** In commercial operation. */
  OPERATING,
  /** Being built; not yet in service. */
  UNDER_CONSTRUCTION,
  /** Announced or designed, with no construction started (e.g. IMEC's missing rail links). */
  PLANNED
}
