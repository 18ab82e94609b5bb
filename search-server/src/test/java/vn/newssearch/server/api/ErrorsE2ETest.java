package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestServer;

/** Every invalid parameter is a 400 naming it; unknown routes 404; wrong methods 405; no 5xx. */
class ErrorsE2ETest {
  private final TestServer server = TestServer.sample();

  private void assertBadRequest(String param, String messagePart, String... params) {
    TestServer.Reply r = server.get("/api/search", params);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode body = r.json();
    assertThat(body.path("error").asText()).isEqualTo("bad_request");
    assertThat(body.path("param").asText()).isEqualTo(param);
    assertThat(body.path("message").asText()).contains(messagePart);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void badDatesAre400NamingTheParameter() {
    assertBadRequest("from", "YYYY-MM-DD", "from", "yesterday");
    assertBadRequest("to", "YYYY-MM-DD", "to", "2019/10/17");
    assertBadRequest("from", "not a real date", "from", "2019-02-30");
    assertBadRequest("to", "not a real date", "to", "31/13/2019");
    assertBadRequest("from", "after", "from", "2019-10-18", "to", "2019-10-17");
  }

  @Test
  void badSizesAndPagesAre400() {
    assertBadRequest("size", "between 1 and 100", "size", "0");
    assertBadRequest("size", "between 1 and 100", "size", "101");
    assertBadRequest("size", "whole number", "size", "ten");
    assertBadRequest("page", "1 or more", "page", "0");
    assertBadRequest("page", "cursor", "page", "1001", "size", "10");
    assertBadRequest("page", "cursor", "page", "101", "size", "100");
    assertBadRequest("page", "whole number", "page", "99999999999999999999");
  }

  @Test
  void longQueryUnknownSortAndBadCursorAre400() {
    assertBadRequest("q", "1000", "q", "a".repeat(1001));
    assertBadRequest("sort", "relevance", "sort", "random");
    assertBadRequest("cursor", "nextCursor", "cursor", "not-a-cursor!!");
    assertBadRequest("cursor", "nextCursor", "cursor", "bmV3ZXN0fmFiY35pZA");
    String cursor = server.get("/api/search", "size", "1").json().path("nextCursor").asText();
    assertBadRequest("cursor", "sort order", "cursor", cursor, "sort", "oldest");
  }

  @Test
  void partiesLimitIsChecked() {
    TestServer.Reply r = server.get("/api/parties", "limit", "0");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("param").asText()).isEqualTo("limit");
  }

  @Test
  void unknownRoutesAre404JsonAndWrongMethods405() {
    TestServer.Reply missing = server.get("/api/nothing-here");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("error").asText()).isEqualTo("not_found");
    TestServer.Reply article = server.get("/api/articles/no-such-id");
    assertThat(article.status()).isEqualTo(404);
    assertThat(article.json().path("message").asText()).contains("no-such-id");
    for (String method : List.of("POST", "PUT", "DELETE")) {
      TestServer.Reply r = server.send(method, "/api/search", Map.of());
      assertThat(r.status()).as(method).isEqualTo(405);
    }
  }

  @Test
  void malformedPathsAreJson400sToo() {
    for (String path :
        List.of("/api/articles/%FF", "/api/articles/%00", "/%2e%2e/%2e%2e/etc/passwd")) {
      TestServer.Reply r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().path("error").asText()).as(path).isEqualTo("bad_request");
    }
  }

  /** Strings a fuzzer or a careless paste would send: none may cause a 5xx. */
  static List<String> hostileQueries() {
    List<String> out = new ArrayList<>();
    String syntax = "\"'-+!():^[]{}~*?\\/&|<>=%#@$;,.`";
    for (char c : syntax.toCharArray()) {
      out.add(String.valueOf(c));
      out.add(c + "lao");
      out.add("lao" + c);
      out.add("lao " + c + " dong");
      out.add(String.valueOf(c).repeat(50));
    }
    for (char c = 0; c < 32; c++) {
      out.add("lao" + c + "dong");
    }
    out.add("\u007f\u0080\u009f");
    out.add("😀 lao động 🇻🇳");
    out.add("👨‍👩‍👧‍👦");
    out.add("\uD800");
    out.add("lao\uDC00dong");
    out.add("\uFFFD\uFEFF\u200B\u202E");
    out.add("99999999999999999999999999999999999999");
    out.add("-1e308 1e309 NaN Infinity -0");
    out.add("OR");
    out.add("OR OR OR");
    out.add("a OR");
    out.add("OR a");
    out.add("-");
    out.add("--");
    out.add("-\"\"");
    out.add("\"\"");
    out.add("\"unclosed phrase");
    out.add("\"");
    out.add("-lao");
    out.add("-lao -dong");
    out.add("lao AND dong NOT x");
    out.add("title:lao body:dong");
    out.add("lao~2 dong^10 l?o d*ng");
    out.add("/.*/");
    out.add("*:*");
    out.add("(((((((");
    out.add("%00%ff%");
    out.add("<script>alert(1)</script>");
    out.add("' OR 1=1 --");
    out.add("lao ".repeat(249));
    out.add("\"" + "lao dong ".repeat(100) + "\"");
    out.add("x".repeat(1000));
    out.add("đ".repeat(1000));
    out.add("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z");
    out.add("LĐ-TB&XH");
    out.add("ｌａｏ　ｄｏｎｇ");
    out.add("\u0301\u0300\u0303");
    out.add("ǅ ß ẞ İ ı");
    out.add("中文 日本語 한국어 ไทย ພາສາລາວ");
    return out;
  }

  @Test
  void hostileQueriesNeverCauseAServerError() {
    List<String> queries = hostileQueries();
    assertThat(queries.size()).isGreaterThan(200);
    List<String> sorts = List.of("relevance", "newest", "oldest");
    int i = 0;
    for (String q : queries) {
      String sort = sorts.get(i++ % 3);
      for (String[] params :
          List.of(
              new String[] {"q", q, "sort", sort},
              new String[] {"q", q, "party", q, "org", q},
              new String[] {"category", q, "source", q, "from", q})) {
        TestServer.Reply r = server.get("/api/search", params);
        assertThat(r.status()).as("%s -> %s", q, r.body()).isIn(200, 400);
        assertThat(r.json().isObject()).isTrue();
      }
      TestServer.Reply parties = server.get("/api/parties", "prefix", q);
      assertThat(parties.status()).as(q).isEqualTo(q.length() > 200 ? 400 : 200);
    }
  }
}
