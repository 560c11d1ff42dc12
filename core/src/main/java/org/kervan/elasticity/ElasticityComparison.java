package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.kervan.internal.Checks;

/**
 * Several elasticity functions applied to the same change in transit time, side by side, so that
 * it is plain how much the functional form matters. {@link #toString()} prints a table.
 *
 * @param baselineDays the baseline transit time, days, finite and {@code > 0}
 * @param newDays the new transit time, days, finite and {@code > 0}
 * @param rows one row per function, in the order given
 *     <p>This record is immutable and thread-safe.
 */
public record ElasticityComparison(double baselineDays, double newDays, List<Row> rows) {

  /**
   * One function's answer.
   *
   * @param name the function's name, e.g. a preset's name and end of range, or its label
   * @param form the functional form
   * @param citation where the parameters come from
   * @param multiplier the trade multiplier {@code X1/X0}, finite and {@code >= 0}
   * @param percentChange {@code 100 * (multiplier - 1)}
   *     <p>This record is immutable and thread-safe.
   */
  public record Row(
      String name, Form form, Citation citation, double multiplier, double percentChange) {
    /**
     * Validates the components.
     *
     * @param name the function's name, e.g. a preset's name and end of range, or its label
     * @param form the functional form
     * @param citation where the parameters come from
     * @param multiplier the trade multiplier {@code X1/X0}, finite and {@code >= 0}
     * @param percentChange {@code 100 * (multiplier - 1)}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code multiplier} is negative, NaN or infinite, or
     *     {@code percentChange} is not finite
     */
    public Row {
      checkNotNull(name, "name");
      checkNotNull(form, "form");
      checkNotNull(citation, "citation");
      Checks.finiteNonNegative(multiplier, "multiplier");
      Checks.finite(percentChange, "percentChange");
    }
  }

  /**
   * Validates the components and copies the rows.
   *
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @param rows one row per function, in the order given
   * @throws NullPointerException if a component or row is null
   * @throws IllegalArgumentException if a time is NaN, infinite, zero or negative
   */
  public ElasticityComparison {
    rows = ImmutableList.copyOf(checkNotNull(rows, "rows"));
    Args.checkDays(baselineDays, newDays);
  }

  /**
   * Applies each function to the change from {@code baselineDays} to {@code newDays}.
   *
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @param functions the functions, each named by its {@link ElasticityFunction#label() label}
   * @return the comparison
   * @throws IllegalArgumentException if a time is out of its domain, or a function has no
   *     non-negative value for this change (a linear form on a large slowdown)
   */
  public static ElasticityComparison of(
      double baselineDays, double newDays, List<? extends ElasticityFunction> functions) {
    checkNotNull(functions, "functions");
    Args.checkDays(baselineDays, newDays);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (ElasticityFunction f : functions) {
      rows.add(row(f.label(), f, baselineDays, newDays));
    }
    return new ElasticityComparison(baselineDays, newDays, rows.build());
  }

  /**
   * Applies each preset's low, central and high function to the change, three rows per preset
   * named like {@code HUMMELS_SCHAUR_2013 low}; a preset with a single value gives one row.
   *
   * @param baselineDays the baseline transit time, days, finite and {@code > 0}
   * @param newDays the new transit time, days, finite and {@code > 0}
   * @param presets the presets, e.g. {@link Presets#TIME_PRESETS}
   * @return the comparison
   * @throws IllegalArgumentException if a time is out of its domain, or a function has no
   *     non-negative value for this change
   */
  public static ElasticityComparison ofPresets(
      double baselineDays,
      double newDays,
      List<? extends Preset<? extends ElasticityFunction>> presets) {
    checkNotNull(presets, "presets");
    Args.checkDays(baselineDays, newDays);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Preset<? extends ElasticityFunction> p : presets) {
      boolean point = true;
      for (ParameterRange r : p.parameters()) {
        point &= r.isPoint();
      }
      if (point) {
        rows.add(row(p.name(), p.central(), baselineDays, newDays));
      } else {
        rows.add(row(p.name() + " low", p.low(), baselineDays, newDays));
        rows.add(row(p.name() + " central", p.central(), baselineDays, newDays));
        rows.add(row(p.name() + " high", p.high(), baselineDays, newDays));
      }
    }
    return new ElasticityComparison(baselineDays, newDays, rows.build());
  }

  private static Row row(String name, ElasticityFunction f, double x0, double x1) {
    double m = f.multiplier(x0, x1);
    return new Row(name, f.form(), f.citation(), m, 100 * (m - 1));
  }

  /**
   * Returns the spread of answers: the largest multiplier divided by the smallest.
   *
   * @return the ratio, {@code >= 1}, or NaN when there are no rows or the smallest is 0
   */
  public double spread() {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Row r : rows) {
      min = Math.min(min, r.multiplier());
      max = Math.max(max, r.multiplier());
    }
    return rows.isEmpty() || min == 0 ? Double.NaN : max / min;
  }

  /** Returns a table in {@link Locale#ROOT}, one line per row, with a heading for the change. */
  @Override
  public String toString() {
    int width = "function".length();
    for (Row r : rows) {
      width = Math.max(width, r.name().length());
    }
    String line = "%-" + width + "s  %-30s  %-26s  %10s  %9s%n";
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "transit %.2f d -> %.2f d (%+.1f%%)%n",
            baselineDays,
            newDays,
            100 * (newDays / baselineDays - 1)));
    sb.append(
        String.format(Locale.ROOT, line, "function", "form", "source", "multiplier", "change"));
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              line,
              r.name(),
              r.form().title(),
              r.citation().shortForm(),
              Checks.fixed(r.multiplier(), 4),
              String.format(Locale.ROOT, "%+.2f%%", r.percentChange())));
    }
    return sb.toString();
  }
}
