package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** Bodies a provincial paper writes bare take the province of the paper (its address, its tag). */
class OutletProvincesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static Article at(String url, String title, String lead) {
    return EXTRACTOR.enrich(
        SeedArticles.fromPage(url, title, lead, "Hai bên thống nhất các nội dung phối hợp."));
  }

  private static String province(String url, String lead) {
    Province p = GAZETTEER.outlets().of(url, lead);
    return p == null ? null : p.canonical();
  }

  @Test
  void aProvincialPapersHostOrPortalNamesItsProvince() {
    assertThat(province("https://baonamdinh.vn/tin/a-123.htm", "Sáng 3/5, ..."))
        .isEqualTo("Nam Định");
    assertThat(province("http://www.baolongan.com.vn/a.aspx", null)).isEqualTo("Long An");
    assertThat(province("https://sotp.vinhphuc.gov.vn/a", null)).isEqualTo("Vĩnh Phúc");
    assertThat(province("https://vksbentre.gov.vn/a", null)).isEqualTo("Bến Tre");
    // a national paper, a district's court, a company: none
    assertThat(province("https://baochinhphu.vn/a", null)).isNull();
    assertThat(province("https://toaanhuyenx.gov.vn/a", null)).isNull();
    assertThat(province("https://www.vietcombank.com.vn/a", null)).isNull();
  }

  @Test
  void aBodysOwnSiteOrTheProvincesStationNamesItsProvince() {
    // a body's initials before the province, under any ".vn" name; the Party's provincial portals
    assertThat(province("https://bvdksonla.vn/tin/a", null)).isEqualTo("Sơn La");
    assertThat(province("https://ytebacgiang.org.vn/a", null)).isEqualTo("Bắc Giang");
    assertThat(province("https://mttq.hungyen.dcs.vn/a", null)).isEqualTo("Hưng Yên");
    // the province's radio and television station; a paper listed under another place's name
    assertThat(province("https://namdinhtv.vn/a", null)).isEqualTo("Nam Định");
    assertThat(province("https://baodienbienphu.info.vn/a", null)).isEqualTo("Điện Biên");
    // national stations and papers: none
    assertThat(province("https://vtv.vn/a", null)).isNull();
    assertThat(province("https://kenh14.vn/a", null)).isNull();
  }

  @Test
  void aProvincesNameInsideAnyLabelOfTheHostNamesIt() {
    // words before or after the name, under any zone, in a label below the registered one
    assertThat(province("https://hanoimoi.vn/a", null)).isEqualTo("Hà Nội");
    assertThat(province("https://yeuthaibinh.net/a", null)).isEqualTo("Thái Bình");
    assertThat(province("https://hatinh24h.com.vn/a", null)).isEqualTo("Hà Tĩnh");
    assertThat(province("https://hoinongdanbacninh.org.vn/a", null)).isEqualTo("Bắc Ninh");
    assertThat(province("https://lienhiephoiquangbinh.org.vn/a", null)).isEqualTo("Quảng Bình");
    assertThat(province("https://sokhdt.hochiminhcity.gov.vn/a", null))
        .isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(province("https://thuathienhue.gov.vn/a", null)).isEqualTo("Thừa Thiên Huế");
    assertThat(province("https://vinhlong.dms.gov.vn/a", null)).isEqualTo("Vĩnh Long");
    assertThat(province("https://baria-vungtau.gov.vn/a", null)).isNull(); // a hyphen: two words
    assertThat(province("https://bariavungtau.gov.vn/a", null)).isEqualTo("Bà Rịa - Vũng Tàu");
    // two provinces, or two names over one another ("Thái Bình Dương", the Pacific): none
    assertThat(province("https://thaibinhduong.vn/a", null)).isNull();
    assertThat(province("https://langsoncaobang.vn/a", null)).isNull();
    // a short name inside other words is no province's ("hue" of "khue")
    assertThat(province("https://vankhue.vn/a", null)).isNull();
  }

  @Test
  void aHospitalsOwnSiteNamesItsBareSelf() {
    // the partner's name holds another province; the hospital is the site's
    Article a =
        at(
            "https://bvdkphutho.vn/ky-ket-hop-tac-a.html",
            "",
            "Sáng 12/4, Bệnh viện Đa khoa tỉnh và Trường Đại học Y Dược Hải Phòng đã tổ chức lễ"
                + " ký kết thỏa thuận hợp tác đào tạo nhân lực y tế.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Bệnh viện Đa khoa tỉnh Phú Thọ", "Trường Đại học Y Dược Hải Phòng");
  }

  @Test
  void aLeadsTagNamesTheProvinceOrIsListedInitials() {
    assertThat(province(null, "(Cổng TTĐT Yên Bái) Chiều 2/3, ...")).isEqualTo("Yên Bái");
    assertThat(province(null, "Báo Sóc Trăng - Ngày 2/3, ...")).isEqualTo("Sóc Trăng");
    assertThat(province(null, "(NTO) Ngày 2/3, ...")).isEqualTo("Ninh Thuận");
    assertThat(province(null, "BTNO - Mới đây, ...")).isEqualTo("Tây Ninh");
    // the paper's address as its tag
    assertThat(province(null, "(Baonamdinh.vn) - Sáng 8/3, ...")).isEqualTo("Nam Định");
    assertThat(province(null, "(Dân trí) - Sáng 8/3, ...")).isNull();
    // initials two provinces share (Hậu Giang, Hà Giang) are none; a host and a tag that
    // disagree are none
    assertThat(province(null, "(HG) - Ngày 2/3, ...")).isNull();
    assertThat(province("https://baolongan.vn/a", "(NTO) Ngày 2/3, ...")).isNull();
  }

  @Test
  void bareBodiesOfAProvincialPaperAreItsProvinces() {
    Article a =
        at(
            "https://baonamdinh.vn/ky-ket-quy-che-123.htm",
            "Hai cơ quan tư pháp của tỉnh ký quy chế mới",
            "Sáng 3/5, Viện kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh đã ký kết quy chế"
                + " phối hợp trong công tác thi hành án.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Viện kiểm sát nhân dân tỉnh Nam Định", "Tòa án nhân dân tỉnh Nam Định");
    // a department written with no place at all is the paper's province's, as "Sở" is only a
    // province's
    Article b =
        at(
            "https://www.baobacninh.com.vn/a.html",
            "",
            "Chiều 8/10, Công an tỉnh và Sở Y tế ký kết quy chế phối hợp bảo đảm an ninh, trật"
                + " tự trong ngành y tế.");
    assertThat(b.parties())
        .containsExactlyInAnyOrder("Công an tỉnh Bắc Ninh", "Sở Y tế tỉnh Bắc Ninh");
    // the tag alone, with no address
    Article c =
        at(
            null,
            "",
            "(NTO) Ngày 12-3, Hội Liên hiệp Phụ nữ tỉnh và Bộ Chỉ huy Quân sự tỉnh đã ký kết"
                + " chương trình phối hợp giai đoạn 2021-2025.");
    assertThat(c.parties())
        .containsExactlyInAnyOrder(
            "Hội Liên hiệp Phụ nữ tỉnh Ninh Thuận", "Bộ Chỉ huy Quân sự tỉnh Ninh Thuận");
  }

  @Test
  void theTextsOwnProvinceComesBeforeThePapers() {
    // a provincial paper reporting on another province's bodies, which the text names
    Article a =
        at(
            "https://baonamdinh.vn/a.htm",
            "",
            "Sáng 3/5, Công an tỉnh Thái Bình và Sở Y tế tỉnh đã ký kết quy chế phối hợp.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Công an tỉnh Thái Bình", "Sở Y tế tỉnh Thái Bình");
    // a national paper's bare bodies stay without a province
    Article b =
        at(
            "https://tienphong.vn/a.tpo",
            "",
            "Sáng 3/5, Công an tỉnh và Sở Y tế đã ký kết quy chế phối hợp.");
    assertThat(b.parties()).isEmpty();
  }

  @Test
  void aBareBodyWrittenWithAnInitialismIsSpelledOutAsANamedOnesIs() {
    // the paper's own province, and the initialism the named body would have spelled out
    Article a =
        at(
            "https://baonamdinh.vn/tin/a-123.htm",
            "Viện KSND tỉnh và Ủy ban MTTQVN tỉnh phối hợp giám sát hoạt động tư pháp",
            "Hôm qua, lãnh đạo Viện KSND tỉnh và Ủy ban MTTQVN tỉnh đã ký chương trình phối hợp"
                + " giám sát hoạt động tư pháp năm 2024.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định",
            "Viện kiểm sát nhân dân tỉnh Nam Định");
  }
}
