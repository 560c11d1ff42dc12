package org.kervan.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kervan.network.Corridor;
import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.NodeKind;

/**
 * A corridor as stages: consecutive legs of one mode joined at sea waypoints or chokepoints are
 * one stage, naming the chokepoints passed. The text table, the CSV and the JSON {@code stages}
 * all show these, so the three outputs agree.
 */
final class Stages {
  /** One stage; hours and cost include the node charges of its steps. */
  record Stage(String from, String to, Mode mode, double distanceKm, double hours, double costUsd,
      List<String> via, boolean allOperating) {}

  private Stages() {}

  static List<Stage> of(Corridor c) {
    List<Stage> stages = new ArrayList<>();
    List<Corridor.Step> steps = c.steps();
    int i = 0;
    while (i < steps.size()) {
      Corridor.Step first = steps.get(i);
      double km = first.leg().distanceKm();
      double hours = first.hours();
      double cost = first.costUsd();
      boolean operating = first.leg().status() == LegStatus.OPERATING;
      List<String> via = new ArrayList<>(first.leg().chokepoints());
      int j = i + 1;
      while (j < steps.size()
          && steps.get(j).leg().mode() == first.leg().mode()
          && passThrough(steps.get(j).node().kind())) {
        Corridor.Step s = steps.get(j);
        if (s.node().kind() == NodeKind.CHOKEPOINT) {
          via.add(s.node().id());
        }
        via.addAll(s.leg().chokepoints());
        km += s.leg().distanceKm();
        hours += s.hours();
        cost += s.costUsd();
        operating &= s.leg().status() == LegStatus.OPERATING;
        j++;
      }
      stages.add(new Stage(first.leg().from(), steps.get(j - 1).leg().to(), first.leg().mode(), km,
          hours, cost, List.copyOf(via), operating));
      i = j;
    }
    return stages;
  }

  /** The stages as an aligned text table. */
  static String table(Corridor c) {
    StringBuilder out = new StringBuilder();
    String row = "%-18s %-18s %-6s %8s %8s %8s  %s%n";
    out.append(String.format(Locale.ROOT, row, "from", "to", "mode", "km", "hours", "USD/TEU", "via"));
    for (Stage s : of(c)) {
      out.append(String.format(Locale.ROOT, "%-18s %-18s %-6s %,8.0f %8.1f %,8.0f  %s%n", s.from(),
          s.to(), s.mode(), s.distanceKm(), s.hours(), s.costUsd(), String.join(" ", s.via())));
    }
    return out.toString().replaceAll(" +\n", "\n");
  }

  private static boolean passThrough(NodeKind kind) {
    return kind == NodeKind.WAYPOINT || kind == NodeKind.CHOKEPOINT;
  }
}
