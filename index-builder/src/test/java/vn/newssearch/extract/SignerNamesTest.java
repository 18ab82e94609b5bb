package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signers' names as real news from many sites writes them: a given name that is also a word of the
 * clause's mood ("Quyền", "Cần"), and family names that are rare in national news.
 */
class SignerNamesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-03-13T08:00+07:00");

  private static Article enrich(String title, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, body, PUBLISHED));
  }

  @Test
  void givenNameThatIsAlsoAWordOfMoodDoesNotMakeTheCaptionUnreal() {
    // "Cần" ends the first signer's name; it is not "cần" (need) before the verb
    Article a =
        enrich(
            "Hai hội cựu chiến binh ký kết chương trình phối hợp",
            "Chủ tịch Hội Cựu chiến binh tỉnh Nam Định - ông Phạm Văn Cần (trái) và Chủ tịch Hội"
                + " Cựu chiến binh tỉnh Ninh Bình đã ký kết chương trình phối hợp giai đoạn"
                + " 2026-2030.");
    assertThat(a.agreement()).isNotNull();
    assertThat(a.signatories()).extracting(Article.Signatory::name).contains("Phạm Văn Cần");
  }

  @Test
  void rareFamilyNameAfterADegreeOpensTheSignersName() {
    // "Ma" is a family name of the north's minorities; after a degree it opens the signer's name
    Article a =
        enrich(
            "Hai bệnh viện ký kết thỏa thuận hợp tác",
            "Ngày 5/3, Bệnh viện Đa khoa tỉnh Bắc Kạn và Bệnh viện Đa khoa Thái Hòa ký kết thỏa"
                + " thuận hợp tác chuyên môn.\nThS Ma Thị Hồng (phải) và TS.BS Hoàng Văn Bình"
                + " (trái) đại diện ký kết thỏa thuận.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactlyInAnyOrder("Ma Thị Hồng", "Hoàng Văn Bình");
  }

  @Test
  void familyNameThatAlsoOpensPlacesDoesNotEndABodysName() {
    // "Ma" opens a signer's name only where a person is expected, not inside a border post's
    Article a =
        enrich(
            "Ký kết quy chế phối hợp bảo vệ biên giới",
            "Ngày 8/3, Đồn Biên phòng cửa khẩu Ma Lù Thàng và Ủy ban nhân dân xã Pa Ủ ký kết quy"
                + " chế phối hợp bảo vệ chủ quyền, an ninh biên giới.");
    assertThat(a.organisations()).anyMatch(o -> o.endsWith("Ma Lù Thàng"));
  }
}
