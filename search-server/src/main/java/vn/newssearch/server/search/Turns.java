package vn.newssearch.server.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Searches that may run at once; the others wait their turn before their budget starts. With every
 * request running at once, a crowd of clients on few cores each got a sliver of a core and ran past
 * the budget; in turn, each runs at full speed and the budget measures its work, not the crowd
 * (docs/search-server.md).
 */
final class Turns {
  static final int RUNNING_SEARCHES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  /** How long a search may wait for its turn before it gives up with a 503. */
  static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private final Semaphore running = new Semaphore(RUNNING_SEARCHES, true);

  interface Work<T> {
    T run();
  }

  /** Runs the work in its turn; throws {@link SearchTimeoutException} if none comes in time. */
  <T> T inTurn(Work<T> work) {
    try {
      if (!running.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SearchTimeoutException(MAX_WAIT, "waiting for its turn");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchTimeoutException(MAX_WAIT, "waiting for its turn");
    }
    try {
      return work.run();
    } finally {
      running.release();
    }
  }
}
