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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.kervan.data.DefaultNetwork;
import org.kervan.data.GeoJson;
import org.kervan.elasticity.Calibration;
import org.kervan.elasticity.Claim;
import org.kervan.elasticity.CostElasticity;
import org.kervan.elasticity.ElasticityFunction;
import org.kervan.elasticity.Preset;
import org.kervan.elasticity.Presets;
import org.kervan.elasticity.TimeComponent;
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
import org.kervan.trade.Commodities;
import org.kervan.trade.Commodity;
import org.kervan.trade.CorridorDays;
import org.kervan.trade.CorridorReliability;
import org.kervan.trade.Counterfactual;
import org.kervan.trade.GainDistribution;
import org.kervan.trade.GainMonteCarlo;
import org.kervan.trade.TradeCostChange;
import org.kervan.trade.TradeGain;

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
   * @param reliability the Monte Carlo transit times from Nhava Sheva, by way
   * @param sensitivities the sensitivity rows, largest swing first
   * @param counterfactual India-EU trade observed under the Suez route
   * @param timeGains the time elasticities' answers
   * @param bridge the trade-cost bridge by commodity
   * @param monteCarlo the Monte Carlo gains, by label
   * @param files the files written
   */
  record Result(
      Map<Way, Corridor> corridors,
      Map<Way, Corridor> mundra,
      Map<Way, CorridorReliability> reliability,
      List<Sensitivity> sensitivities,
      Counterfactual counterfactual,
      List<PresetGain> timeGains,
      List<BridgeRow> bridge,
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
    // IMEC as planned runs over rail not built yet, so this example asks for the planned links;
    // the "today" way leaves them out in its request.
    Network network = DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED);
    Router router = AStarRouter.of(network);
    out.println("Mumbai to Europe: is ten days real?");
    out.println("=================================");
    out.println(
        "Default network with planned links (Scenario.PLANNED): " + network + "; every number carries its source or says it is an"
            + " assumption (DefaultNetwork.sources()).");
    out.println();

    Map<Way, Corridor> jnpt = routes(router, "INNSA", "GRPIR");
    Map<Way, Corridor> mundra = routes(router, "INMUN", "GRPIR");
    Map<Way, Corridor> genoa = routes(router, "INNSA", "ITGOA");
    printRoutes(out, "Nhava Sheva (JNPT) -> Piraeus", jnpt);
    printRoutes(out, "Mundra -> Piraeus", mundra);
    printRoutes(out, "Nhava Sheva (JNPT) -> Genoa", genoa);

    Corridor imec = jnpt.get(Way.IMEC_PLANNED);
    Map<Way, CorridorReliability> reliability = new LinkedHashMap<>();
    for (Map.Entry<Way, Corridor> e : jnpt.entrySet()) {
      reliability.put(e.getKey(), CorridorReliability.of(e.getValue(), 20_000, 42));
    }
    printTenDays(
        out,
        imec,
        mundra.get(Way.IMEC_PLANNED),
        jnpt.get(Way.SUEZ),
        reliability.get(Way.IMEC_PLANNED),
        reliability.get(Way.SUEZ));
    List<Sensitivity> sens = sensitivities(imec);
    printSensitivities(out, imec, sens);

    Counterfactual cf = Counterfactual.observed(INDIA_EU_TRADE_USD, jnpt.get(Way.SUEZ));
    Corridor cape = jnpt.get(Way.CAPE);
    List<PresetGain> time = timeGains(cf, cape, imec);
    List<BridgeRow> bridge = bridge(cf, cape, imec);
    Map<String, GainDistribution> mc = monteCarlo(cf, cape, imec);
    printTrade(out, cf, imec, time, bridge, mc);

    List<Path> files = writeFiles(outputDir, jnpt);
    out.println("Charts and GeoJSON written to " + outputDir.toAbsolutePath() + ":");
    for (Path f : files) {
      out.println("  " + f.getFileName());
    }
    return new Result(jnpt, mundra, reliability, sens, cf, time, bridge, mc, files);
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
    out.println(
        title + " (nominal days: each step at its most likely time; running = sailing and"
            + " rail/road running time)");
    CorridorTable table = CorridorTable.of();
    for (Map.Entry<Way, Corridor> e : routes.entrySet()) {
      table = table.with(e.getKey().label, e.getValue());
    }
    out.print(table.toText());
    StringBuilder co2 = new StringBuilder("CO2e well-to-wake, kg per TEU (GLEC v3 default factors):");
    for (Map.Entry<Way, Corridor> e : routes.entrySet()) {
      co2.append(String.format(Locale.ROOT, " %s %.0f;", e.getKey().label, e.getValue().co2eKgPerTeu()));
    }
    out.println(co2);
    out.println();
  }

  private static void printTenDays(
      PrintStream out,
      Corridor imec,
      Corridor mundra,
      Corridor suez,
      CorridorReliability imecTimes,
      CorridorReliability suezTimes) {
    out.println("The ten-day claim");
    out.println("-----------------");
    out.printf(
        Locale.ROOT,
        "IMEC as planned, Nhava Sheva -> Piraeus: nominal %.1f days (Mundra: %.1f days); the Suez"
            + " sea route: nominal %.1f days.%n",
        imec.totalDays(),
        mundra.totalDays(),
        suez.totalDays());
    out.println(
        "'Nominal' adds up each step's most likely time; delays are skewed, so the expected time"
            + " is longer:");
    out.printf(
        Locale.ROOT,
        "  IMEC: mean %.1f d, P50 %.1f d, P90 %.1f d.   Suez: mean %.1f d, P50 %.1f d, P90 %.1f"
            + " d.   (%d draws, seed %d, over the data's assumed time spreads and scheduled"
            + " waits)%n",
        imecTimes.meanDays(),
        imecTimes.p50Days(),
        imecTimes.p90Days(),
        suezTimes.meanDays(),
        suezTimes.p50Days(),
        suezTimes.p90Days(),
        imecTimes.draws(),
        imecTimes.seed());
    boolean mean = imecTimes.meanDays() <= CLAIM_DAYS;
    boolean median = imecTimes.p50Days() <= CLAIM_DAYS;
    out.printf(
        Locale.ROOT,
        "Verdict, on the mean and the median: %s (mean %+.1f d, P50 %+.1f d against ten days)"
            + " -- and %s Suez while the Red Sea is open.%n",
        mean && median
            ? "ten days holds"
            : median ? "ten days holds at the median only" : "ten days does not hold",
        imecTimes.meanDays() - CLAIM_DAYS,
        imecTimes.p50Days() - CLAIM_DAYS,
        imecTimes.meanDays() < suezTimes.meanDays() ? "faster than" : "not faster than");
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
    Leg sea =
        imec.legs().stream()
            .filter(l -> isLane(imec, l))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no sea lane leg in " + imec));
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

  /**
   * One time elasticity's answer: the days of its components under each way, and the values
   * evaluated from the observed state.
   *
   * @param preset the elasticity
   * @param suezDays the days of its components via Suez (the observed corridor)
   * @param capeDays likewise round the Cape
   * @param imecDays likewise for IMEC as planned
   * @param underCapeUsd {@code V * m(Suez, Cape)} at the central parameters
   * @param imecVsSuez the gain of IMEC against the observed Suez route, central parameters
   * @param imecVsCape the gain of IMEC against the Cape, central parameters
   * @param imecVsCapeLowUsd the same gain at the preset's weakest parameters, USD
   * @param imecVsCapeHighUsd the same gain at the preset's strongest parameters, USD
   */
  record PresetGain(
      Preset<? extends ElasticityFunction> preset,
      double suezDays,
      double capeDays,
      double imecDays,
      double underCapeUsd,
      TradeGain imecVsSuez,
      TradeGain imecVsCape,
      double imecVsCapeLowUsd,
      double imecVsCapeHighUsd) {}

  /**
   * One commodity through the trade-cost bridge.
   *
   * @param commodity the goods
   * @param suezToImec the trade-cost change from Suez (observed) to IMEC
   * @param suezToCape the trade-cost change from Suez to the Cape
   */
  record BridgeRow(Commodity commodity, TradeCostChange suezToImec, TradeCostChange suezToCape) {
    /** The value of the whole flow under IMEC minus under {@code from}, as this commodity. */
    double gainUsd(CostElasticity theta, boolean fromCape) {
      double imec = suezToImec.multiplier(theta);
      double base = fromCape ? suezToCape.multiplier(theta) : 1.0;
      return INDIA_EU_TRADE_USD * imec - INDIA_EU_TRADE_USD * base;
    }
  }

  /** The time presets the example applies, in the order printed. */
  static final List<Preset<? extends ElasticityFunction>> TIME_PRESETS =
      List.of(
          Presets.DJANKOV_FREUND_PHAM_2010,
          Presets.FREUND_ROCHA_2011_INLAND,
          Presets.HUMMELS_SCHAUR_2013,
          Presets.HUMMELS_SCHAUR_2013_AD_VALOREM);

  /** The overland components the seed article's claim speaks of. */
  static final Set<TimeComponent> OVERLAND =
      EnumSet.of(
          TimeComponent.LAND_RUNNING,
          TimeComponent.TRANSFER,
          TimeComponent.BORDER,
          TimeComponent.DWELL);

  static List<PresetGain> timeGains(Counterfactual cf, Corridor cape, Corridor imec) {
    Corridor suez = cf.observedUnder();
    List<PresetGain> rows = new ArrayList<>();
    for (Preset<? extends ElasticityFunction> p : TIME_PRESETS) {
      Set<TimeComponent> c = p.appliesTo();
      rows.add(
          new PresetGain(
              p,
              CorridorDays.of(suez).days(c),
              CorridorDays.of(cape).days(c),
              CorridorDays.of(imec).days(c),
              cf.valueUnder(cape, p),
              cf.gain(suez, imec, p),
              cf.gain(cape, imec, p),
              cf.gain(cape, imec, p.low(), c).absoluteChangeUsd(),
              cf.gain(cape, imec, p.high(), c).absoluteChangeUsd()));
    }
    return List.copyOf(rows);
  }

  static List<BridgeRow> bridge(Counterfactual cf, Corridor cape, Corridor imec) {
    List<BridgeRow> rows = new ArrayList<>();
    for (Commodity c : Commodities.ALL) {
      rows.add(new BridgeRow(c, cf.costChange(imec, c), cf.costChange(cape, c)));
    }
    return List.copyOf(rows);
  }

  /**
   * The seed article's "10% less overland transit time, 20% more trade", read as a constant
   * elasticity of overland days: applicable only if the observed corridor has overland days.
   */
  static Optional<ElasticityFunction> articleClaim(Corridor observed) {
    double days = CorridorDays.of(observed).days(OVERLAND);
    if (!(days > 0)) {
      return Optional.empty();
    }
    return Optional.of(
        Calibration.constant(
            Claim.of(-0.10, 0.20, days, "seed article; no World Bank source found")));
  }

  static Map<String, GainDistribution> monteCarlo(Counterfactual cf, Corridor cape, Corridor imec) {
    Corridor suez = cf.observedUnder();
    Map<String, GainDistribution> mc = new LinkedHashMap<>();
    int draws = 20_000;
    mc.put("IMEC vs Suez, Djankov-Freund-Pham", GainMonteCarlo.run(cf, suez, imec, Presets.DJANKOV_FREUND_PHAM_2010, draws, 42));
    mc.put("IMEC vs Suez, Hummels-Schaur", GainMonteCarlo.run(cf, suez, imec, Presets.HUMMELS_SCHAUR_2013, draws, 42));
    mc.put("IMEC vs Cape, Djankov-Freund-Pham", GainMonteCarlo.run(cf, cape, imec, Presets.DJANKOV_FREUND_PHAM_2010, draws, 42));
    mc.put("IMEC vs Cape, Hummels-Schaur", GainMonteCarlo.run(cf, cape, imec, Presets.HUMMELS_SCHAUR_2013, draws, 42));
    return mc;
  }

  private static void printTrade(
      PrintStream out,
      Counterfactual cf,
      Corridor imec,
      List<PresetGain> time,
      List<BridgeRow> bridge,
      Map<String, GainDistribution> mc) {
    out.println("Trade effect for India-EU trade (partial equilibrium)");
    out.println("-----------------------------------------------------");
    out.printf(
        Locale.ROOT,
        "Observed: USD %.1f bn a year (%s), moved with the Red Sea open, so the observed corridor"
            + " is the Suez sea route.%n",
        cf.observedValueUsd() / 1e9,
        TRADE_SOURCE);
    out.println(
        "Every value is evaluated from that observed state, X(S) = V * m(Suez -> S): the value"
            + " under the Cape is derived first,");
    out.println(
        "and \"IMEC instead of the Cape\" is X(IMEC) - X(Cape), not V * m(Cape -> IMEC). The"
            + " whole flow is treated as if it all moved");
    out.println("by the corridor in question: an upper bound on what one corridor can shift.");
    out.println();
    out.println("1) Time elasticities, each applied to the days its estimate is about");
    out.println(
        "   (what it means: 'days' are that estimate's time components via Suez / Cape / IMEC;"
            + " 'under Cape' is the");
    out.println(
        "   flow's value if it had to go round the Cape; the gains are IMEC minus today (Suez) and"
            + " IMEC minus a closed Red Sea)");
    out.printf(
        Locale.ROOT,
        "   %-31s %-26s %-20s %12s %14s %14s   %s%n",
        "preset (central)",
        "days of",
        "days Suez/Cape/IMEC",
        "under Cape",
        "IMEC vs Suez",
        "IMEC vs Cape",
        "IMEC vs Cape, low..high");
    for (PresetGain g : time) {
      out.printf(
          Locale.ROOT,
          "   %-31s %-26s %-20s %9.1f bn %+11.1f bn %+11.1f bn   %+.1f..%+.1f bn%n",
          g.preset().name(),
          components(g.preset().appliesTo()),
          String.format(Locale.ROOT, "%.2f/%.2f/%.2f", g.suezDays(), g.capeDays(), g.imecDays()),
          g.underCapeUsd() / 1e9,
          g.imecVsSuez().absoluteChangeUsd() / 1e9,
          g.imecVsCape().absoluteChangeUsd() / 1e9,
          Math.min(g.imecVsCapeLowUsd(), g.imecVsCapeHighUsd()) / 1e9,
          Math.max(g.imecVsCapeLowUsd(), g.imecVsCapeHighUsd()) / 1e9);
    }
    out.println(
        "   Hummels & Schaur price ocean days only: IMEC trades sailing days for days on rail and"
            + " in ports, which that estimate");
    out.println(
        "   does not price; Djankov-Freund-Pham and Freund-Rocha price exactly those, and see IMEC"
            + " as a loss. Both halves matter.");
    Optional<ElasticityFunction> claim = articleClaim(cf.observedUnder());
    if (claim.isPresent()) {
      TradeGain vsSuez = cf.gain(cf.observedUnder(), imec, claim.get(), OVERLAND);
      out.printf(
          Locale.ROOT,
          "   The article's \"10%% less overland transit time, 20%% more trade\" (no findable World"
              + " Bank source), as a constant elasticity of overland days: IMEC vs Suez %+.1f bn,"
              + " on %.2f -> %.2f days.%n",
          vsSuez.absoluteChangeUsd() / 1e9,
          vsSuez.baselineDays(),
          vsSuez.newDays());
    } else {
      out.println(
          "   The article's \"10% less overland transit time, 20% more trade\" (no findable World"
              + " Bank source) cannot be applied here:");
      out.println(
          "   the observed Suez route has no overland days, and a constant elasticity of zero days"
              + " has no value.");
    }
    out.println(
        "   The forms and the days they apply to disagree: that spread is the real uncertainty."
            + " A 20-day change is far");
    out.println(
        "   outside the day-or-two changes these per-day estimates come from; read the Cape"
            + " column as an order of magnitude.");
    out.println();
    out.println("2) Trade-cost bridge: freight and time as one ad valorem trade cost");
    out.println(
        "   t = 1 + f/v + tau*d (f USD/TEU of the corridor, v cargo value per TEU, tau the daily"
            + " time cost, d all days);");
    out.println(
        "   trade moves as (t_S/t_Suez)^-theta, theta 4 (Simonovska & Waugh 2014), 5.03 (Head &"
            + " Mayer 2014), 6 (Yotov et al. 2016, sigma 7).");
    out.println(
        "   (what it means: dln t > 0 is a dearer corridor for these goods; the gains value the"
            + " whole flow as if it were these goods)");
    BridgeRow first = bridge.get(0);
    out.printf(
        Locale.ROOT,
        "   freight: Suez USD %.0f, Cape USD %.0f, IMEC USD %.0f per TEU; IMEC costs USD %+.0f per"
            + " TEU against Suez.%n",
        first.suezToImec().freightBaselineUsd(),
        first.suezToCape().freightNewUsd(),
        first.suezToImec().freightNewUsd(),
        first.suezToImec().freightNewUsd() - first.suezToImec().freightBaselineUsd());
    out.printf(
        Locale.ROOT,
        "   %-42s %10s %8s %12s %12s %22s %22s%n",
        "commodity",
        "USD/TEU",
        "%/day",
        "dln t IMEC",
        "dln t Cape",
        "IMEC vs Suez (theta 4..6)",
        "IMEC vs Cape (theta 4..6)");
    CostElasticity low = Presets.SIMONOVSKA_WAUGH_2014_TRADE.central();
    CostElasticity high = Presets.YOTOV_2016_SIGMA_7.central();
    for (BridgeRow r : bridge) {
      out.printf(
          Locale.ROOT,
          "   %-42s %10.0f %8.2f %+12.4f %+12.4f %+12.1f..%+.1f bn %+12.1f..%+.1f bn%n",
          r.commodity().name(),
          r.commodity().valueUsdPerTeu(),
          100 * r.commodity().timeCostPerDay(),
          r.suezToImec().deltaLnTradeCost(),
          r.suezToCape().deltaLnTradeCost(),
          Math.min(r.gainUsd(low, false), r.gainUsd(high, false)) / 1e9,
          Math.max(r.gainUsd(low, false), r.gainUsd(high, false)) / 1e9,
          Math.min(r.gainUsd(low, true), r.gainUsd(high, true)) / 1e9,
          Math.max(r.gainUsd(low, true), r.gainUsd(high, true)) / 1e9);
    }
    long dearer = bridge.stream().filter(r -> r.suezToImec().deltaLnTradeCost() > 0).count();
    long cheaperThanCape =
        bridge.stream()
            .filter(r -> r.suezToImec().deltaLnTradeCost() < r.suezToCape().deltaLnTradeCost())
            .count();
    out.printf(
        Locale.ROOT,
        "   With the Red Sea open, IMEC raises the trade cost of %d of these %d commodities: its"
            + " extra freight outweighs its time.%n",
        dearer,
        bridge.size());
    out.printf(
        Locale.ROOT,
        "   Against a closed Red Sea it is cheaper for %d of %d. Values per TEU are assumptions"
            + " (see Commodities); use your own.%n",
        cheaperThanCape,
        bridge.size());
    out.println();
    out.println(
        "3) Monte Carlo (20,000 draws, seed 42), "
            + mc.values().iterator().next().uncertainty()
            + ":");
    out.println(
        "   (what it means: the spread of the gain when parameters and times move over those"
            + " assumed ranges; not a confidence interval)");
    out.printf(Locale.ROOT, "   %-36s %14s %14s %14s %14s%n", "", "P5", "P50", "P95", "mean");
    for (Map.Entry<String, GainDistribution> e : mc.entrySet()) {
      GainDistribution g = e.getValue();
      out.printf(
          Locale.ROOT,
          "   %-36s %+9.1f bn $ %+9.1f bn $ %+9.1f bn $ %+9.1f bn $%n",
          e.getKey(),
          g.p5GainUsd() / 1e9,
          g.p50GainUsd() / 1e9,
          g.p95GainUsd() / 1e9,
          g.meanGainUsd() / 1e9);
    }
    out.println();
  }

  private static String components(Set<TimeComponent> c) {
    List<String> names = new ArrayList<>();
    for (TimeComponent t : c) {
      names.add(t.name().toLowerCase(Locale.ROOT).replace("land_running", "land"));
    }
    return String.join("+", names);
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
