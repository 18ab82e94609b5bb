package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestServer;

/**
 * What one request may ask for is bounded, and what cannot be read is a 400 naming the parameter,
 * never a 500 or a silent default.
 */
class LimitsE2ETest {
  private final TestServer server = TestServer.sample();

  private static void assertBadRequest(TestServer.Reply r, String param, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode body = r.json();
    assertThat(body.path("error").asText()).isEqualTo("bad_request");
    assertThat(body.path("param").asText()).isEqualTo(param);
    assertThat(body.path("message").asText()).contains(messagePart);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String[] repeated(String name, int times) {
    List<String> params = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      params.add(name);
      params.add("p" + i);
    }
    return params.toArray(String[]::new);
  }

  @Test
  void moreThanTwentyPartiesOrOrganisationsIsA400NamingTheLimit() {
    // 1,024 values used to reach Lucene's clause limit: a 500 with a stack trace in the log.
    assertBadRequest(server.get("/api/search", repeated("party", 1024)), "party", "at most 20");
    assertBadRequest(server.get("/api/search", repeated("org", 21)), "org", "at most 20");
    assertThat(server.get("/api/search", repeated("party", 20)).status()).isEqualTo(200);
  }

  @Test
  void overlongValuesAreA400NamingTheParameterAndTheLimit() {
    String longName = "tỉnh Long An ".repeat(20);
    assertBadRequest(server.get("/api/search", "party", longName), "party", "at most 200");
    assertBadRequest(server.get("/api/search", "org", longName), "org", "at most 200");
    assertBadRequest(server.get("/api/search", "category", longName), "category", "at most 200");
    assertBadRequest(server.get("/api/search", "source", longName), "source", "at most 200");
    assertBadRequest(server.get("/api/parties", "prefix", longName), "prefix", "at most 200");
    assertBadRequest(server.get("/api/search", "from", "2019" + " ".repeat(60)), "from", "at most");
    assertBadRequest(server.get("/api/search", "size", "1".repeat(50)), "size", "at most");
  }

  @Test
  void aLongUnknownNameGetsNoSuggestionsButAnswersAtOnce() {
    // Suggestions compare the whole value with every known name; a long one gets none.
    String provinces = "so lao dong long an ha noi can tho da nang hai phong quang ninh bac giang";
    JsonNode r = server.get("/api/search", "party", provinces + " " + provinces).json();
    assertThat(r.path("total").asLong()).isZero();
    assertThat(r.path("warnings").get(0).path("message").asText())
        .contains("Too long for suggestions");
    JsonNode shortOne = server.get("/api/search", "party", "so lao dng long an").json();
    assertThat(shortOne.path("warnings").get(0).path("message").asText()).contains("Did you mean");
    // The department's short form before its province names the seed's party itself
    JsonNode named = server.get("/api/search", "party", "so lao dong long an").json();
    assertThat(named.path("total").asLong()).isEqualTo(1);
    assertThat(named.path("warnings").isEmpty()).isTrue();
  }

  @Test
  void malformedPercentEscapesAndInvalidUtf8AreA400NamingTheParameter() {
    for (String q : List.of("%Z", "%", "%FF", "%ED%A0%80", "lao%2", "%C3")) {
      assertBadRequest(server.raw("/api/search?q=" + q), "q", "q ");
    }
    assertBadRequest(server.raw("/api/search?size=%Z"), "size", "size ");
    assertBadRequest(server.raw("/api/search?q=lao&party=%FF%FE"), "party", "UTF-8");
    assertBadRequest(server.raw("/api/parties?prefix=%E1%BA"), "prefix", "UTF-8");
    // Well-formed escapes still read as before.
    TestServer.Reply ok = server.raw("/api/search?q=lao+%C4%91%E1%BB%99ng&size=1");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("total").asLong()).isPositive();
  }

  @Test
  void aOneValueParameterGivenTwiceIsA400() {
    assertBadRequest(server.raw("/api/search?q=lao&q=dong"), "q", "one value");
    assertBadRequest(server.raw("/api/search?size=1&size=100"), "size", "one value");
  }

  @Test
  void forgedCursorsAreA400() {
    String real =
        server.get("/api/search", "q", "lao động", "size", "1").json().path("nextCursor").asText();
    assertThat(server.get("/api/search", "q", "lao động", "size", "1", "cursor", real).status())
        .isEqualTo(200);
    byte[] bytes = Base64.getUrlDecoder().decode(real);
    bytes[2] ^= 1;
    String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    List<String> forged =
        List.of(
            flipped,
            encode("relevance~7fc00000~1"), // NaN score
            encode("relevance~7f800000~1"), // infinite score
            encode("newest~１２３~1"), // full-width digits
            encode("newest~123~ffffffffffffffff"),
            real.substring(0, real.length() - 2));
    for (String cursor : forged) {
      assertBadRequest(
          server.get("/api/search", "q", "lao động", "cursor", cursor, "sort", sortOf(cursor)),
          "cursor",
          "not one this server issued");
    }
  }

  private static String sortOf(String cursor) {
    String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    return raw.startsWith("newest") ? "newest" : "relevance";
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theNotFoundBodyQuotesOnlyTheStartOfALongId() {
    TestServer.Reply r = server.get("/api/articles/" + "x".repeat(6_000));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("error").asText()).isEqualTo("not_found");
    assertThat(r.body().length()).isLessThan(500);
    TestServer.Reply route = server.get("/api/" + "y".repeat(6_000));
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.body().length()).isLessThan(500);
  }

  @Test
  void anUnsupportedHttpVersionIsA400WithItsOwnErrorCode() {
    TestServer.Reply r =
        server.rawRequest(
            "GET /api/search HTTP/3.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").asText()).isEqualTo("http_version_not_supported");
  }
}
