package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Names that main cut short where a syllable of a field is a stop word alone (branch ag-cuts-s17,
 * found on a random sample of the organisations of vietnews; the sentences here are written in the
 * shape the news writes, with other people and places).
 */
class CutNamesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article body(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Tin tức", body, null));
  }

  @Test
  void preventiveMedicineIsOneFieldNotTheVerbAttends() {
    assertThat(
            body("Bác sĩ Trần Văn Minh - Phó giám đốc Trung tâm Y tế dự phòng - cho biết nhiều"
                    + " mẫu nước giếng không đạt chuẩn.")
                .organisations())
        .contains("Trung tâm Y tế dự phòng")
        .doesNotContain("Trung tâm Y tế");
    assertThat(
            body("Bệnh viện đã phối hợp với Trung tâm Y tế dự phòng tỉnh Quảng Bình và Bệnh viện"
                    + " Đa khoa tỉnh xử lý ổ dịch.")
                .organisations())
        .contains("Trung tâm Y tế dự phòng tỉnh Quảng Bình");
    assertThat(
            body("Ông Lê Văn Hải, Cục trưởng Cục Y tế dự phòng, Bộ Y tế cho hay số ca bệnh giảm.")
                .organisations())
        .contains("Cục Y tế dự phòng", "Bộ Y tế");
    assertThat(body("Viện Y học dự phòng Quân đội vừa công bố kết quả.").organisations())
        .contains("Viện Y học dự phòng Quân đội");
  }

  @Test
  void provisionAloneIsStillAVerbAfterAName() {
    assertThat(
            body("Tổng công ty Điện lực miền Nam dự phòng nguồn điện cho mùa khô năm nay.")
                .organisations())
        .contains("Tổng công ty Điện lực miền Nam");
    assertThat(
            body("Công ty Cổ phần Thủy điện dự phòng 50 tỉ đồng cho rủi ro tỷ giá.")
                .organisations())
        .contains("Công ty Cổ phần Thủy điện")
        .noneMatch(n -> n.contains("dự phòng"));
  }

  @Test
  void aTelephoneNumberAfterTheNameIsNoWordOfIt() {
    assertThat(
            body("Người dân có thể gọi đến đường dây nóng của Trung tâm Y tế dự phòng 0912"
                    + " 345678 để được hướng dẫn.")
                .organisations())
        .contains("Trung tâm Y tế dự phòng")
        .noneMatch(n -> n.contains("0912"));
  }
}
