package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A document "giữa hai tỉnh" is signed by the provinces: a side read from its people's committee
 * chairman's title is the province, a side written as its committee keeps that name.
 */
class LocalitySidesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void aChairmanSigningBetweenTwoProvincesSignsForHisProvince() {
    // probe p29-042; the shape of p30-038, p22-040, p24-012 (a Lao province as the other side)
    Article a =
        article(
            "Quảng Ninh và Luang Prabang ký kết hợp tác",
            "Ngày 3/10, tại thành phố Luang Prabang, dưới sự chứng kiến của Bí thư Tỉnh ủy hai"
                + " tỉnh, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy và Tỉnh trưởng tỉnh Luang"
                + " Prabang Phoxay Sayasone đã ký kết biên bản ghi nhớ hợp tác giữa hai tỉnh giai"
                + " đoạn 2024-2029.",
            "Hai bên thống nhất tăng cường hợp tác.");
    assertThat(a.parties()).containsExactly("tỉnh Quảng Ninh", "tỉnh Luang Prabang");
    assertThat(a.signatories()).extracting(Article.Signatory::party).contains("tỉnh Quảng Ninh");
  }

  @Test
  void aCentrallyRunCityBetweenTwoLocalitiesIsNamedByItsCanonicalName() {
    // probe p15-046: "giữa hai địa phương", the city as provinces.tsv names it
    Article a =
        article(
            "Đà Nẵng hợp tác với tỉnh Sê Kông",
            "TTO - Ngày 9-8-2016, Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ và Tỉnh trưởng tỉnh Sê"
                + " Kông (Lào) Leklay Sivilay đã ký biên bản ghi nhớ hợp tác giữa hai địa phương"
                + " giai đoạn 2016-2020.",
            "Lễ ký được tổ chức tại Đà Nẵng.");
    assertThat(a.parties()).containsExactly("Đà Nẵng", "tỉnh Sê Kông");
  }

  @Test
  void committeesWrittenAsTheSidesKeepTheirNames() {
    Article a =
        article(
            "Long An và Tiền Giang ký kết hợp tác",
            "Sáng 5/3, UBND tỉnh Long An và UBND tỉnh Tiền Giang đã ký kết chương trình hợp tác"
                + " giữa hai tỉnh.",
            "Hai bên thống nhất tăng cường hợp tác.");
    assertThat(a.parties())
        .containsExactly("Ủy ban nhân dân tỉnh Long An", "Ủy ban nhân dân tỉnh Tiền Giang");
  }
}
