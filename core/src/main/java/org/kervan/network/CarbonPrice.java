package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.kervan.internal.Checks;

/**
 * A carbon price as it applies along a corridor: the price charged, in USD per tonne of CO2e
 * (well-to-wake, as {@link EmissionFactors} gives it), on each leg's emissions and on those of a
 * transshipment at a node. A scheme that covers only part of the emissions charges the price
 * times the covered share ({@link EuEtsMaritime}); {@link #uniform(double)} charges one price on
 * everything. {@link Corridor#generalisedCostUsd(double, CarbonPrice, EmissionFactors)} adds the
 * result through {@link TransitModel#carbonCostUsd}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CarbonPrice {

  /**
   * Returns the price charged on each leg's CO2e, one per leg of the corridor, in order.
   *
   * @param corridor the corridor
   * @return USD per tonne CO2e for each leg, each finite and {@code >= 0}
   */
  double[] legUsdPerTonne(Corridor corridor);

  /**
   * Returns the price charged on the CO2e of a transshipment at a node.
   *
   * @param node the node
   * @return USD per tonne CO2e, finite and {@code >= 0}
   */
  double nodeUsdPerTonne(Node node);

  /**
   * Returns one price on all emissions.
   *
   * @param usdPerTonne USD per tonne CO2e, finite and {@code >= 0}
   * @return the price
   * @throws IllegalArgumentException if {@code usdPerTonne} is NaN, infinite or negative
   */
  static CarbonPrice uniform(double usdPerTonne) {
    return new Uniform(usdPerTonne);
  }

  /**
   * One price on all emissions, on every leg and node.
   *
   * @param usdPerTonne USD per tonne CO2e, finite and {@code >= 0}
   *     <p>This record is immutable and thread-safe.
   */
  record Uniform(double usdPerTonne) implements CarbonPrice {
    /**
     * Validates the price.
     *
     * @param usdPerTonne USD per tonne CO2e, finite and {@code >= 0}
     * @throws IllegalArgumentException if {@code usdPerTonne} is NaN, infinite or negative
     */
    public Uniform {
      Checks.finiteNonNegative(usdPerTonne, "usdPerTonne");
    }

    @Override
    public double[] legUsdPerTonne(Corridor corridor) {
      double[] out = new double[checkNotNull(corridor, "corridor").legs().size()];
      Arrays.fill(out, usdPerTonne);
      return out;
    }

    @Override
    public double nodeUsdPerTonne(Node node) {
      checkNotNull(node, "node");
      return usdPerTonne;
    }

    /** Returns e.g. {@code carbon price 80.0 USD/t CO2e}. */
    @Override
    public String toString() {
      return "carbon price " + Checks.format(usdPerTonne) + " USD/t CO2e";
    }
  }
}
