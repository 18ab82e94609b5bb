package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A session of several documents ("hai bên đã ký kết nhiều văn kiện hợp tác", "chứng kiến lễ ký kết
 * các văn kiện"), then the documents told one by one in the next sentences, each with its own
 * sides: the bodies that sign them are the parties, not the two states that stood for them.
 */
class SigningSessionsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void theDocumentsToldOneByOneGiveTheirBodiesInsteadOfTheStates() {
    // probe heldout-13 p25-058: the ministers' memorandum names one body only ("Bộ trưởng Tài
    // nguyên Australia"), the passive and the "cũng trao" documents both of theirs
    Article a =
        article(
            "Việt Nam – Australia nâng cấp quan hệ, ký nhiều văn kiện quan trọng",
            "Báo Quốc tế - Ngày 7/3, tại Canberra, Thủ tướng Phạm Minh Chính và Thủ tướng"
                + " Australia Anthony Albanese đã hội đàm và ra Tuyên bố chung về nâng cấp quan hệ"
                + " lên Đối tác chiến lược toàn diện.",
            "Hai Thủ tướng nhất trí thúc đẩy hợp tác trong các lĩnh vực khoáng sản chiến lược,"
                + " chuyển đổi năng lượng, giáo dục và nông nghiệp.\nSau hội đàm, hai bên đã ký kết"
                + " nhiều văn kiện hợp tác. Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng"
                + " Tài nguyên Australia Madeleine King ký Bản ghi nhớ về hợp tác năng lượng và"
                + " khoáng sản. Bản ghi nhớ về hợp tác nông nghiệp được ký giữa Bộ Nông nghiệp và"
                + " Phát triển nông thôn Việt Nam và Bộ Nông nghiệp, Thủy sản và Lâm nghiệp"
                + " Australia.\nNgoài ra, Đại học Quốc gia Hà Nội và Đại học Quốc gia Australia"
                + " (ANU) cũng trao văn bản thỏa thuận hợp tác nghiên cứu về an ninh nguồn nước ở"
                + " Mê Kông.");
    assertThat(a.parties())
        .containsExactly(
            "Bộ Nông nghiệp và Phát triển nông thôn",
            "Bộ Nông nghiệp, Thủy sản và Lâm nghiệp Australia",
            "Đại học Quốc gia Hà Nội",
            "Đại học Quốc gia Australia");
  }

  @Test
  void oneFurtherDocumentKeepsTheStatesThatSign() {
    // vietnews-test-018345: the states sign their own agreements; one more contract is signed
    // besides them
    Article a =
        article(
            "Nga - Trung nhất trí dùng nội tệ giao dịch, giảm lệ thuộc USD",
            "Trong khuôn khổ chuyến thăm cấp nhà nước của ông Tập Cận Bình đến Nga, hai nhà "
                + "lãnh đạo đã ký kết thoả thuận sử dụng đồng tiền của hai nước trong hoạt động "
                + "giao thương.",
            "Theo đài RT (Nga), với thoả thuận nhất trí sử dụng đồng nội tệ của hai nước "
                + "trong các giao dịch thương mại song phương, có thể thấy rõ Nga và Trung Quốc "
                + "đang có thêm một động thái quan trọng nữa trong việc giảm lệ thuộc vào đồng USD "
                + "cũng như hệ thống thanh toán quốc tế mà Mỹ đang chi phối.\nĐây cũng chỉ là một "
                + "trong những thoả thuận quan trọng đạt được trong cuộc hội đàm thượng đỉnh giữa "
                + "Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình tại Matxcơva "
                + "ngày 5-6.\nTrong cuộc họp báo sau hội đàm, ông Putin khẳng định hai nước đã ký "
                + "kết những thoả thuận liên chính phủ về việc mở rộng sử dụng đồng nhân dân tệ và "
                + "đồng rúp (ruble) trong các hoạt động giao dịch tài chính giữa hai bên.\nTrước "
                + "đó, cũng trong ngày 5-6, một dự thảo sắc lệnh của Chính phủ Nga về hoạt động "
                + "thương mại sử dụng những đồng tiền nội tệ đã được phát đi.\nVăn kiện này nói rõ "
                + "Matxcơva và Bắc Kinh sẽ hợp tác trong việc phát triển các hệ thống thanh toán "
                + "quốc gia, cũng như thúc đẩy các dạng thức thanh toán xuyên biên giới với đồng "
                + "nội tệ và các loại tiền tệ khác.\nCũng trong cuộc gặp ngày 5-6, nhiều thoả thuận "
                + "lớn khác giữa hai nước đã được ký kết.\nTổng công ty Điện hạt nhân quốc gia Nga "
                + "Rosatom và Tổng công ty Điện hạt nhân quốc gia Trung Quốc cũng đã ký kết một hợp "
                + "đồng tổng quát về việc xây dựng các đơn vị thứ 3 và thứ 4 tại nhà máy điện hạt "
                + "nhân Xudapu ở đông bắc Trung Quốc.");
    assertThat(a.parties())
        .containsExactly(
            "Nga",
            "Trung Quốc",
            "Tổng công ty Điện hạt nhân quốc gia Nga Rosatom",
            "Tổng công ty Điện hạt nhân quốc gia Trung Quốc");
  }
}
