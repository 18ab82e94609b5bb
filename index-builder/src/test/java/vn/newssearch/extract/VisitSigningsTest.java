package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * The documents of a visit, told in the story of the visit without the usual "vừa ký" or "lễ ký
 * kết": the two sides count them ("hai bên ký nhiều văn bản", "hai nước còn ký kết nhiều văn
 * kiện"), or the leaders watch the representatives sign them ("chứng kiến đại diện hai nước ký 9
 * văn kiện"). Each sentence is a corpus article's (id in the comment), with the counterpart the
 * same rule must keep apart. Branch ag-detect3.
 */
class VisitSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body, String... captions) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body, captions));
  }

  @Test
  void theLeadersWatchTheRepresentativesOfTheTwoStatesSign() {
    // vietnews-val-010655: the leaders' talks; "chứng kiến" is four words before the verb
    String title = "Tổng thống Ai Cập trông chờ chân trời mới trong hợp tác với Việt Nam";
    String lead =
        "Tổng thống Ai Cập nhấn mạnh nước này coi trọng tăng cường hợp tác với Việt Nam, đặc biệt"
            + " là trong lĩnh vực kinh tế.";
    String signing =
        "Chủ tịch nước Trần Đại Quang và Tổng thống Ai Cập đã chứng kiến đại diện hai nước ký 9 văn"
            + " kiện hợp tác về thương mại, đầu tư, du lịch, trong đó có Biên bản ghi nhớ về hợp tác"
            + " giữa Bộ Kế hoạch và Đầu tư Việt Nam và Cơ quan quản lý kênh đào Suez của Ai Cập.";
    Article visit = story(title, lead, signing);
    assertThat(visit.agreement()).isNotNull();
    assertThat(visit.parties()).contains("Bộ Kế hoạch và Đầu tư");
    // what the leaders watch is the representatives' signing, not a signing they talk about
    String talk =
        "Chủ tịch nước Trần Đại Quang và Tổng thống Ai Cập đã thảo luận các văn kiện hợp tác mà"
            + " đại diện hai nước ký.";
    assertThat(story(title, lead, talk).agreement()).isNull();
  }

  @Test
  void theTwoSidesSignSeveralPapersDuringTheVisit() {
    // vietnews-val-008665: "văn bản" alone is a person's paper; counted, with "hai bên" as the
    // subject, it is the visit's documents
    String title = "Tổng bí thư trao tặng Chủ tịch Cuba Huân chương Sao vàng";
    String lead =
        "Tổng bí thư Nguyễn Phú Trọng trao Huân chương Sao vàng cho Chủ tịch Raul Castro vì những"
            + " đóng góp trong việc phát triển quan hệ giữa hai nước.";
    String visit =
        "Tổng bí thư Đảng Cộng sản Việt Nam có chuyến thăm chính thức cấp nhà nước đến Cuba từ"
            + " ngày 28 đến 31/3.\n";
    String signing =
        "Trong khuôn khổ chuyến thăm, hai bên ký nhiều văn bản, trong đó có thoả thuận trao đổi"
            + " hợp tác giữa hai Đảng Cộng sản giai đoạn 2018 - 2023.";
    assertThat(story(title, lead, visit + signing).agreement()).isNotNull();
    // one person signing many papers is no agreement
    String papers =
        "Trong khuôn khổ chuyến thăm, Tổng bí thư ký nhiều văn bản gửi các cơ quan trong nước.";
    assertThat(story(title, lead, visit + papers).agreement()).isNull();
  }

  @Test
  void theTwoStatesAlsoSignTheVisitsDocumentsAfterACaptionLine() {
    // vietnews-train-051447: the body opens with its photo's caption and tells the visit in the
    // next paragraph; "còn" (also) adds the signing to the visit's facts
    String title = "Việt Nam, Trung Quốc nhất trí kiểm soát bất đồng trên biển, tăng cường hợp tác";
    String lead =
        "Việt Nam và Trung Quốc nhất trí kiểm soát bất đồng trên biển, đồng thời tăng cường hợp"
            + " tác trên các lĩnh vực như ngoại giao, quốc phòng, an ninh và hành pháp.";
    String caption = "Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch Trung Quốc Tập Cận Bình.\n";
    String visit =
        "Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc trong thời gian từ ngày 12 đến"
            + " 15/1 theo lời mời từ Chủ tịch Trung Quốc Tập Cận Bình.\n";
    String signing =
        "Trong thời gian chuyến thăm của Tổng Bí thư Nguyễn Phú Trọng, hai nước còn ký kết nhiều"
            + " văn kiện hợp tác.";
    Article both = story(title, lead, caption + visit + signing, caption.strip());
    assertThat(both.parties()).containsExactlyInAnyOrder("Việt Nam", "Trung Quốc");
    // with no visit in the head or the body's first two paragraphs, the count is no news
    String other = "Hai nước có quan hệ láng giềng lâu đời.\n";
    assertThat(story(title, lead, caption + other + signing, caption.strip()).agreement()).isNull();
  }
}
