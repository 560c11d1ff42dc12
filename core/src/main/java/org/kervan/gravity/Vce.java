package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * The variance estimator of a gravity fit: heteroskedasticity-robust (Eicker–Huber–White) or
 * one-way clustered by a {@link Grouping}. Both are sandwiches {@code q · B⁻¹ M B⁻¹} with {@code B =
 * X̃'WX̃} (regressors with the fixed effects partialled out) and {@code M} the outer product of the
 * scores, summed within clusters; the small-sample factor {@code q} is the one Stata's {@code
 * ppml}, {@code ppmlhdfe} and {@code glm} use for non-linear models: {@code N/(N-1)} for robust,
 * {@code G/(G-1)} for {@code G} clusters. (The log-linear OLS fit also applies {@code
 * (N-1)/(N-K)}, with K counting the absorbed fixed effects, as Stata's {@code regress} and {@code
 * reghdfe} do.)
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Vce {
  private static final Vce ROBUST = new Vce(null);

  /** Null for robust. */
  private final Grouping cluster;

  private Vce(Grouping cluster) {
    this.cluster = cluster;
  }

  /**
   * Returns the heteroskedasticity-robust estimator.
   *
   * @return the robust VCE
   */
  public static Vce robust() {
    return ROBUST;
  }

  /**
   * Returns the one-way clustered estimator.
   *
   * @param grouping the clusters, e.g. {@link Grouping#SYMMETRIC_PAIR} or {@code
   *     Grouping.column("pair_id")}
   * @return the clustered VCE
   */
  public static Vce clusteredBy(Grouping grouping) {
    return new Vce(checkNotNull(grouping, "grouping"));
  }

  /**
   * Returns the clustering, if any.
   *
   * @return the cluster grouping, or empty for robust
   */
  public Optional<Grouping> cluster() {
    return Optional.ofNullable(cluster);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vce && Objects.equals(((Vce) o).cluster, cluster);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(cluster);
  }

  @Override
  public String toString() {
    return cluster == null ? "robust" : "clustered by " + cluster;
  }
}
