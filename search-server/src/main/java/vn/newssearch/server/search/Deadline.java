package vn.newssearch.server.search;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.lucene.index.QueryTimeout;

/**
 * The end of one search's time budget. Lucene polls it while collecting hits ({@link
 * org.apache.lucene.search.IndexSearcher#setTimeout}), and the service checks it between the steps
 * Lucene does not see (name lookups, rescoring, the page).
 */
final class Deadline implements QueryTimeout {
  private final Duration budget;
  private final LongSupplier nanoClock;
  private final long end;

  Deadline(Duration budget, LongSupplier nanoClock) {
    this.budget = budget;
    this.nanoClock = nanoClock;
    this.end = nanoClock.getAsLong() + budget.toNanos();
  }

  @Override
  public boolean shouldExit() {
    return nanoClock.getAsLong() - end > 0;
  }

  /** Throws {@link SearchTimeoutException} once the budget is spent. */
  void check() {
    if (shouldExit()) {
      throw new SearchTimeoutException(budget);
    }
  }

  Duration budget() {
    return budget;
  }
}
