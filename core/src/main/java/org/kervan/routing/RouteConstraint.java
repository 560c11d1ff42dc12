package org.kervan.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import org.kervan.network.LegStatus;
import org.kervan.network.Mode;
import org.kervan.network.Node;

/**
 * One entry of a request's avoid sets, such as "avoid country IR" or "avoid chokepoint CP_SUEZ";
 * used to report which constraints cut a route off.
 *
 * @param kind what is avoided
 * @param value the country code, chokepoint id, node id, {@link Mode} name or {@link LegStatus}
 *     name, valid for its kind
 *     <p>This record is immutable and thread-safe.
 */
public record RouteConstraint(Kind kind, String value) {

  /** What an avoid entry names. */
  public enum Kind {
    /** An ISO 3166-1 alpha-2 country: legs touching it are excluded. */
    COUNTRY,
    /** A chokepoint id: legs touching a chokepoint node or listing it are excluded. */
    CHOKEPOINT,
    /** A node id: legs starting or ending there are excluded. */
    NODE,
    /** A {@link Mode} name: legs of that mode are excluded. */
    MODE,
    /** A {@link LegStatus} name: legs with that status are excluded. */
    STATUS
  }

  /**
   * Validates the value against its kind.
   *
   * @param kind what is avoided
   * @param value the entry, valid for its kind
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the value is not valid for its kind
   */
  public RouteConstraint {
    checkNotNull(kind, "kind");
    checkNotNull(value, "value");
    boolean ok;
    switch (kind) {
      case COUNTRY:
        ok = Node.isValidCountry(value);
        break;
      case CHOKEPOINT:
      case NODE:
        ok = Node.isValidId(value);
        break;
      case MODE:
        ok = isConstant(Mode.class, value);
        break;
      default:
        ok = isConstant(LegStatus.class, value);
        break;
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "value must be a valid " + kind + " for kind " + kind + ", was '" + value + "'");
    }
  }

  private static <E extends Enum<E>> boolean isConstant(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Returns e.g. {@code avoid CHOKEPOINT CP_SUEZ}. */
  @Override
  public String toString() {
    return "avoid " + kind + " " + value;
  }
}
