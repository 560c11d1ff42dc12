package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV forms of the general-equilibrium inputs (RFC 4180, UTF-8, header row; a {@code .gz} file
 * is decompressed):
 *
 * <ul>
 *   <li>a baseline ({@link #BASELINE_COLUMNS}): {@code exporter, importer, flow, ln_cost_term},
 *       one row per directed pair, domestic pairs included, {@code ln_cost_term} being {@code ln
 *       t_ij^(1−σ)} (see {@link GravityBaseline});
 *   <li>a cost change ({@link #COST_COLUMNS}): {@code exporter, importer, delta_ln_t}, one row per
 *       changed directed pair (see {@link CostChange}).
 * </ul>
 *
 * <p>Errors throw {@link PanelFormatException} naming the file, line and column; I/O failures
 * throw {@link UncheckedIOException}. This class has no state and is thread-safe.
 */
public final class GravityCsv {
  /** The baseline file's columns, in the order the writer uses. */
  public static final List<String> BASELINE_COLUMNS =
      List.of("exporter", "importer", "flow", "ln_cost_term");

  /** The cost-change file's columns. */
  public static final List<String> COST_COLUMNS = List.of("exporter", "importer", "delta_ln_t");

  private GravityCsv() {}

  /**
   * Reads a baseline.
   *
   * @param file the baseline CSV
   * @param sigma the elasticity of substitution, {@code > 1}
   * @param referenceCountry the numeraire country
   * @return the baseline
   * @throws PanelFormatException if the file breaks a rule (a pair missing or repeated included)
   */
  public static GravityBaseline readBaseline(Path file, double sigma, String referenceCountry) {
    GravityBaseline.Builder b = GravityBaseline.builder(sigma, referenceCountry);
    String name = file.getFileName().toString();
    parse(
        file,
        BASELINE_COLUMNS,
        (rec, cols, line) -> {
          double flow = TradePanelCsv.number(rec, cols[2], "flow", name, line);
          if (!(flow >= 0)) {
            throw new PanelFormatException(name, line, cols[2] + 1, "flow", "flow must be >= 0, was " + flow);
          }
          try {
            b.add(
                TradePanelCsv.text(rec, cols[0], "exporter", name, line),
                TradePanelCsv.text(rec, cols[1], "importer", name, line),
                flow,
                TradePanelCsv.number(rec, cols[3], "ln_cost_term", name, line));
          } catch (PanelFormatException e) {
            throw e;
          } catch (IllegalArgumentException e) {
            throw new PanelFormatException(name, line, 0, "", e.getMessage());
          }
        });
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new PanelFormatException(name, 0, 0, "", e.getMessage());
    }
  }

  /**
   * Reads a cost change.
   *
   * @param file the cost-change CSV
   * @return the change
   * @throws PanelFormatException if the file breaks a rule (a repeated pair included)
   */
  public static CostChange readCostChange(Path file) {
    CostChange.Builder b = CostChange.builder();
    String name = file.getFileName().toString();
    parse(
        file,
        COST_COLUMNS,
        (rec, cols, line) -> {
          try {
            b.set(
                TradePanelCsv.text(rec, cols[0], "exporter", name, line),
                TradePanelCsv.text(rec, cols[1], "importer", name, line),
                TradePanelCsv.number(rec, cols[2], "delta_ln_t", name, line));
          } catch (PanelFormatException e) {
            throw e;
          } catch (IllegalArgumentException e) {
            throw new PanelFormatException(name, line, 0, "", e.getMessage());
          }
        });
    return b.build();
  }

  /**
   * Writes the baseline of a one-time panel and its fit: each row's flow and {@code Σ_k β_k
   * x_ijk}.
   *
   * @param panel the panel the fit was made on
   * @param fit the fit
   * @param out where to write; not closed
   * @throws IllegalArgumentException if a coefficient is not a covariate of the panel
   * @throws UncheckedIOException if writing fails
   */
  public static void writeBaseline(TradePanel panel, GravityFit fit, Writer out) {
    checkNotNull(panel, "panel");
    checkNotNull(fit, "fit");
    checkNotNull(out, "out");
    List<String> names = fit.coefficientNames();
    try {
      CSVPrinter p =
          new CSVPrinter(
              out, CSVFormat.RFC4180.builder().setHeader(BASELINE_COLUMNS.toArray(new String[0])).get());
      for (int i = 0; i < panel.size(); i++) {
        double lt = 0;
        for (String n : names) {
          lt += fit.coefficient(n) * panel.covariate(n, i);
        }
        p.printRecord(
            panel.exporter(i), panel.importer(i), Double.toString(panel.flow(i)), Double.toString(lt));
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface RowHandler {
    void accept(CSVRecord rec, int[] cols, long line);
  }

  private static void parse(Path file, List<String> columns, RowHandler handler) {
    checkNotNull(file, "file");
    String name = file.getFileName().toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      CSVParser parser =
          CSVParser.parse(
              reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
      Map<String, Integer> header = parser.getHeaderMap();
      int[] cols = new int[columns.size()];
      for (int c = 0; c < cols.length; c++) {
        cols[c] = TradePanelCsv.column(header, columns.get(c), name);
      }
      for (CSVRecord rec : parser) {
        long line = parser.getCurrentLineNumber();
        if (rec.size() != header.size()) {
          throw new PanelFormatException(
              name, line, 0, "", "record must have " + header.size() + " fields, was " + rec.size());
        }
        handler.accept(rec, cols, line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (UncheckedIOException e) {
      throw new PanelFormatException(name, 0, 0, "", "CSV must be well formed: " + e.getMessage());
    }
  }
}
