package org.kervan.gravity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change in bilateral trade costs, {@code Δ ln t_ij} per directed country pair; pairs not named
 * do not change. The cost term of the structural gravity equation moves by {@code (1 − σ) Δ ln
 * t_ij}: a 10 % cut in {@code t_ij} is {@code Δ ln t_ij = ln 0.9}. This is the entry point for
 * trade-cost changes computed elsewhere (e.g. from routed corridors).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostChange {
  private static final CostChange NONE = new CostChange(ImmutableMap.of());

  /** Keys are "exporter|importer". */
  private final ImmutableMap<String, Double> deltas;

  private CostChange(ImmutableMap<String, Double> deltas) {
    this.deltas = deltas;
  }

  /**
   * Returns the change that changes nothing.
   *
   * @return the empty change
   */
  public static CostChange none() {
    return NONE;
  }

  /**
   * Starts a change.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code Δ ln t_ij} for a pair.
   *
   * @param exporter the exporter
   * @param importer the importer
   * @return the change, 0 for a pair not named
   */
  public double deltaLnCost(String exporter, String importer) {
    return deltas.getOrDefault(key(exporter, importer), 0.0);
  }

  /**
   * Returns the named pairs, as {@code exporter|importer} keys, with their {@code Δ ln t}.
   *
   * @return the changes
   */
  public Map<String, Double> changes() {
    return deltas;
  }

  static String key(String exporter, String importer) {
    return checkNotNull(exporter, "exporter") + "|" + checkNotNull(importer, "importer");
  }

  @Override
  public String toString() {
    return "CostChange[" + deltas.size() + " pairs]";
  }

  /** Collects pair changes. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Double> deltas = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the change of one directed pair.
     *
     * @param exporter the exporter
     * @param importer the importer
     * @param deltaLnCost {@code Δ ln t_ij}, finite
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite or the pair was set before
     */
    public Builder set(String exporter, String importer, double deltaLnCost) {
      TradePanel.requireFinite(deltaLnCost, "deltaLnCost");
      if (deltas.put(key(exporter, importer), deltaLnCost) != null) {
        throw new IllegalArgumentException(
            "pairs must be set once, was (" + exporter + ", " + importer + ") again");
      }
      return this;
    }

    /**
     * Returns the change.
     *
     * @return the change
     */
    public CostChange build() {
      return new CostChange(ImmutableMap.copyOf(deltas));
    }
  }
}
