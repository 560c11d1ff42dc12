package org.kervan.network;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.RandomAccess;
import org.kervan.quantity.Polyline;

/**
 * An immutable set of nodes and the legs between them.
 *
 * <p>Built by a {@link Builder} that validates the whole and freezes it with dense int node ids
 * ({@link #indexOf}). The network knows nothing of who searches it: routers build their own
 * search graph from this public API. A network is never changed: scenarios ({@link #toBuilder()})
 * derive new networks that share the unchanged {@link Node} objects, while the original stays as
 * it was.
 *
 * <p>Storage: nodes are kept as objects; legs are kept column-wise in primitive arrays (end nodes
 * as dense ids, mode and status as ordinals, the numbers as doubles, the rarely varying rest as an
 * index into a table of distinct values), and {@link #legs()} materialises a {@link Leg} on each
 * access. A materialised leg is equal to the leg that was added, component for component (every
 * double is kept as it was given), so totals computed from it are bit for bit those of the
 * original; it is not the same object.
 *
 * <p>Example: two ports and a ferry both ways (distances and times in their own units, ids
 * checked when the network is built):
 *
 * <pre>{@code
 * Network network = Network.builder()
 *     .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.65, 51.15)))
 *     .addNode(Node.of("AZBAK", "Baku (Alat)", "AZ", NodeKind.SEAPORT, GeoPoint.of(39.95, 49.41)))
 *     .addLegBothWays(Leg.ofRunningTime("KZAKX", "AZBAK", Mode.FERRY,
 *             Distance.ofNauticalMiles(230), Duration.ofHours(22))
 *         .withDeparturesPerWeek(2))
 *     .build();
 * }</pre>
 *
 * <p>Node order and leg order are the order in which they were added. At most one leg exists per
 * key (from, to, mode).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Network {
  private static final Mode[] MODES = Mode.values();
  private static final LegStatus[] STATUSES = LegStatus.values();

  /**
   * What legs share more often than not, kept once per distinct value. A plain class rather than a
   * record: a record's {@code equals} and {@code hashCode} are linked through method handles on
   * first use, which costs a cold JVM tens of milliseconds while it builds the first network.
   */
  private static final class Extras {
    final List<String> countries;
    final List<String> chokepoints;
    final Optional<TimeSpread> timeSpread;
    final OptionalDouble capacityTeuPerYear;
    final String source;
    final Optional<EmissionClass> emissionClass;
    final Polyline geometry;
    final double headwayCv;
    private final int hash;

    Extras(Leg l) {
      countries = l.countries();
      chokepoints = l.chokepoints();
      timeSpread = l.timeSpread();
      capacityTeuPerYear = l.capacityTeuPerYear();
      source = l.source();
      emissionClass = l.emissionClass();
      geometry = l.geometry();
      headwayCv = l.headwayCv();
      int h = countries.hashCode();
      h = 31 * h + chokepoints.hashCode();
      h = 31 * h + spreadHash(timeSpread);
      h = 31 * h + capacityTeuPerYear.hashCode();
      h = 31 * h + source.hashCode();
      h = 31 * h + emissionClass.hashCode();
      h = 31 * h + geometry.hashCode();
      hash = 31 * h + Double.hashCode(headwayCv);
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Extras)) {
        return false;
      }
      Extras x = (Extras) o;
      // Exact, as a record's equals: headwayCv by its bits.
      return hash == x.hash
          && Double.compare(headwayCv, x.headwayCv) == 0
          && source.equals(x.source)
          && countries.equals(x.countries)
          && chokepoints.equals(x.chokepoints)
          && sameSpread(timeSpread, x.timeSpread)
          && capacityTeuPerYear.equals(x.capacityTeuPerYear)
          && emissionClass.equals(x.emissionClass)
          && geometry.equals(x.geometry);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    // TimeSpread is a record: its own equals and hashCode would be linked through method handles.
    private static int spreadHash(Optional<TimeSpread> s) {
      return s.isEmpty()
          ? 0
          : 31 * Double.hashCode(s.get().lowFactor()) + Double.hashCode(s.get().highFactor());
    }

    private static boolean sameSpread(Optional<TimeSpread> a, Optional<TimeSpread> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() == b.isEmpty();
      }
      return Double.compare(a.get().lowFactor(), b.get().lowFactor()) == 0
          && Double.compare(a.get().highFactor(), b.get().highFactor()) == 0;
    }
  }

  private final ImmutableList<Node> nodes;
  private final ImmutableMap<String, Integer> nodeIndex;
  private final int[] outStart;
  private final int[] outLegs;
  // Leg columns, by position in the leg list. A departures of NaN means unscheduled and a gauge of
  // 0 unknown: the leg's own rules (departures finite and > 0, gauge > 0) leave both free.
  private final int legCount;
  private final int[] legFrom;
  private final int[] legTo;
  private final byte[] legMode;
  private final byte[] legStatus;
  private final int[] legGaugeMm;
  private final double[] legDistanceKm;
  private final double[] legSpeedKmh;
  private final double[] legDeparturesPerWeek;
  private final double[] legFixedCostUsd;
  private final double[] legCostUsdPerKm;
  private final int[] legExtras;
  private final ImmutableList<Extras> extras;
  private final List<Leg> legView = new LegList();

  // Throws UnknownNodeException for the first leg, in order, whose end is not in the index.
  private Network(
      ImmutableList<Node> nodes, Collection<Leg> legs, ImmutableMap<String, Integer> index) {
    this.nodes = nodes;
    this.nodeIndex = index;
    int m = legs.size();
    legCount = m;
    legFrom = new int[m];
    legTo = new int[m];
    legMode = new byte[m];
    legStatus = new byte[m];
    legGaugeMm = new int[m];
    legDistanceKm = new double[m];
    legSpeedKmh = new double[m];
    legDeparturesPerWeek = new double[m];
    legFixedCostUsd = new double[m];
    legCostUsdPerKm = new double[m];
    legExtras = new int[m];
    // Build-time only: distinct extras and their numbers.
    Map<Extras, Integer> distinct = new HashMap<>();
    List<Extras> table = new ArrayList<>();
    Extras previous = null;
    int previousId = -1;
    int i = 0;
    for (Leg l : legs) {
      // The builder's check that every leg's end nodes were added, done here in the same pass.
      Integer from = index.get(l.from());
      if (from == null) {
        throw new UnknownNodeException(l.from(), "from of leg " + l.key());
      }
      Integer to = index.get(l.to());
      if (to == null) {
        throw new UnknownNodeException(l.to(), "to of leg " + l.key());
      }
      legFrom[i] = from;
      legTo[i] = to;
      legMode[i] = (byte) l.mode().ordinal();
      legStatus[i] = (byte) l.status().ordinal();
      legGaugeMm[i] = l.gaugeMm().orElse(0);
      legDistanceKm[i] = l.distanceKm();
      legSpeedKmh[i] = l.speedKmh();
      legDeparturesPerWeek[i] = l.departuresPerWeek().orElse(Double.NaN);
      legFixedCostUsd[i] = l.fixedCostUsd();
      legCostUsdPerKm[i] = l.costUsdPerKm();
      Extras x = new Extras(l);
      // Rows of a file often share their extras with the row before: no lookup for those.
      if (!x.equals(previous)) {
        Integer id = distinct.get(x);
        if (id == null) {
          id = table.size();
          distinct.put(x, id);
          table.add(x);
        }
        previous = x;
        previousId = id;
      }
      legExtras[i] = previousId;
      i++;
    }
    extras = ImmutableList.copyOf(table);
    this.outStart = outStart(legFrom, nodes.size());
    this.outLegs = outLegs(legFrom, outStart);
  }

  // The leg at a position of the leg list, made from the columns.
  private Leg leg(int i) {
    Extras x = extras.get(legExtras[i]);
    double departures = legDeparturesPerWeek[i];
    int gauge = legGaugeMm[i];
    return new Leg(
        nodes.get(legFrom[i]).id(),
        nodes.get(legTo[i]).id(),
        MODES[legMode[i]],
        legDistanceKm[i],
        legSpeedKmh[i],
        Double.isNaN(departures) ? OptionalDouble.empty() : OptionalDouble.of(departures),
        legFixedCostUsd[i],
        legCostUsdPerKm[i],
        x.countries,
        x.chokepoints,
        x.timeSpread,
        x.capacityTeuPerYear,
        STATUSES[legStatus[i]],
        gauge == 0 ? OptionalInt.empty() : OptionalInt.of(gauge),
        x.source,
        x.emissionClass,
        x.geometry,
        x.headwayCv);
  }

  /** The leg list: a read-only view materialising each leg from the columns. */
  private final class LegList extends AbstractList<Leg> implements RandomAccess {
    @Override
    public Leg get(int index) {
      return leg(checkElementIndex(index, legCount, "index"));
    }

    @Override
    public int size() {
      return legCount;
    }
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this network's nodes and legs, to derive a scenario. The builder
   * shares the immutable nodes; this network is not affected by anything done to it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Node n : nodes) {
      b.nodes.put(n.id(), n);
    }
    for (int i = 0; i < legCount; i++) {
      Leg l = leg(i);
      b.legs.put(l.key(), l);
    }
    return b;
  }

  /**
   * Returns the nodes in the order they were added.
   *
   * @return an immutable list
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the legs in the order they were added.
   *
   * @return an unmodifiable list that materialises each leg it returns (see the class
   *     description): equal to the legs added, not the same objects
   */
  public List<Leg> legs() {
    return legView;
  }

  /**
   * Returns the number of nodes.
   *
   * @return the node count
   */
  public int nodeCount() {
    return nodes.size();
  }

  /**
   * Returns the number of legs.
   *
   * @return the leg count
   */
  public int legCount() {
    return legCount;
  }

  /**
   * Returns the node with an id.
   *
   * @param id the node id
   * @return the node
   * @throws UnknownNodeException if there is no such node
   */
  public Node node(String id) {
    checkNotNull(id, "id");
    Integer i = nodeIndex.get(id);
    if (i == null) {
      throw new UnknownNodeException(id, "id");
    }
    return nodes.get(i);
  }

  /**
   * Returns the node with an id, if there is one.
   *
   * @param id the node id
   * @return the node, or empty
   */
  public Optional<Node> findNode(String id) {
    checkNotNull(id, "id");
    Integer i = nodeIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(nodes.get(i));
  }

  /**
   * Tells whether the network has a node with an id.
   *
   * @param id the node id
   * @return whether it exists
   */
  public boolean contains(String id) {
    return nodeIndex.containsKey(checkNotNull(id, "id"));
  }

  /**
   * Returns the dense int id of a node, in {@code [0, nodeCount())}, the index in {@link
   * #nodes()}.
   *
   * @param id the node id
   * @return the dense id
   * @throws UnknownNodeException if there is no such node
   */
  public int indexOf(String id) {
    checkNotNull(id, "id");
    Integer i = nodeIndex.get(id);
    if (i == null) {
      throw new UnknownNodeException(id, "id");
    }
    return i;
  }

  /**
   * Returns the dense id ({@link #indexOf}) of the node a leg starts at, without materialising
   * the leg.
   *
   * @param legIndex the leg's index in {@link #legs()}
   * @return the dense id of its start node
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int legFromIndex(int legIndex) {
    return legFrom[checkElementIndex(legIndex, legCount, "legIndex")];
  }

  /**
   * Returns the dense id ({@link #indexOf}) of the node a leg ends at, without materialising the
   * leg.
   *
   * @param legIndex the leg's index in {@link #legs()}
   * @return the dense id of its end node
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int legToIndex(int legIndex) {
    return legTo[checkElementIndex(legIndex, legCount, "legIndex")];
  }

  /**
   * Returns the leg with a key, if there is one.
   *
   * @param from the start node id
   * @param to the end node id
   * @param mode the mode
   * @return the leg, or empty
   */
  public Optional<Leg> leg(String from, String to, Mode mode) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(mode, "mode");
    Integer v = nodeIndex.get(from);
    Integer w = nodeIndex.get(to);
    if (v == null || w == null) {
      return Optional.empty();
    }
    for (int e = outStart[v]; e < outStart[v + 1]; e++) {
      int i = outLegs[e];
      if (legTo[i] == w && legMode[i] == mode.ordinal()) {
        return Optional.of(leg(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the legs leaving a node, in the order they were added.
   *
   * @param id the node id
   * @return an immutable list
   * @throws UnknownNodeException if there is no such node
   */
  public List<Leg> legsFrom(String id) {
    int v = indexOf(id);
    ImmutableList.Builder<Leg> b = ImmutableList.builder();
    for (int e = outStart[v]; e < outStart[v + 1]; e++) {
      b.add(leg(outLegs[e]));
    }
    return b.build();
  }

  /**
   * Returns the legs entering a node, in the order they were added.
   *
   * @param id the node id
   * @return an immutable list
   * @throws UnknownNodeException if there is no such node
   */
  public List<Leg> legsTo(String id) {
    int v = indexOf(id);
    ImmutableList.Builder<Leg> b = ImmutableList.builder();
    for (int i = 0; i < legCount; i++) {
      if (legTo[i] == v) {
        b.add(leg(i));
      }
    }
    return b.build();
  }

  /** Networks are equal when they hold equal nodes and legs in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Network
        && nodes.equals(((Network) o).nodes)
        && legView.equals(((Network) o).legView);
  }

  @Override
  public int hashCode() {
    return 31 * nodes.hashCode() + legView.hashCode();
  }

  /** Returns e.g. {@code Network[120 nodes, 310 legs]}. */
  @Override
  public String toString() {
    return "Network[" + nodes.size() + " nodes, " + legCount + " legs]";
  }

  // Legs by start node in compressed sparse row form (positions into the leg list), for the
  // lookups above; built once, never exposed.
  private static int[] outStart(int[] from, int n) {
    int[] start = new int[n + 1];
    for (int v : from) {
      start[v + 1]++;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    return start;
  }

  private static int[] outLegs(int[] from, int[] start) {
    int[] fill = Arrays.copyOf(start, start.length - 1);
    int[] out = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      out[fill[from[i]]++] = i;
    }
    return out;
  }

  /**
   * Collects nodes and legs, then validates the whole and freezes it into a {@link Network}.
   *
   * <p>Adding checks only what a single element can tell (a duplicate id or key); {@link
   * #build()} checks the rest (legs whose nodes are missing). A failed {@code build()} throws and
   * leaves the builder as it was, so the caller can fix it and build again. Builders never change
   * the nodes, legs or networks they were given.
   *
   * <p>This class is not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Leg> legs = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a node.
     *
     * @param node the node
     * @return this builder
     * @throws IllegalArgumentException if a node with the same id was added
     */
    public Builder addNode(Node node) {
      checkNotNull(node, "node");
      if (nodes.containsKey(node.id())) {
        throw new IllegalArgumentException(
            "node id must be unique, was duplicate '" + node.id() + "'");
      }
      nodes.put(node.id(), node);
      return this;
    }

    /**
     * Replaces the node with the same id, e.g. to change its border clearance time.
     *
     * @param node the new node
     * @return this builder
     * @throws UnknownNodeException if no node with that id was added
     */
    public Builder replaceNode(Node node) {
      checkNotNull(node, "node");
      if (!nodes.containsKey(node.id())) {
        throw new UnknownNodeException(node.id(), "node.id");
      }
      nodes.put(node.id(), node);
      return this;
    }

    /**
     * Removes a node and every leg that starts or ends at it, e.g. to close a port or strait.
     *
     * @param id the node id
     * @return this builder
     * @throws UnknownNodeException if no node with that id was added
     */
    public Builder removeNode(String id) {
      checkNotNull(id, "id");
      if (nodes.remove(id) == null) {
        throw new UnknownNodeException(id, "id");
      }
      legs.values().removeIf(l -> l.from().equals(id) || l.to().equals(id));
      return this;
    }

    /**
     * Adds a leg.
     *
     * @param leg the leg
     * @return this builder
     * @throws IllegalArgumentException if a leg with the same key (from, to, mode) was added
     */
    public Builder addLeg(Leg leg) {
      checkNotNull(leg, "leg");
      // One lookup and one key string per leg: files of a million legs go through here.
      String key = leg.key();
      if (legs.putIfAbsent(key, leg) != null) {
        throw new IllegalArgumentException(
            "leg key (from, to, mode) must be unique, was duplicate " + key);
      }
      return this;
    }

    /**
     * Adds a leg and its {@link Leg#reversed() reverse}.
     *
     * @param leg the leg
     * @return this builder
     * @throws IllegalArgumentException if either key was added before
     */
    public Builder addLegBothWays(Leg leg) {
      checkNotNull(leg, "leg");
      Leg back = leg.reversed();
      if (legs.containsKey(back.key())) {
        throw new IllegalArgumentException(
            "leg key (from, to, mode) must be unique, was duplicate " + back.key());
      }
      addLeg(leg);
      legs.put(back.key(), back);
      return this;
    }

    /**
     * Replaces the leg with the same key, e.g. to change its speed or status.
     *
     * @param leg the new leg
     * @return this builder
     * @throws IllegalArgumentException if no leg with that key was added
     */
    public Builder replaceLeg(Leg leg) {
      checkNotNull(leg, "leg");
      if (!legs.containsKey(leg.key())) {
        throw new IllegalArgumentException("leg must exist to be replaced, was " + leg.key());
      }
      legs.put(leg.key(), leg);
      return this;
    }

    /**
     * Removes the leg with a key.
     *
     * @param from the start node id
     * @param to the end node id
     * @param mode the mode
     * @return this builder
     * @throws IllegalArgumentException if no leg with that key was added
     */
    public Builder removeLeg(String from, String to, Mode mode) {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(mode, "mode");
      String key = from + ">" + to + ":" + mode;
      if (legs.remove(key) == null) {
        throw new IllegalArgumentException("leg must exist to be removed, was " + key);
      }
      return this;
    }

    /**
     * Removes every leg of a status, e.g. {@link LegStatus#PLANNED} for "as it runs today".
     *
     * @param status the status to remove
     * @return this builder
     */
    public Builder removeLegsWithStatus(LegStatus status) {
      checkNotNull(status, "status");
      legs.values().removeIf(l -> l.status() == status);
      return this;
    }

    /**
     * Validates the nodes and legs and returns the frozen network.
     *
     * @return the network
     * @throws UnknownNodeException if a leg starts or ends at a node that was not added (the
     *     first such leg, in the order added, is named)
     */
    public Network build() {
      ImmutableList<Node> nodeList = ImmutableList.copyOf(nodes.values());
      // Ids are unique (the builder's map is keyed by them), so the index never sees a duplicate.
      ImmutableMap.Builder<String, Integer> ids =
          ImmutableMap.builderWithExpectedSize(nodeList.size());
      for (int i = 0; i < nodeList.size(); i++) {
        ids.put(nodeList.get(i).id(), i);
      }
      return new Network(nodeList, legs.values(), ids.buildOrThrow());
    }
  }
}
