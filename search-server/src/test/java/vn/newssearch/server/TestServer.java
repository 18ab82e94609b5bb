package vn.newssearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.newssearch.schema.ArticleJson;

/** The real server on a random port, and a small HTTP client for it. */
public final class TestServer {
  private static SearchServer.Running shared;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;

  private TestServer(int port) {
    this.port = port;
  }

  /** One server over the sample index for the whole test JVM; stopped when the JVM exits. */
  public static synchronized TestServer sample() {
    if (shared == null) {
      shared = start(TestIndexes.sample());
    }
    return new TestServer(shared.port());
  }

  public static SearchServer.Running start(Path index, String... extraArgs) {
    List<String> args =
        new ArrayList<>(List.of("--index", index.toString(), "--port", "0", "--host", "127.0.0.1"));
    args.addAll(List.of(extraArgs));
    try {
      return SearchServer.start(args.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TestServer on(SearchServer.Running running) {
    return new TestServer(running.port());
  }

  public record Reply(int status, Map<String, List<String>> headers, String body) {
    public JsonNode json() {
      try {
        return ArticleJson.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }
  }

  /** GET with query parameters given as name, value, name, value... (repeats allowed). */
  public Reply get(String path, String... params) {
    return send(HttpRequest.newBuilder(uri(path, params)).GET());
  }

  public Reply send(String method, String path, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(b::header);
    return send(b);
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              b.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String path, String... params) {
    StringBuilder s = new StringBuilder("http://127.0.0.1:").append(port).append(path);
    for (int i = 0; i + 1 < params.length; i += 2) {
      s.append(i == 0 ? '?' : '&')
          .append(URLEncoder.encode(params[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return URI.create(s.toString());
  }

  /** The ids of a search response's hits, in order. */
  public static List<String> ids(JsonNode response) {
    List<String> ids = new ArrayList<>();
    response.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }
}
