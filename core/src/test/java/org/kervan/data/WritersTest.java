package org.kervan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;
import org.kervan.network.Node;
import org.kervan.network.NodeKind;
import org.kervan.quantity.CostPerTeu;
import org.kervan.quantity.Distance;
import org.kervan.quantity.GeoPoint;
import org.kervan.quantity.Speed;

/** What the writers put in each field, and that they flush buffered sinks they do not close. */
class WritersTest {
  private static Network network() {
    Node a =
        Node.of("KZAKX", "Aktau", "KZ", NodeKind.SEAPORT, GeoPoint.of(43.6, 51.2))
            .withTransshipment(Duration.ofHours(12), CostPerTeu.ofUsd(120))
            .withDwell(Duration.ofHours(6), CostPerTeu.ofUsd(10))
            .withBorder(Duration.ofHours(3), CostPerTeu.ofUsd(20));
    Node b = Node.of("AZBAK", "Baku", "AZ", NodeKind.SEAPORT, GeoPoint.of(40.4, 49.9));
    Leg ferry =
        Leg.of("KZAKX", "AZBAK", Mode.FERRY, Distance.ofKilometres(440),
                Speed.ofKilometresPerHour(20))
            .withDeparturesPerWeek(2)
            .withCost(400, 0.5);
    return Network.builder().addNode(a).addNode(b).addLeg(ferry).build();
  }

  @Test
  void geoJson_nodeAndLegProperties_carryTheModelsNumbers() {
    JsonArray features =
        JsonParser.parseString(GeoJson.of(network())).getAsJsonObject().getAsJsonArray("features");
    JsonObject node = features.get(0).getAsJsonObject().getAsJsonObject("properties");
    assertEquals("KZAKX", node.get("id").getAsString());
    assertEquals(12.0, node.get("transshipment_hours").getAsDouble());
    assertEquals(6.0, node.get("dwell_hours").getAsDouble());
    assertEquals(3.0, node.get("border_hours").getAsDouble());
    JsonObject leg = features.get(2).getAsJsonObject().getAsJsonObject("properties");
    assertEquals(440.0, leg.get("distance_km").getAsDouble());
    // 22 h running plus half of a 84 h headway.
    assertEquals(64.0, leg.get("hours").getAsDouble());
    assertEquals(620.0, leg.get("cost_usd").getAsDouble());
  }

  @Test
  void csvWrite_toBufferedSinks_flushesThemWithoutClosing() throws Exception {
    StringWriter nodeText = new StringWriter();
    StringWriter legText = new StringWriter();
    BufferedWriter nodes = new BufferedWriter(nodeText, 1 << 16);
    BufferedWriter legs = new BufferedWriter(legText, 1 << 16);
    NetworkCsv.write(network(), nodes, legs);
    // Nothing read from the buffered writers themselves: the text must already be through.
    Network back =
        NetworkCsv.read(
            new StringReader(nodeText.toString()), "nodes.csv",
            new StringReader(legText.toString()), "legs.csv");
    assertEquals(network(), back);
    nodes.write("still open");
    legs.write("still open");
  }
}
