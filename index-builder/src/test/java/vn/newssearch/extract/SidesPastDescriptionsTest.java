package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Subject lists whose sides a description stands between (branch ag-lists): an apposition closed by
 * a comma right before "và" or opened by one and closed by the verb, and a class noun that
 * introduces the members after "cùng". The description is no side, nor is a body named only inside
 * it.
 */
class SidesPastDescriptionsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void anAppositionClosedBeforeVaKeepsBothSidesOfTheList() {
    // heldout-16 p28-038: the short name in brackets, the description, its comma, then "và"; the
    // first side was the only one read, the land lessee after the description lost
    Article a =
        article(
            "Amkor đầu tư 1,6 tỷ USD vào Bắc Ninh",
            "(Báo Đầu tư) - Chiều 13/7/2021, tại TP Bắc Ninh, Ban Quản lý các KCN Bắc Ninh đã trao"
                + " Giấy chứng nhận đăng ký đầu tư dự án nhà máy sản xuất linh kiện bán dẫn cho Tập"
                + " đoàn Amkor Technology (Hoa Kỳ).",
            "Ngay sau lễ trao giấy chứng nhận, Tổng công ty Phát triển Đô thị Kinh Bắc – CTCP"
                + " (KBC), chủ đầu tư hạ tầng KCN, và Amkor Technology đã ký hợp đồng thuê đất với"
                + " diện tích 23 ha.");
    assertThat(a.parties())
        .containsExactly(
            "Tổng công ty Phát triển Đô thị Kinh Bắc - CTCP", "Tập đoàn Amkor Technology");
  }

  @Test
  void theCoSignerAfterTheDocumentsListOfFieldsSigns() {
    // web-6t r20-010's shape (sentences written for the test): the fields of the document listed
    // with commas and closed by "và", then "với" and the other side; main stopped at the comma
    String signs = "Sáng 3/3, Sở Y tế tỉnh Bình Định tổ chức lễ ký kết hợp tác, hỗ trợ về ";
    Article a =
        article(
            "Ký kết hợp tác",
            signs
                + "lĩnh vực khám chữa bệnh, đào tạo và chuyển giao kỹ thuật với Sở Y tế tỉnh Gia"
                + " Lai. Lãnh đạo UBND tỉnh đã đến dự.",
            "Hai sở sẽ cử cán bộ sang làm việc.");
    assertThat(a.parties()).containsExactly("Sở Y tế tỉnh Bình Định", "Sở Y tế tỉnh Gia Lai");
    // a purpose after the comma opens another clause: the "với" there is no co-signer's
    Article purpose =
        article(
            "Ký kết hợp tác",
            signs
                + "lĩnh vực khám chữa bệnh, để kết nối và chia sẻ dữ liệu với Sở Y tế tỉnh Gia"
                + " Lai.",
            "Hai sở sẽ cử cán bộ sang làm việc.");
    assertThat(purpose.parties()).containsExactly("Sở Y tế tỉnh Bình Định");
  }

  @Test
  void aBodyNamedOnlyInsideTheAppositionDoesNotSign() {
    // the shape of issue 12's list: "của Tập đoàn Thép Nam Á" describes the distributor
    Article a =
        article(
            "Ký kết hợp đồng phân phối",
            "Sáng 5/6, Công ty cổ phần Thép Bình Minh, đơn vị phân phối độc quyền của Tập đoàn"
                + " Thép Nam Á tại Việt Nam, và Công ty TNHH Xây dựng Hòa An đã ký hợp đồng phân"
                + " phối.",
            "Hai bên cam kết phối hợp chặt chẽ.");
    assertThat(a.parties())
        .containsExactly("Công ty cổ phần Thép Bình Minh", "Công ty TNHH Xây dựng Hòa An");
  }

  @Test
  void aClassNounAfterCungIntroducesTheMembersWhoSignWithTheSubject() {
    // the subject shape of vietnews-train-066644's "cùng các đơn vị sàn liên kết Công ty ...":
    // "các đối tác" counted as gap words and cut the subject off its partners
    Article a =
        article(
            "Ký kết hợp tác",
            "Sáng 12/3, Tập đoàn Hòa Phát cùng các đối tác Công ty cổ phần Thép Việt, Công ty TNHH"
                + " Thép Miền Nam đã ký kết thỏa thuận hợp tác.",
            "Hai bên cam kết phối hợp chặt chẽ.");
    assertThat(a.parties())
        .containsExactly(
            "Tập đoàn Hoà Phát", "Công ty cổ phần Thép Việt", "Công ty TNHH Thép Miền Nam");
  }

  @Test
  void aClassPlacedOrOwnedByABodyNamesNoMembers() {
    // "các công ty con thuộc Tập đoàn X" (the shape of vietnews-train-010305): the owner is no
    // member of the class and the bank signs with no named side
    Article a =
        article(
            "Ký kết hợp tác",
            "Sáng 12/3, Ngân hàng TMCP Quân đội và các công ty con thuộc Tập đoàn Viettel đã ký"
                + " kết thỏa thuận hợp tác.",
            "Hai bên cam kết phối hợp chặt chẽ.");
    assertThat(a.parties()).doesNotContain("Tập đoàn Công nghiệp - Viễn thông Quân đội");
  }

  @Test
  void anAppositionAfterACommaThatTheVerbClosesIsNoSide() {
    // the comma opens the description and the verb ends it, with no closing comma: the subject is
    // the body before the comma; the state inside the description signs nothing
    Article a =
        article(
            "Nhà phân phối thiết bị y tế ký hợp đồng độc quyền",
            "Pacific Trading Joint Stock Company, nhà phân phối thiết bị y tế lớn tại miền Trung đã"
                + " ký hợp đồng độc quyền với Medtronic Inc.",
            "Hợp đồng có thời hạn 5 năm.");
    assertThat(a.parties()).containsExactly("Pacific Trading Joint Stock Company", "Medtronic Inc");
  }

  @Test
  void theSidesOfADocumentTheSigningCarriesOutAreNotItsOwn() {
    // web-zt r18-033's shape, sentences written for the test: "theo" cites the two ministries'
    // document, whose "giữa" names them; the provincial bodies sign
    Article a =
        article(
            "Ký kết phối hợp về trợ giúp pháp lý",
            "Sáng 9/5, Sở Tư pháp tỉnh Bạc Liêu và Công an tỉnh Bạc Liêu đã ký kết quy chế về"
                + " hỗ trợ người bị tạm giữ theo Quy chế phối hợp giữa Bộ Tư pháp và Bộ Quốc phòng"
                + " năm trước.",
            "Hai ngành sẽ cử người trực tại tòa.");
    assertThat(a.parties()).containsExactly("Sở Tư pháp tỉnh Bạc Liêu", "Công an tỉnh Bạc Liêu");
  }

  @Test
  void aSecondActivityAfterTheVerbsOwnKeepsTheSideAfterVoi() {
    // web-zt r18-046's shape, sentences written for the test: "giao lưu, kết nghĩa" are the
    // verb's activities, with no document noun before them; "với" after them still names the side
    Article a =
        article(
            "Tuổi trẻ biên phòng kết nghĩa với đoàn viên xã biên giới",
            "Sáng 2/7, Đồn Biên phòng Phước Tân đã ký kết giao lưu, kết nghĩa với Hội Cựu chiến"
                + " binh xã Phước Tân.",
            "Hai đơn vị sẽ cùng tổ chức hoạt động tình nguyện.");
    assertThat(a.parties())
        .containsExactly("Đồn Biên phòng Phước Tân", "Hội Cựu chiến binh xã Phước Tân");
  }

  @Test
  void aGroupsArmSignsNotTheGroupItsAppositionNames() {
    // web-zt r17-036's shape, sentences written for the test: "nhánh" (an arm of a group) opens an
    // apposition like "thành viên của"; the unread name before it signs, the group does not
    Article a =
        article(
            "Bắc Ninh đón nhà đầu tư bất động sản",
            "Sáng 3/3, Sunrise Development (SRD), nhánh bất động sản của Tập đoàn Hòa Bình, đã ký"
                + " biên bản ghi nhớ với UBND tỉnh Bắc Ninh về khu đô thị mới.",
            "Dự án rộng 200 ha.");
    assertThat(a.parties()).containsExactly("Sunrise Development", "Ủy ban nhân dân tỉnh Bắc Ninh");
  }
}
