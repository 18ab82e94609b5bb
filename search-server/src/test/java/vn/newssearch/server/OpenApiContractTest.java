package vn.newssearch.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract check itself: it must reject what the document does not allow. */
class OpenApiContractTest {
  private static final String JSON = "application/json";

  private static final String HEALTH =
      "{\"status\":\"ok\",\"documents\":3,\"indexVersion\":7,"
          + "\"lastCommit\":\"2021-04-30T00:00:00Z\"}";

  @Test
  void aResponseAsDocumentedPasses() {
    assertThatCode(() -> OpenApiContract.check("GET", "/health", 200, JSON, HEALTH))
        .doesNotThrowAnyException();
  }

  @Test
  void aFieldTheDocumentDoesNotListFails() {
    String extra = HEALTH.replace("}", ",\"cluster\":\"green\"}");
    assertThatThrownBy(() -> OpenApiContract.check("GET", "/health", 200, JSON, extra))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cluster");
  }

  @Test
  void aMissingFieldOrAWrongTypeFails() {
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/health", 200, JSON, "{\"status\":\"ok\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("documents");
    String wrong = HEALTH.replace("\"documents\":3", "\"documents\":\"3\"");
    assertThatThrownBy(() -> OpenApiContract.check("GET", "/health", 200, JSON, wrong))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aStatusTheOperationDoesNotListFails() {
    String error = "{\"error\":\"not_found\",\"message\":\"no\"}";
    assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/parties", 404, JSON, error))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lists no 404");
  }

  @Test
  void errorsOutsideTheDocumentedPathsMustStillBeErrors() {
    assertThatCode(
            () ->
                OpenApiContract.check(
                    "GET", "/nowhere", 404, JSON, "{\"error\":\"not_found\",\"message\":\"x\"}"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> OpenApiContract.check("GET", "/nowhere", 404, JSON, "{\"oops\":1}"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aTemplatedPathIsFound() {
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/api/articles/abc", 200, JSON, "{\"id\":\"abc\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("required property 'title'");
  }
}
