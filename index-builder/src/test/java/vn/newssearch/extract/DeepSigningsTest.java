package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signings told only deep in the body, at the occasion the story covers (branch ag-deep, from
 * eval/agreements/deep-60.md): a signing right after the story's ceremony ("Sau lễ công bố ..., X
 * và Y đã ký") and one the leaders witness with no "lễ" ("chứng kiến ký kết"), while a witnessed
 * signing still ahead stays a plan.
 */
class DeepSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body));
  }

  @Test
  void aSigningAfterTheStorysCeremonyIsNews() {
    // vietnews-train-103689: the head tells a relic's listing; the memorandum follows the ceremony
    Article relic =
        story(
            "' Thiên hạ đệ nhất hùng quan ' thành di tích quốc gia",
            "Hải Vân quan nằm giữa ranh giới TP Đà Nẵng và tỉnh Thừa Thiên Huế, được Bộ Văn hoá"
                + " Thể thao và Du lịch công nhận là Di tích quốc gia.",
            "Chiều 24/5, trên đỉnh đèo Hải Vân, Bộ Văn hoá Thể thao và Du lịch đã trao bằng xếp"
                + " hạng Di tích quốc gia Hải Vân quan cho UBND TP Đà Nẵng và UBND tỉnh Thừa Thiên"
                + " Huế.\nHải Vân quan được xây dựng từ thời vua Minh Mạng.\nSau lễ công bố và đón"
                + " nhận bằng Di tích quốc gia, UBND TP Đà Nẵng và tỉnh Thừa Thiên Huế đã ký bản"
                + " ghi nhớ phối hợp quản lý di tích, đồng thời cắm mốc khoanh vùng bảo vệ di tích"
                + " Hải Vân quan.");
    assertThat(relic.agreement()).isNotNull();
    assertThat(relic.agreement().kind()).isEqualTo("biên bản ghi nhớ");
    assertThat(relic.parties()).contains("Ủy ban nhân dân thành phố Đà Nẵng");
  }

  @Test
  void leadersWitnessingTheSigningWithoutACeremonyNounIsNews() {
    // vietnews-train-071440: the visit's talks close with the documents signed
    Article visit =
        story(
            "Lễ đón chính thức Thủ tướng thăm Áo",
            "Khoảng 11h30' trưa 15/10, theo giờ địa phương, lễ đón Thủ tướng Nguyễn Xuân Phúc thăm"
                + " chính thức Cộng hoà Áo đã diễn ra trọng thị tại Đại sảnh Hoàng cung Hofburg"
                + " Thủ đô Vienna dưới sự chủ trì của Thủ tướng Áo Sebastian Kurz.",
            "Đội Danh dự và Tiêu binh nghinh đón hai nhà lãnh đạo theo nghi lễ ngoại giao đặc biệt"
                + " của Nhà nước Áo.\nSau cuộc gặp hẹp, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng"
                + " Sebastian Kurz đã dẫn đầu đoàn đại biểu hai nước tiến hành hội đàm và chứng kiến"
                + " ký kết một số văn kiện hợp tác cũng như dự họp báo chung.");
    assertThat(visit.agreement()).isNotNull();
    assertThat(visit.agreement().kind()).isEqualTo("hợp tác");
    // vietnews-test-012518's shape: the programme of a visit still ahead
    Article programme =
        story(
            "Tổng bí thư sẽ thăm chính thức Hungary",
            "Tổng bí thư Nguyễn Phú Trọng sẽ thăm chính thức Hungary tuần tới.",
            "Tổng bí thư sẽ hội đàm với Thủ tướng Hungary Viktor Orban, chứng kiến ký kết các văn"
                + " kiện, hội kiến Tổng thống Janos Ader.");
    assertThat(programme.agreement()).isNull();
  }
}
