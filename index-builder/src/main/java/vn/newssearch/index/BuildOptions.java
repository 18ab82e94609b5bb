package vn.newssearch.index;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to build: from empty or onto the existing index, with how many threads, how much RAM before a
 * flush, how often to commit, and who hears about progress.
 *
 * @param rebuild start from an empty index (the old one stays readable until the first commit)
 * @param threads extraction + indexing threads; one more thread reads the input
 * @param ramBufferMb IndexWriter RAM buffer; bigger means fewer, larger flushes
 * @param commitEveryDocs commit after this many articles, so a crash loses little work
 * @param commitInterval commit at least this often
 * @param progress called about once per {@code progressInterval} from the coordinating thread
 * @param merge merge the index into one segment at the end, for an index built once and then
 *     served: searches skip the per-segment work, at the cost of rewriting the index once
 *     (docs/performance.md measures both)
 */
public record BuildOptions(
    boolean rebuild,
    int threads,
    double ramBufferMb,
    long commitEveryDocs,
    Duration commitInterval,
    Duration progressInterval,
    Consumer<Progress> progress,
    boolean merge) {

  public BuildOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (ramBufferMb < 1) {
      throw new IllegalArgumentException("the RAM buffer must be at least 1 MB");
    }
    progress = progress == null ? p -> {} : progress;
  }

  /**
   * Append/update, one thread per processor, 192 MB buffer, commit every 50k articles or minute, no
   * final merge.
   */
  public static BuildOptions defaults() {
    return new BuildOptions(
        false,
        Runtime.getRuntime().availableProcessors(),
        defaultRamBufferMb(),
        50_000,
        Duration.ofSeconds(60),
        Duration.ofSeconds(1),
        null,
        false);
  }

  /**
   * 192 MB, or a quarter of a smaller heap, so a -Xmx256m run does not run out of memory. At 145k
   * articles 192 MB leaves 8 segments where 96 MB left 12, at the same rate.
   */
  static double defaultRamBufferMb() {
    long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
    return Math.max(16, Math.min(192, maxHeapMb / 4));
  }

  public BuildOptions withRebuild(boolean rebuild) {
    return new BuildOptions(
        rebuild,
        threads,
        ramBufferMb,
        commitEveryDocs,
        commitInterval,
        progressInterval,
        progress,
        merge);
  }

  public BuildOptions withThreads(int threads) {
    return new BuildOptions(
        rebuild,
        threads,
        ramBufferMb,
        commitEveryDocs,
        commitInterval,
        progressInterval,
        progress,
        merge);
  }

  public BuildOptions withCommitEvery(long docs, Duration interval) {
    return new BuildOptions(
        rebuild, threads, ramBufferMb, docs, interval, progressInterval, progress, merge);
  }

  public BuildOptions withMerge(boolean merge) {
    return new BuildOptions(
        rebuild,
        threads,
        ramBufferMb,
        commitEveryDocs,
        commitInterval,
        progressInterval,
        progress,
        merge);
  }

  public BuildOptions withProgress(Consumer<Progress> progress, Duration interval) {
    return new BuildOptions(
        rebuild, threads, ramBufferMb, commitEveryDocs, commitInterval, interval, progress, merge);
  }
}
