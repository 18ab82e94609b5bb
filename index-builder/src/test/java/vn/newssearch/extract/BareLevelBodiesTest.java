package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A body whose name ends in the province's level word alone ("Bưu điện tỉnh", "Bệnh viện đa khoa
 * tỉnh") is the article's province's, as "UBND tỉnh" is; sentences written for these tests in the
 * shape of real provincial news.
 */
class BareLevelBodiesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article at(String url, String lead) {
    return SeedArticles.leadAt(EXTRACTOR, url, lead);
  }

  /** The lead on a national site, whose address names no province. */
  private static Article national(String lead) {
    return SeedArticles.nationalLead(EXTRACTOR, lead);
  }

  @Test
  void aHeadAProvinceHasWithItsLevelWordAloneIsTheProvincesBody() {
    // the post office and the inspectorate (heads.tsv flag province) need no name words
    Article paper =
        at(
            "https://baohatinh.vn/a/b.htm",
            "(HTO) - Sáng 5/6, Hội Cựu chiến binh tỉnh và Bưu điện tỉnh đã ký kết chương trình"
                + " phối hợp giai đoạn 2024 - 2029.");
    assertThat(paper.parties())
        .containsExactlyInAnyOrder("Hội Cựu chiến binh tỉnh Hà Tĩnh", "Bưu điện tỉnh Hà Tĩnh");
    Article text =
        national(
            "Sáng 6/11, Thanh tra tỉnh và Hội Nông dân tỉnh Cà Mau đã ký kết quy chế phối hợp.");
    assertThat(text.parties())
        .containsExactlyInAnyOrder("Thanh tra tỉnh Cà Mau", "Hội Nông dân tỉnh Cà Mau");
  }

  @Test
  void aKindWrittenInLowerCaseBeforeTheLevelWordIsTheProvincesBody() {
    // as the article writes it; the partner's name holds another province, the site is the body's
    Article a =
        at(
            "https://ytenamdinh.org.vn/a/b.html",
            "Chiều 14/10, tại hội trường bệnh viện, Trường Cao đẳng Y tế Hà Nam và Bệnh viện đa"
                + " khoa tỉnh cùng ký thỏa thuận hợp tác về thực hành lâm sàng.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Bệnh viện đa khoa tỉnh Nam Định", "Trường Cao đẳng Y tế Hà Nam");
  }

  @Test
  void aLevelWordOfAnotherLevelOrOnlyItsLettersNamesNoBody() {
    // a city's inspectorate in an article on a province is a city's below it
    assertThat(
            national(
                    "Sáng 6/11, Hội Nông dân tỉnh Hà Tĩnh và Thanh tra thành phố ký kết quy chế"
                        + " phối hợp.")
                .organisations())
        .containsExactly("Hội Nông dân tỉnh Hà Tĩnh");
    // every province's inspectorate; "tính" (tested positive) is no level word
    assertThat(
            national(
                    "Sáng 6/11, UBND tỉnh Hà Tĩnh giao Thanh tra tỉnh, thành phố theo dõi. Đàn lợn"
                        + " của Trung tâm giống dương tính với dịch tả.")
                .organisations())
        .containsExactly("Ủy ban nhân dân tỉnh Hà Tĩnh");
  }

  @Test
  void aProvinceOnlyANamedBodysNameHoldsIsTheBareBodysProvince() {
    // no provincial body names the province with its own name; the post office's name does
    Article a =
        national(
            "Sáng 5/3, Bảo hiểm xã hội tỉnh vừa ký kết hợp đồng chi trả trợ cấp hằng tháng với"
                + " Bưu điện tỉnh Sóc Trăng.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Bảo hiểm xã hội tỉnh Sóc Trăng", "Bưu điện tỉnh Sóc Trăng");
    // a province abroad is never the article's: the federation stays unnamed
    Article b =
        national(
            "Sáng 5/3, Liên đoàn Lao động tỉnh vừa ký kết biên bản ghi nhớ với Liên hiệp Công đoàn"
                + " tỉnh Champasak (Lào).");
    assertThat(b.parties()).containsExactly("Liên hiệp Công đoàn tỉnh Champasak");
  }

  @Test
  void aLevelWordAndAnotherAfterACommaAreEveryProvincesBody() {
    // "tỉnh, thành phố" names no one province, whichever the article is on
    Article a =
        national(
            "Sáng 5/3, Sở Y tế tỉnh Hà Nam cho biết UBND tỉnh, thành phố sẽ quyết định phương án"
                + " chuyển đổi các bệnh viện.");
    assertThat(a.organisations()).containsExactly("Sở Y tế tỉnh Hà Nam");
    // the city's council, then the next clause's subject "thành phố"
    Article b =
        national(
            "Sáng 5/3, UBND TP. HCM ban hành kế hoạch theo nghị quyết của HĐND TP, thành phố sẽ"
                + " thực hiện cơ chế thí điểm.");
    assertThat(b.organisations()).contains("Hội đồng nhân dân Thành phố Hồ Chí Minh");
  }

  @Test
  void aProvincialHeadWithTheCitysLevelWordInAnArticleOnAProvinceIsNoneOfTheProvinces() {
    // "UBND thành phố" beside a province's department is the city's committee, below it
    Article a =
        national(
            "Sáng 5/3, Phòng Giáo dục và Đào tạo TP Thanh Hoá đề nghị UBND thành phố cảnh cáo giáo"
                + " viên; Sở Y tế tỉnh Thanh Hóa cũng vào cuộc.");
    assertThat(a.organisations()).doesNotContain("Ủy ban nhân dân tỉnh Thanh Hóa");
    // a body that shares the next one's level word alone is the article's province's
    Article b =
        national(
            "Chiều 2/6, Hội Nông dân và Bộ Chỉ huy Quân sự tỉnh vừa ký kết chương trình phối hợp"
                + " giúp hội viên phát triển kinh tế; lãnh đạo Sở Nông nghiệp tỉnh Ninh Thuận cũng"
                + " dự.");
    assertThat(b.parties())
        .containsExactly("Hội Nông dân tỉnh Ninh Thuận", "Bộ Chỉ huy Quân sự tỉnh Ninh Thuận");
  }

  @Test
  void aHeadOnlyAProvinceHasWrittenAloneIsTheProvinceItsSentenceNames() {
    // a department and the board of industrial zones: no district has them
    Article a =
        national(
            "Sáng 5/3, Công an tỉnh Hà Nam và Sở Công Thương đã ký kết quy chế phối hợp giữ gìn"
                + " trật tự ở các khu sản xuất.");
    assertThat(a.parties()).containsExactly("Công an tỉnh Hà Nam", "Sở Công Thương tỉnh Hà Nam");
    Article b =
        national(
            "Sáng 5/3, Công an tỉnh Hà Nam và Ban quản lý các khu công nghiệp đã ký kết quy chế"
                + " phối hợp giữ gìn trật tự ở các khu sản xuất.");
    assertThat(b.parties())
        .containsExactly("Công an tỉnh Hà Nam", "Ban Quản lý các khu công nghiệp tỉnh Hà Nam");
    // two provinces in the sentence: which one's is not told
    Article c =
        national(
            "Sáng 5/3, Công an tỉnh Hà Nam, Công an tỉnh Nam Định và Sở Công Thương đã ký kết quy"
                + " chế phối hợp giữ gìn trật tự ở các khu sản xuất.");
    assertThat(c.organisations())
        .doesNotContain("Sở Công Thương tỉnh Hà Nam", "Sở Công Thương tỉnh Nam Định");
  }

  @Test
  void aDepartmentBeforeTheDistrictsCommitteesStaysTheProvincesOwn() {
    // web-t r6-047's shape: "Sở ... và UBND các huyện, thành phố" is the province's department and
    // every district's committee, which name no party; the department is not every district's
    Article a =
        national(
            "Sáng 12/3, Công an tỉnh Thái Bình, Sở Y tế và UBND các huyện, thành phố đã ký kết kế"
                + " hoạch phối hợp phòng chống ma túy.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Công an tỉnh Thái Bình", "Sở Y tế tỉnh Thái Bình");
    // every province's committees are every province's, and so is the department before them
    assertThat(
            national("Sáng 12/3, Sở Y tế và UBND các tỉnh đã ký kết kế hoạch phối hợp.").parties())
        .isEmpty();
  }
}
