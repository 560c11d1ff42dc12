package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@link TradePanel} from CSV: RFC 4180, UTF-8, a header row, one row per (exporter,
 * importer, time). The caller names the exporter, importer, time and flow columns, the covariate
 * columns and optionally a weight column; other columns are ignored. Numbers are decimal with a
 * point ({@link Double#parseDouble(String)}); an empty cell, a NaN or an infinite number is an
 * error, and so is a negative flow, a weight {@code <= 0} and a repeated (exporter, importer,
 * time) key.
 *
 * <p><b>Errors.</b> The first broken rule throws a {@link PanelFormatException} naming the source,
 * the line where the record starts (the header is line 1), the column and the rule; no panel is
 * returned. I/O failures throw {@link UncheckedIOException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradePanelCsv {
  private final String exporterColumn;
  private final String importerColumn;
  private final String timeColumn;
  private final String flowColumn;
  private final ImmutableList<String> covariateColumns;
  private final Optional<String> weightColumn;

  private TradePanelCsv(
      String exporterColumn,
      String importerColumn,
      String timeColumn,
      String flowColumn,
      ImmutableList<String> covariateColumns,
      Optional<String> weightColumn) {
    this.exporterColumn = exporterColumn;
    this.importerColumn = importerColumn;
    this.timeColumn = timeColumn;
    this.flowColumn = flowColumn;
    this.covariateColumns = covariateColumns;
    this.weightColumn = weightColumn;
  }

  /**
   * Returns a reader of the given key and flow columns, with no covariates and no weights.
   *
   * @param exporterColumn the exporter column's header, e.g. {@code exporter}
   * @param importerColumn the importer column's header
   * @param timeColumn the time column's header, e.g. {@code year}
   * @param flowColumn the flow column's header, e.g. {@code trade}
   * @return the reader
   */
  public static TradePanelCsv of(
      String exporterColumn, String importerColumn, String timeColumn, String flowColumn) {
    return new TradePanelCsv(
        checkNotNull(exporterColumn, "exporterColumn"),
        checkNotNull(importerColumn, "importerColumn"),
        checkNotNull(timeColumn, "timeColumn"),
        checkNotNull(flowColumn, "flowColumn"),
        ImmutableList.of(),
        Optional.empty());
  }

  /**
   * Returns a copy that also reads these covariate columns.
   *
   * @param columns the covariate headers, distinct
   * @return a new reader
   */
  public TradePanelCsv withCovariates(List<String> columns) {
    return new TradePanelCsv(
        exporterColumn,
        importerColumn,
        timeColumn,
        flowColumn,
        ImmutableList.copyOf(checkNotNull(columns, "columns")),
        weightColumn);
  }

  /**
   * Returns a copy that reads row weights from a column.
   *
   * @param column the weight column's header; its values must be finite and {@code > 0}
   * @return a new reader
   */
  public TradePanelCsv withWeights(String column) {
    return new TradePanelCsv(
        exporterColumn,
        importerColumn,
        timeColumn,
        flowColumn,
        covariateColumns,
        Optional.of(checkNotNull(column, "column")));
  }

  /**
   * Reads a file; a name ending in {@code .gz} is decompressed with gzip.
   *
   * @param file the file
   * @return the panel
   * @throws PanelFormatException if the content breaks a rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public TradePanel read(Path file) {
    checkNotNull(file, "file");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads CSV text; the reader is not closed.
   *
   * @param reader the CSV text
   * @param sourceName the name used in error messages, e.g. the file name
   * @return the panel
   * @throws PanelFormatException if the content breaks a rule
   * @throws UncheckedIOException if the reader fails
   */
  public TradePanel read(Reader reader, String sourceName) {
    checkNotNull(reader, "reader");
    checkNotNull(sourceName, "sourceName");
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try {
      CSVParser parser = CSVParser.parse(reader, format);
      Map<String, Integer> header = parser.getHeaderMap();
      int ex = column(header, exporterColumn, sourceName);
      int im = column(header, importerColumn, sourceName);
      int ti = column(header, timeColumn, sourceName);
      int fl = column(header, flowColumn, sourceName);
      int[] cov = new int[covariateColumns.size()];
      for (int c = 0; c < cov.length; c++) {
        cov[c] = column(header, covariateColumns.get(c), sourceName);
      }
      int we = weightColumn.isPresent() ? column(header, weightColumn.get(), sourceName) : -1;
      TradePanel.Builder builder = TradePanel.builder(covariateColumns);
      List<Long> lines = new ArrayList<>();
      double[] values = new double[cov.length];
      for (CSVRecord rec : parser) {
        long line = parser.getCurrentLineNumber();
        if (rec.size() != header.size()) {
          throw new PanelFormatException(
              sourceName,
              line,
              0,
              "",
              "record must have " + header.size() + " fields, was " + rec.size());
        }
        String e = text(rec, ex, exporterColumn, sourceName, line);
        String m = text(rec, im, importerColumn, sourceName, line);
        String t = text(rec, ti, timeColumn, sourceName, line);
        double f = number(rec, fl, flowColumn, sourceName, line);
        if (!(f >= 0)) {
          throw new PanelFormatException(
              sourceName, line, fl + 1, flowColumn, flowColumn + " must be >= 0, was " + f);
        }
        for (int c = 0; c < cov.length; c++) {
          values[c] = number(rec, cov[c], covariateColumns.get(c), sourceName, line);
        }
        if (we >= 0) {
          double w = number(rec, we, weightColumn.get(), sourceName, line);
          if (!(w > 0)) {
            throw new PanelFormatException(
                sourceName,
                line,
                we + 1,
                weightColumn.get(),
                weightColumn.get() + " must be > 0, was " + w);
          }
          builder.addWeighted(e, m, t, f, w, values);
        } else {
          builder.add(e, m, t, f, values);
        }
        lines.add(line);
      }
      int[] dup = builder.firstDuplicate();
      if (dup.length == 2) {
        throw new PanelFormatException(
            sourceName,
            lines.get(dup[1]),
            0,
            "",
            "(exporter, importer, time) keys must be unique, was a repeat of line "
                + lines.get(dup[0]));
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    } catch (UncheckedIOException e) {
      // commons-csv reports malformed quoting as an unchecked I/O failure: that is a data error.
      throw new PanelFormatException(sourceName, 0, 0, "", "CSV must be well formed: " + e.getMessage());
    }
  }

  static int column(Map<String, Integer> header, String name, String source) {
    Integer c = header.get(name);
    if (c == null) {
      throw new PanelFormatException(
          source, 1, 0, "", "header must have a column '" + name + "', was " + header.keySet());
    }
    return c;
  }

  static String text(CSVRecord rec, int col, String name, String source, long line) {
    String v = rec.get(col).trim();
    if (v.isEmpty()) {
      throw new PanelFormatException(source, line, col + 1, name, name + " must be non-empty, was ''");
    }
    return v;
  }

  static double number(CSVRecord rec, int col, String name, String source, long line) {
    String v = rec.get(col).trim();
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new PanelFormatException(
          source, line, col + 1, name, name + " must be a decimal number, was '" + v + "'");
    }
    if (!(Math.abs(d) < Double.POSITIVE_INFINITY)) {
      throw new PanelFormatException(
          source, line, col + 1, name, name + " must be finite, was '" + v + "'");
    }
    return d;
  }
}
