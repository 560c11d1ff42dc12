package org.kervan.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.data.DefaultNetwork;
import org.kervan.elasticity.ElasticityComparison;
import org.kervan.elasticity.Presets;
import org.kervan.network.Corridor;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.trade.CorridorDays;

/**
 * What closing Bab-el-Mandeb or the Suez Canal does to India–Europe and China–Europe container
 * shipping: routes Nhava Sheva and Shanghai to Piraeus and Rotterdam by sea only over the embedded
 * default network, open and with each chokepoint closed, prints the extra days, distance and cost,
 * and the relative trade effect of the extra days under each published time elasticity ({@link
 * Presets#TIME_PRESETS}).
 *
 * <p>The effects are percentages of whatever the pair trades, because no sourced value of each
 * pair's container trade is part of the project's data.
 */
public final class RedSeaClosure {
  static final String BAB_EL_MANDEB = "CP_BAB_EL_MANDEB";
  static final String SUEZ = "CP_SUEZ";
  // Carriers diverted round the Cape, not through Panama, whose transits were cut by the 2023-24
  // drought (Panama Canal Authority advisories); the closures keep Panama shut to match.
  static final String PANAMA = "CP_PANAMA";
  static final List<List<String>> PAIRS =
      List.of(
          List.of("INNSA", "GRPIR"),
          List.of("INNSA", "NLRTM"),
          List.of("CNSHA", "GRPIR"),
          List.of("CNSHA", "NLRTM"));

  private RedSeaClosure() {}

  /**
   * One origin–destination pair, open and with each chokepoint closed, and the trade effect of
   * each closure's extra days.
   */
  record Pair(
      String origin,
      String destination,
      Corridor open,
      Corridor babElMandebClosed,
      Corridor suezClosed,
      ElasticityComparison babElMandebEffect,
      ElasticityComparison suezEffect) {
    String label() {
      return origin + ">" + destination;
    }
  }

  /**
   * Runs the example and prints its tables to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static List<Pair> run(PrintStream out) {
    Network network = DefaultNetwork.load();
    AStarRouter router = AStarRouter.of(network);
    List<Pair> pairs = new ArrayList<>();
    for (List<String> p : PAIRS) {
      // Sea only: a closure must not send the box onto the IMEC or Middle Corridor land bridges,
      // which are other questions with their own examples.
      RouteRequest sea =
          RouteRequest.of(p.get(0), p.get(1)).avoidingModes(Mode.RAIL, Mode.ROAD, Mode.FERRY);
      Corridor open = ExampleSupport.route(router, sea);
      Corridor noBab =
          ExampleSupport.route(router, sea.avoidingChokepoints(BAB_EL_MANDEB, PANAMA));
      Corridor noSuez = ExampleSupport.route(router, sea.avoidingChokepoints(SUEZ, PANAMA));
      pairs.add(
          new Pair(
              p.get(0),
              p.get(1),
              open,
              noBab,
              noSuez,
              ElasticityComparison.ofPresets(
                  CorridorDays.of(open), CorridorDays.of(noBab), Presets.TIME_PRESETS),
              ElasticityComparison.ofPresets(
                  CorridorDays.of(open), CorridorDays.of(noSuez), Presets.TIME_PRESETS)));
    }

    out.println("Red Sea closure: sea-only container routes, open and with a chokepoint closed");
    out.println(
        "Context: UNCTAD reports that the Suez Canal had carried about 22% of seaborne container"
            + " trade before the 2024 Red Sea crisis diverted most container ships round the Cape.");
    out.println();
    String row = "%-12s %-13s %7s %7s %8s %8s %8s %8s  %s%n";
    out.printf(
        Locale.ROOT, row, "pair", "closed", "days", "+days", "km", "+km", "USD/TEU", "+USD", "via");
    for (Pair p : pairs) {
      printRow(out, row, p.label(), "none (open)", p.open(), p.open());
      printRow(out, row, "", "Bab-el-Mandeb", p.babElMandebClosed(), p.open());
      printRow(out, row, "", "Suez", p.suezClosed(), p.open());
    }
    out.println("(port to port; the open routes include the assumed Suez convoy wait and toll)");
    out.println();

    printEffects(out, "Bab-el-Mandeb closed", pairs, true);
    boolean sameRoutes = true;
    for (Pair p : pairs) {
      sameRoutes &= p.suezClosed().legs().equals(p.babElMandebClosed().legs());
    }
    if (sameRoutes) {
      out.println(
          "Suez closed: every pair takes the same Cape route as with Bab-el-Mandeb closed (the"
              + " default network has no Red Sea port between the two), so the effects are the"
              + " same.");
    } else {
      printEffects(out, "Suez closed", pairs, false);
    }
    out.println();
    out.println(
        "Each effect is the change in trade when the transit time goes from the open to the"
            + " closed route's days, with the function's published parameters (low/central/high"
            + " where the source gives a range). They are long-run estimates from cross-sections;"
            + " the farm and inland (Freund & Rocha) rows are the most time-sensitive readings, not"
            + " container-trade averages. Apply a row to a sourced flow value to get money.");
    ExampleSupport.printDataNote(out);
    return pairs;
  }

  private static void printRow(
      PrintStream out, String format, String pair, String closed, Corridor c, Corridor open) {
    List<String> via = new ArrayList<>();
    for (String cp : c.chokepoints()) {
      via.add(cp.substring("CP_".length()));
    }
    out.printf(
        Locale.ROOT,
        format,
        pair,
        closed,
        ExampleSupport.days(c.totalDays()),
        String.format(Locale.ROOT, "%+.2f", c.totalDays() - open.totalDays()),
        String.format(Locale.ROOT, "%.0f", c.distanceKm()),
        String.format(Locale.ROOT, "%+.0f", c.distanceKm() - open.distanceKm()),
        String.format(Locale.ROOT, "%.0f", c.totalCostUsd()),
        String.format(Locale.ROOT, "%+.0f", c.totalCostUsd() - open.totalCostUsd()),
        String.join(" ", via));
  }

  private static void printEffects(
      PrintStream out, String title, List<Pair> pairs, boolean babElMandeb) {
    out.println("Trade effect of the extra days, " + title + " (percent change in the flow)");
    List<ElasticityComparison> effects = new ArrayList<>();
    for (Pair p : pairs) {
      effects.add(babElMandeb ? p.babElMandebEffect() : p.suezEffect());
    }
    int width = "function".length();
    for (ElasticityComparison.Row r : effects.get(0).rows()) {
      width = Math.max(width, r.name().length());
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "function"));
    for (Pair p : pairs) {
      header.append(String.format(Locale.ROOT, "  %11s", p.label()));
    }
    out.println(header);
    for (int i = 0; i < effects.get(0).rows().size(); i++) {
      StringBuilder line =
          new StringBuilder(
              String.format(Locale.ROOT, "%-" + width + "s", effects.get(0).rows().get(i).name()));
      for (ElasticityComparison e : effects) {
        line.append(String.format(Locale.ROOT, "  %10.1f%%", e.rows().get(i).percentChange()));
      }
      out.println(line);
    }
  }
}
