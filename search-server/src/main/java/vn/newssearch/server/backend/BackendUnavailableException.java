package vn.newssearch.server.backend;

/**
 * The backend cannot answer now (the cluster is unreachable, timed out, or lost every copy of a
 * shard). The HTTP layer renders it as a 503 with the code {@code backend_unavailable}; a retry may
 * pass once the cluster is back.
 */
public final class BackendUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public static final String CODE = "backend_unavailable";

  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
