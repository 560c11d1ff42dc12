package org.kervan.gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The projection off group dummies against its closed forms: with one dimension the residual is
 * the value minus its weighted group mean; with rows and columns of a full table and unit weights
 * it is {@code v_ij - v_i. - v_.j + v_..} (the two-way analysis-of-variance residual).
 */
class DemeanerTest {

  @Test
  void oneDimension_subtractsTheWeightedGroupMean() {
    int[][] g = {{0, 0, 1, 1, 1}};
    Demeaner dm = new Demeaner(g, new int[] {2}, 5);
    double[] w = {1, 3, 1, 1, 2};
    dm.setWeights(w);
    double[] v = {4, 8, 1, 2, 5};
    double[] r = new double[5];
    double[] alpha = new double[dm.coefficientCount()];
    assertEquals(1, dm.demean(v, r, alpha, 1e-12, 100));
    // Group 0: (4 + 24)/4 = 7; group 1: (1 + 2 + 10)/4 = 3.25.
    assertEquals(7, alpha[0], 1e-12);
    assertEquals(3.25, alpha[1], 1e-12);
    double[] expected = {-3, 1, -2.25, -1.25, 1.75};
    for (int i = 0; i < 5; i++) {
      assertEquals(expected[i], r[i], 1e-12, "row " + i);
    }
  }

  /** A 3 x 3 table, rows then columns, row-major. */
  private static final double[] TABLE = {1, 2, 9, 4, 0, 6, 7, 3, 5};
  private static final int[][] ROWS_COLS = {{0, 0, 0, 1, 1, 1, 2, 2, 2}, {0, 1, 2, 0, 1, 2, 0, 1, 2}};

  @Test
  void rowsAndColumns_leaveTheTwoWayResidual() {
    Demeaner dm = new Demeaner(ROWS_COLS, new int[] {3, 3}, 9);
    double[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    dm.setWeights(ones);
    double[] r = new double[9];
    double[] alpha = new double[6];
    int sweeps = dm.demean(TABLE, r, alpha, 1e-13, 1000);
    assertTrue(sweeps >= 2 && sweeps % 2 == 0, "sweeps " + sweeps);
    // Row means 4, 10/3, 5; column means 4, 5/3, 20/3; grand mean 37/9.
    double[] rowMean = {4, 10.0 / 3, 5};
    double[] colMean = {4, 5.0 / 3, 20.0 / 3};
    double all = 37.0 / 9;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double expected = TABLE[3 * i + j] - rowMean[i] - colMean[j] + all;
        assertEquals(expected, r[3 * i + j], 1e-10, "cell " + i + "," + j);
        // The coefficients reproduce the fitted part.
        assertEquals(TABLE[3 * i + j] - expected, alpha[i] + alpha[3 + j], 1e-10);
      }
    }
    // Normalised: the second dimension's first group is 0, the first absorbs the shift.
    double before = alpha[0] + alpha[3];
    dm.normalise(alpha);
    assertEquals(0, alpha[3], 0);
    assertEquals(before, alpha[0], 1e-12);
    assertEquals(3, dm.offset(1));
    assertEquals(2, dm.dimensions());
  }

  @Test
  void rowsAndColumns_fromAWarmStartAtTheSolution_stopAfterTwoSweeps() {
    Demeaner dm = new Demeaner(ROWS_COLS, new int[] {3, 3}, 9);
    dm.setWeights(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
    double[] r = new double[9];
    double[] alpha = new double[6];
    dm.demean(TABLE, r, alpha, 1e-13, 1000);
    assertEquals(2, dm.demean(TABLE, r, alpha, 1e-10, 1000));
  }

  @Test
  void sweepLimit_throwsNamingTheRule() {
    // Weights 1e6 to 1: alternating projections crawl; two sweeps cannot meet 1e-14.
    Demeaner dm = new Demeaner(ROWS_COLS, new int[] {3, 3}, 9);
    dm.setWeights(new double[] {1e6, 1, 1, 1, 1e6, 1, 1, 1, 1e-6});
    ConvergenceException e = assertThrows(ConvergenceException.class,
        () -> dm.demean(TABLE, new double[9], new double[6], 1e-14, 2));
    assertEquals(2, e.iterations());
    assertTrue(e.getMessage().startsWith("fixed-effect demeaning did not converge: coefficients"
        + " must move by <= 1.00e-14 between sweeps, moved by "), e.getMessage());
  }

  @Test
  void noDimension_copiesTheValues() {
    Demeaner dm = new Demeaner(new int[0][], new int[0], 3);
    dm.setWeights(new double[] {1, 1, 1});
    double[] r = new double[3];
    assertEquals(0, dm.demean(new double[] {1, 2, 3}, r, new double[0], 1e-10, 10));
    assertEquals(3, r[2]);
  }
}
