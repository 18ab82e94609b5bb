package vn.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * An OpenSearch cluster over HTTP, through opensearch-java's Apache HttpClient 5 transport: every
 * node given is a host the client may use, and a node that stops answering is skipped for the
 * others. Requests and answers are JSON trees; the query DSL is built in one place by the caller.
 * Every request has a connect and a response timeout, so a lost cluster is an exception, never a
 * hang.
 */
public final class Cluster implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NDJSON = "application/x-ndjson";
  private static final String JSON_TYPE = "application/json";

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;
  private final String description;

  /** An answer: the HTTP status and the JSON body (an empty object when there is none). */
  public record Reply(int status, JsonNode json) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The cluster's own reason for an error, for messages. */
    public String reason() {
      JsonNode error = json.path("error");
      String reason = error.isTextual() ? error.asText() : error.path("reason").asText("");
      return "HTTP " + status + (reason.isEmpty() ? "" : ": " + reason);
    }
  }

  private Cluster(ApacheHttpClient5Transport transport, String description) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport).generic();
    this.description = description;
  }

  /**
   * A client for the nodes in {@code urls} (comma-separated, e.g. {@code
   * http://127.0.0.1:9200,http://127.0.0.1:9201}). Nothing is sent yet.
   */
  public static Cluster connect(String urls, Duration connectTimeout, Duration responseTimeout) {
    List<HttpHost> hosts = new ArrayList<>();
    for (String url : urls.split(",")) {
      if (url.isBlank()) {
        continue;
      }
      URI uri;
      try {
        uri = URI.create(url.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: " + url.strip());
      }
      if (uri.getHost() == null || uri.getScheme() == null) {
        throw new IllegalArgumentException(
            "not a cluster URL (expected http://host:port): " + url.strip());
      }
      int port = uri.getPort() < 0 ? 9200 : uri.getPort();
      hosts.add(new HttpHost(uri.getScheme(), uri.getHost(), port));
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("no cluster URL given");
    }
    ApacheHttpClient5Transport transport =
        ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new))
            .setRequestConfigCallback(
                b ->
                    b.setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(responseTimeout)))
            .setConnectionConfigCallback(b -> b.setConnectTimeout(Timeout.of(connectTimeout)))
            .build();
    return new Cluster(transport, urls.strip());
  }

  public String description() {
    return description;
  }

  public Reply get(String path) throws ClusterUnavailableException {
    return send("GET", path, null, JSON_TYPE);
  }

  public Reply head(String path) throws ClusterUnavailableException {
    return send("HEAD", path, null, JSON_TYPE);
  }

  public Reply put(String path, JsonNode body) throws ClusterUnavailableException {
    return send("PUT", path, bytes(body), JSON_TYPE);
  }

  public Reply post(String path, JsonNode body) throws ClusterUnavailableException {
    return send("POST", path, body == null ? null : bytes(body), JSON_TYPE);
  }

  /** A {@code _bulk} body: one JSON document per line. */
  public Reply postLines(String path, byte[] ndjson) throws ClusterUnavailableException {
    return send("POST", path, ndjson, NDJSON);
  }

  private Reply send(String method, String path, byte[] body, String type)
      throws ClusterUnavailableException {
    var request = Requests.builder().method(method).endpoint(path);
    if (body != null) {
      request.body(Body.from(body, type));
    }
    try (Response response = client.execute(request.build())) {
      JsonNode json = JSON.createObjectNode();
      if (response.getBody().isPresent()) {
        try (Body b = response.getBody().get()) {
          byte[] bytes = b.bodyAsBytes();
          if (bytes.length > 0) {
            json = JSON.readTree(bytes);
          }
        }
      }
      return new Reply(response.getStatus(), json);
    } catch (ResponseException e) {
      // The transport throws for some statuses (a node answering 5xx while it fails over).
      ObjectNode error = JSON.createObjectNode();
      error.putObject("error").put("reason", "HTTP " + e.status());
      return new Reply(e.status(), error);
    } catch (IOException | RuntimeException e) {
      throw new ClusterUnavailableException(
          "the OpenSearch cluster at " + description + " did not answer: " + describe(e), e);
    }
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** What went wrong, in words an operator reads: no class names, no stack. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof ResponseException r) {
        return "it answered HTTP " + r.status();
      }
      root = root.getCause();
    }
    if (root instanceof java.net.ConnectException) {
      return "no node accepted a connection";
    }
    if (root instanceof java.net.SocketTimeoutException
        || root instanceof java.util.concurrent.TimeoutException
        || String.valueOf(root.getMessage())
            .toLowerCase(java.util.Locale.ROOT)
            .contains("timeout")) {
      return "no answer within the time limit";
    }
    if (root instanceof java.net.UnknownHostException) {
      return "unknown host " + root.getMessage();
    }
    return root.getMessage() == null ? "the connection failed" : root.getMessage();
  }

  /** The shared JSON mapper, for building request bodies. */
  public static ObjectMapper json() {
    return JSON;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }

  /** UTF-8 bytes of a string, for bodies assembled by hand. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
