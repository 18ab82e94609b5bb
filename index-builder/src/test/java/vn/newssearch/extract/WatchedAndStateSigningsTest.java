package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signings told in a shape the verb's words had misread: a signing the leaders watch ("chứng kiến
 * việc ký kết"), and one state signing a treaty of many for itself ("thay mặt nhà nước Việt Nam ...
 * ký Hiệp ước"); and a signing set months before the story's event ("gần 14 tháng sau khi được ký
 * kết"). Each sentence is a corpus article's or a tuning probe's (id in the comment), with the
 * counterpart the same rule must keep apart. Branch ag-detect4.
 */
class WatchedAndStateSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body));
  }

  @Test
  void aSigningTheLeadersWatchHappens() {
    // vietnews-train-101429: "việc" after "chứng kiến" is the watched act, not a topic
    String title = "TP HCM liên kết phát triển với ba tỉnh Đồng Tháp Mười";
    String lead =
        "Đồng Tháp – Tiền Giang – Long An cùng TP HCM xây dựng vùng \"đất ngập nước\" thành trung"
            + " tâm du lịch sinh thái, vùng nông nghiệp công nghệ cao…";
    String meeting =
        "Ngày 21/10, tại TP Cao Lãnh, lãnh đạo TP HCM làm việc với đại diện các tỉnh Đồng Tháp,"
            + " Long An và Tiền Giang về Đề án liên kết phát triển kinh tế - xã hội tiểu vùng Đồng"
            + " Tháp Mười.\n";
    String watched =
        "Phó thủ tướng thường trực Trương Hoà Bình cùng lãnh đạo các tỉnh thành chứng kiến việc ký"
            + " kết hợp tác phát triển du lịch vùng Đồng Tháp Mười.";
    Article signed = story(title, lead, meeting + watched);
    assertThat(signed.agreement()).isNotNull();
    assertThat(signed.agreement().place()).isEqualTo("Đồng Tháp");
    // vietnews-train-047390: a watch the programme plans ("sẽ") stays a plan
    String planned =
        "Phó thủ tướng thường trực Trương Hoà Bình sẽ cùng lãnh đạo các tỉnh thành chứng kiến việc"
            + " ký kết hợp tác phát triển du lịch vùng Đồng Tháp Mười.";
    assertThat(story(title, lead, meeting + planned).agreement()).isNull();
  }

  @Test
  void aStateSignsATreatyOfManyForItself() {
    // vietnews-train-045666: the state is the party, not the minister's ministry
    String title = "Việt Nam ký Hiệp ước Cấm vũ khí hạt nhân";
    String lead =
        "Việt Nam trở thành một trong hơn 50 nước ký hiệp ước đầu tiên trên thế giới có tính ràng"
            + " buộc pháp lý về việc cấm vũ khí hạt nhân.";
    String signing =
        "Thay mặt nhà nước Việt Nam, Phó thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh hôm 22/9"
            + " ký Hiệp ước Cấm vũ khí hạt nhân tại Trụ sở Liên Hợp Quốc, theo thông cáo của Bộ"
            + " Ngoại giao.";
    Article signed = story(title, lead, signing);
    assertThat(signed.agreement()).isNotNull();
    assertThat(signed.parties()).containsExactly("Việt Nam");
    assertThat(signed.signatories())
        .extracting(Article.Signatory::party)
        .containsExactly("Việt Nam");
    // vietnews-train-025905: the same signing told aside in a story of the Nobel prize
    String nobel = "Giải Nobel Hoà bình trao cho nỗ lực ngăn chặn vũ khí hạt nhân";
    String prize =
        "Giải thưởng Nobel Hoà bình vẫn luôn là một vinh dự cho người thắng giải bởi tính chất vì"
            + " nhân loại của nó.";
    String aside =
        "Hôm 22-9 vừa qua, theo thông cáo của Bộ Ngoại giao VN, thay mặt nhà nước Việt Nam, Phó"
            + " thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã ký Hiệp ước Cấm vũ khí hạt nhân"
            + " tại trụ sở Liên Hợp Quốc ở New York (Mỹ) nhân kỳ họp đại hội đồng của LHQ.";
    assertThat(story(nobel, prize, aside).agreement()).isNull();
  }

  @Test
  void aSpanOfMonthsAfterTheSigningSetsItEarlier() {
    // probe p28-054: the agreement comes into force "gần 14 tháng sau khi được ký kết"
    String title = "EVFTA có hiệu lực: doanh nghiệp Việt kỳ vọng gì?";
    String lead =
        "Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA) chính thức có hiệu"
            + " lực từ ngày 1/8/2020, gần 14 tháng sau khi được ký kết tại Hà Nội.";
    String body =
        "Theo cam kết, ngay khi hiệp định có hiệu lực, EU xóa bỏ thuế nhập khẩu đối với khoảng"
            + " 85,6% số dòng thuế.";
    assertThat(story(title, lead, body).agreement()).isNull();
  }
}
