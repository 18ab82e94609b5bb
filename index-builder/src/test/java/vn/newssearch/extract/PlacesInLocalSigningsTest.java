package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * How local news writes the places around a signing: provinces joined by dashes after their count,
 * a city below the province in the address before the subject, and the story's one province named
 * only as a place while its bodies are written bare. Sentences written for these tests in the shape
 * of real provincial news.
 */
class PlacesInLocalSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  /** A lead on a national site, whose address names no province. */
  private static Article lead(String lead) {
    return EXTRACTOR.enrich(
        SeedArticles.fromPage(
            "https://www.vietnamplus.vn/a.html",
            "",
            lead,
            "Hai bên thống nhất các nội dung phối hợp."));
  }

  @Test
  void provincesJoinedByDashesAfterTheirCountEachSign() {
    assertThat(
            lead("Ngày 5/3, tại thành phố Vinh, 3 tỉnh Nghệ An – Thanh Hóa – Hà Tĩnh đã ký kết"
                    + " kế hoạch hợp tác ngành lao động giai đoạn 2023 – 2025.")
                .parties())
        .containsExactly("tỉnh Nghệ An", "tỉnh Thanh Hóa", "tỉnh Hà Tĩnh");
    assertThat(
            lead("Ngày 5/3, hai tỉnh Quảng Trị - Savannakhet đã ký kết biên bản ghi nhớ hợp tác.")
                .parties())
        .containsExactly("tỉnh Quảng Trị", "tỉnh Savannakhet");
  }

  @Test
  void theProvinceAfterACityInTheAddressIsWhereTheSigningIs() {
    Article a =
        lead(
            "Chiều 19/5, tại TP Cao Lãnh, tỉnh Đồng Tháp, Tập đoàn T&T Group và UBND tỉnh Đồng"
                + " Tháp đã ký kết thỏa thuận hợp tác chiến lược toàn diện.");
    assertThat(a.parties()).containsExactly("Tập đoàn T&T Group", "Ủy ban nhân dân tỉnh Đồng Tháp");
    assertThat(a.agreement().place()).isEqualTo("Đồng Tháp");
  }

  @Test
  void bodiesWrittenBareBelongToTheOneProvinceTheStoryNamesAsAPlace() {
    Article a =
        lead(
            "Ngày 7/4, Hội Cựu chiến binh và Hội Nông dân tỉnh đã ký kết chương trình phối hợp"
                + " công tác giữa 2 đơn vị trên địa bàn tỉnh Thừa Thiên Huế.");
    assertThat(a.parties())
        .containsExactly(
            "Hội Cựu chiến binh tỉnh Thừa Thiên Huế", "Hội Nông dân tỉnh Thừa Thiên Huế");
    // two provinces named: no one of them is the story's
    Article two =
        lead(
            "Ngày 7/4, Hội Cựu chiến binh và Hội Nông dân tỉnh đã ký kết chương trình phối hợp"
                + " hỗ trợ nông dân tỉnh Quảng Trị và tỉnh Quảng Bình.");
    assertThat(two.parties()).noneMatch(p -> p.endsWith("Quảng Trị") || p.endsWith("Quảng Bình"));
    // a state besides ours: a bare level word may be abroad
    Article abroad =
        EXTRACTOR.enrich(
            SeedArticles.fromPage(
                "https://www.vietnamplus.vn/a.html",
                "Ngư dân tỉnh Kiên Giang chờ phán quyết",
                "Thuyền trưởng đã làm đơn kháng án (ảnh chụp tại trại tạm giam Viện Công tố tỉnh"
                    + " Natuna ngày 8-11).",
                "Tàu cá bị lực lượng chức năng Indonesia bắt giữ khi đang đánh bắt."));
    assertThat(abroad.organisations()).noneMatch(o -> o.contains("Kiên Giang"));
  }

  @Test
  void theProvincesUnionOfScienceAssociationsIsItsBodyAndTheNationalOneStaysNational() {
    assertThat(
            lead("Ngày 7/4, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và Hội Nông dân tỉnh Kon"
                    + " Tum đã ký kết chương trình phối hợp.")
                .parties())
        .containsExactly(
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Kon Tum", "Hội Nông dân tỉnh Kon Tum");
    assertThat(
            lead("Ngày 7/4, Liên hiệp các Hội KH&KT Việt Nam và Tập đoàn Viettel đã ký kết"
                    + " chương trình phối hợp.")
                .parties())
        .contains("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam");
  }

  @Test
  void aBodysAbbreviationInBracketsStaysInTheListItsProvinceCloses() {
    assertThat(
            lead("Ngày 7/4, Hội Cựu chiến binh (CCB) và Hội Nông dân tỉnh Kon Tum đã ký kết"
                    + " chương trình phối hợp.")
                .parties())
        .containsExactly("Hội Cựu chiến binh tỉnh Kon Tum", "Hội Nông dân tỉnh Kon Tum");
    // a list inside brackets of its own is read as before
    assertThat(
            lead("Ông Tạ Văn B (văn phòng HĐND và UBND huyện Sóc Sơn) cho biết hai đơn vị đã ký"
                    + " quy chế phối hợp với Công an huyện Sóc Sơn.")
                .organisations())
        .contains("Hội đồng nhân dân huyện Sóc Sơn", "Ủy ban nhân dân huyện Sóc Sơn");
  }
}
