package org.kervan.trade;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.kervan.elasticity.TimeComponent;
import org.kervan.network.Corridor;
import org.kervan.network.Leg;
import org.kervan.network.Node;
import org.kervan.network.TimeSpread;
import org.kervan.network.TransitModel;

/**
 * Draws a corridor's total time with its legs' and nodes' time spreads and its scheduled
 * departures: each step's node charge and leg running time are multiplied by a factor drawn from
 * the triangular distribution on {@code [lowFactor, highFactor]} with mode 1 (commons-math3 {@link
 * TriangularDistribution}, inverse CDF); the wait for a scheduled departure is that of a container
 * arriving at a random time: uniform on {@code [0, H]} for a regular timetable of headway {@code
 * H}, and for a leg whose intervals vary with coefficient of variation {@code CV} the position
 * {@code U} uniform on {@code [0, 1]} in an interval {@code L} drawn length-biased, from the gamma
 * distribution of shape {@code k + 1} and scale {@code H / k}, {@code k = 1 / CV^2}, so that the
 * wait {@code U L} has mean {@code H (1 + CV^2) / 2}, the corridor's expected wait (gamma
 * intervals are an assumption; the mean does not depend on it). Steps without a spread or a
 * schedule are deterministic. Steps
 * combine through {@link TransitModel} in the corridor's order, so with every factor at 1 and no
 * schedule a draw equals {@link Corridor#totalHours()} bit for bit. Draws are taken in step order
 * (node, wait, leg) and only where there is something to draw. Not thread-safe: it shares its
 * generator.
 */
final class CorridorSampler {
  private final double[] nodeHours;
  private final double[] waitingHours;
  private final double[] runningHours;
  // The node charge split into its transfer-or-dwell part and its border part, and the
  // TimeComponent ordinals they and the running time count towards.
  private final double[] nodeMainHours;
  private final double[] borderHours;
  private final int[] nodeComponent;
  private final int[] runningComponent;
  // null where the node or leg has no spread (or a degenerate one), so no draw is taken.
  private final TriangularDistribution[] nodeSpread;
  private final TriangularDistribution[] legSpread;
  // null where the leg has no scheduled wait (unscheduled, or schedules ignored).
  private final UniformRealDistribution[] wait;
  // The length-biased interval of an irregular service; null for a regular timetable.
  private final GammaDistribution[] interval;
  // Component days of the last draw of sampleHours, which callers do not read.
  private final double[] scratch = new double[TimeComponent.values().length];

  CorridorSampler(Corridor corridor, RandomGenerator random) {
    int n = corridor.steps().size();
    nodeHours = new double[n];
    waitingHours = new double[n];
    runningHours = new double[n];
    nodeMainHours = new double[n];
    borderHours = new double[n];
    nodeComponent = new int[n];
    runningComponent = new int[n];
    nodeSpread = new TriangularDistribution[n];
    legSpread = new TriangularDistribution[n];
    wait = new UniformRealDistribution[n];
    interval = new GammaDistribution[n];
    for (int i = 0; i < n; i++) {
      Corridor.Step s = corridor.steps().get(i);
      nodeHours[i] =
          TransitModel.nodeHours(
              s.transfer(), s.transshipmentHours(), s.dwellHours(), s.borderHours());
      nodeMainHours[i] = s.transfer() ? s.transshipmentHours() : s.dwellHours();
      borderHours[i] = s.borderHours();
      nodeComponent[i] =
          (s.transfer()
                  ? TimeComponent.TRANSFER
                  : CorridorDays.isPassage(s.node()) ? TimeComponent.WAITING : TimeComponent.DWELL)
              .ordinal();
      runningComponent[i] = CorridorDays.component(s.leg().mode()).ordinal();
      waitingHours[i] = s.waitingHours();
      runningHours[i] = s.runningHours();
      Node node = s.node();
      Leg leg = s.leg();
      nodeSpread[i] = node.timeSpread().map(t -> triangular(t, random)).orElse(null);
      legSpread[i] = leg.timeSpread().map(t -> triangular(t, random)).orElse(null);
      if (waitingHours[i] > 0) {
        double cv = leg.headwayCv();
        if (cv == 0) {
          // The expected wait is half the headway, so the headway is twice it.
          wait[i] = new UniformRealDistribution(random, 0.0, 2.0 * waitingHours[i]);
        } else {
          double headway = 2.0 * waitingHours[i] / (1 + cv * cv);
          double k = 1 / (cv * cv);
          wait[i] = new UniformRealDistribution(random, 0.0, 1.0);
          interval[i] = new GammaDistribution(random, k + 1, headway / k);
        }
      }
    }
  }

  private static TriangularDistribution triangular(TimeSpread spread, RandomGenerator random) {
    if (spread.lowFactor() == spread.highFactor()) {
      return null; // both 1: the time is certain
    }
    return new TriangularDistribution(random, spread.lowFactor(), 1.0, spread.highFactor());
  }

  private double drawWait(int i) {
    if (wait[i] == null) {
      return waitingHours[i];
    }
    return interval[i] == null ? wait[i].sample() : wait[i].sample() * interval[i].sample();
  }

  /** Returns one draw of the total hours. */
  double sampleHours() {
    return sample(scratch);
  }

  /**
   * Returns one draw of the total days and writes the days of each {@link TimeComponent} (indexed
   * by ordinal) into {@code componentDays}. The total is the same double {@link #sampleDays()}
   * would give for the same draws.
   */
  double sampleDays(double[] componentDays) {
    return sample(componentDays) / 24.0;
  }

  /**
   * One draw: the total hours, summed through {@link TransitModel} in step order, and the days of
   * each component written into {@code componentDays} (cleared first).
   */
  private double sample(double[] componentDays) {
    java.util.Arrays.fill(componentDays, 0.0);
    double total = 0;
    for (int i = 0; i < nodeHours.length; i++) {
      double factor = nodeSpread[i] == null ? 1.0 : nodeSpread[i].sample();
      double node = nodeSpread[i] == null ? nodeHours[i] : nodeHours[i] * factor;
      double waiting = drawWait(i);
      double running = runningHours[i];
      if (legSpread[i] != null) {
        running *= legSpread[i].sample();
      }
      total += TransitModel.step(node, TransitModel.legHours(waiting, running));
      componentDays[nodeComponent[i]] += nodeMainHours[i] * factor / 24.0;
      componentDays[TimeComponent.BORDER.ordinal()] += borderHours[i] * factor / 24.0;
      componentDays[TimeComponent.WAITING.ordinal()] += waiting / 24.0;
      componentDays[runningComponent[i]] += running / 24.0;
    }
    return total;
  }

  /** Returns one draw of the total days, {@code hours / 24}. */
  double sampleDays() {
    return sampleHours() / 24.0;
  }
}
