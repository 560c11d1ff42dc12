package org.kervan.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.kervan.data.DefaultNetwork;
import org.kervan.examples.MumbaiToEurope.Way;
import org.kervan.gravity.GeResult;
import org.kervan.gravity.GeneralEquilibrium;
import org.kervan.gravity.GravityBaseline;
import org.kervan.gravity.GravityFit;
import org.kervan.gravity.GravityModel;
import org.kervan.gravity.Grouping;
import org.kervan.gravity.Ppml;
import org.kervan.gravity.TradePanel;
import org.kervan.gravity.TradePanelCsv;
import org.kervan.gravity.Vce;
import org.kervan.network.Corridor;
import org.kervan.routing.AStarRouter;
import org.kervan.trade.Commodities;
import org.kervan.trade.Commodity;
import org.kervan.trade.CorridorCostChanges;
import org.kervan.trade.TradeCostChange;

/**
 * IMEC in general equilibrium: the routed corridors of {@link MumbaiToEurope} turned into trade-cost
 * changes for India's trade with Europe, fed to a structural gravity model estimated by PPML on the
 * 2006 data of Yotov, Piermartini, Monteiro &amp; Larch (2016, ch. 2), and solved for each
 * country's real GDP through the multilateral resistances (full endowment, σ = 7).
 *
 * <p>Three scenarios, each against the observed 2006 state (the Red Sea open, trade via Suez):
 * the Red Sea closed (trade round the Cape); the Red Sea closed with IMEC built (each pair takes
 * the cheaper of the Cape and IMEC); and all India–Europe trade forced onto IMEC with Suez open.
 * The difference between the first two is what IMEC is worth as insurance against a closure.
 */
public final class ImecGeneralEquilibrium {
  /** The elasticity of substitution of Yotov et al. (2016, ch. 2). */
  static final double SIGMA = 7;

  /** European countries present in the 2006 data (Germany is {@code ZZZ} there). */
  static final List<String> EUROPE =
      List.of(
          "AUT", "BEL", "BGR", "CYP", "DNK", "ESP", "FIN", "FRA", "GBR", "GRC", "HUN", "IRL", "ITA",
          "MLT", "NLD", "POL", "PRT", "ROM", "SWE", "ZZZ", "CHE", "ISL", "NOR", "TUR");

  /** Countries whose effects are printed. */
  static final List<String> SHOWN =
      List.of("IND", "GRC", "ITA", "ZZZ", "FRA", "TUR", "ISR", "JOR", "EGY", "CHN", "USA");

  /**
   * What the example found, for tests.
   *
   * @param fit the PPML fit of the 2006 cross-section
   * @param deltas the trade-cost change per scenario, India to Greece (the same for every pair)
   * @param results the full-endowment general equilibrium per scenario
   * @param partialEquilibrium the partial-equilibrium multiplier of India-Europe trade per scenario
   */
  record Result(
      GravityFit fit,
      Map<String, TradeCostChange> deltas,
      Map<String, GeResult> results,
      Map<String, Double> partialEquilibrium) {}

  private ImecGeneralEquilibrium() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static Result run(PrintStream out) {
    TradePanel panel = readPanel();
    GravityFit fit =
        Ppml.defaults()
            .fit(
                panel,
                new GravityModel(
                    List.of("ln_DIST", "CNTG", "INTL_BRDR"),
                    List.of(Grouping.EXPORTER, Grouping.IMPORTER),
                    Vce.robust()));
    GravityBaseline baseline = GravityBaseline.from(panel, fit, SIGMA, "ZZZ");

    Map<Way, Corridor> routes =
        MumbaiToEurope.routes(
            AStarRouter.of(DefaultNetwork.load(DefaultNetwork.Scenario.PLANNED)), "INNSA", "GRPIR");
    Corridor suez = routes.get(Way.SUEZ);
    Corridor cape = routes.get(Way.CAPE);
    Corridor imec = routes.get(Way.IMEC_PLANNED);
    Commodity goods = Commodities.MANUFACTURES;
    // With the Red Sea closed and IMEC built, trade takes the cheaper of the two for these goods.
    Corridor closedWithImec =
        TradeCostChange.between(goods, cape, imec).deltaLnTradeCost() < 0 ? imec : cape;

    Map<String, Corridor> scenarios = new LinkedHashMap<>();
    scenarios.put("Red Sea closed (Cape)", cape);
    scenarios.put("Red Sea closed, IMEC built", closedWithImec);
    scenarios.put("IMEC instead of Suez (forced)", imec);

    out.println("IMEC in general equilibrium (structural gravity, Yotov et al. 2016, ch. 2)");
    out.println("==========================================================================");
    out.printf(
        Locale.ROOT,
        "PPML on 2006 flows of %d countries, exporter and importer fixed effects: ln DIST %.4f,"
            + " CNTG %.4f, INTL_BRDR %.4f (N = %d).%n",
        baseline.countries().size(),
        fit.coefficient("ln_DIST"),
        fit.coefficient("CNTG"),
        fit.coefficient("INTL_BRDR"),
        fit.observations());
    out.println("Assumptions (what each number rests on):");
    out.println(
        "  - observed state: 2006 flows, with the Red Sea open, so India-Europe trade moved via"
            + " Suez;");
    out.printf(
        Locale.ROOT,
        "  - every India-Europe pair (%d European countries, both directions) moves by the"
            + " Nhava Sheva-Piraeus corridor of the default network;%n",
        EUROPE.size());
    out.printf(
        Locale.ROOT,
        "  - IMEC is IMEC as planned: %d of its %d legs are not built yet (the default network"
            + " with its planned links, DefaultNetwork.Scenario.PLANNED);%n",
        ExampleSupport.plannedLegs(imec).size(),
        imec.legs().size());
    out.printf(
        Locale.ROOT,
        "  - trade-cost bridge for %s: dln t = ln((1 + f_S/v + tau d_S)/(1 + f_Suez/v + tau"
            + " d_Suez)), all days; %s;%n",
        goods,
        goods.source());
    out.printf(
        Locale.ROOT,
        "  - sigma = %.0f (theta = %.0f), full endowment, solved to %.0e in log changes; other"
            + " pairs keep their trade costs.%n",
        SIGMA,
        SIGMA - 1,
        GeneralEquilibrium.defaults().tolerance());
    out.println();

    Map<String, TradeCostChange> deltas = new LinkedHashMap<>();
    Map<String, GeResult> results = new LinkedHashMap<>();
    Map<String, Double> pe = new LinkedHashMap<>();
    for (Map.Entry<String, Corridor> s : scenarios.entrySet()) {
      CorridorCostChanges changes = CorridorCostChanges.forCommodity(goods);
      for (String e : EUROPE) {
        changes.bothWays("IND", e, suez, s.getValue());
      }
      TradeCostChange d = changes.changes().get("IND→GRC");
      GeResult r = GeneralEquilibrium.defaults().fullEndowment(baseline, changes.build());
      deltas.put(s.getKey(), d);
      results.put(s.getKey(), r);
      pe.put(s.getKey(), Math.exp(-(SIGMA - 1) * d.deltaLnTradeCost()));
    }

    out.printf(
        Locale.ROOT,
        "%-32s %10s %14s %14s %12s%n",
        "scenario (against Suez, 2006)",
        "dln t",
        "PE IND-EUR",
        "GE IND-EUR",
        "iterations");
    for (String name : scenarios.keySet()) {
      GeResult r = results.get(name);
      out.printf(
          Locale.ROOT,
          "%-32s %+10.4f %+13.2f%% %+13.2f%% %12d%n",
          name,
          deltas.get(name).deltaLnTradeCost(),
          100 * (pe.get(name) - 1),
          100 * (indiaEurope(r, true) / indiaEurope(r, false) - 1),
          r.iterations());
    }
    out.println(
        "(what it means: PE is the direct effect (t1/t0)^-theta on India-Europe flows; GE adds"
            + " the multilateral resistances,");
    out.println(
        " which shift trade towards and away from third countries and change prices; it is"
            + " smaller in size than PE.)");
    out.println();
    out.println("Real GDP change by country, % (full endowment):");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s", "country"));
    for (String name : scenarios.keySet()) {
      head.append(String.format(Locale.ROOT, " %30s", name));
    }
    out.println(head);
    for (String c : SHOWN) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", c.equals("ZZZ") ? "DEU" : c));
      for (GeResult r : results.values()) {
        row.append(String.format(Locale.ROOT, " %+30.4f", r.effect(c).realGdp()));
      }
      out.println(row);
    }
    double closed = results.get("Red Sea closed (Cape)").effect("IND").realGdp();
    double insured = results.get("Red Sea closed, IMEC built").effect("IND").realGdp();
    out.printf(
        Locale.ROOT,
        "IMEC as insurance: with the Red Sea closed, India's real GDP changes by %+.4f%% without"
            + " IMEC and %+.4f%% with it.%n",
        closed,
        insured);
    out.printf(
        Locale.ROOT,
        "Against the partial-equilibrium numbers of MumbaiToEurope: there the corridors move"
            + " India-Europe trade by tens of percent; here%nthat trade is one flow among many, and"
            + " the largest real GDP change is %.2f%% (India, Red Sea closed).%n",
        closed);
    return new Result(fit, deltas, results, pe);
  }

  /** India's trade with Europe, both directions, in the counterfactual or the baseline. */
  static double indiaEurope(GeResult r, boolean counterfactual) {
    double sum = 0;
    for (String e : EUROPE) {
      sum +=
          counterfactual
              ? r.counterfactualFlow("IND", e) + r.counterfactualFlow(e, "IND")
              : r.baselineFlow("IND", e) + r.baselineFlow(e, "IND");
    }
    return sum;
  }

  static TradePanel readPanel() {
    String resource = "yotov2016/chapter2_trade_without_border_2006.csv.gz";
    try (InputStream raw = ImecGeneralEquilibrium.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        TradePanel p =
            TradePanelCsv.of("exporter", "importer", "year", "trade")
                .withCovariates(List.of("DIST", "CNTG", "INTL_BRDR"))
                .read(in, resource);
        double[] ln = new double[p.size()];
        for (int i = 0; i < ln.length; i++) {
          ln[i] = Math.log(p.covariate("DIST", i));
        }
        return p.withCovariate("ln_DIST", ln);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
