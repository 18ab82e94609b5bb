package vn.newssearch.opensearch;

import java.io.IOException;

/**
 * The cluster did not answer: no node reachable, a timeout, or an answer that says it cannot serve
 * (no shard copy left). The builder stops with a clear message; the server answers 503.
 */
public final class ClusterUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public ClusterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
