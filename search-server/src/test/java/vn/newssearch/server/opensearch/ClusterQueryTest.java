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
    assertThat(json).contains("\"title.exact\":{\"query\":\"bình\",\"boost\":3.0}");
    // One shingle term per pair of adjacent syllables, on both pair fields.
    assertThat(json).contains("{\"match\":{\"text.pairs\":{\"query\":\"hòa bình\"}}}");
    assertThat(json).contains("{\"match\":{\"text.exact_pairs\":{\"query\":\"hòa bình\"}}}");
    assertThat(text.query().path("bool").path("must")).hasSize(2);
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
