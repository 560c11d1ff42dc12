package org.kervan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.kervan.examples.cli.KervanCli;

class KervanCliTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KervanCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void route_json_hasTheDocumentedFields() {
    Run r = run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid-mode", "RAIL,ROAD,FERRY", "--json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("INNSA", o.get("from").getAsString());
    assertEquals("GRPIR", o.get("to").getAsString());
    double days = o.get("totalDays").getAsDouble();
    assertTrue(days > 9 && days < 12, r.out());
    assertTrue(o.get("totalCostUsdPerTeu").getAsDouble() > 0);
    assertTrue(o.get("distanceKm").getAsDouble() > 6000);
    JsonArray countries = o.getAsJsonArray("countries");
    assertEquals("IN", countries.get(0).getAsString());
    assertTrue(o.getAsJsonArray("chokepoints").toString().contains("CP_SUEZ"));
    double hours = 0;
    for (JsonElement e : o.getAsJsonArray("legs")) {
      JsonObject leg = e.getAsJsonObject();
      for (String k : new String[] {"from", "to", "mode", "distanceKm", "hours"}) {
        assertTrue(leg.has(k), k + " in " + leg);
      }
      assertEquals("SEA", leg.get("mode").getAsString());
      hours += leg.get("hours").getAsDouble();
    }
    assertEquals(days * 24, hours, 1e-6);
  }

  @Test
  void route_avoidingSuezAndRussia_respectsBoth() {
    Run r = run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUEZ,RU", "--json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertFalse(o.getAsJsonArray("chokepoints").toString().contains("CP_SUEZ"), r.out());
    assertFalse(o.getAsJsonArray("countries").toString().contains("RU"), r.out());
  }

  @Test
  void route_table_andAlternatives() {
    Run r = run("route", "--from", "INNSA", "--to", "GRPIR", "--scenario", "today", "--alternatives", "3");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("#1") && r.out().contains("#3"), r.out());
    assertTrue(r.out().contains("route") && r.out().contains("days"), r.out());
    Run cost = run("route", "--from", "KZALA", "--to", "GEPTI", "--criterion", "cost");
    assertEquals(0, cost.code(), cost.err());
  }

  @Test
  void route_seaSpeed_slowSteamingTakesLonger() {
    Run normal = run("route", "--from", "CNSHA", "--to", "NLRTM", "--avoid-mode", "RAIL,ROAD,FERRY", "--json");
    Run slow =
        run("route", "--from", "CNSHA", "--to", "NLRTM", "--avoid-mode", "RAIL,ROAD,FERRY", "--sea-speed", "14", "--json");
    assertEquals(0, slow.code(), slow.err());
    double normalDays = JsonParser.parseString(normal.out()).getAsJsonObject().get("totalDays").getAsDouble();
    double slowDays = JsonParser.parseString(slow.out()).getAsJsonObject().get("totalDays").getAsDouble();
    // About 19,800 km of lanes: at 14 instead of 16 kn the sailing takes 1/7 longer, some 3.7 days.
    assertTrue(slowDays - normalDays > 3 && slowDays - normalDays < 4.5, normalDays + " -> " + slowDays);
    Run zero = run("route", "--from", "CNSHA", "--to", "NLRTM", "--sea-speed", "0");
    assertEquals(1, zero.code());
    assertTrue(zero.err().contains("--sea-speed must be in (0, 40] knots, was 0.0"), zero.err());
  }

  @Test
  void compare_andGain_andNodes() {
    Run c = run("compare", "SUEZ_ALL_SEA", "IMEC_AS_PLANNED");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("SUEZ_ALL_SEA") && c.out().contains("IMEC_AS_PLANNED"), c.out());
    Run cj = run("compare", "--json");
    assertEquals(0, cj.code(), cj.err());
    assertTrue(JsonParser.parseString(cj.out()).getAsJsonArray().size() >= 8);
    Run g = run("gain", "--baseline-days", "12", "--new-days", "10");
    assertEquals(0, g.code(), g.err());
    assertTrue(g.out().contains("Hummels & Schaur 2013"), g.out());
    Run gj = run("gain", "--baseline", "CAPE_ALL_SEA", "--new", "IMEC_AS_PLANNED", "--json");
    assertEquals(0, gj.code(), gj.err());
    JsonObject o = JsonParser.parseString(gj.out()).getAsJsonObject();
    assertTrue(o.get("baselineDays").getAsDouble() > o.get("newDays").getAsDouble());
    Run n = run("nodes", "--country", "KZ");
    assertEquals(0, n.code(), n.err());
    assertTrue(n.out().contains("KZAKX"), n.out());
    assertFalse(n.out().contains("INNSA"), n.out());
  }

  @Test
  void badArguments_getOneLineAndNonZeroExit() {
    Run unknown = run("route", "--from", "INNSA", "--to", "XXXXX");
    assertEquals(1, unknown.code());
    assertEquals(
        "kervan: destination must name a node of the network, was unknown id 'XXXXX'",
        unknown.err().strip());
    Run missing = run("route", "--from", "INNSA");
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("kervan: Missing required option: '--to=<to>'"), missing.err());
    assertFalse(missing.err().contains("at org."), missing.err());
    Run badEnum = run("route", "--from", "INNSA", "--to", "GRPIR", "--criterion", "fastest");
    assertEquals(2, badEnum.code());
    Run badNumber = run("gain", "--baseline-days", "abc", "--new-days", "1");
    assertEquals(2, badNumber.code());
    Run nan = run("gain", "--baseline-days", "NaN", "--new-days", "1");
    assertEquals(1, nan.code());
    assertTrue(nan.err().contains("NaN"), nan.err());
    assertFalse(nan.err().contains("\tat "), nan.err());
    Run cut = run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid-mode", "SEA");
    assertEquals(3, cut.code(), cut.out() + cut.err());
    assertTrue(cut.err().startsWith("kervan: no route"), cut.err());
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("route") && help.out().contains("compare"), help.out());
  }
}
