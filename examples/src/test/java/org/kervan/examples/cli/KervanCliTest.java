package org.kervan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kervan.examples.cli.Cli.Run;

class KervanCliTest {
  @Test
  void route_json_isOneObjectWithTheDocumentedFields() {
    Run r = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid-mode", "RAIL,ROAD,FERRY", "--json");
    assertEquals(0, r.code(), r.err());
    JsonObject top = r.json();
    assertEquals(1, top.get("schema").getAsInt());
    assertEquals("route", top.get("kind").getAsString());
    assertEquals("INNSA", top.getAsJsonObject("request").get("from").getAsString());
    JsonArray corridors = top.getAsJsonArray("corridors");
    assertEquals(1, corridors.size());
    JsonObject o = corridors.get(0).getAsJsonObject();
    assertEquals("GRPIR", o.get("to").getAsString());
    double days = o.get("totalDays").getAsDouble();
    assertTrue(days > 9 && days < 12, r.out());
    assertTrue(o.get("distanceKm").getAsDouble() > 6000);
    assertEquals("IN", o.getAsJsonArray("countries").get(0).getAsString());
    assertTrue(o.getAsJsonArray("chokepoints").toString().contains("CP_SUEZ"));
    double hours = 0;
    for (JsonElement e : o.getAsJsonArray("legs")) {
      JsonObject leg = e.getAsJsonObject();
      for (String k : new String[] {"from", "to", "mode", "distanceKm", "hours", "costUsdPerTeu", "status"}) {
        assertTrue(leg.has(k), k + " in " + leg);
      }
      assertEquals("SEA", leg.get("mode").getAsString());
      hours += leg.get("hours").getAsDouble();
    }
    // Each leg's hours are rounded to 0.01 h, so their sum is within half a hundredth per leg.
    assertEquals(days * 24, hours, 0.005 * o.getAsJsonArray("legs").size() + 0.024);
    assertTrue(o.getAsJsonArray("stages").size() < o.getAsJsonArray("legs").size(), "waypoints fold into stages");
  }

  @Test
  void json_numbersHaveAtMostTheStatedDecimals() {
    Run r = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--alternatives", "3", "--json");
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("\"(\\w+)\": (-?\\d+\\.\\d+)").matcher(r.out());
    int seen = 0;
    while (m.find()) {
      seen++;
      int decimals = m.group(2).length() - m.group(2).indexOf('.') - 1;
      String key = m.group(1);
      int allowed = key.endsWith("Km") ? 1 : key.endsWith("Hours") || key.equals("hours") ? 2
          : key.endsWith("Days") ? 3 : key.contains("Usd") ? 2 : 6;
      assertTrue(decimals <= allowed, key + "=" + m.group(2));
    }
    assertTrue(seen > 50, "numbers checked: " + seen);
    assertEquals(3, r.json().getAsJsonArray("corridors").size(), "alternatives are a list inside the object");
  }

  @Test
  void route_text_showsStagesAndTheScenarioNote() {
    Run r = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUEZ,RU", "--scenario", "planned");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("note: best uses links not operating today (--scenario planned)"), r.out());
    assertTrue(r.out().contains("(planned)"), r.out());
    Run today = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUEZ,RU");
    assertEquals(0, today.code(), today.err());
    assertFalse(today.out().contains("note:"), today.out());
    Run explicit = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUEZ,RU", "--scenario", "today");
    assertEquals(today.out(), explicit.out(), "today is the default");
    Run json = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUEZ,RU", "--json", "--scenario", "planned");
    assertTrue(json.json().getAsJsonArray("notes").get(0).getAsString().contains("planned"), json.out());
    assertEquals("PLANNED", json.json().getAsJsonObject("request").get("scenario").getAsString());
    Run defaultJson = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--avoid", "CP_SUEZ,RU", "--json");
    assertEquals("TODAY", defaultJson.json().getAsJsonObject("request").get("scenario").getAsString());
    assertEquals(0, defaultJson.json().getAsJsonArray("notes").size(), defaultJson.out());
  }

  @Test
  void route_alternativesAndCriteria() {
    Run r = Cli.run("route", "--from", "INNSA", "--to", "GRPIR", "--scenario", "today", "--alternatives", "3");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("#1") && r.out().contains("#3"), r.out());
    Run cost = Cli.run("route", "--from", "KZALA", "--to", "GEPTI", "--criterion", "cost");
    assertEquals(0, cost.code(), cost.err());
    Run gc = Cli.run("route", "--from", "KZALA", "--to", "GEPTI", "--criterion", "generalised_cost", "--value-of-time", "250");
    assertEquals(0, gc.code(), gc.err());
  }

  @Test
  void idsAndAvoidances_ignoreCase() {
    Run lower = Cli.run("route", "--from", "innsa", "--to", "grpir", "--avoid", "cp_suez,ru", "--json");
    assertEquals(0, lower.code(), lower.err());
    JsonObject c = lower.json().getAsJsonArray("corridors").get(0).getAsJsonObject();
    assertEquals("INNSA", c.get("from").getAsString());
    assertFalse(c.getAsJsonArray("chokepoints").toString().contains("CP_SUEZ"));
    assertFalse(c.getAsJsonArray("countries").toString().contains("\"RU\""));
  }

  @Test
  void route_seaSpeed_slowSteamingTakesLonger() {
    Run normal =
        Cli.run("route", "--from", "CNSHA", "--to", "NLRTM", "--avoid-mode", "RAIL,ROAD,FERRY", "--json");
    Run slow =
        Cli.run(
            "route", "--from", "CNSHA", "--to", "NLRTM", "--avoid-mode", "RAIL,ROAD,FERRY",
            "--sea-speed", "14", "--json");
    assertEquals(0, slow.code(), slow.err());
    double normalDays = days(normal);
    double slowDays = days(slow);
    // About 19,800 km of lanes: at 14 instead of 16 kn the sailing takes 1/7 longer, some 3.7 days.
    assertTrue(slowDays - normalDays > 3 && slowDays - normalDays < 4.5, normalDays + " -> " + slowDays);
    Run zero = Cli.run("route", "--from", "CNSHA", "--to", "NLRTM", "--sea-speed", "0");
    assertEquals(1, zero.code());
    assertTrue(zero.err().contains("--sea-speed must be in (0, 40] knots, was 0.0"), zero.err());
  }

  private static double days(Run r) {
    return r.json().getAsJsonArray("corridors").get(0).getAsJsonObject().get("totalDays").getAsDouble();
  }

  @Test
  void compare_gain_nodes() {
    Run c = Cli.run("compare", "suez_all_sea", "IMEC_AS_PLANNED");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("SUEZ_ALL_SEA") && c.out().contains("IMEC_AS_PLANNED *"), c.out());
    assertTrue(c.out().contains("* uses legs that are planned or under construction"), c.out());
    Run cj = Cli.run("compare", "--json");
    assertEquals(0, cj.code(), cj.err());
    assertTrue(cj.json().getAsJsonArray("corridors").size() >= 8);
    Run g = Cli.run("gain", "--baseline-days", "12", "--new-days", "10");
    assertEquals(0, g.code(), g.err());
    assertTrue(g.out().contains("Hummels & Schaur 2013"), g.out());
    Run gj =
        Cli.run(
            "gain", "--observed", "SUEZ_ALL_SEA", "--baseline", "CAPE_ALL_SEA", "--new",
            "IMEC_AS_PLANNED", "--value-usd", "1e9", "--json");
    assertEquals(0, gj.code(), gj.err());
    JsonObject o = gj.json();
    assertEquals("SUEZ_ALL_SEA", o.get("observed").getAsString());
    com.google.gson.JsonArray rows = o.getAsJsonArray("timeElasticities");
    assertTrue(rows.size() >= 6, gj.out());
    for (com.google.gson.JsonElement e : rows) {
      JsonObject r = e.getAsJsonObject();
      // Each row names the days it used and both values, evaluated from the observed state.
      assertTrue(
          r.has("components") && r.has("baselineValueUsd") && r.has("newValueUsd"), r.toString());
      assertEquals(
          r.get("newValueUsd").getAsDouble() - r.get("baselineValueUsd").getAsDouble(),
          r.get("gainUsd").getAsDouble(),
          0.02);
    }
    assertEquals(3, o.getAsJsonObject("tradeCostBridge").getAsJsonArray("rows").size(), gj.out());
    Run text =
        Cli.run(
            "gain", "--observed", "SUEZ_ALL_SEA", "--baseline", "SUEZ_ALL_SEA", "--new",
            "CAPE_ALL_SEA");
    assertEquals(0, text.code(), text.err());
    // From the observed corridor the baseline value is the observed value itself.
    assertTrue(text.out().contains("1,000,000,000"), text.out());
    assertTrue(text.out().contains("Trade-cost bridge"), text.out());
    Run noObserved = Cli.run("gain", "--baseline", "CAPE_ALL_SEA", "--new", "IMEC_AS_PLANNED");
    assertTrue(noObserved.out().contains("no --observed given"), noObserved.out());
    assertTrue(noObserved.out().contains("note: IMEC_AS_PLANNED uses legs that are planned"), noObserved.out());
    assertFalse(text.out().contains("note:"), text.out());
    Run n = Cli.run("nodes", "--country", "kz");
    assertEquals(0, n.code(), n.err());
    assertTrue(n.out().contains("KZAKX"), n.out());
    assertFalse(n.out().contains("INNSA"), n.out());
    Run nj = Cli.run("nodes", "--json");
    JsonObject first = nj.json().getAsJsonArray("nodes").get(0).getAsJsonObject();
    assertTrue(first.has("latitude") && first.has("longitude") && first.has("name"), first.toString());
  }

  @Test
  void version_isThePomVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher v = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertTrue(v.find());
    Run r = Cli.run("--version");
    assertEquals(0, r.code());
    assertEquals("kervan " + v.group(1), r.out().strip());
    for (String sub : new String[] {"route", "batch", "compare", "gain", "nodes"}) {
      assertEquals("kervan " + v.group(1), Cli.run(sub, "--version").out().strip(), sub);
    }
  }

  @Test
  void help_listsEverySubcommand() {
    Run help = Cli.run("--help");
    assertEquals(0, help.code());
    for (String s : new String[] {"route", "batch", "compare", "gain", "nodes"}) {
      assertTrue(help.out().contains(s), help.out());
    }
  }
}
