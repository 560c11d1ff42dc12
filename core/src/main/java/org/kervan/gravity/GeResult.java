package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a general-equilibrium counterfactual: the effect on every country, the baseline
 * and counterfactual flows, and the iterations the solve took.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GeResult {
  private final String kind;
  private final ImmutableList<CountryEffect> effects;
  private final ImmutableList<String> countries;
  private final double[] baselineFlows;
  private final double[] counterfactualFlows;
  private final int iterations;

  GeResult(
      String kind,
      List<CountryEffect> effects,
      List<String> countries,
      double[] baselineFlows,
      double[] counterfactualFlows,
      int iterations) {
    this.kind = kind;
    this.effects = ImmutableList.copyOf(effects);
    this.countries = ImmutableList.copyOf(countries);
    this.baselineFlows = baselineFlows.clone();
    this.counterfactualFlows = counterfactualFlows.clone();
    this.iterations = iterations;
  }

  /**
   * Returns which counterfactual this is, {@code conditional} or {@code full endowment}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the effect on every country, in the baseline's country order.
   *
   * @return the effects
   */
  public List<CountryEffect> effects() {
    return effects;
  }

  /**
   * Returns the effect on one country.
   *
   * @param country a baseline country
   * @return its effect
   * @throws IllegalArgumentException if the country is not in the baseline
   */
  public CountryEffect effect(String country) {
    return effects.get(index(country));
  }

  /**
   * Returns the model's baseline flow {@code X_ij} (the structural-gravity fit of the observed
   * flows: equal to the PPML fitted values of the baseline).
   *
   * @param exporter the exporter
   * @param importer the importer
   * @return the flow, in the unit of the data
   */
  public double baselineFlow(String exporter, String importer) {
    return baselineFlows[index(exporter) * countries.size() + index(importer)];
  }

  /**
   * Returns the counterfactual flow {@code X'_ij}.
   *
   * @param exporter the exporter
   * @param importer the importer
   * @return the flow, in the unit of the data
   */
  public double counterfactualFlow(String exporter, String importer) {
    return counterfactualFlows[index(exporter) * countries.size() + index(importer)];
  }

  /**
   * Returns the iterations the counterfactual solve took.
   *
   * @return the count, {@code >= 1}
   */
  public int iterations() {
    return iterations;
  }

  private int index(String country) {
    int i = countries.indexOf(checkNotNull(country, "country"));
    if (i < 0) {
      throw new IllegalArgumentException("country must be in the baseline, was '" + country + "'");
    }
    return i;
  }

  /** Returns one line per country: percentage changes. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "GE %s, %d iterations (changes in %%)%n", kind, iterations));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %10s %9s %9s %9s %9s %9s %9s%n",
            "country",
            "exports",
            "real GDP",
            "P (IMR)",
            "Pi (OMR)",
            "price",
            "output",
            "expend."));
    for (CountryEffect e : effects) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8s %10.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f%n",
              e.country(),
              e.internationalExports(),
              e.realGdp(),
              e.inwardResistance(),
              e.outwardResistance(),
              e.factoryGatePrice(),
              e.output(),
              e.expenditure()));
    }
    return sb.toString();
  }
}
