package org.kervan.internal;

/**
 * A network frozen into primitive arrays for routing: dense int node ids, legs in compressed
 * sparse row (CSR) order by start node, and per-node and per-leg charges precomputed with the one
 * time/cost model, so that inner loops never touch objects.
 *
 * <p>Leg ids here are CSR positions: the legs leaving node {@code v} are {@code outStart[v] ..
 * outStart[v + 1] - 1}. {@code legIndex[e]} maps a CSR position back to the network's leg list.
 * Arrays are never modified after construction; do not write to them. Not part of the API.
 */
public final class CompactGraph {
  /** Number of nodes. */
  public final int nodeCount;
  /** Number of legs. */
  public final int legCount;

  /** Node ids by dense id. */
  public final String[] nodeIds;
  /** Latitude in degrees by dense node id. */
  public final double[] nodeLat;
  /** Longitude in degrees by dense node id. */
  public final double[] nodeLon;
  /** Hours charged at a node on a transshipment: transshipment plus border. */
  public final double[] nodeTransferHours;
  /** Hours charged at a node passed without transshipment: dwell plus border. */
  public final double[] nodeDwellHours;
  /** Cost charged at a node on a transshipment: transshipment plus border, USD/TEU. */
  public final double[] nodeTransferCostUsd;
  /** Cost charged at a node passed without transshipment: dwell plus border, USD/TEU. */
  public final double[] nodeDwellCostUsd;
  /** Country id of each node (index into {@link #countries}), or -1 at sea. */
  public final int[] nodeCountry;
  /** Whether each node is a chokepoint; its chokepoint id is {@link #nodeChokepoint}. */
  public final int[] nodeChokepoint;

  /** CSR offsets, length {@code nodeCount + 1}. */
  public final int[] outStart;
  /** Start node of each leg. */
  public final int[] legTail;
  /** End node of each leg. */
  public final int[] legHead;
  /** Mode ordinal of each leg. */
  public final byte[] legMode;
  /** Gauge in mm of each leg, or 0 if unknown. */
  public final int[] legGaugeMm;
  /** Status ordinal of each leg. */
  public final byte[] legStatus;
  /** Leg hours with the expected wait for departures: waiting plus running. */
  public final double[] legHoursWithWait;
  /** Leg hours ignoring schedules: waiting (0) plus running. */
  public final double[] legHoursNoWait;
  /** Leg cost, USD/TEU. */
  public final double[] legCostUsd;
  /** Leg distance, km. */
  public final double[] legDistanceKm;
  /** Index of each leg in the network's leg list. */
  public final int[] legIndex;
  /** CSR position of each leg of the network's leg list (inverse of {@link #legIndex}). */
  public final int[] csrOfLeg;

  /** Country codes by country id. */
  public final String[] countries;
  /** Offsets into {@link #legCountryIds}, length {@code legCount + 1}. */
  public final int[] legCountryStart;
  /** Countries each leg touches: its end nodes' countries and those it crosses. */
  public final int[] legCountryIds;
  /** Chokepoint ids by chokepoint number. */
  public final String[] chokepoints;
  /** Offsets into {@link #legChokepointIds}, length {@code legCount + 1}. */
  public final int[] legChokepointStart;
  /** Chokepoints each leg touches: chokepoint end nodes and those it passes. */
  public final int[] legChokepointIds;

  /**
   * The largest great-circle speed of any leg, km/h: max over legs of {@code greatCircleKm(tail,
   * head) / runningHours}. By the triangle inequality on the sphere, great-circle distance over it
   * is an admissible lower bound on the running time of any path.
   */
  public final double maxGreatCircleKmh;

  /**
   * Creates the graph; arrays are taken, not copied.
   *
   * @param nodeIds node ids by dense id
   * @param nodeLat latitudes
   * @param nodeLon longitudes
   * @param nodeTransferHours transshipment plus border hours
   * @param nodeDwellHours dwell plus border hours
   * @param nodeTransferCostUsd transshipment plus border cost
   * @param nodeDwellCostUsd dwell plus border cost
   * @param nodeCountry country id per node or -1
   * @param nodeChokepoint chokepoint number per node or -1
   * @param outStart CSR offsets
   * @param legTail start nodes
   * @param legHead end nodes
   * @param legMode mode ordinals
   * @param legGaugeMm gauges or 0
   * @param legStatus status ordinals
   * @param legHoursWithWait hours with waits
   * @param legHoursNoWait hours without waits
   * @param legCostUsd costs
   * @param legDistanceKm distances
   * @param legIndex leg list index per CSR position
   * @param countries country codes
   * @param legCountryStart CSR offsets of countries per leg
   * @param legCountryIds countries per leg
   * @param chokepoints chokepoint ids
   * @param legChokepointStart CSR offsets of chokepoints per leg
   * @param legChokepointIds chokepoints per leg
   * @param maxGreatCircleKmh the admissible speed bound
   */
  public CompactGraph(
      String[] nodeIds,
      double[] nodeLat,
      double[] nodeLon,
      double[] nodeTransferHours,
      double[] nodeDwellHours,
      double[] nodeTransferCostUsd,
      double[] nodeDwellCostUsd,
      int[] nodeCountry,
      int[] nodeChokepoint,
      int[] outStart,
      int[] legTail,
      int[] legHead,
      byte[] legMode,
      int[] legGaugeMm,
      byte[] legStatus,
      double[] legHoursWithWait,
      double[] legHoursNoWait,
      double[] legCostUsd,
      double[] legDistanceKm,
      int[] legIndex,
      String[] countries,
      int[] legCountryStart,
      int[] legCountryIds,
      String[] chokepoints,
      int[] legChokepointStart,
      int[] legChokepointIds,
      double maxGreatCircleKmh) {
    this.nodeCount = nodeIds.length;
    this.legCount = legTail.length;
    this.nodeIds = nodeIds;
    this.nodeLat = nodeLat;
    this.nodeLon = nodeLon;
    this.nodeTransferHours = nodeTransferHours;
    this.nodeDwellHours = nodeDwellHours;
    this.nodeTransferCostUsd = nodeTransferCostUsd;
    this.nodeDwellCostUsd = nodeDwellCostUsd;
    this.nodeCountry = nodeCountry;
    this.nodeChokepoint = nodeChokepoint;
    this.outStart = outStart;
    this.legTail = legTail;
    this.legHead = legHead;
    this.legMode = legMode;
    this.legGaugeMm = legGaugeMm;
    this.legStatus = legStatus;
    this.legHoursWithWait = legHoursWithWait;
    this.legHoursNoWait = legHoursNoWait;
    this.legCostUsd = legCostUsd;
    this.legDistanceKm = legDistanceKm;
    this.legIndex = legIndex;
    this.csrOfLeg = new int[legIndex.length];
    for (int e = 0; e < legIndex.length; e++) {
      csrOfLeg[legIndex[e]] = e;
    }
    this.countries = countries;
    this.legCountryStart = legCountryStart;
    this.legCountryIds = legCountryIds;
    this.chokepoints = chokepoints;
    this.legChokepointStart = legChokepointStart;
    this.legChokepointIds = legChokepointIds;
    this.maxGreatCircleKmh = maxGreatCircleKmh;
  }
}
