package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.Fixtures;
import vn.newssearch.server.TestServer;

/** Party, organisation, date, category filters; facets against hits; page and cursor paging. */
class SearchFiltersE2ETest {
  private final TestServer server = TestServer.sample();

  private JsonNode search(String... params) {
    TestServer.Reply r = server.get("/api/search", params);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void dateBoundsAreInclusiveDaysInVietnamTime() {
    assertThat(ids(search("q", "zyxwv", "from", "2019-10-18", "to", "2019-10-18")))
        .containsExactly(Fixtures.AT_MIDNIGHT);
    assertThat(ids(search("q", "zyxwv", "from", "2019-10-17", "to", "2019-10-17")))
        .containsExactly(Fixtures.BEFORE_MIDNIGHT);
    assertThat(ids(search("q", "zyxwv", "from", "17/10/2019", "to", "17/10/2019")))
        .containsExactly(Fixtures.BEFORE_MIDNIGHT);
    assertThat(ids(search("q", "zyxwv", "to", "2019-10-17")))
        .containsExactly(Fixtures.BEFORE_MIDNIGHT);
    assertThat(ids(search("q", "zyxwv", "from", "2019-10-18")))
        .containsExactly(Fixtures.AT_MIDNIGHT);
    assertThat(ids(search("q", "zyxwv", "from", "2019-10", "to", "2019-10")))
        .containsExactlyInAnyOrder(Fixtures.BEFORE_MIDNIGHT, Fixtures.AT_MIDNIGHT);
    assertThat(ids(search("q", "zyxwv", "from", "2019", "to", "2019"))).hasSize(2);
    assertThat(ids(search("q", "zyxwv", "from", "2019-10-19"))).isEmpty();
  }

  @Test
  void undatedArticlesNeverMatchADateFilter() {
    assertThat(ids(search("q", "mnbvc"))).containsExactly(Fixtures.HTML);
    assertThat(ids(search("q", "mnbvc", "from", "1900"))).isEmpty();
    assertThat(ids(search("q", "mnbvc", "to", "2100"))).isEmpty();
  }

  @Test
  void partyFilterTakesTheCanonicalNameInAnyCaseWithOrWithoutDiacritics() {
    for (String name :
        List.of(
            Fixtures.MINISTRY,
            "bo lao dong thuong binh va xa hoi",
            "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "Bộ Lao động, Thương binh và Xã hội")) {
      JsonNode r = search("q", "zyxwv", "party", name);
      assertThat(ids(r))
          .as(name)
          .containsExactlyInAnyOrder(Fixtures.BEFORE_MIDNIGHT, Fixtures.AT_MIDNIGHT);
      assertThat(r.path("warnings")).isEmpty();
    }
  }

  @Test
  void everyPartyGivenMustMatch() {
    assertThat(ids(search("q", "zyxwv", "party", Fixtures.MINISTRY, "party", Fixtures.WOMEN)))
        .containsExactly(Fixtures.AT_MIDNIGHT);
  }

  @Test
  void unknownPartyGivesNoHitsAndAWarningWithSuggestions() {
    JsonNode r = search("q", "zyxwv", "party", "Hội Liên hiệp Phụ nữ Việt");
    assertThat(r.path("total").asLong()).isZero();
    assertThat(r.path("warnings").get(0).path("message").asText())
        .contains("Hội Liên hiệp Phụ nữ Việt")
        .contains(Fixtures.WOMEN);
  }

  @Test
  void aForeignBodyIsNotFoldedIntoOursOfTheSameName() {
    // The Lao women's union keeps its country: no hits, and never the Vietnamese one's articles.
    JsonNode r = search("q", "zyxwv OR qwerty", "party", "Hội Phụ nữ Lào");
    assertThat(r.path("total").asLong()).isZero();
    assertThat(r.path("warnings").get(0).path("message").asText()).contains("\"Hội Phụ nữ Lào\"");
  }

  @Test
  void orgFilterMatchesMentionedOrganisations() {
    assertThat(
            ids(
                search(
                    "q",
                    "zyxwv OR qwerty",
                    "org",
                    "hoi lien hiep phu nu viet nam",
                    "sort",
                    "oldest")))
        .containsExactly(Fixtures.AT_MIDNIGHT, Fixtures.LABOUR_TOGETHER);
    assertThat(search("org", "Không Tồn Tại").path("warnings").get(0).path("message").asText())
        .contains("Không Tồn Tại");
  }

  @Test
  void categoryAndSourceFilter() {
    assertThat(search("category", "Fixture").path("total").asLong()).isEqualTo(7);
    assertThat(search("source", "fixture.test", "q", "plokij").path("total").asLong()).isEqualTo(2);
    assertThat(search("source", "dantri.com.vn").path("total").asLong()).isEqualTo(200);
  }

  @Test
  void facetCountsAreOverAllHitsAndMatchFilteredTotals() {
    JsonNode r = search("q", "lao dong", "size", "3");
    long total = r.path("total").asLong();
    assertThat(total).isGreaterThan(50);
    long categories = 0;
    for (JsonNode c : r.path("facets").path("categories")) {
      categories += c.path("count").asLong();
      assertThat(
              search("q", "lao dong", "category", c.path("value").asText()).path("total").asLong())
          .as(c.toString())
          .isEqualTo(c.path("count").asLong());
    }
    assertThat(categories).isLessThanOrEqualTo(total).isGreaterThan(3);
    long months = 0;
    for (JsonNode m : r.path("facets").path("months")) {
      months += m.path("count").asLong();
      String month = m.path("value").asText();
      assertThat(search("q", "lao dong", "from", month, "to", month).path("total").asLong())
          .as(month)
          .isEqualTo(m.path("count").asLong());
    }
    long dated = search("q", "lao dong", "from", "1000").path("total").asLong();
    assertThat(months).isEqualTo(dated).isPositive();
    JsonNode parties = search("q", "zyxwv OR qwerty").path("facets").path("parties");
    assertThat(parties.toString()).contains(Fixtures.MINISTRY);
    for (JsonNode p : parties) {
      assertThat(
              search("q", "zyxwv OR qwerty", "party", p.path("value").asText())
                  .path("total")
                  .asLong())
          .isEqualTo(p.path("count").asLong());
    }
  }

  @Test
  void pagesAndCursorsWalkTheSameHitsWithoutRepeatsOrGaps() {
    for (String sort : List.of("relevance", "newest", "oldest")) {
      JsonNode big = search("q", "lao dong", "sort", sort, "size", "60");
      List<String> expected = ids(big);
      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 6; page++) {
        paged.addAll(ids(search("q", "lao dong", "sort", sort, "size", "10", "page", "" + page)));
      }
      assertThat(paged).as(sort).isEqualTo(expected);

      List<String> walked = new ArrayList<>();
      JsonNode r = search("q", "lao dong", "sort", sort, "size", "7");
      walked.addAll(ids(r));
      while (r.hasNonNull("nextCursor")) {
        r =
            search(
                "q",
                "lao dong",
                "sort",
                sort,
                "size",
                "7",
                "cursor",
                r.path("nextCursor").asText());
        walked.addAll(ids(r));
      }
      assertThat(walked).as(sort).hasSize((int) big.path("total").asLong());
      assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
      assertThat(walked.subList(0, 60)).isEqualTo(expected);
    }
  }

  @Test
  void browsingEverythingByCursorVisitsEachArticleOnce() {
    Set<String> seen = new HashSet<>();
    JsonNode r = search("size", "100");
    long total = r.path("total").asLong();
    seen.addAll(ids(r));
    int pages = 1;
    while (r.hasNonNull("nextCursor")) {
      r = search("size", "100", "cursor", r.path("nextCursor").asText());
      assertThat(r.path("total").asLong()).isEqualTo(total);
      seen.addAll(ids(r));
      pages++;
    }
    assertThat(seen).hasSize((int) total);
    assertThat(pages).isEqualTo((int) ((total + 99) / 100));
  }
}
