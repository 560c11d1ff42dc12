package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The numeric inputs of one estimation, in primitive columns: a response, regressor columns,
 * fixed-effect group codes per dimension, optional prior weights and optional cluster codes. Built
 * from a {@link TradePanel} and a {@link GravityModel} ({@link #from}), or straight from arrays
 * ({@link #of}) for data that are not bilateral trade (e.g. a synthetic benchmark panel).
 *
 * <p>This class is immutable and thread-safe: arrays are copied in and never handed out.
 */
public final class ModelData {
  final double[] y;
  final double[][] x;
  final ImmutableList<String> names;
  final int[][] fe;
  final int[] nGroups;
  final ImmutableList<String> feNames;
  /** Labels per dimension and group; null entries stand for the group code itself. */
  final String[][] feLabels;
  /** Prior weights, or null for all 1. */
  final double[] weights;
  /** Cluster codes 0..nClusters-1, or null for robust. */
  final int[] cluster;
  final int nClusters;
  final String clusterName;

  ModelData(
      double[] y,
      double[][] x,
      ImmutableList<String> names,
      int[][] fe,
      int[] nGroups,
      ImmutableList<String> feNames,
      String[][] feLabels,
      double[] weights,
      int[] cluster,
      int nClusters,
      String clusterName) {
    this.y = y;
    this.x = x;
    this.names = names;
    this.fe = fe;
    this.nGroups = nGroups;
    this.feNames = feNames;
    this.feLabels = feLabels;
    this.weights = weights;
    this.cluster = cluster;
    this.nClusters = nClusters;
    this.clusterName = clusterName;
  }

  /**
   * Extracts the inputs of a model from a panel: the flow as response, the named covariates as
   * regressors, the fixed-effect and cluster groupings, and the panel's weights if it has them.
   *
   * @param panel the panel
   * @param model the model
   * @return the data
   * @throws IllegalArgumentException if a regressor or grouping column is not in the panel
   */
  public static ModelData from(TradePanel panel, GravityModel model) {
    checkNotNull(panel, "panel");
    checkNotNull(model, "model");
    int n = panel.size();
    double[][] x = new double[model.regressors().size()][];
    for (int c = 0; c < x.length; c++) {
      x[c] = panel.covariateValues(model.regressors().get(c)).clone();
    }
    int k = model.fixedEffects().size();
    int[][] fe = new int[k][];
    int[] ng = new int[k];
    String[][] labels = new String[k][];
    List<String> feNames = new ArrayList<>();
    for (int d = 0; d < k; d++) {
      Grouping grouping = model.fixedEffects().get(d);
      fe[d] = new int[n];
      ng[d] = Grouping.compact(grouping.keys(panel), fe[d]);
      labels[d] = new String[ng[d]];
      for (int i = 0; i < n; i++) {
        if (labels[d][fe[d][i]] == null) {
          labels[d][fe[d][i]] = grouping.label(panel, i);
        }
      }
      feNames.add(grouping.name());
    }
    int[] cluster = null;
    int nc = 0;
    String cname = "";
    if (model.vce().cluster().isPresent()) {
      Grouping cg = model.vce().cluster().get();
      cluster = new int[n];
      nc = Grouping.compact(cg.keys(panel), cluster);
      cname = cg.name();
    }
    double[] w = panel.weightsOrNull();
    return new ModelData(
        panel.flows().clone(),
        x,
        ImmutableList.copyOf(model.regressors()),
        fe,
        ng,
        ImmutableList.copyOf(feNames),
        labels,
        w == null ? null : w.clone(),
        cluster,
        nc,
        cname);
  }

  /**
   * Builds data from arrays, with no weights and no clusters (robust standard errors).
   *
   * @param response the response, finite and {@code >= 0} for PPML
   * @param regressorNames the regressor names, distinct
   * @param regressors one column per name, each as long as the response, finite
   * @param fixedEffectNames the fixed-effect dimension names
   * @param fixedEffectCodes one code column per dimension, codes {@code >= 0} (need not be dense)
   * @return the data
   * @throws IllegalArgumentException if lengths differ or a value breaks its rule
   */
  public static ModelData of(
      double[] response,
      List<String> regressorNames,
      List<double[]> regressors,
      List<String> fixedEffectNames,
      List<int[]> fixedEffectCodes) {
    checkNotNull(response, "response");
    int n = response.length;
    if (regressorNames.size() != regressors.size()) {
      throw new IllegalArgumentException(
          "regressors.size() must be " + regressorNames.size() + ", was " + regressors.size());
    }
    if (fixedEffectNames.size() != fixedEffectCodes.size()) {
      throw new IllegalArgumentException(
          "fixedEffectCodes.size() must be "
              + fixedEffectNames.size()
              + ", was "
              + fixedEffectCodes.size());
    }
    for (int i = 0; i < n; i++) {
      TradePanel.requireFinite(response[i], "response[" + i + "]");
    }
    double[][] x = new double[regressors.size()][];
    for (int c = 0; c < x.length; c++) {
      x[c] = checkLength(regressors.get(c), n, regressorNames.get(c)).clone();
      for (int i = 0; i < n; i++) {
        TradePanel.requireFinite(x[c][i], regressorNames.get(c) + "[" + i + "]");
      }
    }
    int k = fixedEffectCodes.size();
    int[][] fe = new int[k][];
    int[] ng = new int[k];
    for (int d = 0; d < k; d++) {
      int[] codes = checkLength(fixedEffectCodes.get(d), n, fixedEffectNames.get(d));
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        if (!(codes[i] >= 0)) {
          throw new IllegalArgumentException(
              fixedEffectNames.get(d) + "[" + i + "] must be >= 0, was " + codes[i]);
        }
        keys[i] = codes[i];
      }
      fe[d] = new int[n];
      ng[d] = Grouping.compact(keys, fe[d]);
    }
    return new ModelData(
        response.clone(),
        x,
        ImmutableList.copyOf(regressorNames),
        fe,
        ng,
        ImmutableList.copyOf(fixedEffectNames),
        new String[k][],
        null,
        null,
        0,
        "");
  }

  private static double[] checkLength(double[] a, int n, String name) {
    checkNotNull(a, name);
    if (a.length != n) {
      throw new IllegalArgumentException(name + ".length must be " + n + ", was " + a.length);
    }
    return a;
  }

  private static int[] checkLength(int[] a, int n, String name) {
    checkNotNull(a, name);
    if (a.length != n) {
      throw new IllegalArgumentException(name + ".length must be " + n + ", was " + a.length);
    }
    return a;
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count
   */
  public int size() {
    return y.length;
  }

  /**
   * Returns the regressor names.
   *
   * @return the names, in column order
   */
  public List<String> regressorNames() {
    return names;
  }

  /** The label of group {@code code} of dimension d. */
  String label(int d, int code) {
    String[] l = feLabels[d];
    return l == null || l[code] == null ? Integer.toString(code) : l[code];
  }

  /**
   * The same rows ordered by the codes of the dimension with the most groups (a stable counting
   * sort), so that the projections read that dimension's coefficients in sequence rather than at
   * random; the estimators do not depend on row order.
   */
  ModelData sortedByLargestDimension() {
    if (fe.length == 0) {
      return this;
    }
    int d = 0;
    for (int k = 1; k < fe.length; k++) {
      if (nGroups[k] > nGroups[d]) {
        d = k;
      }
    }
    int n = y.length;
    int[] g = fe[d];
    int[] start = new int[nGroups[d] + 1];
    for (int i = 0; i < n; i++) {
      start[g[i] + 1]++;
    }
    for (int k = 0; k < nGroups[d]; k++) {
      start[k + 1] += start[k];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[start[g[i]]++] = i;
    }
    double[] ny = new double[n];
    double[][] nx = new double[x.length][n];
    int[][] nfe = new int[fe.length][n];
    double[] nw = weights == null ? null : new double[n];
    int[] nc = cluster == null ? null : new int[n];
    for (int i = 0; i < n; i++) {
      int r = order[i];
      ny[i] = y[r];
      for (int c = 0; c < x.length; c++) {
        nx[c][i] = x[c][r];
      }
      for (int k = 0; k < fe.length; k++) {
        nfe[k][i] = fe[k][r];
      }
      if (nw != null) {
        nw[i] = weights[r];
      }
      if (nc != null) {
        nc[i] = cluster[r];
      }
    }
    return new ModelData(
        ny, nx, names, nfe, nGroups, feNames, feLabels, nw, nc, nClusters, clusterName);
  }

  /** The rows kept, with groups and clusters recoded densely. */
  ModelData subset(boolean[] keep) {
    int m = 0;
    for (boolean b : keep) {
      if (b) {
        m++;
      }
    }
    if (m == y.length) {
      return this;
    }
    int[] rows = new int[m];
    int r = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        rows[r++] = i;
      }
    }
    double[] ny = new double[m];
    double[][] nx = new double[x.length][m];
    double[] nw = weights == null ? null : new double[m];
    for (int i = 0; i < m; i++) {
      ny[i] = y[rows[i]];
      for (int c = 0; c < x.length; c++) {
        nx[c][i] = x[c][rows[i]];
      }
      if (nw != null) {
        nw[i] = weights[rows[i]];
      }
    }
    int k = fe.length;
    int[][] nfe = new int[k][];
    int[] ng = new int[k];
    String[][] labels = new String[k][];
    for (int d = 0; d < k; d++) {
      long[] keys = new long[m];
      for (int i = 0; i < m; i++) {
        keys[i] = fe[d][rows[i]];
      }
      nfe[d] = new int[m];
      ng[d] = Grouping.compact(keys, nfe[d]);
      labels[d] = new String[ng[d]];
      for (int i = 0; i < m; i++) {
        labels[d][nfe[d][i]] = label(d, fe[d][rows[i]]);
      }
    }
    int[] nc = null;
    int ncount = 0;
    if (cluster != null) {
      long[] keys = new long[m];
      for (int i = 0; i < m; i++) {
        keys[i] = cluster[rows[i]];
      }
      nc = new int[m];
      ncount = Grouping.compact(keys, nc);
    }
    return new ModelData(
        ny, nx, names, nfe, ng, feNames, labels, nw, nc, ncount, clusterName);
  }
}
