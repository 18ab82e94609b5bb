package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A party written short signs under the fullest name its article defines for it, on sentences from
 * ../shared/corpus (article id before each).
 */
class DefinedNamesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> names(String text) {
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    return GAZETTEER.matcher().scan(s, false).names();
  }

  @Test
  void twoPlacesThatAnAbbreviationClosesAreOneName() {
    // vietnews-train-062992: a bank named for two cities, then its abbreviation
    assertThat(
            names("Sắp tới dự kiến có thêm Ngân hàng Thương mại cổ phần Sài Gòn - Hà Nội (SHB)."))
        .containsExactly("Ngân hàng Thương mại cổ phần Sài Gòn - Hà Nội");
    // without the abbreviation the dash and the province end the name as before
    assertThat(names("Hiệp hội Du lịch Nha Trang - Khánh Hoà đã tổ chức hội nghị."))
        .containsExactly("Hiệp hội Du lịch Nha Trang - Khánh Hoà");
  }

  @Test
  void anAbbreviationMakesALowerCaseHeadAndItsPlaceOneBody() {
    // vietnews-train-067704: "ngân hàng TMCP Sài Gòn (SCB)" is a bank, not a kind of bank
    assertThat(names("Công ty đã đem chung cư thế chấp tại ngân hàng TMCP Sài Gòn (SCB)."))
        .containsExactly("Ngân hàng TMCP Sài Gòn");
    assertThat(names("Các công ty Nhật Bản đang đầu tư vào Việt Nam.")).isEmpty();
  }

  @Test
  void aHeadAndTheAbbreviationIsTheBodyTheArticleDefines() {
    // vietnews-train-063078 (tune half of the development set)
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "SHB hợp tác chiến lược với hai định chế tài chính quốc tế tại Nga",
                "Tổng Bí thư và Tổng thống Nga đã chứng kiến Lễ trao thoả thuận hợp tác chiến lược"
                    + " giữa ngân hàng Sài Gòn – Hà Nội (SHB) với 2 định chế tài chính quốc tế lớn"
                    + " tại Nga.",
                "Sau một thời gian đàm phán, ngân hàng SHB và ngân hàng Đầu tư Quốc tế (IIB) đã"
                    + " chính thức ký kết hợp tác chiến lược toàn diện.",
                null));
    assertThat(a.parties())
        .containsExactly("Ngân hàng Sài Gòn – Hà Nội", "Ngân hàng Đầu tư Quốc tế");
  }
}
