package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's departments ("Phòng Nội vụ huyện Vĩnh Bảo") and the provincial police's departments
 * ("Phòng CSGT Công an tỉnh Hà Nam") are bodies; "Phòng" alone (a room, a Chinese city) is none.
 * Sentences from ../shared/corpus and the Dân trí reading (article id before each).
 */
class DistrictDepartmentsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> names(String text) {
    return ScannedNames.of(GAZETTEER, text);
  }

  @Test
  void aProvincialCitysDepartmentIsNamedByTheCity() {
    // dantri-news_education_040 (eval/agreements/dantri-40.md #35)
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Hợp tác đào tạo nghề",
                "Trong khuôn khổ Hội nghị, Phòng Giáo dục và Đào tạo thành phố Huế và trường Cao"
                    + " đẳng Công nghiệp Huế đã ký kết biên bản ghi nhớ hợp tác toàn diện giai"
                    + " đoạn 2021 - 2025."))
        .contains("Phòng Giáo dục và Đào tạo thành phố Huế", "Trường Cao đẳng Công nghiệp Huế");
    // vietnews-train-071866
    assertThat(
            names(
                "Ngày 1/7, thông tin từ Phòng Giáo dục & Đào tạo TP. Thanh Hoá, Chủ tịch UBND thành"
                    + " phố này vừa ký các quyết định kỷ luật."))
        .contains("Phòng Giáo dục và Đào tạo thành phố Thanh Hóa");
  }

  @Test
  void aDistrictsDepartmentOfItsFieldIsABody() {
    // vietnews-train-016624
    assertThat(
            names(
                "Phòng Nội vụ huyện Vĩnh Bảo cũng khẳng định việc ông Tốt nghỉ việc hoàn toàn"
                    + " không liên quan đến kỷ luật."))
        .containsExactly("Phòng Nội vụ huyện Vĩnh Bảo");
  }

  @Test
  void aPoliceDepartmentIsNamedWithItsPolice() {
    // vietnews-train-014058
    assertThat(
            names(
                "Phòng CSGT Công an tỉnh Hà Nam cho biết vụ tai nạn giao thông đường sắt xảy ra"
                    + " khoảng 14h ngày 23-2."))
        .containsExactly("Phòng Cảnh sát giao thông Công an tỉnh Hà Nam");
  }

  @Test
  void aRoomOrACityCalledPhongIsNoBody() {
    // vietnews-train-022016, vietnews-test-014233
    assertThat(
            names(
                "Thoả thuận được ký tại Phòng Bầu dục của Nhà Trắng giữa Bộ trưởng Nội vụ Enrique"
                    + " Degenhart của Guatemala và quyền Bộ trưởng An ninh Nội địa Mỹ."))
        .noneMatch(n -> n.startsWith("Phòng"));
    assertThat(
            names(
                "Cụ thể, Công ty đã ký hợp đồng xuất khẩu với Công ty Hữu Hạn thương mại Phú Bang"
                    + " thành phố Cảng Phòng Thành, Trung Quốc."))
        .noneMatch(n -> n.startsWith("Phòng"));
  }
}
