package org.kervan.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kervan.internal.AtomicFiles;
import org.kervan.network.EmissionClass;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TimeSpread;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Polyline;

/**
 * Reads and writes a {@link Network} as two CSV files, one of nodes and one of legs. The embedded
 * default network ({@link DefaultNetwork}) is stored in this format and read by this class.
 *
 * <p><b>Format.</b> RFC 4180 CSV in UTF-8 with a header row; column order is free, every column
 * listed below must be present, and columns with other names are ignored. Units are in the column
 * names. An empty cell means "absent": no country (a place at sea), no departures schedule, no
 * spread, no capacity, no gauge; an empty charge or cost cell means 0. Lists (countries,
 * chokepoints) are separated by {@code |}. Numbers are decimal, with a point, optionally with an
 * exponent ({@code 1.5E3}); the writer uses {@link Double#toString(double)} so that values round
 * trip exactly. Enum cells are the constant names ({@code SEAPORT}, {@code RAIL}, {@code PLANNED}).
 *
 * <p>Nodes ({@link #NODE_COLUMNS}): {@code id} (UN/LOCODE or synthetic id), {@code name}, {@code
 * country} (ISO 3166-1 alpha-2, empty at sea), {@code kind} ({@link NodeKind}), {@code latitude},
 * {@code longitude} (WGS 84 degrees), {@code transshipment_hours}, {@code transshipment_cost_usd},
 * {@code dwell_hours}, {@code dwell_cost_usd}, {@code border_hours}, {@code border_cost_usd} (per
 * TEU), {@code spread_low}, {@code spread_high} ({@link TimeSpread} factors, both or neither),
 * {@code source}.
 *
 * <p>Legs ({@link #LEG_COLUMNS}), one row per direction: {@code from}, {@code to}, {@code mode}
 * ({@link Mode}), {@code distance_km}, {@code speed_kmh}, {@code departures_per_week}, {@code
 * fixed_cost_usd}, {@code cost_usd_per_km} (per TEU), {@code countries}, {@code chokepoints},
 * {@code spread_low}, {@code spread_high}, {@code capacity_teu_per_year}, {@code status} ({@link
 * LegStatus}), {@code gauge_mm} (integer), {@code source}; and the optional columns ({@link
 * #OPTIONAL_LEG_COLUMNS}) {@code emission_class} ({@link EmissionClass}, of the leg's mode;
 * empty or absent for the mode's default) and {@code headway_cv} (the coefficient of variation of
 * a scheduled leg's headway; empty or absent for a regular timetable, 0). A file without an optional column reads as if its cells were
 * empty; the writer adds an optional column only when some leg sets it, so a network without
 * those attributes is written exactly as before they existed.
 *
 * <p><b>Errors.</b> The first broken rule throws a {@link DataFormatException} naming the file, the
 * line where the record starts (the header is line 1), the column and the rule; nothing is
 * returned. I/O failures throw {@link UncheckedIOException}.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class NetworkCsv {

  /** The node file's columns, in the order the writer uses. */
  public static final List<String> NODE_COLUMNS =
      ImmutableList.of(
          "id",
          "name",
          "country",
          "kind",
          "latitude",
          "longitude",
          "transshipment_hours",
          "transshipment_cost_usd",
          "dwell_hours",
          "dwell_cost_usd",
          "border_hours",
          "border_cost_usd",
          "spread_low",
          "spread_high",
          "source");

  /** The leg file's columns, in the order the writer uses. */
  public static final List<String> LEG_COLUMNS =
      ImmutableList.of(
          "from",
          "to",
          "mode",
          "distance_km",
          "speed_kmh",
          "departures_per_week",
          "fixed_cost_usd",
          "cost_usd_per_km",
          "countries",
          "chokepoints",
          "spread_low",
          "spread_high",
          "capacity_teu_per_year",
          "status",
          "gauge_mm",
          "source");

  /** Leg columns that a file may leave out, in the order the writer appends them. */
  public static final List<String> OPTIONAL_LEG_COLUMNS =
      ImmutableList.of("emission_class", "headway_cv");

  /**
   * The leg file's optional last column, {@code geometry}: the points a leg passes between its end
   * nodes as {@code latitude longitude} pairs in degrees separated by {@code ;}, e.g. {@code
   * "30.58 32.27;30.01 32.57"}; empty for a straight line. Files without the column read as
   * straight legs; the writer always writes it.
   */
  public static final String GEOMETRY_COLUMN = "geometry";


  // Strict decimal syntax: Double.parseDouble would also take "NaN", "Infinity", hex and "1d".
  // Possessive quantifiers: a backtracking match takes quadratic time on a long run of digits.
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?+(?:\\d++\\.?+\\d*+|\\.\\d++)(?:[eE][+-]?+\\d++)?+");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

  /**
   * Whether a cell matches {@code DECIMAL}. Plain numbers such as {@code -12.5}, nearly every
   * cell, are recognised by a scan of their characters, which a cold JVM runs far faster than the
   * regular expression; anything else (an exponent, a stray character) goes to the expression.
   */
  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return DECIMAL.matcher(s).matches();
      }
    }
    return digits > 0;
  }

  /**
   * Whether a cell is an enum name as the reader accepts it, {@code [A-Za-z][A-Za-z0-9_]*}: ASCII
   * only, so that Unicode case folding cannot take {@code "ſea"} or {@code "raıl"} for {@code SEA}
   * or {@code RAIL}. A scan of the characters, which a cold JVM runs far faster than a pattern.
   */
  static boolean isEnumName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '_')))) {
        return false;
      }
    }
    return true;
  }

  // Each enum's constants once: Class.getEnumConstants() copies the array on every call.
  private static final NodeKind[] NODE_KINDS = NodeKind.values();
  private static final Mode[] MODES = Mode.values();
  private static final LegStatus[] STATUSES = LegStatus.values();
  private static final EmissionClass[] EMISSION_CLASSES = EmissionClass.values();
  private static final Splitter LIST = Splitter.on('|').trimResults();
  // A geometry point is trimmed as Splitter.trimResults() would trim it.
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();
  private static final String SOURCE_SEPARATOR = "; ";
  private static final Joiner JOIN = Joiner.on('|');

  // Model messages start with the component name; this maps it back to the CSV column.
  private static final ImmutableMap<String, String> NODE_FIELDS =
      ImmutableMap.<String, String>builder()
          .put("id", "id")
          .put("name", "name")
          .put("country", "country")
          .put("latitude", "latitude")
          .put("longitude", "longitude")
          .put("transshipmentHours", "transshipment_hours")
          .put("transshipmentCostUsd", "transshipment_cost_usd")
          .put("dwellHours", "dwell_hours")
          .put("dwellCostUsd", "dwell_cost_usd")
          .put("borderHours", "border_hours")
          .put("borderCostUsd", "border_cost_usd")
          .put("lowFactor", "spread_low")
          .put("highFactor", "spread_high")
          .put("source", "source")
          .build();

  private static final ImmutableMap<String, String> LEG_FIELDS =
      ImmutableMap.<String, String>builder()
          .put("from", "from")
          .put("to", "to")
          .put("distanceKm", "distance_km")
          .put("speedKmh", "speed_kmh")
          .put("departuresPerWeek", "departures_per_week")
          .put("fixedCostUsd", "fixed_cost_usd")
          .put("costUsdPerKm", "cost_usd_per_km")
          .put("countries", "countries")
          .put("chokepoints", "chokepoints")
          .put("lowFactor", "spread_low")
          .put("highFactor", "spread_high")
          .put("capacityTeuPerYear", "capacity_teu_per_year")
          .put("gaugeMm", "gauge_mm")
          .put("source", "source")
          .put("emissionClass", "emission_class")
          .put("headwayCv", "headway_cv")
          .put("latitude", GEOMETRY_COLUMN)
          .put("longitude", GEOMETRY_COLUMN)
          .put("latLon", GEOMETRY_COLUMN)
          .put("geometry", GEOMETRY_COLUMN)
          .build();

  private NetworkCsv() {}

  /**
   * Reads a network from a node file and a leg file; errors name the files by their paths.
   *
   * @param nodesCsv the node file
   * @param legsCsv the leg file
   * @return the network, nodes and legs in file order
   * @throws DataFormatException if a file breaks a rule of the format
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Network read(Path nodesCsv, Path legsCsv) {
    checkNotNull(nodesCsv, "nodesCsv");
    checkNotNull(legsCsv, "legsCsv");
    try (Reader n = Files.newBufferedReader(nodesCsv, StandardCharsets.UTF_8);
        Reader l = Files.newBufferedReader(legsCsv, StandardCharsets.UTF_8)) {
      return read(n, nodesCsv.toString(), l, legsCsv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a network from two character streams. The readers are read to the end but not closed.
   *
   * @param nodes the node CSV
   * @param nodesName the name to give the node source in error messages, e.g. {@code nodes.csv}
   * @param legs the leg CSV
   * @param legsName the name to give the leg source in error messages
   * @return the network, nodes and legs in file order
   * @throws DataFormatException if a source breaks a rule of the format
   * @throws UncheckedIOException if a source cannot be read
   */
  public static Network read(Reader nodes, String nodesName, Reader legs, String legsName) {
    checkNotNull(nodes, "nodes");
    checkNotNull(nodesName, "nodesName");
    checkNotNull(legs, "legs");
    checkNotNull(legsName, "legsName");
    return read(List.of(nodes), List.of(nodesName), List.of(legs), List.of(legsName));
  }

  /**
   * Reads one network from several node files and several leg files, as if each kind were
   * concatenated: ids are unique across all node files, leg keys across all leg files, and a leg may
   * name a node of any node file. Errors name the file they occur in.
   */
  static Network read(
      List<Reader> nodeReaders,
      List<String> nodeNames,
      List<Reader> legReaders,
      List<String> legNames) {
    return read(nodeReaders, nodeNames, legReaders, legNames, leg -> true);
  }

  /**
   * As {@link #read(List, List, List, List)}, keeping only the legs that pass a filter (every leg is
   * still validated).
   */
  static Network read(
      List<Reader> nodeReaders,
      List<String> nodeNames,
      List<Reader> legReaders,
      List<String> legNames,
      java.util.function.Predicate<Leg> keep) {
    return read(nodeReaders, nodeNames, legReaders, legNames, keep, Map.of(), false);
  }

  /**
   * As {@link #read(List, List, List, List, java.util.function.Predicate)}, resolving source
   * references: with a non-empty table, a part {@code @key} of a {@code source} cell (parts are
   * separated by {@code "; "}) is replaced by the table's text for {@code key}, and an unknown key
   * is an error naming the file, line and column. The embedded sea layer cites its few, long,
   * repeated sources this way, so that its files stay small and quick to read.
   *
   * <p>With {@code legsOnOwnThread}, the leg files are tokenised and their rows checked on a
   * second thread while this one reads the node files. Either way each file's rows are first read
   * into nodes or legs and then checked against each other in file order (unique ids and keys,
   * known end nodes), so the first broken rule is the one a single pass would report, and no thread
   * is left running when this method returns or throws. The readers must be independent of each
   * other.
   */
  static Network read(
      List<Reader> nodeReaders,
      List<String> nodeNames,
      List<Reader> legReaders,
      List<String> legNames,
      java.util.function.Predicate<Leg> keep,
      Map<String, String> sourceTable,
      boolean legsOnOwnThread) {
    // Written by the worker, read here only after join(), which orders the two.
    List<Records<Leg>> legFiles = new ArrayList<>();
    Thread worker = null;
    if (legsOnOwnThread) {
      worker =
          new Thread(
              () -> {
                Sources legSources = new Sources(sourceTable);
                for (int f = 0; f < legReaders.size(); f++) {
                  // Records.read keeps any failure of a file; nothing else here can throw.
                  legFiles.add(readLegs(legReaders.get(f), legNames.get(f), legSources));
                }
              },
              "kervan-leg-csv");
      worker.setDaemon(true);
      worker.start();
    }
    try {
      Network.Builder builder = Network.builder();
      Sources nodeSources = new Sources(sourceTable);
      Map<String, Long> nodeLines = new HashMap<>();
      for (int f = 0; f < nodeReaders.size(); f++) {
        Records<Node> nodes =
            Records.read(
                nodeReaders.get(f), nodeNames.get(f), NODE_COLUMNS, c -> readNode(c, nodeSources));
        for (int i = 0; i < nodes.size(); i++) {
          Node node = nodes.items.get(i);
          Long first = nodeLines.putIfAbsent(node.id(), nodes.lines[i]);
          if (first != null) {
            throw nodes.error(
                i,
                "id",
                "id must be unique, was duplicate '"
                    + node.id()
                    + "' (first on line "
                    + first
                    + ")");
          }
          builder.addNode(node);
        }
        nodes.rethrowFailure();
      }
      if (worker != null) {
        Uninterruptibles.joinUninterruptibly(worker);
        worker = null;
      }
      String nodesName = String.join(", ", nodeNames);
      Sources legSources = new Sources(sourceTable);
      Map<String, Long> legLines = new HashMap<>();
      for (int f = 0; f < legReaders.size(); f++) {
        Records<Leg> legs =
            legsOnOwnThread
                ? legFiles.get(f)
                : readLegs(legReaders.get(f), legNames.get(f), legSources);
        for (int i = 0; i < legs.size(); i++) {
          Leg leg = legs.items.get(i);
          if (!nodeLines.containsKey(leg.from())) {
            throw legs.error(
                i,
                "from",
                "from must name a node of " + nodesName + ", was unknown id '" + leg.from() + "'");
          }
          if (!nodeLines.containsKey(leg.to())) {
            throw legs.error(
                i,
                "to",
                "to must name a node of " + nodesName + ", was unknown id '" + leg.to() + "'");
          }
          String key = leg.key();
          Long first = legLines.putIfAbsent(key, legs.lines[i]);
          if (first != null) {
            throw legs.error(
                i,
                "from",
                "leg key (from, to, mode) must be unique, was duplicate "
                    + key
                    + " (first on line "
                    + first
                    + ")");
          }
          if (keep.test(leg)) {
            builder.addLeg(leg);
          }
        }
        legs.rethrowFailure();
      }
      return builder.build();
    } finally {
      if (worker != null) {
        Uninterruptibles.joinUninterruptibly(worker);
      }
    }
  }

  private static Records<Leg> readLegs(Reader reader, String file, Sources sources) {
    return Records.read(reader, file, LEG_COLUMNS, c -> readLeg(c, sources));
  }

  /**
   * One file's rows, each read and checked on its own, with the line it starts on, and the error
   * that stopped the file, if any: to be checked against each other in file order, then thrown.
   */
  private static final class Records<T> {
    final String file;
    final List<T> items = new ArrayList<>();
    long[] lines = new long[256];
    List<String> header = List.of();
    // RuntimeException or Error: whatever a single pass would have thrown at this row.
    Throwable failure;

    private Records(String file) {
      this.file = file;
    }

    static <T> Records<T> read(
        Reader reader, String file, List<String> required, Function<Cells, T> row) {
      Records<T> records = new Records<>(file);
      try {
        forEachRecord(
            reader,
            file,
            required,
            cells -> {
              T item = row.apply(cells);
              int i = records.items.size();
              if (i == records.lines.length) {
                records.lines = Arrays.copyOf(records.lines, 2 * i);
              }
              records.lines[i] = cells.line;
              records.header = cells.header;
              records.items.add(item);
            });
      } catch (RuntimeException | Error e) {
        records.failure = e;
      }
      return records;
    }

    int size() {
      return items.size();
    }

    DataFormatException error(int i, String column, String rule) {
      return columnError(file, lines[i], header, column, rule, null);
    }

    void rethrowFailure() {
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
    }
  }

  private static DataFormatException columnError(
      String file, long line, List<String> header, String column, String rule, Throwable cause) {
    int index = header.indexOf(column);
    return index < 0
        ? new DataFormatException(file, line, 0, "", rule, cause)
        : new DataFormatException(file, line, index + 1, column, rule, cause);
  }

  /**
   * Reads a source table: a CSV file with the columns {@code key} and {@code source}, one row per
   * key, for {@link #read(List, List, List, List, java.util.function.Predicate, Map, boolean)}.
   *
   * @param table the table's text
   * @param name the file name for error messages
   * @return the sources by key, in file order
   * @throws DataFormatException if a key is empty, not of lower-case letters, digits and hyphens,
   *     or repeated
   */
  static Map<String, String> readSourceTable(Reader table, String name) {
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    forEachRecord(
        table,
        name,
        List.of("key", "source"),
        cells -> {
          String key = cells.text("key");
          if (!SOURCE_KEY.matcher(key).matches()) {
            throw cells.error(
                "key", "key must be lower-case letters, digits and hyphens, was '" + key + "'");
          }
          if (sources.putIfAbsent(key, cells.text("source")) != null) {
            throw cells.error("key", "key must be unique, was duplicate '" + key + "'");
          }
        });
    return sources;
  }

  private static final Pattern SOURCE_KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /**
   * Writes a network as a node file and a leg file in UTF-8, replacing existing files. Each file is
   * written to a temporary file beside it and moved into place once both are complete, so a
   * failure leaves the existing files as they were and no partial file behind.
   *
   * @param network the network
   * @param nodesCsv the node file to write
   * @param legsCsv the leg file to write
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Network network, Path nodesCsv, Path legsCsv) {
    checkNotNull(network, "network");
    checkNotNull(nodesCsv, "nodesCsv");
    checkNotNull(legsCsv, "legsCsv");
    // Both files are staged and moved into place only when both were written in full.
    try (AtomicFiles.Staged n = AtomicFiles.stage(nodesCsv);
        AtomicFiles.Staged l = AtomicFiles.stage(legsCsv)) {
      write(network, n.writer(), l.writer());
      n.commit();
      l.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a network as node CSV and leg CSV to two character sinks, which are flushed if they are
   * {@link java.io.Flushable} but not closed. Reading the output back gives an equal network.
   *
   * @param network the network
   * @param nodes where the node CSV goes
   * @param legs where the leg CSV goes
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Network network, Appendable nodes, Appendable legs) {
    checkNotNull(network, "network");
    checkNotNull(nodes, "nodes");
    checkNotNull(legs, "legs");
    try {
      CSVPrinter n = new CSVPrinter(nodes, writeFormat(NODE_COLUMNS));
      for (Node node : network.nodes()) {
        n.printRecord(nodeCells(node));
      }
      n.flush();
      boolean classes = false;
      boolean irregular = false;
      for (Leg leg : network.legs()) {
        classes |= leg.emissionClass().isPresent();
        irregular |= leg.headwayCv() > 0;
      }
      ImmutableList.Builder<String> legColumns = ImmutableList.<String>builder().addAll(LEG_COLUMNS);
      if (classes) {
        legColumns.add("emission_class");
      }
      if (irregular) {
        legColumns.add("headway_cv");
      }
      legColumns.add(GEOMETRY_COLUMN);
      CSVPrinter l = new CSVPrinter(legs, writeFormat(legColumns.build()));
      for (Leg leg : network.legs()) {
        Object[] base = legCells(leg);
        // The optional cells go before the geometry, which is always the last cell.
        List<Object> cells = new ArrayList<>(Arrays.asList(base).subList(0, base.length - 1));
        if (classes) {
          cells.add(leg.emissionClass().map(Enum::name).orElse(""));
        }
        if (irregular) {
          cells.add(leg.headwayCv() > 0 ? Double.toString(leg.headwayCv()) : "");
        }
        cells.add(base[base.length - 1]);
        l.printRecord(cells);
      }
      l.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CSVFormat writeFormat(List<String> columns) {
    return CSVFormat.RFC4180.builder().setHeader(columns.toArray(new String[0])).get();
  }

  private static Object[] nodeCells(Node n) {
    return new Object[] {
      n.id(),
      n.name(),
      n.country().orElse(""),
      n.kind().name(),
      Double.toString(n.position().latitude()),
      Double.toString(n.position().longitude()),
      Double.toString(n.transshipmentHours()),
      Double.toString(n.transshipmentCostUsd()),
      Double.toString(n.dwellHours()),
      Double.toString(n.dwellCostUsd()),
      Double.toString(n.borderHours()),
      Double.toString(n.borderCostUsd()),
      n.timeSpread().map(s -> Double.toString(s.lowFactor())).orElse(""),
      n.timeSpread().map(s -> Double.toString(s.highFactor())).orElse(""),
      n.source()
    };
  }

  private static Object[] legCells(Leg l) {
    return new Object[] {
      l.from(),
      l.to(),
      l.mode().name(),
      Double.toString(l.distanceKm()),
      Double.toString(l.speedKmh()),
      l.departuresPerWeek().isPresent() ? Double.toString(l.departuresPerWeek().getAsDouble()) : "",
      Double.toString(l.fixedCostUsd()),
      Double.toString(l.costUsdPerKm()),
      JOIN.join(l.countries()),
      JOIN.join(l.chokepoints()),
      l.timeSpread().map(s -> Double.toString(s.lowFactor())).orElse(""),
      l.timeSpread().map(s -> Double.toString(s.highFactor())).orElse(""),
      l.capacityTeuPerYear().isPresent()
          ? Double.toString(l.capacityTeuPerYear().getAsDouble())
          : "",
      l.status().name(),
      l.gaugeMm().isPresent() ? Integer.toString(l.gaugeMm().getAsInt()) : "",
      l.source(),
      geometryCell(l.geometry())
    };
  }

  private static String geometryCell(Polyline geometry) {
    StringBuilder b = new StringBuilder(geometry.size() * 18);
    for (int i = 0; i < geometry.size(); i++) {
      if (i > 0) {
        b.append(';');
      }
      b.append(geometry.latitude(i)).append(' ').append(geometry.longitude(i));
    }
    return b.toString();
  }

  private static Node readNode(Cells c, Sources sources) {
    String id = c.text("id");
    String name = c.shared("name", sources);
    String country = c.text("country");
    NodeKind kind = c.enumValue("kind", NODE_KINDS);
    double lat = c.decimal("latitude");
    double lon = c.decimal("longitude");
    GeoPoint position = c.model(NODE_FIELDS, () -> GeoPoint.of(lat, lon));
    double th = c.decimalOrZero("transshipment_hours");
    double tc = c.decimalOrZero("transshipment_cost_usd");
    double dh = c.decimalOrZero("dwell_hours");
    double dc = c.decimalOrZero("dwell_cost_usd");
    double bh = c.decimalOrZero("border_hours");
    double bc = c.decimalOrZero("border_cost_usd");
    Optional<TimeSpread> spread = c.spread(NODE_FIELDS);
    String source = c.source(sources);
    return c.model(
        NODE_FIELDS,
        () ->
            new Node(
                id,
                name,
                country.isEmpty() ? Optional.empty() : Optional.of(country),
                kind,
                position,
                th,
                tc,
                dh,
                dc,
                bh,
                bc,
                spread,
                source));
  }

  private static Leg readLeg(Cells c, Sources sources) {
    String from = c.text("from");
    String to = c.text("to");
    Mode mode = c.enumValue("mode", MODES);
    double km = c.decimal("distance_km");
    double kmh = c.decimal("speed_kmh");
    OptionalDouble departures = c.optionalDecimal("departures_per_week");
    double fixed = c.decimalOrZero("fixed_cost_usd");
    double perKm = c.decimalOrZero("cost_usd_per_km");
    List<String> countries = c.list("countries");
    List<String> chokepoints = c.list("chokepoints");
    Optional<TimeSpread> spread = c.spread(LEG_FIELDS);
    OptionalDouble capacity = c.optionalDecimal("capacity_teu_per_year");
    LegStatus status = c.enumValue("status", STATUSES);
    OptionalInt gauge = c.optionalInteger("gauge_mm");
    String source = c.source(sources);
    Optional<EmissionClass> emissionClass =
        c.has("emission_class") && !c.text("emission_class").isBlank()
            ? Optional.of(c.enumValue("emission_class", EMISSION_CLASSES))
            : Optional.empty();
    Polyline geometry = c.geometry();
    double headwayCv =
        c.has("headway_cv") ? c.optionalDecimal("headway_cv").orElse(0) : 0;
    return c.model(
        LEG_FIELDS,
        () ->
            new Leg(
                from,
                to,
                mode,
                km,
                kmh,
                departures,
                fixed,
                perKm,
                countries,
                chokepoints,
                spread,
                capacity,
                status,
                gauge,
                source,
                emissionClass,
                geometry,
                headwayCv));
  }

  private interface RecordHandler {
    void accept(Cells cells);
  }

  private static void forEachRecord(
      Reader reader, String file, List<String> required, RecordHandler handler) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get();
    } catch (CharacterCodingException e) {
      throw notUtf8(file, e);
    } catch (CSVException e) {
      throw new DataFormatException(
          file, 1, 0, "", "header must be well-formed CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      // commons-csv rejects a header with an empty name before any record is read.
      throw new DataFormatException(
          file, 1, 0, "", "header must name every column: " + e.getMessage(), e);
    }
    try (parser) {
      List<String> header = parser.getHeaderNames();
      ImmutableSet<String> names = ImmutableSet.copyOf(header);
      if (names.size() != header.size()) {
        throw new DataFormatException(
            file, 1, 0, "", "header must name each column once, was " + header, null);
      }
      for (String column : required) {
        if (!header.contains(column)) {
          throw new DataFormatException(
              file, 1, 0, "", "header must have a column '" + column + "', was " + header, null);
        }
      }
      long lastLine = parser.getCurrentLineNumber();
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CharacterCodingException) {
            throw notUtf8(file, e.getCause());
          }
          // commons-csv reports malformed quoting as an I/O error; it is a format error here.
          throw new DataFormatException(
              file,
              lastLine + 1,
              0,
              "",
              "record must be well-formed CSV: " + e.getCause().getMessage(),
              e);
        }
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (record.size() != header.size()) {
          throw new DataFormatException(
              file,
              line,
              0,
              "",
              "record must have " + header.size() + " cells like the header, was " + record.size(),
              null);
        }
        handler.accept(new Cells(file, line, header, names, record));
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Decoders read ahead, so the line of a bad byte is unknown: the error concerns the file.
  private static DataFormatException notUtf8(String file, Throwable cause) {
    return new DataFormatException(
        file, 0, 0, "", "text must be UTF-8, was a malformed byte sequence: " + cause, cause);
  }

  private static Reader skipBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int c = in.read();
    if (c != -1 && c != '\uFEFF') {
      in.unread(c);
    }
    return in;
  }

  /**
   * The source table of one read, and each distinct {@code source} cell resolved once: rows citing
   * the same source share one string, which is cheaper to build, check and compare than a copy per
   * row (the embedded sea layer has thousands of rows citing one of five keys).
   */
  private static final class Sources {
    final Map<String, String> table;
    final Map<String, String> resolved = new HashMap<>();
    final Map<String, String> shared = new HashMap<>();

    Sources(Map<String, String> table) {
      this.table = table;
    }
  }

  /** One record's cells, with the file and line they came from, parsed into typed values. */
  private static final class Cells {
    private final String file;
    private final long line;
    private final List<String> header;
    // The header's names as a set: optional columns are looked up on every record.
    private final Set<String> names;
    private final CSVRecord record;

    Cells(String file, long line, List<String> header, Set<String> names, CSVRecord record) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.names = names;
      this.record = record;
    }

    DataFormatException error(String column, String rule) {
      return error(column, rule, null);
    }

    DataFormatException error(String column, String rule, Throwable cause) {
      return columnError(file, line, header, column, rule, cause);
    }

    String text(String column) {
      return record.get(column);
    }

    boolean has(String column) {
      return names.contains(column);
    }

    /**
     * A cell's text, the same string for every row of the read with the same text (lane vertices
     * share one name): less to keep, and the node's check of its text runs once.
     */
    String shared(String column, Sources sources) {
      String s = text(column);
      String known = sources.shared.putIfAbsent(s, s);
      return known == null ? s : known;
    }

    String source(Sources sources) {
      String s = text("source");
      String known = sources.resolved.get(s);
      if (known != null) {
        return known;
      }
      String r = resolve(s, sources.table);
      sources.resolved.put(s, r);
      return r;
    }

    private String resolve(String s, Map<String, String> table) {
      if (table.isEmpty() || s.indexOf('@') < 0) {
        return s;
      }
      // Part by part, as Splitter.on("; ") would split them, by index: the text between
      // separators is kept, and each part that starts with '@' is replaced by its table entry.
      StringBuilder b = new StringBuilder(s.length() + 256);
      int start = 0;
      while (true) {
        int end = s.indexOf(SOURCE_SEPARATOR, start);
        int stop = end < 0 ? s.length() : end;
        if (s.startsWith("@", start)) {
          String text = table.get(s.substring(start + 1, stop));
          if (text == null) {
            throw error(
                "source",
                "source reference must name a key of the source table " + table.keySet()
                    + ", was '" + s.substring(start, stop) + "'");
          }
          b.append(text);
        } else {
          b.append(s, start, stop);
        }
        if (end < 0) {
          return b.toString();
        }
        b.append(SOURCE_SEPARATOR);
        start = end + SOURCE_SEPARATOR.length();
      }
    }

    Polyline geometry() {
      if (!has(GEOMETRY_COLUMN)) {
        return Polyline.empty();
      }
      String cell = text(GEOMETRY_COLUMN);
      if (cell.isBlank()) {
        return Polyline.empty();
      }
      // Points are split at ';' and trimmed, their two numbers split at runs of spaces: what
      // Splitter.on(';').trimResults() and Splitter.on(' ').omitEmptyStrings() did, by index, as
      // the lane geometry of the embedded sea layer holds thousands of points.
      double[] latLon = new double[32];
      int n = 0;
      int start = 0;
      for (int point = 1; ; point++) {
        int end = cell.indexOf(';', start);
        if (end < 0) {
          end = cell.length();
        }
        String p = WHITESPACE.trimFrom(cell.substring(start, end));
        int space = p.indexOf(' ');
        int second = space;
        while (second >= 0 && second < p.length() && p.charAt(second) == ' ') {
          second++;
        }
        String lat = space < 0 ? p : p.substring(0, space);
        String lon = space < 0 ? "" : p.substring(second);
        if (!isDecimal(lat) || !isDecimal(lon)) {
          throw error(
              GEOMETRY_COLUMN,
              GEOMETRY_COLUMN
                  + " point "
                  + point
                  + " must be 'latitude longitude' in decimal degrees, was '"
                  + p
                  + "'");
        }
        if (n + 2 > latLon.length) {
          latLon = Arrays.copyOf(latLon, 2 * latLon.length);
        }
        latLon[n++] = Double.parseDouble(lat);
        latLon[n++] = Double.parseDouble(lon);
        if (end == cell.length()) {
          break;
        }
        start = end + 1;
      }
      double[] exact = Arrays.copyOf(latLon, n);
      return model(LEG_FIELDS, () -> Polyline.ofLatLon(exact));
    }

    double decimal(String column) {
      String s = text(column).trim();
      if (!isDecimal(s)) {
        throw error(column, column + " must be a decimal number, was '" + text(column) + "'");
      }
      return Double.parseDouble(s);
    }

    double decimalOrZero(String column) {
      return text(column).isBlank() ? 0.0 : decimal(column);
    }

    OptionalDouble optionalDecimal(String column) {
      return text(column).isBlank() ? OptionalDouble.empty() : OptionalDouble.of(decimal(column));
    }

    OptionalInt optionalInteger(String column) {
      String s = text(column).trim();
      if (s.isEmpty()) {
        return OptionalInt.empty();
      }
      if (!INTEGER.matcher(s).matches()) {
        throw error(column, column + " must be an integer, was '" + text(column) + "'");
      }
      return OptionalInt.of(Integer.parseInt(s));
    }

    List<String> list(String column) {
      String s = text(column);
      return s.isBlank() ? List.of() : LIST.splitToList(s);
    }

    <E extends Enum<E>> E enumValue(String column, E[] constants) {
      String s = text(column).strip();
      // ASCII names only, upper-cased in Locale.ROOT: Unicode case folding would take "ſea" or
      // "raıl" for SEA or RAIL, and trim() would drop a trailing control character.
      if (isEnumName(s)) {
        String upper = s.toUpperCase(Locale.ROOT);
        for (E e : constants) {
          if (e.name().equals(upper)) {
            return e;
          }
        }
      }
      throw error(
          column,
          column
              + " must be one of "
              + Arrays.toString(constants)
              + ", was '"
              + text(column)
              + "'");
    }

    Optional<TimeSpread> spread(Map<String, String> fields) {
      OptionalDouble low = optionalDecimal("spread_low");
      OptionalDouble high = optionalDecimal("spread_high");
      if (low.isPresent() != high.isPresent()) {
        String missing = low.isPresent() ? "spread_high" : "spread_low";
        throw error(missing, missing + " must be given with the other spread factor, was empty");
      }
      if (low.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(model(fields, () -> TimeSpread.of(low.getAsDouble(), high.getAsDouble())));
    }

    <T> T model(Map<String, String> fields, java.util.function.Supplier<T> factory) {
      try {
        return factory.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        String message = String.valueOf(e.getMessage());
        int space = message.indexOf(' ');
        String field = space < 0 ? message : message.substring(0, space);
        String column = fields.get(field);
        return rethrow(column == null ? "" : column, message, e);
      }
    }

    private <T> T rethrow(String column, String message, RuntimeException cause) {
      throw error(column, message, cause);
    }
  }
}
