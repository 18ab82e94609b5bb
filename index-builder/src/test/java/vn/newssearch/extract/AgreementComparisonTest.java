package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** The dev-set scoring itself, on hand-made articles: what counts as right and as wrong. */
class AgreementComparisonTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final String MOLISA = "Bộ Lao động - Thương binh và Xã hội";
  private static final String WOMEN = "Hội Liên hiệp Phụ nữ Việt Nam";

  private static AgreementLabel positive() {
    return new AgreementLabel(
        "x",
        true,
        "chương trình phối hợp",
        List.of(
            new AgreementLabel.Party("Bộ LĐ-TB&XH", MOLISA),
            new AgreementLabel.Party("Hội LHPN Việt Nam", WOMEN)),
        List.of(new AgreementLabel.Signer("Đào Ngọc Dung", "Bộ trưởng", MOLISA)),
        new AgreementLabel.Period(2019, 2022),
        "2019-10-17",
        "Hà Nội",
        "n");
  }

  private static Article article(
      List<String> parties, List<Article.Signatory> signers, Article.Agreement agreement) {
    return new Article(
        "x", null, null, "t", null, "b", null, null, null, null, parties, parties, signers,
        agreement);
  }

  @Test
  void partyBodiesCountALabelSpelledAsTheArticleAndTheGazetteersNameForItAsOneBody() {
    // vietnews-train-065625's kind of label: the body as the article writes it, which the mined
    // aliases name in full
    AgreementLabel want =
        new AgreementLabel(
            "x",
            true,
            "thỏa thuận hợp tác",
            List.of(
                new AgreementLabel.Party("VPBank", "VPBank"),
                new AgreementLabel.Party("Hội LHPN Việt Nam", WOMEN)),
            List.of(),
            null,
            null,
            null,
            "n");
    Article got =
        article(
            List.of("Ngân hàng TMCP Việt Nam Thịnh Vượng", "Bộ Y tế"),
            List.of(),
            new Article.Agreement("thỏa thuận hợp tác", null, null, null));
    AgreementComparison c = AgreementComparison.of(want, got, GAZETTEER);
    assertThat(c.counts().get("parties")).isEqualTo(new AgreementComparison.Counts(0, 2, 2));
    assertThat(c.counts().get("partyBodies")).isEqualTo(new AgreementComparison.Counts(1, 2, 2));
  }

  @Test
  void namesCompareFoldedAndThePartyFilterGoesThroughTheGazetteer() {
    Article got =
        article(
            List.of("bo lao dong - thuong binh va xa hoi", "Công đoàn Dầu"),
            List.of(new Article.Signatory("ĐÀO NGỌC DUNG", "Bộ trưởng", "Bộ Y tế")),
            new Article.Agreement(
                "Chương trình phối hợp",
                new Article.Period(2019, 2021),
                LocalDate.of(2019, 10, 17),
                "Ha Noi"));
    AgreementComparison c = AgreementComparison.of(positive(), got, GAZETTEER);
    assertThat(c.counts().get("agreement")).isEqualTo(new AgreementComparison.Counts(1, 1, 1));
    assertThat(c.counts().get("parties")).isEqualTo(new AgreementComparison.Counts(1, 2, 2));
    assertThat(c.counts().get("partyFilter")).isEqualTo(new AgreementComparison.Counts(1, 0, 2));
    assertThat(c.counts().get("signatories")).isEqualTo(new AgreementComparison.Counts(1, 1, 1));
    assertThat(c.counts().get("signatoryParties"))
        .isEqualTo(new AgreementComparison.Counts(0, 1, 1));
    assertThat(c.counts().get("kind")).isEqualTo(new AgreementComparison.Counts(1, 1, 1));
    assertThat(c.counts().get("period")).isEqualTo(new AgreementComparison.Counts(0, 1, 1));
    assertThat(c.counts().get("signedOn")).isEqualTo(new AgreementComparison.Counts(1, 1, 1));
    assertThat(c.counts().get("place")).isEqualTo(new AgreementComparison.Counts(1, 1, 1));
    assertThat(c.differences())
        .anySatisfy(d -> assertThat(d).startsWith("period: expected 2019–2022, got 2019–2021"))
        .anySatisfy(d -> assertThat(d).contains("Hội LHPN Việt Nam → " + WOMEN));
  }

  @Test
  void partiesOfAnArticleThatReportsNoSigningAreFalsePositives() {
    AgreementLabel negative =
        new AgreementLabel("x", false, null, List.of(), List.of(), null, null, null, "n");
    Article got =
        article(List.of(MOLISA), List.of(), new Article.Agreement("ký kết", null, null, null));
    AgreementComparison c = AgreementComparison.of(negative, got, GAZETTEER);
    assertThat(c.counts().get("agreement")).isEqualTo(new AgreementComparison.Counts(0, 1, 0));
    assertThat(c.counts().get("parties")).isEqualTo(new AgreementComparison.Counts(0, 1, 0));
    assertThat(c.counts().get("kind")).isEqualTo(new AgreementComparison.Counts(0, 1, 0));
    assertThat(negative.problems()).isEmpty();
  }

  @Test
  void scorecardFiguresFollowFromTheCounts() {
    var m = AgreementScorecard.metrics("parties", new AgreementComparison.Counts(3, 4, 6));
    assertThat(m.get("precision")).isEqualTo(0.75);
    assertThat(m.get("recall")).isEqualTo(0.5);
    assertThat(m.get("f1")).isEqualTo(0.6);
    assertThat(AgreementScorecard.metrics("partyFilter", new AgreementComparison.Counts(1, 0, 4)))
        .containsOnlyKeys("correct", "labelled", "recall");
  }

  @Test
  void theGuideCatchesLabelsThatBreakIt() {
    AgreementLabel bad =
        new AgreementLabel(
            "x",
            true,
            "thoả thuận",
            List.of(new AgreementLabel.Party("Bộ Y tế", "")),
            List.of(new AgreementLabel.Signer("A", "B", "Bộ Tài chính")),
            new AgreementLabel.Period(null, null),
            "17/10/2019",
            null,
            "");
    assertThat(bad.problems()).hasSize(6);
  }
}
