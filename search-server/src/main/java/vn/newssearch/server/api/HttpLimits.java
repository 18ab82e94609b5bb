package vn.newssearch.server.api;

import java.time.Duration;

/**
 * How much of the server one client may hold: a connection that has not sent a whole request line
 * and headers within {@code requestReadTimeout} is closed (however slowly it keeps sending), an
 * idle one after {@code idleTimeout}, and at most {@code maxConnections} are open at once (more
 * wait in the accept queue), so half-sent requests cannot exhaust file descriptors or threads.
 */
public record HttpLimits(Duration requestReadTimeout, Duration idleTimeout, int maxConnections) {
  /** Largest request line plus headers: a 1,000-character query percent-encodes to ~12 KB. */
  public static final int MAX_HEADER_BYTES = 64 * 1024;

  /** A request body (the API takes none) must arrive at least this fast, in bytes per second. */
  public static final long MIN_REQUEST_DATA_RATE = 1024;

  public HttpLimits {
    if (!requestReadTimeout.isPositive() || !idleTimeout.isPositive() || maxConnections < 1) {
      throw new IllegalArgumentException(
          "timeouts and the connection limit must be positive: " + this);
    }
  }

  public static HttpLimits defaults() {
    return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 500);
  }
}
