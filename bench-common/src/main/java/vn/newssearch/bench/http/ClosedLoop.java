package vn.newssearch.bench.http;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The closed loop of both load benchmarks, ours and the OpenSearch peer's, so that both servers see
 * the same load: {@code concurrency} threads, each on its own {@link HttpConnection} and with its
 * own starting point in the query set, send one request after the other until the request budget or
 * the time budget runs out. Each request's latency is kept under its query's kind.
 */
public final class ClosedLoop {
  private ClosedLoop() {}

  /**
   * How many times both benchmarks send the whole query set (at two connections) before measuring.
   * Twice was too few for our server: the first 1,000 requests after it had p50 7.6 ms and the next
   * ones 4.0 ms, while the JIT compiled the search paths.
   */
  public static final int WARM_UP_ROUNDS = 8;

  /** Sends one query on the thread's connection; returns an error description, or null. */
  public interface Exchange<Q> {
    String send(HttpConnection http, Q query);
  }

  /** Latencies in nanoseconds by kind, in the order they were measured within each thread. */
  public record Result(
      Map<String, List<Long>> nanosByKind, long errors, String firstError, double seconds) {
    public long requests() {
      return nanosByKind.values().stream().mapToLong(List::size).sum();
    }

    public double throughput() {
      return requests() / seconds;
    }
  }

  public static <Q> Result run(
      URI base,
      List<Q> queries,
      Function<Q, String> kind,
      Exchange<Q> exchange,
      int concurrency,
      long maxRequests,
      Duration maxTime)
      throws InterruptedException {
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    String[] firstError = {null};
    long deadline = System.nanoTime() + maxTime.toNanos();
    List<Map<String, List<Long>>> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      Map<String, List<Long>> mine = new TreeMap<>();
      perThread.add(mine);
      int offset = t * queries.size() / concurrency;
      Thread th =
          new Thread(
              () -> {
                // After an IOException the connection closes itself and reopens on the next send.
                try (HttpConnection http = HttpConnection.to(base)) {
                  int i = offset;
                  while (budget.decrementAndGet() >= 0 && System.nanoTime() < deadline) {
                    Q q = queries.get(i++ % queries.size());
                    long t0 = System.nanoTime();
                    String error = exchange.send(http, q);
                    long took = System.nanoTime() - t0;
                    if (error != null) {
                      errors.incrementAndGet();
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = error;
                        }
                      }
                    }
                    mine.computeIfAbsent(kind.apply(q), k -> new ArrayList<>()).add(took);
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
    Map<String, List<Long>> byKind = new TreeMap<>();
    for (Map<String, List<Long>> m : perThread) {
      m.forEach((k, v) -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    // The joins above make every thread's writes visible here.
    return new Result(byKind, errors.get(), firstError[0], seconds);
  }
}
