package vn.newssearch.server.search;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What bounds a request beyond its parameters: the time one search may take, and the key cursors
 * are signed with.
 *
 * @param timeBudget a search still running after this ends with {@link SearchTimeoutException}
 * @param cursorKey HMAC key of the cursors; at least 16 bytes
 * @param nanoClock the clock of the budget ({@code System::nanoTime}; tests pass their own)
 */
public record RequestLimits(Duration timeBudget, byte[] cursorKey, LongSupplier nanoClock) {
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

  public RequestLimits {
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive: " + timeBudget);
    }
    cursorKey = cursorKey.clone();
  }

  /** A 2 s budget and the key made for this process. */
  public static RequestLimits defaults() {
    return new RequestLimits(DEFAULT_TIME_BUDGET, Cursor.processKey(), System::nanoTime);
  }

  public RequestLimits withTimeBudget(Duration budget) {
    return new RequestLimits(budget, cursorKey, nanoClock);
  }

  public RequestLimits withCursorKey(byte[] key) {
    return new RequestLimits(timeBudget, key, nanoClock);
  }

  public RequestLimits withClock(LongSupplier clock) {
    return new RequestLimits(timeBudget, cursorKey, clock);
  }
}
