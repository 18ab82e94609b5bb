package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestServer;

/**
 * The party filter on the two seed pages, as extracted by the real pipeline: the canonical name and
 * three aliases or abbreviations of each seed party find the same articles, seed included.
 */
class SeedPartiesE2ETest {
  private final TestServer server = TestServer.sample();

  static final String SEED_000 =
      "Bộ Lao động, Thương binh và Xã hội và Hội Liên hiệp Phụ nữ Việt Nam ký phối hợp công tác"
          + " giai đoạn 2019 – 2022";
  static final String SEED_004 =
      "Liên đoàn Lao động và Sở Lao động - Thương binh và Xã hội Long An ký kết chương trình phối"
          + " hợp công tác giai đoạn 2019-2023";

  /** Canonical name → (seed title, aliases as users type them). */
  static final Map<String, List<String>> ALIASES =
      Map.of(
          "Bộ Lao động - Thương binh và Xã hội",
          List.of(
              SEED_000,
              "Bộ LĐ-TB&XH",
              "bo lao dong thuong binh va xa hoi",
              "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"),
          "Hội Liên hiệp Phụ nữ Việt Nam",
          List.of(
              SEED_000,
              "Hội LHPN Việt Nam",
              "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
              "hoi lhpn vn"),
          "Liên đoàn Lao động tỉnh Long An",
          List.of(
              SEED_004,
              "LĐLĐ tỉnh Long An",
              "Liên đoàn Lao động Long An",
              "lien doan lao dong tinh long an"),
          "Sở Lao động - Thương binh và Xã hội tỉnh Long An",
          List.of(
              SEED_004,
              "Sở LĐ-TB&XH tỉnh Long An",
              "Sở LĐTBXH Long An",
              "so lao dong thuong binh va xa hoi long an"));

  private JsonNode search(String... params) {
    TestServer.Reply r = server.get("/api/search", params);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> titles(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.path("hits").forEach(h -> out.add(h.path("title").asText()));
    return out;
  }

  @Test
  void seedPartiesAreFoundByCanonicalNameAndThreeAliasesEach() {
    ALIASES.forEach(
        (canonical, seedAndAliases) -> {
          JsonNode byName = search("party", canonical, "size", "100");
          assertThat(titles(byName)).as(canonical).contains(seedAndAliases.getFirst());
          for (String alias : seedAndAliases.subList(1, seedAndAliases.size())) {
            JsonNode byAlias = search("party", alias, "size", "100");
            assertThat(byAlias.path("warnings")).as(alias).isEmpty();
            assertThat(ids(byAlias)).as(alias).isEqualTo(ids(byName));
          }
        });
  }

  @Test
  void seedPublishedAt2150OnTheSeventeenthIsOnThatDay() {
    assertThat(titles(search("from", "2019-10-17", "to", "2019-10-17", "size", "100")))
        .contains(SEED_000);
    assertThat(titles(search("from", "17/10/2019", "to", "17/10/2019", "size", "100")))
        .contains(SEED_000);
    assertThat(titles(search("from", "2019-10-18", "to", "2019-10-18", "size", "100")))
        .doesNotContain(SEED_000);
  }

  @Test
  void unknownPartySuggestsGazetteerNames() {
    JsonNode r = search("party", "Bộ Lao động Thương binh", "q", "phối hợp");
    if (r.path("warnings").isEmpty()) {
      // The gazetteer resolved it: then it must filter like the canonical name.
      assertThat(r.path("total").asLong()).isPositive();
      return;
    }
    assertThat(r.path("total").asLong()).isZero();
    assertThat(r.path("warnings").get(0).path("message").asText())
        .contains("Bộ Lao động - Thương binh và Xã hội");
  }

  @Test
  void aKnownPartyWithoutArticlesGivesNoHitsAndSaysSo() {
    JsonNode r = search("party", "bo ngoai giao");
    assertThat(r.path("total").asLong()).isZero();
    assertThat(r.path("warnings").get(0).path("message").asText()).contains("Bộ Ngoại giao");
  }

  @Test
  void partiesAutocompletePutsNamesStartingWithThePrefixFirst() {
    JsonNode parties = server.get("/api/parties", "prefix", "hoi").json().path("parties");
    assertThat(parties.get(0).path("value").asText()).startsWith("Hội");
  }
}
