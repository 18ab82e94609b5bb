package vn.newssearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.typing.IndexTypingStats;
import vn.newssearch.server.search.typing.QueryReader;
import vn.newssearch.server.search.typing.SyllableStats;

/**
 * What reading a query costs per kind (Telex and VNI decoded, diacritics restored, abbreviations
 * expanded): {@link QueryReader#read} alone, as the server calls it, over the index's own
 * statistics once they are ready. Parsing the query is not counted. The kinds alternate query by
 * query, round after round. Wall time and the thread's CPU time: on a loaded machine, a read that
 * is descheduled shows in the wall time's tail only.
 */
final class ReadingCost {
  private ReadingCost() {}

  /** Per kind: latencies, and how many of the kind's queries were read otherwise than typed. */
  record Result(
      Map<String, Histogram> byKind,
      Map<String, Histogram> cpuByKind,
      Map<String, int[]> rewritten,
      double readySeconds) {}

  static Result measure(Path index, List<BenchQuery> queries, int warmUpRounds, int rounds)
      throws Exception {
    PartyNames gazetteer = PartyNames.load();
    QueryReader reader = new QueryReader(() -> gazetteer);
    try (DirectoryReader ir = DirectoryReader.open(FSDirectory.open(index))) {
      long start = System.nanoTime();
      SyllableStats stats = statistics(index, ir);
      double ready = (System.nanoTime() - start) / 1e9;
      Map<String, int[]> rewritten = new TreeMap<>();
      for (BenchQuery q : queries) {
        int[] counts = rewritten.computeIfAbsent(q.kind(), k -> new int[2]);
        counts[1]++;
        if (reader.read(UserQuery.parse(q.q()), stats).interpretedAs() != null) {
          counts[0]++;
        }
      }
      for (int r = 0; r < warmUpRounds; r++) {
        for (BenchQuery q : queries) {
          reader.read(UserQuery.parse(q.q()), stats);
        }
      }
      Map<String, Histogram> byKind = new TreeMap<>();
      Map<String, Histogram> cpuByKind = new TreeMap<>();
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      for (int r = 0; r < rounds; r++) {
        for (BenchQuery q : queries) {
          UserQuery parsed = UserQuery.parse(q.q());
          long c0 = cpu.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          reader.read(parsed, stats);
          long took = System.nanoTime() - t0;
          long cpuTook = cpu.getCurrentThreadCpuTime() - c0;
          byKind.computeIfAbsent(q.kind(), k -> new Histogram(3)).recordValue(took);
          cpuByKind.computeIfAbsent(q.kind(), k -> new Histogram(3)).recordValue(cpuTook);
        }
      }
      return new Result(byKind, cpuByKind, rewritten, ready);
    }
  }

  /**
   * The statistics as the server gets them ({@link IndexTypingStats}): the build's file beside the
   * index, or, for an index built before that file existed, counted from the index.
   */
  private static SyllableStats statistics(Path index, DirectoryReader ir)
      throws InterruptedException {
    IndexTypingStats typing = new IndexTypingStats(index);
    typing.start(ir);
    SyllableStats stats;
    while ((stats = typing.current(ir)) == null) {
      Thread.sleep(100);
    }
    return stats;
  }

  static void print(Result r) {
    System.out.println();
    System.out.println(
        Stats.f(
            "### QueryReader.read per query, in-process (statistics loaded or counted in %.1f s)",
            r.readySeconds()));
    System.out.println();
    System.out.println(
        "| kind | read otherwise than typed | p50 µs | p99 µs | mean µs | max µs | CPU p50 µs |"
            + " CPU p99 µs | CPU mean µs |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    r.byKind()
        .forEach(
            (kind, h) -> {
              int[] c = r.rewritten().get(kind);
              Histogram cpu = r.cpuByKind().get(kind);
              System.out.println(
                  Stats.f(
                      "| %s | %d of %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f |",
                      kind,
                      c[0],
                      c[1],
                      h.getValueAtPercentile(50) / 1e3,
                      h.getValueAtPercentile(99) / 1e3,
                      h.getMean() / 1e3,
                      h.getMaxValue() / 1e3,
                      cpu.getValueAtPercentile(50) / 1e3,
                      cpu.getValueAtPercentile(99) / 1e3,
                      cpu.getMean() / 1e3));
              KindBench.SUMMARY.setProperty(
                  "reader." + kind + ".p50.us", Double.toString(h.getValueAtPercentile(50) / 1e3));
              KindBench.SUMMARY.setProperty(
                  "reader." + kind + ".p99.us", Double.toString(h.getValueAtPercentile(99) / 1e3));
              KindBench.SUMMARY.setProperty(
                  "reader." + kind + ".mean.us", Double.toString(h.getMean() / 1e3));
            });
  }
}
