package org.kervan.elasticity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kervan.internal.Checks;

/**
 * Several elasticity functions applied to the same change of corridor, side by side, so that it is
 * plain how much the functional form, and the days each estimate is about, matter. Each row uses
 * the days of its own {@link TimeComponent components}: a preset's {@link Preset#appliesTo()}, or
 * the components the caller names. A function that has no value for its days (a constant
 * elasticity whose baseline has zero days of its components, say) is listed in {@link
 * #notApplicable()} with the reason, not dropped silently. {@link #toString()} prints a table.
 *
 * @param rows one row per function that could be evaluated, in the order given
 * @param notApplicable one line per function that could not, naming it and why
 *     <p>This record is immutable and thread-safe.
 */
public record ElasticityComparison(List<Row> rows, List<String> notApplicable) {

  /**
   * One function's answer.
   *
   * @param name the function's name, e.g. a preset's name and end of range, or its label
   * @param form the functional form
   * @param citation where the parameters come from
   * @param components the time components whose days were used
   * @param baselineDays the baseline days of those components, finite and {@code >= 0}
   * @param newDays the new days of those components, finite and {@code >= 0}
   * @param multiplier the trade multiplier {@code X1/X0}, finite and {@code >= 0}
   * @param percentChange {@code 100 * (multiplier - 1)}
   *     <p>This record is immutable and thread-safe.
   */
  public record Row(
      String name,
      Form form,
      Citation citation,
      Set<TimeComponent> components,
      double baselineDays,
      double newDays,
      double multiplier,
      double percentChange) {
    /**
     * Validates the components.
     *
     * @param name the function's name, e.g. a preset's name and end of range, or its label
     * @param form the functional form
     * @param citation where the parameters come from
     * @param components the time components whose days were used
     * @param baselineDays the baseline days of those components, finite and {@code >= 0}
     * @param newDays the new days of those components, finite and {@code >= 0}
     * @param multiplier the trade multiplier {@code X1/X0}, finite and {@code >= 0}
     * @param percentChange {@code 100 * (multiplier - 1)}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a number breaks its rule
     */
    public Row {
      checkNotNull(name, "name");
      checkNotNull(form, "form");
      checkNotNull(citation, "citation");
      components = Sets.immutableEnumSet(checkNotNull(components, "components"));
      Checks.finiteNonNegative(baselineDays, "baselineDays");
      Checks.finiteNonNegative(newDays, "newDays");
      Checks.finiteNonNegative(multiplier, "multiplier");
      Checks.finite(percentChange, "percentChange");
    }
  }

  /**
   * Validates the components and copies the lists.
   *
   * @param rows one row per function that could be evaluated
   * @param notApplicable one line per function that could not
   * @throws NullPointerException if a list or an element is null
   */
  public ElasticityComparison {
    rows = ImmutableList.copyOf(checkNotNull(rows, "rows"));
    notApplicable = ImmutableList.copyOf(checkNotNull(notApplicable, "notApplicable"));
  }

  /**
   * Applies each function to the change from {@code baselineDays} to {@code newDays}, days the
   * caller has already chosen (rows list every component).
   *
   * @param baselineDays the baseline days, finite and {@code > 0}
   * @param newDays the new days, finite and {@code > 0}
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
      rows.add(row(f.label(), f, TimeComponent.all(), baselineDays, newDays));
    }
    return new ElasticityComparison(rows.build(), List.of());
  }

  /**
   * Applies each function to the days of the given components of two transit times.
   *
   * @param baseline the baseline transit time by component
   * @param next the new transit time by component
   * @param functions the functions, each named by its {@link ElasticityFunction#label() label}
   * @param components the components whose days every function is applied to, not empty
   * @return the comparison; functions without a value for these days are in {@link
   *     #notApplicable()}
   * @throws IllegalArgumentException if {@code components} is empty
   */
  public static ElasticityComparison of(
      TransitDays baseline,
      TransitDays next,
      List<? extends ElasticityFunction> functions,
      Set<TimeComponent> components) {
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    checkNotNull(functions, "functions");
    checkComponents(components);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    ImmutableList.Builder<String> skipped = ImmutableList.builder();
    for (ElasticityFunction f : functions) {
      add(rows, skipped, f.label(), f, components, baseline, next);
    }
    return new ElasticityComparison(rows.build(), skipped.build());
  }

  /**
   * Applies each preset's low, central and high function to the days of the components the preset
   * {@link Preset#appliesTo() applies to}, three rows per preset named like {@code
   * HUMMELS_SCHAUR_2013 low}; a preset with a single value gives one row.
   *
   * @param baseline the baseline transit time by component
   * @param next the new transit time by component
   * @param presets time presets, e.g. {@link Presets#TIME_PRESETS}; each must apply to at least one
   *     component
   * @return the comparison; presets without a value for their days are in {@link #notApplicable()}
   * @throws IllegalArgumentException if a preset applies to no time component
   */
  public static ElasticityComparison ofPresets(
      TransitDays baseline,
      TransitDays next,
      List<? extends Preset<? extends ElasticityFunction>> presets) {
    checkNotNull(baseline, "baseline");
    checkNotNull(next, "next");
    checkNotNull(presets, "presets");
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    ImmutableList.Builder<String> skipped = ImmutableList.builder();
    for (Preset<? extends ElasticityFunction> p : presets) {
      Set<TimeComponent> c = p.appliesTo();
      if (c.isEmpty()) {
        throw new IllegalArgumentException(
            "presets must apply to at least one time component, was " + p.name());
      }
      boolean point = true;
      for (ParameterRange r : p.parameters()) {
        point &= r.isPoint();
      }
      if (point) {
        add(rows, skipped, p.name(), p.central(), c, baseline, next);
      } else {
        add(rows, skipped, p.name() + " low", p.low(), c, baseline, next);
        add(rows, skipped, p.name() + " central", p.central(), c, baseline, next);
        add(rows, skipped, p.name() + " high", p.high(), c, baseline, next);
      }
    }
    return new ElasticityComparison(rows.build(), skipped.build());
  }

  private static void checkComponents(Set<TimeComponent> components) {
    checkNotNull(components, "components");
    if (components.isEmpty()) {
      throw new IllegalArgumentException("components must not be empty, was []");
    }
  }

  private static void add(
      ImmutableList.Builder<Row> rows,
      ImmutableList.Builder<String> skipped,
      String name,
      ElasticityFunction f,
      Set<TimeComponent> components,
      TransitDays baseline,
      TransitDays next) {
    double x0 = baseline.days(components);
    double x1 = next.days(components);
    try {
      rows.add(row(name, f, components, x0, x1));
    } catch (IllegalArgumentException e) {
      skipped.add(name + " on " + components + ": " + e.getMessage());
    }
  }

  private static Row row(
      String name, ElasticityFunction f, Set<TimeComponent> components, double x0, double x1) {
    double m = f.multiplier(x0, x1);
    return new Row(name, f.form(), f.citation(), components, x0, x1, m, 100 * (m - 1));
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

  /**
   * Returns a table in {@link Locale#ROOT}, one line per row with the days it used, then the
   * functions that were not applicable.
   */
  @Override
  public String toString() {
    int width = "function".length();
    for (Row r : rows) {
      width = Math.max(width, r.name().length());
    }
    String line = "%-" + width + "s  %-30s  %-26s  %15s  %10s  %9s%n";
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT, line, "function", "form", "source", "days", "multiplier", "change"));
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              line,
              r.name(),
              r.form().title(),
              r.citation().shortForm(),
              String.format(Locale.ROOT, "%.2f -> %.2f", r.baselineDays(), r.newDays()),
              Checks.fixed(r.multiplier(), 4),
              String.format(Locale.ROOT, "%+.2f%%", r.percentChange())));
    }
    for (String s : notApplicable) {
      sb.append("not applicable: ").append(s).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
