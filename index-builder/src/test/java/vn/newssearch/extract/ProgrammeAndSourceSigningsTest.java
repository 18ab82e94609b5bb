package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A visit's programme told with "sau đó" before a planning sentence, and the source a "Theo ..."
 * opening cites (branch ag-precision, from the WRONG rows of eval/agreements/judged-50j.md;
 * docs/agreements.md "Signings"). Each sentence is a corpus article's (id in the comment), with the
 * counterpart the same rule must keep apart.
 */
class ProgrammeAndSourceSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body));
  }

  private static final String ARRIVAL_TITLE = "Thủ tướng Nhật và phu nhân đến Hà Nội";

  private static final String ARRIVAL_LEAD =
      "Thủ tướng Nhật Bản Shinzo Abe chiều nay tới thủ đô Hà Nội, bắt đầu chuyến thăm chính thức"
          + " Việt Nam trong hai ngày.";

  private static final String ARRIVAL_DAY =
      "Phi cơ chở Thủ tướng Nhật Bản Shinzo Abe cùng phu nhân hạ cánh xuống sân bay Nội Bài, Hà"
          + " Nội, vào 13h10 hôm nay.\nLễ đón chính thức Thủ tướng Abe diễn ra tại Phủ Chủ tịch.\n";

  @Test
  void aSigningThenWitnessedBeforeAPlanningSentenceIsTheVisitsProgramme() {
    // vietnews-test-007686: written on the arrival; the next sentence plans ("sẽ chào xã giao")
    Article arrival =
        story(
            ARRIVAL_TITLE,
            ARRIVAL_LEAD,
            ARRIVAL_DAY
                + "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Abe sau đó hội đàm, chứng kiến lễ ký kết"
                + " văn kiện giữa đại diện hai nước.\nThủ tướng Abe sẽ chào xã giao Tổng Bí thư"
                + " Nguyễn Phú Trọng, Chủ tịch nước Trần Đại Quang.");
    assertThat(arrival.agreement()).isNull();
    assertThat(arrival.parties()).isEmpty();
    // the same sentence told as done ("đã") stays news
    Article done =
        story(
            ARRIVAL_TITLE,
            ARRIVAL_LEAD,
            ARRIVAL_DAY
                + "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Abe sau đó đã hội đàm, chứng kiến lễ ký"
                + " kết văn kiện giữa đại diện hai nước.\nThủ tướng Abe sẽ chào xã giao Tổng Bí thư"
                + " Nguyễn Phú Trọng, Chủ tịch nước Trần Đại Quang.");
    assertThat(done.agreement()).isNotNull();
  }

  @Test
  void aSigningThenWitnessedWithNoPlanAfterItStaysNews() {
    // vietnews-val-011666: the press conference's story ends with the signing; nothing planned
    Article closing =
        story(
            "Tổng thống Hàn Quốc cảm ơn Việt Nam ủng hộ chính sách ở bán đảo Triều Tiên",
            "Tổng thống Moon Jae - in bày tỏ tình cảm đặc biệt với Việt Nam, khẳng định quyết tâm"
                + " tăng cường hợp tác song phương.",
            "Hai nhà lãnh đạo cùng chủ trì họp báo sau cuộc hội đàm, nhân chuyến thăm cấp Nhà nước"
                + " tới Việt Nam của Tổng thống Hàn Quốc Moon Jae - in.\nCác nhà lãnh đạo sau đó"
                + " chứng kiến lễ ký kết các Bản ghi nhớ hợp tác (MOU) về Chương trình hành động"
                + " trong hợp tác thương mại giai đoạn 2018-2020, hợp tác công nghiệp hỗ trợ.");
    assertThat(closing.agreement()).isNotNull();
  }

  @Test
  void anOpeningSauDoBeforeTheDaysPlanIsAProgrammeToo() {
    // vietnews-train-039834: the welcome's story; "Ông Moon hôm nay dự kiến ..." follows
    Article welcome =
        story(
            "Chủ tịch nước chủ trì lễ đón chính thức Tổng thống Hàn Quốc",
            "Lễ đón chính thức Tổng thống Hàn Quốc Moon Jae - in sáng nay diễn ra tại Phủ Chủ tịch"
                + " dưới sự chủ trì của Chủ tịch nước Trần Đại Quang.",
            "Lễ đón diễn ra sau khi Tổng thống Hàn Quốc Moon Jae - in chiều qua đến Hà Nội, bắt đầu"
                + " chuyến thăm cấp Nhà nước tới Việt Nam kéo dài tới ngày 24/3.\nSau đó, Tổng thống"
                + " Hàn Quốc Moon Jae - in hội đàm với Chủ tịch nước Trần Đại Quang, chứng kiến các"
                + " lễ ký kết văn kiện quan trọng và gặp gỡ báo chí.\nÔng Moon hôm nay dự kiến chào"
                + " xã giao Tổng bí thư Nguyễn Phú Trọng.");
    assertThat(welcome.agreement()).isNull();
  }

  @Test
  void theBodyATheoOpeningCitesIsTheSourceNotASigner() {
    // vietnews-test-020757: the ministry tells the news; its department signs
    Article cited =
        story(
            "Cục Hàng không thuê tư vấn Pháp lập quy hoạch sân bay Tân Sơn Nhất",
            "Công ty tư vấn ADPi (Pháp) sẽ rà soát các quy hoạch cũ của sân bay Tân Sơn Nhất và đề"
                + " xuất phương án hợp lý.",
            "Theo một lãnh đạo Bộ Giao thông, Cục Hàng không vừa ký hợp đồng với Công ty tư vấn"
                + " ADPi Engineering của Pháp để rà soát, nghiên cứu quy hoạch sân bay Tân Sơn"
                + " Nhất.");
    assertThat(cited.parties())
        .contains("Công ty tư vấn ADPi Engineering")
        .doesNotContain("Bộ Giao thông vận tải");
  }

  @Test
  void aSourceOfficeOfTheProvinceIsNotTheProvinceThatSigns() {
    // the shape of web-t r2-035, sentences written for the test: the province's office tells the
    // news ("Theo ..."), the province signs; it is no body of the province that signs for it
    Article told =
        story(
            "Hợp tác y tế tại Bình Định",
            "Theo Văn phòng UBND tỉnh Bình Định chiều 3/5, Viện Pasteur Nha Trang và tỉnh Bình Định"
                + " đã ký kết thỏa thuận hợp tác về y tế dự phòng.",
            "Thỏa thuận có hiệu lực trong ba năm.");
    assertThat(told.parties())
        .contains("tỉnh Bình Định")
        .doesNotContain("Văn phòng UBND tỉnh Bình Định");
    // the province's committee named as a side of the sentence, not cited, still signs for it
    Article signs =
        story(
            "Hợp tác y tế tại Bình Định",
            "Chiều 3/5, UBND tỉnh Bình Định và Viện Pasteur Nha Trang ký kết thỏa thuận hợp tác; Viện"
                + " Pasteur Nha Trang và tỉnh Bình Định sẽ phối hợp về y tế dự phòng.",
            "Thỏa thuận có hiệu lực trong ba năm.");
    assertThat(signs.parties()).contains("Ủy ban nhân dân tỉnh Bình Định");
  }

  @Test
  void aSourceThatSignsUnderItsShortNameStaysASigner() {
    // vietnews-test-004406: the company tells its own signing, named again short as the subject
    Article own =
        story(
            "MobiFone chính thức chấm dứt dự án mua cổ phần AVG",
            "Tổng công ty Viễn thông MobiFone đã chính thức ký thoả thuận huỷ bỏ, chấm dứt và thanh"
                + " lý giao dịch mua bán cổ phần tại Công ty cổ phần Nghe nhìn Toàn cầu (AVG).",
            "Theo thông tin từ Tổng công ty Viễn thông MobiFone, ngày 18-12, MobiFone và AVG đã ký"
                + " thoả thuận huỷ bỏ, chấm dứt và thanh lý giao dịch mua bán cổ phần của MobiFone"
                + " tại AVG.");
    assertThat(own.parties()).contains("Tổng công ty Viễn thông MobiFone");
  }

  @Test
  void aReportersSourceBeforeTheDayAndPlaceLeavesTheSigningNews() {
    // "Theo đặc phái viên TTXVN," (web-t r3-033): the source closed by its comma, then the day, the
    // place and the ceremony; "Theo thỏa thuận hợp tác," still recalls what was agreed before
    String body =
        ", chiều 5/3, tại thủ đô Viêng Chăn, sau hội đàm, hai Bộ trưởng đã chứng kiến lễ ký bản"
            + " ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.";
    Article told = story("Hợp tác y tế Việt - Lào", "Theo đặc phái viên TTXVN" + body, "");
    assertThat(told.parties()).containsExactly("Bộ Y tế", "Bộ Y tế Lào");
    Article agreed = story("Hợp tác y tế Việt - Lào", "Theo thỏa thuận hợp tác" + body, "");
    assertThat(agreed.parties()).isEmpty();
  }
}
