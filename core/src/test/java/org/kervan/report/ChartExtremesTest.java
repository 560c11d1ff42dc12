package org.kervan.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.TransitModel;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/**
 * Charts and maps of corridors at the ends of what a corridor can be: free, the dearest and
 * slowest allowed, or all at one point. Every coordinate written is a finite number and drawing
 * ends.
 */
class ChartExtremesTest {
  private static final Pattern NUMBER_ATTRIBUTE =
      Pattern.compile("(?:x|y|x1|x2|y1|y2|width|height|points|d)=\"([^\"]*)\"");

  private static Corridor corridor(double km, double kmh, double fixedUsd, GeoPoint b) {
    Network n = Network.builder()
        .addNode(Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2)))
        .addNode(Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, b))
        .addLeg(Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(km),
                Speed.ofKilometresPerHour(kmh))
            .withCost(fixedUsd, 0))
        .build();
    return Corridor.of(n, n.legs());
  }

  private static void assertFiniteCoordinates(String svg) {
    assertFalse(svg.contains("NaN"), "NaN in the SVG");
    assertFalse(svg.contains("Infinity"), "Infinity in the SVG");
    Matcher m = NUMBER_ATTRIBUTE.matcher(svg);
    while (m.find()) {
      for (String token : m.group(1).split("[ ,MLZ]+")) {
        if (!token.isEmpty() && token.matches("-?[0-9.eE+-]+") && !token.endsWith("%")) {
          assertTrue(Double.isFinite(Double.parseDouble(token)), token);
        }
      }
    }
  }

  @Test
  void costChart_ofAFreeCorridor_hasFiniteCoordinates() {
    // A zero-cost corridor wrote NaN coordinates: the cost axis ran from 0 to 0.
    Corridor free = corridor(440, 20, 0, GeoPoint.of(40.4, 49.9));
    assertFiniteCoordinates(
        TimeDistanceChart.of("free", ChartMetric.COST_USD).with("free", free).toSvg());
  }

  @Test
  void charts_ofTheDearestAndSlowestCorridor_end() {
    // A corridor costing 1.7e308 USD made toSvg() loop for ever; such a cost is now rejected when
    // the leg is built, and the largest allowed one draws.
    Corridor dear = corridor(TransitModel.MAX_DISTANCE_KM, TransitModel.MAX_DISTANCE_KM
        / TransitModel.MAX_HOURS, TransitModel.MAX_COST_USD, GeoPoint.of(40.4, 49.9));
    Corridor cheap = corridor(440, 20, 1, GeoPoint.of(40.4, 49.9));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (ChartMetric metric : ChartMetric.values()) {
        assertFiniteCoordinates(TimeDistanceChart.of("dear", metric).with("dear", dear)
            .with("cheap", cheap).toSvg());
      }
      assertFiniteCoordinates(CorridorMap.of("dear").with("dear", dear).toSvg());
    });
  }

  @Test
  void map_ofACorridorWhoseEndsShareAPosition_hasFiniteCoordinates() {
    Corridor point = corridor(1, 20, 10, GeoPoint.of(43.6, 51.2));
    assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertFiniteCoordinates(CorridorMap.of("one point").with("p", point).toSvg()));
  }
}
