package org.kervan.report;

import com.google.common.base.Joiner;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.LegStatus;

/**
 * A side-by-side text table of labelled corridors: total days and their breakdown (running,
 * waiting for departures, transshipment, border, dwell), cost per TEU, distance, countries and
 * chokepoints. Numbers are formatted in {@link Locale#ROOT}. A corridor that uses a leg that is
 * not operating today ({@link LegStatus#PLANNED} or {@link LegStatus#UNDER_CONSTRUCTION}) has its
 * label marked {@code *}, explained in a last line.
 *
 * <p>This class is immutable and thread-safe; {@link #with(String, Corridor)} returns a copy.
 */
public final class CorridorTable {
  private static final String[] HEADER = {
    "route", "days", "running", "waiting", "transfer", "border", "dwell", "USD/TEU", "km",
    "countries", "chokepoints"
  };

  private final ImmutableList<TimeDistanceChart.Series> rows;

  private CorridorTable(ImmutableList<TimeDistanceChart.Series> rows) {
    this.rows = rows;
  }

  /**
   * Returns an empty table.
   *
   * @return a table with no rows
   */
  public static CorridorTable of() {
    return new CorridorTable(ImmutableList.of());
  }

  /**
   * Returns a copy with one more row.
   *
   * @param label the row label, not blank
   * @param corridor the corridor
   * @return the new table
   */
  public CorridorTable with(String label, Corridor corridor) {
    return new CorridorTable(
        ImmutableList.<TimeDistanceChart.Series>builder()
            .addAll(rows)
            .add(new TimeDistanceChart.Series(label, corridor))
            .build());
  }

  /**
   * Renders the table as aligned plain text, one line per corridor after a header; times in days.
   *
   * @return the table, ending with a newline
   */
  public String toText() {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    boolean anyUnbuilt = false;
    for (TimeDistanceChart.Series r : rows) {
      Corridor c = r.corridor();
      boolean unbuilt = usesUnbuiltLegs(c);
      anyUnbuilt |= unbuilt;
      cells.add(
          new String[] {
            unbuilt ? r.label() + " *" : r.label(),
            days(c.totalHours()),
            days(c.runningHours()),
            days(c.waitingHours()),
            days(c.transshipmentHours()),
            days(c.borderHours()),
            days(c.dwellHours()),
            String.format(Locale.ROOT, "%.0f", c.totalCostUsd()),
            String.format(Locale.ROOT, "%.0f", c.distanceKm()),
            Joiner.on(' ').join(c.countries()),
            Joiner.on(' ').join(c.chokepoints())
          });
    }
    int[] width = new int[HEADER.length];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        boolean left = i == 0 || i >= 9;
        String cell = left ? Strings.padEnd(row[i], width[i], ' ') : Strings.padStart(row[i], width[i], ' ');
        out.append(i == 0 ? "" : "  ").append(cell);
      }
      out.append('\n');
    }
    if (anyUnbuilt) {
      out.append("* uses legs that are planned or under construction, not operating today\n");
    }
    return out.toString().replaceAll(" +\n", "\n");
  }

  private static boolean usesUnbuiltLegs(Corridor c) {
    for (Leg l : c.legs()) {
      if (l.status() != LegStatus.OPERATING) {
        return true;
      }
    }
    return false;
  }

  private static String days(double hours) {
    return String.format(Locale.ROOT, "%.2f", hours / 24.0);
  }

  /** Returns the table as text; see {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  /**
   * Returns the rows in the order added.
   *
   * @return an immutable list of labelled corridors
   */
  public List<TimeDistanceChart.Series> rows() {
    return rows;
  }
}
