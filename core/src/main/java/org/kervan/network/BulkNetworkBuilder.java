package org.kervan.network;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Network} column by column, for networks of millions of legs: nodes first, then
 * legs between nodes named by their dense index (the order in which they were added), given as
 * primitive values.
 *
 * <p>Every value is checked as it is added, by the rules of {@link Node} and {@link Leg} and with
 * their messages, prefixed by the position the leg would take ({@code "leg 17: distanceKm must be
 * finite and > 0, was NaN"}); a rejected leg leaves the builder as it was. Duplicate leg keys
 * (from, to, mode) are found without a key string per leg, in a table of primitive keys. The
 * network built is equal to the one {@link Network#builder()} makes from the same nodes and legs
 * in the same order: same {@link Network#nodes()}, same {@link Network#legs()}, same totals to the
 * last bit, since every number is kept as the double it was given.
 *
 * <p>Example, a rail link both ways between two terminals:
 *
 * <pre>{@code
 * Network network = Network.bulkBuilder(2, 2)
 *     .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(43.65, 51.15)))
 *     .addNode(Node.of("KZNUR", "Nur-Sultan", "KZ", NodeKind.RAIL_TERMINAL, GeoPoint.of(51.17, 71.43)))
 *     .addLegBothWays(0, 1, Mode.RAIL, 1800, 45, 50, 0.6, LegStatus.OPERATING, 1520, "assumption")
 *     .build();
 * }</pre>
 *
 * <p>A network holds at most 2<sup>30</sup> nodes, so that a leg key fits one {@code long}.
 *
 * <p>This class is not thread-safe.
 */
public final class BulkNetworkBuilder {
  /** The largest number of nodes a network may hold, 2<sup>30</sup>. */
  public static final int MAX_NODES = 1 << 30;

  private static final int MODE_BITS = 3;

  // Node columns, as NodeColumns keeps them; ids and names grow in one buffer each.
  private int nodeCount;
  private final StringBuilder ids;
  private int[] idStart;
  private final StringBuilder names;
  private int[] nameStart;
  private double[] latitude;
  private double[] longitude;
  private int[] nodeExtrasIndex;
  private int[] idTable;
  private final Map<NodeExtras, Integer> nodeExtrasIds = new HashMap<>();
  private final List<NodeExtras> nodeExtras = new ArrayList<>();
  private NodeExtras lastNodeExtras;
  private int lastNodeExtrasId = -1;

  private int legCount;
  private int[] from = new int[0];
  private int[] to = new int[0];
  private byte[] mode = new byte[0];
  private byte[] status = new byte[0];
  private int[] gaugeMm = new int[0];
  private double[] distanceKm = new double[0];
  private double[] speedKmh = new double[0];
  private double[] departuresPerWeek = new double[0];
  private double[] fixedCostUsd = new double[0];
  private double[] costUsdPerKm = new double[0];
  private int[] extrasIndex = new int[0];
  // Set when build() handed the arrays to a network: the next leg copies them first.
  private boolean shared;

  private final Map<LegExtras, Integer> extrasIds = new HashMap<>();
  private final List<LegExtras> extras = new ArrayList<>();
  // Rows of a file often share their extras with the row before: no lookup for those.
  private LegExtras lastExtras;
  private int lastExtrasId = -1;
  // The source last seen by the primitive path, and its extras: one check per distinct string.
  private String lastSource;
  private LegExtras lastSourceExtras;

  private final LongKeySet keys;

  BulkNetworkBuilder(int expectedNodes, int expectedLegs) {
    checkArgument(expectedNodes >= 0, "expectedNodes must be >= 0, was %s", expectedNodes);
    checkArgument(expectedLegs >= 0, "expectedLegs must be >= 0, was %s", expectedLegs);
    // Ids like N_123456 and names like n123456: about eight characters each.
    ids = new StringBuilder(Math.min(expectedNodes, 1 << 27) * 8);
    names = new StringBuilder(Math.min(expectedNodes, 1 << 27) * 8);
    idStart = new int[expectedNodes + 1];
    nameStart = new int[expectedNodes + 1];
    latitude = new double[expectedNodes];
    longitude = new double[expectedNodes];
    nodeExtrasIndex = new int[expectedNodes];
    idTable = new int[LongKeySet.tableSize(expectedNodes)];
    resize(expectedLegs);
    keys = new LongKeySet(expectedLegs);
  }

  /**
   * Adds a node; its dense index is the number of nodes added before it.
   *
   * @param node the node
   * @return this builder
   * @throws IllegalArgumentException if a node with the same id was added, or {@link #MAX_NODES}
   *     were
   */
  public BulkNetworkBuilder addNode(Node node) {
    checkNotNull(node, "node");
    String id = node.id();
    if (NodeColumns.find(idTable, ids, idStart, id) >= 0) {
      throw new IllegalArgumentException("node id must be unique, was duplicate '" + id + "'");
    }
    checkArgument(nodeCount < MAX_NODES, "node count must be <= %s", MAX_NODES);
    int v = nodeCount;
    if (v == latitude.length) {
      growNodes();
    }
    if (2L * (v + 1) > idTable.length) {
      rehashIds(idTable.length * 2);
    }
    ids.append(id);
    idStart[v + 1] = ids.length();
    names.append(node.name());
    nameStart[v + 1] = names.length();
    latitude[v] = node.position().latitude();
    longitude[v] = node.position().longitude();
    NodeExtras x = new NodeExtras(node);
    if (!x.equals(lastNodeExtras)) {
      Integer xi = nodeExtrasIds.get(x);
      if (xi == null) {
        xi = nodeExtras.size();
        nodeExtrasIds.put(x, xi);
        nodeExtras.add(x);
      }
      lastNodeExtras = x;
      lastNodeExtrasId = xi;
    }
    nodeExtrasIndex[v] = lastNodeExtrasId;
    NodeColumns.insert(idTable, v, id.hashCode());
    nodeCount = v + 1;
    return this;
  }

  private void growNodes() {
    int capacity = Math.max(16, nodeCount + (nodeCount >> 1));
    idStart = Arrays.copyOf(idStart, capacity + 1);
    nameStart = Arrays.copyOf(nameStart, capacity + 1);
    latitude = Arrays.copyOf(latitude, capacity);
    longitude = Arrays.copyOf(longitude, capacity);
    nodeExtrasIndex = Arrays.copyOf(nodeExtrasIndex, capacity);
  }

  private void rehashIds(int size) {
    int[] table = new int[size];
    for (int v = 0; v < nodeCount; v++) {
      NodeColumns.insert(table, v, NodeColumns.hash(ids, idStart[v], idStart[v + 1]));
    }
    idTable = table;
  }

  // The id of a node added, for messages.
  private String id(int v) {
    return ids.substring(idStart[v], idStart[v + 1]);
  }

  /**
   * Returns the number of nodes added so far.
   *
   * @return the node count
   */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * Returns the number of legs added so far.
   *
   * @return the leg count
   */
  public int legCount() {
    return legCount;
  }

  /**
   * Returns the dense index of a node added before.
   *
   * @param id the node id
   * @return its index, the number of nodes added before it
   * @throws UnknownNodeException if no node with that id was added
   */
  public int indexOf(String id) {
    checkNotNull(id, "id");
    int v = NodeColumns.find(idTable, ids, idStart, id);
    if (v < 0) {
      throw new UnknownNodeException(id, "id");
    }
    return v;
  }

  /**
   * Adds an operating or planned leg that carries nothing but its numbers and its source: no
   * departures (the service leaves when the freight is ready), no countries, chokepoints, spread,
   * capacity, emission class or geometry. It equals {@code Leg.of(...).withCost(fixedCostUsd,
   * costUsdPerKm).withStatus(status).withGaugeMm(gaugeMm).withSource(source)} between the nodes'
   * ids, without the gauge when {@code gaugeMm} is 0. Any other leg is added by {@link
   * #addLeg(Leg)}.
   *
   * @param from the dense index of the start node
   * @param to the dense index of the end node, different from {@code from}
   * @param mode the mode
   * @param distanceKm the distance travelled, km, as {@link Leg#distanceKm()}
   * @param speedKmh the average running speed, km/h, as {@link Leg#speedKmh()}
   * @param fixedCostUsd cost per TEU independent of distance, USD, finite and {@code >= 0}
   * @param costUsdPerKm cost per TEU per km, USD, finite and {@code >= 0}
   * @param status the status
   * @param gaugeMm the track gauge in millimetres, {@code > 0}, or 0 if unknown
   * @param source where the numbers come from; not blank, well-formed UTF-16
   * @return this builder
   * @throws IndexOutOfBoundsException if {@code from} or {@code to} is not the index of a node
   * @throws IllegalArgumentException if a value breaks the rule {@link Leg} states for it, or a leg
   *     with the same key (from, to, mode) was added; the message is the leg's, prefixed by {@code
   *     "leg <index>: "}
   */
  public BulkNetworkBuilder addLeg(
      int from,
      int to,
      Mode mode,
      double distanceKm,
      double speedKmh,
      double fixedCostUsd,
      double costUsdPerKm,
      LegStatus status,
      int gaugeMm,
      String source) {
    return addPrimitive(
        from, to, mode, distanceKm, speedKmh, fixedCostUsd, costUsdPerKm, status, gaugeMm, source,
        false);
  }

  /**
   * Adds a leg like {@link #addLeg(int, int, Mode, double, double, double, double, LegStatus, int,
   * String)} and then its reverse (the same numbers from {@code to} to {@code from}), as {@link
   * Network.Builder#addLegBothWays(Leg)} does.
   *
   * @param from the dense index of the start node
   * @param to the dense index of the end node, different from {@code from}
   * @param mode the mode
   * @param distanceKm the distance travelled, km
   * @param speedKmh the average running speed, km/h
   * @param fixedCostUsd cost per TEU independent of distance, USD, finite and {@code >= 0}
   * @param costUsdPerKm cost per TEU per km, USD, finite and {@code >= 0}
   * @param status the status
   * @param gaugeMm the track gauge in millimetres, {@code > 0}, or 0 if unknown
   * @param source where the numbers come from; not blank, well-formed UTF-16
   * @return this builder
   * @throws IndexOutOfBoundsException if {@code from} or {@code to} is not the index of a node
   * @throws IllegalArgumentException if a value breaks its rule or either key was added before (the
   *     reverse key is checked first, as the ordinary builder does); nothing is added then
   */
  public BulkNetworkBuilder addLegBothWays(
      int from,
      int to,
      Mode mode,
      double distanceKm,
      double speedKmh,
      double fixedCostUsd,
      double costUsdPerKm,
      LegStatus status,
      int gaugeMm,
      String source) {
    return addPrimitive(
        from, to, mode, distanceKm, speedKmh, fixedCostUsd, costUsdPerKm, status, gaugeMm, source,
        true);
  }

  private BulkNetworkBuilder addPrimitive(
      int from,
      int to,
      Mode mode,
      double distanceKm,
      double speedKmh,
      double fixedCostUsd,
      double costUsdPerKm,
      LegStatus status,
      int gaugeMm,
      String source,
      boolean bothWays) {
    checkPrimitive(
        from, to, mode, distanceKm, speedKmh, fixedCostUsd, costUsdPerKm, status, gaugeMm, source);
    claimKeys(from, to, mode, bothWays);
    int extrasId = intern(lastSourceExtras);
    // NaN departures: unscheduled.
    append(
        from, to, mode, distanceKm, speedKmh, Double.NaN, fixedCostUsd, costUsdPerKm, status,
        gaugeMm, extrasId);
    if (bothWays) {
      append(
          to, from, mode, distanceKm, speedKmh, Double.NaN, fixedCostUsd, costUsdPerKm, status,
          gaugeMm, extrasId);
    }
    return this;
  }

  /**
   * Adds any leg, its end nodes named by id.
   *
   * @param leg the leg, checked by its own constructor
   * @return this builder
   * @throws UnknownNodeException if an end node was not added (named as {@code "from of leg
   *     <key>"} or {@code "to of leg <key>"})
   * @throws IllegalArgumentException if a leg with the same key was added; the message is prefixed
   *     by {@code "leg <index>: "}
   */
  public BulkNetworkBuilder addLeg(Leg leg) {
    checkNotNull(leg, "leg");
    int v = endIndex(leg.from(), "from of leg ", leg);
    int w = endIndex(leg.to(), "to of leg ", leg);
    claimKeys(v, w, leg.mode(), false);
    append(leg, v, w, intern(new LegExtras(leg)));
    return this;
  }

  /**
   * Adds any leg and its {@link Leg#reversed() reverse}, as {@link
   * Network.Builder#addLegBothWays(Leg)} does.
   *
   * @param leg the leg, checked by its own constructor
   * @return this builder
   * @throws UnknownNodeException if an end node was not added
   * @throws IllegalArgumentException if either key was added before (the reverse key is checked
   *     first, as the ordinary builder does); nothing is added then
   */
  public BulkNetworkBuilder addLegBothWays(Leg leg) {
    checkNotNull(leg, "leg");
    int v = endIndex(leg.from(), "from of leg ", leg);
    int w = endIndex(leg.to(), "to of leg ", leg);
    Leg reversed = leg.reversed();
    claimKeys(v, w, leg.mode(), true);
    append(leg, v, w, intern(new LegExtras(leg)));
    append(reversed, w, v, intern(new LegExtras(reversed)));
    return this;
  }

  private int endIndex(String id, String context, Leg leg) {
    int v = NodeColumns.find(idTable, ids, idStart, id);
    if (v < 0) {
      throw new UnknownNodeException(id, context + leg.key());
    }
    return v;
  }

  private void append(Leg leg, int v, int w, int extrasId) {
    append(
        v,
        w,
        leg.mode(),
        leg.distanceKm(),
        leg.speedKmh(),
        leg.departuresPerWeek().orElse(Double.NaN),
        leg.fixedCostUsd(),
        leg.costUsdPerKm(),
        leg.status(),
        leg.gaugeMm().orElse(0),
        extrasId);
  }

  /**
   * Freezes the nodes and legs added so far into a network. The builder stays usable: legs added
   * afterwards do not change the network returned.
   *
   * @return the network
   */
  public Network build() {
    int n = nodeCount;
    // The node columns are copied (they are small beside the legs'); the leg columns are handed
    // over when full and copied before the next leg is written.
    NodeColumns nodeColumns =
        new NodeColumns(
            n,
            ids.toString(),
            Arrays.copyOf(idStart, n + 1),
            names.toString(),
            Arrays.copyOf(nameStart, n + 1),
            Arrays.copyOf(latitude, n),
            Arrays.copyOf(longitude, n),
            Arrays.copyOf(nodeExtrasIndex, n),
            ImmutableList.copyOf(nodeExtras),
            idTable.clone());
    if (from.length != legCount) {
      trim();
    }
    shared = true;
    LegColumns columns =
        new LegColumns(
            legCount, n, from, to, mode, status, gaugeMm, distanceKm, speedKmh,
            departuresPerWeek, fixedCostUsd, costUsdPerKm, extrasIndex,
            ImmutableList.copyOf(extras));
    return new Network(nodeColumns, columns);
  }

  // Checks a primitive leg in the order of the leg's constructor; its extras are then
  // lastSourceExtras.
  private void checkPrimitive(
      int from,
      int to,
      Mode mode,
      double distanceKm,
      double speedKmh,
      double fixedCostUsd,
      double costUsdPerKm,
      LegStatus status,
      int gaugeMm,
      String source) {
    checkNotNull(mode, "mode");
    checkNotNull(status, "status");
    checkNotNull(source, "source");
    checkElementIndex(from, nodeCount, "from");
    checkElementIndex(to, nodeCount, "to");
    try {
      if (from == to) {
        throw new IllegalArgumentException(
            "to must differ from from (no self-loops), was " + id(to));
      }
      Leg.checkNumbers(
          distanceKm, speedKmh, false, 0, fixedCostUsd, costUsdPerKm, 0.0);
      // A gauge of 0 is the column's "unknown"; any other value must pass the leg's rule.
      if (gaugeMm != 0) {
        Leg.checkGauge(gaugeMm);
      }
      if (source != lastSource) {
        Leg.checkSource(source);
        lastSourceExtras = new LegExtras(source);
        lastSource = source;
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("leg " + legCount + ": " + e.getMessage(), e);
    }
  }

  private int intern(LegExtras x) {
    if (!x.equals(lastExtras)) {
      Integer id = extrasIds.get(x);
      if (id == null) {
        id = extras.size();
        extrasIds.put(x, id);
        extras.add(x);
      }
      lastExtras = x;
      lastExtrasId = id;
    }
    return lastExtrasId;
  }

  // Checks the key of a leg and, first, as the ordinary builder does, that of its reverse; then
  // takes them. Nothing is taken when either was taken before.
  private void claimKeys(int v, int w, Mode m, boolean bothWays) {
    long forward = key(v, w, m);
    long back = key(w, v, m);
    if (bothWays && keys.contains(back)) {
      throw duplicate(legCount + 1, w, v, m);
    }
    if (keys.contains(forward)) {
      throw duplicate(legCount, v, w, m);
    }
    keys.add(forward);
    if (bothWays) {
      keys.add(back);
    }
  }

  private IllegalArgumentException duplicate(int legIndex, int from, int to, Mode mode) {
    return new IllegalArgumentException(
        "leg "
            + legIndex
            + ": leg key (from, to, mode) must be unique, was duplicate "
            + id(from)
            + ">"
            + id(to)
            + ":"
            + mode.name());
  }

  // Nodes are fewer than 2^30 and modes fewer than 8: from, to and mode in 63 bits.
  private static long key(int from, int to, Mode mode) {
    return ((long) from << (30 + MODE_BITS)) | ((long) to << MODE_BITS) | mode.ordinal();
  }

  private void append(
      int v,
      int w,
      Mode m,
      double km,
      double kmh,
      double departures,
      double fixedUsd,
      double usdPerKm,
      LegStatus s,
      int gauge,
      int extrasId) {
    if (shared || legCount == from.length) {
      grow();
    }
    int i = legCount;
    from[i] = v;
    to[i] = w;
    mode[i] = (byte) m.ordinal();
    status[i] = (byte) s.ordinal();
    gaugeMm[i] = gauge;
    distanceKm[i] = km;
    speedKmh[i] = kmh;
    departuresPerWeek[i] = departures;
    fixedCostUsd[i] = fixedUsd;
    costUsdPerKm[i] = usdPerKm;
    extrasIndex[i] = extrasId;
    legCount = i + 1;
  }

  private void grow() {
    // A network may hold the current arrays: copy before writing, growing by half.
    resize(Math.max(16, legCount + (legCount >> 1)));
    shared = false;
  }

  private void trim() {
    resize(legCount);
  }

  private void resize(int capacity) {
    from = Arrays.copyOf(from, capacity);
    to = Arrays.copyOf(to, capacity);
    mode = Arrays.copyOf(mode, capacity);
    status = Arrays.copyOf(status, capacity);
    gaugeMm = Arrays.copyOf(gaugeMm, capacity);
    distanceKm = Arrays.copyOf(distanceKm, capacity);
    speedKmh = Arrays.copyOf(speedKmh, capacity);
    departuresPerWeek = Arrays.copyOf(departuresPerWeek, capacity);
    fixedCostUsd = Arrays.copyOf(fixedCostUsd, capacity);
    costUsdPerKm = Arrays.copyOf(costUsdPerKm, capacity);
    extrasIndex = Arrays.copyOf(extrasIndex, capacity);
  }
}
