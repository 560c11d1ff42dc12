package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What a gravity regression explains the flow by: regressor columns of the panel, fixed-effect
 * dimensions absorbed (not estimated as dummies), and the variance estimator. There is no separate
 * constant: with at least one fixed-effect dimension it is absorbed; with none, a constant is
 * added.
 *
 * @param regressors the covariate names used as regressors, distinct (may be empty)
 * @param fixedEffects the fixed-effect dimensions, distinct (may be empty)
 * @param vce the variance estimator
 */
public record GravityModel(List<String> regressors, List<Grouping> fixedEffects, Vce vce) {
  /**
   * Validates and copies.
   *
   * @param regressors the covariate names used as regressors, distinct
   * @param fixedEffects the fixed-effect dimensions, distinct
   * @param vce the variance estimator
   * @throws IllegalArgumentException if a list repeats an entry
   */
  public GravityModel {
    regressors = List.copyOf(checkNotNull(regressors, "regressors"));
    fixedEffects = List.copyOf(checkNotNull(fixedEffects, "fixedEffects"));
    checkNotNull(vce, "vce");
    if (regressors.stream().distinct().count() != regressors.size()) {
      throw new IllegalArgumentException("regressors must be distinct, was " + regressors);
    }
    if (fixedEffects.stream().distinct().count() != fixedEffects.size()) {
      throw new IllegalArgumentException("fixedEffects must be distinct, was " + fixedEffects);
    }
  }
}
