package org.kervan.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.kervan.internal.Checks;
import org.kervan.network.Node;

/**
 * A bilateral trade flow: what one country exports to another in a year, optionally for one
 * product group.
 *
 * @param exporter the exporting country, an ISO 3166-1 alpha-2 code ({@link
 *     Node#isValidCountry})
 * @param importer the importing country, an ISO 3166-1 alpha-2 code
 * @param valueUsdPerYear the value, US dollars per year, finite and {@code >= 0}
 * @param productGroup the product group (e.g. an HS section), not blank if present
 *     <p>This record is immutable and thread-safe.
 */
public record TradeFlow(
    String exporter, String importer, double valueUsdPerYear, Optional<String> productGroup) {

  /**
   * Validates the components.
   *
   * @param exporter the exporting country, an ISO 3166-1 alpha-2 code ({@link Node#isValidCountry})
   * @param importer the importing country, an ISO 3166-1 alpha-2 code
   * @param valueUsdPerYear the value, US dollars per year, finite and {@code >= 0}
   * @param productGroup the product group (e.g. an HS section), not blank if present
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a country code is unknown, the value is negative, NaN or
   *     infinite, or the product group is blank
   */
  public TradeFlow {
    checkNotNull(exporter, "exporter");
    checkNotNull(importer, "importer");
    checkNotNull(productGroup, "productGroup");
    checkCountry(exporter, "exporter");
    checkCountry(importer, "importer");
    Checks.finiteNonNegative(valueUsdPerYear, "valueUsdPerYear");
    checkNotNull(productGroup, "productGroup");
    if (productGroup.isPresent() && productGroup.get().isBlank()) {
      throw new IllegalArgumentException(
          "productGroup must not be blank, was '" + productGroup.get() + "'");
    }
  }

  private static void checkCountry(String code, String name) {
    checkNotNull(code, name);
    if (!Node.isValidCountry(code)) {
      throw new IllegalArgumentException(
          name + " must be an ISO 3166-1 alpha-2 code, was '" + code + "'");
    }
  }

  /**
   * Returns a flow of all products.
   *
   * @param exporter the exporting country's ISO code
   * @param importer the importing country's ISO code
   * @param valueUsdPerYear the value, USD per year, finite and {@code >= 0}
   * @return the flow
   * @throws IllegalArgumentException if a code is unknown or the value is out of its domain
   */
  public static TradeFlow of(String exporter, String importer, double valueUsdPerYear) {
    return new TradeFlow(exporter, importer, valueUsdPerYear, Optional.empty());
  }

  /**
   * Returns a flow of one product group.
   *
   * @param exporter the exporting country's ISO code
   * @param importer the importing country's ISO code
   * @param valueUsdPerYear the value, USD per year, finite and {@code >= 0}
   * @param productGroup the product group, not blank
   * @return the flow
   * @throws IllegalArgumentException if a code is unknown, the value is out of its domain or the
   *     group is blank
   */
  public static TradeFlow of(
      String exporter, String importer, double valueUsdPerYear, String productGroup) {
    checkNotNull(productGroup, "productGroup");
    return new TradeFlow(exporter, importer, valueUsdPerYear, Optional.of(productGroup));
  }

  /**
   * Returns a copy with another value.
   *
   * @param valueUsdPerYear the value, USD per year, finite and {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the value is out of its domain
   */
  public TradeFlow withValueUsdPerYear(double valueUsdPerYear) {
    return new TradeFlow(exporter, importer, valueUsdPerYear, productGroup);
  }

  /** Returns e.g. {@code IN→DE 1250000.00 USD/yr (HS 84)}. */
  @Override
  public String toString() {
    return exporter
        + "→"
        + importer
        + " "
        + Checks.fixed(valueUsdPerYear, 2)
        + " USD/yr"
        + productGroup.map(g -> " (" + g + ")").orElse("");
  }
}
