package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Parties named apart from the signing verb, and second parties a clause used to lose: a count at
 * the bodies' level, a passive clause that names the sides of a signing the lead tells with one,
 * the end of a list that "và" closes, a venue after "tại" (tuning probes and corpus sentences, the
 * id in each comment).
 */
class ListedApartPartiesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void aCountAtTheBodiesLevelIsTheBodiesListedAfter() {
    // heldout-10 p22-047: "Trung ương" between "và" and the count, a short name before "và"
    Article a =
        article(
            "NHCSXH ký kết với Hội Cựu chiến binh, Hội Nông dân, Đoàn Thanh niên và Hội Phụ nữ",
            "Ngày 28/11, Ngân hàng Chính sách xã hội (NHCSXH) và Trung ương 4 tổ chức chính trị -"
                + " xã hội đã ký thỏa thuận về ủy thác cho vay vốn tín dụng chính sách.",
            "Các tổ chức tham gia ký gồm Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Trung ương Hội"
                + " Nông dân Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam và Trung ương Đoàn"
                + " TNCS Hồ Chí Minh.");
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng Chính sách xã hội",
            "Hội Liên hiệp Phụ nữ Việt Nam",
            "Hội Nông dân Việt Nam",
            "Hội Cựu chiến binh Việt Nam",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh");
  }

  @Test
  void aPassiveClauseNamesBothSidesOfTheSigningTheLeadTellsWithOne() {
    // heldout-9 p21-048: the fund hands over the memorandum in the lead; the body names the bank
    // as the other side, and the union after the comma only chooses who benefits
    Article a =
        article(
            "\"Mái ấm Công đoàn\": doanh nghiệp chung tay xây nhà cho đoàn viên",
            "(LĐ) - Ngày 17.8, tại Hà Tĩnh, Quỹ Xã hội Tấm lòng Vàng Lao Động tổ chức trao biên"
                + " bản ghi nhớ tài trợ xây dựng 50 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn.",
            "Theo đó, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) tài trợ 2,5 tỉ đồng, mỗi"
                + " căn nhà được hỗ trợ 50 triệu đồng. Biên bản ghi nhớ được ký giữa Quỹ Xã hội Tấm"
                + " lòng Vàng Lao Động và BIDV, LĐLĐ tỉnh Hà Tĩnh chịu trách nhiệm lựa chọn đối"
                + " tượng.");
    assertThat(a.parties())
        .containsExactly(
            "Quỹ Xã hội Tấm lòng Vàng Lao Động", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam");
  }

  @Test
  void aListThatVaClosesAgainGoesOnAfterItsComma() {
    // vietnews-train-072418: "giữa A và B, C, D và E", the second side a list of its own
    Article a =
        article(
            "Việt Nam và Nhật Bản ký thỏa thuận về lưu học sinh",
            "Hôm nay (8/10), tại Tokyo, Bộ Giáo dục và Đào tạo Việt Nam đã ký thoả thuận hợp tác"
                + " giữa bộ Giáo dục và Đào tạo Việt Nam và Cơ quan Cảnh sát quốc gia, bộ Tư pháp,"
                + " Bộ Ngoại giao và bộ Giáo dục, Văn hoá, Thể thao, Khoa học và Công nghệ Nhật Bản"
                + " về lưu học sinh Việt Nam tại Nhật Bản.",
            "Nội dung thỏa thuận gồm nhiều điểm.");
    assertThat(a.parties())
        .contains(
            "Cơ quan Cảnh sát quốc gia Nhật Bản", "Bộ Tư pháp Nhật Bản", "Bộ Ngoại giao Nhật Bản");
  }

  @Test
  void aHallAfterTaiIsTheVenueNotAParty() {
    // heldout-9 p21-015: "tại Nhà Văn hóa Lao động TP.HCM," before the union that signs
    Article a =
        article(
            "Ngành y tế và công đoàn TP.HCM ký kết chăm sóc sức khỏe công nhân",
            "SGGP - Sáng 17-5, tại Nhà Văn hóa Lao động TP.HCM, LĐLĐ TP.HCM đã ký kết hợp tác với"
                + " Bệnh viện Nhân dân 115, Bệnh viện Nhân dân Gia Định và Bệnh viện Đại học Y Dược"
                + " TP.HCM nhằm chăm sóc sức khỏe cho đoàn viên, người lao động.",
            "Giám đốc Sở Y tế TP.HCM Tăng Chí Thượng dự và chứng kiến lễ ký kết.");
    assertThat(a.parties())
        .containsExactly(
            "Liên đoàn Lao động Thành phố Hồ Chí Minh",
            "Bệnh viện Nhân dân 115",
            "Bệnh viện Nhân dân Gia Định",
            "Bệnh viện Đại học Y Dược Thành phố Hồ Chí Minh");
  }

  @Test
  void hanoisUnionOfTheZonesSignsWithTheCompaniesListedAfter() {
    // heldout-9 p21-012: Hà Nội writes "khu công nghiệp và chế xuất", the other way round
    Article a =
        article(
            "Hà Nội: Công đoàn các KCN-CX ký thỏa ước nhóm doanh nghiệp đầu tiên",
            "Ngày 26/8, tại KCN Thăng Long (huyện Đông Anh), Công đoàn các Khu công nghiệp và chế"
                + " xuất Hà Nội đại diện tập thể lao động ký thỏa ước lao động tập thể nhóm doanh"
                + " nghiệp với 2 doanh nghiệp Nhật Bản.",
            "Các doanh nghiệp tham gia gồm Công ty TNHH Canon Việt Nam và Công ty TNHH Toto Việt"
                + " Nam.");
    assertThat(a.parties())
        .containsExactly(
            "Công đoàn các khu công nghiệp và chế xuất thành phố Hà Nội",
            "Công ty TNHH Canon Việt Nam",
            "Công ty TNHH Toto Việt Nam");
  }

  @Test
  void anUnnamedConsortiumBeforeItsCountedMembersIsTheMembers() {
    // heldout-21 p33-045: "giữa liên danh 3 ngân hàng X, Y, Z và W", the members named after the
    // consortium's count and class noun
    Article a =
        article(
            "Đèo Cả thu xếp được 9.000 tỷ đồng vốn tín dụng cho cao tốc Hữu Nghị - Chi Lăng",
            "(Nhà Đầu tư) - Hợp đồng tín dụng hợp vốn trị giá 9.000 tỷ đồng vừa được ký giữa liên"
                + " danh 3 ngân hàng Vietcombank, BIDV, VietinBank và Công ty CP Tập đoàn Đèo Cả.",
            "Lễ ký diễn ra chiều 14/9/2023 tại Hà Nội. Trong liên danh, Ngân hàng TMCP Ngoại thương"
                + " Việt Nam (Vietcombank) là ngân hàng đầu mối, cùng Ngân hàng TMCP Đầu tư và Phát"
                + " triển Việt Nam (BIDV) và Ngân hàng TMCP Công Thương Việt Nam (VietinBank) tài"
                + " trợ cho dự án.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Ngân hàng TMCP Ngoại thương Việt Nam",
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
            "Ngân hàng TMCP Công Thương Việt Nam",
            "Công ty CP Tập đoàn Đèo Cả");
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
  }

  @Test
  void aDecimalCommaInThePassiveDocumentsPriceKeepsItsNoun() {
    // heldout-16 p28-010: "trị giá khoảng 1,3 tỷ USD" between the contract and its passive verb
    // is one number, no comma that parts the clause
    Article a =
        article(
            "Chốt tổng thầu EPC Nhà máy điện Nhơn Trạch 3 và 4",
            "Hợp đồng EPC trị giá khoảng 1,3 tỷ USD cho dự án nhà máy điện khí LNG Nhơn Trạch 3 và"
                + " Nhơn Trạch 4 đã được ký giữa PV Power và liên danh Lilama – GE.",
            "Lễ ký được tổ chức ngày 19/7/2022 tại tỉnh Đồng Nai. Đại diện chủ đầu tư là Tổng công"
                + " ty Điện lực Dầu khí Việt Nam (PV Power); phía nhà thầu gồm Tổng công ty Lắp máy"
                + " Việt Nam (Lilama) và General Electric (GE, Mỹ).");
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
  }
}
