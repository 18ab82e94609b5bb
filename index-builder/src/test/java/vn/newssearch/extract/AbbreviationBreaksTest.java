package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * Line breaks that the vietnews splitter put after "TP.", "TX.", "TS." and the like: rejoined when
 * a place or a name completes the abbreviation, left when a sentence starts. Real lines from
 * ../shared/corpus/vietnews.jsonl.gz (article id before each).
 */
class AbbreviationBreaksTest {
  private static final AbbreviationBreaks BREAKS = AbbreviationBreaks.load(Gazetteer.load());

  private static void joined(String line, String next) {
    assertThat(BREAKS.join(line + "\n" + next)).isEqualTo(line + " " + next);
  }

  private static void leftAlone(String line, String next) {
    String text = line + "\n" + next;
    assertThat(BREAKS.join(text)).isSameAs(text);
  }

  @Test
  void aPlaceAfterTheAbbreviationOfACityOrTownContinuesTheName() {
    // vietnews-train-015626: a province from the gazetteer
    joined(
        "Thủ tướng Nguyễn Xuân Phúc đã chứng kiến lễ ký kết hợp tác giữa UBND TP.",
        "Cần Thơ, Novaland, BCG và MB Bank.");
    // an alias in capitals; vietnews-test-000146: a city the province table lacks
    joined("Ngày 16/8, Công an huyện Bình Chánh, TP.", "HCM cho biết, đang cùng các đơn vị");
    joined(
        "vào khoảng 21h ngày 04/8, tại tổ 5, khu 10 phường Thanh Sơn, TP.",
        "Uông Bí, tỉnh Quảng Ninh xảy ra vụ án mạng nghiêm trọng khiến 2 người tử vong.");
    // vietnews-test-000181, vietnews-train-003917: a one-syllable city, the town list's
    joined("Ngày 1/8, Công an TP.", "Vinh, tỉnh Nghệ An cho biết, đơn vị vừa bắt giữ đối tượng");
    joined(
        "được đơn trình báo của chị Đ. T.H., trú tại xã Nghi Phú, TP.",
        "Vinh về việc con gái chị là em N.T. S.");
    // a town (thị xã), and a sentence that goes on in lower case
    joined(
        "chia sẻ những khó khăn, vất vả với bà con nhân dân tại xã Quảng Lộc, TX.",
        "Ba Đồn từng chịu nhiều mất mát trong thời gian qua.");
    joined(
        "làm việc với các tỉnh thuộc vùng đô thị TP.",
        "để phối hợp phát triển các huyện giáp ranh như huyện Đức Hoà, Cần Giuộc");
  }

  @Test
  void aSentenceThatStartsAfterTheAbbreviationStaysApart() {
    // vietnews-test-000111: "TP." with its name lost, then a new sentence
    leftAlone(
        "ông đi lễ chùa tại chùa Vĩnh Nghiêm (quận 3, TP.",
        "Trong lúc hành lễ, ông T. để chiếc túi xách tại góc tường khu chính điện.");
    leftAlone(
        "ngồi nhậu cùng một số người bạn tại khu vực đường Bùi Thị Xuân, TP.",
        "Khi đang ngồi nhậu, giữa anh Tr.");
    // "TP." for the city the story is about; capitalised, but the next word is not a name's
    leftAlone(
        "quyết định cuối cùng vẫn phải chờ sự chấp thuận của UBND TP.",
        "Dự án bãi đậu xe ngầm Trống Đồng không chỉ bị vướng");
    leftAlone(
        "bà Bạch Quế Hương không đồng ý với phương án hỗ trợ của TP.",
        "Đồng thời, gia đình bà bày tỏ nguyện vọng muốn thành phố xem xét");
    leftAlone(
        "phần đường dẫn phía bên TP. HCM từ nguồn vốn ngân sách TP.",
        "Tỉnh Đồng Nai sẽ chịu trách nhiệm đầu tư phần đường dẫn phía bên tỉnh");
  }

  @Test
  void aPersonsNameOrTitleAfterAnAcademicTitleContinuesIt() {
    joined("Trao đổi với PV, PGS.TS.", "Bùi Thị An cho rằng: “Việc các cơ quan chức năng");
    joined("Tại buổi lễ, GS.", "TSKH Nguyễn Tiến Khiêm, Chủ tịch Hội Cơ học Việt Nam cho biết");
    joined("Liên quan đến sự việc này, Ths.", "Ls Đặng Văn Cường – Trưởng văn phòng luật sư");
    joined("Bên cạnh đó, TS.", "Khuất Thu Hồng cũng cho rằng: “Những người lao động");
  }

  @Test
  void aTitleThatEndsTheSentenceStaysApart() {
    leftAlone(
        "cả nước có thêm đến hơn 1.200 người được công nhận GS, PGS.",
        "Theo văn bản này, sau khi Hội đồng Chức danh giáo sư nhà nước");
    // "TS" of a fishing boat's number (thủy sản), not a doctor
    leftAlone(
        "điện thoại của một số thuyền viên tàu KG 94896 TS.",
        "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam tiếp tục");
    // a full stop after other words, and a person's initial ("anh Q."), are no business of it
    leftAlone("Vụ việc xảy ra tại huyện Thuận Nam.", "Nguyên nhân đang được điều tra.");
    leftAlone("Trước đó, anh Q.", "(SN 1990) đã nhiều lần");
  }

  @Test
  void everyInputPathReadsTheRejoinedBody() throws Exception {
    // vietnews-train-063921: the signing sentence says "Trước đó": an earlier signing, which
    // only the rejoined sentence shows
    String body =
        "Trước đó, vào ngày 27/03/2018, UBND TP.\n"
            + "Cần Thơ, Novaland, BCG, MB Bank đã ký kết hợp tác chiến lược.\n"
            + "Lễ ký kết có sự tham dự của Thủ tướng Chính phủ Nguyễn Xuân Phúc.";
    SourceRecord.JsonArticle line =
        new SourceRecord.JsonArticle(
            new Origin(java.nio.file.Path.of("x.jsonl"), 1),
            "x",
            null,
            null,
            "Tầm nhìn hiện đại về du lịch ĐBSCL",
            null,
            body,
            List.of(),
            null,
            null,
            null);
    Article a = ArticleExtractor.create().extract(line, problem -> {});
    assertThat(a.body()).startsWith("Trước đó, vào ngày 27/03/2018, UBND TP. Cần Thơ, Novaland");
    assertThat(a.body().lines()).hasSize(2);
  }
}
