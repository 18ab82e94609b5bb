package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One head written once before several provinces ("Sở Tài chính Cần Thơ, Hậu Giang và Sóc Trăng",
 * "Cảng vụ hàng hải A, B, C và ..."): the body of each province. The shape was found on real news
 * from other sites; the sentences here are written for the test.
 */
class SharedHeadPlacesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> names(String text) {
    return ScannedNames.of(GAZETTEER, text);
  }

  @Test
  void aProvincialHeadBeforeSeveralProvincesIsThatBodyOfEach() {
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Ba địa phương hợp tác về ngân sách",
                "Sáng 5/3, Sở Tài chính Cần Thơ, Hậu Giang và Sóc Trăng đã ký kết quy chế phối"
                    + " hợp giai đoạn 2024-2026."))
        .containsExactly(
            "Sở Tài chính thành phố Cần Thơ",
            "Sở Tài chính tỉnh Hậu Giang",
            "Sở Tài chính tỉnh Sóc Trăng");
  }

  @Test
  void aNamedBodyEndingWithAProvinceGoesOnToTheProvincesAfterIt() {
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Ký quy chế phối hợp tìm kiếm cứu nạn",
                "Ngày 12/6, Cảng vụ hàng hải Đà Nẵng, Quảng Ngãi, Bình Định và Bộ Tư lệnh Vùng Cảnh"
                    + " sát biển 2 đã ký quy chế phối hợp về tìm kiếm cứu nạn."))
        .contains(
            "Cảng vụ hàng hải Đà Nẵng",
            "Cảng vụ hàng hải Quảng Ngãi",
            "Cảng vụ hàng hải Bình Định",
            "Bộ Tư lệnh Vùng Cảnh sát biển 2")
        .doesNotContain("tỉnh Quảng Ngãi", "tỉnh Bình Định");
  }

  @Test
  void aSeatOrAnotherClausesProvinceIsNoListOfBodies() {
    // the province named twice: the body's seat
    assertThat(names("Bệnh viện Đa khoa Phú Yên, tỉnh Phú Yên tiếp nhận hai bệnh nhân."))
        .noneMatch(n -> n.startsWith("Bệnh viện") && n.endsWith("tỉnh Phú Yên"));
    // "tỉnh" after a province written bare opens another clause
    assertThat(
            names(
                "Theo Sở Giáo dục và Đào tạo Đà Nẵng, tỉnh Quảng Nam có khoảng 20.000 thí sinh dự"
                    + " thi."))
        .doesNotContain("Sở Giáo dục và Đào tạo tỉnh Quảng Nam");
  }
}
