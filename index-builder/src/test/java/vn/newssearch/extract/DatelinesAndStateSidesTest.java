package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Where a story was filed is no side, a state beside the body that signs for it is that body, and
 * an agreement between governments is theirs whoever signs it.
 */
class DatelinesAndStateSidesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void aWireDatelineAbroadIsNoSideThoughItsCityReadsAsAState() {
    // probe p38-010 (heldout-26): "Seoul" is read as "Hàn Quốc", which the headline's short side
    // had matched; the lead's two ministries sign
    Article a =
        article(
            "Bộ LĐ-TB&XH và Hàn Quốc ký bản ghi nhớ đưa lao động sang làm việc",
            "Seoul, 16/8 (TTXVN) - Bộ Lao động - Thương binh và Xã hội Việt Nam và Bộ Việc làm và"
                + " Lao động Hàn Quốc ngày 16/8 đã ký Bản ghi nhớ về việc phái cử và tiếp nhận lao"
                + " động Việt Nam sang làm việc tại Hàn Quốc theo Chương trình cấp phép việc làm"
                + " (EPS).",
            "Bộ trưởng Đào Ngọc Dung và Bộ trưởng Bộ Việc làm và Lao động Hàn Quốc Lee Jung-sik ký"
                + " bản ghi nhớ.");
    assertThat(a.parties())
        .containsExactly("Bộ Lao động - Thương binh và Xã hội", "Bộ Việc làm và Lao động Hàn Quốc");
  }

  @Test
  void aPapersLongerNameInTheDatelineBracketStillMakesADateline() {
    // probe p38-025: "(Kinh tế & Đô thị)" is longer than an agency's initials
    Article a =
        article(
            "Sở GD&ĐT Hà Nội ký kết với Hội đồng Anh",
            "Hà Nội, 17/8 (Kinh tế & Đô thị) - Sở Giáo dục và Đào tạo Hà Nội và Hội đồng Anh tại"
                + " Việt Nam chiều 17/8 ký Biên bản ghi nhớ về nâng cao năng lực tiếng Anh cho giáo"
                + " viên phổ thông.",
            "Chương trình dự kiến triển khai tại 50 trường trung học phổ thông.");
    assertThat(a.parties()).doesNotContain("Hà Nội").contains("Hội đồng Anh");
  }

  @Test
  void aPlaceThenADashAndItsDayIsAPapersDateline() {
    // probe p37-008 (heldout-25); vietnews-train-062646 opens "Hà Nội - Ngày 12/04/2017, ..."
    Article a =
        article(
            "Lào Cai hợp tác với Plan International bảo vệ trẻ em vùng cao",
            "Lào Cai - Ngày 4/10, Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Lào Cai và Tổ"
                + " chức Plan International đã ký biên bản ghi nhớ về dự án bảo vệ trẻ em giai đoạn"
                + " 2018 - 2022.",
            "Dự án có tổng kinh phí hơn 32 tỷ đồng, do Plan International tài trợ.");
    assertThat(a.parties())
        .containsExactly(
            "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai", "Tổ chức Plan International");
  }

  @Test
  void aStateBesideItsGovernmentIsTheGovernment() {
    // vietnews-train-059787 ("Việt Nam - Trung Quốc ký kết 12 văn kiện hợp tác", "Bản ghi nhớ giữa
    // chính phủ Việt Nam và Trung Quốc ...") and probe p38-045: one side, named twice
    Article a =
        article(
            "Việt Nam - Lào ký 10 văn kiện hợp tác",
            "Ngay sau hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã"
                + " chứng kiến lễ ký 10 văn kiện hợp tác giữa hai nước.",
            "Trong đó có Hiệp định hợp tác song phương giai đoạn 2024 - 2028 giữa Chính phủ Việt Nam"
                + " và Chính phủ Lào; Bản ghi nhớ hợp tác giữa Bộ Kế hoạch và Đầu tư và Bộ Kế hoạch"
                + " và Đầu tư Lào.");
    assertThat(a.parties()).contains("Chính phủ Việt Nam").doesNotContain("Việt Nam");
  }

  @Test
  void aStateThatSignsBesideAnotherDocumentsMinistryStaysASide() {
    // vietnews-train-035629: "Bản ghi nhớ giữa chính phủ Việt Nam và Hà Lan ..." and a Dutch
    // ministry's letter of intent at the same event: Hà Lan signs for its government
    Article a =
        article(
            "Việt Nam - Hà Lan nâng quan hệ lên Đối tác toàn diện",
            "Hai thủ tướng đã chứng kiến lễ ký kết một số văn bản hợp tác giữa hai bên, gồm Bản ghi"
                + " nhớ giữa chính phủ Việt Nam và Hà Lan về hợp tác chuyển đổi nông nghiệp tại đồng"
                + " bằng sông Cửu Long; Ý định thư giữa Bộ Tài nguyên và Môi trường và Bộ Cơ sở hạ"
                + " tầng và Quản lý nước Hà Lan.",
            "Hai bên nhất trí thúc đẩy hợp tác.");
    assertThat(a.parties()).contains("Hà Lan");
  }

  @Test
  void ministersSigningAnAgreementBetweenGovernmentsSignForTheGovernments() {
    // the ministers' titles name their ministries; the agreement names its sides, the governments,
    // after "giữa", past a comma of its own name too
    Article a =
        article(
            "Việt Nam - Campuchia ký Hiệp định hợp tác văn hóa",
            "Tối 5/6, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn A và Bộ trưởng Bộ Văn"
                + " hóa và Nghệ thuật Campuchia B đã ký Hiệp định về hợp tác văn hóa, nghệ thuật và"
                + " du lịch giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ Vương quốc Campuchia.",
            "Hai bên nhất trí thúc đẩy hợp tác.");
    assertThat(a.parties()).containsExactly("Chính phủ Việt Nam", "Chính phủ Campuchia");
    Article tax =
        article(
            "",
            "Ngày 8/11, Bộ trưởng Bộ Tài chính Hồ Văn C và Đại sứ Nhật Bản tại Việt Nam đã ký Hiệp"
                + " định giữa Chính phủ Việt Nam và Chính phủ Nhật Bản về tránh đánh thuế hai lần.",
            "Hai bên nhất trí thúc đẩy hợp tác.");
    assertThat(tax.parties()).containsExactly("Chính phủ Việt Nam", "Chính phủ Nhật Bản");
  }
}
