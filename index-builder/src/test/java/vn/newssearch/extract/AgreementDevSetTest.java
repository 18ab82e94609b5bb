package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * The agreement regression (issue 12): every article of {@code eval/agreements/articles.jsonl} goes
 * through the real pipeline, and precision, recall and F1 per field and per half must equal {@code
 * eval/agreements/expected-metrics.json}, in both directions. A change that moves a figure
 * re-records the file on purpose: {@code -Deval.update=true}, in a commit that says why. {@code
 * -Deval.partial=true} scores only the labelled articles, while a half is still being labelled.
 */
class AgreementDevSetTest {
  private static final double TOLERANCE = 0.0005;
  private static final List<String> HALVES = List.of("tune", "holdout");
  private static final boolean PARTIAL = Boolean.getBoolean("eval.partial");

  private static Path dir;
  private static AgreementDevSet set;
  private static AgreementScorecard card;
  private static final List<String> failures = new ArrayList<>();

  @BeforeAll
  static void extractAndScore() throws IOException {
    dir = Path.of(System.getProperty("repo.dir", ".."), "eval", "agreements");
    set = AgreementDevSet.load(dir);
    ArticleExtractor extractor = ArticleExtractor.create();
    Gazetteer gazetteer = Gazetteer.load();
    card = new AgreementScorecard();
    List<AgreementReport.Difference> tuneDifferences = new ArrayList<>();
    Map<String, Integer> scored = new LinkedHashMap<>();
    for (AgreementDevSet.Entry e : set.articles()) {
      AgreementLabel label = set.labels().get(e.id());
      if (label == null) {
        continue;
      }
      Article got;
      try {
        got = extractor.extract(e.record(), p -> {});
      } catch (InvalidArticleException ex) {
        failures.add(e.record().origin() + ": " + ex.getMessage());
        continue;
      }
      AgreementComparison c = AgreementComparison.of(label, got, gazetteer);
      card.add(e.half(), c);
      scored.merge(e.half(), 1, Integer::sum);
      if (e.half().equals("tune") && !c.differences().isEmpty()) {
        tuneDifferences.add(
            new AgreementReport.Difference(e.id(), e.record().title(), c.differences()));
      }
    }
    String table = AgreementReport.table(card);
    String articles =
        String.format(
            Locale.ROOT,
            "%d articles, %d labelled, scored per half: %s%s",
            set.articles().size(),
            set.labels().size(),
            scored,
            PARTIAL ? " (eval.partial: unlabelled articles skipped)" : "");
    System.out.println("\nAgreement development set: " + articles + "\n" + table);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(
        target.resolve("agreement-report.md"),
        AgreementReport.markdown(table, articles, tuneDifferences),
        StandardCharsets.UTF_8);
  }

  @Test
  void everyArticleHasOneLabelAndEveryLabelAnArticle() {
    List<String> unlabelled =
        set.articles().stream()
            .filter(e -> !set.labels().containsKey(e.id()))
            .map(e -> e.half() + " " + e.id())
            .toList();
    assertThat(set.errors()).as("label files that do not match articles.jsonl").isEmpty();
    if (!PARTIAL) {
      assertThat(unlabelled)
          .as(
              "articles of %s without a label in labels-<half>.jsonl (while a half is still being"
                  + " labelled, run with -Deval.partial=true)",
              dir.resolve("articles.jsonl"))
          .isEmpty();
    }
  }

  @Test
  void everyArticleBelongsToAHalfAndBothHalvesAreLarge() {
    assertThat(set.articles()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(set.articles()).allSatisfy(e -> assertThat(HALVES).contains(e.half()));
    for (String half : HALVES) {
      assertThat(set.articles().stream().filter(e -> e.half().equals(half)).count())
          .as(half)
          .isGreaterThanOrEqualTo(75);
    }
  }

  @Test
  void labelsFollowTheGuide() {
    List<String> problems = new ArrayList<>();
    set.labels().values().forEach(l -> l.problems().forEach(p -> problems.add(l.id() + ": " + p)));
    assertThat(problems).as("labels that break the guide in eval/agreements/README.md").isEmpty();
  }

  @Test
  void everyLabelledArticleIsExtracted() {
    assertThat(failures).as("articles the pipeline rejects").isEmpty();
  }

  @Test
  void figuresEqualTheRecordedOnes() throws IOException {
    Path file = dir.resolve("expected-metrics.json");
    Map<String, Map<String, Map<String, Double>>> actual = card.figures();
    if (Boolean.getBoolean("eval.update")) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("tolerance", TOLERANCE);
      json.put("partial", PARTIAL);
      json.put("halves", actual);
      Files.writeString(
          file,
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json)
              + "\n",
          StandardCharsets.UTF_8);
    }
    Map<String, Object> recorded =
        new ObjectMapper().readValue(file.toFile(), new TypeReference<>() {});
    Map<String, Map<String, Map<String, Double>>> expected =
        new ObjectMapper().convertValue(recorded.get("halves"), new TypeReference<>() {});
    List<String> drift = new ArrayList<>();
    actual.forEach(
        (half, fields) ->
            fields.forEach(
                (field, metrics) ->
                    metrics.forEach(
                        (metric, value) -> {
                          Double want =
                              expected
                                  .getOrDefault(half, Map.of())
                                  .getOrDefault(field, Map.of())
                                  .get(metric);
                          if (want == null || Math.abs(want - value) > TOLERANCE) {
                            drift.add(
                                String.format(
                                    Locale.ROOT,
                                    "%s / %s / %s: recorded %s, now %.4f",
                                    half,
                                    field,
                                    metric,
                                    want,
                                    value));
                          }
                        })));
    expected.keySet().stream()
        .filter(h -> !actual.containsKey(h))
        .forEach(h -> drift.add(h + ": recorded but no longer measured"));
    assertThat(drift)
        .as(
            "agreement figures drift from %s (tune differences in target/agreement-report.md);"
                + " if the change is intended, re-record with -Deval.update=true and say why in"
                + " the commit message",
            file)
        .isEmpty();
  }
}
