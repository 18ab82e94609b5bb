package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A party written short signs under the fullest name its article defines for it, on sentences from
 * ../shared/corpus (article id before each).
 */
class DefinedNamesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> names(String text) {
    return ScannedNames.of(GAZETTEER, text);
  }

  @Test
  void twoPlacesThatAnAbbreviationClosesAreOneName() {
    // vietnews-train-062992: a bank named for two cities, then its abbreviation
    assertThat(
            names("Sắp tới dự kiến có thêm Ngân hàng Thương mại cổ phần Sài Gòn - Hà Nội (SHB)."))
        .containsExactly("Ngân hàng TMCP Sài Gòn - Hà Nội");
    // without the abbreviation the dash and the province end the name as before
    assertThat(names("Hiệp hội Du lịch Nha Trang - Khánh Hoà đã tổ chức hội nghị."))
        .containsExactly("Hiệp hội Du lịch Nha Trang - Khánh Hoà");
  }

  @Test
  void aHeadsOwnAbbreviationInBracketsLeavesItsNameWhole() {
    // the shape of web-t r5-003, sentences written for the test: the letters spell the head (or
    // its last words), and the name goes on after them as it would with no bracket
    assertThat(
            names(
                "Sáng 5/3, Bệnh viện (BV) Đa khoa Đức Giang và Trường Cao đẳng (CĐ) Kinh tế Kỹ"
                    + " thuật Cần Thơ đã ký kết thỏa thuận hợp tác đào tạo."))
        .containsExactly("Bệnh viện Đa khoa Đức Giang", "Trường Cao đẳng Kinh tế Kỹ thuật Cần Thơ");
    assertThat(names("Hợp tác xã (HTX) Tân Phú ký hợp đồng bao tiêu với Nhà xuất bản (NXB) Trẻ."))
        .containsExactly("Hợp tác xã Tân Phú", "Nhà xuất bản Trẻ");
  }

  @Test
  void aNationalBodysChapterAfterItsBracketedAbbreviationAndStateKeepsItsProvince() {
    // the shape of web-6t r23-018, a sentence written for the test: the state read after the
    // bracket, then the province's level word and name, as with no bracket
    assertThat(
            names(
                "Sáng 5/3, Ban Hoằng pháp Giáo hội Phật giáo (GHPG) Việt Nam tỉnh Bến Tre và Công"
                    + " an tỉnh Bến Tre ký kết chương trình phối hợp."))
        .containsExactly(
            "Ban Hoằng pháp Giáo hội Phật giáo Việt Nam tỉnh Bến Tre", "Công an tỉnh Bến Tre");
  }

  @Test
  void aCityAfterABodysBracketedAbbreviationIsSpelledOutAsWithNoBracket() {
    // the shape of web-7t r26-027, a sentence written for the test: "TPHCM", "TP Đà Nẵng" after
    // the bracket are the cities' names, spelled out as they are right after a name
    assertThat(
            names(
                "Sáng 5/3, Trường Trung học phổ thông Chuyên (THPT Chuyên) TPHCM và Hội Luật gia"
                    + " (HLG) TP Đà Nẵng ký kết chương trình phối hợp."))
        .containsExactly(
            "Trường Trung học phổ thông Chuyên Thành phố Hồ Chí Minh",
            "Hội Luật gia thành phố Đà Nẵng");
  }

  @Test
  void twoBareProvincesJoinedByADashAreTheRouteTheBodyIsNamedFor() {
    // vietnews-test-016504, vietnews-train-079195: a toll-road company named for its route; read
    // apart, the second province was a body and a side of its own ("tỉnh Lạng Sơn")
    assertThat(
            names(
                "Nguyễn Văn Dương phạm tội rửa tiền với số tiền hơn 329 tỉ đồng nộp vào Công ty"
                    + " UDIC để chuyển vào Công ty BOT Bắc Giang - Lạng Sơn."))
        .containsExactly("Công ty UDIC", "Công ty BOT Bắc Giang - Lạng Sơn");
    assertThat(
            names(
                "Công ty cổ phần Đầu tư quốc lộ 91 Cần Thơ - An Giang ký hợp đồng thuê Công ty CP"
                    + " đầu tư phát triển Cường Thuận IDICO đảm trách việc thu phí tại trạm T1."))
        .containsExactly(
            "Công ty cổ phần Đầu tư quốc lộ 91 Cần Thơ - An Giang",
            "Công ty CP đầu tư phát triển Cường Thuận IDICO");
    // a typed province after the dash stays a body of its own
    assertThat(names("Sở Y tế Hà Nội - Sở Y tế tỉnh Bắc Giang đã ký kết."))
        .containsExactly("Sở Y tế thành phố Hà Nội", "Sở Y tế tỉnh Bắc Giang");
  }

  @Test
  void anAbbreviationMakesALowerCaseHeadAndItsPlaceOneBody() {
    // vietnews-train-067704: "ngân hàng TMCP Sài Gòn (SCB)" is a bank, not a kind of bank
    assertThat(names("Công ty đã đem chung cư thế chấp tại ngân hàng TMCP Sài Gòn (SCB)."))
        .containsExactly("Ngân hàng TMCP Sài Gòn");
    assertThat(names("Các công ty Nhật Bản đang đầu tư vào Việt Nam.")).isEmpty();
  }

  @Test
  void aHeadAndTheAbbreviationIsTheBodyTheArticleDefines() {
    // vietnews-train-063078 (tune half of the development set)
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "SHB hợp tác chiến lược với hai định chế tài chính quốc tế tại Nga",
                "Tổng Bí thư và Tổng thống Nga đã chứng kiến Lễ trao thoả thuận hợp tác chiến lược"
                    + " giữa ngân hàng Sài Gòn – Hà Nội (SHB) với 2 định chế tài chính quốc tế lớn"
                    + " tại Nga.",
                "Sau một thời gian đàm phán, ngân hàng SHB và ngân hàng Đầu tư Quốc tế (IIB) đã"
                    + " chính thức ký kết hợp tác chiến lược toàn diện.",
                null));
    assertThat(a.parties())
        .containsExactly("Ngân hàng TMCP Sài Gòn - Hà Nội", "Ngân hàng Đầu tư Quốc tế");
  }

  @Test
  void aProvincialHeadOverAListOfProvincesIsThatBodyOfEach() {
    // vietnews-train-084307
    assertThat(
            names(
                "Ngân hàng Phát triển châu Á (ADB) và Uỷ ban nhân dân các tỉnh Hoà Bình, Nghệ An,"
                    + " Quảng Bình, Quảng Trị và Thừa Thiên Huế đã thực hiện ký kết hiệp định."))
        .containsExactly(
            "Ngân hàng Phát triển châu Á",
            "Ủy ban nhân dân tỉnh Hòa Bình",
            "Ủy ban nhân dân tỉnh Nghệ An",
            "Ủy ban nhân dân tỉnh Quảng Bình",
            "Ủy ban nhân dân tỉnh Quảng Trị",
            "Ủy ban nhân dân tỉnh Thừa Thiên Huế");
    // vietnews-test-003049: no "và" closes it
    assertThat(names("Lần đầu tiên UBND các tỉnh Lâm Đồng, Đồng Nai, Bình Phước cùng ký."))
        .containsExactly(
            "Ủy ban nhân dân tỉnh Lâm Đồng",
            "Ủy ban nhân dân tỉnh Đồng Nai",
            "Ủy ban nhân dân tỉnh Bình Phước");
    // a kind of body, as before
    assertThat(names("UBND các tỉnh đã ký kết với Bộ Y tế.")).containsExactly("Bộ Y tế");
  }

  @Test
  void aNamedBodyOverAListOfProvincesIsThatBodyOfEach() {
    // a head of heads.tsv, not a provincial one: the association of each province
    assertThat(
            names(
                "Hiệp hội Doanh nghiệp nhỏ và vừa các tỉnh: Cao Bằng, Lạng Sơn và Hà Giang đã ký"
                    + " kết chương trình liên kết."))
        .containsExactly(
            "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Cao Bằng",
            "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Lạng Sơn",
            "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Hà Giang");
    // a count of places with no names is no list: no province's association
    assertThat(names("Hiệp hội Doanh nghiệp 6 tỉnh miền núi đã ký kết chương trình liên kết."))
        .noneMatch(n -> n.contains("tỉnh"));
  }

  @Test
  void theListsProvincesSignAsTheSubject() {
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Tin tức",
                "Ngày 15-8 Ngân hàng Phát triển châu Á (ADB) và Uỷ ban nhân dân các tỉnh Hoà Bình,"
                    + " Nghệ An và Thừa Thiên Huế đã ký kết hiệp định dự án.",
                null,
                null));
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng Phát triển châu Á",
            "Ủy ban nhân dân tỉnh Hòa Bình",
            "Ủy ban nhân dân tỉnh Nghệ An",
            "Ủy ban nhân dân tỉnh Thừa Thiên Huế");
  }

  @Test
  void aLegalFormWrittenInLowerCaseIsPartOfTheName() {
    // vietnews-train-079700: "cổ phần" is the form, "Tập đoàn Đèo Cả" the name after it
    assertThat(
            names(
                "Công ty cổ phần Tập đoàn Đèo Cả đã có văn bản gửi tới nhiều cơ quan đề nghị làm"
                    + " rõ."))
        .containsExactly("Công ty cổ phần Tập đoàn Đèo Cả");
    // spelled as listed: "có phần" (somewhat) is no form
    assertThat(names("Công ty Samsung có phần chậm chân.")).containsExactly("Công ty Samsung");
  }

  @Test
  void aRoleNounAfterVoiListsTheBodiesThatFollowIt() {
    // vietnews-test-002778: "các nhà thầu", then the contractors and a consortium's members
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Thi công 3 gói thầu cuối cùng cao tốc Bến Lức - Long Thành",
                "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) vừa ký kết hợp đồng"
                    + " với các nhà thầu Tổng công ty Xây dựng công trình giao thông 6 - Công ty cổ"
                    + " phần (Cienco 6), Liên danh Công ty cổ phần Đầu tư xây dựng B.M. T và"
                    + " Hanshin Engineering & Construction Co., Ltd thực hiện 3 gói thầu A5, A6,"
                    + " A7.",
                null,
                null));
    assertThat(a.parties())
        .containsExactly(
            "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam",
            "Tổng công ty Xây dựng công trình giao thông 6 - Công ty cổ phần",
            "Công ty cổ phần Đầu tư xây dựng BMT",
            "Hanshin Engineering & Construction Co., Ltd");
  }
}
