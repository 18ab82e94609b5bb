package vn.newssearch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop HTTP load client: {@code concurrency} threads, each with its own rotation through
 * the query set, send {@code GET /api/search} until the request budget or the time budget runs out.
 * Loopback only; latencies go into HdrHistograms per kind.
 */
final class LoadClient {
  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

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
                int i = offset;
                while (budget.decrementAndGet() >= 0 && System.nanoTime() < deadline) {
                  BenchQuery q = queries.get(i++ % queries.size());
                  long t0 = System.nanoTime();
                  String error = send(q);
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
  private String send(BenchQuery q) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/search?" + q.urlQuery()))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() == 200
          ? null
          : "HTTP "
              + response.statusCode()
              + " "
              + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e.toString();
    }
  }
}
