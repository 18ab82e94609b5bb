package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.TestServer;

/** GET /api/search over the sample index, typed the ways journalists type. */
class TypingE2ETest {
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
        out.add(VietnameseAnalysis.foldKey(m.group(1)));
      }
    }
    return out;
  }

  @Test
  void anAbbreviationAndItsExpansionFindTheSameArticlesInTheSameOrder() {
    JsonNode abbreviated = search("q", "BHXH", "size", "100");
    JsonNode expanded = search("q", "bảo hiểm xã hội", "size", "100");
    JsonNode literal = search("q", "BHXH", "size", "100", "literal", "true");
    assertThat(abbreviated.path("total").asLong())
        .isGreaterThan(literal.path("total").asLong())
        .isEqualTo(expanded.path("total").asLong());
    assertThat(ids(abbreviated)).containsExactlyElementsOf(ids(expanded));
    assertThat(abbreviated.path("interpretedAs").asText()).contains("BHXH", "Bảo hiểm xã hội");
    assertThat(literal.path("interpretedAs").isNull()).isTrue();
    // Snippets mark either form.
    assertThat(marked(abbreviated)).contains("bhxh").anyMatch(m -> m.startsWith("bao hiem"));
  }

  @Test
  void everySpellingOfTheMinistryAndOfTheCityFindsTheSameArticles() {
    List<String> ministry = ids(search("q", "Bộ LĐ-TB&XH", "size", "100"));
    assertThat(ministry).isNotEmpty();
    for (String q : List.of("Bộ LĐTBXH", "Bộ ldtbxh", "Bộ Lao động - Thương binh và Xã hội")) {
      assertThat(ids(search("q", q, "size", "100"))).as(q).containsExactlyElementsOf(ministry);
    }
    List<String> city = ids(search("q", "TP.HCM", "size", "100"));
    assertThat(city).hasSizeGreaterThan(5);
    for (String q : List.of("TPHCM", "tphcm", "TP. HCM")) {
      assertThat(ids(search("q", q, "size", "100"))).as(q).containsExactlyElementsOf(city);
    }
  }

  @Test
  void anUnaccentedQueryIsReadWithItsLikeliestDiacriticsAndSaysSo() {
    JsonNode plain = search("q", "lao dong", "size", "100");
    JsonNode accented = search("q", "lao động", "size", "100");
    assertThat(plain.path("interpretedAs").asText()).isEqualTo("lao động");
    assertThat(accented.path("interpretedAs").isNull()).isTrue();
    // The same articles match (folded syllables), in the order of the accented query.
    assertThat(ids(plain)).containsExactlyElementsOf(ids(accented));
    JsonNode literal = search("q", "lao dong", "size", "100", "literal", "true");
    assertThat(literal.path("interpretedAs").isNull()).isTrue();
    assertThat(literal.path("total").asLong()).isEqualTo(accented.path("total").asLong());
  }

  @Test
  void aSyllableThatLooksLikeAnAbbreviationInLowerCaseIsLeftAlone() {
    // "au" could be "âu" (châu Âu); only "AU" in capitals would be an abbreviation.
    assertThat(search("q", "chau au").path("interpretedAs").asText()).doesNotContain("OR");
  }
}
