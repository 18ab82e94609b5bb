package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plural ("các", "hai", "3") before one head over a list of names or numbers ("các Đồn Biên phòng
 * A, B và C", "hai Trường THPT A và B", "các Lữ đoàn 434, 550 và 71"): one body per name, each with
 * the head; and the naval squadrons named by their number. The shape was found on real news from
 * other sites (border posts twinned with a unit abroad); the sentences here are written for the
 * test, with made-up names.
 */
class PluralHeadListsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> names(String text) {
    return ScannedNames.of(GAZETTEER, text);
  }

  @Test
  void aPluralBeforeOneHeadOverNamesIsOneBodyPerName() {
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Kết nghĩa giữa đồn biên phòng và đoàn thanh niên",
                "Sáng 5/3, các Đồn Biên phòng Pa Lôm, Tà Vực và Y Rang đã ký kết nghĩa với Đoàn"
                    + " Thanh niên tỉnh Kon Tum."))
        .containsExactly(
            "Đồn Biên phòng Pa Lôm",
            "Đồn Biên phòng Tà Vực",
            "Đồn Biên phòng Y Rang",
            "Đoàn Thanh niên tỉnh Kon Tum");
  }

  @Test
  void aCountMustCountTheNames() {
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Hai trường ký kết với sở",
                "Sáng 5/3, Sở Giáo dục và Đào tạo tỉnh Bình Định ký kết chương trình phối hợp với"
                    + " hai Trường THPT Bùi Văn Thạc và Lê Quý Tân."))
        .contains(
            "Trường Trung học phổ thông Bùi Văn Thạc", "Trường Trung học phổ thông Lê Quý Tân");
    // three names after "hai": no list of two bodies, so no body is made up from the names
    assertThat(names("Hai Trường THPT Bùi Văn Thạc, Lê Quý Tân và Đỗ Văn Kha tổ chức hội thảo."))
        .doesNotContain("Trường Trung học phổ thông Lê Quý Tân");
  }

  @Test
  void numberedUnitsAfterAPluralAreOneBodyPerNumber() {
    assertThat(
            names(
                "Công an huyện Tân Mỹ ký kết quy chế phối hợp với các Lữ đoàn 417, 583 và 92"
                    + " đóng quân trên địa bàn."))
        .contains("Lữ đoàn 417", "Lữ đoàn 583", "Lữ đoàn 92");
    assertThat(names("Trường Tiểu học Hòa Lạc ký kết phối hợp với Hải đội 3 và Hải đoàn 127."))
        .contains("Hải đội 3", "Hải đoàn 127");
  }

  @Test
  void aDateBeforeTheHeadCountsNoList() {
    // "9/2" ends in a number, and "Công ty A và B" names two companies, not "Công ty B"
    assertThat(
            names("Ngày 9/2 Công ty Cổ phần Đầu tư Minh Khải và Tập đoàn Hòa Long ký kết hợp tác."))
        .doesNotContain("Công ty Cổ phần Đầu tư Tập đoàn Hòa Long");
    assertThat(names("Ngày 9/2, Tổng công ty Lam Điền và Sembra Holdings ký thỏa thuận."))
        .doesNotContain("Tổng công ty Sembra Holdings");
  }
}
