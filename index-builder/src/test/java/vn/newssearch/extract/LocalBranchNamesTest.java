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
    return EXTRACTOR.enrich(SeedArticles.article("Ký kết", lead, lead, null));
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
}
