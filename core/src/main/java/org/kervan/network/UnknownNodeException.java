package org.kervan.network;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a node id is not in the network asked. Callers branch on it, e.g. to tell a user
 * that a port code is unknown, and read the id from {@link #nodeId()}.
 */
public final class UnknownNodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The unknown id. */
  private final String nodeId;

  /**
   * Creates the exception.
   *
   * @param nodeId the id that is not in the network
   * @param context where the id was used, e.g. {@code "origin"} or {@code "leg AEJEA>SARUH:RAIL"}
   */
  public UnknownNodeException(String nodeId, String context) {
    super(
        checkNotNull(context, "context")
            + " must name a node of the network, was unknown id '"
            + checkNotNull(nodeId, "nodeId")
            + "'");
    this.nodeId = nodeId;
  }

  /**
   * Returns the id that is not in the network.
   *
   * @return the unknown id
   */
  public String nodeId() {
    return nodeId;
  }
}
