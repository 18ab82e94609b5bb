package vn.newssearch.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import vn.newssearch.bench.http.ClosedLoop;
import vn.newssearch.bench.http.HttpConnection;

/**
 * Our server under {@link ClosedLoop}'s load: {@code GET /api/search} for each query, latencies
 * into HdrHistograms per kind. Loopback only.
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
    ClosedLoop.Result r =
        ClosedLoop.run(
            base, queries, BenchQuery::kind, LoadClient::send, concurrency, maxRequests, maxTime);
    Histogram all = new Histogram(3);
    Map<String, Histogram> byKind = new TreeMap<>();
    r.nanosByKind()
        .forEach(
            (kind, nanos) -> {
              Histogram h = new Histogram(3);
              nanos.forEach(h::recordValue);
              byKind.put(kind, h);
              all.add(h);
            });
    return new Result(all, byKind, r.requests(), r.errors(), r.seconds(), r.firstError());
  }

  /** Sends one request and reads the whole body; returns an error description or null. */
  private static String send(HttpConnection http, BenchQuery q) {
    try {
      HttpConnection.Response response = http.get(q.searchPath());
      return response.status() == 200
          ? null
          : q.urlQuery() + " -> HTTP " + response.status() + " " + response.text();
    } catch (IOException e) {
      return q.urlQuery() + " -> " + e;
    }
  }
}
