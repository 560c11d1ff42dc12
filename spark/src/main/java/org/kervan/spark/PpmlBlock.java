package org.kervan.spark;

import java.io.Serializable;

/**
 * One partition's rows of a distributed PPML fit as primitive arrays: the response, the
 * regressors by column, each row's dense group id in every fixed-effect dimension and its
 * cluster key. Built once per partition and cached; passes read it and never change it.
 */
final class PpmlBlock implements Serializable {
  private static final long serialVersionUID = 1L;

  final int n;
  final double[] y;
  final double[][] x;
  final int[][] g;
  // null without clustering.
  final String[] cluster;

  PpmlBlock(double[] y, double[][] x, int[][] g, String[] cluster) {
    this.n = y.length;
    this.y = y;
    this.x = x;
    this.g = g;
    this.cluster = cluster;
  }
}
