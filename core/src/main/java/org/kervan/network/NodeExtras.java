package org.kervan.network;

import java.util.Optional;

/**
 * What nodes share more often than not (country, kind, the six charges, spread and source), kept
 * once per distinct value by a network's node columns. A plain class rather than a record, for the
 * reason {@link LegExtras} gives. Equality is that of the {@link Node} record's components: doubles
 * by their bits, as {@link Double#compare}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NodeExtras {
  final Optional<String> country;
  final NodeKind kind;
  final double transshipmentHours;
  final double transshipmentCostUsd;
  final double dwellHours;
  final double dwellCostUsd;
  final double borderHours;
  final double borderCostUsd;
  final Optional<TimeSpread> timeSpread;
  final String source;
  private final int hash;

  NodeExtras(Node n) {
    country = n.country();
    kind = n.kind();
    transshipmentHours = n.transshipmentHours();
    transshipmentCostUsd = n.transshipmentCostUsd();
    dwellHours = n.dwellHours();
    dwellCostUsd = n.dwellCostUsd();
    borderHours = n.borderHours();
    borderCostUsd = n.borderCostUsd();
    timeSpread = n.timeSpread();
    source = n.source();
    int h = country.hashCode();
    h = 31 * h + kind.hashCode();
    h = 31 * h + Double.hashCode(transshipmentHours);
    h = 31 * h + Double.hashCode(transshipmentCostUsd);
    h = 31 * h + Double.hashCode(dwellHours);
    h = 31 * h + Double.hashCode(dwellCostUsd);
    h = 31 * h + Double.hashCode(borderHours);
    h = 31 * h + Double.hashCode(borderCostUsd);
    h = 31 * h + LegExtras.spreadHash(timeSpread);
    hash = 31 * h + source.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NodeExtras)) {
      return false;
    }
    NodeExtras x = (NodeExtras) o;
    return hash == x.hash
        && kind == x.kind
        && Double.compare(transshipmentHours, x.transshipmentHours) == 0
        && Double.compare(transshipmentCostUsd, x.transshipmentCostUsd) == 0
        && Double.compare(dwellHours, x.dwellHours) == 0
        && Double.compare(dwellCostUsd, x.dwellCostUsd) == 0
        && Double.compare(borderHours, x.borderHours) == 0
        && Double.compare(borderCostUsd, x.borderCostUsd) == 0
        && country.equals(x.country)
        && LegExtras.sameSpread(timeSpread, x.timeSpread)
        && source.equals(x.source);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
