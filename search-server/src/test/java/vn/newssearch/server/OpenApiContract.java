package vn.newssearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.newssearch.model.ArticleJson;

/**
 * The hand-written openapi.json, held against what the server really sends: every JSON response an
 * end-to-end test receives through {@link TestServer} is validated against the schema the document
 * gives for its path, method and status, so the document cannot drift from the server. A 2xx or 4xx
 * that the document does not list for a documented operation fails too. Outside the documented
 * paths (the page's files, unknown paths), only error bodies are checked, against {@code Error}.
 */
final class OpenApiContract {
  private static final String DOCUMENT = "classpath:openapi.json";
  private static final JsonNode SPEC = load();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V4,
          b ->
              b.metaSchema(OpenApi30.getInstance())
                  .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private OpenApiContract() {}

  /** Throws {@link AssertionError} naming the request and what is wrong with the response. */
  static void check(String method, String rawPath, int status, String contentType, String body) {
    String request = method + " " + rawPath + " -> " + status;
    boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    if (!json || body.isEmpty()) {
      return;
    }
    String pointer = responsePointer(method, rawPath, status, request);
    if (pointer == null) {
      return;
    }
    JsonNode content;
    try {
      content = ArticleJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(request + ": the body is not JSON: " + body, e);
    }
    Set<ValidationMessage> errors =
        SCHEMAS
            .computeIfAbsent(pointer, p -> FACTORY.getSchema(SchemaLocation.of(p)))
            .validate(content);
    if (!errors.isEmpty()) {
      throw new AssertionError(
          request
              + ": the body does not match openapi.json ("
              + pointer
              + "): "
              + errors
              + "\n"
              + body);
    }
  }

  /** Where the schema of this response is in the document; null when there is none to check. */
  private static String responsePointer(String method, String rawPath, int status, String request) {
    String path = documentedPath(rawPath);
    JsonNode operation =
        path == null ? null : SPEC.path("paths").path(path).get(method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      return status >= 400 && status < 500 ? DOCUMENT + "#/components/schemas/Error" : null;
    }
    String code = Integer.toString(status);
    if (!operation.path("responses").has(code)) {
      if (status >= 200 && status < 300 || status >= 400 && status < 500) {
        throw new AssertionError(
            request + ": openapi.json lists no " + code + " for this operation");
      }
      return null;
    }
    if (operation
        .path("responses")
        .path(code)
        .path("content")
        .path("application/json")
        .path("schema")
        .isMissingNode()) {
      return null; // documented as JSON of no particular shape (openapi.json itself)
    }
    return DOCUMENT
        + "#/paths/"
        + escape(path)
        + "/"
        + method.toLowerCase(Locale.ROOT)
        + "/responses/"
        + code
        + "/content/application~1json/schema";
  }

  /** The document's path template that matches the request path, or null. */
  private static String documentedPath(String rawPath) {
    for (Iterator<String> it = SPEC.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
      if (rawPath.matches(regex)) {
        return template;
      }
    }
    return null;
  }

  private static String escape(String path) {
    return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }

  private static JsonNode load() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.json")) {
      return ArticleJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
