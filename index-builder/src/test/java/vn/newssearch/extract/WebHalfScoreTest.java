package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.newssearch.model.Article;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * The development set's measures (agreement, parties, partyBodies, partyFilter, as {@link
 * AgreementComparison} computes them) on a half of the real news from other sites (eval/web), whose
 * text is third-party and rebuilt outside the repository:
 *
 * <pre>
 * mvn -B test -pl index-builder -Dtest=WebHalfScoreTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dweb.articles=/path/web-m/articles.jsonl -Dweb.expected=eval/web/expected-measure.jsonl
 * </pre>
 *
 * It prints the table and fails when a label has no article. Off without the two properties. The
 * web labels give no period, no signing day and no signer's party, so those rows count only
 * predictions.
 */
@EnabledIfSystemProperty(named = "web.expected", matches = ".+")
class WebHalfScoreTest {
  @Test
  void scoresEveryLabelledArticleOfTheHalf() throws Exception {
    Path expected = Path.of(System.getProperty("web.expected"));
    Path articles = Path.of(System.getProperty("web.articles", ""));
    ArticleExtractor extractor = ArticleExtractor.create();
    Gazetteer gazetteer = Gazetteer.load();
    Map<String, Article> got = new LinkedHashMap<>();
    List<SourceRecord> records = new ArrayList<>();
    new SourceReader(List.of(articles), problem -> {}).readAll(records::add);
    for (SourceRecord r : records) {
      Article a = extractor.extract(r, problem -> {});
      got.put(a.id(), a);
    }
    AgreementScorecard card = new AgreementScorecard();
    List<String> missing = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      AgreementLabel label = label(json.readTree(line));
      Article a = got.get(label.id());
      if (a == null) {
        missing.add(label.id());
        continue;
      }
      card.add("web", AgreementComparison.of(label, a, gazetteer));
    }
    System.out.println(expected + " (" + got.size() + " articles)\n" + AgreementReport.table(card));
    assertThat(missing).as("labelled articles missing from " + articles).isEmpty();
  }

  /** A web label (parties canonical, written beside them, signatories by name) as the dev set's. */
  private static AgreementLabel label(JsonNode e) {
    List<AgreementLabel.Party> parties = new ArrayList<>();
    JsonNode written = e.path("written");
    for (int i = 0; i < e.path("parties").size(); i++) {
      String canonical = e.path("parties").get(i).asText();
      parties.add(new AgreementLabel.Party(written.path(i).asText(canonical), canonical));
    }
    List<AgreementLabel.Signer> signers = new ArrayList<>();
    e.path("signatories")
        .forEach(n -> signers.add(new AgreementLabel.Signer(n.asText(), null, null)));
    boolean agreement = e.path("agreement").asBoolean();
    return new AgreementLabel(
        e.path("id").asText(),
        agreement,
        agreement ? e.path("kind").asText(null) : null,
        agreement ? parties : List.of(),
        agreement ? signers : List.of(),
        null,
        null,
        agreement ? e.path("place").asText(null) : null,
        e.path("note").asText(null));
  }
}
