package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.model.Article;
import vn.newssearch.server.Fixtures;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.TestIndexes;
import vn.newssearch.server.TestServer;

/** Refresh after an external commit, CORS on and off, and the non-search endpoints. */
class LifecycleE2ETest {
  @TempDir Path tmp;

  private static Article article(String id, String title) {
    return new Article(
        id,
        null,
        "fixture.test",
        title,
        null,
        title + ".",
        List.of(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  @Test
  void aCommitByAnotherWriterBecomesSearchableWithoutRestart() throws Exception {
    Path index = tmp.resolve("index");
    Files.createDirectories(index);
    TestIndexes.write(index, List.of(article("first", "Bài đầu tiên")));
    try (SearchServer.Running running = TestServer.start(index)) {
      TestServer server = TestServer.on(running);
      assertThat(server.get("/api/search", "q", "vượt").json().path("total").asLong()).isZero();
      long version = server.get("/health").json().path("indexVersion").asLong();

      TestIndexes.write(index, List.of(article("second", "Bài thứ hai vượt khó")));

      long deadline = System.nanoTime() + 15_000_000_000L;
      long total = 0;
      while (total == 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        total = server.get("/api/search", "q", "vuot").json().path("total").asLong();
      }
      assertThat(total).isEqualTo(1);
      JsonNode health = server.get("/health").json();
      assertThat(health.path("documents").asInt()).isEqualTo(2);
      assertThat(health.path("indexVersion").asLong()).isGreaterThan(version);
    }
  }

  @Test
  void concurrentSearchesAllSucceedWithTheSameAnswers() throws Exception {
    TestServer server = TestServer.sample();
    List<String> queries = List.of("lao dong", "bảo hiểm xã hội", "trẻ em", "việc làm", "zyxwv");
    Map<String, Long> expected = new java.util.HashMap<>();
    for (String q : queries) {
      expected.put(q, server.get("/api/search", "q", q).json().path("total").asLong());
    }
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String q = queries.get(i % queries.size());
        results.add(
            pool.submit(
                () -> {
                  TestServer.Reply r = server.get("/api/search", "q", q, "size", "20");
                  return r.status() == 200 && r.json().path("total").asLong() == expected.get(q);
                }));
      }
      for (var f : results) {
        assertThat(f.get()).isTrue();
      }
    }
  }

  @Test
  void serverRefusesAFolderWithoutAnIndexAndLeavesNoFolderBehind() {
    Path missing = tmp.resolve("no-index");
    assertThat(new picocli.CommandLine(new SearchServer()).execute("--index", missing.toString()))
        .isEqualTo(2);
    assertThat(missing).doesNotExist();
  }

  @Test
  void serverRefusesZeroSearchThreadsNamingTheOption() {
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = new picocli.CommandLine(new SearchServer());
    cli.setErr(new PrintWriter(err));
    int code =
        cli.execute(
            "--index", TestIndexes.sample().toString(), "--search-threads", "0", "--port", "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--search-threads must be 1 or more, not 0");
  }

  @Test
  void corsIsOffByDefaultAndOnForTheGivenOrigins() {
    Map<String, String> origin = Map.of("Origin", "https://newsroom.example");
    TestServer plain = TestServer.sample();
    TestServer.Reply off = plain.send("GET", "/health", origin);
    assertThat(off.status()).isEqualTo(200);
    assertThat(off.header("Access-Control-Allow-Origin")).isNull();

    try (SearchServer.Running running =
        TestServer.start(TestIndexes.sample(), "--cors-origin", "https://newsroom.example")) {
      TestServer cors = TestServer.on(running);
      TestServer.Reply on = cors.send("GET", "/health", origin);
      assertThat(on.header("Access-Control-Allow-Origin")).isEqualTo("https://newsroom.example");
      TestServer.Reply other =
          cors.send("GET", "/api/search?q=lao+dong", Map.of("Origin", "https://evil.example"));
      assertThat(other.header("Access-Control-Allow-Origin")).isNull();
      assertThat(other.status()).isEqualTo(403);
      assertThat(other.json().path("error").asText()).isEqualTo("origin_not_allowed");
      assertThat(other.json().path("param").asText()).isEqualTo("Origin");
      assertThat(other.json().has("hits")).as("no search result behind the refusal").isFalse();
      TestServer.Reply preflight =
          cors.send(
              "OPTIONS",
              "/api/search",
              Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
      assertThat(preflight.status()).isEqualTo(403);
      TestServer.Reply noOrigin = cors.send("GET", "/health", Map.of());
      assertThat(noOrigin.status()).as("servers and curl send no Origin").isEqualTo(200);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void healthReportsDocumentsVersionAndCommitTime() {
    JsonNode h = TestServer.sample().get("/health").json();
    assertThat(h.path("status").asText()).isEqualTo("ok");
    // 2 seed pages + 200 dantri + 250 vietnews-labour + 7 fixtures
    assertThat(h.path("documents").asInt()).isEqualTo(459);
    assertThat(h.path("indexVersion").asLong()).isPositive();
    assertThat(h.path("lastCommit").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
  }

  @Test
  void articleEndpointReturnsTheFullArticle() {
    TestServer.Reply r = TestServer.sample().get("/api/articles/" + Fixtures.LABOUR_TOGETHER);
    assertThat(r.status()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.path("title").asText()).isEqualTo("Thị trường qwerty phục hồi");
    assertThat(a.path("body").asText()).startsWith("Nhu cầu lao động tăng mạnh");
    assertThat(java.time.OffsetDateTime.parse(a.path("published").asText()))
        .isEqualTo(java.time.OffsetDateTime.parse("2019-11-01T08:00:00+07:00"));
    assertThat(a.path("parties").get(0).asText()).isEqualTo(Fixtures.WOMEN);
  }

  @Test
  void partiesAutocompleteIgnoresDiacriticsAndCountsArticles() {
    TestServer server = TestServer.sample();
    for (String prefix : List.of("bo lao", "Bộ Lao", "BỘ", "thuong binh")) {
      JsonNode parties = server.get("/api/parties", "prefix", prefix).json().path("parties");
      assertThat(parties.toString()).as(prefix).contains(Fixtures.MINISTRY);
      for (JsonNode p : parties) {
        assertThat(p.path("count").asLong())
            .isEqualTo(
                server
                    .get("/api/search", "party", p.path("value").asText())
                    .json()
                    .path("total")
                    .asLong());
      }
    }
    JsonNode all = server.get("/api/parties", "limit", "1").json().path("parties");
    assertThat(all).hasSize(1);
    assertThat(server.get("/api/parties", "prefix", "zzzz").json().path("parties")).isEmpty();
  }

  @Test
  void openApiDescribesEveryEndpoint() {
    TestServer.Reply r = TestServer.sample().get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode paths = r.json().path("paths");
    assertThat(r.json().path("openapi").asText()).startsWith("3.");
    for (String p :
        List.of("/api/search", "/api/articles/{id}", "/api/parties", "/health", "/openapi.json")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
  }
}
