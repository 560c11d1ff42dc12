package org.kervan.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.kervan.data.DefaultNetwork;
import org.kervan.data.GeoJson;
import org.kervan.elasticity.Calibration;
import org.kervan.elasticity.Claim;
import org.kervan.elasticity.ElasticityComparison;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Presets;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Speed;
import org.kervan.report.ChartMetric;
import org.kervan.report.CorridorTable;
import org.kervan.report.TimeDistanceChart;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.routing.Router;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.GainMonteCarlo;

/**
 * Reproduces, and then takes apart, the claim that containers from Mumbai could reach Europe in
 * ten days over the India–Middle East–Europe Corridor (IMEC).
 *
 * <p>On the embedded default network it routes from Nhava Sheva (JNPT) and Mundra to Piraeus and
 * Genoa four ways: all sea via Suez; all sea round the Cape (Red Sea closed); IMEC as planned (sea
 * to the UAE, rail across Saudi Arabia and Jordan to Haifa, sea to Europe); and IMEC as it runs
 * today (trucks where the rail is missing). It prints each corridor's days with their breakdown,
 * cost, countries and chokepoints; the ten-day check with the assumptions it rests on; a
 * sensitivity table and the break-even values that keep IMEC at or under ten days; and the trade
 * effect for India–EU trade under each elasticity family, with Monte Carlo P5/P50/P95. It writes
 * time- and cost-distance charts (SVG) and the corridors (GeoJSON) to an output folder.
 */
public final class MumbaiToEurope {
  /** The claim under test: Mumbai to Europe in ten days. */
  static final double CLAIM_DAYS = 10.0;

  /**
   * EU–India trade in goods, both directions: EUR 124 billion in 2023 (European Commission, DG
   * Trade, "EU trade relations with India", 2024), converted at the ECB's 2023 average reference
   * rate of 1.0813 USD/EUR.
   */
  static final double INDIA_EU_TRADE_USD = 124e9 * 1.0813;

  static final String TRADE_SOURCE =
      "EU-India goods trade, both ways: EUR 124 bn in 2023 (European Commission, DG Trade);"
          + " USD at the ECB 2023 average rate 1.0813";

  private static final Mode[] NOT_SEA = {Mode.RAIL, Mode.ROAD, Mode.FERRY, Mode.INLAND_WATERWAY, Mode.AIR};
  private static final String[] RED_SEA = {"CP_BAB_EL_MANDEB", "CP_SUEZ"};

  /** The four ways from India to Europe compared. */
  enum Way {
    SUEZ("All sea via Suez"),
    CAPE("All sea round the Cape (Red Sea closed)"),
    IMEC_PLANNED("IMEC as planned (rail)"),
    IMEC_TODAY("IMEC today (road bridge)");

    final String label;

    Way(String label) {
      this.label = label;
    }

    RouteRequest request(String from, String to) {
      RouteRequest r = RouteRequest.of(from, to);
      switch (this) {
        case SUEZ:
          return r.avoidingModes(NOT_SEA);
        case CAPE:
          return r.avoidingModes(NOT_SEA).avoidingChokepoints(RED_SEA);
        case IMEC_PLANNED:
          // Through Haifa without the Red Sea, and by rail: the corridor as announced.
          return r.via("ILHFA").avoidingChokepoints(RED_SEA).avoidingModes(Mode.ROAD);
        default:
          // What runs today: no planned or unbuilt links, so trucks bridge the rail gaps.
          return r.via("ILHFA")
              .avoidingChokepoints(RED_SEA)
              .avoidingStatuses(LegStatus.PLANNED, LegStatus.UNDER_CONSTRUCTION);
      }
    }
  }

  /** One parameter group varied in the sensitivity analysis. */
  enum Parameter {
    SEA_SPEED("sea speed", "kn"),
    RAIL_SPEED("rail speed", "km/day"),
    PORT_TRANSFER("port transfer per port", "h"),
    BORDER("border clearance per border", "h"),
    JUNCTION_DWELL("rail junction dwell per stop", "h");

    final String label;
    final String unit;

    Parameter(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }
  }

  /**
   * One row of the sensitivity table.
   *
   * @param parameter the parameter group
   * @param baseValue its value in the corridor, in its unit (the mean over the legs or nodes)
   * @param daysAtMinus25 total days with the parameter at 75%
   * @param daysAtPlus25 total days with the parameter at 125%
   * @param breakEvenValue the value at which the total is exactly ten days, or NaN if none
   */
  record Sensitivity(
      Parameter parameter,
      double baseValue,
      double daysAtMinus25,
      double daysAtPlus25,
      double breakEvenValue) {
    double swingDays() {
      return Math.abs(daysAtPlus25 - daysAtMinus25);
    }
  }

  /**
   * What the example found, for tests.
   *
   * @param corridors the corridors from Nhava Sheva to Piraeus, by way
   * @param mundra the corridors from Mundra to Piraeus, by way
   * @param sensitivities the sensitivity rows, largest swing first
   * @param versusSuez the elasticity comparison of IMEC as planned against Suez
   * @param versusCape the elasticity comparison of IMEC as planned against the Cape
   * @param monteCarlo the Monte Carlo gains of IMEC against the Cape, by label
   * @param files the files written
   */
  record Result(
      Map<Way, Corridor> corridors,
      Map<Way, Corridor> mundra,
      List<Sensitivity> sensitivities,
      ElasticityComparison versusSuez,
      ElasticityComparison versusCape,
      Map<String, GainDistribution> monteCarlo,
      List<Path> files) {}

  private MumbaiToEurope() {}

  /**
   * Runs the example on the embedded default network.
   *
   * @param args optional: the output folder (default {@code kervan-output})
   */
  public static void main(String[] args) {
    run(System.out, Path.of(args.length > 0 ? args[0] : "kervan-output"));
  }

  static Result run(PrintStream out, Path outputDir) {
    Network network = DefaultNetwork.load();
    Router router = AStarRouter.of(network);
    out.println("Mumbai to Europe: is ten days real?");
    out.println("=================================");
    out.println(
        "Default network: " + network + "; every number carries its source or says it is an"
            + " assumption (DefaultNetwork.sources()).");
    out.println();

    Map<Way, Corridor> jnpt = routes(router, "INNSA", "GRPIR");
    Map<Way, Corridor> mundra = routes(router, "INMUN", "GRPIR");
    Map<Way, Corridor> genoa = routes(router, "INNSA", "ITGOA");
    printRoutes(out, "Nhava Sheva (JNPT) -> Piraeus", jnpt);
    printRoutes(out, "Mundra -> Piraeus", mundra);
    printRoutes(out, "Nhava Sheva (JNPT) -> Genoa", genoa);

    Corridor imec = jnpt.get(Way.IMEC_PLANNED);
    printTenDays(out, imec, mundra.get(Way.IMEC_PLANNED), jnpt.get(Way.SUEZ));
    List<Sensitivity> sens = sensitivities(imec);
    printSensitivities(out, imec, sens);

    ElasticityComparison vsSuez = comparison(jnpt.get(Way.SUEZ), imec);
    ElasticityComparison vsCape = comparison(jnpt.get(Way.CAPE), imec);
    Map<String, GainDistribution> mc = monteCarlo(jnpt.get(Way.CAPE), imec, jnpt.get(Way.SUEZ));
    printTrade(out, jnpt, vsSuez, vsCape, mc);

    List<Path> files = writeFiles(outputDir, jnpt);
    out.println("Charts and GeoJSON written to " + outputDir.toAbsolutePath() + ":");
    for (Path f : files) {
      out.println("  " + f.getFileName());
    }
    return new Result(jnpt, mundra, sens, vsSuez, vsCape, mc, files);
  }

  static Map<Way, Corridor> routes(Router router, String from, String to) {
    Map<Way, Corridor> result = new LinkedHashMap<>();
    for (Way w : Way.values()) {
      result.put(
          w,
          router
              .route(w.request(from, to))
              .orElseThrow(() -> new IllegalStateException("no route for " + w + " " + from + "->" + to)));
    }
    return result;
  }

  private static void printRoutes(PrintStream out, String title, Map<Way, Corridor> routes) {
    out.println(title + " (days; running = sailing and rail/road running time)");
    CorridorTable table = CorridorTable.of();
    for (Map.Entry<Way, Corridor> e : routes.entrySet()) {
      table = table.with(e.getKey().label, e.getValue());
    }
    out.print(table.toText());
    out.println();
  }

  private static void printTenDays(PrintStream out, Corridor imec, Corridor mundra, Corridor suez) {
    out.println("The ten-day claim");
    out.println("-----------------");
    out.printf(
        Locale.ROOT,
        "IMEC as planned, Nhava Sheva -> Piraeus: %.1f days (Mundra: %.1f days); the Suez sea"
            + " route takes %.1f days.%n",
        imec.totalDays(),
        mundra.totalDays(),
        suez.totalDays());
    double overDays = imec.totalDays() - CLAIM_DAYS;
    out.printf(
        Locale.ROOT,
        Math.abs(overDays) <= 1
            ? "So: about ten days, yes (%+.1f days against the claim)%s.%n"
            : "So: not ten days (%+.1f days against the claim, with a port call at each end of"
                + " both sea stretches)%s.%n",
        overDays,
        imec.totalDays() < suez.totalDays() ? "" : " -- and not faster than Suez while the Red Sea is open");
    out.println("It rests on these parameters of the default data:");
    for (Corridor.Step s : imec.steps()) {
      if (s.transfer() || s.borderHours() > 0) {
        Node n = s.node();
        String what = s.transfer() ? "transshipment" : "border";
        double hours = s.transfer() ? s.transshipmentHours() : s.borderHours();
        out.printf(
            Locale.ROOT,
            "  %-22s %-13s %5.1f h  (%s)%n",
            n.id(),
            what,
            hours,
            part(n.source(), s.transfer() ? "transshipment" : "border"));
      }
    }
    Leg sea = first(imec, Mode.SEA);
    Leg rail = first(imec, Mode.RAIL);
    out.printf(
        Locale.ROOT,
        "  %-22s %-13s %5.1f kn (%s)%n",
        "sea legs",
        "speed",
        Speed.ofKilometresPerHour(sea.speedKmh()).toKnots(),
        part(sea.source(), "speed"));
    out.printf(
        Locale.ROOT,
        "  %-22s %-13s %5.0f km/day (%s)%n",
        "rail legs",
        "speed",
        rail.speedKmh() * 24,
        part(rail.source(), "speed"));
    long planned = imec.legs().stream().filter(l -> l.status() != LegStatus.OPERATING).count();
    out.printf(
        Locale.ROOT,
        "  %d of its %d legs are not built yet (status PLANNED or UNDER_CONSTRUCTION).%n%n",
        planned,
        imec.legs().size());
  }

  private static Leg first(Corridor c, Mode mode) {
    return c.legs().stream()
        .filter(l -> l.mode() == mode)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + mode + " leg in " + c));
  }

  // The "field: text" part of a source string of the default data ("distance: ...; speed: ...").
  static String part(String source, String field) {
    Matcher m =
        Pattern.compile("(?:^|; )" + Pattern.quote(field) + ": (.*?)(?=; [a-z_ ]+: |$)")
            .matcher(source);
    return m.find() ? m.group(1) : source;
  }

  /** The corridor with one parameter group scaled by a factor, re-evaluated by the one model. */
  static Corridor scaled(Corridor c, Parameter p, double factor) {
    List<Leg> legs = new ArrayList<>(c.legs());
    List<Node> nodes = new ArrayList<>(c.nodes());
    for (int i = 0; i < legs.size(); i++) {
      Leg l = legs.get(i);
      if ((p == Parameter.SEA_SPEED && isLane(c, l))
          || (p == Parameter.RAIL_SPEED && l.mode() == Mode.RAIL)) {
        legs.set(i, l.withSpeed(Speed.ofKilometresPerHour(l.speedKmh() * factor)));
      }
    }
    for (int i = 1; i < nodes.size() - 1; i++) {
      Corridor.Step s = c.steps().get(i);
      Node n = nodes.get(i);
      if (p == Parameter.PORT_TRANSFER && s.transfer()) {
        n = n.withTransshipment(hours(n.transshipmentHours() * factor), CostPerTeu.ofUsd(n.transshipmentCostUsd()));
      } else if (p == Parameter.BORDER && s.borderHours() > 0) {
        n = n.withBorder(hours(n.borderHours() * factor), CostPerTeu.ofUsd(n.borderCostUsd()));
      } else if (p == Parameter.JUNCTION_DWELL && !s.transfer() && s.leg().mode() == Mode.RAIL) {
        n = n.withDwell(hours(n.dwellHours() * factor), CostPerTeu.ofUsd(n.dwellCostUsd()));
      }
      nodes.set(i, n);
    }
    return Corridor.of(nodes, legs, c.waitPolicy());
  }

  /**
   * Whether a leg is a sea lane between two places at sea, whose time is distance over the ship's
   * speed; a port approach's time is mostly the port call and does not scale with the speed.
   */
  private static boolean isLane(Corridor c, Leg l) {
    if (l.mode() != Mode.SEA) {
      return false;
    }
    boolean fromAtSea = false;
    boolean toAtSea = false;
    for (Node n : c.nodes()) {
      fromAtSea |= n.id().equals(l.from()) && n.country().isEmpty();
      toAtSea |= n.id().equals(l.to()) && n.country().isEmpty();
    }
    return fromAtSea && toAtSea;
  }

  private static Duration hours(double h) {
    return Duration.ofNanos(Math.round(h * 3.6e12));
  }

  /** The parameter's value in the corridor, in its unit: the mean over the legs or nodes it sets. */
  static double baseValue(Corridor c, Parameter p) {
    double sum = 0;
    int n = 0;
    for (Corridor.Step s : c.steps()) {
      switch (p) {
        case SEA_SPEED:
          if (isLane(c, s.leg())) {
            sum += Speed.ofKilometresPerHour(s.leg().speedKmh()).toKnots();
            n++;
          }
          break;
        case RAIL_SPEED:
          if (s.leg().mode() == Mode.RAIL) {
            sum += s.leg().speedKmh() * 24;
            n++;
          }
          break;
        case PORT_TRANSFER:
          if (s.transfer()) {
            sum += s.transshipmentHours();
            n++;
          }
          break;
        case BORDER:
          if (s.borderHours() > 0) {
            sum += s.borderHours();
            n++;
          }
          break;
        default:
          if (s != c.steps().get(0) && !s.transfer() && s.leg().mode() == Mode.RAIL) {
            sum += s.dwellHours();
            n++;
          }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  static List<Sensitivity> sensitivities(Corridor imec) {
    List<Sensitivity> rows = new ArrayList<>();
    BrentSolver solver = new BrentSolver(1e-9);
    for (Parameter p : Parameter.values()) {
      double base = baseValue(imec, p);
      if (Double.isNaN(base)) {
        continue;
      }
      DoubleUnaryOperator days = f -> scaled(imec, p, f).totalDays();
      double lo = days.applyAsDouble(0.75);
      double hi = days.applyAsDouble(1.25);
      // Break-even: the factor at which the corridor takes exactly ten days, if one in
      // [0, 10] exists (a time can fall to zero; a speed can at most grow tenfold here).
      double min = p == Parameter.SEA_SPEED || p == Parameter.RAIL_SPEED ? 0.1 : 0.0;
      double fMin = days.applyAsDouble(min) - CLAIM_DAYS;
      double fMax = days.applyAsDouble(10) - CLAIM_DAYS;
      double breakEven = Double.NaN;
      if (fMin * fMax <= 0) {
        double factor =
            solver.solve(100, x -> days.applyAsDouble(x) - CLAIM_DAYS, min, 10, 1.0);
        breakEven = base * factor;
      }
      rows.add(new Sensitivity(p, base, lo, hi, breakEven));
    }
    rows.sort(Comparator.comparingDouble(Sensitivity::swingDays).reversed());
    return List.copyOf(rows);
  }

  private static void printSensitivities(PrintStream out, Corridor imec, List<Sensitivity> rows) {
    out.println("What the ten days depend on (IMEC as planned, Nhava Sheva -> Piraeus)");
    out.println("---------------------------------------------------------------------");
    out.printf(Locale.ROOT, "base: %.2f days; each parameter moved by -25%% and +25%% alone:%n", imec.totalDays());
    out.printf(
        Locale.ROOT,
        "%-30s %10s %8s %8s %7s   %s%n",
        "parameter",
        "base",
        "-25%",
        "+25%",
        "swing",
        "value for exactly 10.0 days");
    for (Sensitivity s : rows) {
      String be =
          Double.isNaN(s.breakEvenValue())
              ? "out of reach by this parameter alone"
              : String.format(Locale.ROOT, "%.1f %s", s.breakEvenValue(), s.parameter().unit);
      out.printf(
          Locale.ROOT,
          "%-30s %7.1f %-3s %7.2f d %7.2f d %6.2f d   %s%n",
          s.parameter().label,
          s.baseValue(),
          s.parameter().unit.length() > 3 ? "" : s.parameter().unit,
          s.daysAtMinus25(),
          s.daysAtPlus25(),
          s.swingDays(),
          be);
    }
    out.println(
        "(speeds must rise to, and times fall to, the break-even value or beyond to keep the"
            + " total at or under ten days)");
    out.println();
  }

  static ElasticityComparison comparison(Corridor baseline, Corridor next) {
    List<ElasticityFunction> fs = new ArrayList<>();
    fs.add(articleClaim(baseline));
    fs.add(Presets.DJANKOV_FREUND_PHAM_2010.central());
    fs.add(Presets.HUMMELS_SCHAUR_2013.low());
    fs.add(Presets.HUMMELS_SCHAUR_2013.central());
    fs.add(Presets.HUMMELS_SCHAUR_2013.high());
    return ElasticityComparison.of(baseline.totalDays(), next.totalDays(), fs);
  }

  /** The seed article's "10% less transit time, 20% more trade", read as a constant elasticity. */
  static ElasticityFunction articleClaim(Corridor baseline) {
    return Calibration.constant(
        Claim.of(-0.10, 0.20, baseline.totalDays(), "seed article; no World Bank source found"));
  }

  static Map<String, GainDistribution> monteCarlo(Corridor cape, Corridor imec, Corridor suez) {
    Map<String, GainDistribution> mc = new LinkedHashMap<>();
    int draws = 20_000;
    mc.put("vs Cape, Djankov-Freund-Pham", GainMonteCarlo.run(INDIA_EU_TRADE_USD, cape, imec, Presets.DJANKOV_FREUND_PHAM_2010, draws, 42));
    mc.put("vs Cape, Hummels-Schaur", GainMonteCarlo.run(INDIA_EU_TRADE_USD, cape, imec, Presets.HUMMELS_SCHAUR_2013, draws, 42));
    mc.put("vs Suez, Hummels-Schaur", GainMonteCarlo.run(INDIA_EU_TRADE_USD, suez, imec, Presets.HUMMELS_SCHAUR_2013, draws, 42));
    return mc;
  }

  private static void printTrade(
      PrintStream out,
      Map<Way, Corridor> routes,
      ElasticityComparison vsSuez,
      ElasticityComparison vsCape,
      Map<String, GainDistribution> mc) {
    out.println("Trade effect for India-EU trade");
    out.println("-------------------------------");
    out.printf(Locale.ROOT, "Baseline value: USD %.1f bn a year (%s).%n", INDIA_EU_TRADE_USD / 1e9, TRADE_SOURCE);
    out.println(
        "Applied to the whole flow as if all of it moved by the faster corridor: an upper bound.");
    out.println();
    out.println("1) IMEC as planned instead of Suez (Red Sea open):");
    printComparison(out, vsSuez);
    out.println("2) IMEC as planned instead of the Cape (Red Sea closed, as in 2024):");
    printComparison(out, vsCape);
    out.println("The forms disagree: that spread is the real uncertainty, not a rounding detail.");
    out.println(
        "A 20-day change is far outside the day-or-two changes these per-day estimates come from;"
            + " the compounding forms extrapolate it exponentially, so read case 2 as an order of"
            + " magnitude at most.");
    out.println("The article's claim has no findable World Bank source; it is shown calibrated, not endorsed.");
    out.println();
    out.println("Monte Carlo (20,000 draws, seed 42: elasticity parameters over their published range,");
    out.println("corridor times over the data's time spreads and scheduled departures):");
    out.printf(Locale.ROOT, "%-32s %14s %14s %14s%n", "", "P5", "P50", "P95");
    for (Map.Entry<String, GainDistribution> e : mc.entrySet()) {
      GainDistribution g = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-32s %+9.1f bn $ %+9.1f bn $ %+9.1f bn $%n",
          e.getKey(),
          g.p5GainUsd() / 1e9,
          g.p50GainUsd() / 1e9,
          g.p95GainUsd() / 1e9);
    }
    out.println();
  }

  private static void printComparison(PrintStream out, ElasticityComparison c) {
    out.printf(Locale.ROOT, "   transit %.2f -> %.2f days%n", c.baselineDays(), c.newDays());
    int width = 0;
    for (ElasticityComparison.Row r : c.rows()) {
      width = Math.max(width, r.name().length());
    }
    for (ElasticityComparison.Row r : c.rows()) {
      out.printf(
          Locale.ROOT,
          "   %-" + width + "s  %-36s %+8.2f%%  %+8.2f bn USD/yr%n",
          r.name(),
          r.form().title(),
          r.percentChange(),
          INDIA_EU_TRADE_USD * (r.multiplier() - 1) / 1e9);
    }
  }

  static List<Path> writeFiles(Path dir, Map<Way, Corridor> routes) {
    try {
      Files.createDirectories(dir);
      List<Path> files = new ArrayList<>();
      TimeDistanceChart time = TimeDistanceChart.of("Nhava Sheva -> Piraeus: time-distance", ChartMetric.TIME_DAYS);
      TimeDistanceChart cost = TimeDistanceChart.of("Nhava Sheva -> Piraeus: cost-distance", ChartMetric.COST_USD);
      for (Map.Entry<Way, Corridor> e : routes.entrySet()) {
        time = time.with(e.getKey().label, e.getValue());
        cost = cost.with(e.getKey().label, e.getValue());
      }
      files.add(write(dir.resolve("mumbai-europe-time-distance.svg"), time.toSvg()));
      // Without the Cape detour the steps at ports and borders are visible.
      TimeDistanceChart close =
          TimeDistanceChart.of("Nhava Sheva -> Piraeus: Suez against IMEC", ChartMetric.TIME_DAYS);
      for (Map.Entry<Way, Corridor> e : routes.entrySet()) {
        if (e.getKey() != Way.CAPE) {
          close = close.with(e.getKey().label, e.getValue());
        }
      }
      files.add(write(dir.resolve("mumbai-europe-time-distance-suez-imec.svg"), close.toSvg()));
      files.add(write(dir.resolve("mumbai-europe-cost-distance.svg"), cost.toSvg()));
      for (Map.Entry<Way, Corridor> e : routes.entrySet()) {
        String name = "mumbai-europe-" + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".geojson";
        files.add(write(dir.resolve(name), GeoJson.of(e.getValue())));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir, e);
    }
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
