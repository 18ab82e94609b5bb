package vn.newssearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
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
import vn.newssearch.model.ArticleJson;

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
      HttpRequest request = b.timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> r =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return checked(
          request.method(),
          request.uri().getRawPath(),
          new Reply(r.statusCode(), r.headers().map(), r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends {@code target} (a path and query string, sent byte for byte, even when no URI class would
   * accept it) in a GET request over a plain socket; for malformed requests.
   */
  public Reply raw(String target) {
    return rawRequest(
        "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  /** Sends a whole request as given and reads the reply until the server closes. */
  public Reply rawRequest(String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).strip());
      }
      String[] requestLine = request.split("\r\n", 2)[0].split(" ");
      String target = requestLine.length > 1 ? requestLine[1] : "";
      int query = target.indexOf('?');
      return checked(
          requestLine[0],
          query < 0 ? target : target.substring(0, query),
          new Reply(status, headers, end < 0 ? "" : text.substring(end + 4)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every reply is held against openapi.json before a test sees it. */
  private static Reply checked(String method, String rawPath, Reply reply) {
    OpenApiContract.check(
        method, rawPath, reply.status(), reply.header("Content-Type"), reply.body());
    return reply;
  }

  public int port() {
    return port;
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
