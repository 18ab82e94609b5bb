package vn.newssearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Indexing benchmark: our pipeline (extraction + dual ICU fields + facets) against raw Lucene
 * (StandardAnalyzer, one field) in the same JVM and run, at each thread count; medians over runs.
 *
 * <p>{@code java -cp bench/target/bench.jar vn.newssearch.bench.IndexBench [--limit N] [--runs 3]
 * [--threads 1,2] [--work target/bench-index] [--corpus FILE]}
 */
public final class IndexBench {
  private IndexBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = args.corpus();
    long limit = args.getLong("limit", 0);
    int runs = args.getInt("runs", 3);
    List<Integer> threadCounts = args.getInts("threads", "1,2");
    Path work = args.path("work", "bench/target/bench-index");
    System.out.println(Machine.describe());
    System.out.println(
        Stats.f(
            "corpus %s, limit %s, %d run(s), threads %s; synthetic dates 2015-2020 from FNV-1a(id)",
            corpus, limit == 0 ? "all" : limit, runs, threadCounts));
    CorpusReader.Prepared prepared = CorpusReader.prepare(corpus, limit, 0, work);
    System.out.println(
        Stats.f(
            "prepared %s: %d articles, %s of text",
            prepared.file(), prepared.articles(), Stats.mb(prepared.textBytes())));
    List<IndexRun.Result> results = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      for (int threads : threadCounts) {
        // Alternate the order so neither pipeline always runs on a warmer JVM.
        List<Boolean> order = run % 2 == 1 ? List.of(false, true) : List.of(true, false);
        for (boolean ours : order) {
          IndexRun.Result r =
              ours
                  ? IndexRun.ours(prepared, threads, work.resolve("ours"), false)
                  : IndexRun.baseline(prepared, threads, work.resolve("baseline"));
          results.add(r);
          System.out.println(Stats.f("run %d: %s", run, line(r)));
        }
      }
    }
    System.out.println();
    System.out.println(
        "| threads | ours art/s | baseline art/s | ours:baseline | ours MB/s | "
            + "ours peak heap | ours peak RSS | ours index | baseline index |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int threads : threadCounts) {
      List<IndexRun.Result> ours = select(results, "ours", threads);
      List<IndexRun.Result> base = select(results, "baseline", threads);
      double o = Stats.median(ours.stream().map(IndexRun.Result::articlesPerSecond).toList());
      double b = Stats.median(base.stream().map(IndexRun.Result::articlesPerSecond).toList());
      double mbs = Stats.median(ours.stream().map(IndexRun.Result::megabytesPerSecond).toList());
      IndexRun.Result last = ours.get(ours.size() - 1);
      long heap = ours.stream().mapToLong(IndexRun.Result::peakHeap).max().orElse(0);
      long rss = ours.stream().mapToLong(IndexRun.Result::peakRss).max().orElse(0);
      SUMMARY.setProperty("ours.index.t" + threads + ".rate", Double.toString(o));
      SUMMARY.setProperty("baseline.index.t" + threads + ".rate", Double.toString(b));
      System.out.println(
          Stats.f(
              "| %d | %.0f | %.0f | %.2f | %.2f | %s | %s | %s | %s |",
              threads,
              o,
              b,
              o / b,
              mbs,
              Stats.mb(heap),
              Stats.mb(rss),
              Stats.mb(last.indexBytes()),
              Stats.mb(base.get(base.size() - 1).indexBytes())));
    }
    // What build --merge adds: the last index of ours merged into one segment, as the query
    // benchmarks search it.
    int lastThreads = threadCounts.getLast();
    double merge = IndexRun.merge(work.resolve("ours"));
    double ingest =
        Stats.median(
            select(results, "ours", lastThreads).stream().map(IndexRun.Result::seconds).toList());
    double withMerge = prepared.articles() / (ingest + merge);
    SUMMARY.setProperty("ours.index.merge.seconds", Double.toString(merge));
    SUMMARY.setProperty("ours.index.t" + lastThreads + ".rate.merged", Double.toString(withMerge));
    System.out.println();
    System.out.println(
        Stats.f(
            "build --merge: merging the %d-thread index into one segment took %.1f s; building and"
                + " merging: %.0f art/s",
            lastThreads, merge, withMerge));
    Summary.write(args.get("summary", null), SUMMARY, "IndexBench");
  }

  private static final Properties SUMMARY = new Properties();

  private static List<IndexRun.Result> select(
      List<IndexRun.Result> all, String pipeline, int threads) {
    return all.stream()
        .filter(r -> r.pipeline().equals(pipeline) && r.threads() == threads)
        .toList();
  }

  static String line(IndexRun.Result r) {
    return Stats.f(
            "%-8s threads=%d articles=%d %.1fs %.0f art/s %.2f MB/s heap<=%s rss<=%s index=%s",
            r.pipeline(),
            r.threads(),
            r.articles(),
            r.seconds(),
            r.articlesPerSecond(),
            r.megabytesPerSecond(),
            Stats.mb(r.peakHeap()),
            Stats.mb(r.peakRss()),
            Stats.mb(r.indexBytes()))
        + (r.mergeSeconds() > 0
            ? Stats.f(" (merge into one segment %.1fs)", r.mergeSeconds())
            : "");
  }
}
