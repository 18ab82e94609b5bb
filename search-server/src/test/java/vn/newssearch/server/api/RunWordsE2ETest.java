package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestServer;

/**
 * Words typed together rank by how much of the article holds them together, on the sample: inside a
 * small filter every hit holds the words, and the order must come from the words, not from their
 * syllables scattered over a short title.
 */
class RunWordsE2ETest {
  private final TestServer server = TestServer.sample();

  private List<String> search(String... params) {
    TestServer.Reply r = server.get("/api/search", params);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode json = r.json();
    return ids(json);
  }

  @Test
  void aTitleHoldingTheSyllablesInOtherWordsDoesNotOutrankTheArticlesAboutTheWords() {
    // society_098 is a civil-service recruitment notice: its title says "viên chức làm việc tại",
    // and its body "vị trí việc làm". education_021 (a vocational school) repeats "việc làm" five
    // times in 624 words. Both hold the pair, so both are in the first tier.
    for (String q : List.of("việc làm", "viec lam")) {
      List<String> hits = search("q", q, "from", "2021-04-01", "to", "2021-04-30", "size", "50");
      assertThat(hits).as(q).contains("dantri-news_society_098", "dantri-news_education_021");
      assertThat(hits.indexOf("dantri-news_education_021"))
          .as(q)
          .isLessThan(hits.indexOf("dantri-news_society_098"));
    }
  }

  @Test
  void typedDiacriticsTellTheWordFromItsFoldedTwin() {
    // society_106's title says "công nhận là xã đảo" (recognised); society_064 reports workers
    // ("công nhân"). Folded, both hold "cong nhan".
    List<String> hits = search("q", "công nhân", "category", "society", "size", "50");
    assertThat(hits).contains("dantri-news_society_106", "dantri-news_society_064");
    assertThat(hits.indexOf("dantri-news_society_064"))
        .isLessThan(hits.indexOf("dantri-news_society_106"));
  }
}
