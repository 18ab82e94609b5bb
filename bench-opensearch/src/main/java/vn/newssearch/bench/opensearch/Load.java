package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.newssearch.bench.http.ClosedLoop;
import vn.newssearch.bench.http.HttpConnection;

/**
 * The same closed-loop load as our LoadClient ({@link ClosedLoop}, the same HTTP client): N
 * threads, each on its own keep-alive connection, rotate through the query set.
 */
final class Load {
  private final Rest rest;
  private final List<Query> queries;

  Load(Rest rest, List<Query> queries) {
    this.rest = rest;
    this.queries = queries;
  }

  /** A query's kind and its request body, encoded before the clock starts. */
  private record Request(String kind, byte[] body) {}

  void run(int concurrency, long maxRequests, long maxSeconds, String label, Properties summary)
      throws InterruptedException {
    List<Request> requests =
        queries.stream()
            .map(q -> new Request(q.kind(), q.body().getBytes(StandardCharsets.UTF_8)))
            .toList();
    ClosedLoop.Result r =
        ClosedLoop.run(
            rest.base,
            requests,
            Request::kind,
            (http, q) -> search(http, q.body()),
            concurrency,
            maxRequests,
            Duration.ofSeconds(maxSeconds));
    double secs = r.seconds();
    Map<String, List<Long>> byKind = r.nanosByKind();
    List<Long> all = new ArrayList<>();
    byKind.values().forEach(all::addAll);
    System.out.println();
    System.out.println(
        String.format(
            Locale.ROOT,
            "### OpenSearch HTTP, %s: %s, %.0f requests/s, %d requests, %d errors%s",
            label,
            pct(all),
            all.size() / secs,
            all.size(),
            r.errors(),
            r.firstError() == null ? "" : " (first: " + r.firstError() + ")"));
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
