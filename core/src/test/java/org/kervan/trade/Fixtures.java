package org.kervan.trade;

import java.time.Duration;
import java.util.List;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TimeSpread;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** Small hand-made corridors; the numbers are test assumptions, not data. */
final class Fixtures {
  private Fixtures() {}

  static final Node MUMBAI =
      Node.of("INNSA", "Nhava Sheva", "IN", NodeKind.SEAPORT, GeoPoint.of(18.95, 72.95));
  static final Node JEBEL_ALI =
      Node.of("AEJEA", "Jebel Ali", "AE", NodeKind.SEAPORT, GeoPoint.of(25.0, 55.06))
          .withTransshipment(Duration.ofHours(48), CostPerTeu.ofUsd(150))
          .withTimeSpread(TimeSpread.of(0.5, 2.0));
  static final Node HAIFA =
      Node.of("ILHFA", "Haifa", "IL", NodeKind.SEAPORT, GeoPoint.of(32.82, 35.0));
  static final Node PIRAEUS =
      Node.of("GRPIR", "Piraeus", "GR", NodeKind.SEAPORT, GeoPoint.of(37.94, 23.64));

  /** Sea via Suez, 8,000 km at 30 km/h, running time spread 0.9..1.4. */
  static Corridor suez() {
    Leg sea =
        Leg.of("INNSA", "GRPIR", Mode.SEA, Distance.ofKilometres(8000), Speed.ofKilometresPerHour(30))
            .withTimeSpread(TimeSpread.of(0.9, 1.4));
    return Corridor.of(List.of(MUMBAI, PIRAEUS), List.of(sea), WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /** Sea to Jebel Ali, rail to Haifa, sea to Piraeus, with spreads on two legs and one node. */
  static Corridor imec() {
    Leg sea =
        Leg.of("INNSA", "AEJEA", Mode.SEA, Distance.ofKilometres(2000), Speed.ofKilometresPerHour(30))
            .withTimeSpread(TimeSpread.of(0.9, 1.3));
    Leg rail =
        Leg.of("AEJEA", "ILHFA", Mode.RAIL, Distance.ofKilometres(2600), Speed.ofKilometresPerHour(50))
            .withTimeSpread(TimeSpread.of(0.8, 1.6))
            .withDeparturesPerWeek(7);
    Leg med =
        Leg.of("ILHFA", "GRPIR", Mode.SEA, Distance.ofKilometres(1200), Speed.ofKilometresPerHour(30));
    return Corridor.of(
        List.of(MUMBAI, JEBEL_ALI, HAIFA, PIRAEUS),
        List.of(sea, rail, med),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /** Sea round the Cape, 20,000 km at 30 km/h, running time spread 0.9..1.3. */
  static Corridor cape() {
    Leg sea =
        Leg.of("INNSA", "GRPIR", Mode.SEA, Distance.ofKilometres(20000), Speed.ofKilometresPerHour(30))
            .withTimeSpread(TimeSpread.of(0.9, 1.3))
            .withCost(0, 0.05);
    return Corridor.of(List.of(MUMBAI, PIRAEUS), List.of(sea), WaitPolicy.EXPECTED_HALF_HEADWAY);
  }

  /** A corridor with no spreads anywhere. */
  static Corridor deterministic() {
    Leg sea =
        Leg.of("INNSA", "GRPIR", Mode.SEA, Distance.ofKilometres(8000), Speed.ofKilometresPerHour(30));
    return Corridor.of(List.of(MUMBAI, PIRAEUS), List.of(sea), WaitPolicy.EXPECTED_HALF_HEADWAY);
  }
}
