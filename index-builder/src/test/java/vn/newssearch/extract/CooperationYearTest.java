package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * "năm 2019" right after a cooperation document ("văn bản hợp tác năm 2019", "biên bản ghi nhớ về
 * hợp tác năm 2018") names the year the cooperation runs, when the story writes no later year; an
 * earlier year there is still the year of an earlier signing.
 */
class CooperationYearTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body, String... captions) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body, captions));
  }

  @Test
  void theYearOfACooperationSignedAtTheStorysTalksIsItsTerm() {
    // vietnews-test-015389: the spring talks of 2019 end with the year's cooperation documents
    Article talks =
        story(
            "Việt Nam - Quảng Tây chung tay giải quyết vấn đề ùn tắc nông sản",
            "Tại buổi họp, lãnh đạo tỉnh Quảng Tây (Trung Quốc) cho biết, Quảng Tây sẽ cùng các tỉnh"
                + " của Việt Nam chung tay giải quyết vấn đề hàng hoá.",
            "Sáng nay (22/3), tại thành phố Lạng Sơn đã diễn ra chương trình hội đàm đầu xuân năm"
                + " 2019 giữa Bí thư tỉnh uỷ các tỉnh Lạng Sơn, Quảng Ninh, Cao Bằng, Hà Giang (Việt"
                + " Nam) và Bí thư khu uỷ khu tự trị dân tộc Choang, Quảng Tây (Trung Quốc).\n"
                + "Kết thúc chương trình, đại diện 4 tỉnh Lạng Sơn, Quảng Ninh, Cao Bằng, Hà Giang cùng"
                + " với đại diện tỉnh Quảng Tây đã thống nhất về việc kí kết 7 văn bản hợp tác năm"
                + " 2019.",
            "Đại diện các bên kí kết văn bản hợp tác năm 2019.");
    assertThat(talks.agreement()).isNotNull();
    assertThat(talks.agreement().place()).isEqualTo("Lạng Sơn");
  }

  @Test
  void anEarlierYearAfterTheCooperationIsWhenItWasSigned() {
    // vietnews-train-102753: the 2012 agreement recalled at talks of a later year
    Article recalled =
        story(
            "Thủ tướng tiếp Bộ trưởng Quốc phòng",
            "Chiều 15/10, Thủ tướng tiếp Bộ trưởng Quốc phòng nước bạn sang thăm Việt Nam năm 2018.",
            "Thủ tướng hoan nghênh kết quả hội đàm giữa hai bên, đồng thời đánh giá cao kết quả hợp"
                + " tác thời gian qua giữa hai Bộ Quốc phòng, đặc biệt là sau khi hai bên ký thoả"
                + " thuận hợp tác năm 2012.");
    assertThat(recalled.agreement()).isNull();
  }
}
