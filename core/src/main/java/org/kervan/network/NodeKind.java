package org.kervan.network;

/** What kind of place a {@link Node} is. Kinds document the data; routing does not branch on them. */
public enum NodeKind {
  /** A seaport or ferry port. */
  SEAPORT,
  /** An inland terminal with customs, where containers change mode (a dry port). */
  DRY_PORT,
  /** A rail terminal or junction. */
  RAIL_TERMINAL,
  /** A land border crossing point. */
  BORDER_CROSSING,
  /**
   * A maritime chokepoint (Suez Canal, Bab-el-Mandeb, Hormuz, Malacca, Bosporus, Gibraltar, Dover,
   * Cape of Good Hope). Passing one lists it in a corridor's chokepoints; requests can avoid it.
   */
  CHOKEPOINT,
  /** A sea-lane or routing waypoint with no handling. */
  WAYPOINT,
  /** A city or production/consumption centre. */
  CITY
}
