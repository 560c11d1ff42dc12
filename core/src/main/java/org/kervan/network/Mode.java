package org.kervan.network;

/**
 * The way a leg moves freight. Changing mode at a node is a transshipment, charged at the node's
 * transshipment time and cost.
 */
public enum Mode {
  /** Deep-sea or short-sea shipping. */
  SEA,
  /** Rail freight (block trains, wagonload). */
  RAIL,
  /** Road haulage by truck. */
  ROAD,
  /** A scheduled ferry carrying railcars or trucks, e.g. across the Caspian. */
  FERRY,
  /** River or canal barges. */
  INLAND_WATERWAY,
  /** Air freight. */
  AIR
}
