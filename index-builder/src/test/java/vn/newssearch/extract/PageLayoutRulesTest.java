package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * One structural rule per test, on pages laid out as Vietnamese sites lay them out: the date line
 * nearest the title, menus on one line, breadcrumbs, bylines in their many forms, the outlet's tag
 * on the sapo and boxes of related stories.
 */
class PageLayoutRulesTest {
  private static final PageExtractor EXTRACTOR = new PageExtractor();
  private static final String TITLE =
      "Liên đoàn Lao động tỉnh ký kết chương trình phối hợp chăm lo cho công nhân";
  private static final String SAPO =
      "Sáng nay, Liên đoàn Lao động tỉnh và Sở Lao động ký chương trình phối hợp giai đoạn mới.";
  private static final String P1 =
      "Theo chương trình, hai bên sẽ phối hợp tuyên truyền pháp luật lao động đến doanh nghiệp.";
  private static final String P2 =
      "Hai bên cũng thống nhất tổ chức đối thoại định kỳ giữa người lao động và người sử dụng.";
  private static final OffsetDateTime AT = OffsetDateTime.parse("2019-10-17T21:50+07:00");

  private static Article extract(String... lines) throws InvalidArticleException {
    return EXTRACTOR.extract(
        new SourceRecord.PageText(new Origin(Path.of("a.txt"), 1), String.join("\n", lines)));
  }

  @Test
  void aDateLineWithGmtUnderTheTitleDatesTheArticleAndTheHeaderClockDoesNot() throws Exception {
    Article a =
        extract(
            "Thứ Hai, 30/9/2020",
            "Mới nhất Thời sự Góc nhìn Thế giới Kinh doanh Bất động sản Khoa học Giải trí",
            "Thời sự › Lao động việc làm",
            "Thứ Năm, 17/10/2019, 21:50 (GMT+7)",
            TITLE,
            SAPO,
            P1);
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Lao động việc làm");
    Article below = extract(TITLE, "17/10/2019 21:50 GMT+7", SAPO, P1);
    assertThat(below.published()).isEqualTo(AT);
  }

  @Test
  void aMenuOnOneLineASectionNameAndAHotlineBarAreNeverTheTitle() throws Exception {
    Article a =
        extract(
            "Hotline: 0961 223 344 | Email: toasoan@baomoi.example.vn",
            "Thời sự Công đoàn Xã hội Thế giới Kinh tế Bạn đọc Pháp luật Văn hóa - Giải trí",
            "Tài chính - Kinh doanh",
            TITLE,
            "17/10/2019 | 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Tài chính - Kinh doanh");
    assertThat(a.body()).doesNotContain("Thời sự").doesNotContain("Hotline");
  }

  @Test
  void menuItemsOneALineAroundALongItemAreNotTheTitle() throws Exception {
    Article a =
        extract(
            "Báo điện tử của Chính phủ",
            "Chính phủ",
            "Chỉ đạo, quyết định của Chính phủ, Thủ tướng",
            "Chính sách mới",
            "Kinh tế",
            "Xã hội",
            TITLE,
            "Minh Anh",
            SAPO,
            P1);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.author()).isEqualTo("Minh Anh");
  }

  @Test
  void theLastCrumbOfABreadcrumbIsTheCategoryAndASiteNameNever() throws Exception {
    assertThat(
            extract("Thời sự > Lao động - Việc làm", TITLE, "21:50 | 17/10/2019", P1, P2)
                .category())
        .isEqualTo("Lao động - Việc làm");
    assertThat(extract("VOV.VN", TITLE, "21:50 | 17/10/2019", P1, P2).category()).isNull();
    assertThat(extract("Tuổi Trẻ Online", TITLE, "21:50 | 17/10/2019", P1, P2).category()).isNull();
  }

  @Test
  void bylinesInCapitalsWithAgencyOrCreditAreTheAuthor() throws Exception {
    assertThat(extract(TITLE, "21:50 | 17/10/2019", P1, P2, "HOÀNG ANH", "TỪ KHÓA").author())
        .isEqualTo("Hoàng Anh");
    assertThat(
            extract(TITLE, "21:50 | 17/10/2019", P1, P2, "Minh Thu/VOV-Tây Bắc", "Tin liên quan")
                .author())
        .isEqualTo("Minh Thu");
    Article credit = extract(TITLE, "21:50 | 17/10/2019", P1, P2, "Tin, ảnh: Ngọc Lan");
    assertThat(credit.author()).isEqualTo("Ngọc Lan");
    assertThat(credit.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aBylineIsFoundBeforeTagsCommentsAndRelatedLists() throws Exception {
    Article a =
        extract(
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2,
            "Văn Long",
            "lao động",
            "việc làm",
            "công đoàn",
            "Bình luận (0)",
            "Chia sẻ ý kiến của bạn",
            "Cơ quan chủ quản: Bộ Lao động - Thương binh và Xã hội");
    assertThat(a.author()).isEqualTo("Văn Long");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void tagLinksEndTheArticleWhenNoBylineDoes() throws Exception {
    Article a =
        extract(
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2,
            "lao động",
            "việc làm",
            "Gửi bình luận",
            "Tổng" + " biên tập: Nguyễn Văn A");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void theoNamesTheSourceNotTheAuthor() throws Exception {
    Article a = extract(TITLE, "21:50 | 17/10/2019", P1, P2, "Theo Tuổi Trẻ");
    assertThat(a.author()).isNull();
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aHeaderLinkIsNotTheAuthor() throws Exception {
    Article a = extract("Báo Lao Động", "Đăng nhập", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(a.author()).isNull();
  }

  @Test
  void theOutletsTagMarksTheSapoIsCutOffAndNamesTheSource() throws Exception {
    for (String tag : List.of("TTO - ", "(Chinhphu.vn) - ", "VOV.VN - ", "(NLĐO) - ")) {
      Article a = extract(TITLE, "21:50 | 17/10/2019", tag + SAPO, P1, P2);
      assertThat(a.lead()).as(tag).isEqualTo(SAPO);
      assertThat(a.body()).as(tag).isEqualTo(P1 + "\n" + P2);
      assertThat(a.source()).as(tag).isEqualTo(tag.replaceAll("[()]", "").replace(" - ", ""));
    }
    assertThat(extract(TITLE, "21:50 | 17/10/2019", "TP.HCM - " + SAPO, P1).lead()).isNull();
  }

  @Test
  void relatedStoriesUnderTheSapoAreNotBodyAndMarkTheSapo() throws Exception {
    Article a =
        extract(
            TITLE,
            "21:50 | 17/10/2019",
            SAPO,
            "TIN LIÊN QUAN",
            "Hà Nội tổ chức phiên giao dịch việc làm đầu năm",
            "Xuất khẩu lao động sang Nhật Bản tăng mạnh trong quý III",
            P1,
            P2);
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void aReadMoreBoxInsideTheTextIsSkippedAndTheTextGoesOn() throws Exception {
    Article a =
        extract(
            TITLE,
            "21:50 | 17/10/2019",
            SAPO,
            P1,
            "Xem thêm",
            "Công đoàn tặng quà Tết cho công nhân có hoàn cảnh khó khăn",
            P2,
            "Đọc thêm",
            "Trợ cấp thất nghiệp: thủ tục mới áp dụng từ tháng tới");
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(String.join("\n", P1, P2));
  }

  @Test
  void aShortFirstParagraphWithTextRightAfterItIsTheSapo() throws Exception {
    Article a = extract(TITLE, "21:50 | 17/10/2019", SAPO, P1, P2);
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(String.join("\n", P1, P2));
  }

  @Test
  void aFirstParagraphThatRunsIntoAPhotoOpensTheText() throws Exception {
    String caption = "Toàn cảnh lễ ký kết chương trình phối hợp giữa hai đơn vị";
    Article photo = extract(TITLE, "21:50 | 17/10/2019", SAPO, caption, P1, P2);
    assertThat(photo.lead()).isNull();
    assertThat(photo.body()).isEqualTo(String.join("\n", SAPO, P1, P2));
    Article shortText = extract(TITLE, "21:50 | 17/10/2019", SAPO, P1);
    assertThat(shortText.lead()).as("the text would keep one paragraph").isNull();
  }

  @Test
  void aLeadPhotoAboveTheSapo() throws Exception {
    String caption = "Công nhân làm việc tại một khu công nghiệp ở Bình Dương";
    Article a = extract(TITLE, "21:50 | 17/10/2019", caption, SAPO, P1, P2);
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.captions()).containsExactly(caption);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void anAbbreviationWithAFullStopEndsNoSentenceOfTheSapo() throws Exception {
    String sapo =
        "Sáng 12/11, Hội Liên hiệp Phụ nữ TP. HCM phối hợp với Sở Lao động TP. HCM tổ chức ngày"
            + " hội việc làm cho 3.000 lao động nữ tại Q. Bình Thạnh. PGS. TS. Nguyễn Văn A cho"
            + " biết nhu cầu tuyển dụng tăng mạnh. Chương trình kéo dài đến hết tháng.";
    Article a = extract(TITLE, "21:50 | 17/10/2019", sapo, P1, P2);
    assertThat(a.lead()).as("three sentences").isEqualTo(sapo);
    assertThat(a.body()).isEqualTo(String.join("\n", P1, P2));
    String four = sapo + " Đây là lần thứ ba ngày hội được tổ chức.";
    assertThat(extract(TITLE, "21:50 | 17/10/2019", four, P1, P2).lead())
        .as("four sentences are text, not a sapo")
        .isNull();
  }

  @Test
  void aQuotationCountsAsOneSentenceOfTheSapo() throws Exception {
    String sapo =
        "Vốn là một chàng trai cường tráng, anh Nguyễn Trọng Trung tự tin với sức khỏe của mình."
            + " Nhớ lại ngày đó anh kể: \"Tôi bắt đầu có dấu hiệu đau hạ sườn phải vào đầu năm"
            + " 2009. Lúc đấy, tôi thực sự rất hoang mang. Trước tình trạng bệnh, tôi được bác sĩ"
            + " chỉ định điều trị theo liệu trình.\"";
    Article a = extract(TITLE, "21:50 | 17/10/2019", sapo, P1, P2);
    assertThat(a.lead()).as("two sentences, one a quotation").isEqualTo(sapo);
    assertThat(a.body()).isEqualTo(String.join("\n", P1, P2));

    // A quotation that closes a sentence inside the paragraph still ends it: four sentences.
    String four =
        "Anh Trung kể: “Tôi bắt đầu có dấu hiệu đau hạ sườn phải. Lúc đấy tôi rất lo.” Anh đi"
            + " khám ngay. Bác sĩ cho biết anh bị viêm gan. Anh được chỉ định điều trị.";
    assertThat(extract(TITLE, "21:50 | 17/10/2019", four, P1, P2).lead())
        .as("four sentences out of the quotation are text, not a sapo")
        .isNull();
  }

  @Test
  void aCommentCounterEndsTheText() throws Exception {
    String comment = "Tôi thấy chính sách này rất hợp lý, mong sớm được áp dụng cho mọi người.";
    Article a = extract(TITLE, "21:50 | 17/10/2019", P1, P2, "Ý kiến bạn đọc (2)", comment);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aShareBarBetweenTheTitleAndItsDateLine() throws Exception {
    Article a =
        extract(
            "Thứ Hai, ngày 06/05/2024",
            "Báo Quân đội nhân dân",
            "Chính trị",
            "Kinh tế",
            "Xã hội",
            "Trang chủ",
            "Công đoàn",
            TITLE,
            "Facebook",
            "Zalo",
            "In bài",
            "Thứ Năm, 17/10/2019 | 21:50",
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.category()).isEqualTo("Công đoàn");
  }

  @Test
  void aBreadcrumbWithBarsFromTheHomePageGivesItsLastCrumb() throws Exception {
    Article crumb =
        extract("Trang chủ | Xã hội | Lao động - Việc làm", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(crumb.category()).isEqualTo("Lao động - Việc làm");
    Article menu =
        extract(
            "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2);
    assertThat(menu.category()).as("a site menu, not a breadcrumb").isNull();
    Article language = extract("Tiếng Việt | English", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(language.category()).isNull();
  }

  @Test
  void moreBreadcrumbAndSectionForms() throws Exception {
    Article caps = extract("TRANG CHỦ > XÃ HỘI", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(caps.category()).isEqualTo("Xã hội");
    Article dots = extract("Thời sự · Lao động", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(dots.category()).isEqualTo("Lao động");
    Article byline = extract("Xã hội", "Hoàng Anh", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(byline.category()).isEqualTo("Xã hội");
    Article onDate = extract(TITLE, "Xã hội | 17/10/2019 21:50", P1, P2);
    assertThat(onDate.category()).isEqualTo("Xã hội");
    assertThat(onDate.author()).isNull();
    Article under = extract(TITLE, "Xã hội", "21:50 | 17/10/2019", "Facebook", "Zalo", P1, P2);
    assertThat(under.category()).isEqualTo("Xã hội");
    Article share = extract(TITLE, "21:50 | 17/10/2019", "Facebook", "Zalo", P1, P2);
    assertThat(share.category()).as("a share bar's button").isNull();
    Article named = extract("Chuyên mục: Xã hội", TITLE, "21:50 | 17/10/2019", P1, P2);
    assertThat(named.category()).isEqualTo("Xã hội");
    Article posted = extract(TITLE, "Đăng lúc 21:50 ngày 17/10/2019", P1, P2);
    assertThat(posted.category()).isNull();
  }

  @Test
  void aNameInCapitalsUnderTheTitleWhenTheDateLineNamesTheSection() throws Exception {
    Article a =
        extract(TITLE, "Thứ Năm, 17/10/2019 | 21:50 | Lao động - Việc làm", "HỒNG HẢI", P1, P2);
    assertThat(a.category()).isEqualTo("Lao động - Việc làm");
    assertThat(a.author()).isEqualTo("Hồng Hải");
    Article section = extract(TITLE, "XÃ HỘI", "21:50 | 17/10/2019", P1, P2);
    assertThat(section.category()).as("no section on the date line").isEqualTo("Xã hội");
  }

  @Test
  void aBylineUnderTheTitleBehindAShareBar() throws Exception {
    Article a =
        extract(
            TITLE,
            "Facebook",
            "Zalo",
            "In bài",
            "Tác giả: Hoàng Anh",
            "21:50 | 17/10/2019",
            P1,
            P2);
    assertThat(a.author()).isEqualTo("Hoàng Anh");
  }

  @Test
  void aBylineBetweenTheSapoAndTheTextDoesNotEndIt() throws Exception {
    Article a = extract(TITLE, "21:50 | 17/10/2019", SAPO, "Hoàng Anh", P1, P2, "Bình luận");
    assertThat(a.author()).isEqualTo("Hoàng Anh");
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void theDateLineNamesAuthorAndSectionPartByPart() throws Exception {
    Article a = extract(TITLE, "Hoàng Anh | Xã hội | 17/10/2019 21:50", P1, P2);
    assertThat(a.author()).isEqualTo("Hoàng Anh");
    assertThat(a.category()).isEqualTo("Xã hội");
    Article dot = extract(TITLE, "Hoàng Anh • 17/10/2019 21:50", P1, P2);
    assertThat(dot.author()).isEqualTo("Hoàng Anh");
    assertThat(dot.category()).isNull();
  }

  @Test
  void aBylineWithTheWritersAddressIsNoContactBar() throws Exception {
    Article a = extract(TITLE, "21:50 | 17/10/2019", P1, P2, "Hoàng Anh - hoanganh@laodong.vn");
    assertThat(a.author()).isEqualTo("Hoàng Anh");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void anOutletsBrandOpensTheSapo() throws Exception {
    Article a =
        extract(TITLE, "21:50 | 17/10/2019", "VnExpress - " + SAPO, "Ảnh: Hoàng Anh", P1, P2);
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.source()).isEqualTo("VnExpress");
    Article place =
        extract(TITLE, "21:50 | 17/10/2019", "Hà Nội - " + SAPO, "Ảnh: Hoàng Anh", P1, P2);
    assertThat(place.lead()).as("a dateline").isNull();
  }

  @Test
  void peopleWithTheirRoleAndNumberedListsStayInTheText() throws Exception {
    String person = "Ông Đinh Viết Khanh - Chủ tịch Hội Khuyến học TP Cần Thơ";
    String plan = "Kế hoạch nhiệm kỳ 2021-2026 theo Hướng dẫn 36-HD/BTCTW ngày 20/1/2021, gồm:";
    Article a = extract(TITLE, "21:50 | 17/10/2019", P1, person, plan, "1", "Nội dung", P2);
    List<String> all = new ArrayList<>(List.of(a.body().split("\n")));
    all.addAll(a.captions());
    assertThat(all).contains(P1, person, plan, "1", "Nội dung", P2);
  }

  @Test
  void moreBylineFormsAndACreditedOutletAfterTheText() throws Exception {
    Article pair = extract(TITLE, "21:50 | 17/10/2019", P1, P2, "THU HÀ - MINH ANH", "Chia sẻ");
    assertThat(pair.author()).isEqualTo("Thu Hà - Minh Anh");
    Article outlet = extract(TITLE, "21:50 | 17/10/2019", P1, P2, "Theo VnExpress");
    assertThat(outlet.author()).isNull();
    assertThat(outlet.body()).isEqualTo(P1 + "\n" + P2);
    Article top = extract(TITLE, "Tác giả: Hoàng Anh", "21:50 | 17/10/2019", P1, P2);
    assertThat(top.author()).isEqualTo("Hoàng Anh");
  }

  @Test
  void aShareBarUnderTheTitleIsNotText() throws Exception {
    Article a =
        extract(
            "Trang chủ / Xã hội / Lao động",
            TITLE,
            "21:50 | 17/10/2019",
            "Chia sẻ",
            "Facebook",
            "Zalo",
            P1,
            P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.category()).isEqualTo("Lao động");
  }

  @Test
  void theDocumentTitleWithTheSitesNameGivesWayToThePagesHeading() throws Exception {
    Article a =
        extract(
            TITLE + " - Báo Lao Động",
            "Thời sự Công đoàn Xã hội Thế giới Kinh tế Bạn đọc Pháp luật",
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aNameOnTheDateLineIsTheAuthorWhenNoBylineIs() throws Exception {
    Article a = extract(TITLE, "Hoàng Anh | 17/10/2019 21:50", P1, P2);
    assertThat(a.author()).isEqualTo("Hoàng Anh");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(extract(TITLE, "Thứ Năm, 17/10/2019 - 21:50", P1, P2).author()).isNull();
  }

  @Test
  void aBoxOfStoriesUnderAHeadingNoListKnowsIsNeitherTextNorCaptions() throws Exception {
    Article a =
        extract(
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            "Đọc nhiều nhất tuần",
            "Hà Nội tổ chức phiên giao dịch việc làm đầu năm",
            "Xuất khẩu lao động sang Nhật Bản tăng mạnh trong quý III",
            P2,
            "Đọc nhiều nhất tuần",
            "Công đoàn tặng quà Tết cho công nhân có hoàn cảnh khó khăn",
            "Khánh thành nhà văn hóa công nhân tại khu công nghiệp",
            "Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void provenanceNamesTheBreadcrumbAndTheSapoRules() throws Exception {
    List<String> reports = new ArrayList<>();
    EXTRACTOR.extract(
        new SourceRecord.PageText(
            new Origin(Path.of("a.txt"), 1),
            String.join(
                "\n",
                "Thời sự > Lao động - Việc làm",
                TITLE,
                "21:50 | 17/10/2019",
                "TTO - " + SAPO,
                P1)),
        (field, value, from, rule) -> reports.add(field + "|" + value + "|" + from + "|" + rule));
    assertThat(reports)
        .anySatisfy(
            r ->
                assertThat(r)
                    .startsWith("category|Lao động - Việc làm|line 1|")
                    .contains("breadcrumb"))
        .anySatisfy(r -> assertThat(r).startsWith("lead|" + SAPO + "|line 4|").contains("tag"));
  }

  @Test
  void aBylineFollowedByStoryTitlesWithoutAHeadingIsStillTheByline() throws Exception {
    Article a =
        extract(
            TITLE,
            "21:50 | 17/10/2019",
            P1,
            P2,
            "HOÀNG ANH",
            "Hà Nội tổ chức phiên giao dịch việc làm đầu năm",
            "Xuất khẩu lao động sang Nhật Bản tăng mạnh trong quý III",
            "Công đoàn tặng quà Tết cho công nhân có hoàn cảnh khó khăn",
            "Khánh thành nhà văn hóa công nhân tại khu công nghiệp",
            "Trợ cấp thất nghiệp: thủ tục mới áp dụng từ tháng tới");
    assertThat(a.author()).isEqualTo("Hoàng Anh");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void aSectionLabelUnderTheSitesMenuIsTheCategoryNotTheMastheadAboveTheMenu() throws Exception {
    Article a =
        extract(
            "BAOXYZ",
            "Thời sự Thế giới Kinh doanh Công nghệ Sức khỏe Thể thao Giải trí Đời sống Giáo dục",
            "Giáo dục",
            "17/10/2019 21:50 (GMT+7)",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.category()).isEqualTo("Giáo dục");
    Article noLabel =
        extract(
            "XÃ HỘI",
            "Thời sự Thế giới Kinh doanh Công nghệ Sức khỏe Thể thao Giải trí Đời sống Giáo dục",
            TITLE,
            "17/10/2019 21:50",
            SAPO,
            P1);
    assertThat(noLabel.category()).isEqualTo("Xã hội");
  }

  @Test
  void aBylineOverTheDateLineAboveTheTitleIsTheAuthor() throws Exception {
    Article a =
        extract(
            "Thời sự Thế giới Kinh doanh Công nghệ Sức khỏe Thể thao Giải trí Đời sống Giáo dục",
            "Giáo dục",
            "Tùng Nguyên",
            "17/10/2019 21:50 (GMT+7)",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.author()).isEqualTo("Tùng Nguyên");
    assertThat(a.category()).isEqualTo("Giáo dục");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.body()).doesNotContain("Tùng Nguyên");
    Article sectionAbove = extract("Thời Sự", TITLE, "17/10/2019 21:50", SAPO, P1, P2);
    assertThat(sectionAbove.author()).isNull();
  }

  @Test
  void aMenuWithOneItemOfFourWordsIsStillAMenuNotTheTitle() throws Exception {
    Article a =
        extract(
            "SGXYZ",
            "Chính trị Xã hội Kinh tế Thế giới Pháp luật Giáo dục Y tế Văn hóa - Văn nghệ Thể thao"
                + " Khoa học - Công nghệ Thông tin đa chiều",
            "Xã hội / Lao động - Việc làm",
            TITLE,
            "17/10/2019 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Lao động - Việc làm");
    Article headline =
        extract(
            "Thủ tướng Phạm Minh Chính làm việc với Tập đoàn Dầu khí Việt Nam",
            "17/10/2019 21:50",
            SAPO,
            P1);
    assertThat(headline.title())
        .isEqualTo("Thủ tướng Phạm Minh Chính làm việc với Tập đoàn Dầu khí Việt Nam");
  }

  @Test
  void aMenuItemEndingInANumberRunIntoLettersIsStillAMenu() throws Exception {
    Article a =
        extract(
            "Thời sự Chính trị Kinh tế Xã hội Pháp luật Văn hóa Quốc tế Nghệ An 24h Xứ Nghệ",
            "Xã hội",
            TITLE,
            "17/10/2019 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Xã hội");
    // A headline with a year or a count stays a headline.
    Article headline =
        extract("Mạng 5G Viettel phủ sóng Hà Nội Đà Nẵng", "17/10/2019 21:50", SAPO, P1);
    assertThat(headline.title()).isEqualTo("Mạng 5G Viettel phủ sóng Hà Nội Đà Nẵng");
  }

  @Test
  void anUpdateLineOverTheTitleUnderTheHeadersOwnDateDatesTheArticle() throws Exception {
    Article a =
        extract(
            "Thứ Ba, 12-11-2024",
            "SGXYZ",
            "Chính trị Xã hội Kinh tế Thế giới Pháp luật Giáo dục Y tế",
            "Xã hội / Lao động - Việc làm",
            "Cập nhật: 17/10/2019 | 21:50",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.published()).isEqualTo(AT);
    Article siteClock = extract("Cập nhật 09:34 | 19/02/2020 (GMT+7)", TITLE, SAPO, P1, P2);
    assertThat(siteClock.published()).isNull();
  }

  @Test
  void aBoxOfStoriesWithAQuestionOrAMenuShapedTitleInsideTheTextIsSkipped() throws Exception {
    String p3 =
        "Hai bên cũng thống nhất kiểm tra việc thực hiện chương trình vào cuối mỗi năm làm việc.";
    Article question =
        extract(
            TITLE,
            "17/10/2019 21:50",
            SAPO,
            P1,
            "Xem thêm",
            "Tai nạn bất ngờ, một công nhân hầm lò tử vong",
            "Những ai được tăng lương từ 1/7/2019?",
            P2,
            p3);
    assertThat(question.body()).endsWith(P2 + "\n" + p3).doesNotContain("tăng lương");
    Article menuShaped =
        extract(
            TITLE,
            "17/10/2019 21:50",
            SAPO,
            "Tin liên quan",
            "Hàng chục ngàn công nhân được nghỉ làm cổ vũ cho đội tuyển",
            "Thứ trưởng Lao động làm Phó bí thư Bắc Ninh",
            P1,
            P2,
            p3);
    assertThat(menuShaped.body()).isEqualTo(P1 + "\n" + P2 + "\n" + p3);
    assertThat(menuShaped.lead()).isEqualTo(SAPO);
  }

  @Test
  void aSourceCreditAfterTheTextLeavesTheBylineUnderTheTitleAsTheAuthor() throws Exception {
    Article a =
        extract(TITLE, "Diệu Linh", "06:56 21/05/2017", SAPO, P1, P2, "Theo Lao Động", "Chia sẻ");
    assertThat(a.author()).isEqualTo("Diệu Linh");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    Article creditOnly = extract(TITLE, "06:56 21/05/2017", SAPO, P1, P2, "Theo Lao Động");
    assertThat(creditOnly.author()).isNull();
    assertThat(creditOnly.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aWireCreditAloneInBracketsEndsTheTextAndNamesNoAuthor() throws Exception {
    Article a =
        extract(
            TITLE,
            "Thứ Ba, 03/01/2017 - 15:49",
            SAPO,
            P1,
            P2,
            "(TTXVN/Vietnam+)",
            "#lao động #việc làm",
            "Xem tiếp");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.author()).isNull();
    Article caption = extract(TITLE, "17/10/2019 21:50", SAPO, P1, "(Ảnh minh họa)", P2);
    assertThat(caption.body()).endsWith(P2);
  }

  @Test
  void anUpdateLineRightUnderTheSectionOverTheTitleDatesTheArticle() throws Exception {
    Article trail =
        extract(
            "Hotline: 0918 033 133 - Email: toasoan@sgxyz.example.vn",
            "Xã hội Lao động - Việc làm",
            "Cập nhật: 17/10/2019 | 21:50",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(trail.published()).isEqualTo(AT);
    Article label = extract("Giáo dục", "Cập nhật: 17/10/2019 | 21:50", TITLE, SAPO, P1, P2);
    assertThat(label.published()).isEqualTo(AT);
    Article masthead = extract("BAOXYZ", "Cập nhật 21:50 | 17/10/2019", TITLE, SAPO, P1, P2);
    assertThat(masthead.published()).isNull();
    Article siteName = extract("VietnamPlus", "Cập nhật 21:50 | 17/10/2019", TITLE, SAPO, P1, P2);
    assertThat(siteName.published()).isNull();
  }

  @Test
  void aHeadlineClosedByAFullStopOverTheDateLineIsTheTitleNotTheSiteNameAboveIt() throws Exception {
    String headline = "Hà Tĩnh dừng các lễ hội và sự kiện đông người từ trưa ngày 27/4.";
    Article a =
        extract(
            "Pháp luật Việt Nam",
            "Thời sự Pháp luật Bạn đọc Kinh tế Giáo dục Sức khỏe",
            "Xã hội » Y tế",
            headline,
            "Trần Thanh",
            "Thứ Bảy, 01/05/2021, 16:22",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.author()).isEqualTo("Trần Thanh");
    assertThat(a.category()).isEqualTo("Y tế");
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).startsWith(P1);
    Article menuOneALine =
        extract(
            "Thời sự", "Kinh tế", "Thị trường", "Media", headline, "26/04/2021 06:19", SAPO, P1);
    assertThat(menuOneALine.title()).isEqualTo(headline);
    // Under a headline, a one-sentence sapo over the date line stays the sapo.
    Article sapoOverDate = extract("Xã hội", TITLE, SAPO, "17/10/2019 21:50", P1, P2);
    assertThat(sapoOverDate.title()).isEqualTo(TITLE);
  }

  @Test
  void sectionAndSubsectionInARowAboveTheTitleGiveTheSubsection() throws Exception {
    String menu = "Chính trị Xã hội Kinh tế Văn hóa Giáo dục Pháp luật Sức khỏe Thế giới";
    assertThat(extract(menu, "Giáo dục Tuyển sinh", TITLE, AT_LINE, SAPO, P1, P2).category())
        .isEqualTo("Tuyển sinh");
    assertThat(extract(menu, "Xã hội Lao động - Việc làm", TITLE, AT_LINE, SAPO, P1, P2).category())
        .isEqualTo("Lao động - Việc làm");
    // one section's name, a place in capitals word by word, a section with lower-case words
    assertThat(extract(menu, "Thời sự y tế", TITLE, AT_LINE, SAPO, P1, P2).category())
        .isEqualTo("Thời sự y tế");
    assertThat(MenuShapes.trailSubsection("Hà Nội")).isNull();
    assertThat(MenuShapes.trailSubsection("Nguyễn Văn An")).isNull();
    assertThat(MenuShapes.trailSubsection("Văn hóa - Giải trí")).isNull();
  }

  @Test
  void sectionAndSubsectionEitherSideOfABarGiveTheSubsection() throws Exception {
    String menu = "Trang chủ Thời sự Chính trị Kinh tế Xã hội Giáo dục Văn hóa Thể thao Video";
    assertThat(
            extract(menu, "Xã hội | Lao động - Việc làm", TITLE, AT_LINE, SAPO, P1, P2).category())
        .isEqualTo("Lao động - Việc làm");
    assertThat(extract(menu, "Kinh tế | Đầu tư", TITLE, AT_LINE, SAPO, P1, P2).category())
        .isEqualTo("Đầu tư");
    // a bar menu of more items, or items that are no section's name, is no trail
    assertThat(MenuShapes.trailSubsection("Tiếng Việt | English")).isNull();
    assertThat(MenuShapes.trailSubsection("Xã hội | Kinh tế | Giáo dục")).isNull();
  }

  private static final String AT_LINE = "17/10/2019 21:50";

  @Test
  void aQuestionUnderTheDateLongerThanAnyHeadlineIsTheSapo() throws Exception {
    String headline = "Nhiều giáo viên thất nghiệp, vì sao chỉ tiêu tuyển sinh sư phạm tăng?";
    String asks =
        "Vì sao chỉ tiêu tuyển sinh tăng, đặc biệt là ngành sư phạm, trong khi tỉ lệ sinh viên"
            + " thất nghiệp vẫn cao, giáo viên ở nhiều địa phương đang bị dư thừa?";
    Article a = extract("Kinh tế - Xã hội", headline, "13:53 15/10/2018", asks, P1, P2, SAPO);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.lead()).isEqualTo(asks);
    assertThat(a.body()).startsWith(P1);
    // a question of a headline's length under the date line is still the headline
    String shortAsks = "Vì sao chỉ tiêu tuyển sinh ngành sư phạm năm nay vẫn tăng mạnh như vậy?";
    assertThat(
            extract("Xã hội", "Tuyển sinh 2019", "13:53 15/10/2018", shortAsks, SAPO, P1, P2)
                .title())
        .isEqualTo(shortAsks);
  }

  @Test
  void aTaggedSapoThatEndsOnAPhotoCreditIsNoCaption() throws Exception {
    String tagged =
        "(LSO) - Xe tăng T-59 mang số hiệu \"390\" húc đổ cổng chính Dinh Độc Lập, kết thúc vẻ vang"
            + " cuộc kháng chiến chống Mỹ, cứu nước. Ảnh: Life";
    Article a = extract("Trang chủ > Thời sự", TITLE, AT_LINE, tagged, P1, P2);
    assertThat(a.lead()).startsWith("Xe tăng T-59").endsWith("Ảnh: Life");
    assertThat(a.body()).startsWith(P1);
  }

  @Test
  void aSectionNamedWholeInTheSitesMenuIsNoTrailOfTwoSections() throws Exception {
    // a union's site: the menu and a left column one item a line, the section printed alone above
    // the title; "Hoạt động Công đoàn" reads like "Giáo dục Tuyển sinh", but the menu names it
    // whole
    List<String> page =
        List.of(
            "Trang chủ",
            "Tin tức - Sự kiện",
            "Hoạt động Công đoàn",
            "Chính sách - Pháp luật",
            "Liên hệ",
            "Hoạt động Công đoàn",
            TITLE,
            "Cập nhật ngày: 27/08/2017 - 06:33 | Lượt xem: 968",
            SAPO,
            P1,
            P2);
    assertThat(extract(page.toArray(String[]::new)).category()).isEqualTo("Hoạt động Công đoàn");
    // a trail whose section alone is the menu's item still gives the subsection
    assertThat(
            extract(
                    "Trang chủ",
                    "Giáo dục",
                    "Xã hội",
                    "Giáo dục Tuyển sinh",
                    TITLE,
                    AT_LINE,
                    SAPO,
                    P1,
                    P2)
                .category())
        .isEqualTo("Tuyển sinh");
  }

  @Test
  void aBylinesLabelAloneOverTheNameLeavesTheTextWithIt() throws Exception {
    // a portal's field table after the text, saved one cell a line
    Article a =
        extract(
            "Tin tổng hợp",
            TITLE,
            "08/11/2017 04:04 CH",
            SAPO,
            P1,
            P2,
            "Tác giả",
            "Kim Ngân",
            "Nguồn tin",
            "Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia",
            "Các tin khác");
    assertThat(a.author()).isEqualTo("Kim Ngân");
    assertThat(a.body()).endsWith(P2).doesNotContain("Tác giả").doesNotContain("Nguồn tin");
    Article photo = extract(TITLE, AT_LINE, SAPO, P1, P2, "Bài và ảnh:", "Mai Phương");
    assertThat(photo.author()).isEqualTo("Mai Phương");
    assertThat(photo.body()).endsWith(P2);
  }

  @Test
  void aBylinesLabelAloneInAPagesBodyEndsItWhenOnlyFieldsFollowTheName() {
    List<String> table =
        new ArrayList<>(
            List.of(
                P1,
                P2,
                "Tác giả",
                "Duy Khánh",
                "Nguồn tin",
                "Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia"));
    HtmlArticle.endAtLabelledByline(table);
    assertThat(table).containsExactly(P1, P2);
    List<String> goesOn = new ArrayList<>(List.of(P1, "Tác giả", "Duy Khánh", P2));
    HtmlArticle.endAtLabelledByline(goesOn);
    assertThat(goesOn).as("a paragraph after the name: no field table").hasSize(4);
  }

  @Test
  void aDateLineWithTheTimeFirstAndAViewCounterDatesTheArticle() throws Exception {
    Article a = extract("Kinh tế", TITLE, "21:31 24/03/2017 Lượt xem: 1158", SAPO, P1, P2);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2017-03-24T21:31+07:00"));
    assertThat(a.body()).doesNotContain("Lượt xem");
  }

  @Test
  void aLabelClosedByAColonOverOneStoryTitleInsideTheTextIsSkipped() throws Exception {
    String p3 =
        "Sau đó, ban quản lý khu công nghiệp sẽ tổ chức đối thoại với người lao động tại nhà.";
    Article a =
        extract(
            TITLE,
            AT_LINE,
            SAPO,
            P1,
            "Mời bạn đọc xem thêm:",
            "Giáo sư đại học thắng giải Nobel kinh tế năm nay",
            P2,
            p3);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2 + "\n" + p3);
    // A colon over a quote: the quote is a sentence, and the text keeps both.
    String quote = "Chúng tôi sẽ tuyển thêm hai trăm công nhân cho dây chuyền mới trong tháng tới.";
    Article said = extract(TITLE, AT_LINE, SAPO, P1, "Ông Nam cho biết:", quote, P2);
    assertThat(said.body()).contains("Ông Nam cho biết:").contains(quote);
  }

  @Test
  void aReprintCreditWithTheReporterAndTheOutletAfterABarNamesTheReporter() throws Exception {
    Article a =
        extract(TITLE, AT_LINE, SAPO, P1, P2, "Theo Hồng Hải | Dân trí", "Chia sẻ", "Tin khác");
    assertThat(a.author()).isEqualTo("Hồng Hải");
    assertThat(a.body()).endsWith(P2);
    // The outlet alone is a source, and a menu with a bar is no byline.
    assertThat(Bylines.author("Theo Dân trí")).isNull();
    assertThat(Bylines.author("Tiếng Việt | English")).isNull();
  }

  @Test
  void anAdSlotsLabelInsideTheTextIsNotText() throws Exception {
    Article a = extract(TITLE, AT_LINE, SAPO, P1, "ADVERTISEMENT", P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    // A table's header in capitals is initials, and stays.
    Article kept = extract(TITLE, AT_LINE, SAPO, P1, "SDG", P2);
    assertThat(kept.body()).isEqualTo(P1 + "\nSDG\n" + P2);
  }

  @Test
  void aTeamCreditSignsTheArticleButNamesNoAuthor() throws Exception {
    Article a = extract(TITLE, AT_LINE, SAPO, P1, P2, "Nhóm PV", "Từ khóa: Lao động");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.author()).isNull();
    Article staff = extract(TITLE, AT_LINE, SAPO, P1, P2, "PV");
    assertThat(staff.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(staff.author()).isNull();
    // A reporter's name still signs.
    assertThat(extract(TITLE, AT_LINE, SAPO, P1, P2, "Hoàng Anh").author()).isEqualTo("Hoàng Anh");
  }

  @Test
  void theSectionSitsOverTheSourcePapersName() throws Exception {
    // An aggregator prints the section trail one crumb a line, then the paper it took the story
    // from, then the date line: the paper's name (its host in the source link) is no section.
    Article a =
        extract(
            "Xã hội",
            "Giao thông",
            "Dân trí",
            AT_LINE,
            TITLE,
            SAPO,
            P1,
            "Nguồn Dân trí: https://dantri.com.vn/xa-hoi/bai-viet.htm");
    assertThat(a.category()).isEqualTo("Giao thông");
    // On the paper's own site a section and subsection that contain its name are a section.
    Article own =
        extract(
            "https://laodong.vn/cong-doan/bai-viet.ldo",
            "Lao động - Việc làm",
            TITLE,
            AT_LINE,
            SAPO,
            P1);
    assertThat(own.category()).isEqualTo("Lao động - Việc làm");
  }

  @Test
  void anExclaimingStoryTitleBesideAnotherInsideTheTextIsNotText() throws Exception {
    String teaser = "Mười bảy cơ quan bảo vệ trẻ, lúc cần vẫn không biết nhờ ai!";
    String other = "Phó thủ tướng tặng quà cho đồng bào dân tộc thiểu số";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, teaser, other, P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    // A question over a subheading is the text's own.
    String asks = "Lý do gì mà loại trái cây này lại có mức giá đắt đến như vậy?";
    String sub = "Quy trình chăm sóc khác lạ: Mỗi cây chỉ giữ lại duy nhất một quả";
    assertThat(extract(TITLE, AT_LINE, SAPO, P1, asks, sub, P2).body()).contains(asks);
    // An exclamation among paragraphs stays.
    String cheer = "Đây thật sự là một tin vui cho hàng nghìn công nhân!";
    assertThat(extract(TITLE, AT_LINE, SAPO, P1, cheer, P2).body()).contains(cheer);
  }

  @Test
  void aPageDatedOnlyByAnUpdateLineHasItsHeadlineNextToIt() throws Exception {
    String promo = "Đặt mua báo in và báo điện tử với nhiều ưu đãi";
    Article a =
        extract(promo, "Kinh tế » Doanh nghiệp", TITLE, "Cập nhật: 17-10-2019 21:50:00", SAPO, P1);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Doanh nghiệp");
  }

  @Test
  void aLongMenuBetweenBarsWithOneLongerItemIsNoHeadline() throws Exception {
    String menu =
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật |"
            + " Quốc tế | Đồng Nai cuối tuần | Tiếng Hoa | Truyền hình";
    Article a =
        extract(
            "Báo Đồng Nai",
            menu,
            "Trang chủ » Kinh tế",
            "Thứ hai, 25-03-2019, 14:54",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Kinh tế");
  }

  @Test
  void aQuestioningStoryTitleUnderAnotherInsideTheTextIsNotText() throws Exception {
    String other = "Tàu chiến Đan Mạch có thể do lao động Triều Tiên đóng";
    String asks = "Giáo viên đang được hưởng lương thế nào?";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, other, asks, P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aSecondBoxsShortHeadingEndsTheTextAtTheFirstBox() throws Exception {
    String t1 = "Đề nghị kỷ luật hiệu trưởng vì xã hội hoá giáo dục buộc cả hộ nghèo góp tiền";
    String t2 = "Các loại trợ cấp tăng từ tháng 7 năm nay";
    String t3 = "Thứ trưởng Lao động: Chuyên gia giỏi sẽ được tăng tuổi nghỉ hưu";
    String notice =
        "Bản quyền thuộc Báo Nghệ An. Không được sao chép lại khi chưa có sự đồng ý của tòa soạn.";
    Article a =
        extract(
            TITLE,
            AT_LINE,
            SAPO,
            P1,
            "Tin liên quan",
            t1,
            t2,
            "Mới nhất",
            t3,
            "Báo Nghệ An - Cơ quan của Đảng bộ tỉnh Nghệ An",
            notice);
    assertThat(a.body()).endsWith(P1).doesNotContain("Bản quyền");
    // A short subheading right after a box, over a paragraph, is the text going on.
    Article on = extract(TITLE, AT_LINE, SAPO, P1, "Tin liên quan", t1, t2, "Nỗi lo", P2);
    assertThat(on.body()).endsWith(P1 + "\nNỗi lo\n" + P2);
  }

  @Test
  void aBreadcrumbWithDashesFromTheHomeCrumbGivesTheSection() throws Exception {
    String menu =
        "Trang chủ - Chính trị - Kinh tế - Xã hội - Văn hóa - Giáo dục - Du lịch - Thể thao"
            + " - Pháp luật";
    Article a =
        extract(
            "Báo Khánh Hòa",
            menu,
            "Trang chủ - Xã hội",
            "Cập nhật lúc 08:14, 11/05/2016",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Xã hội");
  }

  @Test
  void aTaggedSapoThatAsksUnderTheDateLineIsNotTheTitle() throws Exception {
    String title = "Ngày hội tuyển sinh năm 2021 tại Hà Nội thu hút hơn 15.000 thí sinh tham gia";
    String asks =
        "(TN&MT) - Tại ngày hội, nữ sinh đến từ trường THPT Văn Giang băn khoăn rằng nếu tốt"
            + " nghiệp ngành tâm lý học thì em có thể làm ngành nghề gì được hay bị thất nghiệp?";
    Article a = extract("Xã hội > Giáo dục", title, "14/04/2021 08:10 GMT+7", asks, P1, P2);
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.lead()).startsWith("Tại ngày hội").endsWith("thất nghiệp?");
  }

  @Test
  void aLongQuestioningStoryTitleUnderABoxsHeadingIsSkippedAndTheTextGoesOn() throws Exception {
    String asks =
        "Vụ sếp phó Cienco 6 tự tử: Dự án nhà ở mà ông Phi Anh bị điều tra sai phạm thế nào?";
    String other = "Tranh luận về đề xuất tăng thời gian làm thêm lên 400 giờ mỗi năm";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, "Tin liên quan", asks, other, P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aBoxedStoryTitleThatAsksInsideClosingQuotesIsSkipped() throws Exception {
    String first = "Phó thủ tướng Vũ Đức Đam: Các bộ, ngành vào cuộc chống xâm hại tình dục trẻ em";
    String asks =
        "Thiếu nữ xinh đẹp ở Yên Bái mất tích: Giọt nước mắt tuyệt vọng của người mẹ “tìm con ở"
            + " đâu bây giờ?”";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, "ĐỌC THÊM", first, asks, P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aCaptionClosedByItsPhotographersCreditAndAStopIsNoParagraph() throws Exception {
    String caption =
        "Anh Thắng khoan lỗ trên chai, lọ để chế tạo bình trồng cây cảnh: Ảnh: Đắc Thành.";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, caption, P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.captions()).containsExactly(caption);
    // A byline with the photographer's credit still signs the article.
    Article signed = extract(TITLE, AT_LINE, SAPO, P1, P2, "Bài: Hoàng Anh - Ảnh: Minh Thu");
    assertThat(signed.author()).isEqualTo("Hoàng Anh");
  }

  @Test
  void theReportersInitialsWithANoteOnHowThePieceWasMadeNameNoAuthor() throws Exception {
    Article a = extract(TITLE, AT_LINE, SAPO, P1, P2, "P.V (tổng hợp)", "Bình luận");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.author()).isNull();
  }

  @Test
  void aFirstParagraphClosedByAColonStaysInTheText() throws Exception {
    // It may be a sapo that announces the text, or a quote's or a list's introduction ("GS.TS A,
    // Thứ trưởng Bộ Y tế, trả lời:", "… nguy cơ khác, bao gồm:" on dantri pages): in plain text
    // the two read alike, and a lost sentence of the story costs more than a lead left in it.
    String leadIn =
        "Theo hướng dẫn của Bộ GD-ĐT, thí sinh đăng ký nguyện vọng xét tuyển chỉ được chọn một"
            + " trong hai phương thức sau:";
    Article a = extract("Giáo dục", TITLE, AT_LINE, leadIn, P1, P2);
    assertThat(a.lead()).isNull();
    assertThat(a.body()).isEqualTo(leadIn + "\n" + P1 + "\n" + P2);
  }

  @Test
  void aSapoOverAParagraphThatClosesOnAQuestionIsTheSapo() throws Exception {
    // the paragraph under the sapo asks at its end, in running text longer than any headline
    String asks =
        "Theo dự báo của các chuyên gia khí hậu thì năm nay, nước ta sẽ có thể phải trải qua 5 - 7"
            + " đợt nắng nóng cao điểm. Giữa mức nhiệt dự báo nóng hơn 40 độ C còn nhiệt độ mặt"
            + " đường thực tế buổi trưa sẽ hơn 50 độ thì còn cái gì nóng nực hơn thế không?";
    Article a = extract("Xã hội", TITLE, AT_LINE, SAPO, asks, P1, P2);
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(String.join("\n", asks, P1, P2));
    // a story title that asks under the first paragraph, a headline's length, still opens no sapo
    String title = "Vì sao nắng nóng năm nay đến sớm hơn mọi năm?";
    Article box = extract("Xã hội", TITLE, AT_LINE, SAPO, title, P1, P2);
    assertThat(box.lead()).isNull();
  }

  @Test
  void theOutletsInitialsInBracketsAreCutFromASapoThatGoesOnInLowerCase() throws Exception {
    String sapo =
        "những sinh viên trúng tuyển vào trường năm nay sẽ được trường ký cam kết bảo đảm việc làm"
            + " khi tốt nghiệp.";
    Article a = extract("Giáo dục", TITLE, "Cập nhật: 10:42, 06/01/2018", "(BDO) " + sapo, P1, P2);
    assertThat(a.lead()).isEqualTo(sapo);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aPersonAndTheirOfficeAloneIsAPortraitsCaption() throws Exception {
    String portrait =
        "Bà Phan Thị Thanh Xuân, Phó chủ tịch Hiệp hội Da - Giày và Túi xách Việt Nam.";
    Article a = extract("Doanh nghiệp", TITLE, AT_LINE, SAPO, P1, portrait, P2);
    assertThat(a.captions()).containsExactly(portrait);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    // a sentence that goes on to say what the person did stays in the text
    String said =
        "Ông Nguyễn Văn An, Giám đốc Sở Lao động cho biết tỉnh sẽ mở thêm phiên giao dịch việc làm.";
    Article b = extract("Doanh nghiệp", TITLE, AT_LINE, SAPO, P1, said, P2);
    assertThat(b.captions()).isEmpty();
    assertThat(b.body()).isEqualTo(String.join("\n", P1, said, P2));
  }

  @Test
  void aHeadlineOfNamesBetweenTheTrailAndATimeFirstDateLineIsTheTitle() throws Exception {
    String title = "Cộng đồng người Việt ở Nam Phi vui Tết Trung thu";
    String sapo =
        "Đại sứ quán Việt Nam tại Nam Phi tổ chức đêm hội “Vui Tết Trung thu” trong không khí vui"
            + " tươi, đầm ấm của sự gắn kết cộng đồng và hướng về các giá trị truyền thống dân tộc.";
    Article a =
        extract(
            "Báo Ninh Bình",
            "Chính trị Kinh tế Xã hội Văn hóa Du lịch Quốc phòng - An ninh Quốc tế Media",
            "Quốc tế / Người Việt bốn phương",
            title,
            "11:53 01/10/2020 (GMT+07:00)",
            sapo,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2020-10-01T11:53+07:00"));
    assertThat(a.body()).startsWith(P1);
  }

  @Test
  void aCreditAloneUnderACaptionIsTheCaptionsAndUnderAParagraphStays() throws Exception {
    Article a =
        extract("Doanh nghiệp", TITLE, AT_LINE, SAPO, P1, "Ảnh minh họa", "Nguồn: Internet", P2);
    assertThat(a.captions()).containsExactly("Ảnh minh họa", "Nguồn: Internet");
    assertThat(a.body()).isEqualTo(String.join("\n", P1, P2));
    Article b = extract("Doanh nghiệp", TITLE, AT_LINE, SAPO, P1, P2, "Nguồn: Internet");
    assertThat(b.captions()).isEmpty();
  }

  @Test
  void aWriterSignedWithDegreesAndTheirInstitutionUnderIsTheAuthorNotTheTitle() throws Exception {
    Article a =
        extract(
            "Kinh tế",
            "Doanh nghiệp",
            TITLE,
            "PGS, TS. Vũ Thanh Hà",
            "Trường Đại học Kinh tế quốc dân",
            "Ngày 17-10-2019, 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.author()).isEqualTo("Vũ Thanh Hà");
    assertThat(a.category()).isEqualTo("Doanh nghiệp");
    assertThat(a.published()).isEqualTo(AT);
    Article master = extract(TITLE, "ThS. Lê Hoài Thu", "Viện Kinh tế Việt Nam", AT_LINE, P1, P2);
    assertThat(master.title()).isEqualTo(TITLE);
    assertThat(master.author()).isEqualTo("Lê Hoài Thu");
  }

  @Test
  void aNameWithADegreeAloneBetweenParagraphsStaysAPortraitCaption() throws Exception {
    Article a = extract(TITLE, AT_LINE, SAPO, P1, "TS Phan Quang Anh", P2);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aReaderViewsReadingTimeNeitherOpensTheTextNorHidesTheDateUnderIt() throws Exception {
    Article a =
        extract(
            "thanhnien.vn",
            TITLE,
            "Hữu Tài",
            "1-2 phút",
            "Khoa học",
            "17/10/2019 21:50 GMT+7",
            SAPO,
            P1,
            P2);
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.category()).isEqualTo("Khoa học");
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(ReadingTimes.isEstimate("5 phút đọc")).isTrue();
    assertThat(ReadingTimes.isEstimate("Thời gian đọc: 3 phút")).isTrue();
    assertThat(ReadingTimes.isEstimate("5 phút sau, xe cứu thương đã tới nơi.")).isFalse();
  }

  @Test
  void aDateRowWithTheWriterAndTheirOfficeDatesTheArticleAndNamesTheAuthor() throws Exception {
    Article a =
        extract(
            "Tin tức - Sự kiện",
            TITLE,
            "Đình Phú - Cục Quản lý Khám, chữa bệnh | 17/10/2019 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.author()).isEqualTo("Đình Phú");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    // a sentence before the bar is no writer and office
    assertThat(OfficeDateRows.stamp("Hội nghị tổng kết - Năm 2019 | 17/10/2019 21:50")).isNull();
  }

  @Test
  void aNumberedNoteAfterTheTextIsNoParagraphButANumberedListUnderAColonStays() throws Exception {
    String note = "(1) Số liệu do tác giả tổng hợp từ báo cáo của các cơ quan chức năng.";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, P2, note, "Tin cùng chuyên mục", TITLE);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    String intro = "Chương trình phối hợp năm nay tập trung vào hai nội dung chính như sau:";
    String first = "(1) Tuyên truyền pháp luật lao động đến công nhân tại các khu công nghiệp.";
    String second = "(2) Tổ chức đối thoại định kỳ giữa người lao động và doanh nghiệp.";
    Article list = extract(TITLE, AT_LINE, SAPO, P1, intro, first, second);
    assertThat(list.body()).endsWith(first + "\n" + second);
  }

  @Test
  void aTrailEndingWithTheTitleOverACmsArticleInfoGivesTitleCategoryAndAuthor() throws Exception {
    Article a =
        extract(
            "Bạn đang ở:",
            "Trang chủ",
            "Tin tức",
            "Sức khỏe cộng đồng",
            TITLE,
            TITLE,
            "Chi tiết",
            "Viết bởi Hữu Tài",
            "Danh mục: Sức khỏe cộng đồng",
            AT_LINE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Sức khỏe cộng đồng");
    assertThat(a.author()).isEqualTo("Hữu Tài");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(Categories.isCategoryRow("Chuyên mục: Xã hội")).isTrue();
    assertThat(Categories.isCategoryRow("Hà Nội: Mưa lớn kéo dài, nhiều tuyến phố ngập")).isFalse();
  }

  @Test
  void aPostedOnByDateLineNamesTheAuthorAfterTheDate() throws Exception {
    Article a = extract(TITLE, "Đăng ngày 17/10/2019 bởi Ngọc Anh", SAPO, P1, P2);
    assertThat(a.author()).isEqualTo("Ngọc Anh");
    assertThat(a.published().toLocalDate()).isEqualTo(AT.toLocalDate());
  }

  @Test
  void aPagerUnderTheTextEndsItAndIsNoParagraph() throws Exception {
    Article a = extract(TITLE, AT_LINE, SAPO, P1, P2, "« Trước", "Tiếp »", "Tin liên quan");
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(PageLines.isPager("Bài sau ›")).isTrue();
    assertThat(PageLines.isPager("Trang chủ »")).isFalse();
  }

  @Test
  void aOneLineTrailEndingWithTheTitleGivesTheItemBeforeItAsCategory() throws Exception {
    Article a =
        extract(
            "Trang chủ » Tin tức » Hoạt động sinh viên » " + TITLE,
            TITLE,
            "Đăng ngày 17/10/2019 bởi Ngọc Anh",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Hoạt động sinh viên");
    assertThat(MenuShapes.crumbsBefore("Tin tức » " + TITLE, TITLE)).isNull();
  }

  @Test
  void aViewersBannerNamingTheOriginalsUrlIsTheAddressNotTheTitle() throws Exception {
    Article a =
        extract(
            "Đây là bộ nhớ cache của Google của https://moet.gov.vn/tintuc/Pages/tin.aspx?ItemID=7216."
                + " Đó là ảnh chụp nhanh của trang vì nó đã xuất hiện vào 10 thg 10, 2020 12:18:50 GMT.",
            "Phiên bản đầy đủ Phiên bản chỉ có văn bản Xem nguồn",
            TITLE,
            AT_LINE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.url()).isEqualTo("https://moet.gov.vn/tintuc/Pages/tin.aspx?ItemID=7216");
    assertThat(PageLines.isBanner("Nguồn: https://moet.gov.vn/van-ban")).isFalse();
    String linked =
        "Toàn văn dự thảo được đăng tại https://moet.gov.vn/van-ban để người dân góp ý.";
    assertThat(extract(TITLE, AT_LINE, SAPO, P1, linked, P2).body()).contains(linked);
  }

  @Test
  void anAppsBarOpenedByTheHostIsNavigationNotATrail() throws Exception {
    Article a =
        extract(
            "giadinh.net.vn · Mở trong trình duyệt · Sao chép liên kết",
            "Sống khỏe",
            TITLE,
            AT_LINE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Sống khỏe");
    assertThat(PageLines.isHostBar("Trang chủ · Sống khỏe")).isFalse();
    assertThat(PageLines.isHostBar("VnExpress › Thời sự")).isFalse();
  }

  @Test
  void aDateLineBrokenInTwoTakesTheTimeFromTheLineUnderIt() throws Exception {
    Article a = extract(TITLE, "Ngày cập nhật 17/10/2019", "lúc 21:50", SAPO, P1, P2);
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.body()).doesNotContain("lúc 21:50");
    assertThat(Timestamps.timeAlone("09:12 SA")).isEqualTo(java.time.LocalTime.of(9, 12));
    assertThat(Timestamps.timeAlone("lúc 21:50 bà Lan đến")).isNull();
  }

  @Test
  void aViewersBarOpenedByItsEnglishNameIsNavigationNotTheHeadline() throws Exception {
    Article a =
        extract(
            "Instant View · Tạp chí Lao động và Công đoàn",
            "Kinh tế",
            TITLE,
            SAPO,
            "Quang Huy " + AT_LINE,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Kinh tế");
    assertThat(PageLines.isViewerBar("Instant View · Tạp chí Lao động và Công đoàn")).isTrue();
    assertThat(PageLines.isViewerBar("Trang chủ · Sống khỏe")).isFalse();
    assertThat(PageLines.isViewerBar("VnExpress › Thời sự")).isFalse();
  }

  @Test
  void aSectionsKickerOverTheHeadlineIsTheCategoryNotTheTitle() throws Exception {
    String headline = "Để trường nghề hấp dẫn học sinh";
    Article a =
        extract(
            "Giáo dục nghề nghiệp",
            headline,
            "Mỗi năm, hơn 300.000 học sinh tốt nghiệp THCS không vào THPT. Nhưng họ đã không chọn"
                + " con đường học nghề.",
            "Thanh Hà " + AT_LINE,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.category()).isEqualTo("Giáo dục nghề nghiệp");
  }

  @Test
  void aSapoThatStatesThenAsksUnderTheDateIsNoHeadline() throws Exception {
    String headline = "Tăng lương nhà giáo, câu chuyện nhiều tập!";
    String sapo =
        "Chủ trương cải thiện tiền lương giáo viên từng được đặt ra nhưng chưa thực hiện đến nơi"
            + " đến chốn. Liệu lần này lương nhà giáo sẽ tăng?";
    Article a =
        extract(
            "Chuyên mục: Pháp luật", headline, "Ngày đăng: " + AT_LINE, sapo, P1, P2, P1 + " Nay.");
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.lead()).isEqualTo(sapo);
    assertThat(a.body()).startsWith(P1);
  }

  @Test
  void aRowLabelledAsTheCategoryIsMeasuredByItsValue() throws Exception {
    Article a =
        extract(
            "Tin tức - Sự kiện", "Chuyên mục: Giáo dục - Đào tạo", TITLE, AT_LINE, SAPO, P1, P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Giáo dục - Đào tạo");
  }

  @Test
  void aMastheadInCapitalsOverTheSectionIsNotTheCategory() throws Exception {
    Article a =
        extract(
            "BÁO ĐẤU THẦU",
            "Phiên bản rút gọn",
            "Đầu tư",
            TITLE,
            AT_LINE,
            "Hoài Thu",
            SAPO,
            P1,
            P2);
    assertThat(a.category()).isEqualTo("Đầu tư");
    assertThat(Categories.isMasthead("TẠP CHÍ CỘNG SẢN")).isTrue();
    assertThat(Categories.isMasthead("BÁO CHÍ - XUẤT BẢN")).isFalse();
  }

  @Test
  void aRowLabelledAsTheCategoryAfterThePostIsTheCategory() throws Exception {
    Article a =
        extract(
            "Trung tâm Phát triển và Hội nhập",
            TITLE,
            "Đăng ngày 17 Tháng Mười, 2019 bởi Mai Phương",
            SAPO,
            P1,
            P2,
            "Chuyên mục: An toàn lao động",
            "Thẻ: công nhân, người lao động, công đoàn");
    assertThat(a.category()).isEqualTo("An toàn lao động");
    assertThat(a.author()).isEqualTo("Mai Phương");
    assertThat(a.body()).doesNotContain("Chuyên mục");
  }

  @Test
  void aMenuThatNamesTheSectionLabelAmongOthersIsNoTrail() throws Exception {
    Article a =
        extract(
            "Trang chủ · Khoa học · Đời sống · Xã hội · Thế giới · Giải trí · Công nghệ",
            "Khoa học",
            TITLE,
            AT_LINE,
            SAPO,
            P1,
            P2);
    assertThat(a.category()).isEqualTo("Khoa học");
    Article trail =
        extract("Trang chủ · Xã hội · Lao động - Việc làm", TITLE, AT_LINE, SAPO, P1, P2);
    assertThat(trail.category()).isEqualTo("Lao động - Việc làm");
  }

  @Test
  void aCapitalsMenuItemOverTheSectionLabelTheMenuNamesIsNoCategory() throws Exception {
    // a provincial paper's menu, one item a line, its last item in capitals, then the section
    Article a =
        extract(
            "Trang chủ",
            "Thời sự",
            "Kinh tế",
            "Xã hội",
            "Quốc tế",
            "Thể thao",
            "HBTV",
            "Quốc tế",
            AT_LINE,
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.category()).isEqualTo("Quốc tế");
  }

  @Test
  void aParagraphThatExclaimsAfterABoxOfStoriesIsTheTextGoingOn() throws Exception {
    String t1 = "Vụ 116 công nhân ngộ độc tập thể: Yêu cầu công ty đồ gỗ tạm ngừng hoạt động";
    String t2 = "Chủ tịch, tổng giám đốc cũng thuộc diện giảm biên chế";
    String exclaimed =
        "Ba đứa con nhỏ sắp đến ngày tựu trường - anh Dương thở dài. Cuối năm 2012, thầy Dương"
            + " được ký hợp đồng lao động, mỗi tháng bị trừ tới 32,5% tổng lương để đóng bảo hiểm!";
    Article a = extract(TITLE, AT_LINE, SAPO, P1, "TIN LIÊN QUAN", t1, t2, exclaimed, P2);
    assertThat(a.body()).endsWith(exclaimed + "\n" + P2);
    // without a paragraph after the box, the text ended at it
    Article end = extract(TITLE, AT_LINE, SAPO, P1, P2, "TIN LIÊN QUAN", t1, t2);
    assertThat(end.body()).endsWith(P2);
  }

  @Test
  void aHeadingUnderARowOfCrumbsThatEndsWithItIsTheTitleNotTheSchoolsNameInCapitals()
      throws Exception {
    Article a =
        extract(
            "TRƯỜNG CAO ĐẲNG CƠ ĐIỆN HÀ NỘI",
            "Học nghề hôm nay - Việc làm ngày mai",
            "Trang chủ",
            "Giới thiệu",
            "Tin tức - Sự kiện",
            "Liên hệ",
            "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tuyển sinh - Đào tạo / " + TITLE,
            TITLE,
            "Chi tiết",
            "Chuyên mục: Tuyển sinh - Đào tạo",
            "Ngày đăng: Thứ năm, 17 Tháng Mười 2019 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.category()).isEqualTo("Tuyển sinh - Đào tạo");
    assertThat(TitleLine.endsTrail("Trang chủ / Tin tức / " + TITLE, TITLE)).isTrue();
    assertThat(TitleLine.endsTrail("Tin tức / " + TITLE, TITLE)).isFalse(); // one crumb: a kicker
    assertThat(TitleLine.endsTrail("Nóng: " + TITLE, TITLE)).isFalse();
  }

  @Test
  void aReadLaterAppsToolbarOverThePageIsNeitherTheTitleNorTheSection() throws Exception {
    Article a = extract("My List Archive Tag Share", TITLE, AT_LINE, SAPO, P1, P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isNull();
    assertThat(PageLines.isToolbar("My List Archive Tag Share")).isTrue();
    assertThat(PageLines.isToolbar("Hoàng Anh Tuấn")).isFalse();
    assertThat(PageLines.isToolbar("View Original")).isFalse(); // two words: a name's shape
  }

  @Test
  void aReadersMetaLineOpenedByTheHostDatesTheArticleByItsOneTimestampItem() throws Exception {
    Article a =
        extract(
            TITLE, "thethaovanhoa.vn · Quang Huy · October 17, 2019 · 1 min read", SAPO, P1, P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T00:00+07:00"));
    assertThat(PageLines.hostBarStamp("giadinh.net.vn · Mở trong trình duyệt · Sao chép liên kết"))
        .isNull();
  }

  @Test
  void aPrintedIssueLineDatesTheArticleAndClosesThePublicationsHeader() throws Exception {
    // a press digest converted from PDF: the digest's name, its issue line, the section, the title
    Article a =
        extract(
            "BẢN TIN ĐIỂM BÁO - HỘI LHPN TỈNH BÌNH THUẬN",
            "Số 04/2017 - Ngày 17/10/2019",
            "LAO ĐỘNG - VIỆC LÀM",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T00:00+07:00"));
    assertThat(a.category()).isEqualTo("Lao động - việc làm");
    // a newsletter: the masthead in capitals over the issue line is no section
    Article n =
        extract(
            "BẢN TIN DIỄN ĐÀN DOANH NGHIỆP",
            "Số 475 | Thứ Năm, 17/10/2019",
            "Chứng khoán",
            TITLE,
            AT_LINE,
            SAPO,
            P1,
            P2);
    assertThat(n.category()).isEqualTo("Chứng khoán");
    assertThat(Timestamps.isIssueLine("Số 475 | Thứ Năm, 17/10/2019")).isTrue();
    assertThat(Timestamps.isIssueLine("Thứ Năm, 17/10/2019")).isFalse();
  }

  @Test
  void anEPaperViewersPageStripIsNavigationAndItsPageAndSectionRowIsTheTrail() throws Exception {
    Article a =
        extract(
            "Báo in Kon Tum - Số 6130 - Thứ Năm, 17/10/2019",
            "Trang trước Trang sau Tải PDF Toàn màn hình",
            "Trang 1 Trang 2 Trang 3 Trang 4 Trang 5 Trang 6 Trang 7 Trang 8",
            "Trang 6 | Lao động - Việc làm",
            TITLE,
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Lao động - Việc làm");
    // the issue's line, four lines over the title, dates the page nothing else dates
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T00:00+07:00"));
    assertThat(PageLines.isPageList("Trang 1 Trang 2 Trang 3")).isTrue();
    assertThat(PageLines.isPageList("Trang 1 Mục 2 Trang 3")).isFalse();
    assertThat(MenuShapes.barCrumbs("Trang 6 | Văn hóa - Giải trí"))
        .containsExactly("Trang 6", "Văn hóa - Giải trí");
    assertThat(MenuShapes.barCrumbs("Trang 6 - Văn hóa")).isNull(); // a dash row needs the home
  }

  @Test
  void aCountOfCommentsUnderThePostEndsTheText() throws Exception {
    Article a = extract(TITLE, AT_LINE, SAPO, P1, P2, "3 nhận xét:", "Bài đăng Mới hơn");
    assertThat(a.body()).endsWith(P2);
    assertThat(PageLines.isCommentCount("12 bình luận")).isTrue();
    assertThat(PageLines.isCommentCount("3 nhận xét của chuyên gia về dự thảo")).isFalse();
  }

  @Test
  void aPostsFooterNamesTheAuthorAndGivesTheHourTheDateHeaderLacks() throws Exception {
    // a blog: the day over the title, "posted by … at …" under the text
    Article a =
        extract(
            "Thứ Năm, 17 tháng 10, 2019",
            TITLE,
            SAPO,
            P1,
            P2,
            "Đăng bởi Quang Huy vào lúc 21:50",
            "Nhãn: Việc làm, công đoàn",
            "3 nhận xét:");
    assertThat(a.author()).isEqualTo("Quang Huy");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.body()).endsWith(P2);
    assertThat(Bylines.postedTime("Đăng bởi Quang Huy lúc 09:05")).hasToString("09:05");
    assertThat(Bylines.postedTime("Quang Huy vào lúc 09:05")).isNull(); // no "posted by"
  }

  @Test
  void aClippedNotesHeadingLosesThePapersNameAfterItsLastDash() throws Exception {
    // an Evernote clip exported: the note's heading is the document title, the export's table over
    // it
    Article a =
        extract(
            "Created:",
            "10/10/2020 5:14 PM",
            "Source:",
            "https://baohaugiang.com.vn/van-hoa-van-nghe/tiec-cho-loat-sao-82055.html",
            TITLE + " - Báo Hậu Giang",
            "Thứ Năm, 01/10/2020, 13:13",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(TitleLine.withoutPaperName("Công nhân đón Tết sớm | Tạp chí Lao động và Công đoàn"))
        .isEqualTo("Công nhân đón Tết sớm");
    assertThat(TitleLine.withoutPaperName("Giới thiệu - Báo Hậu Giang"))
        .as("too short a head: no headline")
        .isEqualTo("Giới thiệu - Báo Hậu Giang");
    assertThat(TitleLine.withoutPaperName("Hội nghị tổng kết công tác năm của Báo Hậu Giang"))
        .as("a paper named in the headline, not after a dash")
        .isEqualTo("Hội nghị tổng kết công tác năm của Báo Hậu Giang");
    assertThat(
            TitleLine.withoutPaperName(
                "Ngân hàng Nhà nước công bố số liệu tín dụng - Báo cáo tháng 5"))
        .as("a report after the dash, not a paper's name")
        .isEqualTo("Ngân hàng Nhà nước công bố số liệu tín dụng - Báo cáo tháng 5");
  }

  @Test
  void aSignedDocumentsSignerIsTheAuthorAndItsClosingBlockIsNoText() throws Exception {
    // a department's press release as Word's HTML saved as text: the distribution list, the
    // position signed for the head, the signed copy's mark, the signer's name
    String[] close = {
      "Nơi nhận:",
      "- Các cơ quan báo chí;",
      "- Lưu: VT, VP.",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "(Đã ký)",
      "Võ Văn Đình Phú"
    };
    List<String> page = new ArrayList<>(List.of("Trà Vinh, ngày 13 tháng 3 năm 2018", TITLE));
    page.addAll(List.of(SAPO, P1, P2));
    page.addAll(List.of(close));
    Article a = extract(page.toArray(String[]::new));
    assertThat(a.author()).isEqualTo("Võ Văn Đình Phú");
    assertThat(a.body()).endsWith(P2);
    // a site's furniture may leave the mark out: the position under "KT." still heads the name
    page.remove("(Đã ký)");
    Article unmarked = extract(page.toArray(String[]::new));
    assertThat(unmarked.author()).isEqualTo("Võ Văn Đình Phú");
    assertThat(unmarked.body()).endsWith(P2);
  }

  @Test
  void aLiveReportsEntryTimesAndSortToggleDoNotEndItsText() throws Exception {
    // "Tường thuật trực tiếp": the start line dates it, each entry gives its hour over its
    // paragraph
    Article a =
        extract(
            "Quốc tế",
            TITLE,
            "Bắt đầu: 21:50 Thứ Năm, 17/10/2019",
            SAPO,
            "Mới nhất | Cũ nhất",
            "21:56",
            P1,
            "22:10",
            P2,
            "Ngọc Anh",
            "Tin khác",
            "Công nhân đón Tết sớm ở các khu công nghiệp phía Nam");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.lead()).isEqualTo(SAPO);
    assertThat(a.body()).isEqualTo(P1 + "\n" + P2);
    assertThat(a.author()).isEqualTo("Ngọc Anh");
    // a footer menu after the text still ends it, and a teaser's time with its day is no entry
    Article footer = extract(TITLE, "17/10/2019 21:50", SAPO, P1, "Giới thiệu | Liên hệ", P2);
    assertThat(footer.body()).doesNotContain(P2).endsWith(P1);
  }

  @Test
  void aCookieNoticeWithItsButtonsOverThePageIsNoParagraphAndTheHeadlineUnderTheMenuIsTheTitle()
      throws Exception {
    Article a =
        extract(
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục sử dụng trang web"
                + " đồng nghĩa với việc bạn đồng ý với Chính sách bảo mật.",
            "Đồng ý",
            "Tùy chỉnh",
            "Tài chính Kinh tế vĩ mô Chứng khoán Ngân hàng Doanh nghiệp Pháp luật Quốc tế",
            "Pháp luật",
            TITLE,
            "Xuân Bách",
            "17/10/2019 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Pháp luật");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(a.body()).doesNotContain("cookie");
  }

  @Test
  void aMobilePagesBackLinkToTheSectionOverTheTitleIsTheCategory() throws Exception {
    // a drawer menu one item a line, then the back arrow with the section, the compact byline
    Article a =
        extract(
            "Trang chủ",
            "Thời sự",
            "Kinh tế",
            "Xã hội",
            "Giáo dục",
            "‹ Kinh tế",
            TITLE,
            "Diệu Linh · 17/10/2019 21:50",
            SAPO,
            P1,
            P2);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.category()).isEqualTo("Kinh tế");
    assertThat(a.published()).isEqualTo(AT);
    assertThat(Categories.withoutBackArrow("← Lao động - Việc làm"))
        .isEqualTo("Lao động - Việc làm");
    assertThat(Categories.withoutBackArrow("<b>")).as("no section after it").isEqualTo("<b>");
  }

  @Test
  void aHeadlineOfProperNamesJoinedByAPrepositionIsNoMenuOnOneLine() throws Exception {
    String headline = "Chiến lược Mỹ cạnh tranh với Vành đai và Con đường của Trung Quốc";
    assertThat(MenuShapes.isSectionRun(headline)).isFalse();
    assertThat(MenuShapes.isSectionRun("Thời sự Khoa học và Công nghệ Kinh tế Văn hóa Thể thao"))
        .as("'và' joins two names inside one section")
        .isTrue();
    Article a =
        extract("‹ Quốc tế", headline, "Đình Phú · 17/10/2019 21:50", SAPO + " " + P1, P2, P1);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.category()).isEqualTo("Quốc tế");
  }

  @Test
  void aPaywallsPromptEndsTheFreeText() throws Exception {
    Article a =
        extract(
            TITLE,
            "17/10/2019 21:50",
            SAPO,
            P1,
            P2,
            "Bài viết dành cho hội viên",
            "Đăng nhập để đọc tiếp",
            "Bạn còn 3 phần nội dung chưa đọc. Đăng ký gói Plus chỉ từ 49.000 đồng/tháng để đọc tiếp.",
            "Đăng nhập",
            "Đăng ký ngay");
    assertThat(a.body()).endsWith(P2).doesNotContain("Bạn còn");
  }

  @Test
  void aStorysKindInCapitalsUnderTheSectionTheMenuNamesAgainIsNoCategory() throws Exception {
    String[] page = {
      "Trang chủ",
      "Chính trị",
      "Kinh tế",
      "Pháp luật",
      "Quốc tế",
      "Văn hóa",
      "Quốc tế",
      "TƯỜNG THUẬT TRỰC TIẾP",
      TITLE,
      "17/10/2019 21:50",
      SAPO,
      P1,
      P2
    };
    assertThat(extract(page).category()).isEqualTo("Quốc tế");
    // a section in capitals under the menu's last item stays the category
    page[6] = "Thể thao";
    page[7] = "BÓNG ĐÁ";
    assertThat(extract(page).category()).isEqualTo("Bóng đá");
  }
}
