package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signers as the provincial, commune and district news pages write their captions: two people each
 * named by an honorific, the first with a title in apposition that roles.txt does not know; a
 * title, a body the scan does not read, then the name and where the person stands in the photo.
 */
class SignersWithUnknownTitlesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-02-10T08:00+07:00");
  private static final String LEAD =
      "Ngày 9/2, Công an xã Tân Lập và Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập tổ chức ký kết"
          + " chương trình phối hợp bảo đảm an ninh, trật tự năm 2026.";

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Ký kết chương trình phối hợp", body, PUBLISHED));
  }

  @Test
  void honorificSignerWithAnUnknownTitleBeforeTheNextSignerSigns() {
    Article a =
        enrich(
            LEAD
                + "\nĐồng chí Lò Văn Sơn – Trưởng Công an xã và đồng chí Hà Thị Mơ – Chủ tịch Ủy"
                + " ban Mặt trận Tổ quốc Việt Nam xã ký kết chương trình phối hợp.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactlyInAnyOrder("Lò Văn Sơn", "Hà Thị Mơ");
  }

  @Test
  void honorificPeopleWithTitlesWhoAttendDoNotSign() {
    // the same shape after a word of attending: they watch
    Article a =
        enrich(
            LEAD
                + "\nDự lễ ký kết có đồng chí Lò Văn Sơn – Phó Bí thư Đảng ủy xã và đồng chí Hà Thị"
                + " Mơ – Phó Chủ tịch Ủy ban nhân dân xã.");
    assertThat(a.signatories()).extracting(Article.Signatory::name).isEmpty();
  }

  @Test
  void nameBeforeWhereThePersonStandsInThePhotoSigns() {
    Article a =
        enrich(
            "Ngày 3/4, Quỹ tín dụng nhân dân xã Phú Hòa và Hội Nông dân xã Phú Hòa ký kết văn bản"
                + " thỏa thuận phối hợp giai đoạn 2026-2030.\nGiám đốc QTDND xã – Đinh Văn Lộc (bên"
                + " trái) và Chủ tịch HND xã – Vi Thị Hoa (bên phải) ký kết văn bản thỏa thuận.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactlyInAnyOrder("Đinh Văn Lộc", "Vi Thị Hoa");
  }

  @Test
  void nameBeforeTheAsideAtTheCeremonyDoesNotSign() {
    // the aside, then "trong lễ ký": the people are at the ceremony, the signers are not named
    Article a =
        enrich(
            LEAD
                + "\nGiám đốc QTDND xã – Đinh Văn Lộc (bên trái) và Chủ tịch HND xã – Vi Thị Hoa"
                + " trò chuyện trong lễ ký kết.");
    assertThat(a.signatories()).extracting(Article.Signatory::name).isEmpty();
  }
}
