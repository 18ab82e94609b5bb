package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Whether a signing is the article's news or one it recalls, for five shapes of the tuning probes
 * (branch ag-detect2): a ceremony written "trong buổi lễ", a review of the earlier programme that
 * opens the sentence of the new one, a speaker who recalls a signing, teachers' employment
 * contracts and a company's "Corp." before a bracket; and the records of a fine or a handover,
 * which are signed but no agreement, and a ceremony cancelled.
 */
class ToldOrRecalledSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body));
  }

  @Test
  void aSigningInTheCeremonyTheStoryCoversIsNewsAtTheEndOfTheBody() {
    // probe p15-058: the head tells a laboratory's opening; the signing closes the body
    Article lab =
        story(
            "Đại học Bách khoa Hà Nội mở phòng thí nghiệm 5G",
            "Phòng thí nghiệm 5G đầu tiên tại một trường đại học Việt Nam vừa được khánh thành tại"
                + " Trường Đại học Bách khoa Hà Nội, với tổng kinh phí khoảng 20 tỷ đồng.",
            "Phòng thí nghiệm được trang bị hệ thống trạm phát thử nghiệm.\nCũng trong buổi lễ sáng"
                + " 14/10/2020, Trường Đại học Bách khoa Hà Nội và Tập đoàn Công nghiệp - Viễn thông"
                + " Quân đội (Viettel) đã ký kết hợp tác về nghiên cứu, đào tạo và chuyển giao công"
                + " nghệ giai đoạn 2020-2025.");
    assertThat(lab.parties())
        .containsExactly(
            "Trường Đại học Bách khoa Hà Nội", "Tập đoàn Công nghiệp - Viễn thông Quân đội");
    assertThat(lab.agreement().kind()).isEqualTo("hợp tác");
  }

  @Test
  void aReviewOfTheEarlierProgrammeOpeningTheSentenceLeavesTheNewOneNews() {
    // probe p16-029: "Trên cơ sở tổng kết chương trình ... 2019 - 2023," then the new signing
    Article review =
        story(
            "Quảng Ninh: Hai hội ký chương trình phối hợp mới vì người cao tuổi",
            "Trên cơ sở tổng kết chương trình phối hợp giai đoạn 2019 - 2023, ngày 19/1/2024 Hội"
                + " Cựu chiến binh tỉnh Quảng Ninh và Hội Người cao tuổi tỉnh đã ký chương trình"
                + " phối hợp giai đoạn 2024 - 2028.",
            "Chương trình mới tập trung vào phát triển câu lạc bộ liên thế hệ tự giúp nhau.");
    assertThat(review.parties())
        .containsExactly(
            "Hội Cựu chiến binh tỉnh Quảng Ninh", "Hội Người cao tuổi tỉnh Quảng Ninh");
    assertThat(review.agreement().kind()).isEqualTo("chương trình phối hợp");
    assertThat(review.agreement().period()).isEqualTo(new Article.Period(2024, 2028));
  }

  @Test
  void aSigningASpeakerRecallsIsNoNews() {
    // probe p16-038: an anniversary whose speakers recall the 2008 agreement
    Article anniversary =
        story(
            "Kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Nhật Bản",
            "Tối 21/9/2023, tại Hà Nội, Bộ Ngoại giao phối hợp Đại sứ quán Nhật Bản tổ chức lễ kỷ"
                + " niệm 50 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
            "Phát biểu tại buổi lễ, lãnh đạo hai nước nhắc lại dấu mốc hai bên ký Hiệp định Đối tác"
                + " Kinh tế Việt Nam - Nhật Bản năm 2008 và cùng tham gia Hiệp định CPTPP.");
    assertThat(anniversary.agreement()).isNull();
    // vietnews-train-034057's shape: a recollection of someone else's signing
    Article recollection =
        story(
            "Nga muốn bán vũ khí cho Qatar",
            "Đại sứ Nga tại Qatar cho biết hai nước đang thảo luận về hợp tác quân sự.",
            "Ông nhớ lại rằng trước đó Nga đã ký hợp đồng với Qatar để xuất khẩu một số loại vũ"
                + " khí.");
    assertThat(recollection.agreement()).isNull();
  }

  @Test
  void contractsWithTeachersAreEmploymentNotAnAgreement() {
    // probe p16-028: the title's and the body's contracts are a person's, as the lead's is
    Article teachers =
        story(
            "Hà Nội ký hợp đồng với hơn 1.000 giáo viên trước năm học mới",
            "Để giải quyết tình trạng thiếu giáo viên, UBND các phường, xã của Hà Nội đã ký hợp đồng"
                + " lao động với hơn 1.000 giáo viên mầm non, tiểu học trước thềm năm học 2025 -"
                + " 2026.",
            "Cô Nguyễn Thu Trang, giáo viên vừa ký hợp đồng với một trường mầm non ở phường Long"
                + " Biên, cho biết mức lương đủ để cô yên tâm gắn bó.");
    assertThat(teachers.agreement()).isNull();
    assertThat(teachers.parties()).isEmpty();
  }

  @Test
  void aCompanyAbbreviationBeforeABracketEndsNoSentence() {
    // probe p16-051: "Corp. (Nhật Bản) vừa ký" is one sentence with its subject
    Article venture =
        story(
            "Nam Long bắt tay đối tác Nhật phát triển khu đô thị 300 ha",
            "Công ty cổ phần Đầu tư Nam Long (HoSE: NLG) và Hankyu Hanshin Properties Corp. (Nhật"
                + " Bản) vừa ký hợp đồng liên doanh phát triển giai đoạn 2 khu đô thị Waterpoint"
                + " tại Long An.",
            "Phía Nhật Bản nắm 35% vốn liên doanh.");
    assertThat(venture.agreement()).isNotNull();
    assertThat(venture.agreement().kind()).isEqualTo("hợp đồng");
    assertThat(venture.parties()).contains("Hankyu Hanshin Properties Corp");
  }

  @Test
  void aFinesOrACertificatesRecordIsNoAgreement() {
    // vietnews-train-061283: an inspector signs a fine's record against a restaurant
    Article fine =
        story(
            "Doanh nghiệp \"chao đảo\" vì thông tin kiểm tra",
            "Nhiều doanh nghiệp thực phẩm bị ảnh hưởng sau các đợt kiểm tra.",
            "Mới đây, tại trụ sở đội Quản lý an toàn thực phẩm số 2, ông Phan Văn Quảng, Trưởng"
                + " đoàn kiểm tra cơm tấm Kiều Giang đã ký biên bản xử phạt vi phạm hành chính về"
                + " ATVSTP đối với cơ sở này.");
    assertThat(fine.agreement()).isNull();
    // vietnews-train-037316: a handover certificate, not the contract it delivers on
    Article handover =
        story(
            "Trung Quốc có thể sắp biên chế tổ hợp S -400 đầu tiên",
            "Trung Quốc đã nhận tổ hợp S -400 đầu tiên từ Nga.",
            "Lễ ký biên bản chứng nhận bàn giao hệ thống phòng không S -400 đầu tiên từ Nga diễn ra"
                + " hồi tuần trước.");
    assertThat(handover.agreement()).isNull();
  }

  @Test
  void aCeremonyCancelledOrThatDidNotTakePlaceIsNoSigning() {
    // vietnews-train-024494: the summit's signing was cancelled, in the title and in the lead
    Article cancelled =
        story(
            "Đàm phán Trump - Kim kéo dài, bữa trưa và lễ ký đều bị huỷ",
            "Cuộc đàm phán giữa hai bên kéo dài thêm 30-40 phút so với kế hoạch, bữa trưa và lễ ký"
                + " thoả thuận chung như dự định sau đó đều không diễn ra.",
            "Theo lịch trình, sau cuộc gặp, hai nhà lãnh đạo sẽ có buổi ăn trưa làm việc và cùng"
                + " nhau ký kết một thoả thuận chung.");
    assertThat(cancelled.agreement()).isNull();
  }
}
