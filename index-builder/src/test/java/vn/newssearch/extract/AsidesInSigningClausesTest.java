package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Words that only describe something in a signing clause (branch ag-chosen2): a document's title in
 * quotes between the verb and "với", and a body's role after a dash ("- chủ đầu tư ..."), whether
 * the dash closes the body's name or opens an aside that runs to the verb.
 */
class AsidesInSigningClausesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article body(String title, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, body, null));
  }

  @Test
  void aQuotedTitleBetweenTheObjectAndWithDoesNotUseUpTheObjectsReach() {
    // vietnews-train-094806: the project's title in quotes ran the object past its reach, and the
    // side after "với" was never read
    Article a =
        body(
            "Việt Nam chuẩn bị công bố bản đồ ô nhiễm bom mìn",
            "Ngày 14/6, Thứ trưởng Nguyễn Chí Vịnh đã ký biên bản thảo luận dự án “Việt Nam - Hàn"
                + " Quốc hợp tác khắc phục hậu quả bom mìn sau chiến tranh” với đại diện Chính phủ"
                + " Hàn Quốc.");
    assertThat(a.parties()).containsExactly("Chính phủ Hàn Quốc");
  }

  @Test
  void aQuotedTitleThatNamesTheSidesIsStillRead() {
    // vietnews-train-040303's shape: "giữa" inside the quotes names the sides, as after the verb
    Article a =
        body(
            "Ký kết hợp tác",
            "Hai bên đã ký “Bản ghi nhớ giữa Cảnh sát biển Việt Nam và Lực lượng bảo vệ bờ biển Ấn"
                + " Độ về thiết lập quan hệ phối hợp”.");
    assertThat(a.parties())
        .containsExactly("Cảnh sát biển Việt Nam", "Lực lượng bảo vệ bờ biển Ấn Độ");
  }

  @Test
  void aRoleAfterADashEndsTheBodysNameBeforeTheCapitalsThatFollow() {
    // vietnews-train-064457: the owner's role after the dash ran into the complex's name
    Article a =
        body(
            "Kịch bản tại dự án Thanh Xuân Complex",
            "TUD I., JSC hiện sở hữu 88% vốn công ty Cổ phần Bất động sản Hapulico – chủ đầu tư tổ"
                + " hợp Hapulico Complex nằm ngay ngã ba Nguyễn Huy Tưởng - Nguỵ Như Kon Tum.");
    assertThat(a.organisations())
        .contains("Công ty Cổ phần Bất động sản Hapulico")
        .noneMatch(o -> o.contains("chủ đầu tư"));
  }

  @Test
  void aRoleWordRightBeforeAProvinceIsAFieldOfTheName() {
    // vietnews-train-004440: "doanh nghiệp tỉnh Hà Giang" after "khối cơ quan -" is the party
    // committee's second field, not what the body is
    Article a =
        body(
            "Khai trừ Đảng hai bị can",
            "Ngay trước thềm diễn ra phiên toà, Đảng uỷ khối cơ quan - doanh nghiệp tỉnh Hà Giang"
                + " vừa ra quyết định khai trừ Đảng đối với 2 bị can.");
    assertThat(a.organisations()).anyMatch(o -> o.endsWith("cơ quan - doanh nghiệp tỉnh Hà Giang"));
  }

  @Test
  void aRoleThatADashOpensAndTheVerbClosesLeavesTheSubjectBeforeIt() {
    // vietnews-labour vietnews-train-067306's name and role, in a signing clause: the aside is not
    // closed by a second dash, and the subject stands before it
    Article a =
        body(
            "Ký hợp đồng xử lý rác",
            "Ngày 12/10, Công ty Công Lý - chủ đầu tư Nhà máy xử lý rác thải thành phố Cà Mau đã ký"
                + " hợp đồng với Công ty Xây dựng Hoà Bình.");
    assertThat(a.parties()).containsExactly("Công ty Công Lý", "Công ty Xây dựng Hoà Bình");
  }

  @Test
  void theTwoStatesNamedAfterBothCountriesDoNotKeepTheMinistersFromTheirMinistries() {
    // dev tune vietnews-train-099130: "hai nước Việt Nam và Cuba" put the verb past the four words
    // the ministers' subject may stand before it, and the states were the parties
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Việt Nam và Cuba thúc đẩy hợp tác trong lĩnh vực quốc phòng",
                "Bộ trưởng Quốc phòng hai nước Việt Nam và Cuba đã ký kế hoạch hợp tác giai đoạn"
                    + " 2017-2019, tập trung thúc đẩy hợp tác trong đào tạo cán bộ, quân y, phòng"
                    + " không - không quân...",
                "Chiều 23/3, Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng đã hội đàm với Thượng"
                    + " tướng Leopoldo Cintra Frías, Bộ trưởng Bộ các lực lượng vũ trang cách mạng"
                    + " Cuba.",
                null));
    assertThat(a.parties()).containsExactly("Bộ Quốc phòng", "Bộ Quốc phòng Cuba");
  }
}
