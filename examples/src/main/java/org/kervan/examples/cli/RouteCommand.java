package org.kervan.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kervan.data.DefaultNetwork;
import org.kervan.data.GeoJson;
import org.kervan.network.Corridor;
import org.kervan.network.Network;
import org.kervan.quantity.Speed;
import org.kervan.report.ChartMetric;
import org.kervan.report.CorridorMap;
import org.kervan.report.CorridorTable;
import org.kervan.report.TimeDistanceChart;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.KShortestRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.RouteResult;
import org.kervan.routing.YenKShortestRouter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kervan route}: the best corridor between two nodes, under constraints. */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    versionProvider = KervanCli.Version.class,
    description = "Find the best corridor between two nodes (default network, or --network).")
final class RouteCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin NetworkSource source;

  @Mixin RouteFlags flags;

  @Option(names = "--from", required = true, paramLabel = "ID", description = "Origin node id, e.g. INNSA (any case).")
  String from;

  @Option(names = "--to", required = true, paramLabel = "ID", description = "Destination node id, e.g. GRPIR.")
  String to;

  @Option(names = "--alternatives", defaultValue = "1", paramLabel = "K",
      description = "How many loopless corridors to list, best first, K >= 1 (default 1).")
  int alternatives;

  @Option(names = "--json", description = "Print JSON (schema in the README) instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print the stages as CSV instead of a table.")
  boolean csv;

  @Option(names = "--geojson", paramLabel = "FILE", description = "Also write the best corridor as GeoJSON to FILE.")
  Path geojson;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also write a time-distance chart of the corridors as SVG to FILE.")
  Path svg;

  @Option(names = "--map", paramLabel = "FILE", description = "Also write a map of the corridors over land as SVG to FILE.")
  Path map;

  @Option(
      names = "--sea-speed",
      paramLabel = "KNOTS",
      description =
          "Ship speed on the sea lanes in knots, e.g. 14 for slow steaming (default: the data's 16).")
  Double seaSpeedKnots;

  @Override
  public Integer call() {
    flags.check(spec.commandLine());
    if (json && csv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --json or --csv, not both");
    }
    Flags.inRange("--alternatives", alternatives, 1, KShortestRouter.MAX_K);
    Network network = source.network();
    if (seaSpeedKnots != null) {
      if (!(seaSpeedKnots > 0 && seaSpeedKnots <= 40)) {
        throw CliException.badValue("--sea-speed must be in (0, 40] knots, was " + seaSpeedKnots);
      }
      network = DefaultNetwork.withSeaSpeed(network, Speed.ofKnots(seaSpeedKnots));
    }
    RouteRequest request = flags.request(source, "--from", from, "--to", to);
    List<Corridor> found;
    if (alternatives > 1) {
      found = YenKShortestRouter.of(network).alternatives(request, alternatives);
      if (found.isEmpty()) {
        throw new CliException(KervanCli.NO_ROUTE, "no route: " + AStarRouter.of(network).explain(request));
      }
    } else {
      RouteResult result = AStarRouter.of(network).explain(request);
      if (!result.isFound()) {
        throw new CliException(KervanCli.NO_ROUTE, "no route: " + result);
      }
      found = List.of(result.corridor().orElseThrow());
    }
    List<String> notes = notes(found);
    if (geojson != null) {
      Files2.write("--geojson", geojson, GeoJson.of(found.get(0)));
    }
    if (svg != null) {
      TimeDistanceChart chart = TimeDistanceChart.of(
          request.origin() + " to " + request.destination(), ChartMetric.TIME_DAYS);
      for (int i = 0; i < found.size(); i++) {
        chart = chart.with(label(found, i), found.get(i));
      }
      Files2.write("--svg", svg, chart.toSvg());
    }
    if (map != null) {
      CorridorMap m = CorridorMap.of(request.origin() + " to " + request.destination());
      for (int i = 0; i < found.size(); i++) {
        m = m.with(label(found, i), found.get(i));
      }
      Files2.write("--map", map, m.toSvg());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.GSON.toJson(toJson(request, found, notes)));
    } else if (csv) {
      out.print(toCsv(found));
    } else {
      CorridorTable table = CorridorTable.of();
      for (int i = 0; i < found.size(); i++) {
        table = table.with(label(found, i), found.get(i));
      }
      out.print(table.toText());
      out.println();
      if (found.size() > 1) {
        out.println("Stages of #1:");
      }
      out.print(Stages.table(found.get(0)));
      for (String n : notes) {
        out.println("note: " + n);
      }
    }
    return 0;
  }

  private static String label(List<Corridor> found, int i) {
    return found.size() == 1 ? "best" : "#" + (i + 1);
  }

  private List<String> notes(List<Corridor> found) {
    Set<String> notes = new LinkedHashSet<>();
    for (int i = 0; i < found.size(); i++) {
      String n = flags.scenarioNote(found.get(i));
      if (!n.isEmpty()) {
        notes.add(label(found, i) + " " + n);
      }
    }
    if (found.size() < alternatives) {
      notes.add("only " + found.size() + " loopless corridor" + (found.size() == 1 ? "" : "s")
          + " found of the " + alternatives + " asked for");
    }
    return new ArrayList<>(notes);
  }

  private JsonObject toJson(RouteRequest request, List<Corridor> found, List<String> notes) {
    JsonObject o = Json.top("route");
    o.addProperty("network", source.describe());
    JsonObject req = new JsonObject();
    req.addProperty("from", request.origin());
    req.addProperty("to", request.destination());
    req.addProperty("criterion", flags.criterion.name());
    req.addProperty("scenario", flags.scenario().name());
    req.addProperty("scenarioGiven", flags.scenario != null);
    req.addProperty("alternatives", alternatives);
    o.add("request", req);
    JsonArray corridors = new JsonArray();
    found.forEach(c -> corridors.add(Json.corridor(c)));
    o.add("corridors", corridors);
    o.add("notes", Json.strings(notes));
    return o;
  }

  private static String toCsv(List<Corridor> found) {
    StringBuilder b = new StringBuilder();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader("corridor", "from", "to", "mode", "distance_km", "hours", "cost_usd_per_teu", "via").get();
    try (CSVPrinter p = new CSVPrinter(b, format)) {
      for (int i = 0; i < found.size(); i++) {
        for (Stages.Stage s : Stages.of(found.get(i))) {
          p.printRecord(i + 1, s.from(), s.to(), s.mode(), Json.km(s.distanceKm()).toPlainString(),
              Json.hours(s.hours()).toPlainString(), Json.usd(s.costUsd()).toPlainString(),
              String.join("|", s.via()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    return b.toString();
  }
}
