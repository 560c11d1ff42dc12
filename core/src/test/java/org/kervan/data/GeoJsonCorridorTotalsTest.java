package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.network.WaitPolicy;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** The corridor feature's totals, against numbers worked out by hand for a two-leg corridor. */
class GeoJsonCorridorTotalsTest {

  @Test
  void corridorFeature_carriesEveryTotal() {
    Node a = Node.of("GRPIR", "Piraeus", "GR", NodeKind.SEAPORT, GeoPoint.of(37.9, 23.6));
    Node b = Node.of("ITGOA", "Genoa", "IT", NodeKind.SEAPORT, GeoPoint.of(44.4, 8.9));
    Node c = Node.of("CHBAS", "Basel", "CH", NodeKind.RAIL_TERMINAL, GeoPoint.of(47.6, 7.6));
    Corridor corridor = Corridor.of(List.of(a, b, c), List.of(
        Leg.of("GRPIR", "ITGOA", Mode.SEA, Distance.ofKilometres(2000),
            Speed.ofKilometresPerHour(30)).withCost(300, 0.1),
        Leg.of("ITGOA", "CHBAS", Mode.RAIL, Distance.ofKilometres(1500),
            Speed.ofKilometresPerHour(40)).withCost(200, 0).withStatus(LegStatus.PLANNED)),
        WaitPolicy.EXPECTED_HALF_HEADWAY);
    JsonObject collection = JsonParser.parseString(GeoJson.of(corridor)).getAsJsonObject();
    JsonArray features = collection.getAsJsonArray("features");
    JsonObject p = features.get(0).getAsJsonObject().getAsJsonObject("properties");
    assertEquals("corridor", p.get("feature").getAsString());
    assertEquals("GRPIR", p.get("origin").getAsString());
    assertEquals("CHBAS", p.get("destination").getAsString());
    assertEquals(2, p.get("legs").getAsInt());
    assertEquals(3500, p.get("distance_km").getAsDouble(), 1e-9);
    double running = 2000 / 30.0 + 1500 / 40.0;
    assertEquals(running, p.get("running_hours").getAsDouble(), 1e-9);
    assertEquals(running, p.get("total_hours").getAsDouble(), 1e-9);
    assertEquals(running / 24, p.get("total_days").getAsDouble(), 1e-9);
    assertEquals(0, p.get("waiting_hours").getAsDouble());
    assertEquals(0, p.get("transshipment_hours").getAsDouble());
    assertEquals(0, p.get("dwell_hours").getAsDouble());
    assertEquals(0, p.get("border_hours").getAsDouble());
    // 300 + 0.1 USD/km * 2000 km, then 200.
    assertEquals(700, p.get("total_cost_usd").getAsDouble(), 1e-9);
    // GLEC v3 defaults: 55 g/TEU-km at sea, 250 by diesel rail, 15 kg for the change at Genoa.
    assertEquals(55 * 2 + 250 * 1.5 + 15, p.get("co2e_kg_per_teu").getAsDouble(), 1e-9);
    assertEquals("[\"GR\",\"IT\",\"CH\"]", p.getAsJsonArray("countries").toString());
    assertEquals("[]", p.getAsJsonArray("chokepoints").toString());
    assertEquals(1, p.get("unbuilt_legs").getAsInt());
    assertEquals("EXPECTED_HALF_HEADWAY", p.get("wait_policy").getAsString());
    // The line runs Piraeus, Genoa, Basel as [lon, lat].
    JsonArray line = features.get(0).getAsJsonObject().getAsJsonObject("geometry")
        .getAsJsonArray("coordinates");
    assertEquals("[[23.6,37.9],[8.9,44.4],[7.6,47.6]]", line.toString());
    // Then the three nodes and the two steps, each with its own hours and cost.
    assertEquals(6, features.size());
    JsonObject step1 = features.get(5).getAsJsonObject().getAsJsonObject("properties");
    assertEquals(1, step1.get("step").getAsInt());
    assertEquals(1500 / 40.0, step1.get("hours").getAsDouble(), 1e-9);
    assertEquals(200, step1.get("cost_usd").getAsDouble(), 1e-9);
  }
}
