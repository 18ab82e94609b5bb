package vn.newssearch.server.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SortOrder;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.typing.QueryReader;

class ClusterQueryTest {
  private final ClusterQuery dsl = new ClusterQuery();

  @Test
  void wordsMatchFoldedAndScoreExactAndTypedTogether() {
    ClusterQuery.Text text = dsl.text(UserQuery.parse("Hoà bình"));
    String json = text.query().toString();
    // Matching on the folded fields, the text normalised as the builder normalised it.
    assertThat(json).contains("{\"match_phrase\":{\"text\":{\"query\":\"Hòa\"}}}");
    // A word of a run scores in the text; its title weight is in the pairs, or apart from them.
    assertThat(json).contains("\"title.exact\":{\"query\":\"bình\",\"boost\":0.0}");
    // One shingle term per pair of adjacent syllables, on both pair fields (the folded one, for a
    // pair typed with diacritics, only in the tier).
    assertThat(json).contains("{\"match\":{\"text.pairs\":{\"query\":\"hoa binh\"}}}");
    assertThat(json).contains("{\"match\":{\"text.exact_pairs\":{\"query\":\"hòa bình\"}}}");
    assertThat(text.query().path("bool").path("must")).hasSize(2);
  }

  /**
   * A run of words typed together, as {@code RunWords} ranks it on the embedded index: each word
   * matches in the title or the text but scores in the text only; its title weight comes back only
   * in a hit that holds none of its pairs; the pair scores as a phrase (title boosted) and gives
   * the tier. Typed with diacritics, the pair scores through its exact form alone: the folded pair
   * only gives the tier, and is what "none of its pairs" means.
   */
  @Test
  void aRunsWordsScoreInTheTextAndTheirTitleThroughThePairs() {
    JsonNode q = dsl.text(UserQuery.parse("viec lam")).query().path("bool");
    JsonNode viec = q.path("must").get(0).path("bool").path("should");
    assertThat(viec.get(0).path("match_phrase").path("title").path("boost").asDouble()).isZero();
    assertThat(viec.get(1).path("match_phrase").path("text").has("boost")).isFalse();
    JsonNode apart = scoring(q.path("should"), "must_not").get(0).path("bool");
    assertThat(apart.path("must").get(0).path("match_phrase").path("title").path("query").asText())
        .isEqualTo("viec");
    assertThat(apart.path("must_not").toString())
        .contains("{\"match\":{\"text.pairs\":{\"query\":\"viec lam\"}}}");
    assertThat(apart.path("boost").asDouble()).isEqualTo(ClusterQuery.TITLE_BOOST);
    // The accent-exact title weight, apart from the pairs too, and the folded pair's phrase.
    assertThat(scoring(q.path("should"), "must_not"))
        .extracting(c -> c.path("bool").path("boost").asDouble())
        .containsExactlyInAnyOrder(3.0, 3.0, 4.5, 4.5);
    assertThat(scoring(q.path("should"), "text.pairs\"")).hasSize(1);
    assertThat(scoring(q.path("should"), "constant_score")).hasSize(1);

    JsonNode accented = dsl.text(UserQuery.parse("việc làm")).query().path("bool");
    assertThat(scoring(accented.path("should"), "text.pairs\"")).isEmpty();
    assertThat(scoring(accented.path("should"), "constant_score").get(0).toString())
        .contains("{\"match\":{\"text.pairs\":{\"query\":\"viec lam\"}}}")
        .contains("\"boost\":1000.0");
    assertThat(scoring(accented.path("should"), "text.exact_pairs").get(0).toString())
        .contains("\"query\":\"việc làm\"")
        .contains("\"boost\":2.0");
    assertThat(scoring(accented.path("should"), "must_not").get(0).toString())
        .contains("{\"match\":{\"text.pairs\":{\"query\":\"viec lam\"}}}");

    // A word alone, or in quotes, is no run: its title weighs as always.
    assertThat(dsl.text(UserQuery.parse("việc")).query().toString())
        .contains("\"title\":{\"query\":\"việc\",\"boost\":3.0}")
        .doesNotContain("must_not", "pairs");
    assertThat(dsl.text(UserQuery.parse("\"việc làm\"")).query().toString())
        .contains("\"title\":{\"query\":\"việc làm\",\"boost\":3.0}")
        .doesNotContain("must_not");
  }

  /**
   * The should clauses whose JSON holds {@code marker}: "constant_score" for the tiers, "must_not"
   * for the title weights apart from the pairs, else the other scoring clauses.
   */
  private static List<JsonNode> scoring(JsonNode should, String marker) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode c : should) {
      boolean tier = c.has("constant_score");
      // A title weight apart from the pairs (bool.must with must_not) holds the pairs unscored.
      boolean apart = c.path("bool").has("must_not");
      boolean wanted =
          marker.equals("constant_score")
              ? tier
              : !tier && c.toString().contains(marker) && apart == marker.equals("must_not");
      if (wanted) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The embedded reader's reading of {@code BHXH lao dong} (abbreviation expanded, diacritics
   * restored) becomes one DSL query: the written and expanded forms as one required {@code
   * bool.should}, the restored words matching folded and scoring on the exact fields, and a tier
   * per pair typed together.
   */
  @Test
  void aReadingBecomesAlternativesAndBoostedRestoredWords() {
    QueryReader reader = new QueryReader(PartyNames::load);
    QueryReader.Reading reading = reader.read("BHXH lao dong", false, null);
    assertThat(reading.interpretedAs()).contains("BHXH OR").contains("\"Bảo hiểm xã hội\"");
    UserQuery restored =
        new UserQuery(
            reading.query().required().stream()
                .map(g -> g.stream().map(u -> u.text().equals("lao") ? u : restore(u)).toList())
                .toList(),
            List.of(),
            List.of(List.of("lao", "động")));
    JsonNode q = dsl.text(restored).query();
    JsonNode any = q.path("bool").path("must").get(0).path("bool").path("should");
    assertThat(any).hasSizeGreaterThan(1);
    assertThat(any.toString()).contains("\"text\":{\"query\":\"BHXH\"}", "Bảo hiểm xã hội");
    String json = q.toString();
    assertThat(json).contains("\"text.exact\":{\"query\":\"động\"}");
    assertThat(json).contains("{\"constant_score\":{\"filter\"").contains("\"boost\":1000.0");
  }

  /**
   * An abbreviation's expansions as the embedded index reads them: a form that holds a shorter
   * alternative's syllables in a row ("TP HCM" and "Thành phố Hồ Chí Minh" hold "HCM" and "Hồ Chí
   * Minh") matches nothing more, so it leaves the required OR and only adds score, with the weight
   * the embedded window's bonus gives it (title boosted, no further boost).
   */
  @Test
  void aLongerFormOfAnAlternativeOnlyAddsScore() {
    JsonNode q =
        dsl.text(
                UserQuery.parse(
                    "\"TP HCM\" OR HCM OR \"Hồ Chí Minh\" OR \"Thành phố Hồ Chí Minh\""))
            .query()
            .path("bool");
    JsonNode any = q.path("must").get(0).path("bool").path("should");
    assertThat(any).hasSize(2);
    assertThat(any.toString())
        .contains("\"text\":{\"query\":\"HCM\"}", "\"text\":{\"query\":\"Hồ Chí Minh\"}")
        .doesNotContain("TP HCM", "Thành phố");
    List<JsonNode> longer = scoring(q.path("should"), "\"text\":{\"query\":\"");
    assertThat(longer)
        .extracting(c -> c.path("bool").path("should").get(1).toString())
        .containsExactlyInAnyOrder(
            "{\"match_phrase\":{\"text\":{\"query\":\"TP HCM\"}}}",
            "{\"match_phrase\":{\"text\":{\"query\":\"Thành phố Hồ Chí Minh\"}}}");
    assertThat(longer)
        .allSatisfy(c -> assertThat(c.path("bool").has("boost")).isFalse())
        .allSatisfy(
            c ->
                assertThat(c.toString())
                    .contains("\"boost\":" + (double) ClusterQuery.TITLE_BOOST));

    // Alternatives that hold no other one all stay required.
    JsonNode apart = dsl.text(UserQuery.parse("BHXH OR \"Bảo hiểm xã hội\"")).query();
    assertThat(apart.path("bool").path("must").get(0).path("bool").path("should")).hasSize(2);
  }

  private static UserQuery.Unit restore(UserQuery.Unit u) {
    return u.text().equals("dong") ? new UserQuery.Unit("động", false) : u;
  }

  @Test
  void aQueryOfPunctuationHasNoTextAndExclusionsAloneMatchEverythingElse() {
    assertThat(dsl.text(UserQuery.parse("?? …"))).isNull();
    JsonNode q = dsl.text(UserQuery.parse("-\"xuất khẩu\"")).query();
    assertThat(q.path("bool").path("must").get(0).has("match_all")).isTrue();
    assertThat(q.path("bool").path("must_not")).hasSize(1);
  }

  @Test
  void filtersSortCursorAndFacetsAreInOneBody() {
    SearchRequest r =
        new SearchRequest(
            "lương",
            List.of("x"),
            List.of(),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 5, 31),
            "Xã hội",
            null,
            SortOrder.NEWEST,
            1,
            20,
            null);
    JsonNode body =
        dsl.body(
            r,
            dsl.text(UserQuery.parse(r.q())),
            new ClusterQuery.Names(List.of(List.of("bo lao dong", "ld tb xh")), List.of()),
            null,
            Duration.ofSeconds(2));
    JsonNode filter = body.path("query").path("bool").path("filter");
    assertThat(filter.toString())
        .contains("{\"terms\":{\"parties_folded\":[\"bo lao dong\",\"ld tb xh\"]}}")
        .contains("{\"term\":{\"category\":\"Xã hội\"}}")
        // 2024-05-01T00:00+07:00 to the last millisecond of 2024-05-31 in Vietnam time.
        .contains("\"gte\":1714496400000")
        .contains("\"lte\":1717174799999");
    assertThat(body.path("sort").toString())
        .isEqualTo(
            "[{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id_key\":\"asc\"}]");
    assertThat(body.path("size").asInt()).isEqualTo(21);
    assertThat(body.path("aggs").path("months").path("date_histogram").path("time_zone").asText())
        .isEqualTo("+07:00");
    assertThat(body.path("highlight").path("pre_tags").get(0).asText()).isEqualTo("<mark>");
  }
}
