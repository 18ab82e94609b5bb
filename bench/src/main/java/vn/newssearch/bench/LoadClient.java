package vn.newssearch.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import vn.newssearch.bench.http.HttpConnection;

/**
 * A closed-loop HTTP load client: {@code concurrency} threads, each with its own rotation through
 * the query set, send {@code GET /api/search} on its own keep-alive connection until the request
 * budget or the time budget runs out. Loopback only; latencies go into HdrHistograms per kind.
 */
final class LoadClient {
  private final URI base;

  LoadClient(URI base) {
    this.base = base;
  }

  record Result(
      Histogram all,
      Map<String, Histogram> byKind,
      long requests,
      long errors,
      double seconds,
      String firstError) {
    double throughput() {
      return requests / seconds;
    }
  }

  Result run(List<BenchQuery> queries, int concurrency, long maxRequests, Duration maxTime)
      throws InterruptedException {
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    String[] firstError = {null};
    long deadline = System.nanoTime() + maxTime.toNanos();
    List<Map<String, Histogram>> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      Map<String, Histogram> mine = new TreeMap<>();
      perThread.add(mine);
      int offset = t * queries.size() / concurrency;
      Thread th =
          new Thread(
              () -> {
                // After an IOException the connection closes itself and reopens on the next get.
                try (HttpConnection http = HttpConnection.to(base)) {
                  int i = offset;
                  while (budget.decrementAndGet() >= 0 && System.nanoTime() < deadline) {
                    BenchQuery q = queries.get(i++ % queries.size());
                    long t0 = System.nanoTime();
                    String error = send(http, q);
                    long took = System.nanoTime() - t0;
                    if (error != null) {
                      errors.incrementAndGet();
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = q.urlQuery() + " -> " + error;
                        }
                      }
                    }
                    mine.computeIfAbsent(q.kind(), k -> new Histogram(3)).recordValue(took);
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
    double seconds = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(3);
    Map<String, Histogram> byKind = new TreeMap<>();
    for (Map<String, Histogram> m : perThread) {
      m.forEach(
          (k, h) -> {
            all.add(h);
            byKind.computeIfAbsent(k, x -> new Histogram(3)).add(h);
          });
    }
    return new Result(all, byKind, all.getTotalCount(), errors.get(), seconds, firstError[0]);
  }

  /** Sends one request and reads the whole body; returns an error description or null. */
  private static String send(HttpConnection http, BenchQuery q) {
    try {
      HttpConnection.Response response = http.get("/api/search?" + q.urlQuery());
      return response.status() == 200 ? null : "HTTP " + response.status() + " " + response.text();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
