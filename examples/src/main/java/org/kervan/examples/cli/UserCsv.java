package org.kervan.examples.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kervan.data.NetworkCsv;
import org.kervan.network.Network;

/**
 * Reads a user's node and leg files in the {@link NetworkCsv} schema, forgiving what spreadsheets
 * produce: a semicolon-delimited file (European locales) is detected from its header and its
 * decimal commas read as points, a byte-order mark is dropped, and optional columns may be left
 * out (their default is an empty cell, i.e. absent or 0; {@code status} defaults to {@code
 * OPERATING} and {@code source} to a note that none was given). Errors still name the user's file,
 * line and column: rows keep their lines and given columns keep their positions.
 */
final class UserCsv {
  /** Columns without which a row means nothing. */
  static final List<String> REQUIRED_NODE_COLUMNS = List.of("id", "name", "kind", "latitude", "longitude");

  static final List<String> REQUIRED_LEG_COLUMNS = List.of("from", "to", "mode", "distance_km", "speed_kmh");

  private static final Map<String, String> DEFAULTS = Map.of(
      "status", "OPERATING", "source", "user data: no source given");

  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

  private UserCsv() {}

  static Network read(Path nodes, Path legs) {
    String n = complete(nodes, NetworkCsv.NODE_COLUMNS, REQUIRED_NODE_COLUMNS);
    String l = complete(legs, NetworkCsv.LEG_COLUMNS, REQUIRED_LEG_COLUMNS);
    return NetworkCsv.read(new StringReader(n), nodes.toString(), new StringReader(l), legs.toString());
  }

  /** The file as comma CSV with every schema column, the given ones first in their order. */
  static String complete(Path file, List<String> columns, List<String> required) {
    String text = readUtf8(file);
    String header = text.lines().findFirst().orElse("");
    boolean semicolons = semicolons(header);
    try (CSVParser parser = CSVParser.parse(text, format(header))) {
      List<CSVRecord> records = parser.getRecords();
      List<String> given = records.isEmpty() ? List.of() : records.get(0).toList();
      List<String> missing = new ArrayList<>();
      for (String r : required) {
        if (!given.contains(r)) {
          missing.add(r);
        }
      }
      if (!missing.isEmpty()) {
        throw CliException.badValue("--network: " + file + ":1: header must have the columns "
            + required + ", was missing " + missing + " (read as "
            + (semicolons ? "semicolon" : "comma") + "-separated; header was '" + header + "')");
      }
      Map<String, String> added = new LinkedHashMap<>();
      for (String c : columns) {
        if (!given.contains(c)) {
          added.put(c, DEFAULTS.getOrDefault(c, ""));
        }
      }
      StringWriter out = new StringWriter();
      try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
        for (int i = 0; i < records.size(); i++) {
          List<String> row = new ArrayList<>();
          for (String cell : records.get(i)) {
            row.add(semicolons && DECIMAL_COMMA.matcher(cell.strip()).matches() ? cell.replace(',', '.') : cell);
          }
          row.addAll(i == 0 ? added.keySet() : added.values());
          printer.printRecord(row);
        }
      }
      return out.toString();
    } catch (IOException | UncheckedIOException e) {
      throw CliException.badValue("--network: " + file + ": not readable as CSV: " + e.getMessage());
    }
  }

  /** A header with semicolons and no commas means a semicolon-delimited file. */
  static boolean semicolons(String header) {
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0;
  }

  /** RFC 4180 with the delimiter the header shows. */
  static CSVFormat format(String header) {
    return CSVFormat.RFC4180.builder().setDelimiter(semicolons(header) ? ';' : ',').get();
  }

  /** The file's text, UTF-8, without a byte-order mark. */
  static String readUtf8(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw CliException.badValue("no such file '" + file + "'");
    } catch (MalformedInputException e) {
      throw CliException.badValue(file + " must be UTF-8 text, was not (save it as CSV UTF-8)");
    } catch (IOException e) {
      throw CliException.badValue("cannot read '" + file + "': " + e.getMessage());
    }
  }
}
