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
  private double[] distanceKm = new double[0];
  // Legs' classes (see LegColumns): the class of each leg while the classes fit a char, with the
  // class columns one row per class and an open-addressing table over them (slot -> class + 1);
  // after that legClass and classTable are null and the class columns have one row per leg.
  private char[] legClass = new char[0];
  private int classCount;
  private int[] classTable = new int[16];
  private double[] speedKmh = new double[0];
  private byte[] mode = new byte[0];
  private byte[] status = new byte[0];
  private int[] gaugeMm = new int[0];
  private double[] departuresPerWeek = new double[0];
  private double[] fixedCostUsd = new double[0];
  private double[] costUsdPerKm = new double[0];
  private int[] extrasIndex = new int[0];
  // Set when build() handed the arrays to a network: the next leg copies them first.
  private boolean shared;
  // Set when build() handed the node columns and the id table to a network: the next node copies
  // them first.
  private boolean nodesShared;

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
    resizeLegs(expectedLegs);
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
      growNodes(Math.max(16, nodeCount + (nodeCount >> 1)));
    } else if (nodesShared) {
      growNodes(latitude.length);
    }
    if (nodesShared) {
      idTable = idTable.clone();
      nodesShared = false;
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

  // Copies the node columns into arrays of the capacity given.
  private void growNodes(int capacity) {
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
    // Columns are handed over as they are when full or nearly so (see fit), and copied before the
    // next node or leg is written; a copy here would double the build's peak for nothing.
    idStart = fit(idStart, n + 1);
    nameStart = fit(nameStart, n + 1);
    latitude = fit(latitude, n);
    longitude = fit(longitude, n);
    nodeExtrasIndex = fit(nodeExtrasIndex, n);
    nodesShared = true;
    NodeColumns nodeColumns =
        new NodeColumns(
            n,
            ids.toString(),
            idStart,
            names.toString(),
            nameStart,
            latitude,
            longitude,
            nodeExtrasIndex,
            ImmutableList.copyOf(nodeExtras),
            idTable);
    int rows = legClass == null ? legCount : classCount;
    from = fit(from, legCount);
    to = fit(to, legCount);
    distanceKm = fit(distanceKm, legCount);
    if (legClass != null) {
      legClass = fit(legClass, legCount);
    }
    resizeClasses(rows);
    shared = true;
    LegColumns columns =
        new LegColumns(
            legCount, n, from, to, distanceKm, speedKmh, legClass, mode, status, gaugeMm,
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
      // A network may hold the current arrays: copy before writing, growing by half if full.
      resizeLegs(legCount == from.length ? Math.max(16, legCount + (legCount >> 1)) : from.length);
      shared = false;
    }
    int i = legCount;
    from[i] = v;
    to[i] = w;
    distanceKm[i] = km;
    byte mb = (byte) m.ordinal();
    byte sb = (byte) s.ordinal();
    if (legClass != null) {
      int k = findClass(kmh, mb, sb, gauge, departures, fixedUsd, usdPerKm, extrasId);
      if (k < 0 && classCount < LegColumns.MAX_CLASSES) {
        k = classCount;
        if (k == mode.length) {
          resizeClasses(Math.max(16, k + (k >> 1)));
        }
        writeClass(k, kmh, mb, sb, gauge, departures, fixedUsd, usdPerKm, extrasId);
        classCount = k + 1;
        if (2 * classCount > classTable.length) {
          classTable = new int[classTable.length * 2];
          for (int c = 0; c < classCount; c++) {
            insertClass(c);
          }
        } else {
          insertClass(k);
        }
      }
      if (k < 0) {
        classesPerLeg();
      } else {
        legClass[i] = (char) k;
      }
    }
    if (legClass == null) {
      writeClass(i, kmh, mb, sb, gauge, departures, fixedUsd, usdPerKm, extrasId);
    }
    legCount = i + 1;
  }

  private void writeClass(
      int k, double kmh, byte m, byte s, int gauge, double departures, double fixedUsd,
      double usdPerKm, int extrasId) {
    speedKmh[k] = kmh;
    mode[k] = m;
    status[k] = s;
    gaugeMm[k] = gauge;
    departuresPerWeek[k] = departures;
    fixedCostUsd[k] = fixedUsd;
    costUsdPerKm[k] = usdPerKm;
    extrasIndex[k] = extrasId;
  }

  // Too many classes for a char: one row of the class columns per leg from now on.
  private void classesPerLeg() {
    char[] cls = legClass;
    int capacity = from.length;
    double[] v = new double[capacity];
    byte[] m = new byte[capacity];
    byte[] s = new byte[capacity];
    int[] g = new int[capacity];
    double[] d = new double[capacity];
    double[] f = new double[capacity];
    double[] c = new double[capacity];
    int[] x = new int[capacity];
    for (int i = 0; i < legCount; i++) {
      int k = cls[i];
      v[i] = speedKmh[k];
      m[i] = mode[k];
      s[i] = status[k];
      g[i] = gaugeMm[k];
      d[i] = departuresPerWeek[k];
      f[i] = fixedCostUsd[k];
      c[i] = costUsdPerKm[k];
      x[i] = extrasIndex[k];
    }
    speedKmh = v;
    mode = m;
    status = s;
    gaugeMm = g;
    departuresPerWeek = d;
    fixedCostUsd = f;
    costUsdPerKm = c;
    extrasIndex = x;
    legClass = null;
    classTable = null;
  }

  private int findClass(
      double kmh, byte m, byte s, int gauge, double departures, double fixedUsd,
      double usdPerKm, int extrasId) {
    int mask = classTable.length - 1;
    int h = classHash(kmh, m, s, gauge, departures, fixedUsd, usdPerKm, extrasId);
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int entry = classTable[slot];
      if (entry == 0) {
        return -1;
      }
      int k = entry - 1;
      // Doubles by their bits, as the leg's equals compares them.
      if (mode[k] == m
          && Double.doubleToLongBits(speedKmh[k]) == Double.doubleToLongBits(kmh)
          && status[k] == s
          && gaugeMm[k] == gauge
          && extrasIndex[k] == extrasId
          && Double.doubleToLongBits(departuresPerWeek[k]) == Double.doubleToLongBits(departures)
          && Double.doubleToLongBits(fixedCostUsd[k]) == Double.doubleToLongBits(fixedUsd)
          && Double.doubleToLongBits(costUsdPerKm[k]) == Double.doubleToLongBits(usdPerKm)) {
        return k;
      }
    }
  }

  private void insertClass(int k) {
    int mask = classTable.length - 1;
    int h =
        classHash(
            speedKmh[k], mode[k], status[k], gaugeMm[k], departuresPerWeek[k], fixedCostUsd[k],
            costUsdPerKm[k], extrasIndex[k]);
    int slot = h & mask;
    while (classTable[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    classTable[slot] = k + 1;
  }

  private static int classHash(
      double kmh, byte m, byte s, int gauge, double departures, double fixedUsd,
      double usdPerKm, int extrasId) {
    long h = Double.doubleToLongBits(kmh);
    h = 31 * h + m;
    h = 31 * h + s;
    h = 31 * h + gauge;
    h = 31 * h + Double.doubleToLongBits(departures);
    h = 31 * h + Double.doubleToLongBits(fixedUsd);
    h = 31 * h + Double.doubleToLongBits(usdPerKm);
    h = 31 * h + extrasId;
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void resizeLegs(int capacity) {
    from = Arrays.copyOf(from, capacity);
    to = Arrays.copyOf(to, capacity);
    distanceKm = Arrays.copyOf(distanceKm, capacity);
    if (legClass != null) {
      legClass = Arrays.copyOf(legClass, capacity);
      // The class columns may be a network's too.
      resizeClasses(Math.max(classCount, mode.length));
    } else {
      resizeClasses(capacity);
    }
  }

  private void resizeClasses(int rows) {
    if (mode.length == rows && !shared) {
      return;
    }
    speedKmh = Arrays.copyOf(speedKmh, rows);
    mode = Arrays.copyOf(mode, rows);
    status = Arrays.copyOf(status, rows);
    gaugeMm = Arrays.copyOf(gaugeMm, rows);
    departuresPerWeek = Arrays.copyOf(departuresPerWeek, rows);
    fixedCostUsd = Arrays.copyOf(fixedCostUsd, rows);
    costUsdPerKm = Arrays.copyOf(costUsdPerKm, rows);
    extrasIndex = Arrays.copyOf(extrasIndex, rows);
  }

  // A column of n used entries is kept as it is when its spare capacity is at most a 64th of n
  // (an exact or nearly exact size hint), and trimmed by a copy otherwise. Columns never read
  // past their count, so the spare entries are only memory: at most 1.6 % more, against a copy of
  // every leg column at the moment the build's memory is at its peak.
  private static boolean fits(int length, int n) {
    return length - n <= n / 64;
  }

  private static int[] fit(int[] a, int n) {
    return fits(a.length, n) ? a : Arrays.copyOf(a, n);
  }

  private static double[] fit(double[] a, int n) {
    return fits(a.length, n) ? a : Arrays.copyOf(a, n);
  }

  private static char[] fit(char[] a, int n) {
    return fits(a.length, n) ? a : Arrays.copyOf(a, n);
  }
}
