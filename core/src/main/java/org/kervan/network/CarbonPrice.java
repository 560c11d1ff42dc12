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
   * The highest price, USD per tonne CO2e, that a carbon price may charge on any leg or node: 10^6
   * USD/t, an assumption about 10,000 times EU allowance prices of 2024 (EUR 60-90) and far above
   * any published social cost of carbon. With {@link EmissionFactors#MAX_G_CO2E_PER_TEU_KM} and
   * {@link TransitModel#MAX_DISTANCE_KM} it bounds a leg's carbon cost by {@code 10^6 g/TEU-km *
   * 10^9 km / 1000 * 10^6 USD/t / 1000 = 10^15} USD per TEU, and with {@link
   * EmissionFactors#MAX_TRANSSHIPMENT_KG_CO2E_PER_TEU} a node's by {@code 10^9} USD, so a step's
   * generalised cost stays below {@code 2 * 10^17} USD and every corridor total is finite (see
   * {@link TransitModel#MAX_HOURS}).
   */
  double MAX_USD_PER_TONNE = 1e6;

  /**
   * Returns the price charged on each leg's CO2e, one per leg of the corridor, in order.
   *
   * @param corridor the corridor
   * @return USD per tonne CO2e for each leg, each {@code >= 0} and at most {@link
   *     #MAX_USD_PER_TONNE}
   */
  double[] legUsdPerTonne(Corridor corridor);

  /**
   * Returns the price charged on the CO2e of a transshipment at a node.
   *
   * @param node the node
   * @return USD per tonne CO2e, {@code >= 0} and at most {@link #MAX_USD_PER_TONNE}
   */
  double nodeUsdPerTonne(Node node);

  /**
   * Returns one price on all emissions.
   *
   * @param usdPerTonne USD per tonne CO2e, {@code >= 0} and at most {@link #MAX_USD_PER_TONNE}
   * @return the price
   * @throws IllegalArgumentException if {@code usdPerTonne} is NaN, negative or above the limit
   */
  static CarbonPrice uniform(double usdPerTonne) {
    return new Uniform(usdPerTonne);
  }

  /**
   * One price on all emissions, on every leg and node.
   *
   * @param usdPerTonne USD per tonne CO2e, {@code >= 0} and at most {@link #MAX_USD_PER_TONNE}
   *     <p>This record is immutable and thread-safe.
   */
  record Uniform(double usdPerTonne) implements CarbonPrice {
    /**
     * Validates the price.
     *
     * @param usdPerTonne USD per tonne CO2e, {@code >= 0} and at most {@link #MAX_USD_PER_TONNE}
     * @throws IllegalArgumentException if {@code usdPerTonne} is NaN, negative or above the limit
     */
    public Uniform {
      Checks.nonNegativeAtMost(usdPerTonne, MAX_USD_PER_TONNE, "usdPerTonne");
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
