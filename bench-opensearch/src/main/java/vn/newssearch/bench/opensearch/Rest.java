package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The node's REST API over loopback HTTP, as any client would call it. */
final class Rest {
  final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Rest(URI base) {
    this.base = base;
  }

  /** The runner numbers HTTP ports from the base; probe the first few. */
  static Rest find(int basePort) throws IOException {
    for (int port = basePort; port <= basePort + 3; port++) {
      Rest r = new Rest(URI.create("http://127.0.0.1:" + port));
      try {
        r.get("/");
        return r;
      } catch (IOException | RuntimeException notHere) {
        // next
      }
    }
    throw new IOException("no OpenSearch HTTP port found from " + basePort);
  }

  String get(String path) throws IOException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  String put(String path, String json) throws IOException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  String post(String path, String json) throws IOException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private String send(HttpRequest.Builder b) throws IOException {
    try {
      HttpResponse<String> r =
          client.send(
              b.timeout(Duration.ofMinutes(2)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() >= 300) {
        throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
