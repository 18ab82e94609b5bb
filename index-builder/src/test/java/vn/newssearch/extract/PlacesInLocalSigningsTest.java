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
    return SeedArticles.nationalLead(EXTRACTOR, lead);
  }

  /** A page on a national site: its headline, lead and body. */
  private static Article page(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.fromPage(SeedArticles.NATIONAL_SITE, title, lead, body));
  }

  @Test
  void provincesJoinedByDashesAfterTheirCountEachSign() {
    assertThat(
            lead("Sáng 12/6, tại thành phố Đông Hà, 3 tỉnh Quảng Bình – Quảng Trị – Thừa Thiên"
                    + " Huế đã ký kết chương trình phối hợp phát triển du lịch.")
                .parties())
        .containsExactly("tỉnh Quảng Bình", "tỉnh Quảng Trị", "tỉnh Thừa Thiên Huế");
    assertThat(
            lead("Chiều 20/9, hai tỉnh Hà Tĩnh - Bolikhamxay đã ký biên bản hợp tác năm 2025.")
                .parties())
        .containsExactly("tỉnh Hà Tĩnh", "tỉnh Bolikhamxay");
  }

  @Test
  void theProvinceAfterACityInTheAddressIsWhereTheSigningIs() {
    Article a =
        lead(
            "Sáng 3/10, tại TP Bến Tre, tỉnh Bến Tre, Tập đoàn Sao Mai và UBND tỉnh Bến Tre đã ký"
                + " kết biên bản ghi nhớ đầu tư.");
    assertThat(a.parties()).containsExactly("Tập đoàn Sao Mai", "Ủy ban nhân dân tỉnh Bến Tre");
    assertThat(a.agreement().place()).isEqualTo("Bến Tre");
  }

  @Test
  void bodiesWrittenBareBelongToTheOneProvinceTheStoryNamesAsAPlace() {
    Article a =
        lead(
            "Sáng 14/5, Hội Cựu chiến binh và Hội Nông dân tỉnh ký kết kế hoạch phối hợp hỗ trợ"
                + " hội viên phát triển kinh tế trên địa bàn tỉnh Gia Lai.");
    assertThat(a.parties())
        .containsExactly("Hội Cựu chiến binh tỉnh Gia Lai", "Hội Nông dân tỉnh Gia Lai");
    // two provinces named: no one of them is the story's
    Article two =
        lead(
            "Sáng 14/5, Hội Cựu chiến binh và Hội Nông dân tỉnh ký kết kế hoạch phối hợp hỗ trợ"
                + " hội viên tỉnh Quảng Trị và tỉnh Quảng Bình.");
    assertThat(two.parties()).noneMatch(p -> p.endsWith("Quảng Trị") || p.endsWith("Quảng Bình"));
    // a state besides ours: a bare level word may be abroad
    Article abroad =
        page(
            "Ngư dân tỉnh Kiên Giang chờ phán quyết",
            "Thuyền trưởng đã làm đơn kháng án (ảnh chụp tại trại tạm giam Viện Công tố tỉnh"
                + " Natuna ngày 8-11).",
            "Tàu cá bị lực lượng chức năng Indonesia bắt giữ khi đang đánh bắt.");
    assertThat(abroad.organisations()).noneMatch(o -> o.contains("Kiên Giang"));
  }

  @Test
  void headsWrittenWithNoPlaceInAListWithABodyOfTheProvinceAreItsBodies() {
    // the subject names the province, its partners after "phối hợp với" are written bare
    assertThat(
            lead("Chiều 6/11, Sở Tư pháp tỉnh Yên Bái cùng Tòa án nhân dân, Viện Kiểm sát nhân dân"
                    + " đã ký quy chế về trợ giúp pháp lý.")
                .parties())
        .containsExactly(
            "Sở Tư pháp tỉnh Yên Bái",
            "Tòa án nhân dân tỉnh Yên Bái",
            "Viện kiểm sát nhân dân tỉnh Yên Bái");
    assertThat(
            lead("Sáng 3/4, Hội Nông dân tỉnh Yên Bái và Bảo hiểm xã hội đã ký kết chương trình"
                    + " phối hợp tuyên truyền chính sách.")
                .parties())
        .containsExactly("Hội Nông dân tỉnh Yên Bái", "Bảo hiểm xã hội tỉnh Yên Bái");
    // a bare head outside the list stays no body of the province
    Article apart =
        lead(
            "Sáng 3/4, Hội Nông dân tỉnh Yên Bái đã ký kết chương trình phối hợp. Tòa án nhân dân"
                + " có thẩm quyền giải quyết các tranh chấp.");
    assertThat(apart.organisations()).doesNotContain("Tòa án nhân dân tỉnh Yên Bái");
  }

  @Test
  void anAssociationOfMembersWithItsLevelWordAloneIsTheStorysProvinces() {
    // the members' fields, then "tỉnh" alone (was the member body, "Hội Văn học nghệ thuật tỉnh")
    Article a =
        page(
            "Nghệ An phát triển văn học nghệ thuật",
            "Sáng 5/3, UBND tỉnh Nghệ An và Liên hiệp các Hội Văn học nghệ thuật tỉnh ký kết chương"
                + " trình phối hợp.",
            "Hai bên thống nhất tổ chức trại sáng tác hằng năm.");
    assertThat(a.parties())
        .containsExactly(
            "Ủy ban nhân dân tỉnh Nghệ An", "Liên hiệp các Hội Văn học nghệ thuật tỉnh Nghệ An");
  }

  @Test
  void theProvincesUnionOfScienceAssociationsIsItsBodyAndTheNationalOneStaysNational() {
    assertThat(
            lead("Sáng 2/11, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và Hội Nông dân tỉnh Đắk"
                    + " Nông đã ký kết kế hoạch phối hợp.")
                .parties())
        .containsExactly(
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Nông", "Hội Nông dân tỉnh Đắk Nông");
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

  @Test
  void theHeadlinesTwoPlacesAreTheSidesOfHaiBenUnlessItIsABodysNews() {
    Article twinned =
        page(
            "Quảng Bình - Khăm Muộn: Tình hữu nghị bền chặt",
            "Chiều 5/3, hai bên đã ký kết biên bản hợp tác giai đoạn 2024 - 2028.",
            "Hai bên thống nhất các nội dung phối hợp.");
    assertThat(twinned.parties()).containsExactly("tỉnh Quảng Bình", "tỉnh Khăm Muộn");
    // a sector's news: its bodies sign, which the headline does not name
    Article army =
        page(
            "Hợp tác quân sự Kiên Giang - Kampot đi vào chiều sâu",
            "Chiều 5/3, hai bên đã ký kết biên bản hợp tác giai đoạn 2024 - 2028.",
            "Hai bên thống nhất các nội dung phối hợp.");
    assertThat(army.parties()).isEmpty();
  }

  @Test
  void twoBodiesBetweenGiuaAndVoiShareTheProvinceThatClosesThePair() {
    assertThat(
            lead("Sáng 3/6, lễ ký quy chế phối hợp giữa Hội Nông dân với Sở Tài nguyên và Môi"
                    + " trường tỉnh Kon Tum được tổ chức tại thành phố Kon Tum.")
                .parties())
        .containsExactly("Hội Nông dân tỉnh Kon Tum", "Sở Tài nguyên và Môi trường tỉnh Kon Tum");
  }

  @Test
  void aHeadBeforeACountOfProvincesIsThatBodyOfTheStorysProvinces() {
    Article a =
        page(
            "Sóc Trăng - Bạc Liêu: hợp tác phát triển du lịch",
            "Đoàn công tác của tỉnh Sóc Trăng đến làm việc tại tỉnh Bạc Liêu.",
            "Tại buổi làm việc, Sở Văn hóa, Thể thao và Du lịch 2 tỉnh đã ký kết chương trình"
                + " hợp tác năm 2025.");
    assertThat(a.parties())
        .containsExactly(
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Bạc Liêu");
    // a third province named: the count refers to none of them
    Article three =
        lead(
            "Đoàn công tác của tỉnh Sóc Trăng và tỉnh Cà Mau đến làm việc tại tỉnh Bạc Liêu. Sở"
                + " Văn hóa, Thể thao và Du lịch 2 tỉnh đã ký kết chương trình hợp tác.");
    assertThat(three.parties()).noneMatch(p -> p.startsWith("Sở Văn hóa"));
  }

  @Test
  void aSideWrittenWithoutItsPlaceTakesTheFullerFormTheArticleGivesIt() {
    Article a =
        page(
            "",
            "Sáng 10/5, Cục Hải quan và Hội Doanh nhân trẻ tỉnh Cà Mau ký kết quy chế phối"
                + " hợp năm 2025.",
            "Theo lãnh đạo Cục Hải quan tỉnh Cà Mau, quy chế giúp doanh nghiệp trẻ làm thủ tục"
                + " nhanh hơn.");
    assertThat(a.parties())
        .containsExactly("Cục Hải quan tỉnh Cà Mau", "Hội Doanh nhân trẻ tỉnh Cà Mau");
    // placed in two provinces by the article: neither
    Article two =
        page(
            "",
            "Sáng 10/5, Cục Hải quan và Hội Doanh nhân trẻ tỉnh Cà Mau ký kết quy chế phối"
                + " hợp năm 2025.",
            "Lãnh đạo Cục Hải quan tỉnh Cà Mau và Cục Hải quan tỉnh Bạc Liêu cùng dự.");
    assertThat(two.parties()).contains("Cục Hải quan");
  }

  @Test
  void bodiesWrittenBareBelongToTheOneProvinceTheStoryNamesWithoutItsTypeWord() {
    // no body and no title names the province; the text names it only as a place
    assertThat(
            lead("Sáng 12/3, tại Quảng Bình, Hội Nông dân tỉnh và Liên đoàn Lao động tỉnh đã ký"
                    + " kết chương trình phối hợp hỗ trợ hội viên học nghề.")
                .parties())
        .containsExactly("Hội Nông dân tỉnh Quảng Bình", "Liên đoàn Lao động tỉnh Quảng Bình");
    // a centrally-run city: "TP" and the city's level head
    assertThat(
            lead("Sáng 29-12, tại TP.HCM, Hội Liên hiệp Phụ nữ TP và Thành đoàn cùng ký kết chương"
                    + " trình hỗ trợ thanh niên khởi nghiệp.")
                .parties())
        .containsExactly(
            "Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh", "Thành đoàn Thành phố Hồ Chí Minh");
    // two provinces named: no one of them is the story's
    Article two =
        lead(
            "Sáng 12/3, tại Quảng Bình, Hội Nông dân tỉnh và Liên đoàn Lao động tỉnh đã ký kết"
                + " chương trình phối hợp, có đoàn công tác Quảng Trị dự.");
    assertThat(two.organisations())
        .noneMatch(o -> o.endsWith("Quảng Bình") || o.endsWith("Quảng Trị"));
  }

  @Test
  void aPersonsGivenNameThatSpellsAProvinceIsNoPlaceOfTheStory() {
    // "Thái Bình", "Thái Nguyên", "Hà Nam" are given names as often as provinces: after a family
    // name and an honorific or a title they name the person, not where the bodies are
    for (String signer :
        new String[] {
          "Ông Trần Thái Bình, Phó Chủ tịch Hội Nông dân tỉnh,",
          "Bà Lê Thị Hà Nam, Phó Chủ tịch Hội Nông dân tỉnh,",
          "Phó Chủ tịch Hội Nông dân tỉnh Nguyễn Thái Nguyên"
        }) {
      Article told =
          page(
              "Hội Nông dân tỉnh và Hội Luật gia tỉnh ký kết chương trình phối hợp",
              "Sáng 5/6, Hội Nông dân tỉnh và Hội Luật gia tỉnh tổ chức ký kết chương trình phối"
                  + " hợp tuyên truyền pháp luật cho hội viên.",
              signer + " ký chương trình.");
      assertThat(told.organisations())
          .as(signer)
          .noneMatch(o -> o.endsWith("Thái Bình") || o.endsWith("Hà Nam") || o.endsWith("Nguyên"));
    }
  }

  @Test
  void aDepartmentWrittenAloneBelongsToTheStorysOneProvince() {
    // only a province has a "Sở": in a story on one province of ours, written with no place at
    // all, it is that province's, as the other bodies written with the bare level word are
    Article placed =
        page(
            "Hội Nông dân tỉnh và Sở Tư pháp ký kết chương trình phối hợp",
            "Sáng 5/6, tại tỉnh Thái Bình, Hội Nông dân tỉnh và Sở Tư pháp tổ chức ký kết chương"
                + " trình phối hợp tuyên truyền pháp luật cho hội viên.",
            "Ông Trần Văn Hải, Phó Chủ tịch Hội Nông dân tỉnh, ký chương trình.");
    assertThat(placed.parties())
        .containsExactly("Hội Nông dân tỉnh Thái Bình", "Sở Tư pháp tỉnh Thái Bình");
    // after a count, the departments of every province: none of them the story's; nor in a
    // sentence that names another province of ours
    Article counted =
        page(
            "Hội Nông dân tỉnh Thái Bình và Hội Luật gia tỉnh Thái Bình ký kết chương trình phối"
                + " hợp",
            "Sáng 5/6, Hội Nông dân tỉnh Thái Bình và Hội Luật gia tỉnh Thái Bình tổ chức ký kết"
                + " chương trình phối hợp tuyên truyền pháp luật cho hội viên.",
            "Bộ Tư pháp đề nghị các Sở Tư pháp nhân rộng cách làm này. Tỉnh Nam Định cũng đã"
                + " sáp nhập Sở Xây dựng với Sở Giao thông vận tải.");
    assertThat(counted.parties())
        .containsExactly("Hội Nông dân tỉnh Thái Bình", "Hội Luật gia tỉnh Thái Bình");
    assertThat(counted.organisations())
        .doesNotContain(
            "Sở Tư pháp tỉnh Thái Bình", "Sở Xây dựng tỉnh Thái Bình", "Sở Xây dựng tỉnh Nam Định");
  }

  @Test
  void aStandingOrganBeforeTheNextBodyKeepsTheListThatSharesItsProvince() {
    // "Ban Thường trực" is the Front's committee's organ: the list of bodies goes on through it
    // and the bare level word at its end is every body's (a sentence written here)
    assertThat(
            lead("Chiều 14/2, tại Cao Bằng, Thường trực HĐND, UBND và Ban Thường trực UBMTTQ Việt"
                    + " Nam tỉnh đã ký quy chế phối hợp năm 2026.")
                .parties())
        .containsExactly(
            "Hội đồng nhân dân tỉnh Cao Bằng",
            "Ủy ban nhân dân tỉnh Cao Bằng",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng");
  }

  @Test
  void theBodiesTheStateHasOnlyAtTheProvinceBelongToTheStorysOneProvince() {
    // the ethnic affairs board, the military and border guard commands, the civil judgment
    // department and the deputies' delegation exist at the province only (a district has a "Phòng
    // Dân tộc", a "Ban Chỉ huy Quân sự", a "Chi cục"): written with no place, the story's
    // province's
    Article bare =
        page(
            "Ký kết quy chế phối hợp giữa các cơ quan",
            "Sáng 12/4, tại tỉnh Hà Giang, Đoàn đại biểu Quốc hội, Ban Dân tộc và Bộ Chỉ huy Quân sự"
                + " tổ chức ký kết quy chế phối hợp về công tác dân vận.",
            "Quy chế có hiệu lực từ ngày ký.");
    assertThat(bare.parties())
        .containsExactly(
            "Đoàn Đại biểu Quốc hội tỉnh Hà Giang",
            "Ban Dân tộc tỉnh Hà Giang",
            "Bộ Chỉ huy Quân sự tỉnh Hà Giang");
    // a district's command keeps its own head and place
    Article district =
        page(
            "Ký kết quy chế phối hợp giữa các cơ quan",
            "Sáng 12/4, tại tỉnh Hà Giang, Ban Chỉ huy Quân sự huyện Yên Minh và Công an huyện Yên"
                + " Minh tổ chức ký kết quy chế phối hợp về công tác dân vận.",
            "Quy chế có hiệu lực từ ngày ký.");
    assertThat(district.parties())
        .containsExactly("Ban Chỉ huy Quân sự huyện Yên Minh", "Công an huyện Yên Minh");
  }

  @Test
  void aProvinceAbroadIsNamedAsTheArticleSpellsIt() {
    // spellings that fold alike ("Attapư", "Attapu") each keep the article's own
    assertThat(
            lead("Chiều 2/6, tỉnh Quảng Nam và tỉnh Attapư ký kết thỏa thuận hợp tác về y tế và"
                    + " giáo dục.")
                .parties())
        .containsExactly("tỉnh Quảng Nam", "tỉnh Attapư");
    assertThat(
            lead("Chiều 2/6, tỉnh Quảng Nam và tỉnh Attapu ký kết thỏa thuận hợp tác về y tế và"
                    + " giáo dục.")
                .parties())
        .containsExactly("tỉnh Quảng Nam", "tỉnh Attapu");
  }
}
