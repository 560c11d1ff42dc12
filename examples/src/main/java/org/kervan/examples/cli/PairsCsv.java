package org.kervan.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The pairs file of {@code kervan batch}: a header with {@code origin} and {@code destination}
 * columns (other columns ignored), one pair per row, comma or semicolon delimited, UTF-8.
 */
final class PairsCsv {
  /** A pair as written, with where it was read from. */
  record Pair(String origin, String destination, Path file, long line) {
    /** E.g. {@code pairs.csv:3 (origin)}, for error messages. */
    String where(String column) {
      return file + ":" + line + " (" + column + ")";
    }
  }

  private PairsCsv() {}

  static List<Pair> read(Path file) {
    String text = UserCsv.readUtf8(file);
    String header = text.lines().findFirst().orElse("");
    try (CSVParser parser = CSVParser.parse(text, UserCsv.format(header))) {
      List<CSVRecord> records = parser.getRecords();
      List<String> names = records.isEmpty() ? List.of() : records.get(0).toList();
      int origin = names.indexOf("origin");
      int destination = names.indexOf("destination");
      if (origin < 0 || destination < 0) {
        throw CliException.badValue("--pairs: " + file + ":1: header must have the columns origin"
            + " and destination, was '" + header + "' (read as "
            + (UserCsv.semicolons(header) ? "semicolon" : "comma") + "-separated)");
      }
      List<Pair> pairs = new ArrayList<>();
      for (CSVRecord r : records.subList(1, records.size())) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        long line = r.getRecordNumber();
        if (r.size() <= Math.max(origin, destination)) {
          throw CliException.badValue("--pairs: " + file + ":" + line + ": row must have "
              + names.size() + " cells, was " + r.size());
        }
        pairs.add(new Pair(r.get(origin).strip(), r.get(destination).strip(), file, line));
      }
      if (pairs.isEmpty()) {
        throw CliException.badValue("--pairs: " + file + " must have at least one pair, was empty");
      }
      return pairs;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw CliException.badValue("--pairs: " + file + ": not readable as CSV: " + e.getMessage());
    }
  }
}
