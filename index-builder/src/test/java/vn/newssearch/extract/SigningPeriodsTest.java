package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * For which years a document is signed, each rule on a sentence of the corpus (article id in the
 * comment): a period is the signed document's only where the clause gives it to the document.
 */
class SigningPeriodsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  /** The period of the first "ký"/"kí" of a one-sentence text and its document noun. */
  static Article.Period period(String sentence) {
    Syllables s = Syllables.of(sentence, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    int verb = 0;
    while (verb < s.size && !SignerClause.sign(s, verb)) {
      verb++;
    }
    OrganisationMatcher.Hit noun = null;
    for (OrganisationMatcher.Hit h : scan.triggers()) {
      if (noun == null || Math.abs(h.from() - verb) < Math.abs(noun.from() - verb)) {
        noun = h;
      }
    }
    int[] range = Signings.sentence(s, verb);
    return SigningPeriods.signed(s, range[0], range[1], verb, noun, Math.min(range[1], verb + 12));
  }

  @Test
  void aPeriodAfterTheVerbIsTheDocuments() {
    // seed 004
    assertThat(
            period(
                "Phó Chủ tịch Liên đoàn Lao động tỉnh Long An - Phạm Thị Quyên và Phó Giám đốc Sở"
                    + " Lao động - Thương binh và Xã hội tỉnh - Nguyễn Đại Tánh ký kết chương trình"
                    + " phối hợp công tác giai đoạn 2019-2023 giữa 2 ngành."))
        .isEqualTo(new Article.Period(2019, 2023));
    // vietnews-test-013393: after the parties too
    assertThat(
            period(
                "Tại Hội nghị Tuổi trẻ hai đơn vị cũng đã ký kết giao ước thi đua giữa hai đơn vị"
                    + " giai đoạn 2018-2022 với quyết tâm thực hiện thắng lợi các nhiệm vụ chính"
                    + " trị."))
        .isEqualTo(new Article.Period(2018, 2022));
  }

  @Test
  void aPeriodFrontedBeforeTheVerbOrOfAnotherPlanIsNot() {
    // vietnews-test-020842: when the contracts were signed, not for how long
    assertThat(
            period(
                "Theo cơ quan chức năng, từ năm 2011 đến 2016, UBND huyện Krông Păk đã liên tục ký"
                    + " hợp đồng ngoài chỉ tiêu với khoảng 600 giáo viên trung học cơ sở."))
        .isNull();
    // vietnews-test-013784: a national strategy named by a speaker
    assertThat(
            period(
                "Đây sẽ là bước khởi đầu của PJICO, cũng như góp phần thực hiện Chiến lược phát"
                    + " triển thị trường bảo hiểm Việt Nam giai đoạn 2011 - 2020 theo Quyết định số"
                    + " 193 / QĐ - TTg của Thủ tướng Chính phủ” - Thứ trưởng Bộ Tài chính Vũ Thị Mai"
                    + " phát biểu tại lễ ký kết."))
        .isNull();
  }

  @Test
  void aPlanForOneYearNamesItsYear() {
    // vietnews-train-093595
    assertThat(
            period(
                "Tại hội nghị, Phó thủ tướng Trương Hoà Bình và Trưởng ban dân vận Trung ương Trương"
                    + " Thị Mai đã ký kế hoạch phối hợp thực hiện Năm dân vận chính quyền 2019 giữa"
                    + " Ban cán sự Đảng Chính phủ và Ban dân vận Trung ương."))
        .isEqualTo(new Article.Period(2019, 2019));
  }

  @Test
  void aLaterSentenceNamingTheDocumentGivesItsTerm() {
    // vietnews-test-005615
    String text =
        "Hong Kong được trao trả lại cho Trung Quốc vào năm 1996 thể theo Tuyên bố chung Trung -"
            + " Anh. Theo thoả thuận này, Bắc Kinh phải tôn trọng quyền tự do tại đặc khu hành"
            + " chính Hong Kong cho đến năm 2047.";
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    assertThat(SigningPeriods.named(s, scan.triggers())).isEqualTo(new Article.Period(null, 2047));
  }

  @Test
  void theTermBetweenTwoFullDatesOfTheDocumentNamedAgain() {
    // vietnews-val-005910: "thoả thuận trên", and the years of two full dates
    String text =
        "Tokyo và Bắc Kinh đã ký kết hàng loạt thoả thuận. Theo Ngân hàng Nhật Bản (BOJ), thoả"
            + " thuận trên có hiệu lực từ ngày 26-10-2018 cho đến ngày 25-10-2021.";
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    assertThat(SigningPeriods.named(s, scan.triggers())).isEqualTo(new Article.Period(2018, 2021));
  }

  @Test
  void aSpanOfYearsOnItsOwnInTheDocumentsName() {
    // vietnews-train-088439
    assertThat(
            period(
                "Trong kỳ họp lần thứ 21 của Uỷ ban phối hợp Pháp - Việt, diễn ra vào ngày 22-6,"
                    + " Viện Trao đổi Văn hoá với Pháp (IDECAF) và Viện Pháp tại Việt Nam (IFV) đã"
                    + " ký kết Thoả thuận hợp tác 2018-2020 nhằm thúc đẩy quan hệ hợp tác giữa hai"
                    + " bên."))
        .isEqualTo(new Article.Period(2018, 2020));
  }

  @Test
  void aSpeakersPlanAfterChoBietIsNot() {
    // vietnews-train-062404: "cho biết" ends the clause as "phát biểu" does; a bare "cho" does not
    assertThat(
            period(
                "Phát biểu tại lễ ký kết, Thượng tướng Lê Hữu Đức – Chủ tịch HĐQT MB cho biết, hiện"
                    + " MB đang triển khai quyết liệt chiến lược giai đoạn 2017-2021 với 3 trụ cột"
                    + " chính."))
        .isNull();
  }

  @Test
  void theDocumentNamedAgainThenLaIsNotItsTerm() {
    // vietnews-train-062404: "Hợp tác này là ..." goes on about the bank's own strategy
    String text =
        "Hợp tác này là một bước quan trọng trong việc giúp tăng tốc thực hiện chiến lược ngân"
            + " hàng số giai đoạn 2017-2021.";
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    assertThat(SigningPeriods.named(s, scan.triggers())).isNull();
  }

  @Test
  void theNameGoesOnThroughItsOwnVerbToThePeriod() {
    // probe p44-037 (heldout-32): "hỗ trợ" takes the programme's object, the period closes it
    assertThat(
            period(
                "(Báo Cần Thơ) - Liên đoàn Lao động thành phố Cần Thơ và Hội Nông dân thành phố Cần"
                    + " Thơ vừa ký kết chương trình phối hợp hỗ trợ lao động nông thôn chuyển đổi"
                    + " nghề nghiệp giai đoạn 2021-2025."))
        .isEqualTo(new Article.Period(2021, 2025));
    // probe p12-057 (heldout-2): a sponsorship contract for the national teams
    assertThat(
            period(
                "Ngân hàng TMCP Quân đội (MB) và Liên đoàn Bóng đá Việt Nam (VFF) ký hợp đồng tài"
                    + " trợ kim cương cho các đội tuyển quốc gia giai đoạn 2024-2027."))
        .isEqualTo(new Article.Period(2024, 2027));
    // probe p17-017 (heldout-5): "dự" of "dự án" is no attending
    assertThat(
            period(
                "Sở Lao động - Thương binh và Xã hội tỉnh Đắk Lắk và Tổ chức Tầm nhìn Thế giới tại"
                    + " Việt Nam (World Vision) đã ký bản ghi nhớ thực hiện dự án bảo vệ trẻ em giai"
                    + " đoạn 2019-2023."))
        .isEqualTo(new Article.Period(2019, 2023));
  }

  @Test
  void anotherPlanAsTheObjectOwnsThePeriod() {
    // vietnews-train-040612: the contract buys jets for the national arms plan of 2018-2021
    assertThat(
            period(
                "Hàn Quốc ký hợp đồng 6,4 tỷ USD mua 40 máy bay F -35 A cho kế hoạch tăng cường vũ"
                    + " khí quốc gia giai đoạn 2018-2021, tuy nhiên đây là phiên bản dành cho không quân."))
        .isNull();
    // after a comma the verb opens a clause of its own, which keeps "hỗ trợ" a break
    assertThat(
            period(
                "Hai bên đã ký kết thỏa thuận hợp tác, hỗ trợ tỉnh thực hiện Chương trình mục tiêu"
                    + " quốc gia giảm nghèo bền vững giai đoạn 2016-2020."))
        .isNull();
  }
}
