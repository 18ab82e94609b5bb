package vn.newssearch.server.search;

import java.time.Duration;

/**
 * A search that ran out of its time budget: stopped rather than left to hold a core. The HTTP layer
 * renders it as a 503 with the code {@code search_timeout}; a retry or a narrower query may pass.
 */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchTimeoutException(Duration budget) {
    super(
        "the search took longer than its "
            + budget.toMillis()
            + " ms budget and was stopped; narrow the query or try again",
        null,
        false,
        false);
  }

  /** A search that spent {@code waited} doing {@code what} (the server is overloaded). */
  public SearchTimeoutException(Duration waited, String what) {
    super(
        "the server is busy: the search spent " + waited.toSeconds() + " s " + what + "; try again",
        null,
        false,
        false);
  }
}
