package vn.newssearch.index;

import java.time.Duration;

final class Rates {
  private Rates() {}

  static double perSecond(long count, Duration elapsed) {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : count * 1e9 / nanos;
  }
}
