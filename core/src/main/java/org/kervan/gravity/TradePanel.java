package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A columnar bilateral trade panel: one row per (exporter, importer, time) with a flow, any number
 * of named numeric covariates and an optional weight. Country and time labels are interned once
 * into dense {@code int} codes (exporters and importers share one country dictionary, so a pair
 * and its reverse, and domestic pairs, are recognised); flows, covariates and weights are stored in
 * primitive columns.
 *
 * <p>Invariants, checked by {@link Builder#build()}: flows and covariates are finite, flows and
 * weights are {@code >= 0} (weights {@code > 0}), and no (exporter, importer, time) key occurs
 * twice. Rows keep the order they were added in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradePanel {
  private final ImmutableList<String> countries;
  private final ImmutableList<String> times;
  private final int[] exporter;
  private final int[] importer;
  private final int[] time;
  private final double[] flow;
  private final ImmutableList<String> covariateNames;
  private final double[][] covariates;
  /** Null when the panel is unweighted; a null field is never exposed. */
  private final double[] weight;

  private TradePanel(
      ImmutableList<String> countries,
      ImmutableList<String> times,
      int[] exporter,
      int[] importer,
      int[] time,
      double[] flow,
      ImmutableList<String> covariateNames,
      double[][] covariates,
      double[] weight) {
    this.countries = countries;
    this.times = times;
    this.exporter = exporter;
    this.importer = importer;
    this.time = time;
    this.flow = flow;
    this.covariateNames = covariateNames;
    this.covariates = covariates;
    this.weight = weight;
  }

  /**
   * Starts a panel with the given covariate columns.
   *
   * @param covariateNames the covariate names, distinct and non-empty, in column order
   * @return an empty builder
   * @throws IllegalArgumentException if a name is empty or repeated
   */
  public static Builder builder(List<String> covariateNames) {
    return new Builder(covariateNames);
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count, {@code >= 0}
   */
  public int size() {
    return flow.length;
  }

  /**
   * Returns the country dictionary (exporters and importers), in order of first appearance.
   *
   * @return the country labels; a row's country code indexes this list
   */
  public List<String> countries() {
    return countries;
  }

  /**
   * Returns the time dictionary, in order of first appearance.
   *
   * @return the time labels
   */
  public List<String> times() {
    return times;
  }

  /**
   * Returns the covariate names, in column order.
   *
   * @return the names
   */
  public List<String> covariateNames() {
    return covariateNames;
  }

  /**
   * Returns the exporter of a row.
   *
   * @param row the row, {@code 0 <= row < size()}
   * @return the exporter's label
   */
  public String exporter(int row) {
    return countries.get(exporter[row]);
  }

  /**
   * Returns the importer of a row.
   *
   * @param row the row, {@code 0 <= row < size()}
   * @return the importer's label
   */
  public String importer(int row) {
    return countries.get(importer[row]);
  }

  /**
   * Returns the time label of a row.
   *
   * @param row the row, {@code 0 <= row < size()}
   * @return the time label
   */
  public String time(int row) {
    return times.get(time[row]);
  }

  /**
   * Tells whether a row is a domestic flow (exporter equals importer).
   *
   * @param row the row, {@code 0 <= row < size()}
   * @return true for a domestic flow
   */
  public boolean isDomestic(int row) {
    return exporter[row] == importer[row];
  }

  /**
   * Returns the flow of a row.
   *
   * @param row the row, {@code 0 <= row < size()}
   * @return the flow, finite and {@code >= 0}
   */
  public double flow(int row) {
    return flow[row];
  }

  /**
   * Returns a covariate value.
   *
   * @param name the covariate name
   * @param row the row, {@code 0 <= row < size()}
   * @return the value, finite
   * @throws IllegalArgumentException if there is no such covariate
   */
  public double covariate(String name, int row) {
    return covariates[covariateIndex(name)][row];
  }

  /**
   * Returns a copy of a covariate column.
   *
   * @param name the covariate name
   * @return a new array of {@link #size()} values
   * @throws IllegalArgumentException if there is no such covariate
   */
  public double[] covariateColumn(String name) {
    return covariates[covariateIndex(name)].clone();
  }

  /**
   * Tells whether the panel carries weights.
   *
   * @return true if rows have weights
   */
  public boolean isWeighted() {
    return weight != null;
  }

  /**
   * Returns the weight of a row: its given weight, or 1 in an unweighted panel.
   *
   * @param row the row, {@code 0 <= row < size()}
   * @return the weight, finite and {@code > 0}
   */
  public double weight(int row) {
    return weight == null ? 1.0 : weight[row];
  }

  /**
   * Returns a panel with one more covariate, for a transformed column such as {@code ln DIST}.
   *
   * @param name the new covariate's name, not already present
   * @param values one finite value per row, copied
   * @return a new panel
   * @throws IllegalArgumentException if the name exists, the length differs or a value is not
   *     finite
   */
  public TradePanel withCovariate(String name, double[] values) {
    checkNotNull(name, "name");
    checkNotNull(values, "values");
    if (covariateNames.contains(name)) {
      throw new IllegalArgumentException("covariate name must be new, was '" + name + "'");
    }
    if (values.length != size()) {
      throw new IllegalArgumentException(
          "values.length must be " + size() + " (the row count), was " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      requireFinite(values[i], name + "[" + i + "]");
    }
    double[][] cov = Arrays.copyOf(covariates, covariates.length + 1);
    cov[covariates.length] = values.clone();
    return new TradePanel(
        countries,
        times,
        exporter,
        importer,
        time,
        flow,
        ImmutableList.<String>builder().addAll(covariateNames).add(name).build(),
        cov,
        weight);
  }

  /**
   * Returns the rows that pass a test, in their order; dictionaries are kept whole.
   *
   * @param keep tells, for a row index of this panel, whether to keep it
   * @return a new panel with the kept rows
   */
  public TradePanel filter(IntPredicate keep) {
    checkNotNull(keep, "keep");
    int[] rows = new int[size()];
    int m = 0;
    for (int i = 0; i < size(); i++) {
      if (keep.test(i)) {
        rows[m++] = i;
      }
    }
    double[][] cov = new double[covariates.length][];
    for (int c = 0; c < cov.length; c++) {
      cov[c] = pick(covariates[c], rows, m);
    }
    return new TradePanel(
        countries,
        times,
        pick(exporter, rows, m),
        pick(importer, rows, m),
        pick(time, rows, m),
        pick(flow, rows, m),
        covariateNames,
        cov,
        weight == null ? null : pick(weight, rows, m));
  }

  // Package-private views for the estimators; never exposed, never written.
  int[] exporterCodes() {
    return exporter;
  }

  int[] importerCodes() {
    return importer;
  }

  int[] timeCodes() {
    return time;
  }

  double[] flows() {
    return flow;
  }

  double[] covariateValues(String name) {
    return covariates[covariateIndex(name)];
  }

  /** Returns the weights, or null if the panel is unweighted. */
  double[] weightsOrNull() {
    return weight;
  }

  private int covariateIndex(String name) {
    int c = covariateNames.indexOf(checkNotNull(name, "name"));
    if (c < 0) {
      throw new IllegalArgumentException(
          "covariate must be one of " + covariateNames + ", was '" + name + "'");
    }
    return c;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "TradePanel[%d rows, %d countries, %d times, covariates %s%s]",
        size(),
        countries.size(),
        times.size(),
        covariateNames,
        weight == null ? "" : ", weighted");
  }

  private static double[] pick(double[] a, int[] rows, int m) {
    double[] out = new double[m];
    for (int i = 0; i < m; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  private static int[] pick(int[] a, int[] rows, int m) {
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  static void requireFinite(double v, String name) {
    if (!(Math.abs(v) < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
  }

  /**
   * Collects rows and builds a validated {@link TradePanel}. Not thread-safe; {@link #build()}
   * may be called more than once and never changes what was added.
   */
  public static final class Builder {
    private final ImmutableList<String> covariateNames;
    private final Map<String, Integer> countryCodes = new HashMap<>();
    private final Map<String, Integer> timeCodes = new LinkedHashMap<>();
    private final ImmutableList.Builder<String> countryList = ImmutableList.builder();
    private final ImmutableList.Builder<String> timeList = ImmutableList.builder();
    private int[] exporter = new int[16];
    private int[] importer = new int[16];
    private int[] time = new int[16];
    private double[] flow = new double[16];
    private double[][] covariates;
    private double[] weight = new double[16];
    private boolean anyWeight;
    private int size;

    private Builder(List<String> covariateNames) {
      this.covariateNames = ImmutableList.copyOf(checkNotNull(covariateNames, "covariateNames"));
      for (String n : this.covariateNames) {
        if (n.isEmpty()) {
          throw new IllegalArgumentException("covariate names must be non-empty, was ''");
        }
      }
      if (this.covariateNames.stream().distinct().count() != this.covariateNames.size()) {
        throw new IllegalArgumentException(
            "covariate names must be distinct, was " + this.covariateNames);
      }
      covariates = new double[this.covariateNames.size()][16];
    }

    /**
     * Adds an unweighted row.
     *
     * @param exporterId the exporter's label, non-empty
     * @param importerId the importer's label, non-empty
     * @param timeId the time label, non-empty (e.g. a year)
     * @param flowValue the flow, finite and {@code >= 0}
     * @param covariateValues one finite value per covariate name, in order
     * @return this builder
     * @throws IllegalArgumentException if a value breaks its rule
     */
    public Builder add(
        String exporterId,
        String importerId,
        String timeId,
        double flowValue,
        double... covariateValues) {
      return addRow(exporterId, importerId, timeId, flowValue, 1.0, false, covariateValues);
    }

    /**
     * Adds a weighted row; once any row is weighted, the panel is weighted and rows added without a
     * weight weigh 1.
     *
     * @param exporterId the exporter's label, non-empty
     * @param importerId the importer's label, non-empty
     * @param timeId the time label, non-empty
     * @param flowValue the flow, finite and {@code >= 0}
     * @param weightValue the weight, finite and {@code > 0}
     * @param covariateValues one finite value per covariate name, in order
     * @return this builder
     * @throws IllegalArgumentException if a value breaks its rule
     */
    public Builder addWeighted(
        String exporterId,
        String importerId,
        String timeId,
        double flowValue,
        double weightValue,
        double... covariateValues) {
      return addRow(exporterId, importerId, timeId, flowValue, weightValue, true, covariateValues);
    }

    private Builder addRow(
        String exporterId,
        String importerId,
        String timeId,
        double flowValue,
        double weightValue,
        boolean weighted,
        double[] covariateValues) {
      checkNotNull(covariateValues, "covariateValues");
      if (!(flowValue >= 0 && flowValue < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("flow must be finite and >= 0, was " + flowValue);
      }
      if (!(weightValue > 0 && weightValue < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("weight must be finite and > 0, was " + weightValue);
      }
      if (covariateValues.length != covariateNames.size()) {
        throw new IllegalArgumentException(
            "covariateValues.length must be "
                + covariateNames.size()
                + " "
                + covariateNames
                + ", was "
                + covariateValues.length);
      }
      for (int c = 0; c < covariateValues.length; c++) {
        requireFinite(covariateValues[c], covariateNames.get(c));
      }
      int e = country(exporterId, "exporter");
      int m = country(importerId, "importer");
      int t = timeCode(timeId);
      if (size == flow.length) {
        int cap = size * 2;
        exporter = Arrays.copyOf(exporter, cap);
        importer = Arrays.copyOf(importer, cap);
        time = Arrays.copyOf(time, cap);
        flow = Arrays.copyOf(flow, cap);
        weight = Arrays.copyOf(weight, cap);
        for (int c = 0; c < covariates.length; c++) {
          covariates[c] = Arrays.copyOf(covariates[c], cap);
        }
      }
      exporter[size] = e;
      importer[size] = m;
      time[size] = t;
      flow[size] = flowValue;
      weight[size] = weightValue;
      anyWeight |= weighted;
      for (int c = 0; c < covariateValues.length; c++) {
        covariates[c][size] = covariateValues[c];
      }
      size++;
      return this;
    }

    private int country(String id, String what) {
      checkNotNull(id, what);
      if (id.isEmpty()) {
        throw new IllegalArgumentException(what + " must be non-empty, was ''");
      }
      Integer code = countryCodes.get(id);
      if (code == null) {
        code = countryCodes.size();
        countryCodes.put(id, code);
        countryList.add(id);
      }
      return code;
    }

    private int timeCode(String id) {
      checkNotNull(id, "time");
      if (id.isEmpty()) {
        throw new IllegalArgumentException("time must be non-empty, was ''");
      }
      Integer code = timeCodes.get(id);
      if (code == null) {
        code = timeCodes.size();
        timeCodes.put(id, code);
        timeList.add(id);
      }
      return code;
    }

    /**
     * Returns the 0-based indices of the first two rows that share an (exporter, importer, time)
     * key, or an empty array when keys are unique.
     */
    int[] firstDuplicate() {
      long nc = countryCodes.size();
      long nt = Math.max(1, timeCodes.size());
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        long key = (exporter[i] * nc + importer[i]) * nt + time[i];
        // The row index rides in the low bits so that a sort finds the offending rows too.
        keys[i] = key * Integer.MAX_VALUE + i;
      }
      Arrays.sort(keys);
      for (int i = 1; i < size; i++) {
        if (keys[i] / Integer.MAX_VALUE == keys[i - 1] / Integer.MAX_VALUE) {
          return new int[] {(int) (keys[i - 1] % Integer.MAX_VALUE), (int) (keys[i] % Integer.MAX_VALUE)};
        }
      }
      return new int[0];
    }

    /**
     * Validates the whole and returns the panel.
     *
     * @return the panel
     * @throws IllegalArgumentException if two rows share an (exporter, importer, time) key
     */
    public TradePanel build() {
      int[] dup = firstDuplicate();
      if (dup.length == 2) {
        throw new IllegalArgumentException(
            "(exporter, importer, time) keys must be unique, was ("
                + countryList.build().get(exporter[dup[1]])
                + ", "
                + countryList.build().get(importer[dup[1]])
                + ", "
                + timeList.build().get(time[dup[1]])
                + ") at rows "
                + dup[0]
                + " and "
                + dup[1]);
      }
      double[][] cov = new double[covariates.length][];
      for (int c = 0; c < cov.length; c++) {
        cov[c] = Arrays.copyOf(covariates[c], size);
      }
      return new TradePanel(
          countryList.build(),
          timeList.build(),
          Arrays.copyOf(exporter, size),
          Arrays.copyOf(importer, size),
          Arrays.copyOf(time, size),
          Arrays.copyOf(flow, size),
          covariateNames,
          cov,
          anyWeight ? Arrays.copyOf(weight, size) : null);
    }
  }
}
