package org.kervan.examples.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.kervan.network.Corridor;

/** JSON forms of Kervan results for {@code --json}. */
final class Json {
  static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

  private Json() {}

  /**
   * A corridor as one object: from, to, totalDays, totalCostUsdPerTeu, distanceKm, the time
   * breakdown in hours, countries (ISO codes), chokepoints and legs (from, to, mode, distanceKm,
   * hours — the step's hours, node charge included).
   */
  static JsonObject corridor(Corridor c) {
    JsonObject o = new JsonObject();
    o.addProperty("from", c.origin().id());
    o.addProperty("to", c.destination().id());
    o.addProperty("totalDays", c.totalDays());
    o.addProperty("totalHours", c.totalHours());
    o.addProperty("totalCostUsdPerTeu", c.totalCostUsd());
    o.addProperty("distanceKm", c.distanceKm());
    JsonObject breakdown = new JsonObject();
    breakdown.addProperty("runningHours", c.runningHours());
    breakdown.addProperty("waitingHours", c.waitingHours());
    breakdown.addProperty("transshipmentHours", c.transshipmentHours());
    breakdown.addProperty("borderHours", c.borderHours());
    breakdown.addProperty("dwellHours", c.dwellHours());
    o.add("breakdown", breakdown);
    JsonArray countries = new JsonArray();
    c.countries().forEach(countries::add);
    o.add("countries", countries);
    JsonArray chokepoints = new JsonArray();
    c.chokepoints().forEach(chokepoints::add);
    o.add("chokepoints", chokepoints);
    JsonArray legs = new JsonArray();
    for (Corridor.Step s : c.steps()) {
      JsonObject l = new JsonObject();
      l.addProperty("from", s.leg().from());
      l.addProperty("to", s.leg().to());
      l.addProperty("mode", s.leg().mode().name());
      l.addProperty("distanceKm", s.leg().distanceKm());
      l.addProperty("hours", s.hours());
      l.addProperty("costUsdPerTeu", s.costUsd());
      l.addProperty("status", s.leg().status().name());
      legs.add(l);
    }
    o.add("legs", legs);
    return o;
  }
}
