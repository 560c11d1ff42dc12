package org.kervan.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.kervan.data.DefaultNetwork;
import org.kervan.network.Corridor;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.report.CorridorTable;
import org.kervan.routing.AStarRouter;
import org.kervan.routing.RouteRequest;
import org.kervan.trade.CorridorReliability;

/**
 * Kazakh copper to the Mediterranean without touching Russia: routes a container from Almaty
 * ({@code KZALA}) to Piraeus ({@code GRPIR}) over the embedded default network by the Middle
 * Corridor (Caspian ferry), the Northern route through Russia and the INSTC through Iran; then
 * asks the router for the fastest route with no constraint, avoiding Russia, and avoiding Russia
 * and Iran; and estimates the reliability of the Middle Corridor, whose Caspian ferry is its weak
 * link.
 *
 * <p>Piraeus is the destination because it is an EU port on the Mediterranean that all three
 * corridors can reach in the default data: the Middle Corridor through Poti and the Turkish
 * straits, the Northern route through Russia and the Caucasus, the INSTC from Bandar Abbas
 * through Suez. Mersin ({@code TRMER}) ends on Turkish soil and Trieste ({@code ITTRS}) only adds
 * sea days to the same routes.
 */
public final class KazakhCopper {
  static final String ORIGIN = "KZALA";
  static final String DESTINATION = "GRPIR";
  static final int DRAWS = 20_000;
  static final long SEED = 2025L;

  private KazakhCopper() {}

  /** What the example found: the three corridors, the constrained routes and the reliability. */
  record Result(
      Corridor middleCorridor,
      Corridor northernViaRussia,
      Corridor instcViaIran,
      Corridor fastest,
      Corridor avoidingRussia,
      Corridor avoidingRussiaAndIran,
      CorridorReliability middleCorridorReliability) {}

  /**
   * Runs the example and prints its tables to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static Result run(PrintStream out) {
    Network network = DefaultNetwork.load();
    AStarRouter router = AStarRouter.of(network);
    RouteRequest base = RouteRequest.of(ORIGIN, DESTINATION);

    // The three corridors are forced through their defining places: the Caspian ferry at Aktau
    // and no Russia or Iran after it (without that rule the fastest way on from Baku today is
    // north to Novorossiysk, as Poti is served only by a weekly feeder), Moscow (the classic
    // Northern corridor) and Tehran to Bandar Abbas. From
    // Bandar Abbas the INSTC box goes on by sea, routed as a second piece so that it stays on
    // the ship. The network is the one operating today (DefaultNetwork.load()).
    Corridor middle =
        ExampleSupport.route(router, base.via("KZAKX", "AZBAK").avoidingCountries("RU", "IR"));
    Corridor northern = ExampleSupport.route(router, base.via("RUMOW"));
    Corridor instc =
        ExampleSupport.route(router, RouteRequest.of(ORIGIN, "IRBND").via("IRTHR"))
            .concat(
                ExampleSupport.route(
                    router,
                    RouteRequest.of("IRBND", DESTINATION)
                        .avoidingModes(Mode.RAIL, Mode.ROAD, Mode.FERRY)));

    Corridor fastest = ExampleSupport.route(router, base);
    Corridor noRussia = ExampleSupport.route(router, base.avoidingCountries("RU"));
    Corridor noRussiaNoIran = ExampleSupport.route(router, base.avoidingCountries("RU", "IR"));

    out.println("Kazakh copper, Almaty (KZALA) to Piraeus (GRPIR), one TEU, fastest by time");
    out.println();
    out.print(
        CorridorTable.of()
            .with("Middle Corridor", middle)
            .with("Northern via Russia", northern)
            .with("INSTC via Iran", instc)
            .with("fastest, no constraint", fastest)
            .with("fastest, avoid RU", noRussia)
            .with("fastest, avoid RU+IR", noRussiaNoIran)
            .toText());
    out.println("(times in days, cost in USD/TEU, distance in km)");
    out.println();
    printPath(out, "Middle Corridor", middle);
    printPath(out, "Northern via Russia", northern);
    printPath(out, "INSTC via Iran", instc);
    printPath(out, "fastest, avoid RU+IR", noRussiaNoIran);
    out.println(
        "The INSTC box takes the Kazakhstan-Turkmenistan-Iran railway (Zhanaozen-Gorgan, opened"
            + " 2014) to Tehran and Bandar Abbas, then sails through Suez.");
    out.println();
    out.printf(
        Locale.ROOT,
        "Avoiding Russia costs %s days and avoiding Russia and Iran %s days over the unconstrained"
            + " best (%s days); the Northern route is %s days and the INSTC %s days slower than the"
            + " Middle Corridor.%n",
        ExampleSupport.days(noRussia.totalDays() - fastest.totalDays()),
        ExampleSupport.days(noRussiaNoIran.totalDays() - fastest.totalDays()),
        ExampleSupport.days(fastest.totalDays()),
        ExampleSupport.days(northern.totalDays() - middle.totalDays()),
        ExampleSupport.days(instc.totalDays() - middle.totalDays()));
    out.println();

    Corridor.Step ferry = ferryStep(middle);
    double nodeHours = ferry.transshipmentHours() + ferry.dwellHours() + ferry.borderHours();
    out.printf(
        Locale.ROOT,
        "Caspian crossing %s>%s: %.0f h at the port + %.0f h waiting for a sailing (%.1f departures"
            + " a week) + %.0f h at sea = %.0f h, %.0f%% of the Middle Corridor's %.0f h%n",
        ferry.node().id(),
        ferry.leg().to(),
        nodeHours,
        ferry.waitingHours(),
        ferry.leg().departuresPerWeek().orElse(Double.NaN),
        ferry.runningHours(),
        ferry.hours(),
        100 * ferry.hours() / middle.totalHours(),
        middle.totalHours());
    out.println("  source: " + ferry.leg().source());
    CorridorReliability reliability = CorridorReliability.of(middle, DRAWS, SEED);
    out.printf(
        Locale.ROOT,
        "Middle Corridor reliability: P50 %s, P90 %s, P95 %s days (nominal %s); buffer index %.3f"
            + " (%d draws, seed %d)%n",
        ExampleSupport.days(reliability.p50Days()),
        ExampleSupport.days(reliability.p90Days()),
        ExampleSupport.days(reliability.p95Days()),
        ExampleSupport.days(reliability.nominalDays()),
        reliability.bufferIndex(),
        reliability.draws(),
        reliability.seed());
    out.println(
        "  The draws vary running and node times by each spread and the wait for a sailing over"
            + " its whole headway; sailings that are irregular, not just infrequent, add more.");
    out.println();
    ExampleSupport.printDataNote(out);
    return new Result(middle, northern, instc, fastest, noRussia, noRussiaNoIran, reliability);
  }

  private static void printPath(PrintStream out, String label, Corridor corridor) {
    out.printf(
        Locale.ROOT,
        "%-22s %s%n%-22s countries %s%s%n",
        label,
        ExampleSupport.path(corridor),
        "",
        corridor.countries(),
        ExampleSupport.plannedLegs(corridor).isEmpty()
            ? ""
            : "; needs planned " + ExampleSupport.plannedLegs(corridor));
  }

  /** The first ferry step: the Caspian crossing on the Middle Corridor. */
  static Corridor.Step ferryStep(Corridor corridor) {
    for (Corridor.Step step : corridor.steps()) {
      if (step.leg().mode() == Mode.FERRY) {
        return step;
      }
    }
    throw new IllegalStateException("no ferry on " + corridor);
  }
}
