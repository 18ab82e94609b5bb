package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.Fixtures;
import vn.newssearch.server.TestServer;

/** GET /api/search on the real server over the sample index: matching, ranking, snippets. */
class SearchQueryE2ETest {
  private final TestServer server = TestServer.sample();

  private JsonNode search(String... params) {
    TestServer.Reply r = server.get("/api/search", params);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private static List<String> marked(JsonNode response) {
    List<String> out = new ArrayList<>();
    for (JsonNode h : response.path("hits")) {
      Matcher m = MARK.matcher(h.path("snippet").asText());
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void searchWithoutDiacriticsFindsTheSameArticlesAsWithThem() {
    JsonNode plain = search("q", "bao hiem xa hoi", "size", "100");
    JsonNode accented = search("q", "bảo hiểm xã hội", "size", "100");
    assertThat(plain.path("total").asLong()).isGreaterThan(5);
    assertThat(plain.path("total").asLong()).isEqualTo(accented.path("total").asLong());
    assertThat(ids(plain)).containsExactlyInAnyOrderElementsOf(ids(accented));
  }

  @Test
  void unaccentedQueryMarksTheAccentedWordsInSnippets() {
    JsonNode r = search("q", "bao hiem xa hoi");
    List<String> marks = marked(r);
    assertThat(marks).isNotEmpty();
    assertThat(marks)
        .allSatisfy(
            m ->
                assertThat(VietnameseAnalysis.foldKey(m))
                    .isIn(
                        "bao",
                        "hiem",
                        "xa",
                        "hoi",
                        "bao hiem",
                        "xa hoi",
                        "hiem xa",
                        "bao hiem xa hoi",
                        "bhxh"));
    assertThat(marks)
        .anySatisfy(m -> assertThat(m.toLowerCase(java.util.Locale.ROOT)).contains("bảo"));
  }

  @Test
  void accentExactMatchesRankAboveFoldedOnes() {
    assertThat(ids(search("q", "má plokij"))).containsExactly(Fixtures.MOTHER, Fixtures.GHOST);
    assertThat(ids(search("q", "ma plokij"))).containsExactly(Fixtures.GHOST, Fixtures.MOTHER);
  }

  @Test
  void syllablesTypedTogetherRankAboveScatteredOnes() {
    for (String q : List.of("lao dong qwerty", "lao động qwerty", "Lao Động QWERTY")) {
      assertThat(ids(search("q", q)))
          .as(q)
          .containsExactly(Fixtures.LABOUR_TOGETHER, Fixtures.LAOS_CROWDED);
    }
  }

  @Test
  void quotedPhraseExclusionAndOrWork() {
    assertThat(ids(search("q", "\"lao dong\" qwerty"))).containsExactly(Fixtures.LABOUR_TOGETHER);
    assertThat(ids(search("q", "qwerty -\"du lịch\""))).containsExactly(Fixtures.LABOUR_TOGETHER);
    assertThat(ids(search("q", "qwerty -lào"))).isEmpty();
    assertThat(ids(search("q", "zyxwv OR plokij")))
        .containsExactlyInAnyOrder(
            Fixtures.BEFORE_MIDNIGHT, Fixtures.AT_MIDNIGHT, Fixtures.MOTHER, Fixtures.GHOST);
  }

  @Test
  void danglingOperatorsNeverEmptyTheResultSilently() {
    JsonNode plain = search("q", "lao dong", "size", "100");
    assertThat(plain.path("total").asLong()).isGreaterThan(10);
    for (String typed : List.of("lao dong OR", "OR lao dong", "lao dong -", "\"lao dong")) {
      JsonNode r = search("q", typed, "size", "100");
      assertThat(ids(r)).as(typed).containsExactlyInAnyOrderElementsOf(ids(plain));
      assertThat(r.path("warnings").get(0).path("code").asText())
          .as(typed)
          .isIn("dangling-or", "lone-minus", "unclosed-quote");
      assertThat(r.path("warnings").get(0).path("message").asText()).as(typed).isNotBlank();
    }
  }

  @Test
  void pastedHeadlineWithAWordChangedFindsItsArticleFirst() {
    // The sample's article is titled "Hà Tĩnh mổ xẻ sai phạm trong tuyển dụng 214 giáo viên";
    // "vạch" is nowhere in it.
    for (String q :
        List.of(
            "Hà Tĩnh vạch sai phạm trong tuyển dụng 214 giáo viên",
            "Ha Tinh vach sai pham trong tuyen dung 214 giao vien")) {
      assertThat(ids(search("q", q))).as(q).first().isEqualTo("vietnews-test-022125");
    }
  }

  @Test
  void titleMatchesWeighMoreThanBodyMatches() {
    // "thư" is in MOTHER's title and body, and nowhere in GHOST; "chuyện" is in GHOST's title
    // and only in MOTHER's body.
    assertThat(ids(search("q", "chuyện plokij"))).first().isEqualTo(Fixtures.GHOST);
  }

  @Test
  void snippetsEscapeHtmlAndOnlyAddMarks() {
    JsonNode hit = search("q", "mnbvc").path("hits").get(0);
    String snippet = hit.path("snippet").asText();
    assertThat(snippet).contains("<mark>mnbvc</mark>").contains("&lt;b&gt;").contains("&amp;");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    assertThat(hit.path("title").asText()).isEqualTo("Thẻ <script> trong bài mnbvc");
  }

  @Test
  void hitsCarryTheDocumentedFields() {
    JsonNode r = search("q", "zyxwv", "sort", "oldest");
    assertThat(r.path("total").asLong()).isEqualTo(2);
    assertThat(r.has("tookMs")).isTrue();
    assertThat(r.path("warnings").isArray()).isTrue();
    JsonNode hit = r.path("hits").get(0);
    assertThat(hit.path("id").asText()).isEqualTo(Fixtures.BEFORE_MIDNIGHT);
    // Vietnam time, with its offset.
    assertThat(hit.path("published").asText()).endsWith("+07:00");
    assertThat(OffsetDateTime.parse(hit.path("published").asText()))
        .isEqualTo(OffsetDateTime.parse("2019-10-17T23:59:00+07:00"));
    assertThat(hit.path("url").asText())
        .isEqualTo("https://example.test/" + Fixtures.BEFORE_MIDNIGHT);
    assertThat(hit.path("source").asText()).isEqualTo("fixture.test");
    assertThat(hit.path("category").asText()).isEqualTo("Fixture");
    assertThat(hit.path("author").asText()).isEqualTo("Tác giả thử");
    assertThat(hit.path("parties").get(0).asText()).isEqualTo(Fixtures.MINISTRY);
    assertThat(hit.path("score").isNumber()).isTrue();
  }

  @Test
  void emptyQueryBrowsesNewestFirst() {
    JsonNode r = search("size", "50");
    List<OffsetDateTime> published = new ArrayList<>();
    r.path("hits").forEach(h -> published.add(OffsetDateTime.parse(h.path("published").asText())));
    assertThat(published)
        .isNotEmpty()
        .isSortedAccordingTo(Comparator.comparing(OffsetDateTime::toInstant).reversed());
    assertThat(r.path("hits").get(0).path("score").isNull()).isTrue();
  }

  @Test
  void browsingByRelevanceHasNoScoreEither() {
    JsonNode r = search("size", "5", "sort", "relevance");
    assertThat(r.path("hits")).isNotEmpty();
    r.path("hits").forEach(h -> assertThat(h.path("score").isNull()).as(h.toString()).isTrue());
  }
}
