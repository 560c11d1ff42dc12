package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The vehicle class of a leg that selects its CO2e intensity factor in {@link EmissionFactors}:
 * for sea a container ship size class, for rail a traction, for the other modes one class each.
 * Each class belongs to one {@link Mode}; a leg that names no class takes {@link
 * #defaultFor(Mode)}.
 *
 * <p>The default classes are assumptions, stated on {@link #defaultFor(Mode)}. This enum is
 * immutable and thread-safe.
 */
public enum EmissionClass {
  /** Container ship below 1,000 TEU (feeder). */
  CONTAINER_SHIP_UNDER_1000_TEU(Mode.SEA),
  /** Container ship of 1,000 to 2,999 TEU (feedermax, regional). */
  CONTAINER_SHIP_1000_TO_2999_TEU(Mode.SEA),
  /** Container ship of 3,000 to 7,999 TEU (Panamax, small post-Panamax). */
  CONTAINER_SHIP_3000_TO_7999_TEU(Mode.SEA),
  /** Container ship of 8,000 to 14,499 TEU (post-Panamax, neo-Panamax). */
  CONTAINER_SHIP_8000_TO_14499_TEU(Mode.SEA),
  /** Container ship of 14,500 TEU or more (ultra-large container vessel, ULCV). */
  CONTAINER_SHIP_14500_TEU_AND_OVER(Mode.SEA),
  /** Electrically hauled container train. */
  RAIL_ELECTRIC(Mode.RAIL),
  /** Diesel-hauled container train. */
  RAIL_DIESEL(Mode.RAIL),
  /** Articulated truck carrying containers. */
  TRUCK_ARTICULATED(Mode.ROAD),
  /** Ro-ro passenger or rail ferry (Ro-Pax). */
  RO_PAX_FERRY(Mode.FERRY),
  /** Inland waterway container barge. */
  INLAND_BARGE(Mode.INLAND_WATERWAY),
  /** Freighter aircraft (long haul). */
  AIR_FREIGHTER(Mode.AIR);

  private final Mode mode;

  EmissionClass(Mode mode) {
    this.mode = mode;
  }

  /**
   * Returns the mode this class belongs to.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * Returns the class assumed for a leg of a mode that names none. Assumptions: SEA {@link
   * #CONTAINER_SHIP_8000_TO_14499_TEU}, the size deployed on Asia-Europe and India-Mediterranean
   * mainline services; RAIL {@link #RAIL_DIESEL}, since most rail legs outside the EU (Gulf, Middle
   * East, Central Asia, Caucasus) are diesel-hauled or draw on carbon-heavy grids; one class for
   * every other mode.
   *
   * @param mode the mode
   * @return the default class, of that mode
   */
  public static EmissionClass defaultFor(Mode mode) {
    checkNotNull(mode, "mode");
    return switch (mode) {
      case SEA -> CONTAINER_SHIP_8000_TO_14499_TEU;
      case RAIL -> RAIL_DIESEL;
      case ROAD -> TRUCK_ARTICULATED;
      case FERRY -> RO_PAX_FERRY;
      case INLAND_WATERWAY -> INLAND_BARGE;
      case AIR -> AIR_FREIGHTER;
    };
  }
}
