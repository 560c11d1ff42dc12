package org.kervan.network;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kervan.quantity.Polyline;

/**
 * What legs share more often than not, kept once per distinct value by a network's leg columns. A
 * plain class rather than a record: a record's {@code equals} and {@code hashCode} are linked
 * through method handles on first use, which costs a cold JVM tens of milliseconds while it builds
 * the first network.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LegExtras {
  final List<String> countries;
  final List<String> chokepoints;
  final Optional<TimeSpread> timeSpread;
  final OptionalDouble capacityTeuPerYear;
  final String source;
  final Optional<EmissionClass> emissionClass;
  final Polyline geometry;
  final double headwayCv;
  private final int hash;

  LegExtras(Leg l) {
    this(
        l.countries(),
        l.chokepoints(),
        l.timeSpread(),
        l.capacityTeuPerYear(),
        l.source(),
        l.emissionClass(),
        l.geometry(),
        l.headwayCv());
  }

  // The extras of a leg with none but its source: what the bulk builder's primitive legs carry.
  LegExtras(String source) {
    this(
        List.of(),
        List.of(),
        Optional.empty(),
        OptionalDouble.empty(),
        source,
        Optional.empty(),
        Polyline.empty(),
        0.0);
  }

  private LegExtras(
      List<String> countries,
      List<String> chokepoints,
      Optional<TimeSpread> timeSpread,
      OptionalDouble capacityTeuPerYear,
      String source,
      Optional<EmissionClass> emissionClass,
      Polyline geometry,
      double headwayCv) {
    this.countries = countries;
    this.chokepoints = chokepoints;
    this.timeSpread = timeSpread;
    this.capacityTeuPerYear = capacityTeuPerYear;
    this.source = source;
    this.emissionClass = emissionClass;
    this.geometry = geometry;
    this.headwayCv = headwayCv;
    int h = countries.hashCode();
    h = 31 * h + chokepoints.hashCode();
    h = 31 * h + spreadHash(timeSpread);
    h = 31 * h + capacityTeuPerYear.hashCode();
    h = 31 * h + source.hashCode();
    h = 31 * h + emissionClass.hashCode();
    h = 31 * h + geometry.hashCode();
    hash = 31 * h + Double.hashCode(headwayCv);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LegExtras)) {
      return false;
    }
    LegExtras x = (LegExtras) o;
    // Exact, as a record's equals: headwayCv by its bits.
    return hash == x.hash
        && Double.compare(headwayCv, x.headwayCv) == 0
        && source.equals(x.source)
        && countries.equals(x.countries)
        && chokepoints.equals(x.chokepoints)
        && sameSpread(timeSpread, x.timeSpread)
        && capacityTeuPerYear.equals(x.capacityTeuPerYear)
        && emissionClass.equals(x.emissionClass)
        && geometry.equals(x.geometry);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  // TimeSpread is a record: its own equals and hashCode would be linked through method handles.
  static int spreadHash(Optional<TimeSpread> s) {
    return s.isEmpty()
        ? 0
        : 31 * Double.hashCode(s.get().lowFactor()) + Double.hashCode(s.get().highFactor());
  }

  static boolean sameSpread(Optional<TimeSpread> a, Optional<TimeSpread> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() == b.isEmpty();
    }
    return Double.compare(a.get().lowFactor(), b.get().lowFactor()) == 0
        && Double.compare(a.get().highFactor(), b.get().highFactor()) == 0;
  }
}
