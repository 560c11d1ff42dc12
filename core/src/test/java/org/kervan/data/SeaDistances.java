package org.kervan.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.kervan.network.Leg;
import org.kervan.network.Mode;
import org.kervan.network.Network;

/**
 * A plain reference Dijkstra on {@link Leg#distanceKm()} over the legs of one mode, for checking
 * the default network's shortest sea distances independently of any router.
 */
final class SeaDistances {
  static final double KM_PER_NM = 1.852;

  /** A shortest path: its length and the node ids passed, origin first. */
  record Path(double distanceKm, List<String> nodeIds) {
    double nauticalMiles() {
      return distanceKm / KM_PER_NM;
    }
  }

  private SeaDistances() {}

  /**
   * Shortest path by legs of a mode, never entering a closed node nor taking a leg that lists a
   * closed chokepoint; null if none.
   */
  static Path shortest(Network network, Mode mode, String from, String to, Set<String> closed) {
    Map<String, List<Leg>> out = new HashMap<>();
    for (Leg l : network.legs()) {
      if (l.mode() == mode
          && !closed.contains(l.from())
          && !closed.contains(l.to())
          && Collections.disjoint(l.chokepoints(), closed)) {
        out.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
      }
    }
    Map<String, Double> dist = new HashMap<>();
    Map<String, String> prev = new HashMap<>();
    PriorityQueue<Map.Entry<String, Double>> queue =
        new PriorityQueue<>(Map.Entry.comparingByValue());
    dist.put(from, 0.0);
    queue.add(Map.entry(from, 0.0));
    while (!queue.isEmpty()) {
      Map.Entry<String, Double> e = queue.poll();
      String u = e.getKey();
      if (e.getValue() > dist.get(u)) {
        continue;
      }
      if (u.equals(to)) {
        break;
      }
      for (Leg l : out.getOrDefault(u, List.of())) {
        double d = e.getValue() + l.distanceKm();
        if (d < dist.getOrDefault(l.to(), Double.POSITIVE_INFINITY)) {
          dist.put(l.to(), d);
          prev.put(l.to(), u);
          queue.add(Map.entry(l.to(), d));
        }
      }
    }
    if (!dist.containsKey(to)) {
      return null;
    }
    List<String> path = new ArrayList<>();
    for (String v = to; v != null; v = prev.get(v)) {
      path.add(v);
    }
    Collections.reverse(path);
    return new Path(dist.get(to), List.copyOf(path));
  }

  /** The ids of every node reachable from {@code from} by legs of a mode. */
  static Set<String> reachable(Network network, Mode mode, String from) {
    Map<String, List<Leg>> out = new HashMap<>();
    for (Leg l : network.legs()) {
      if (l.mode() == mode) {
        out.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
      }
    }
    Set<String> seen = new java.util.HashSet<>(Set.of(from));
    java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>(List.of(from));
    while (!stack.isEmpty()) {
      for (Leg l : out.getOrDefault(stack.pop(), List.of())) {
        if (seen.add(l.to())) {
          stack.push(l.to());
        }
      }
    }
    return seen;
  }

  static Path sea(Network network, String from, String to) {
    return shortest(network, Mode.SEA, from, to, Set.of());
  }
}
