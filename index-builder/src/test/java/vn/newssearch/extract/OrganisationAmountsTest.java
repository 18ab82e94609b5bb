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
    Syllables s = Syllables.of(text, HAND_KEPT.trie().vocabulary());
    return HAND_KEPT.matcher().scan(s, false).names();
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
  }
}
