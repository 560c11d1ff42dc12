package org.kervan.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.function.Function;

/**
 * Gives packages inside Kervan (routing) the {@link CompactGraph} of a network without putting it
 * in the network's public API. The network class registers the accessor once, in its static
 * initialiser, which runs before any network exists. Not part of the API.
 */
public final class NetworkInternals {
  private static volatile Function<Object, CompactGraph> accessor;

  private NetworkInternals() {}

  /**
   * Registers the accessor; called once by the network class.
   *
   * @param f maps a network to its compact graph
   * @throws IllegalStateException if an accessor is already registered
   */
  public static synchronized void register(Function<Object, CompactGraph> f) {
    checkState(accessor == null, "accessor already registered");
    accessor = checkNotNull(f, "f");
  }

  /**
   * Returns the compact graph of a network.
   *
   * @param network a {@code org.kervan.network.Network}
   * @return its compact graph
   */
  public static CompactGraph compact(Object network) {
    checkNotNull(network, "network");
    return accessor.apply(network);
  }
}
