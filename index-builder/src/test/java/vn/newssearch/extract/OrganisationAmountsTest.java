package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number that a unit of money or measure follows is an amount, not the number in a company's name
 * (name-words.tsv, kind "unit"); sentences from ../shared/corpus, article id before each.
 */
class OrganisationAmountsTest {
  private static final Gazetteer HAND_KEPT = Gazetteer.load(false);

  private static List<String> names(String text) {
    return ScannedNames.of(HAND_KEPT, text);
  }

  @Test
  void anAmountAfterACompanyEndsItsName() {
    // vietnews-train-018615: each subsidiary's share of the capital follows its name
    assertThat(
            names(
                "Ngoài ra, đem góp vốn vào 5 công ty con gồm: Công ty PVC MS 102 tỉ đồng, Công ty"
                    + " PVC - Land 50 tỉ đồng, Công ty PVC - Hoà Bình 55 tỉ đồng, Công ty PVNC 30"
                    + " tỉ đồng và Công ty PVC - Mekong 30 tỉ đồng."))
        .contains("Công ty PVC MS", "Công ty PVC - Land", "Công ty PVNC")
        .noneMatch(n -> n.matches(".*[0-9].*"));
    // vietnews-train-065326: a fine in millions of dong
    assertThat(
            names(
                "Ngày 19/6/2018, UBND tỉnh Khánh Hoà đã ban hành quyết định xử phạt Công ty Hoàng"
                    + " Quân 275 triệu đồng, vì triển khai dự án này chậm tiến độ."))
        .contains("Công ty Hoàng Quân")
        .noneMatch(n -> n.contains("275"));
    // vietnews-train-004562: the verb before the amount is no second syllable of "Phát"
    assertThat(
            names(
                "Ngày 29/10/2007, Lê Thành Công với vai trò Giám đốc công ty Dệt kim Đông Phương đã"
                    + " ký kết hợp đồng thế chấp quyền sử dụng đất số 10 Âu Cơ để bảo lãnh cho Công"
                    + " ty Tấn Phát vay 130 tỷ đồng tại Agribank Chi nhánh 6."))
        .contains("Công ty Tấn Phát")
        .noneMatch(n -> n.contains("vay"));
    // vietnews-train-072825: a share in per cent
    assertThat(
            names("nhiều cựu sinh viên làm việc tại Công ty Acronic Systems 100% vốn nước ngoài."))
        .contains("Công ty Acronic Systems");
  }

  @Test
  void aNumberWithNoUnitAfterItStaysInTheName() {
    // vietnews-train-103981
    assertThat(
            names(
                "Nằm trong dự án hầm đường bộ qua đèo Cả, hầm Cổ Mã thuộc huyện Vạn Ninh, tỉnh"
                    + " Khánh Hoà, được khởi công từ ngày 15/11/2013, do Công ty cổ phần Sông Đà 10"
                    + " thi công."))
        .contains("Công ty cổ phần Sông Đà 10");
    // vietnews-train-087996: "đồng sản xuất" is "co-produce", no amount in dong
    assertThat(
            names(
                "Phim do đài HTV phối hợp với Công ty TNHH MTV Truyền thông Media 21 đồng sản xuất,"
                    + " trình chiếu trên kênh HTV9."))
        .contains("Công ty TNHH MTV Truyền thông Media 21");
  }
}
