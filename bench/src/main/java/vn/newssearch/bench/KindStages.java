package vn.newssearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import vn.newssearch.server.search.SearchTimeoutException;

/**
 * Where each kind's time goes in-process: the stages of {@link StagedSearch} per kind (means, one
 * thread per search), and the slowest queries with their stages, so that a slow kind can be traced
 * to its queries. A search stopped by the time budget is counted, not fatal.
 */
final class KindStages {
  private KindStages() {}

  private record Timed(BenchQuery query, long[] stages, long total) {}

  /** The whole time of a search as typed, or -1 if the budget stopped it. */
  private static long literalTotal(StagedSearch search, BenchQuery q) {
    try {
      long total = 0;
      for (long x : search.run(q, true)) {
        total += x;
      }
      return total;
    } catch (SearchTimeoutException e) {
      return -1;
    }
  }

  static void run(Path index, List<BenchQuery> queries, int rounds, int slowest) throws Exception {
    Map<String, long[]> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> stopped = new TreeMap<>();
    List<Timed> all = new ArrayList<>();
    Map<String, Histogram[]> readVsLiteral = new TreeMap<>();
    try (StagedSearch search = new StagedSearch(index)) {
      search.awaitReadings();
      for (int r = -1; r < rounds; r++) { // round -1 warms up
        for (BenchQuery q : queries) {
          // The same query as typed (literal), before or after, taking turns round by round.
          boolean literalFirst = r % 2 == 0;
          long literal = literalFirst ? literalTotal(search, q) : 0;
          long[] stages;
          try {
            stages = search.run(q);
          } catch (SearchTimeoutException e) {
            stopped.merge(q.kind(), r < 0 ? 0 : 1, Integer::sum);
            continue;
          }
          if (r < 0) {
            continue;
          }
          long[] s = sums.computeIfAbsent(q.kind(), k -> new long[stages.length]);
          long total = 0;
          for (int i = 0; i < stages.length; i++) {
            s[i] += stages[i];
            total += stages[i];
          }
          counts.merge(q.kind(), 1, Integer::sum);
          all.add(new Timed(q, stages, total));
          literal = literalFirst ? literal : literalTotal(search, q);
          if (literal >= 0) {
            Histogram[] h =
                readVsLiteral.computeIfAbsent(
                    q.kind(), k -> new Histogram[] {new Histogram(3), new Histogram(3)});
            h[0].recordValue(total);
            h[1].recordValue(literal);
          }
        }
      }
    }
    System.out.println();
    System.out.println(
        Stats.f("### Stages per kind, in-process, each search on 1 thread (%d rounds)", rounds));
    System.out.println();
    StringBuilder head = new StringBuilder("| kind | stopped by the budget | mean ms |");
    StringBuilder rule = new StringBuilder("|---|---|---|");
    for (String stage : StagedSearch.STAGES) {
      head.append(' ').append(stage).append(" |");
      rule.append("---|");
    }
    System.out.println(head);
    System.out.println(rule);
    sums.forEach(
        (kind, s) -> {
          int n = counts.get(kind);
          long total = 0;
          StringBuilder row = new StringBuilder();
          for (long x : s) {
            total += x;
            row.append(Stats.f(" %.2f |", x / (double) n / 1e6));
          }
          System.out.println(
              Stats.f(
                  "| %s | %d | %.2f |%s",
                  kind, stopped.getOrDefault(kind, 0), total / (double) n / 1e6, row));
        });
    System.out.println();
    System.out.println(
        "The same queries as typed (`literal=true`: no keystrokes, diacritics or abbreviations"
            + " read), in turn with the above:");
    System.out.println();
    System.out.println(
        "| kind | read: p50 ms | literal: p50 ms | read : literal, p50 | read: mean ms |"
            + " literal: mean ms | read : literal, mean |");
    System.out.println("|---|---|---|---|---|---|---|");
    readVsLiteral.forEach(
        (kind, h) ->
            System.out.println(
                Stats.f(
                    "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    kind,
                    QueryBench.ms(h[0], 50),
                    QueryBench.ms(h[1], 50),
                    QueryBench.ms(h[0], 50) / QueryBench.ms(h[1], 50),
                    h[0].getMean() / 1e6,
                    h[1].getMean() / 1e6,
                    h[0].getMean() / h[1].getMean())));
    System.out.println();
    System.out.println(
        Stats.f(
            "The %d slowest searches (ms per stage: %s):",
            slowest, String.join(" ", StagedSearch.STAGES)));
    all.stream()
        .sorted(Comparator.comparingLong(Timed::total).reversed())
        .limit(slowest)
        .forEach(
            t -> {
              StringBuilder s = new StringBuilder();
              for (long x : t.stages()) {
                s.append(Stats.f(" %.1f", x / 1e6));
              }
              System.out.println(
                  Stats.f(
                      "  %7.1f ms [%s] %-12s %s",
                      t.total() / 1e6, s.toString().strip(), t.query().kind(), t.query().q()));
            });
  }
}
