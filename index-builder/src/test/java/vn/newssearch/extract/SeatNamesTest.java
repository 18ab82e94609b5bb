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

  @Test
  void anEmbassyInACapitalIsNamedByTheCapitalsState() {
    // vietnews-val-010042, vietnews-train-041032: one embassy was "... tại Manila" in one article
    // and
    // "... tại Philippines" in another, "... tại Mỹ", "... tại Washington" and "... tại Hoa Kỳ"
    Article a =
        article(
            "Bắc Kinh tố Manila để nhân viên sòng bài Trung Quốc làm việc như nô lệ",
            "Trung Quốc ngày 8/8 chỉ trích Philippines lơ là kiểm soát cờ bạc xuyên biên giới.",
            "Đại sứ quán Trung Quốc tại Manila cho rằng các công dân Trung Quốc đang bị tuyển"
                + " dụng bất hợp pháp.\nĐại sứ quán Trung Quốc tại Mỹ tuyên bố Bắc Kinh sẽ làm mọi"
                + " cách để bảo vệ lợi ích trong cuộc chiến thương mại tiềm tàng này.");
    assertThat(a.organisations())
        .contains("Đại sứ quán Trung Quốc tại Philippines", "Đại sứ quán Trung Quốc tại Hoa Kỳ")
        .doesNotContain("Đại sứ quán Trung Quốc tại Manila", "Đại sứ quán Trung Quốc tại Mỹ");
  }

  @Test
  void aConsulateKeepsItsCityWithoutTheTypeWord() {
    // vietnews-test-012777: "tại thành phố Istanbul" beside "tại Istanbul", one consulate
    Article a =
        article(
            "Trump nghi ngờ Arab Saudi 'dối trá' về vụ Khashoggi",
            "Tổng thống Mỹ nhận xét về Thái tử Arab Saudi.",
            "Nhà báo Jamal Khashoggi đã chết trong một cuộc ẩu đả ở lãnh sự quán Arab Saudi tại"
                + " thành phố Istanbul, Thổ Nhĩ Kỳ.");
    assertThat(a.organisations())
        .contains("Lãnh sự quán Arab Saudi tại Istanbul")
        .noneMatch(o -> o.contains("thành phố Istanbul"));
  }

  @Test
  void theMissionInTaipeiHasOneName() {
    // vietnews-train-015358 writes "Kinh tế và Văn hoá", vietnews-train-017140 "Kinh tế - Văn hoá"
    Article a =
        article(
            "Đang xác minh danh tính 6 công nhân Việt thiệt mạng ở Đài Loan",
            "Bộ Ngoại giao đang xác minh danh tính các nạn nhân người Việt.",
            "Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng dẫn thông tin từ Văn phòng"
                + " Kinh tế và Văn hoá Việt Nam tại Đài Bắc cho biết đó là vụ cháy nhà ở của công"
                + " nhân.");
    assertThat(a.organisations()).contains("Văn phòng Kinh tế - Văn hóa Việt Nam tại Đài Bắc");
  }
}
