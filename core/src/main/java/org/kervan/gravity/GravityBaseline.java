package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kervan.internal.Checks;

/**
 * The baseline of a one-sector structural gravity model (Anderson and van Wincoop 2003; Yotov et
 * al. 2016, ch. 2) for N countries: every bilateral flow {@code X_ij} (domestic flows included),
 * the estimated trade-cost term {@code ln t_ij^(1−σ)} (the part of the fitted PPML index that is
 * not a fixed effect, e.g. {@code β_dist ln DIST_ij + β_border BRDR_ij}), the elasticity of
 * substitution {@code σ}, and the reference country whose inward multilateral resistance is the
 * numeraire ({@code P_ref = 1}, as Yotov et al. fix Germany's importer fixed effect). Output
 * {@code Y_i = Σ_j X_ij} and expenditure {@code E_j = Σ_i X_ij} follow from the flows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GravityBaseline {
  private final ImmutableList<String> countries;
  private final double[] output;
  private final double[] expenditure;
  /** ln t_ij^(1−σ), row-major: exporter i, importer j. */
  private final double[] lnCostTerm;
  private final double sigma;
  private final int reference;

  private GravityBaseline(
      ImmutableList<String> countries,
      double[] output,
      double[] expenditure,
      double[] lnCostTerm,
      double sigma,
      int reference) {
    this.countries = countries;
    this.output = output;
    this.expenditure = expenditure;
    this.lnCostTerm = lnCostTerm;
    this.sigma = sigma;
    this.reference = reference;
  }

  /**
   * Starts a baseline.
   *
   * @param sigma the elasticity of substitution, finite and {@code > 1} (Yotov et al. use 7)
   * @param referenceCountry the country whose inward multilateral resistance is 1
   * @return an empty builder
   */
  public static Builder builder(double sigma, String referenceCountry) {
    if (!(sigma > 1 && sigma < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("sigma must be finite and > 1, was " + sigma);
    }
    return new Builder(sigma, checkNotNull(referenceCountry, "referenceCountry"));
  }

  /**
   * Builds the baseline of a cross-section panel and a fit of it: flows from the panel, the
   * cost term {@code Σ_k β_k x_ijk} over the fit's coefficients (its fixed effects are the
   * multilateral resistances, solved again here).
   *
   * @param panel a panel with one time and every (exporter, importer) pair of its countries
   * @param fit a fit whose coefficients are covariates of the panel
   * @param sigma the elasticity of substitution, {@code > 1}
   * @param referenceCountry the numeraire country
   * @return the baseline
   * @throws IllegalArgumentException if the panel has more than one time, a pair is missing, or a
   *     coefficient is not a covariate
   */
  public static GravityBaseline from(
      TradePanel panel, GravityFit fit, double sigma, String referenceCountry) {
    checkNotNull(panel, "panel");
    checkNotNull(fit, "fit");
    Builder b = builder(sigma, referenceCountry);
    List<String> names = fit.coefficientNames();
    double[] beta = new double[names.size()];
    double[][] cols = new double[names.size()][];
    for (int c = 0; c < beta.length; c++) {
      beta[c] = fit.coefficient(names.get(c));
      cols[c] = panel.covariateValues(names.get(c));
    }
    String time = panel.size() > 0 ? panel.time(0) : "";
    for (int i = 0; i < panel.size(); i++) {
      if (!panel.time(i).equals(time)) {
        throw new IllegalArgumentException(
            "panel must have one time for a baseline, had '" + time + "' and '" + panel.time(i) + "'");
      }
      double lt = 0;
      for (int c = 0; c < beta.length; c++) {
        lt += beta[c] * cols[c][i];
      }
      b.add(panel.exporter(i), panel.importer(i), panel.flow(i), lt);
    }
    return b.build();
  }

  /**
   * Returns the countries, in the order of the per-country results.
   *
   * @return the country labels
   */
  public List<String> countries() {
    return countries;
  }

  /**
   * Returns σ.
   *
   * @return the elasticity of substitution, {@code > 1}
   */
  public double sigma() {
    return sigma;
  }

  /**
   * Returns the numeraire country.
   *
   * @return its label
   */
  public String referenceCountry() {
    return countries.get(reference);
  }

  /**
   * Returns a country's output {@code Y_i = Σ_j X_ij}.
   *
   * @param country a country label
   * @return the output, in the unit of the flows
   */
  public double output(String country) {
    return output[index(country)];
  }

  /**
   * Returns a country's expenditure {@code E_j = Σ_i X_ij}.
   *
   * @param country a country label
   * @return the expenditure, in the unit of the flows
   */
  public double expenditure(String country) {
    return expenditure[index(country)];
  }

  int index(String country) {
    int i = countries.indexOf(checkNotNull(country, "country"));
    if (i < 0) {
      throw new IllegalArgumentException("country must be one of the baseline's, was '" + country + "'");
    }
    return i;
  }

  int size() {
    return countries.size();
  }

  double[] outputs() {
    return output;
  }

  double[] expenditures() {
    return expenditure;
  }

  double[] lnCostTerms() {
    return lnCostTerm;
  }

  int referenceIndex() {
    return reference;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "GravityBaseline[%d countries, sigma %s, reference %s]",
        countries.size(),
        sigma,
        referenceCountry());
  }

  /** Collects flows and cost terms pair by pair. Not thread-safe. */
  public static final class Builder {
    private final double sigma;
    private final String referenceCountry;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> countries = new ArrayList<>();
    private final Map<Long, double[]> pairs = new HashMap<>();

    private Builder(double sigma, String referenceCountry) {
      this.sigma = sigma;
      this.referenceCountry = referenceCountry;
    }

    /**
     * Adds one directed pair.
     *
     * @param exporter the exporter's label
     * @param importer the importer's label (equal to the exporter for the domestic flow)
     * @param flow the baseline flow, finite and {@code >= 0}
     * @param lnCostTerm {@code ln t_ij^(1−σ)}, finite
     * @return this builder
     * @throws IllegalArgumentException if a value breaks its rule or the pair was added before
     */
    public Builder add(String exporter, String importer, double flow, double lnCostTerm) {
      if (!(flow >= 0 && flow < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("flow must be finite and >= 0, was " + flow);
      }
      TradePanel.requireFinite(lnCostTerm, "lnCostTerm");
      long key = ((long) code(exporter) << 32) | code(importer);
      if (pairs.put(key, new double[] {flow, lnCostTerm}) != null) {
        throw new IllegalArgumentException(
            "pairs must be added once, was (" + exporter + ", " + importer + ") again");
      }
      return this;
    }

    private int code(String c) {
      checkNotNull(c, "country");
      return codes.computeIfAbsent(
          c,
          k -> {
            countries.add(k);
            return countries.size() - 1;
          });
    }

    /**
     * Validates the whole: every one of the N² pairs present, every output and expenditure
     * {@code > 0}, the reference country present.
     *
     * @return the baseline
     * @throws IllegalArgumentException if a rule is broken
     */
    public GravityBaseline build() {
      int n = countries.size();
      Integer ref = codes.get(referenceCountry);
      if (ref == null) {
        throw new IllegalArgumentException(
            "referenceCountry must be one of the countries, was '" + referenceCountry + "'");
      }
      double[] y = new double[n];
      double[] e = new double[n];
      double[] lt =
          new double[Checks.size((long) n * n, Checks.MAX_ARRAY_LENGTH, "countries.size()^2")];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double[] v = pairs.get(((long) i << 32) | j);
          if (v == null) {
            throw new IllegalArgumentException(
                "every pair must be present, (" + countries.get(i) + ", " + countries.get(j) + ") was not");
          }
          y[i] += v[0];
          e[j] += v[0];
          lt[i * n + j] = v[1];
        }
      }
      for (int i = 0; i < n; i++) {
        if (!(y[i] > 0) || !(e[i] > 0)) {
          throw new IllegalArgumentException(
              "output and expenditure of " + countries.get(i) + " must be > 0, were " + y[i] + " and " + e[i]);
        }
      }
      return new GravityBaseline(ImmutableList.copyOf(countries), y, e, lt, sigma, ref);
    }
  }
}
