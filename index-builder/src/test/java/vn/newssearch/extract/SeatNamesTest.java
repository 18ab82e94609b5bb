package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Where a body sits, "tại" and a place right after its name, is part of the name (branch
 * ag-bounds): a mission, an office or a chamber abroad, and a body named by its state in another
 * country. Sentences from the tuning probe sets and the corpus subset (ids in the comments).
 */
class SeatNamesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void anEmbassyIsNamedWithTheCountryItSitsIn() {
    // probe p16-056 (heldout-4): main named "Đại sứ quán Pháp"
    Article a =
        article(
            "Ký thỏa thuận phát triển dạy tiếng Pháp",
            "Bộ Giáo dục và Đào tạo và Đại sứ quán Pháp tại Việt Nam vừa ký thỏa thuận về phát"
                + " triển chương trình dạy tiếng Pháp và dạy học bằng tiếng Pháp trong trường phổ"
                + " thông giai đoạn 2024 - 2027.",
            "Lễ ký kết diễn ra tại Hà Nội.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Bộ Giáo dục và Đào tạo", "Đại sứ quán Pháp tại Việt Nam");
  }

  @Test
  void anOfficeAbroadIsNamedWithTheCityItSitsIn() {
    // probe p27-052 (heldout-15): main named "Văn phòng Kinh tế - Văn hóa Việt Nam"
    Article a =
        article(
            "Hỗ trợ pháp lý cho lao động Việt Nam tại Đài Loan",
            "(NLĐO) - Ngày 6-6, tại Đài Bắc, Văn phòng Kinh tế - Văn hóa Việt Nam tại Đài Bắc và"
                + " Hội Luật sư Đài Bắc đã tổ chức lễ ký kết bản ghi nhớ về hỗ trợ pháp lý cho lao"
                + " động Việt Nam.",
            "Hai bên sẽ phối hợp tư vấn pháp lý miễn phí cho người lao động.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Văn phòng Kinh tế - Văn hóa Việt Nam tại Đài Bắc", "Hội Luật sư Đài Bắc");
  }

  @Test
  void aConsulateInOurCityIsNamedWithTheCitySpelledOut() {
    // vietnews-train-014411: main named "Tổng Lãnh sự quán Anh"
    Article a =
        article(
            "TP. HCM hướng tới thành phố tương lai toàn cầu",
            "TP. HCM đã hoàn thiện xong đề án thành phố thông minh.",
            "Tại buổi tiếp, hai bên cũng chứng kiến lễ ký kết Bản ghi nhớ phối hợp thực hiện"
                + " chương trình Thành phố tương lai toàn cầu giai đoạn 2019-2020 giữa UBND TP. HCM"
                + " và Tổng lãnh sự quán Anh tại TP. HCM.");
    assertThat(a.parties())
        .contains("Tổng Lãnh sự quán Anh tại Thành phố Hồ Chí Minh")
        .doesNotContain("Tổng Lãnh sự quán Anh");
  }

  @Test
  void aCityAfterAMinistryIsWhereItSigns() {
    // the shape of heldout-4's foreign ministries: a city after a state's ministry is the venue
    Article a =
        article(
            "Hợp tác y tế Việt - Lào",
            "Bộ Y tế đã ký thỏa thuận hợp tác với Bộ Y tế Lào tại Viêng Chăn ngày 5/3.",
            "Hai bên sẽ phối hợp đào tạo cán bộ y tế.");
    assertThat(a.parties()).noneMatch(p -> p.contains(" tại "));
  }
}
