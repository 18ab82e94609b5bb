package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A national body's name that a local level closes names the body's local branch (branch
 * ag-ends-s17, a shape found on real news from provincial sites; the sentences here are written in
 * that shape with other names and places).
 */
class LocalBranchNamesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  /** The lead's probe as the lead writes it: titled "Ký kết", the lead's sentence also the body. */
  private static Article probe(String lead) {
    return SeedArticles.leadProbe(EXTRACTOR, lead);
  }

  @Test
  void aProvinceAfterTheYouthUnionsNameIsItsProvincialCommittee() {
    Article a =
        probe(
            "Chiều 12/4, tại thành phố Vinh, Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An và"
                + " Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức lễ ký kết chương trình phối hợp giai"
                + " đoạn 2024 - 2026.");
    assertThat(a.parties())
        .containsExactly(
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An", "Bộ Chỉ huy Quân sự tỉnh Nghệ An");
  }

  @Test
  void aDistrictAfterTheUnionsShortNameIsItsDistrictCommittee() {
    Article a =
        probe(
            "Ngày 20/12, Ủy ban nhân dân huyện Quỳ Hợp và Ban Chấp hành Đoàn TNCS Hồ Chí Minh"
                + " huyện Quỳ Hợp đã ký kết quy chế phối hợp công tác giai đoạn 2023 - 2028.");
    assertThat(a.parties())
        .contains("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Quỳ Hợp")
        .doesNotContain("Đoàn Thanh niên Cộng sản Hồ Chí Minh");
  }

  @Test
  void aCityAfterTheYouthFederationsNameIsTheCitysFederation() {
    Article a =
        probe(
            "Sáng 3/10, Hội LHTN Việt Nam TP. Cần Thơ và Công ty Cổ phần Hoa Mai đã ký kết thỏa"
                + " thuận hợp tác hỗ trợ thanh niên khởi nghiệp.");
    assertThat(a.parties())
        .containsExactly(
            "Hội Liên hiệp Thanh niên Việt Nam thành phố Cần Thơ", "Công ty Cổ phần Hoa Mai");
  }

  @Test
  void aProvinceThatIsTheOtherSideOrTheVenueIsNoLevelOfTheName() {
    Article other =
        probe(
            "Ngày 5/6, Trung ương Đoàn TNCS Hồ Chí Minh đã ký kết chương trình phối hợp với tỉnh"
                + " Điện Biên giai đoạn 2024 - 2027.");
    assertThat(other.parties())
        .containsExactly("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "tỉnh Điện Biên");
    Article venue =
        probe(
            "Ngày 7/8, Đoàn Thanh niên Cộng sản Hồ Chí Minh và Bộ Công an đã ký kết chương trình"
                + " phối hợp tại tỉnh Bắc Ninh.");
    assertThat(venue.parties())
        .containsExactly("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bộ Công an");
  }

  @Test
  void aLevelAndPlaceAfterABanksNameIsItsBranch() {
    Article a =
        probe(
            "Sáng 14/3, Ngân hàng Chính sách xã hội huyện Diễn Châu và Hội Nông dân huyện Diễn"
                + " Châu đã ký kết văn bản thỏa thuận ủy thác cho vay giai đoạn 2024 - 2029.");
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng Chính sách xã hội chi nhánh huyện Diễn Châu",
            "Hội Nông dân huyện Diễn Châu");
    Article province =
        probe(
            "Agribank tỉnh Quảng Bình và Hội Liên hiệp Phụ nữ tỉnh Quảng Bình ký kết thỏa thuận"
                + " hợp tác giai đoạn 2023 - 2028.");
    assertThat(province.parties())
        .contains(
            "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh tỉnh Quảng Bình");
  }

  @Test
  void aBanksBranchWrittenCnIsItsBranch() {
    Article a =
        probe(
            "Giám đốc Agribank CN Bình Thuận và Chủ tịch Hội Nông dân tỉnh Bình Thuận ký kết văn"
                + " bản thỏa thuận liên ngành giai đoạn 2023 - 2028.");
    assertThat(a.parties())
        .contains("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh Bình Thuận")
        .doesNotContain("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam");
  }

  @Test
  void theFrontsOwnVietNamBeforeABareCommuneIsNoStateParty() {
    Article a =
        probe(
            "Đồng chí Lê Văn Hải - Trưởng Công an xã và đồng chí Trần Thị Mai - Chủ tịch Ủy ban"
                + " Mặt trận Tổ quốc Việt Nam xã ký kết chương trình phối hợp.");
    assertThat(a.parties()).doesNotContain("Việt Nam");
  }

  @Test
  void professionalIsAWordOfTheNameNotTheVerbSpecialisesIn() {
    Article a =
        probe(
            "Chiều 2/3, Công ty Cổ phần Quần vợt chuyên nghiệp Việt Nam và Công ty Cổ phần Hoa"
                + " Mai đã ký kết hợp đồng tài trợ.");
    assertThat(a.parties())
        .containsExactly(
            "Công ty Cổ phần Quần vợt chuyên nghiệp Việt Nam", "Công ty Cổ phần Hoa Mai");
  }
}
