package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kervan.gravity.GravityCsv;
import org.kervan.gravity.GravityFit;
import org.kervan.gravity.GravityModel;
import org.kervan.gravity.Grouping;
import org.kervan.gravity.LogLinearOls;
import org.kervan.gravity.Ppml;
import org.kervan.gravity.TradePanel;
import org.kervan.gravity.TradePanelCsv;
import org.kervan.gravity.Vce;
import org.kervan.progress.Cancellation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kervan gravity estimate}: PPML (and optionally OLS on ln flow) of a trade panel CSV with
 * absorbed fixed effects; a coefficient table or {@code --json}.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = "PPML gravity estimation with absorbed fixed effects, from a CSV panel.")
final class GravityEstimateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Panel CSV (.csv or .csv.gz).")
  Path file;

  @Option(names = "--flow", defaultValue = "trade", description = "Flow column (default ${DEFAULT-VALUE}).")
  String flow;

  @Option(names = "--exporter", defaultValue = "exporter", description = "Exporter column (default ${DEFAULT-VALUE}).")
  String exporter;

  @Option(names = "--importer", defaultValue = "importer", description = "Importer column (default ${DEFAULT-VALUE}).")
  String importer;

  @Option(names = "--time", defaultValue = "year", description = "Time column (default ${DEFAULT-VALUE}).")
  String time;

  @Option(
      names = "--regressors",
      split = ",",
      required = true,
      description =
          "Regressor columns; log(NAME), or log:NAME without shell quoting, takes the natural log"
              + " of column NAME.")
  List<String> regressors;

  @Option(
      names = "--fe",
      split = ",",
      defaultValue = "exporter-time,importer-time",
      description =
          "Fixed effects: exporter, importer, time, exporter-time, importer-time, pair,"
              + " symmetric-pair, pair-shared-domestic, column:NAME (default ${DEFAULT-VALUE}).")
  List<String> fixedEffects;

  @Option(
      names = "--cluster",
      description = "Cluster standard errors by a grouping (as --fe, e.g. column:pair_id); robust if absent.")
  String cluster;

  @Option(names = "--times", split = ",", description = "Keep only these times, e.g. 1986,1990.")
  List<String> times;

  @Option(names = "--international-only", description = "Drop domestic flows (exporter = importer).")
  boolean internationalOnly;

  @Option(names = "--ols", description = "Also fit OLS on ln flow with the same fixed effects.")
  boolean ols;

  @Option(
      names = "--baseline-out",
      paramLabel = "CSV",
      description = "Write the GE baseline (flow and fitted ln cost term per pair) for one-time panels.")
  Path baselineOut;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Progress bar of the PPML fit on standard error when it is a terminal"
          + " (default on).")
  boolean progress;

  @Override
  public Integer call() {
    // log:NAME is log(NAME) for shells that would read the parentheses.
    regressors =
        regressors.stream()
            .map(r -> r.startsWith("log:") && r.length() > 4 ? "log(" + r.substring(4) + ")" : r)
            .collect(java.util.stream.Collectors.toList());
    Set<String> columns = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (String r : regressors) {
      String col = isLog(r) ? r.substring(4, r.length() - 1) : r;
      columns.add(col);
      names.add(r);
    }
    List<Grouping> fe = new ArrayList<>();
    for (String f : fixedEffects) {
      fe.add(parseGrouping(f));
    }
    Vce vce = cluster == null ? Vce.robust() : Vce.clusteredBy(parseGrouping(cluster));
    for (Grouping g : fe) {
      addColumn(g, columns);
    }
    vce.cluster().ifPresent(g -> addColumn(g, columns));
    TradePanel panel =
        TradePanelCsv.of(exporter, importer, time, flow)
            .withCovariates(new ArrayList<>(columns))
            .read(file);
    for (String r : regressors) {
      if (isLog(r)) {
        String col = r.substring(4, r.length() - 1);
        double[] v = panel.covariateColumn(col);
        for (int i = 0; i < v.length; i++) {
          if (!(v[i] > 0)) {
            throw new IllegalArgumentException(
                col + " must be > 0 to take its log, was " + v[i] + " at row " + (i + 1));
          }
          v[i] = Math.log(v[i]);
        }
        panel = panel.withCovariate(r, v);
      }
    }
    TradePanel all = panel;
    if (internationalOnly || times != null) {
      Set<String> keep = times == null ? null : Set.copyOf(times);
      panel =
          all.filter(
              i ->
                  (!internationalOnly || !all.isDomestic(i))
                      && (keep == null || keep.contains(all.time(i))));
    }
    GravityModel model = new GravityModel(names, fe, vce);
    List<GravityFit> fits = new ArrayList<>();
    TradePanel fitted = panel;
    fits.add(ProgressBars.run("PPML fit", 1000, progress,
        listener -> Ppml.defaults().fit(fitted, model, listener, Cancellation.never())));
    if (ols) {
      fits.add(LogLinearOls.defaults().fit(panel, model));
    }
    if (baselineOut != null) {
      writeBaseline(panel, fits.get(0));
    }
    if (json) {
      JsonArray arr = new JsonArray();
      for (GravityFit f : fits) {
        arr.add(toJson(f));
      }
      JsonObject top = Json.top("gravity-estimate");
      top.add("fits", arr);
      spec.commandLine().getOut().println(Json.GSON.toJson(top));
    } else {
      for (GravityFit f : fits) {
        spec.commandLine().getOut().print(f);
        spec.commandLine().getOut().println();
      }
    }
    return 0;
  }

  private void writeBaseline(TradePanel panel, GravityFit fit) {
    Path tmp = baselineOut.resolveSibling(baselineOut.getFileName() + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        GravityCsv.writeBaseline(panel, fit, w);
      }
      // No half-written file: the baseline appears whole or not at all.
      Files.move(tmp, baselineOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + baselineOut, e);
    }
  }

  private static boolean isLog(String r) {
    return r.startsWith("log(") && r.endsWith(")") && r.length() > 5;
  }

  private Grouping parseGrouping(String text) {
    try {
      return Grouping.parse(text.trim());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void addColumn(Grouping g, Set<String> columns) {
    if (g.name().startsWith("column:")) {
      columns.add(g.name().substring("column:".length()));
    }
  }

  static JsonObject toJson(GravityFit f) {
    JsonObject o = new JsonObject();
    o.addProperty("estimator", f.estimator());
    o.addProperty("observations", f.observations());
    o.addProperty("iterations", f.iterations());
    o.addProperty("deviance", f.deviance());
    o.addProperty("r2", f.r2());
    o.addProperty("clusters", f.clusters());
    o.addProperty("separatedByFixedEffects", f.separatedByFixedEffects());
    o.addProperty("separatedByRegressors", f.separatedByRegressors());
    o.addProperty("droppedZeroFlows", f.droppedZeroFlows());
    JsonArray fe = new JsonArray();
    f.fixedEffectNames().forEach(fe::add);
    o.add("fixedEffects", fe);
    JsonArray coefs = new JsonArray();
    for (String n : f.coefficientNames()) {
      JsonObject c = new JsonObject();
      c.addProperty("name", n);
      c.addProperty("estimate", f.coefficient(n));
      c.addProperty("standardError", f.standardError(n));
      c.addProperty("pValue", f.pValue(n));
      coefs.add(c);
    }
    o.add("coefficients", coefs);
    return o;
  }
}
