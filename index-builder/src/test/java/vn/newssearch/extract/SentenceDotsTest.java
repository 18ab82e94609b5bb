package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** Which dots end a sentence, on sentences from ../shared/corpus (article id before each). */
class SentenceDotsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static int sentences(String text) {
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    return s.sentence[s.size - 1] + 1;
  }

  @Test
  void aDotAfterAWordWrittenByItsConsonantsBeforeACapitalEndsNoSentence() {
    // vietnews-train-084807: both parties are lost when "Chr." ends the sentence
    Article a =
        new AgreementExtractor(GAZETTEER)
            .enrich(
                SeedArticles.article(
                    "\"Người tiên phong\" xác lập thị trường sữa Việt",
                    "Ngày 21-9, tại Copenhagen (Đan Mạch), Công ty cổ phần Sữa Việt Nam (Vinamilk)"
                        + " và Tập đoàn Chr. Hansen (Đan Mạch) đã ký kết hợp tác chiến lược.",
                    "Đây là lần thứ hai Vinamilk tiếp tục bắt tay cùng Chr. Hansen.",
                    null));
    assertThat(a.parties()).containsExactly("Công ty cổ phần Sữa Việt Nam", "Tập đoàn Chr. Hansen");
    // vietnews-train-052127, vietnews-test-014030, vietnews-train-016543
    assertThat(sentences("Nhóm du khách tại ga tàu ở St. Petersburg, Nga lúc 5h sáng."))
        .isEqualTo(1);
    assertThat(sentences("Cục Thuế Tp. Hà Nội vừa công bố danh sách.")).isEqualTo(1);
    assertThat(sentences("Nạn nhân là Ph. T.H., 31 tuổi.")).isEqualTo(1);
  }

  @Test
  void aDotAfterACompanysFormBeforeABracketOrALowerCaseWordEndsNoSentence() {
    // vietnews-train-052375; probe p16-051 ("Corp. (Nhật Bản) vừa ký", ToldOrRecalledSigningsTest)
    assertThat(
            sentences(
                "Theo thoả thuận ký kết với tập đoàn truyền thông American Media Inc. (AMI),"
                    + " Sajudin có thể nhận 30.000 USD."))
        .isEqualTo(1);
    // vietnews-train-083254: the form at a sentence's end, a capital after it
    assertThat(sentences("Hai bên hợp tác với CAE Inc. Theo đó, các mô hình được trang bị."))
        .isEqualTo(2);
  }

  @Test
  void aDotJoiningTwoRunsOfCapitalsEndsNoSentence() {
    // vietnews-val-013629: "UBND.TP Thanh Hoá"; a probe (p11-005): a degree "PGS.TS"
    assertThat(
            sentences(
                "Các đơn vị: Sở Xây dựng, sở Công Thương, UBND.TP Thanh Hoá đã tham mưu cho Chủ"
                    + " tịch UBND."))
        .isEqualTo(1);
    assertThat(
            SignatoriesTest.names(
                "Anh Nguyễn Hữu Thịnh, Bí thư Tỉnh Đoàn và PGS.TS Nguyễn Văn Dũng, Hiệu trưởng nhà"
                    + " trường, thay mặt hai đơn vị ký thỏa thuận."))
        .containsExactly("Nguyễn Hữu Thịnh", "Nguyễn Văn Dũng");
    // a space forgotten after an abbreviation before a word still ends it
    assertThat(sentences("Việt Nam đã gia nhập WTO.Theo đó, thuế giảm.")).isEqualTo(2);
  }

  @Test
  void aVietnameseSyllableOrANameSuffixStillEndsTheSentence() {
    // vietnews-test-000116, vietnews-test-012181
    assertThat(sentences("Vụ việc xảy ra tại huyện Thuận Nam. Nguyên nhân đang được điều tra."))
        .isEqualTo(2);
    assertThat(sentences("Ông rất kính trọng Martin Luther King Jr. Phóng viên sau đó xin lỗi."))
        .isEqualTo(2);
  }

  @Test
  void aForeignCompanysLegalFormWithItsDotEndsNoSentenceBeforeLowerCaseOrABracket() {
    // a probe of heldout-4 (p16-051): "Corp." ended the sentence and with it the signing clause
    Article a =
        new AgreementExtractor(GAZETTEER)
            .enrich(
                SeedArticles.article(
                    "Nam Long bắt tay đối tác Nhật phát triển khu đô thị 300 ha",
                    "Công ty cổ phần Đầu tư Nam Long và Hankyu Hanshin Properties Corp. (Nhật Bản)"
                        + " vừa ký hợp đồng liên doanh phát triển giai đoạn 2 khu đô thị Waterpoint"
                        + " tại Long An.",
                    "Phía Nhật Bản nắm 35% vốn liên doanh.",
                    null));
    assertThat(a.parties())
        .containsExactly("Công ty cổ phần Đầu tư Nam Long", "Hankyu Hanshin Properties Corp");
    // vietnews-train-052375, vietnews-val-008912
    assertThat(
            sentences(
                "Theo hợp đồng ký kết với tập đoàn truyền thông American Media Inc. (AMI), Sajudin"
                    + " có thể nhận 30.000 USD."))
        .isEqualTo(1);
    assertThat(sentences("Brunswick News Inc. hôm 30/6 xác nhận đã huỷ hợp đồng.")).isEqualTo(1);
    // a capital after it still starts a sentence; "Co" is no legal form here: vietnews-train-061179
    // cuts the brand Co.op as "Co. op", where a joined sentence read the signer's name as a state
    assertThat(sentences("Công ty ký với Samsung Electronics Inc. Theo đó, hai bên hợp tác."))
        .isEqualTo(2);
    assertThat(
            sentences(
                "Ông Nguyễn Anh Đức, Phó Tổng Giám đốc Saigon Co. op khẳng định, 2 bên đã ký hợp"
                    + " đồng chuyển giao."))
        .isEqualTo(2);
  }
}
