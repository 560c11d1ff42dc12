package org.kervan.network;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * An immutable set of nodes and the legs between them.
 *
 * <p>Built by a {@link Builder} that validates the whole and freezes it with dense int node ids
 * ({@link #indexOf}), or, for millions of legs, by a {@link BulkNetworkBuilder} that takes legs as
 * primitive values between dense node ids and builds an equal network. The network knows nothing
 * of who searches it: routers build their own search graph from this public API. A network is
 * never changed: scenarios ({@link #toBuilder()}) derive new networks from equal nodes and legs,
 * while the original stays as it was.
 *
 * <p>Storage: nodes and legs are kept column-wise in primitive arrays, not as objects. Node ids
 * and names are kept in one string each with the offsets of each node's, and found through an
 * open-addressing table of dense ids; coordinates are doubles, and the rest (country, kind,
 * charges, spread, source) an index into a table of distinct values. Legs keep their end nodes as
 * dense ids, mode and status as ordinals, the numbers as doubles, the rarely varying rest as an
 * index into a table of distinct values. {@link #nodes()} and {@link #legs()} materialise a {@link
 * Node} or a {@link Leg} on each access, equal to the one that was added, component for component
 * (every double is kept as it was given, none is narrowed to a float), so totals computed from
 * them are bit for bit those of the originals; they are not the same objects.
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

  private final NodeColumns nodes;
  private final LegColumns legs;
  private final List<Node> nodeView = new NodeList();
  private final List<Leg> legView = new LegList();

  Network(NodeColumns nodes, LegColumns legs) {
    this.nodes = nodes;
    this.legs = legs;
  }

  // The leg at a position of the leg list, made from the columns.
  private Leg leg(int i) {
    LegColumns c = legs;
    int k = c.classOf(i);
    LegExtras x = c.extras.get(c.extrasIndex[k]);
    double departures = c.departuresPerWeek[k];
    int gauge = c.gaugeMm[k];
    return new Leg(
        nodes.id(c.from[i]),
        nodes.id(c.to[i]),
        MODES[c.mode[k]],
        c.distanceKm[i],
        c.speedKmh[k],
        Double.isNaN(departures) ? OptionalDouble.empty() : OptionalDouble.of(departures),
        c.fixedCostUsd[k],
        c.costUsdPerKm[k],
        x.countries,
        x.chokepoints,
        x.timeSpread,
        x.capacityTeuPerYear,
        STATUSES[c.status[k]],
        gauge == 0 ? OptionalInt.empty() : OptionalInt.of(gauge),
        x.source,
        x.emissionClass,
        x.geometry,
        x.headwayCv);
  }

  /** The node list: a read-only view materialising each node from the columns. */
  private final class NodeList extends AbstractList<Node> implements RandomAccess {
    @Override
    public Node get(int index) {
      return nodes.node(checkElementIndex(index, nodes.count, "index"));
    }

    @Override
    public int size() {
      return nodes.count;
    }
  }

  /** The leg list: a read-only view materialising each leg from the columns. */
  private final class LegList extends AbstractList<Leg> implements RandomAccess {
    @Override
    public Leg get(int index) {
      return leg(checkElementIndex(index, legs.count, "index"));
    }

    @Override
    public int size() {
      return legs.count;
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
   * Returns an empty column-wise builder for large networks, which takes legs between nodes by
   * dense index as primitive values and builds a network equal to the one {@link #builder()}
   * makes from the same nodes and legs.
   *
   * @param expectedNodes how many nodes will be added, {@code >= 0} (a hint that saves copies)
   * @param expectedLegs how many legs will be added, {@code >= 0} (a hint that saves copies)
   * @return a new builder
   * @throws IllegalArgumentException if a hint is negative
   */
  public static BulkNetworkBuilder bulkBuilder(int expectedNodes, int expectedLegs) {
    return new BulkNetworkBuilder(expectedNodes, expectedLegs);
  }

  /**
   * Returns a builder holding this network's nodes and legs (materialised, equal to those added),
   * to derive a scenario; this network is not affected by anything done to it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Node n : nodeView) {
      b.nodes.put(n.id(), n);
    }
    for (int i = 0; i < legs.count; i++) {
      Leg l = leg(i);
      b.legs.put(l.key(), l);
    }
    return b;
  }

  /**
   * Returns the nodes in the order they were added.
   *
   * @return an unmodifiable list that materialises each node it returns (see the class
   *     description): equal to the nodes added, not the same objects
   */
  public List<Node> nodes() {
    return nodeView;
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
    return nodes.count;
  }

  /**
   * Returns the number of legs.
   *
   * @return the leg count
   */
  public int legCount() {
    return legs.count;
  }

  /**
   * Returns the node with an id.
   *
   * @param id the node id
   * @return the node
   * @throws UnknownNodeException if there is no such node
   */
  public Node node(String id) {
    return nodes.node(indexOf(id));
  }

  /**
   * Returns the node with an id, if there is one.
   *
   * @param id the node id
   * @return the node, or empty
   */
  public Optional<Node> findNode(String id) {
    int v = nodes.find(checkNotNull(id, "id"));
    return v < 0 ? Optional.empty() : Optional.of(nodes.node(v));
  }

  /**
   * Tells whether the network has a node with an id.
   *
   * @param id the node id
   * @return whether it exists
   */
  public boolean contains(String id) {
    return nodes.find(checkNotNull(id, "id")) >= 0;
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
    int v = nodes.find(checkNotNull(id, "id"));
    if (v < 0) {
      throw new UnknownNodeException(id, "id");
    }
    return v;
  }

  /**
   * Returns the latitude of a node, without materialising the node: {@code
   * nodes().get(nodeIndex).position().latitude()}.
   *
   * @param nodeIndex the node's dense id ({@link #indexOf})
   * @return degrees north, in [-90, 90]
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double latitude(int nodeIndex) {
    return nodes.latitude(checkElementIndex(nodeIndex, nodes.count, "nodeIndex"));
  }

  /**
   * Returns the longitude of a node, without materialising the node: {@code
   * nodes().get(nodeIndex).position().longitude()}.
   *
   * @param nodeIndex the node's dense id ({@link #indexOf})
   * @return degrees east, in [-180, 180]
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double longitude(int nodeIndex) {
    return nodes.longitude(checkElementIndex(nodeIndex, nodes.count, "nodeIndex"));
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
    return legs.from[checkElementIndex(legIndex, legs.count, "legIndex")];
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
    return legs.to[checkElementIndex(legIndex, legs.count, "legIndex")];
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
    int v = nodes.find(from);
    int w = nodes.find(to);
    if (v < 0 || w < 0) {
      return Optional.empty();
    }
    for (int e = legs.outStart[v]; e < legs.outStart[v + 1]; e++) {
      int i = legs.outLegs[e];
      if (legs.to[i] == w && legs.mode[legs.classOf(i)] == mode.ordinal()) {
        return Optional.of(leg(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the index in {@link #legs()} of a leg counted in origin order: every leg grouped by
   * its start node, nodes in dense-id order ({@link #indexOf}) and each node's legs in the order
   * they were added, as {@link #legsFrom} lists them. Position {@code p} is the {@code p}-th leg
   * in that order; the legs of node {@code v} come after those of every node before it. A
   * compressed-sparse-row graph of the network can name its legs by these positions without a
   * table of its own.
   *
   * @param position the position in origin order, in {@code [0, legCount())}
   * @return the leg's index in {@link #legs()}
   * @throws IndexOutOfBoundsException if the position is out of range
   */
  public int legIndexByOrigin(int position) {
    return legs.outLegs[checkElementIndex(position, legs.count, "position")];
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
    for (int e = legs.outStart[v]; e < legs.outStart[v + 1]; e++) {
      b.add(leg(legs.outLegs[e]));
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
    for (int i = 0; i < legs.count; i++) {
      if (legs.to[i] == v) {
        b.add(leg(i));
      }
    }
    return b.build();
  }

  /** Networks are equal when they hold equal nodes and legs in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Network
        && nodeView.equals(((Network) o).nodeView)
        && legView.equals(((Network) o).legView);
  }

  @Override
  public int hashCode() {
    return 31 * nodeView.hashCode() + legView.hashCode();
  }

  /** Returns e.g. {@code Network[120 nodes, 310 legs]}. */
  @Override
  public String toString() {
    return "Network[" + nodes.count + " nodes, " + legs.count + " legs]";
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
      BulkNetworkBuilder b = new BulkNetworkBuilder(nodes.size(), legs.size());
      for (Node n : nodes.values()) {
        b.addNode(n);
      }
      // Keys are unique (the map is keyed by them); the first leg with an unknown end throws.
      for (Leg l : legs.values()) {
        b.addLeg(l);
      }
      return b.build();
    }
  }
}
