package vn.newssearch.index;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a running build, for a progress line.
 *
 * @param articles articles indexed or updated so far
 * @param failed records and files that failed so far
 * @param bytesDone input bytes consumed on disk (compressed where the input is)
 * @param bytesTotal size of all inputs on disk
 * @param textBytes uncompressed text read so far
 */
public record Progress(
    long articles, long failed, long bytesDone, long bytesTotal, long textBytes, Duration elapsed) {

  public double articlesPerSecond() {
    return Rates.perSecond(articles, elapsed);
  }

  public double megabytesPerSecond() {
    return Rates.perSecond(textBytes, elapsed) / 1e6;
  }

  /** The fraction of input consumed, 0–1. */
  public double fraction() {
    return bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesDone / bytesTotal);
  }

  /** Time left at the rate so far, once enough is done to say. */
  public Optional<Duration> eta() {
    double f = fraction();
    if (f < 0.01 || elapsed.toMillis() < 2000) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f)));
  }
}
