package org.kervan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kervan.network.Corridor;
import org.kervan.progress.Cancellation;
import org.kervan.progress.ProgressListener;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.RouteResult;
import org.kervan.routing.Router;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kervan batch}: routes every origin-destination pair of a CSV file under the same flags as
 * {@code route} and writes one CSV row per pair, in input order. Every id is checked before any
 * routing starts; a pair without a route is a row with status {@code NO_ROUTE}, not an error.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description = "Route every origin,destination pair of a CSV file; one CSV row per pair."
        + " A progress bar shows on standard error when run in a terminal.")
final class BatchCommand implements Callable<Integer> {
  /** The result file's columns. */
  static final List<String> COLUMNS = List.of("origin", "destination", "status", "total_days",
      "total_cost_usd_per_teu", "distance_km", "countries", "chokepoints", "note");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin NetworkSource source;

  @Mixin RouteFlags flags;

  @Option(names = "--pairs", required = true, paramLabel = "CSV",
      description = "Pairs to route: a CSV with columns origin,destination (comma or semicolon).")
  Path pairs;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the results to FILE (whole or not at all) instead of standard output.")
  Path outFile;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Progress bar on standard error when it is a terminal (default on).")
  boolean progress;

  @Override
  public Integer call() {
    flags.check(spec.commandLine());
    List<PairsCsv.Pair> read = PairsCsv.read(pairs);
    List<RouteRequest> requests = new ArrayList<>();
    for (PairsCsv.Pair p : read) {
      try {
        requests.add(flags.request(source, p.where("origin"), p.origin(), p.where("destination"), p.destination()));
      } catch (IllegalArgumentException e) {
        throw CliException.badValue(p.file() + ":" + p.line() + ": " + e.getMessage());
      }
    }
    Router router = AStarRouter.of(source.network());
    Cancellation cancel = Cancellation.create();
    List<RouteResult> results =
        ProgressBars.run("routing", requests.size(), progress,
            listener -> routeAll(router, requests, listener, cancel));
    String csv = toCsv(read, results);
    if (outFile != null) {
      Files2.write("--out", outFile, csv);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(csv);
    }
    return 0;
  }

  /** Routes each request in order, reporting after each one and stopping when cancelled. */
  static List<RouteResult> routeAll(Router router, List<RouteRequest> requests,
      ProgressListener listener, Cancellation cancel) {
    List<RouteResult> results = new ArrayList<>(requests.size());
    listener.onProgress(0, requests.size());
    for (RouteRequest r : requests) {
      cancel.throwIfCancelled();
      results.add(router.explain(r));
      listener.onProgress(results.size(), requests.size());
    }
    return results;
  }

  private String toCsv(List<PairsCsv.Pair> read, List<RouteResult> results) {
    StringWriter text = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader(COLUMNS.toArray(new String[0])).get();
    try (CSVPrinter p = new CSVPrinter(text, format)) {
      for (int i = 0; i < results.size(); i++) {
        RouteResult r = results.get(i);
        String origin = r.request().origin();
        String destination = r.request().destination();
        if (r.isFound()) {
          Corridor c = r.corridor().orElseThrow();
          p.printRecord(origin, destination, "FOUND", Json.days(c.totalDays()).toPlainString(),
              Json.usd(c.totalCostUsd()).toPlainString(), Json.km(c.distanceKm()).toPlainString(),
              String.join("|", c.countries()), String.join("|", c.chokepoints()), flags.scenarioNote(c));
        } else {
          p.printRecord(origin, destination, "NO_ROUTE", "", "", "", "", "", r.toString());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return text.toString();
  }
}
