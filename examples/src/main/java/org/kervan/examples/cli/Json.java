package org.kervan.examples.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.kervan.network.Corridor;
import org.kervan.network.Node;

/**
 * The one JSON schema of {@code --json} (documented in the README): every output is one object;
 * lists of results are arrays inside it; numbers are rounded half-even to a stated precision
 * (km 0.1, hours 0.01, days 0.001, USD 0.01, ratios 1e-6, degrees 1e-5); errors are an object
 * {@code {"error": {"exitCode": n, "message": "..."}}}. Gson is not told to allow NaN or
 * infinities, so a non-finite number is a bug that fails loudly instead of invalid JSON.
 */
final class Json {
  static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  /** The schema version; raised when a field changes meaning or goes away. */
  static final int SCHEMA_VERSION = 1;

  private Json() {}

  /** The top-level object of every output: {@code {"schema": 1, "kind": kind, ...}}. */
  static JsonObject top(String kind) {
    JsonObject o = new JsonObject();
    o.addProperty("schema", SCHEMA_VERSION);
    o.addProperty("kind", kind);
    return o;
  }

  static JsonObject error(int exitCode, String message) {
    JsonObject e = new JsonObject();
    e.addProperty("exitCode", exitCode);
    e.addProperty("message", message);
    JsonObject o = top("error");
    o.add("error", e);
    return o;
  }

  /** {@code value} rounded half-even to {@code decimals} places, exactly as written. */
  static BigDecimal round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON numbers must be finite, was " + value);
    }
    // Through the plain string, so 1250 stays 1250 and is not written as 1.25E+3.
    return new BigDecimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString());
  }

  static BigDecimal km(double v) {
    return round(v, 1);
  }

  static BigDecimal hours(double v) {
    return round(v, 2);
  }

  static BigDecimal days(double v) {
    return round(v, 3);
  }

  static BigDecimal usd(double v) {
    return round(v, 2);
  }

  static BigDecimal ratio(double v) {
    return round(v, 6);
  }

  static JsonArray strings(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  /** A node: id, name, country (or null at sea), kind, latitude, longitude. */
  static JsonObject node(Node n) {
    JsonObject o = new JsonObject();
    o.addProperty("id", n.id());
    o.addProperty("name", n.name());
    o.addProperty("country", n.country().orElse(null));
    o.addProperty("kind", n.kind().name());
    o.addProperty("latitude", round(n.position().latitude(), 5));
    o.addProperty("longitude", round(n.position().longitude(), 5));
    return o;
  }

  /**
   * A corridor: from, to, totalDays, totalHours, totalCostUsdPerTeu, co2eKgPerTeu (well-to-wake,
   * GLEC v3 default factors), distanceKm, the time
   * breakdown in hours, countries (ISO codes), chokepoints, {@code stages} (the rows of the text
   * table: one mode between places, sea waypoints folded in) and {@code legs} (every hop, waypoints
   * included; hours are the step's, node charge included).
   */
  static JsonObject corridor(Corridor c) {
    JsonObject o = new JsonObject();
    o.addProperty("from", c.origin().id());
    o.addProperty("to", c.destination().id());
    o.addProperty("totalDays", days(c.totalDays()));
    o.addProperty("totalHours", hours(c.totalHours()));
    o.addProperty("totalCostUsdPerTeu", usd(c.totalCostUsd()));
    o.addProperty("co2eKgPerTeu", round(c.co2eKgPerTeu(), 2));
    o.addProperty("distanceKm", km(c.distanceKm()));
    JsonObject breakdown = new JsonObject();
    breakdown.addProperty("runningHours", hours(c.runningHours()));
    breakdown.addProperty("waitingHours", hours(c.waitingHours()));
    breakdown.addProperty("transshipmentHours", hours(c.transshipmentHours()));
    breakdown.addProperty("borderHours", hours(c.borderHours()));
    breakdown.addProperty("dwellHours", hours(c.dwellHours()));
    o.add("breakdown", breakdown);
    o.add("countries", strings(c.countries()));
    o.add("chokepoints", strings(c.chokepoints()));
    JsonArray stages = new JsonArray();
    for (Stages.Stage s : Stages.of(c)) {
      JsonObject st = new JsonObject();
      st.addProperty("from", s.from());
      st.addProperty("to", s.to());
      st.addProperty("mode", s.mode().name());
      st.addProperty("distanceKm", km(s.distanceKm()));
      st.addProperty("hours", hours(s.hours()));
      st.addProperty("costUsdPerTeu", usd(s.costUsd()));
      st.add("via", strings(s.via()));
      stages.add(st);
    }
    o.add("stages", stages);
    JsonArray legs = new JsonArray();
    for (Corridor.Step s : c.steps()) {
      JsonObject l = new JsonObject();
      l.addProperty("from", s.leg().from());
      l.addProperty("to", s.leg().to());
      l.addProperty("mode", s.leg().mode().name());
      l.addProperty("distanceKm", km(s.leg().distanceKm()));
      l.addProperty("hours", hours(s.hours()));
      l.addProperty("costUsdPerTeu", usd(s.costUsd()));
      l.addProperty("status", s.leg().status().name());
      legs.add(l);
    }
    o.add("legs", legs);
    return o;
  }
}
