package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * Structure over strings: the seed articles re-wrapped in other sites' headers and footers, and
 * pages built to hit one rule each.
 */
class PageExtractorTest {
  private static final PageExtractor EXTRACTOR = new PageExtractor();
  private static final String TITLE =
      "Bộ Lao động, Thương binh và Xã hội và Hội Liên hiệp Phụ nữ Việt Nam ký phối hợp công tác"
          + " giai đoạn 2019 – 2022";
  private static final String P1 =
      "Ngày 17.10, tại Hà Nội, hai bên đã tổ chức Lễ ký phối hợp công tác giai đoạn 2019 – 2022.";
  private static final String P2 =
      "Mục tiêu của chương trình là tăng cường sự phối hợp chặt chẽ, toàn diện và hiệu quả.";

  private static Article extract(String text) throws InvalidArticleException {
    return extract(Path.of("pages", "a.txt"), text);
  }

  private static Article extract(Path file, String text) throws InvalidArticleException {
    return EXTRACTOR.extract(new SourceRecord.PageText(new Origin(file, 1), text));
  }

  private static String page(String... lines) {
    return String.join("\n", lines);
  }

  /** Seed 000 from its title to its byline, without the site's header and footer. */
  private static List<String> seed000Article() throws Exception {
    List<String> lines =
        Files.readAllLines(PageExtractorSeedTest.seed("000"), StandardCharsets.UTF_8);
    int from = 0;
    while (!lines.get(from).startsWith("Bộ Lao động")) {
      from++;
    }
    int to = lines.indexOf("Thái Bình");
    return lines.subList(from, to + 1);
  }

  @Test
  void seedRewrappedInAnotherSitesHeaderAndFooterExtractsTheSameArticle() throws Exception {
    Article original = PageExtractorSeedTest.extractSeed("000");
    String rewrapped =
        page(
            "https://www.laodong.example.vn/xa-hoi/ky-phoi-hop-cong-tac-123.html",
            "Trang chủ | Thời sự | Việc làm",
            "VIỆC LÀM",
            "Thứ Tư, 19/02/2020 08:15 (GMT+7)",
            "",
            String.join("\n", seed000Article()),
            "ĐỜI SỐNG",
            "08:00 | 01/11/2019",
            "Người lao động ở khu công nghiệp được hỗ trợ tiền thuê nhà trong ba tháng.",
            "Về trang chủ");
    Article a = extract(rewrapped);
    assertThat(a.title()).isEqualTo(original.title());
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.category()).isEqualTo("Việc làm");
    assertThat(a.author()).isEqualTo("Thái Bình");
    assertThat(a.body()).isEqualTo(original.body());
    assertThat(a.captions()).isEqualTo(original.captions());
    assertThat(a.url())
        .isEqualTo("https://www.laodong.example.vn/xa-hoi/ky-phoi-hop-cong-tac-123.html");
    assertThat(a.source()).isEqualTo("laodong.example.vn");
  }

  @Test
  void crlfLineEndingsGiveTheSameArticle() throws Exception {
    Article original = PageExtractorSeedTest.extractSeed("004");
    String text =
        Files.readString(PageExtractorSeedTest.seed("004"), StandardCharsets.UTF_8)
            .replace("\n", "\r\n");
    assertThat(extract(text)).isEqualTo(original);
  }

  @Test
  void urlLineGivesTheIdAndItSurvivesAFileMove() throws Exception {
    String text =
        page(
            "Nguồn: https://dantri.com.vn/xa-hoi/bai-viet-20191017.htm",
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2);
    Article here = extract(Path.of("in", "a.txt"), text);
    Article moved = extract(Path.of("elsewhere", "renamed.txt"), text);
    Article withoutUrl = extract(text.substring(text.indexOf('\n') + 1));
    assertThat(here.id()).startsWith("u-").isEqualTo(moved.id());
    assertThat(here.url()).isEqualTo("https://dantri.com.vn/xa-hoi/bai-viet-20191017.htm");
    assertThat(here.source()).isEqualTo("dantri.com.vn");
    assertThat(here.body()).doesNotContain("https://");
    assertThat(withoutUrl.id()).startsWith("p-").isNotEqualTo(here.id());
  }

  @Test
  void pageIdFollowsTitleAndDateNotTheFileOrTheSiteChrome() throws Exception {
    Article a = extract(Path.of("x", "1.txt"), page(TITLE, "21:50 | 17/10/2019", P1, P2));
    Article sameStory =
        extract(
            Path.of("y", "2.txt"), page("Tiếng Việt | English", "17/10/2019 - 21:50", TITLE, P1));
    Article otherDay = extract(page(TITLE, "21:50 | 18/10/2019", P1, P2));
    assertThat(sameStory.id()).isEqualTo(a.id());
    assertThat(otherDay.id()).isNotEqualTo(a.id());
  }

  @Test
  void pageWithoutDateIsUndated() throws Exception {
    Article a = extract(page(TITLE, P1, P2));
    assertThat(a.published()).isNull();
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void siteClockAboveTheTitleIsNotThePublicationTime() throws Exception {
    Article clockOnly = extract(page("Cập nhật 09:34 | 19/02/2020 (GMT+7)", TITLE, P1, P2));
    assertThat(clockOnly.published()).isNull();
    Article both =
        extract(page("Updated 09:34 19/02/2020", ".", TITLE, "16:06 31/10/2019", P1, P2));
    assertThat(both.published()).isEqualTo(OffsetDateTime.parse("2019-10-31T16:06+07:00"));
  }

  @Test
  void dateLineUnderASapoStillDatesTheArticle() throws Exception {
    Article a = extract(page(TITLE, P1, "21:50 | 17/10/2019", P2));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void updatedLineUnderTheTitleIsUsedWhenNothingElseDatesThePage() throws Exception {
    Article a = extract(page(TITLE, "Cập nhật: 17/10/2019 21:50", P1, P2));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void timestampNearestTheTitleWinsOverAFarHeaderDate() throws Exception {
    Article a =
        extract(
            page(
                "Thứ Tư, 19/02/2020",
                "Trang chủ | Thời sự",
                "Báo điện tử của Tổng Liên đoàn",
                "XÃ HỘI",
                "Giữa tuần",
                TITLE,
                "17-10-2019 21:50",
                P1,
                P2));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.category()).isEqualTo("Xã hội");
  }

  @Test
  void teaserWithAnotherDateEndsTheArticleEvenWithoutByline() throws Exception {
    Article a =
        extract(
            page(
                TITLE,
                "21:50 | 17/10/2019",
                P1,
                P2,
                "CÔNG ĐOÀN",
                "16:06 31/10/2019",
                "Giám đốc Cảng vụ quán triệt đến từng cán bộ trong đơn vị.",
                "Tin mới nhất trong ngày được cập nhật liên tục"));
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.author()).isNull();
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void taglineNextToTheDateLosesToTheLongerTitle() throws Exception {
    Article a =
        extract(page("Báo điện tử của người lao động", "12/11/2019 - 18:08", TITLE, P1, P2));
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void textAfterTheBylineIsTeaserNotArticle() throws Exception {
    Article a =
        extract(
            page(
                TITLE,
                "21:50 | 17/10/2019",
                P1,
                P2,
                "Theo Nguyễn Văn An (TTXVN)",
                "Người lao động ở khu công nghiệp được hỗ trợ tiền thuê nhà trong ba tháng."));
    assertThat(a.author()).isEqualTo("Nguyễn Văn An");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void bylineUnderTheTitleIsTheAuthor() throws Exception {
    Article a = extract(page(TITLE, "Minh Anh", "21:50 | 17/10/2019", P1, P2));
    assertThat(a.author()).isEqualTo("Minh Anh");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void categoryUnderTheTitleIsFoundWhenNoneIsAbove() throws Exception {
    Article a = extract(page(TITLE, "LAO ĐỘNG - VIỆC LÀM", "21:50 | 17/10/2019", P1, P2));
    assertThat(a.category()).isEqualTo("Lao động - việc làm");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void personNamedInACaptionIsNotTheByline() throws Exception {
    Article a = extract(page(TITLE, "21:50 | 17/10/2019", P1, "Ông Nguyễn Văn Bình", P2));
    assertThat(a.author()).isNull();
    assertThat(a.captions()).containsExactly("Ông Nguyễn Văn Bình");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void captionsByShapeAndByOpenerListsAndColonsStayInBody() throws Exception {
    String credit = "Lãnh đạo hai bên trao biên bản ghi nhớ. (Ảnh: Hải Nguyễn)";
    String opener = "Quang cảnh buổi lễ.";
    String unpunctuated = "Người lao động nhận quà Tết tại Công ty May 10";
    String intro = "Chương trình gồm các nội dung sau:";
    String item = "- Tuyên truyền pháp luật lao động";
    Article a =
        extract(
            page(TITLE, "21:50 | 17/10/2019", P1, credit, opener, unpunctuated, intro, item, P2));
    assertThat(a.captions()).containsExactly(credit, opener, unpunctuated);
    assertThat(a.body()).isEqualTo(String.join("\n", P1, intro, item, P2));
  }

  @Test
  void nonBreakingSpacesAreTrimmedAndCollapsed() throws Exception {
    Article a =
        extract(
            page(
                "\u00A0" + TITLE + "\u00A0 ",
                "21:50 | 17/10/2019",
                P1 + "\u00A0",
                "Sở\u00A0 Lao động tỉnh Long An tham dự hội nghị tổng kết năm."));
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.body())
        .isEqualTo(P1 + "\nSở Lao động tỉnh Long An tham dự hội nghị tổng kết năm.");
  }

  @Test
  void navigationPhrasesComeFromTheDataFile() throws Exception {
    String text =
        page(
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2,
            "Đọc tiếp tin khác",
            "Một tin khác hoàn toàn về chuyện khác trong tuần.");
    assertThat(extract(text).body()).contains("Một tin khác");
    Boilerplate custom =
        Boilerplate.read(new StringReader("# a site's footer\n[navigation]\nĐọc tiếp tin khác\n"));
    Article a =
        new PageExtractor(custom)
            .extract(new SourceRecord.PageText(new Origin(Path.of("a"), 1), text));
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void provenanceNamesTheLineAndTheRuleOfEachField() throws Exception {
    List<String> reports = new java.util.ArrayList<>();
    Article a =
        EXTRACTOR.extract(
            new SourceRecord.PageText(
                new Origin(Path.of("a.txt"), 1),
                page("XÃ HỘI", "", TITLE, "21:50 | 17/10/2019", P1, P2, "Minh Anh")),
            (field, value, from, rule) ->
                reports.add(field + "|" + value + "|" + from + "|" + rule));
    assertThat(a.author()).isEqualTo("Minh Anh");
    assertThat(reports)
        .anySatisfy(r -> assertThat(r).startsWith("title|" + TITLE + "|line 3|title: "))
        .anySatisfy(r -> assertThat(r).startsWith("published|2019-10-17T21:50+07:00|line 4|"))
        .anySatisfy(r -> assertThat(r).startsWith("category|Xã hội|line 1|category: "))
        .anySatisfy(r -> assertThat(r).startsWith("author|Minh Anh|line 7|author: "));
  }

  @Test
  void malformedBoilerplateFileIsRejectedWithItsLine() {
    assertThatThrownBy(() -> Boilerplate.read(new StringReader("# x\n[navigaton]\nA\n")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("[navigaton]");
    assertThatThrownBy(() -> Boilerplate.read(new StringReader("Xem thêm\n")))
        .hasMessageContaining("line 1");
  }

  @Test
  void pagesWithoutTitleOrTextAreRejectedWithAReason() {
    assertThatThrownBy(() -> extract(" \n\u00A0\n"))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> extract(page("XÃ HỘI", "21:50 | 17/10/2019", "Quay trở lại đầu trang")))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining("no title");
    assertThatThrownBy(() -> extract(page(TITLE, "21:50 | 17/10/2019", "Chia sẻ bài viết")))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining("no article text");
  }
}
