package org.kervan.examples;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * Builds a two-leg Caspian corridor (Aktau → Baku by ferry → Poti by rail) and prints its totals
 * and breakdown. The numbers are illustrative, not the embedded default data. The body of
 * {@code main} is the README's own-network quick start, word for word (a test compares them), and
 * pastes into the README's JShell session as it stands.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // region readme-own-network
    // One statement per line end, so the block also pastes into JShell as it stands.
    Network.Builder builder = Network.builder();
    builder.addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.65, 51.15)));
    builder.addNode(Node.of("AZBAK", "Baku (Alat)", "AZ", NodeKind.SEAPORT, GeoPoint.of(39.95, 49.41))
        .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120))
        .withBorder(Duration.ofHours(6), CostPerTeu.ofUsd(100)));
    builder.addNode(Node.of("GEPTI", "Poti", "GE", NodeKind.SEAPORT, GeoPoint.of(42.15, 41.67)));
    builder.addLegBothWays(Leg.ofRunningTime("KZAKX", "AZBAK", Mode.FERRY,
            Distance.ofNauticalMiles(230), Duration.ofHours(22))
        .withDeparturesPerWeek(2)
        .withCost(450, 0));                      // USD per TEU fixed, USD per TEU-km
    builder.addLegBothWays(Leg.of("AZBAK", "GEPTI", Mode.RAIL,
            Distance.ofKilometres(897), Speed.ofKilometresPerHour(30))
        .withCost(0, 0.45)
        .withGaugeMm(1520)
        .withCountries(List.of("GE")));
    Network network = builder.build();
    Corridor c = Corridor.of(network, List.of(
        network.leg("KZAKX", "AZBAK", Mode.FERRY).orElseThrow(),
        network.leg("AZBAK", "GEPTI", Mode.RAIL).orElseThrow()));
    System.out.println(c);
    System.out.printf(Locale.ROOT, "running %.1f h, waiting %.1f h, transshipment %.1f h,"
            + " border %.1f h, total %.2f days%n",
        c.runningHours(), c.waitingHours(), c.transshipmentHours(), c.borderHours(), c.totalDays());
    System.out.printf(Locale.ROOT, "countries %s, cost %,.0f USD/TEU%n", c.countries(), c.totalCostUsd());
    // endregion
  }
}
