package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.newssearch.bench.http.HttpConnection;

/**
 * The same closed-loop load as our LoadClient, with the same HTTP client: N threads, each on its
 * own keep-alive connection, rotate through the query set.
 */
final class Load {
  private final Rest rest;
  private final List<Query> queries;

  Load(Rest rest, List<Query> queries) {
    this.rest = rest;
    this.queries = queries;
  }

  void run(int concurrency, long maxRequests, long maxSeconds, String label, Properties summary)
      throws InterruptedException {
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    List<Map<String, List<Long>>> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    String[] firstError = {null};
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      Map<String, List<Long>> mine = new TreeMap<>();
      perThread.add(mine);
      int offset = t * queries.size() / concurrency;
      Thread th =
          new Thread(
              () -> {
                try (HttpConnection http = HttpConnection.to(rest.base)) {
                  int i = offset;
                  while (budget.decrementAndGet() >= 0 && System.nanoTime() < deadline) {
                    Query q = queries.get(i++ % queries.size());
                    byte[] body = q.body().getBytes(StandardCharsets.UTF_8);
                    long t0 = System.nanoTime();
                    String error = search(http, body);
                    long took = System.nanoTime() - t0;
                    if (error != null) {
                      errors.incrementAndGet();
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = error;
                        }
                      }
                    }
                    mine.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(took);
                  }
                }
              },
              "load-" + t);
      th.start();
      threads.add(th);
    }
    for (Thread th : threads) {
      th.join();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    Map<String, List<Long>> byKind = new TreeMap<>();
    List<Long> all = new ArrayList<>();
    for (Map<String, List<Long>> m : perThread) {
      m.forEach(
          (k, v) -> {
            byKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
            all.addAll(v);
          });
    }
    System.out.println();
    System.out.println(
        String.format(
            Locale.ROOT,
            "### OpenSearch HTTP, %s: %s, %.0f requests/s, %d requests, %d errors%s",
            label,
            pct(all),
            all.size() / secs,
            all.size(),
            errors.get(),
            firstError[0] == null ? "" : " (first: " + firstError[0] + ")"));
    if (summary == null) {
      return;
    }
    System.out.println("| kind | p50 ms | p90 ms | p99 ms |");
    System.out.println("|---|---|---|---|");
    byKind.forEach(
        (k, v) ->
            System.out.println(
                String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f |",
                    k,
                    ms(v, 50),
                    ms(v, 90),
                    ms(v, 99))));
    String key = "opensearch.http.c" + concurrency;
    summary.setProperty(key + ".p50", Double.toString(ms(all, 50)));
    summary.setProperty(key + ".p99", Double.toString(ms(all, 99)));
    summary.setProperty(key + ".rps", Double.toString(all.size() / secs));
  }

  /** Sends one search and reads the whole body; returns an error description or null. */
  private static String search(HttpConnection http, byte[] body) {
    try {
      HttpConnection.Response r = http.post("/bench/_search", "application/json", body);
      return r.status() < 300 ? null : "HTTP " + r.status() + ": " + r.text();
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  private static String pct(List<Long> xs) {
    return String.format(
        Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms", ms(xs, 50), ms(xs, 90), ms(xs, 99));
  }

  /** Nearest-rank percentile of a sorted copy, in milliseconds. */
  static double ms(List<Long> xs, double percentile) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    long[] a = xs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    int rank = (int) Math.ceil(percentile / 100 * a.length) - 1;
    return a[Math.max(0, Math.min(a.length - 1, rank))] / 1e6;
  }
}
