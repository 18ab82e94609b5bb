package vn.newssearch.server.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.newssearch.cli.IndexBuilderCli;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.LocalClusterProcess;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.TestServer;
import vn.newssearch.server.search.typing.QueryReader;

/**
 * The cluster mode against the embedded index, on a real 2-node OpenSearch cluster (2 shards, 1
 * replica) started as a child process: the sample and the seeds indexed by {@code build
 * --opensearch} and by {@code build --index}, then the same requests through both servers. The
 * failure drills run last: one node stopped under a stream of searches, then every node.
 *
 * <p>Tagged {@code cluster}: the normal test run leaves it out; {@code bin/test-cluster} (its own
 * CI stage) builds the cluster module and runs it.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterParityTest {
  private static final String INDEX = "vnnews-test";
  private static final double MRR_TOLERANCE = 0.03;
  private static final int MIN_QUERIES = 8;

  private static LocalClusterProcess cluster;
  private static Path embeddedDir;
  private static SearchServer.Running onCluster;
  private static SearchServer.Running embedded;
  private static TestServer os;
  private static TestServer lucene;
  private static SampleCorpus corpus;
  private static List<String> inputs;
  private static String firstBuild;

  @BeforeAll
  static void startClusterAndIndexBoth() throws IOException {
    assumeThat(LocalClusterProcess.available())
        .as("opensearch-local is built (bin/test-cluster builds it)")
        .isTrue();
    Path repo = repo();
    corpus = SampleCorpus.load(repo.resolve("data/sample"));
    inputs = new ArrayList<>();
    corpus.inputs().forEach(p -> inputs.add(p.toString()));
    inputs.add(repo.resolve("../shared/seeds").normalize().toString());
    cluster = LocalClusterProcess.start(2);
    firstBuild = build("--opensearch", cluster.url(), "--opensearch-index", INDEX);
    embeddedDir = Files.createTempDirectory("vnnews-cluster-parity");
    build("--index", embeddedDir.toString());
    onCluster =
        SearchServer.start(
            "--opensearch",
            cluster.url(),
            "--opensearch-index",
            INDEX,
            "--port",
            "0",
            "--time-budget-ms",
            "10000");
    embedded = TestServer.start(embeddedDir);
    os = TestServer.on(onCluster);
    lucene = TestServer.on(embedded);
  }

  @AfterAll
  static void stopAll() throws IOException {
    if (onCluster != null) {
      onCluster.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  private static Path repo() {
    return Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
  }

  /** Runs {@code build} with one thread (a stable document order) and returns its report. */
  private static String build(String... target) {
    List<String> args = new ArrayList<>(List.of("build", "--threads", "1"));
    args.addAll(List.of(target));
    args.addAll(inputs);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        IndexBuilderCli.run(
            args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), false);
    assertThat(code).as("build %s: %s%s", args, out, err).isZero();
    return out.toString();
  }

  private static long count(String report, String label) {
    Matcher m = Pattern.compile(label + ":\\s+([\\d,]+)").matcher(report);
    assertThat(m.find()).as("%s in %s", label, report).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  @Order(1)
  void theClusterBuildCountsWhatTheEmbeddedBuildCounts() {
    String embeddedReport = build("--index", embeddedDir.toString());
    // The embedded rerun updates everything; its documents are the first build's.
    assertThat(count(firstBuild, "new") + count(firstBuild, "updated"))
        .isEqualTo(count(embeddedReport, "updated"));
    assertThat(count(firstBuild, "failed")).isZero();
    assertThat(os.get("/health").json().path("documents").asLong())
        .isEqualTo(lucene.get("/health").json().path("documents").asLong())
        .isGreaterThan(400);
  }

  @Test
  @Order(2)
  void rerunningTheClusterBuildChangesNoCount() {
    long before = os.get("/health").json().path("documents").asLong();
    String again = build("--opensearch", cluster.url(), "--opensearch-index", INDEX);
    assertThat(count(again, "new")).isZero();
    assertThat(count(again, "updated"))
        .isEqualTo(count(firstBuild, "new") + count(firstBuild, "updated"));
    Matcher documents = Pattern.compile("index:\\s+([\\d,]+) documents").matcher(again);
    assertThat(documents.find()).as(again).isTrue();
    assertThat(Long.parseLong(documents.group(1).replace(",", ""))).isEqualTo(before);
    assertThat(os.get("/health").json().path("documents").asLong()).isEqualTo(before);
  }

  @Test
  @Order(3)
  void judgedQueriesRankAsOnTheEmbeddedIndex() {
    List<EvalQuery> queries =
        EvalQuery.load(repo().resolve("eval/queries.jsonl"), ArticleJson.MAPPER);
    AtomicInteger same = new AtomicInteger();
    Map<String, List<String>> onOs = new java.util.HashMap<>();
    Map<String, List<String>> onLucene = new java.util.HashMap<>();
    List<String> readDifferently = new ArrayList<>();
    int read = 0;
    for (EvalQuery q : queries) {
      JsonNode a = search(os, q);
      JsonNode b = search(lucene, q);
      onOs.put(q.id(), TestServer.ids(a));
      onLucene.put(q.id(), TestServer.ids(b));
      if (onOs.get(q.id()).equals(onLucene.get(q.id()))) {
        same.incrementAndGet();
      }
      if (!a.path("interpretedAs").equals(b.path("interpretedAs"))) {
        readDifferently.add(
            q.id()
                + " "
                + q.q()
                + ": "
                + a.path("interpretedAs")
                + " / "
                + b.path("interpretedAs"));
      }
      read += b.path("interpretedAs").isTextual() ? 1 : 0;
    }
    // One reader with the same statistics: every query reads alike on both.
    assertThat(readDifferently).as("interpretedAs, cluster / embedded").isEmpty();
    assertThat(read).as("queries read otherwise than typed").isGreaterThan(queries.size() / 5);
    Scorecard cardOs = Scorecard.of(queries, q -> onOs.get(q.id()), corpus::resolve);
    Scorecard cardLucene = Scorecard.of(queries, q -> onLucene.get(q.id()), corpus::resolve);
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%d of %d queries: the same top-10 ids on OpenSearch and embedded (%d read"
                    + " otherwise than typed, alike on both)%n"
                    + "%-28s %12s %12s %12s %12s%n",
                same.get(),
                queries.size(),
                read,
                "group",
                "MRR@10 OS",
                "MRR@10 emb",
                "nDCG@10 OS",
                "nDCG@10 emb"));
    List<String> outside = new ArrayList<>();
    cardLucene
        .groups()
        .forEach(
            (group, emb) -> {
              Map<String, Double> o = cardOs.groups().get(group);
              table.append(
                  String.format(
                      Locale.ROOT,
                      "%-28s %12.4f %12.4f %12.4f %12.4f%n",
                      group,
                      o.get(Scorecard.MRR),
                      emb.get(Scorecard.MRR),
                      o.get(Scorecard.NDCG),
                      emb.get(Scorecard.NDCG)));
              if (held(group, emb)
                  && Math.abs(o.get(Scorecard.MRR) - emb.get(Scorecard.MRR)) > MRR_TOLERANCE) {
                outside.add(group);
              }
            });
    System.out.println(table);
    assertThat(outside).as("groups whose MRR@10 differs by more than 0.03%n%s", table).isEmpty();
  }

  /**
   * Whether a group's MRR@10 must be within {@link #MRR_TOLERANCE}: every group of {@link
   * #MIN_QUERIES} queries or more, those of how a query is typed (abbreviations, unaccented, Telex)
   * included; in smaller parts one hit a rank lower moves the mean by 0.06 or more. Every group is
   * printed.
   */
  private static boolean held(String group, Map<String, Double> figures) {
    return figures.get(Scorecard.QUERIES) >= MIN_QUERIES;
  }

  /**
   * The query as a journalist types it, read by the typing layer on both sides (diacritics,
   * keystrokes, abbreviations), with its filters.
   */
  private static JsonNode search(TestServer server, EvalQuery q) {
    List<String> params = new ArrayList<>(List.of("q", q.q(), "size", "10"));
    if (q.category() != null) {
      params.addAll(List.of("category", q.category()));
    }
    q.party().forEach(p -> params.addAll(List.of("party", p)));
    if (q.from() != null) {
      params.addAll(List.of("from", q.from().toString()));
    }
    if (q.to() != null) {
      params.addAll(List.of("to", q.to().toString()));
    }
    TestServer.Reply r = server.get("/api/search", params.toArray(String[]::new));
    assertThat(r.status()).as("%s: %s", q.id(), r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  @Order(4)
  void literalAndUnreadQueriesAreAlikeOnBoth() {
    for (String q : List.of("lao dong", "BHXH", "lao ddoongj", "tre3 em", "bảo hiểm xã hội")) {
      JsonNode a = os.get("/api/search", "q", q, "literal", "true").json();
      JsonNode b = lucene.get("/api/search", "q", q, "literal", "true").json();
      assertThat(a.path("interpretedAs").isNull()).as("literal %s", q).isTrue();
      assertThat(b.path("interpretedAs").isNull()).as("literal %s", q).isTrue();
      assertThat(a.path("total")).as("literal %s", q).isEqualTo(b.path("total"));
    }
    JsonNode telex = os.get("/api/search", "q", "lao ddoongj").json();
    assertThat(telex.path("interpretedAs").asText()).isEqualTo("lao động");
    assertThat(telex.path("warnings")).isEmpty();
  }

  @Test
  @Order(5)
  void partyByAliasDatesAndCategoryFilterAsOnTheEmbeddedIndex() {
    String[][] requests = {
      {"party", "Bộ LĐ-TB&XH"},
      {"party", "bo lao dong thuong binh va xa hoi"},
      {"party", "Tổng LĐLĐ Việt Nam", "q", "thỏa ước"},
      {"party", "Không có tên này"},
      {"party", "Liên đoàn lao động tỉnh"},
      {"from", "2019-11-12", "to", "2019-11-12"},
      {"from", "2020-01-01", "to", "2020-12-31", "sort", "oldest"},
      {"category", "society", "q", "việc làm"},
      {"q", "lao dong -\"xuat khau\"", "sort", "newest"},
    };
    for (String[] params : requests) {
      JsonNode a = os.get("/api/search", params).json();
      JsonNode b = lucene.get("/api/search", params).json();
      assertThat(a.path("total").asLong())
          .as("total of %s", List.of(params))
          .isEqualTo(b.path("total").asLong());
      assertThat(a.path("warnings"))
          .as("warnings of %s", List.of(params))
          .isEqualTo(b.path("warnings"));
      if (!params[0].equals("category")) {
        assertThat(TestServer.ids(a))
            .as("hits of %s", List.of(params))
            .isEqualTo(TestServer.ids(b));
      }
    }
    // a body typed without its place: the sample's Long An federation, named in the warning
    JsonNode placed = os.get("/api/search", "party", "Liên đoàn lao động tỉnh").json();
    assertThat(placed.path("total").asLong()).isPositive();
    assertThat(placed.path("warnings").toString())
        .contains("name-at-places", "Liên đoàn Lao động tỉnh Long An");
  }

  @Test
  @Order(6)
  void aDayIsAVietnamDay() {
    // Every dated hit of a one-day filter was published on that day in Vietnam time, on both.
    JsonNode all = lucene.get("/api/search", "sort", "newest", "size", "100").json();
    for (JsonNode hit : all.path("hits")) {
      String published = hit.path("published").asText("");
      if (published.isEmpty()) {
        continue;
      }
      String day = published.substring(0, 10);
      JsonNode a = os.get("/api/search", "from", day, "to", day, "size", "100").json();
      JsonNode b = lucene.get("/api/search", "from", day, "to", day, "size", "100").json();
      assertThat(TestServer.ids(a)).contains(hit.path("id").asText()).isEqualTo(TestServer.ids(b));
      for (JsonNode h : a.path("hits")) {
        assertThat(h.path("published").asText()).startsWith(day).endsWith("+07:00");
      }
    }
  }

  @Test
  @Order(7)
  void facetsAreTheEmbeddedOnes() {
    for (String q : List.of("lao động", "công đoàn", "bảo hiểm xã hội", "")) {
      // Read on both: "bảo hiểm xã hội" is also BHXH on both.
      JsonNode a = os.get("/api/search", "q", q).json().path("facets");
      JsonNode b = lucene.get("/api/search", "q", q).json().path("facets");
      assertThat(a).as("facets of \"%s\"", q).isEqualTo(b);
    }
  }

  @Test
  @Order(8)
  void snippetsMarkTheQueryWordsEvenTypedWithoutDiacritics() {
    JsonNode hits = os.get("/api/search", "q", "\"cong doan\"").json().path("hits");
    assertThat(hits.size()).isPositive();
    Pattern mark = Pattern.compile("<mark>([^<]*)</mark>");
    for (JsonNode h : hits) {
      String snippet = h.path("snippet").asText();
      Matcher m = mark.matcher(snippet);
      List<String> marked = new ArrayList<>();
      while (m.find()) {
        marked.add(VietnameseAnalysis.foldKey(m.group(1)));
      }
      assertThat(marked)
          .as(snippet)
          .isNotEmpty()
          .allMatch(w -> w.equals("cong") || w.equals("doan"));
      assertThat(snippet).as("accents kept").containsPattern("(?i)công");
      assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<", ">");
    }
  }

  @Test
  @Order(9)
  void theCursorNeitherRepeatsNorSkips() {
    for (String[] params :
        List.of(
            new String[] {"q", "lao động"},
            new String[] {"sort", "newest"},
            new String[] {"sort", "oldest", "q", "lao dong"})) {
      List<String> a = walk(os, params);
      List<String> b = walk(lucene, params);
      assertThat(new HashSet<>(a)).as("no repeat: %s", List.of(params)).hasSize(a.size());
      assertThat(a.size())
          .as("no skip: %s", List.of(params))
          .isEqualTo(os.get("/api/search", params).json().path("total").asInt());
      assertThat(Set.copyOf(a)).isEqualTo(Set.copyOf(b));
    }
  }

  private static List<String> walk(TestServer server, String[] params) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      List<String> p = new ArrayList<>(List.of(params));
      p.addAll(List.of("size", "37"));
      if (cursor != null) {
        p.addAll(List.of("cursor", cursor));
      }
      JsonNode r = server.get("/api/search", p.toArray(String[]::new)).json();
      ids.addAll(TestServer.ids(r));
      cursor = r.path("nextCursor").isTextual() ? r.path("nextCursor").asText() : null;
    } while (cursor != null);
    return ids;
  }

  @Test
  @Order(10)
  void articlesAndPartyAutocompleteAreTheEmbeddedOnes() {
    JsonNode hits = lucene.get("/api/search", "q", "thỏa ước lao động", "size", "5").json();
    for (String id : TestServer.ids(hits)) {
      assertThat(os.get("/api/articles/" + id).body())
          .isEqualTo(lucene.get("/api/articles/" + id).body());
    }
    assertThat(os.get("/api/articles/no-such-id").status()).isEqualTo(404);
    for (String prefix : List.of("bo lao", "Công đoàn", "sở")) {
      assertThat(os.get("/api/parties", "prefix", prefix).json())
          .isEqualTo(lucene.get("/api/parties", "prefix", prefix).json());
    }
  }

  /**
   * An index built by an older version has no typing statistics: the server says so in {@code
   * /health}, searches the words as typed with a warning (abbreviations are still expanded), and
   * never fails.
   */
  @Test
  @Order(11)
  void aClusterWithoutTypingStatisticsAnswersAsTypedWithAWarning() throws Exception {
    String node = cluster.url().split(",")[0];
    try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
      java.net.http.HttpResponse<String> deleted =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(node + "/" + ClusterFields.typingIndex(INDEX)))
                  .DELETE()
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    }
    try (SearchServer.Running older =
        SearchServer.start(
            "--opensearch", cluster.url(), "--opensearch-index", INDEX, "--port", "0")) {
      TestServer server = TestServer.on(older);
      JsonNode health = server.get("/health").json();
      assertThat(health.path("status").asText()).isEqualTo("ok");
      assertThat(health.path("typing").path("status").asText()).isEqualTo("unavailable");
      TestServer.Reply plain = server.get("/api/search", "q", "lao dong");
      assertThat(plain.status()).isEqualTo(200);
      assertThat(plain.json().path("interpretedAs").isNull()).isTrue();
      assertThat(plain.json().path("warnings").findValuesAsText("code"))
          .containsExactly(QueryReader.TYPING_UNAVAILABLE);
      assertThat(plain.json().path("total"))
          .isEqualTo(
              lucene.get("/api/search", "q", "lao dong", "literal", "true").json().path("total"));
      JsonNode abbreviation = server.get("/api/search", "q", "BHXH").json();
      assertThat(abbreviation.path("interpretedAs").asText()).contains("BHXH", "hiểm");
      assertThat(
              server.get("/api/search", "q", "lao dong", "literal", "true").json().path("warnings"))
          .isEmpty();
    }
  }

  @Test
  @Order(12)
  void oneNodeStoppedDuringAStreamOfSearchesCostsNoSearch() throws InterruptedException {
    List<String> words = List.of("lao động", "công đoàn", "tiền lương", "bảo hiểm", "việc làm");
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger done = new AtomicInteger();
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread stream =
        new Thread(
            () -> {
              for (int i = 0; running.get(); i++) {
                TestServer.Reply r =
                    os.get(
                        "/api/search", "q", words.get(i % words.size()), "page", "" + (1 + i % 3));
                if (r.status() != 200) {
                  errors.add(r.status() + " " + r.body());
                }
                done.incrementAndGet();
              }
            },
            "search-stream");
    stream.start();
    while (done.get() < 20) {
      Thread.sleep(50);
    }
    cluster.stopOneNode();
    int atStop = done.get();
    while (done.get() < atStop + 50) {
      Thread.sleep(50);
    }
    running.set(false);
    stream.join();
    System.out.printf(
        Locale.ROOT,
        "%d searches, one node stopped after %d: %d errors%n",
        done.get(),
        atStop,
        errors.size());
    assertThat(errors).isEmpty();
    JsonNode health = os.get("/health").json();
    assertThat(health.path("status").asText()).isEqualTo("ok");
    assertThat(health.path("cluster").path("nodes").asInt()).isEqualTo(1);
  }

  @Test
  @Order(13)
  void everyNodeStoppedGivesA503JsonAndHealthSaysSo() {
    cluster.close();
    TestServer.Reply search = os.get("/api/search", "q", "lao động");
    assertThat(search.status()).isEqualTo(503);
    assertThat(search.json().path("error").asText()).isEqualTo("backend_unavailable");
    assertThat(search.body()).doesNotContain("Exception", "\tat ");
    TestServer.Reply article = os.get("/api/articles/x");
    assertThat(article.status()).isEqualTo(503);
    TestServer.Reply health = os.get("/health");
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().path("status").asText()).isEqualTo("unavailable");
    assertThat(health.json().path("cluster").path("status").asText()).isEqualTo("unreachable");
    // The embedded server is untouched.
    assertThat(lucene.get("/api/search", "q", "lao động").status()).isEqualTo(200);
  }
}
