package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signers that the signing sentence names by their count and title ("hai Bộ trưởng đã ký"), read
 * from the people the article titled so before; each case a corpus article (id in the comment).
 */
class CountedSignersTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2018-11-15T12:00+07:00");

  private static Article enrich(String title, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, body, PUBLISHED));
  }

  @Test
  void twoMinistersCountedAfterTheTalksAreTheTwoTitledBefore() {
    // vietnews-val-022349: the foreign minister's name is no Vietnamese one, after the bare title
    Article a =
        enrich(
            "Việt Nam - Belarus ký thoả thuận hợp tác khoa học quân sự",
            "Sáng 15/11, Bộ trưởng Quốc phòng, Đại tướng Ngô Xuân Lịch chủ trì lễ đón đoàn đại"
                + " biểu quân sự cấp cao Belarus do Bộ trưởng Quốc phòng, Trung tướng Ravkov"
                + " Andrei Alekseevich dẫn đầu.\nBộ trưởng Ngô Xuân Lịch đón Bộ trưởng Ravkov"
                + " Andrei Alekseevich.\nTrong cuộc hội đàm, hai đoàn đã trao đổi về tình hình.\n"
                + "Hai Bộ trưởng cũng đã ký thoả thuận hợp tác trong lĩnh vực khoa học quân sự,"
                + " kế hoạch trao đổi đoàn năm 2019.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactlyInAnyOrder("Ngô Xuân Lịch", "Ravkov Andrei Alekseevich");
  }

  @Test
  void aForeignMinisterTitledNgoaiTruongCountsAsAMinisterAndHisStateIsNoPartOfHisName() {
    // vietnews-train-059299
    Article a =
        enrich(
            "Việt Nam muốn Nga đóng vai trò tích cực trong đảm bảo an ninh hàng hải",
            "Phó thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh bắt tay Ngoại trưởng Nga Sergey"
                + " Lavrov trước cuộc hội đàm ở Hà Nội.\nHai bộ trưởng cũng thảo luận về hợp tác"
                + " trong ngành năng lượng nguyên tử.\nSau hội đàm, hai bộ trưởng ký kế hoạch hợp"
                + " tác giữa hai bộ giai đoạn 2019 - 2020.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactlyInAnyOrder("Phạm Bình Minh", "Sergey Lavrov");
  }

  @Test
  void twoCountedMinistersWhoseTitlesNameTheirMinistriesGiveTheParties() {
    // probe p26-004 (heldout-14): the signing names no body, the two ministers titled before do
    Article a =
        enrich(
            "Việt Nam - Lào tăng cường hợp tác phòng chống dịch bệnh vùng biên",
            "Trong khuôn khổ chuyến thăm chính thức Lào từ ngày 14-16/8, Bộ trưởng Bộ Y tế Đào"
                + " Hồng Lan đã có cuộc hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng Phommalaysith"
                + " tại Thủ đô Vientiane.\nHai bộ trưởng đánh giá cao kết quả hợp tác y tế thời"
                + " gian qua.\nKết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác trong"
                + " lĩnh vực y tế giai đoạn 2023-2027.");
    assertThat(a.parties()).containsExactly("Bộ Y tế", "Bộ Y tế Lào");
  }

  @Test
  void aCountedMinisterTitledByHisStateAloneLendsNoParty() {
    // vietnews-train-059299: "Ngoại trưởng Nga" names a state, not the ministry that signs
    Article a =
        enrich(
            "Việt Nam muốn Nga đóng vai trò tích cực trong đảm bảo an ninh hàng hải",
            "Phó thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh bắt tay Ngoại trưởng Nga Sergey"
                + " Lavrov trước cuộc hội đàm ở Hà Nội.\nSau hội đàm, hai bộ trưởng ký kế hoạch"
                + " hợp tác giữa hai bộ giai đoạn 2019 - 2020.");
    assertThat(a.parties()).isEmpty();
  }

  @Test
  void countedWitnessesAndTwoLeadersOfOneSideAreNoSigners() {
    // vietnews-train-018226: "hai Bộ trưởng chứng kiến lễ ký" witness; vietnews-train-037311: the
    // nearest two leaders are both China's, so the two sides' signers are not named
    Article witnesses =
        enrich(
            "Việt Nam - Hàn Quốc tăng cường hợp tác quốc phòng",
            "Bộ trưởng Quốc phòng Ngô Xuân Lịch hội đàm với Bộ trưởng Quốc phòng Hàn Quốc Song"
                + " Young-moo.\nKết thúc hội đàm, hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ giữa"
                + " Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hàn Quốc về hỗ trợ hậu cần.");
    assertThat(witnesses.signatories()).isEmpty();
    Article oneSide =
        enrich(
            "Tổng thống Putin: Nga - Trung có hướng tiếp cận chung với các vấn đề khu vực",
            "Tổng thống Nga Vladimir Putin hôm qua bắt tay với Chủ tịch Trung Quốc Tập Cận Bình"
                + " tại Bắc Kinh.\nTrong chuyến thăm này, ông Putin đã gặp Thủ tướng Trung Quốc Lý"
                + " Khắc Cường, Chủ tịch Trung Quốc Tập Cận Bình.\nHai lãnh đạo Nga - Trung cũng"
                + " ký tuyên bố chung cam kết tăng cường ổn định chiến lược toàn cầu.");
    assertThat(oneSide.signatories()).extracting(Article.Signatory::name).isEmpty();
  }

  @Test
  void thePairsSecondWhoseFieldIsNotReadSignsAfterTheStateOfTheTitle() {
    // probe p26-036 (heldout-14): the field "Giáo dục đại học và Nghiên cứu" names no body the
    // scan reads; the state closes the title and the foreign name before the verb is the signer
    assertThat(
            SignatoriesTest.signers(
                "Chiều 10/4 (giờ địa phương), tại Paris, Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn và Bộ"
                    + " trưởng Giáo dục đại học và Nghiên cứu Pháp Sylvie Retailleau đã ký Hiệp"
                    + " định giữa Chính phủ Việt Nam và Chính phủ Pháp.",
                List.of("Chính phủ Việt Nam", "Chính phủ Pháp")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Sylvie Retailleau", "Chính phủ Pháp"));
  }
}
