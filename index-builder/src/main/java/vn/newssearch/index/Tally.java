package vn.newssearch.index;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build did: files read, articles new and updated, undated ones, skips by reason, failures
 * as {@code file:line: reason} (the first {@link TallyCounter#KEEP} of each list are kept, the
 * counts are exact), time and rate.
 *
 * @param indexed articles new to the index
 * @param updated articles whose id was already in the index (or earlier in this run): replaced
 * @param undated articles indexed without a publication date (included in indexed/updated)
 * @param skipped inputs left out by design, counted per reason
 * @param textBytes uncompressed input text read
 * @param documents documents in the index after the build
 * @param merging the part of {@code elapsed} spent merging the index into one segment (zero when
 *     the build did not merge)
 */
public record Tally(
    int filesRead,
    long indexed,
    long updated,
    long undated,
    Map<String, Long> skipped,
    long failed,
    List<String> failures,
    long warned,
    List<String> warnings,
    long textBytes,
    Duration elapsed,
    long documents,
    Duration merging) {

  public Tally {
    skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
  }

  /** Articles written: new plus updated. */
  public long articles() {
    return indexed + updated;
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public double articlesPerSecond() {
    return Rates.perSecond(articles(), elapsed);
  }

  public double megabytesPerSecond() {
    return Rates.perSecond(textBytes, elapsed) / 1e6;
  }
}
