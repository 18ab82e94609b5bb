package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * One body given twice as a party, cut short and in full (branch ag-wrong-s16, found on real news
 * of other sites, web-d): the shorter name goes. Sentences written for the test, in the shape of
 * the news.
 */
class OneBodyGivenTwiceTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static Article lead(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  private static List<String> fuller(String... parties) {
    return FullerForms.of(List.of(parties), GAZETTEER.trie());
  }

  @Test
  void aDistrictCutAtItsLowerCaseSyllableGivesWayToItsFullName() {
    // "huyện Yên định" (the second syllable in lower case) was cut to "huyện Yên", a second party
    Article a =
        lead(
            "LĐLĐ huyện Yên Định ký kết Quy chế phối hợp với UBND huyện",
            "Ngày 12/5/2018, tại hội trường UBND huyện Yên Định, UBND huyện và Ban Thường vụ Liên"
                + " đoàn lao động huyện Yên định đã tổ chức ký kết Quy chế phối hợp công tác giữa"
                + " UBND huyện và Liên đoàn lao động huyện Yên Định.",
            "Quy chế gồm 5 chương.");
    assertThat(a.parties()).contains("Liên đoàn Lao động huyện Yên Định");
    assertThat(a.parties()).doesNotContain("Liên đoàn Lao động huyện Yên");
  }

  @Test
  void aBodyNamedWithItsStateKeepsThatNameOnly() {
    // the title's "Trường Đại học Hàng hải" is the clause's "Trường Đại học Hàng hải Việt Nam"
    Article a =
        lead(
            "Trường Đại học Hàng hải ký kết hợp tác với Trường Đại học Hàng hải và Hải Dương Hàn"
                + " Quốc",
            "Ngày 2/3, Trường Đại học Hàng hải Việt Nam đã ký kết thỏa thuận hợp tác với Trường"
                + " Đại học Hàng hải và Hải Dương Hàn Quốc.",
            "Hai trường trao đổi sinh viên.");
    assertThat(a.parties())
        .contains("Trường Đại học Hàng hải Việt Nam")
        .doesNotContain("Trường Đại học Hàng hải");
  }

  @Test
  void theFullerFormOfOneBodyStaysInItsPlace() {
    assertThat(fuller("Hội Nông dân huyện Tân", "Ngân hàng X", "Hội Nông dân huyện Tân Phước"))
        .containsExactly("Ngân hàng X", "Hội Nông dân huyện Tân Phước");
    assertThat(fuller("Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Lào Cai Việt Nam"))
        .containsExactly("Sở Y tế tỉnh Lào Cai Việt Nam");
    assertThat(fuller("Học viện Nông nghiệp", "Học viện Nông nghiệp Việt Nam"))
        .containsExactly("Học viện Nông nghiệp Việt Nam");
  }

  @Test
  void aHighlandDistrictWrittenWithAnApostropheIsOnePlaceThatItsProvinceGoesOn() {
    // "gar" after the inner apostrophe is the capitalised word's own syllable (Syllables.UPPER)
    assertThat(fuller("Công an huyện Cư M'gar", "Công an huyện Cư M'gar tỉnh Đắk Lắk"))
        .containsExactly("Công an huyện Cư M'gar tỉnh Đắk Lắk");
  }

  @Test
  void aForeignCounterpartOrAFirmsLocalCompanyIsAnotherBody() {
    assertThat(fuller("Bộ Y tế", "Bộ Y tế Lào")).containsExactly("Bộ Y tế", "Bộ Y tế Lào");
    assertThat(fuller("Học viện Ngoại giao", "Học viện Ngoại giao Andrés Bello")).hasSize(2);
    assertThat(
            fuller("Công ty TNHH Samsung Electronics", "Công ty TNHH Samsung Electronics Việt Nam"))
        .hasSize(2);
    assertThat(
            fuller(
                "Công ty TNHH Samsung Electronics Việt Nam",
                "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"))
        .hasSize(2);
    assertThat(fuller("Tiểu đoàn 6", "Tiểu đoàn 60")).hasSize(2);
    // a member school after a dash is not the place going on
    assertThat(
            fuller(
                "Đại học Quốc gia Thành phố Hồ Chí Minh",
                "Đại học Quốc gia Thành phố Hồ Chí Minh - Trường Đại học Bách khoa"))
        .hasSize(2);
  }

  @Test
  void aCompanyTheArticleNamesWithItsLegalFormSignsUnderThatName() {
    // the clause writes the company without "Cổ phần", the lead with it: one body, named in full
    Article a =
        lead(
            "Hà Giang mời gọi đầu tư vào vùng chè",
            "Ngày 5/4, UBND tỉnh Hà Giang và Công ty Cổ phần Thảo Nguyên Group tổ chức hội nghị"
                + " xúc tiến đầu tư.",
            "Tại hội nghị, lãnh đạo UBND tỉnh Hà Giang và Công ty Thảo Nguyên Group đã ký biên bản"
                + " ghi nhớ về vùng chè.");
    assertThat(a.parties())
        .containsExactly("Ủy ban nhân dân tỉnh Hà Giang", "Công ty Cổ phần Thảo Nguyên Group");
  }
}
