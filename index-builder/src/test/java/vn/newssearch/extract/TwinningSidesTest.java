package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A reported twinning ("kết nghĩa") is signed by its sides: the subject of "tổ chức lễ kết nghĩa
 * với" and the body after it, the places below a district "kết nghĩa giữa A với B" names, each
 * closed by its address tail; a twinning ceremony told with no signing at all is none, and a
 * commune's address in a plain signing is still no side.
 */
class TwinningSidesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void unitsHoldingATwinningCeremonyWithAnotherAreItsSides() {
    Article a =
        article(
            "Biên phòng Gia Lai kết nghĩa với đơn vị bạn",
            "Ngày 5/3, các Đồn Biên phòng Ia Lốp, Ia Mơr (Bộ đội Biên phòng tỉnh Gia Lai) tổ chức"
                + " lễ kết nghĩa với Đại đội Biên phòng 512 (tỉnh Ratanakiri, Campuchia).",
            "Toàn cảnh lễ ký kết. Hai bên thống nhất phối hợp tuần tra song phương.");
    assertThat(a.agreement()).isNotNull();
    assertThat(a.parties())
        .containsExactly(
            "Đồn Biên phòng Ia Lốp", "Đồn Biên phòng Ia Mơr", "Đại đội Biên phòng 512");
  }

  @Test
  void aCommuneAndAVillageAbroadAreTheSidesAndTheirAddressesAreNot() {
    Article a =
        article(
            "Kết nghĩa cụm dân cư hai bên biên giới",
            "Sáng 5/3, đã diễn ra lễ ký kết nghĩa giữa xã Thanh Thủy, huyện Lệ Thủy, tỉnh Quảng"
                + " Bình với bản Đồng Mai, huyện Xê Pôn, tỉnh Savannakhet (Lào).",
            "Hai bên cam kết cùng giữ gìn an ninh biên giới.");
    assertThat(a.parties()).containsExactly("xã Thanh Thủy", "bản Đồng Mai");
  }

  @Test
  void communesInBracketedAddressesTwinnedByACeremonyAreItsSides() {
    Article a =
        article(
            "Hai xã kết nghĩa",
            "Ngày 5/3, xã Tân Lập (huyện Đồng Phú) và xã Bình Minh (huyện Chơn Thành) tổ chức lễ"
                + " kết nghĩa.",
            "Sau lễ ký kết, hai xã trao đổi kinh nghiệm giảm nghèo.");
    assertThat(a.parties()).containsExactly("xã Tân Lập", "xã Bình Minh");
  }

  @Test
  void whoHoldsATwinningCeremonyBetweenTwoVillagesIsNoSide() {
    Article a =
        article(
            "Kết nghĩa bản - bản",
            "Ngày 20/12, Bộ đội Biên phòng Hà Tĩnh phối hợp với Đại đội Biên phòng 291 (Lào) tổ"
                + " chức lễ kết nghĩa giữa bản Kim Lộc (xã Sơn Kim, huyện Hương Sơn) và bản Na"
                + " Hương (huyện Khăm Cợt, tỉnh Bolikhamxay, Lào).",
            "Trưởng bản Kim Lộc Hồ Văn Nam và Trưởng bản Na Hương Bun Mi đã ký kết biên bản kết"
                + " nghĩa.");
    assertThat(a.parties()).containsExactly("bản Kim Lộc", "bản Na Hương");
  }

  @Test
  void theVenueOfATwinningIsNoSideAndANumberNamesAWard() {
    Article a =
        article(
            "Kết nghĩa",
            "Ngày 19/5, tại xã Đạ Long (huyện Đam Rông), Phường 4 (TP Bảo Lộc) và xã Đạ Long tổ"
                + " chức lễ kết nghĩa.",
            "Hai bên đã ký kết biên bản.");
    assertThat(a.parties()).containsExactly("Phường 4", "xã Đạ Long");
  }

  @Test
  void aTwinningCeremonyWithNoSigningIsNoAgreement() {
    Article a =
        article(
            "Hai xã kết nghĩa",
            "Ngày 5/3, xã Tân Lập (huyện Đồng Phú) và xã Bình Minh (huyện Chơn Thành) tổ chức lễ"
                + " kết nghĩa.",
            "Lễ kết nghĩa nhằm tăng cường tình đoàn kết giữa hai địa phương.");
    assertThat(a.agreement()).isNull();
  }

  @Test
  void aCommuneOutsideATwinningIsNoSide() {
    Article a =
        article(
            "Ký kết hợp tác",
            "Ngày 5/3, tại xã Tân Lập, huyện Đồng Phú, Sở Nông nghiệp tỉnh Bình Phước và Công ty"
                + " Cổ phần Hạt điều Bình Minh đã ký kết thỏa thuận hợp tác.",
            "Hai bên thống nhất phát triển vùng nguyên liệu.");
    assertThat(a.parties()).doesNotContain("xã Tân Lập");
  }
}
