package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Parties a signing clause does not name again, and parties listed after a noun that describes
 * them; each on a sentence from ../shared/corpus (article id in the comment).
 */
class ReferredPartiesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article body(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Tin tức", body, null));
  }

  @Test
  void theBodyThatReportsSignsWhenItsClauseHasNoSubject() {
    // vietnews-train-063801
    Article a =
        body(
            "Tối 9/7, Tập đoàn Vingroup cho biết vừa cùng Tập đoàn CAE (Canada) ký kết thoả thuận"
                + " hợp tác đào tạo phi công.");
    assertThat(a.parties()).containsExactly("Tập đoàn Vingroup", "Tập đoàn CAE");
  }

  @Test
  void aNounAndNayAfterAReportIsTheBodyThatReports() {
    // vietnews-train-066685
    Article a =
        body(
            "Tổng công ty Du lịch Hà Nội (Hanoi Tourist) cho biết, đơn vị này và Công ty Global"
                + " Consultant Network (Hàn Quốc) vừa ký thoả thuận thành lập liên doanh.");
    assertThat(a.parties())
        .containsExactly("Tổng công ty Du lịch Hà Nội", "Công ty Global Consultant Network");
  }

  @Test
  void aNounAndNayStandsOnlyForABodyWithThatHead() {
    // vietnews-train-061447 (tune half): "doanh nghiệp này" is a company, never the Cục named in
    // the sentence before
    Article a =
        body(
            "Ông Hanh là Cục trưởng Cục Kiểm soát hoạt động bảo vệ môi trường. Thời ông Hanh còn"
                + " đương chức, doanh nghiệp này đã ký hợp đồng kinh tế với nhiều đối tác.");
    assertThat(a.parties()).doesNotContain("Cục Kiểm soát hoạt động bảo vệ môi trường");
    // a company named in the sentence before
    Article b =
        body(
            "Công ty Cổ phần Rynan Technologies Việt Nam đã trình diễn đồng hồ nước thông minh. Sáng"
                + " 21-12, công ty này và Công ty cổ phần cấp nước Thủ Đức đã ký kết hợp tác.");
    assertThat(b.parties())
        .containsExactly(
            "Công ty Cổ phần Rynan Technologies Việt Nam", "Công ty cổ phần cấp nước Thủ Đức");
  }

  @Test
  void aNounAndNayReachesBackToTheLastBodyNamedWhenItHasThatHead() {
    // vietnews-train-084480: the agency is named five sentences before "Cơ quan này", and no
    // other body between
    Article a =
        body(
            "Ông Đặng Hoàng Hải, cục trưởng Cục Thương mại điện tử và kinh tế số, cho biết tình"
                + " trạng hàng giả ngày càng phức tạp. Nhiều chủ thể không có kho hàng. Trong khi"
                + " đó, chế tài xử lý vi phạm đã có nhưng thực thi có khó khăn. Ông Hải cho rằng đã"
                + " rà soát sản phẩm vi phạm trên website thường xuyên. Cơ quan này cũng đã tổ chức"
                + " lễ ký kết \"Nói không với hàng giả trên thương mại điện tử\" với 5 sàn lớn"
                + " nhất.");
    assertThat(a.parties()).containsExactly("Cục Thương mại điện tử");
    // vietnews-train-086109: a person reports, and the noun still stands for the agency
    Article b =
        body(
            "Ông Đặng Hoàng Hải, cục trưởng Cục Thương mại điện tử và kinh tế số, cho biết tình"
                + " trạng hàng giả ngày càng phức tạp. Để tăng cường chống hàng giả, ông Hải cho"
                + " biết cơ quan này đã tổ chức lễ ký kết với 5 sàn lớn nhất.");
    assertThat(b.parties()).containsExactly("Cục Thương mại điện tử");
    // a company named between: "cơ quan này" is no company, and reaches no farther
    Article c =
        body(
            "Ông Đặng Hoàng Hải, cục trưởng Cục Thương mại điện tử và kinh tế số, cho biết tình"
                + " trạng hàng giả ngày càng phức tạp. Nhiều chủ thể không có kho hàng. Công ty"
                + " Lazada từng rao bán cả vũ khí. Ông Hải cho rằng đã rà soát sản phẩm vi phạm."
                + " Cơ quan này cũng đã tổ chức lễ ký kết với 5 sàn lớn nhất.");
    assertThat(c.parties()).isEmpty();
  }

  @Test
  void aNounAndNayAfterACountIsNoOneBody() {
    // vietnews-train-063264: "các doanh nghiệp này" are several
    Article a =
        body(
            "Công ty Alibaba rao bán đất nền. Để lách luật, các doanh nghiệp này ký kết hợp đồng"
                + " dưới dạng hợp đồng đặt cọc với Công ty Bình Minh.");
    assertThat(a.parties()).doesNotContain("Công ty Alibaba");
  }

  @Test
  void theBodiesAfterAnExampleWordSign() {
    // vietnews-val-015870
    Article a =
        body(
            "Ngay tại hội nghị, Tổng cục Giáo dục nghề nghiệp đã đứng ra ký kết hợp tác với một loạt"
                + " cơ quan, tổ chức có liên quan như Hiệp hội doanh nghiệp nhỏ và vừa VN.");
    // "VN" after the association's name is the national body national.tsv lists
    assertThat(a.parties())
        .containsExactly(
            "Tổng cục Giáo dục nghề nghiệp", "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam");
    // but not the things a purpose lists: "để" starts another part of the clause
    Article b =
        body(
            "Sáng 3-10, Công ty Bình Minh đã ký hợp đồng với đối tác để triển khai các dự án như"
                + " Vinhomes Riverside.");
    assertThat(b.parties()).doesNotContain("Vinhomes Riverside");
  }

  @Test
  void theSellerOfAPurchaseSigns() {
    // vietnews-train-038592 (tune half)
    Article a =
        body(
            "Bộ Quốc phòng Qatar ngày 14/6 ký thoả thuận mua 36 chiến đấu cơ F-15 từ Mỹ với trị giá"
                + " 12 tỷ USD, theo Reuters.");
    assertThat(a.parties()).containsExactly("Bộ Quốc phòng Qatar", "Mỹ");
  }

  @Test
  void theReceiverOfASaleSigns() {
    // vietnews-train-036873 (tune half): the headline and the lead name one side before "ký", the
    // other after "cho" (to)
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Nga ký hợp đồng bán tên lửa S -400 cho Trung Quốc",
                "Nga đã ký thoả thuận bán tổ hợp phòng không S -400 tối tân cho Trung Quốc và dự"
                    + " kiến bàn giao sau năm 2018.",
                null));
    assertThat(a.parties()).containsExactly("Nga", "Trung Quốc");
    // a purchase and a sale together ("hợp đồng mua bán") read as a purchase: no receiver
    Article b =
        body(
            "Ngày 14/6, Nga ký hợp đồng mua bán tổ hợp phòng không S -400 tối tân cho Trung"
                + " Quốc.");
    assertThat(b.parties()).doesNotContain("Trung Quốc");
  }

  @Test
  void aBrandAfterADescribedHeadIsThatParty() {
    // vietnews-train-065349 (tune half)
    Article a =
        body(
            "Sáng 12/11, hợp đồng mua và bảo dưỡng động cơ cho 20 máy bay Airbus A321NEO được ký"
                + " kết giữa Tổng công ty Hàng không Việt Nam (Vietnam Airlines) và hãng sản xuất"
                + " động cơ máy bay của Mỹ Pratt & Whitney (PW).");
    assertThat(a.parties()).containsExactly("Tổng công ty Hàng không Việt Nam", "Pratt & Whitney");
    // vietnews-test-004742: a brand with its domain
    Article b =
        body(
            "Ngay tại sự kiện khởi nghiệp ở Bắc Kinh ngày 9-1, tập đoàn kỹ nghệ Fives đã ký thoả"
                + " thuận với hãng bán lẻ trực tuyến JD.com của Trung Quốc nhằm bán hàng.");
    assertThat(b.parties()).containsExactly("Tập đoàn Fives", "Hãng JD.com");
    // vietnews-train-063940: "công ty mẹ của X" describes the body before it; X does not sign
    Article c =
        body(
            "Ngày 6/3/2019 vừa qua, Tập đoàn Ajinomoto – công ty mẹ của Ajinomoto Việt Nam – đã ký"
                + " kết thoả thuận trở thành nhà tài trợ hạng cao nhất cho SEA Games.");
    assertThat(c.parties()).doesNotContain("Ajinomoto Việt Nam");
  }

  @Test
  void theyAfterAReportIsTheBodyThatReportsADayOrCungBetween() {
    // vietnews-val-012402: "họ" (they) after "Canada hôm 21/5 cho biết" is Canada; main took the
    // contract for a person's, with one side named
    Article they =
        body(
            "Canada hôm 21/5 cho biết họ đã ký hợp đồng trị giá 1,14 triệu USD với công ty vận tải"
                + " Pháp Bollare Logistics để vận chuyển về nước 69 container rác.");
    assertThat(they.parties()).containsExactly("Canada", "Bollare Logistics");
    // vietnews-test-004387: "cũng" between the body and its report
    Article also =
        body(
            "Ngày 18-10, JICA cũng cho biết vừa ký kết với Ban quản lý đường sắt đô thị TP biên"
                + " bản của dự án hợp tác kỹ thuật.");
    assertThat(also.parties()).contains("Cơ quan Hợp tác Quốc tế Nhật Bản");
    // a person who says "họ" is no body (vietnews-test-016801)
    Article person =
        body(
            "Bị hại khẳng định họ ký hợp đồng với Housing Group, không phải cá nhân bà Châu Thị"
                + " Thu Nga.");
    assertThat(person.parties()).doesNotContain("Housing Group");
  }

  @Test
  void nhaTruongIsTheSchoolTheStoryNames() {
    // probe p31-004: "nhà trường" (the school) two sentences after the school's name
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Học viên trường nghề được doanh nghiệp FDI đặt hàng từ năm nhất",
                "(Dân trí) - Không ít học sinh trường nghề ở Đồng Nai được doanh nghiệp nhận vào"
                    + " thực tập có lương ngay từ năm đầu.",
                "Tại xưởng cơ khí của Trường Cao đẳng Công nghệ quốc tế LILAMA 2 (huyện Long"
                    + " Thành, Đồng Nai), hơn 40 học viên đang thực hành hàn. Theo thầy Lê Văn"
                    + " Cường, mỗi năm trường có khoảng 90% học viên có việc làm.\nĐể mở rộng mô"
                    + " hình, sáng 18/4, nhà trường và Công ty TNHH Hyosung Việt Nam đã ký biên bản"
                    + " ghi nhớ về đào tạo, thực tập và tuyển dụng giai đoạn 2022-2025.",
                null));
    assertThat(a.parties())
        .containsExactly(
            "Trường Cao đẳng Công nghệ quốc tế LILAMA 2", "Công ty TNHH Hyosung Việt Nam");
  }
}
