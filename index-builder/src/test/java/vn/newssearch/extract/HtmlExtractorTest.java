package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;
import vn.newssearch.source.TestFiles;

/** Saved pages laid out as Vietnamese news sites lay them out, around articles of the corpus. */
class HtmlExtractorTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor(new PageExtractor());

  static String fixture(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Article extract(byte[] bytes, String httpCharset, String url) throws Exception {
    return EXTRACTOR.extract(
        new SourceRecord.HtmlPage(new Origin(Path.of("page.html"), 1), bytes, httpCharset, url),
        Provenance.NONE);
  }

  static Article extract(String html) throws Exception {
    return extract(html.getBytes(StandardCharsets.UTF_8), null, null);
  }

  @Test
  void jsonLdComesFirstAndTheBodyLeavesFurnitureOut() throws Exception {
    Article a = extract(fixture("dantri-jsonld.html"));
    // og:title carries " | Báo Dân trí"; the JSON-LD headline does not, and wins.
    assertThat(a.title())
        .isEqualTo("96% sinh viên trường cao đẳng nghề Đà Nẵng tốt nghiệp có việc làm ngay");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-04-17T16:27:17+07:00"));
    assertThat(a.category()).isEqualTo("Giáo dục - Hướng nghiệp");
    // The JSON-LD Person, not the Organization, and not <meta name=author> (the site's name).
    assertThat(a.author()).isEqualTo("Khánh Hiền");
    assertThat(a.url())
        .isEqualTo(
            "https://dantri.com.vn/giao-duc-huong-nghiep/96-sinh-vien-truong-cao-dang-nghe-da-nang"
                + "-tot-nghiep-co-viec-lam-ngay-20210417162717248.htm");
    assertThat(a.id()).isEqualTo(PageExtractor.id(a.url(), a.title(), a.published()));
    assertThat(a.source()).isEqualTo("dantri.com.vn");
    assertThat(a.lead()).startsWith("Ngày 17/4, Trường CĐ Nghề Đà Nẵng").doesNotContain("Dân trí");
    List<String> body = a.body().lines().toList();
    assertThat(body)
        .hasSize(5)
        .startsWith(
            "Tại sự kiện, Hiệu trưởng Hồ Viết Hà đại diện ký kết hợp tác đào tạo với 30 doanh"
                + " nghiệp có 4.000 vị trí tuyển dụng lao động; đảm bảo sinh viên hoàn thành"
                + " chương trình đào tạo nghề ra trường có việc làm ngay.")
        .endsWith(
            "Với mô hình hợp tác toàn diện này, hàng năm có hơn 96% sinh viên toàn trường có việc"
                + " làm ngay sau khi tốt nghiệp.");
    assertThat(a.body())
        .doesNotContain("Tin liên quan")
        .doesNotContain("Hơn 2.000 chỗ làm việc") // a related story inside the article
        .doesNotContain("Xem thêm")
        .doesNotContain("đặt hàng") // the "Xem thêm:" teaser
        .doesNotContain("Khánh Hiền") // the byline
        .doesNotContain("Từ khóa")
        .doesNotContain("Chia sẻ")
        .doesNotContain("Mô hình rất hay") // a comment
        .doesNotContain("tăng lương tối thiểu") // the sidebar
        .doesNotContain("Giấy phép") // the footer
        .doesNotContain("Đường dây nóng")
        .doesNotContain("dataLayer")
        .doesNotContain("<");
    assertThat(a.captions())
        .containsExactly(
            "Trường CĐ Nghề Đà Nẵng ký kết hợp tác đào tạo với các doanh nghiệp.",
            "Hơn 96% sinh viên tốt nghiệp có việc làm ngay.");
  }

  @Test
  void openGraphPageInWindows1258ReadsAsTheUtf8One() throws Exception {
    String utf8 = fixture("vov-opengraph.html");
    Article expected = extract(utf8);
    String declared =
        utf8.replace("charset=utf-8", "charset=windows-1258"); // as old portals declare it
    Article a = extract(TestFiles.windows1258(declared), null, null);
    assertThat(a).isEqualTo(expected);

    assertThat(a.title())
        .isEqualTo("Giải quyết hàng nghìn trường hợp chậm chi trả bảo hiểm thất nghiệp");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2018-09-05T16:20+07:00"));
    // The declared section is "Xã hội"; the breadcrumb goes on to the subsection, as the text has
    // it.
    assertThat(a.category()).isEqualTo("Lao động - Việc làm");
    assertThat(a.author()).isEqualTo("Nguyễn Hòa");
    assertThat(a.lead())
        .isEqualTo(
            "Sau khi có nhiều thông tin phản ánh việc chậm chi bảo hiểm thất nghiệp, bảo hiểm Xã"
                + " hội tỉnh Bình Dương đã phối hợp với các đơn vị để làm rõ.");
    assertThat(a.captions())
        .containsExactly("Hàng nghìn trường hợp đã được giải quyết chi trả bảo hiểm thất nghiệp.");
    assertThat(a.body().lines())
        .hasSize(7)
        .noneMatch(l -> l.contains("Đọc thêm") || l.contains("40.000 người"))
        .noneMatch(l -> l.contains("Tin cùng chuyên mục") || l.contains("1.000 chỉ tiêu"))
        .noneMatch(l -> l.contains("Nguyễn Hòa") || l.contains("Tags"))
        .noneMatch(l -> l.contains("Hotline") || l.contains("Giấy phép"));
  }

  @Test
  void theHttpCharsetAndAByteOrderMarkWinOverTheMetaTag() throws Exception {
    String utf8 = fixture("vov-opengraph.html");
    Article expected = extract(utf8);
    byte[] cp1258 = TestFiles.windows1258(utf8); // the meta tag still says utf-8
    assertThat(extract(cp1258, "windows-1258", null)).isEqualTo(expected);

    String wrongMeta = utf8.replace("charset=utf-8", "charset=windows-1252");
    byte[] body = wrongMeta.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(extract(withBom, null, null)).isEqualTo(expected);
  }

  @Test
  void aPageWithoutMetadataIsReadByTheTextRules() throws Exception {
    Path seed = PageExtractorSeedTest.seed("000");
    String text = TestFiles.read(seed);
    Article fromText =
        new PageExtractor().extract(new SourceRecord.PageText(new Origin(seed, 1), text));

    StringBuilder html = new StringBuilder("<html><head><title>Tin tức</title>");
    html.append("<script>var menu = '<b>XÃ HỘI</b>';</script></head><body>");
    html.append("<nav><a href='/'>Trang chủ</a> <a href='/xh'>Xã hội</a></nav><div id='content'>");
    for (String line : text.split("\n")) {
      html.append("<div>")
          .append(line.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</div>\n");
      if (line.startsWith("Mục tiêu")) {
        // A caption the markup marks, ending like a sentence: the text rules alone would keep it.
        html.append("<figure><img src='/a.jpg'><figcaption>Các đại biểu tham dự lễ ký kết tại")
            .append(" Hà Nội, ngày 17/10/2019.</figcaption></figure>\n");
      }
    }
    html.append("</div><footer>Bản quyền thuộc về Bộ Lao động</footer></body></html>");
    Article a = extract(html.toString());

    assertThat(a.title()).isEqualTo(fromText.title());
    assertThat(a.published()).isEqualTo(fromText.published()).isNotNull();
    assertThat(a.category()).isEqualTo(fromText.category()).isNotNull();
    assertThat(a.author()).isEqualTo(fromText.author()).isNotNull();
    assertThat(a.body()).isEqualTo(fromText.body());
    assertThat(a.captions())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        "Các đại biểu tham dự lễ ký kết tại Hà Nội, ngày 17/10/2019."),
                    fromText.captions().stream())
                .toList());
    assertThat(a.id()).isEqualTo(fromText.id());
  }

  @Test
  void withLessDeclaredTheHeadingTheBoldSapoAndTheTextRulesFillTheGaps() throws Exception {
    String html =
        fixture("dantri-jsonld.html")
            .replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "")
            .replaceAll(
                "<meta (property=\"og:site_name\"|property=\"article:published_time\"|name=\"description\"|property=\"og:description\")[^>]*>",
                "")
            .replace(" | Báo Dân trí\">", " - Dân trí Online\">")
            .replace("<time datetime=\"2021-04-17 16:27\">", "<time>")
            .replace("<h2 class=\"singular-sapo\">(Dân trí) - ", "<p><strong>")
            .replace("nghề nghiệp.</h2>", "nghề nghiệp.</strong></p>");
    Article a = extract(html);
    // og:title is the heading plus " - Dân trí Online", a suffix no rule lists.
    assertThat(a.title())
        .isEqualTo("96% sinh viên trường cao đẳng nghề Đà Nẵng tốt nghiệp có việc làm ngay");
    // The date line under the heading, found by the text rules, which read the same title.
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-04-17T16:27+07:00"));
    assertThat(a.category()).isEqualTo("Giáo dục - Hướng nghiệp"); // the breadcrumb element
    assertThat(a.author()).isEqualTo("Khánh Hiền"); // the byline paragraph at the end
    assertThat(a.lead()).startsWith("Ngày 17/4, Trường CĐ Nghề Đà Nẵng tổ chức lễ ký kết");
    assertThat(a.body().lines().findFirst().orElseThrow()).startsWith("Tại sự kiện, Hiệu trưởng");
  }

  @Test
  void aDeclaredAuthorWrittenAsABylineIsReadAsOne() throws Exception {
    String html =
        fixture("dantri-jsonld.html")
            .replace("\"name\": \"Khánh Hiền\"", "\"name\": \"Tin, ảnh: KHÁNH HIỀN\"");
    assertThat(extract(html).author()).isEqualTo("Khánh Hiền");
  }

  @Test
  void aCategoryInCapitalsIsWrittenAsTheTextRulesWriteIt() throws Exception {
    String html =
        fixture("vov-opengraph.html")
            .replace("content=\"Xã hội\"", "content=\"XÃ HỘI\"")
            .replace("&gt; <a href=\"/xa-hoi/lao-dong\">Lao động - Việc làm</a>", "");
    assertThat(extract(html).category()).isEqualTo("Xã hội");
  }

  @Test
  void anArticleWrappedInALinkIsReadByTheTextRulesWhenTheyAgreeOnTheTitle() throws Exception {
    String html =
        fixture("vov-opengraph.html")
            .replace(
                "<div class=\"article__body cms-body\">",
                "<a href=\"/doc-tiep\"><div class=\"article__body cms-body\">")
            .replace(
                "</p>\n        </div>\n        <div class=\"article__author\">",
                "</p>\n        </div></a>\n        <div class=\"article__author\">");
    // Links cannot nest: the related box inside would close the wrapper early.
    html = html.replaceAll("(?s)<div class=\"box-related\">.*?</a>\\s*</div>", "");
    assertThat(html).contains("</div></a>").doesNotContain("box-related");
    Article a = extract(html);
    assertThat(a.body()).startsWith("Liên quan đến vấn đề trên").contains("85 trường hợp còn lại");
    assertThat(a.body().lines()).hasSize(7);
  }

  @Test
  void theSiteNameInFrontOfTheTitleAndTypographyDoNotHideTheHeading() throws Exception {
    String html =
        fixture("vov-opengraph.html")
            .replaceAll("<meta property=\"og:site_name\"[^>]*>", "")
            .replaceAll("<meta property=\"article:published_time\"[^>]*>", "")
            .replace(
                "content=\"Giải quyết hàng nghìn trường hợp chậm chi trả bảo hiểm thất nghiệp | VOV.VN\"",
                "content=\"VOV - Giải quyết hàng nghìn trường hợp chậm chi trả bảo hiểm thất nghiệp\"")
            .replace(
                "cms-title\">Giải quyết hàng nghìn trường hợp",
                "cms-title\">Giải quyết  hàng nghìn trường hợp");
    Article a = extract(html);
    assertThat(a.title())
        .isEqualTo("Giải quyết hàng nghìn trường hợp chậm chi trả bảo hiểm thất nghiệp");
    // No declared date: the text rules' date line, since they read the same heading.
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2018-09-05T16:20+07:00"));
  }

  @Test
  void aWarcTargetUriIsTheUrlWhenThePageHasNoCanonicalOne() throws Exception {
    String html = fixture("vov-opengraph.html").replaceAll("<meta property=\"og:url\"[^>]*>", "");
    Article a = extract(html.getBytes(StandardCharsets.UTF_8), null, "https://vov.vn/p/1.vov");
    assertThat(a.url()).isEqualTo("https://vov.vn/p/1.vov");
    assertThat(a.id())
        .isEqualTo(PageExtractor.id("https://vov.vn/p/1.vov", a.title(), a.published()));
  }

  @Test
  void brokenMarkupStillGivesTheArticleAndNeverMarkupInAField() throws Exception {
    String html = fixture("dantri-jsonld.html");
    // Cut in the middle of a tag, unclosed elements, stray end tags, markup inside metadata.
    String broken =
        html.substring(0, html.indexOf("<p style=\"text-align:right\">") + 12)
            .replace("</figure>", "</div></span>")
            .replace("\"headline\": \"96%", "\"headline\": \"<b>96%")
            .replace("</p>\n        <p>Các doanh", "\n        <p>Các doanh")
            .replace(
                "<p>Việc hợp tác",
                "<p>&lt;script&gt;alert(1)&lt;/script&gt; Việc hợp tác"); // markup shown as text
    Article a = extract(broken);
    assertThat(a.title()).startsWith("96% sinh viên");
    assertThat(a.body())
        .contains("Các doanh nghiệp mở xưởng thực hành")
        .contains("Việc hợp tác đào tạo");
    for (String field : fields(a)) {
      assertThat(field).doesNotContainPattern("<[a-zA-Z/!]");
    }
  }

  @Test
  void aPrintViewsSectionInAnElementNamedAsTheCategoryIsTheCategory() throws Exception {
    // a print view: no metadata but a canonical link, the section in the header over the heading
    String p =
        "Trong thời kỳ Noachian, khu vực này liên tục bị các tiểu hành tinh và sao chổi đâm vào,"
            + " các nhà khoa học cho biết khi công bố kết quả nghiên cứu mới nhất của họ.";
    String html =
        "<html><head><title>Hé lộ bộ ba miệng núi lửa kì lạ trên bề mặt Sao Hỏa</title>"
            + "<link rel=\"canonical\" href=\"https://dantri.com.vn/khoa-hoc/a-1.htm\"></head>"
            + "<body><div class=\"print-header\"><div class=\"print-cate\">Khoa học - Công nghệ"
            + "</div><div class=\"print-url\">https://dantri.com.vn/khoa-hoc/a-1.htm</div></div>"
            + "<div class=\"print-body\"><h1>Hé lộ bộ ba miệng núi lửa kì lạ trên bề mặt Sao Hỏa</h1>"
            + "<div class=\"date\">Thứ Ba, 03/11/2020 - 08:01</div><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div><div class=\"related\"><span class=\"category\">Kinh doanh</span></div>"
            + "</body></html>";
    assertThat(extract(html).category()).isEqualTo("Khoa học - Công nghệ");
    String under = html.replace("print-cate", "print-note").replace("related", "more");
    assertThat(extract(under).category())
        .as("an element named as the category under the heading is another story's")
        .isNull();
  }

  @Test
  void aPortalsHeadingNamedHeaderTitleIsTheHeadingNotTheSitesHeader() throws Exception {
    // a Liferay portal: no h1, the article's heading an h3 whose class says "header-title"; the
    // date is printed under it and declared nowhere
    String p =
        "Trao đổi với báo chí sáng 26/1, bà Nga cho biết luật sửa đổi có nhiều điểm mới về chế độ"
            + " thai sản, trong đó có quy định lao động nam được nghỉ việc khi vợ sinh con.";
    String html =
        "<html><head><title>Tin tức - Sự kiện - Cổng Thông tin điện tử tỉnh</title>"
            + "<meta property=\"og:type\" content=\"article\">"
            + "<meta property=\"og:title\" content=\"Vợ sinh con, chồng được nghỉ tối đa 14 ngày\">"
            + "</head><body><header><a class=\"logo\" href=\"/\">CỔNG THÔNG TIN ĐIỆN TỬ</a></header>"
            + "<div id=\"content\"><h2 class=\"portlet-title\">Tin tức - Sự kiện</h2>"
            + "<div class=\"asset-full-content\">"
            + "<h3 class=\"header-title\">Vợ sinh con, chồng được nghỉ tối đa 14 ngày</h3>"
            + "<div class=\"metadata-entry\">Thứ tư, 27/01/2016 21:01</div>"
            + "<div class=\"journal-content-article\"><p>"
            + p
            + "</p><p>"
            + p.replace("26/1", "27/1")
            + "</p><p style=\"text-align: right;\"><strong>Ngọc Anh - Trung tâm Truyền thông tỉnh"
            + "</strong></p></div></div></div></body></html>";
    Article a = extract(html);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2016-01-27T21:01+07:00"));
    assertThat(a.author()).isEqualTo("Ngọc Anh");
    assertThat(a.body()).doesNotContain("Trung tâm Truyền thông");
  }

  @Test
  void aBoxOfAuthorDateAndShareButtonsStillGivesTheAuthor() throws Exception {
    String p =
        "Bộ Công thương cho biết sẽ làm hết sức mình để đảm bảo cung cầu thịt heo trên thị"
            + " trường, nhất là trong những tháng cuối năm khi nhu cầu tăng cao.";
    String html =
        "<html><head><title>Kiến nghị hỗ trợ cấp đông thịt vì dịch tả heo châu Phi</title></head>"
            + "<body><h1>Kiến nghị hỗ trợ cấp đông thịt vì dịch tả heo châu Phi</h1>"
            + "<div class='author-share'><a class='author' href='/tac-gia/x'>Phạm Hương</a> - "
            + "<span class='post-time'>18/01/2018 20:08</span>"
            + "<a class='fb' href='#'>Facebook</a></div>"
            + "<div class='content'><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div></body></html>";
    Article a = extract(html);
    assertThat(a.author()).isEqualTo("Phạm Hương");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2018-01-18T20:08+07:00"));
  }

  @Test
  void aBylineSetInlineInARowWithTheDateGivesTheAuthor() throws Exception {
    String p =
        "Khi máy bay đang bay ngang qua biển Thái Bình Dương, một hành khách nam bất ngờ vặn nắm"
            + " cửa đòi mở cửa thoát hiểm, và các tiếp viên đã khống chế được người này.";
    String html =
        "<html><head><meta property='og:type' content='article'>"
            + "<meta property='og:title' content='Hành khách đòi mở cửa thoát hiểm khi máy bay"
            + " qua biển'></head><body><div class='news-detail'>"
            + "<h1>Hành khách đòi mở cửa thoát hiểm khi máy bay qua biển</h1>"
            + "<div class='info'>%s<time datetime='2020-11-01T09:10:00+07:00'>"
            + "<span>Cập nhật lúc: 09:10, 01/11/2020</span></time></div>"
            + "<div class='body'><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div></div></body></html>";
    Article a =
        extract(
            html.replace("%s", "<span class='author'><a href='#'>Tác giả: Thùy Linh</a></span>"));
    assertThat(a.author()).isEqualTo("Thùy Linh");
    assertThat(a.body()).doesNotContain("Thùy Linh");
    // A name in the row that nothing marks as the byline is not taken for one.
    assertThat(extract(html.replace("%s", "<span class='views'>Thùy Linh</span>")).author())
        .isNull();
  }

  @Test
  void storyItemsAfterALabelAreNotTextEvenWithTheirSummaries() throws Exception {
    String p =
        "Bộ Công thương cho biết sẽ làm hết sức mình để đảm bảo cung cầu thịt heo trên thị"
            + " trường, nhất là trong những tháng cuối năm khi nhu cầu tăng cao.";
    String summary = "Người lao động cần nắm rõ quyền lợi của mình khi tham gia bảo hiểm xã hội.";
    String html =
        "<html><head><title>Kiến nghị hỗ trợ cấp đông thịt vì dịch tả heo châu Phi</title></head>"
            + "<body><h1>Kiến nghị hỗ trợ cấp đông thịt vì dịch tả heo châu Phi</h1>"
            + "<div class='detail'><p>"
            + p
            + "</p><p>"
            + p
            + "</p><div class='box-title'>Bài viết cùng chuyên mục</div>"
            + "<div class='item'><a href='/a'>Bảo hiểm xã hội một lần: những điều cần biết</a><p>"
            + summary
            + "</p></div><div class='item'><a href='/b'>Hà Nội tổ chức phiên giao dịch việc làm"
            + "</a><p>"
            + summary
            + "</p></div></div></body></html>";
    Article a = extract(html);
    assertThat(a.body()).doesNotContain(summary).doesNotContain("Bảo hiểm xã hội một lần");
    assertThat(a.body()).endsWith(p);
  }

  @Test
  void aPhotographersCreditUnderTheFigureIsNoParagraph() throws Exception {
    String p =
        "Bộ Công thương cho biết sẽ làm hết sức mình để đảm bảo cung cầu thịt heo trên thị"
            + " trường, nhất là trong những tháng cuối năm khi nhu cầu tăng cao.";
    String html =
        "<html><head><title>Kiến nghị hỗ trợ cấp đông thịt vì dịch tả heo châu Phi</title></head>"
            + "<body><h1>Kiến nghị hỗ trợ cấp đông thịt vì dịch tả heo châu Phi</h1>"
            + "<div class='detail'><p>"
            + p
            + "</p><figure><img src='/a.jpg'><figcaption>Người dân mua thịt heo ở chợ"
            + "</figcaption></figure><p style='text-align: right'>Ảnh: Internet</p><p>"
            + p
            + "</p></div></body></html>";
    Article a = extract(html);
    assertThat(a.body()).isEqualTo(p + "\n" + p);
    assertThat(a.captions()).contains("Ảnh: Internet");
  }

  @Test
  void aPageWithNoArticleTextFails() {
    String menuOnly =
        "<html><head><meta property='og:title' content='Trang chủ - Báo Lao Động'></head><body>"
            + "<nav><a href='/'>Thời sự</a><a href='/x'>Công đoàn</a></nav>"
            + "<ul class='list'><li><a href='/a'>Tăng lương tối thiểu vùng từ 1/7</a></li>"
            + "<li><a href='/b'>Hỗ trợ tiền thuê nhà cho công nhân</a></li></ul></body></html>";
    assertThatThrownBy(() -> extract(menuOnly))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining("no article text");
  }

  @Test
  void bytesThatAreNotHtmlAreRefusedWithAReason() {
    assertThatThrownBy(
            () -> extract(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null, null))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining("binary file");
    assertThatThrownBy(() -> extract("Người lao động được nhận lương.\nKhông có thẻ HTML nào."))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining("not HTML");
  }

  @Test
  void explainSaysWhereEachFieldCameFrom() throws Exception {
    List<String> seen = new ArrayList<>();
    EXTRACTOR.extract(
        new SourceRecord.HtmlPage(
            new Origin(Path.of("p.html"), 1),
            fixture("dantri-jsonld.html").getBytes(StandardCharsets.UTF_8),
            null,
            null),
        (field, value, from, rule) -> seen.add(field + " | " + from + " | " + rule));
    assertThat(seen)
        .contains("title | JSON-LD Article.headline | declared metadata first")
        .contains("published | JSON-LD Article.datePublished | declared")
        .contains("url | link[rel=canonical] | declared URL first")
        .anyMatch(s -> s.startsWith("lead | article.singular-container > h2.singular-sapo"))
        .anyMatch(s -> s.startsWith("body | article.singular-container > div.singular-content"))
        .anyMatch(s -> s.startsWith("captions | figcaption"));
  }

  private static List<String> fields(Article a) {
    List<String> out = new ArrayList<>();
    for (String s : new String[] {a.title(), a.lead(), a.body(), a.category(), a.author()}) {
      if (s != null) {
        out.add(s);
      }
    }
    out.addAll(a.captions());
    return out;
  }

  @Test
  void aRowOfSectionLinksOverTheHeadingIsTheBreadcrumbWhateverItsClass() throws Exception {
    String page =
        "<html><head><meta property='og:type' content='article'>"
            + "<meta property='og:title' content='Có khám bệnh BHYT vào ngày lễ và ngày nghỉ?'>"
            + "<meta property='article:published_time' content='2017-01-03T15:49:00+07:00'>"
            + "</head><body><nav><ul><li><a href='#'>Chính trị</a></li><li><a href='#'>Xã hội</a>"
            + "</li></ul></nav><article><div class='vnp-bread'>%s</div>"
            + "<h1>Có khám bệnh BHYT vào ngày lễ và ngày nghỉ?</h1>"
            + "<div>Thứ Ba, 03/01/2017 - 15:49</div>"
            + "<p>Nhiều người cho biết họ bận đi làm cả tuần, chỉ được nghỉ thứ 7, chủ nhật để đi"
            + " khám bệnh nhưng hai ngày này lại không có bác sĩ khám theo bảo hiểm.</p>"
            + "<p>Theo quy định, người dân có thể đăng ký nơi khám, chữa bệnh ban đầu tại các cơ sở"
            + " có thực hiện khám, chữa bệnh bảo hiểm y tế vào ngày nghỉ, ngày lễ.</p>"
            + "</article></body></html>";
    Article a =
        extract(page.replace("%s", "<a href='#'>Xã hội</a> <a href='#'>Lao động - Việc làm</a>"));
    assertThat(a.category()).isEqualTo("Lao động - Việc làm");
    Article sentence =
        extract(
            page.replace("%s", "Xem <a href='#'>Xã hội</a> và <a href='#'>Việc làm</a> hôm nay"));
    assertThat(sentence.category()).isNotEqualTo("Việc làm");
  }

  @Test
  void aSingleSectionLinkOverTheHeadingWithNoTrailIsTheCategory() throws Exception {
    String page =
        "<html><head><title>Hành khách đòi mở cửa thoát hiểm khi máy bay qua biển | Báo Bạc"
            + " Liêu</title><meta property='og:site_name' content='Báo Bạc Liêu'>"
            + "<meta property='og:type' content='article'>"
            + "<meta property='og:title' content='Hành khách đòi mở cửa thoát hiểm khi máy bay"
            + " qua biển'></head><body><div class='top'><a class='logo' href='/'>BÁO BẠC LIÊU</a>"
            + "<ul class='menu'><li><a href='#'>Thời sự</a></li><li><a href='#'>Du lịch</a></li>"
            + "</ul></div><div class='news-detail'>%s"
            + "<h1>Hành khách đòi mở cửa thoát hiểm khi máy bay qua biển</h1>"
            + "<div class='body'><p>Sự cố xảy ra trên chuyến bay của hãng hàng không Hawaiian"
            + " Airlines, cất cánh ở sân bay quốc tế Los Angeles, dự kiến hạ cánh xuống Honolulu,"
            + " Hawaii, Mỹ.</p><p>Khi máy bay đang bay ngang qua biển Thái Bình Dương, một hành"
            + " khách nam bất ngờ vặn nắm cửa đòi mở cửa thoát hiểm.</p></div></div></body></html>";
    assertThat(extract(page.replace("%s", "<a class='cate' href='#'>Du lịch</a>")).category())
        .isEqualTo("Du lịch");
    // The paper's name, the home page or a link in a sentence over the heading is no section.
    for (String over :
        new String[] {
          "<a href='/'>Báo Bạc Liêu</a>",
          "<div><a href='/'>Trang chủ</a></div>",
          "<p>Xem thêm <a href='#'>Du lịch</a> hôm nay</p>"
        }) {
      assertThat(extract(page.replace("%s", over)).category()).as(over).isNotEqualTo("Du lịch");
    }
  }

  private static final String PARAGRAPH =
      "<p>Sáng nay, hàng trăm công nhân của khu công nghiệp đã trở lại làm việc sau kỳ nghỉ, và"
          + " ban quản lý cho biết đơn hàng của quý này tăng so với cùng kỳ năm trước.</p>";

  private static String sapoOverTheBody(String sapoElement, String tail) {
    return "<html><head><meta property=\"og:title\" content=\"Công nhân trở lại làm việc sau"
        + " kỳ nghỉ dài\"></head><body><div class=\"wrap\"><div class=\"crumbs\"><a href=\"/\">"
        + "Trang chủ</a> <a href=\"/xa-hoi\">Xã hội</a></div><h1>Công nhân trở lại làm việc sau"
        + " kỳ nghỉ dài</h1><div class=\"post-time\">Thứ Bảy, ngày 15/12/2018 09:53 PM</div>"
        + sapoElement
        + "<article class=\"info\">"
        + PARAGRAPH.repeat(3)
        + "<p>Đây là đoạn cuối cùng của bài, nói về kế hoạch của công ty trong năm tới.</p>"
        + tail
        + "</article></div></body></html>";
  }

  @Test
  void aSapoBetweenTheHeadingAndTheArticlesBoxIsTheLead() throws Exception {
    String sapo =
        "Sau kỳ nghỉ dài ngày, công nhân các doanh nghiệp trong khu công nghiệp đã trở lại làm"
            + " việc đầy đủ, nhiều nơi còn tuyển thêm người.";
    Article a = extract(sapoOverTheBody("<h2 class=\"ct\">" + sapo + "</h2>", ""));
    assertThat(a.lead()).isEqualTo(sapo);
    assertThat(a.body()).doesNotContain("Sau kỳ nghỉ dài ngày").startsWith("Sáng nay");

    // With the outlet's tag in front, the tag is cut (as in a sapo inside the article).
    Article tagged = extract(sapoOverTheBody("<h2><span>(Báo Mẫu) - </span>" + sapo + "</h2>", ""));
    assertThat(tagged.lead()).isEqualTo(sapo);
    // A short line there is no sapo: the date line, a label.
    assertThat(extract(sapoOverTheBody("<div>Ảnh minh họa</div>", "")).lead()).isNull();
  }

  @Test
  void aSapoSetAsANamedInlineElementInTheArticlesBoxIsTheLead() throws Exception {
    String sapo =
        "Theo hướng dẫn của Bộ GD-ĐT, thí sinh đăng ký nguyện vọng xét tuyển chỉ được chọn một"
            + " trong hai phương thức sau:";
    Article a = extract(sapoOverTheBody("<strong class=\"sapo\">" + sapo + "</strong>", ""));
    assertThat(a.lead()).isEqualTo(sapo);
    assertThat(a.body()).doesNotContain("Theo hướng dẫn").startsWith("Sáng nay");
    // Bold with no name: not marked as the sapo, and no sentence, so it is not the lead.
    assertThat(extract(sapoOverTheBody("<strong>" + sapo + "</strong>", "")).lead())
        .isNotEqualTo(sapo);
  }

  @Test
  void shortCreditLinesAfterTheLastParagraphLeaveTheBody() throws Exception {
    Article a =
        extract(
            sapoOverTheBody(
                "",
                "<div class=\"src\">Theo Hữu Nghị (Dân trí)</div>"
                    + "<div class=\"orig\">Nguồn: [Link nguồn]</div><p>(theo Dân trí)</p>"));
    assertThat(a.body())
        .endsWith("kế hoạch của công ty trong năm tới.")
        .doesNotContain("Nguồn")
        .doesNotContain("Theo Hữu Nghị")
        .doesNotContain("theo Dân trí");
    // A closing paragraph that is a sentence stays, however short.
    assertThat(extract(sapoOverTheBody("", "<p>Cuộc họp kết thúc lúc 11 giờ.</p>")).body())
        .endsWith("Cuộc họp kết thúc lúc 11 giờ.");
  }

  @Test
  void aLabelClosedByAColonOverALinkInsideTheTextIsNotText() throws Exception {
    String more =
        "<p>Sau đó, ban quản lý khu công nghiệp sẽ tổ chức đối thoại với người lao động.</p>";
    Article a =
        extract(
            sapoOverTheBody(
                "",
                "<div class=\"box\"><p>Mời bạn đọc xem thêm:</p>"
                    + "<a href=\"/x\">Giáo sư đại học thắng giải Nobel kinh tế năm nay</a></div>"
                    + more));
    assertThat(a.body())
        .doesNotContain("Mời bạn đọc xem thêm")
        .doesNotContain("Giáo sư đại học")
        .endsWith("đối thoại với người lao động.");
    // A colon over a quote is the text's own.
    Article quote =
        extract(
            sapoOverTheBody(
                "",
                "<p>Ông Nam cho biết:</p><p>Chúng tôi sẽ tuyển thêm hai trăm người.</p>" + more));
    assertThat(quote.body()).contains("Ông Nam cho biết:");
  }

  @Test
  void aSapoUnderTheHeadingOutsideTheTextsContainerIsTheLead() throws Exception {
    String sapo =
        "Hơn 150 tuyến đường, thôn xóm tại Thủ đô Hà Nội đã được chiếu sáng phục vụ người dân đi"
            + " lại an toàn.";
    String page =
        "<html><head><meta property=\"og:title\" content=\"Chiếu sáng miễn phí về thôn xóm\">"
            + "</head><body><div class=\"detail\"><h1>Chiếu sáng miễn phí về thôn xóm</h1>"
            + "<span>24/01/2018 10:05</span><div class=\"x1\">"
            + sapo
            + "</div><div class=\"x2\">"
            + PARAGRAPH.repeat(3)
            + "</div></div></body></html>";
    Article a = extract(page);
    assertThat(a.lead()).isEqualTo(sapo);
    assertThat(a.body()).doesNotContain("Hơn 150 tuyến đường").startsWith("Sáng nay");
    // The first paragraph inside the text's container stays the text's.
    Article inside = extract(page.replace("</div><div class=\"x2\">", ""));
    assertThat(inside.lead()).isNull();
    assertThat(inside.body()).startsWith("Hơn 150 tuyến đường");
  }

  @Test
  void aTeamCreditDeclaredOrPrintedIsNoAuthor() throws Exception {
    Article a =
        extract(
            sapoOverTheBody("", "<p style=\"text-align:right\"><b>Nhóm PV</b></p>")
                .replace("<head>", "<head><meta name=\"author\" content=\"Nhóm PV\">"));
    assertThat(a.author()).isNull();
    assertThat(a.body()).doesNotContain("Nhóm PV");
  }

  @Test
  void aHeadingInlineWithItsUpdateLineEndsWhereTheDocumentTitleSays() throws Exception {
    String page =
        "<html><head><title>Nhẹ dạ đặt niềm tin trúng &quot;bẫy Đông Y&quot; - Báo Cần Thơ"
            + " Online</title></head><body><table><tr><td>"
            + "<div class='path'><a href='#'>Y tế</a> <a href='#'>Sức khỏe</a></div>"
            + "<span class='title'>Nhẹ dạ đặt niềm tin trúng \"bẫy Đông Y\"</span>\n"
            + "<span class='date'>Cập nhật: 27-04-2021 21:16:00</span>"
            + PARAGRAPH
            + "<p>Ban quản lý cho biết đơn hàng tăng mạnh, và công nhân được thưởng thêm một tháng"
            + " lương vào dịp cuối năm như đã cam kết.</p>"
            + "</td></tr></table></body></html>";
    Article a = extract(page);
    assertThat(a.title()).isEqualTo("Nhẹ dạ đặt niềm tin trúng \"bẫy Đông Y\"");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-04-27T21:16+07:00"));
  }

  @Test
  void aBreadcrumbGoingOnPastTheDeclaredSectionGivesTheSubsection() throws Exception {
    String page =
        "<html><head><meta property='og:title' content='Khám phá hòn đảo mới được công nhận là"
            + " xã đảo'><meta property='article:section' content='%s'></head><body><article>"
            + "<ol class='breadcrumb'><li><a href='#'>Đô thị</a></li><li><a href='#'>Quy hoạch</a>"
            + "</li></ol><h1>Khám phá hòn đảo mới được công nhận là xã đảo</h1>"
            + PARAGRAPH
            + "</article></body></html>";
    assertThat(extract(page.replace("%s", "Đô thị")).category()).isEqualTo("Quy hoạch");
    // A declared section the trail does not hold stays the category.
    assertThat(extract(page.replace("%s", "Xã hội")).category()).isEqualTo("Xã hội");
  }

  /** A forum post as Moodle prints it: the site's name in the h1, the post's header in a box. */
  private static final String FORUM_POST =
      "<html><head><title>ULSA E-learning: Tin tức của trang: Doanh nghiệp thắng kiện nhưng UBND"
          + " xã không chịu trả nợ</title></head><body><div id='page-header'>"
          + "<h1>Trường Đại học Lao động - Xã hội</h1><ol class='breadcrumb'>"
          + "<li><a href='#'>Trang chủ</a></li><li><a href='#'>Tin tức của trang</a></li>"
          + "<li><a href='#'>Doanh nghiệp thắng kiện nhưng UBND xã không chịu trả nợ</a></li></ol>"
          + "</div><div role='main'><h2>Tin tức của trang</h2><div class='forumpost'>"
          + "<div class='row header'><div class='subject' role='heading' aria-level='2'>Doanh"
          + " nghiệp thắng kiện nhưng UBND xã không chịu trả nợ</div><div class='author'"
          + " role='heading' aria-level='2'>bởi <a href='#'>Lê Thị Diệu Linh</a> - Thứ sáu, 01"
          + " Tháng mười hai 2017, 07:12 PM</div></div><div class='posting'>"
          + PARAGRAPH.repeat(3)
          + "</div></div></div></body></html>";

  @Test
  void aPostHeaderBoxHoldingAnAriaHeadingIsNoSiteFurniture() throws Exception {
    Article a = extract(FORUM_POST);
    assertThat(a.title()).isEqualTo("Doanh nghiệp thắng kiện nhưng UBND xã không chịu trả nợ");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2017-12-01T19:12+07:00"));
    assertThat(a.author()).isEqualTo("Lê Thị Diệu Linh");
  }

  @Test
  void aLastCrumbThatIsTheHeadlineInTheTitleLeavesTheSectionBeforeIt() throws Exception {
    assertThat(extract(FORUM_POST).category()).isEqualTo("Tin tức của trang");
    // A section's name the <title> also holds is still the section.
    String section =
        FORUM_POST.replace(
            "<li><a href='#'>Doanh nghiệp thắng kiện nhưng UBND xã không chịu trả nợ</a></li>", "");
    assertThat(extract(section).category()).isEqualTo("Tin tức của trang");
  }

  /** A page that declares no title (no og:title, no JSON-LD): the text rules read it. */
  private static String undeclared(String head, String body) {
    return "<html><head><title>Hộ nghèo hiến hơn 2.000 m2 đất xây trường mầm non - Báo Mẫu</title>"
        + head
        + "</head><body><div class=\"menu\"><a href=\"#\">Trang chủ</a></div>"
        + "<div class=\"cat\">Dân sinh</div><h1>Hộ nghèo hiến hơn 2.000 m2 đất xây trường mầm"
        + " non</h1><div class=\"date\">08/02/2017 06:16</div><div class=\"content\">"
        + body
        + "</div></body></html>";
  }

  @Test
  void aDeclaredAuthorInCapitalsIsReadAsABylineOnAPageThatDeclaresNoArticle() throws Exception {
    String page =
        undeclared(
            "",
            PARAGRAPH.repeat(3)
                + "<p style=\"text-align: right;\"><strong itemprop=\"author\">"
                + "<span>THÙY LINH</span></strong></p>");
    assertThat(extract(page).author()).isEqualTo("Thùy Linh");
  }

  @Test
  void anItalicParagraphUnderAParagraphHoldingOnlyAPhotoIsItsCaption() throws Exception {
    String photo = "<p style=\"text-align: center;\"><img src=\"/upload/67197.jpg\"></p>";
    String caption = "Ngày hội thu hút nhiều sự quan tâm của giới trẻ.";
    String italic = "<p style=\"text-align: center;\"><em><span>" + caption + "</span></em></p>";
    Article a = extract(undeclared("", PARAGRAPH + photo + italic + PARAGRAPH.repeat(2)));
    assertThat(a.captions()).contains(caption);
    assertThat(a.body()).doesNotContain(caption);

    // Italics with no photo over them are the text's (a quote, an editor's note), and so is a
    // paragraph partly in italics under a photo.
    Article noPhoto = extract(undeclared("", PARAGRAPH + italic + PARAGRAPH.repeat(2)));
    assertThat(noPhoto.body()).contains(caption);
    String partly =
        "<p>Chị Huyền cho biết: <em>\"Tôi chỉ biết mỗi Chợ đêm.\"</em> Nhiều du khách cũng nghĩ"
            + " như vậy khi đến đây lần đầu.</p>";
    Article mixed = extract(undeclared("", PARAGRAPH + photo + partly + PARAGRAPH.repeat(2)));
    assertThat(mixed.body()).contains("Chị Huyền cho biết");
  }

  @Test
  void aFirstParagraphTheDescriptionRepeatsWholeIsTheLeadOnAPageThatDeclaresNoArticle()
      throws Exception {
    String sapo =
        "Mong ước các cháu nhỏ có trường học khang trang, thoát cảnh học nhờ, học tạm, gia đình"
            + " ông Thanh đã hiến hơn 2.000 m2 đất xây trường mầm non. Nhiều hộ trong thôn góp"
            + " thêm ngày công. Ngôi trường mới khánh thành năm 2014. Nay các cháu đã có chỗ học"
            + " đàng hoàng.";
    // Four sentences: the text rules take no unmarked sapo that long.
    String body =
        "<p><strong><em><span>" + sapo + "</span></em></strong></p>" + PARAGRAPH.repeat(3);
    Article a = extract(undeclared("<meta name=\"description\" content=\"" + sapo + "\">", body));
    assertThat(a.lead()).isEqualTo(sapo);
    assertThat(a.body()).doesNotContain("Mong ước").startsWith("Sáng nay");

    // A description cut from the paragraph's first words, as a site's editor writes one when the
    // article has no sapo, marks none: the paragraph stays the text's.
    String cut = sapo.substring(0, 80) + "...";
    Article c = extract(undeclared("<meta name=\"description\" content=\"" + cut + "\">", body));
    assertThat(c.lead()).isNull();
    assertThat(c.body()).startsWith("Mong ước");
  }

  @Test
  void aDeclaredDayWithoutATimeTakesTheTimeOfTheDateLineOnTheSameDay() throws Exception {
    String p1 =
        "Theo chương trình, hai bên sẽ phối hợp tuyên truyền pháp luật lao động đến doanh nghiệp.";
    String p2 =
        "Hai bên cũng thống nhất tổ chức đối thoại định kỳ giữa người lao động và người sử dụng.";
    String page =
        "<html><head><title>Tạp chí</title>"
            + "<meta name=\"DC.date.issued\" content=\"2019-02-21\"></head><body>"
            + "<h1>Liên đoàn Lao động tỉnh ký kết chương trình phối hợp chăm lo cho công nhân</h1>"
            + "<div class=\"date\">Ngày 21-02-2019, 18:38</div>"
            + "<p>"
            + p1
            + "</p><p>"
            + p2
            + "</p></body></html>";
    Article a = extract(page);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-02-21T18:38+07:00"));
    Article other = extract(page.replace("Ngày 21-02-2019", "Ngày 20-02-2019"));
    assertThat(other.published()).isEqualTo(OffsetDateTime.parse("2019-02-21T00:00+07:00"));
  }

  @Test
  void anItalicCaptionAfterALineBreakInThePhotosParagraphIsNoText() throws Exception {
    String p1 =
        "Theo chương trình, hai bên sẽ phối hợp tuyên truyền pháp luật lao động đến doanh nghiệp.";
    String p2 =
        "Hai bên cũng thống nhất tổ chức đối thoại định kỳ giữa người lao động và người sử dụng.";
    String page =
        "<html><head><title>Bộ</title></head><body>"
            + "<h1>Liên đoàn Lao động tỉnh ký kết chương trình phối hợp chăm lo cho công nhân</h1>"
            + "<div class=\"date\">21/02/2019 18:38</div>"
            + "<p>"
            + p1
            + "</p><p style=\"text-align: center;\"><img src=\"/a.jpg\"><br><em>"
            + "<span>Ảnh minh họa</span></em></p><p>"
            + p2
            + "</p></body></html>";
    Article a = extract(page);
    assertThat(a.body()).doesNotContain("Ảnh minh họa").contains(p1).contains(p2);
  }

  @Test
  void aHeadingInABoxNamedPageHeaderIsTheTitleNotTheSitesHeader() throws Exception {
    // a Joomla article page: no metadata but microdata, the heading an h2 in div.page-header, the
    // article-info rows under it
    String p =
        "Tất cả những phụ nữ đã từng quan hệ tình dục nên được sàng lọc ung thư cổ tử cung từ 25"
            + " tuổi, theo khuyến cáo của các chuyên gia sản phụ khoa trong và ngoài nước.";
    String html =
        "<html><head><title>Bệnh viện</title></head><body>"
            + "<header class=\"header\"><a class=\"brand\" href=\"/\">BỆNH VIỆN</a></header>"
            + "<div class=\"item-page\"><div class=\"page-header\">"
            + "<h2 itemprop=\"headline\">Những phụ nữ nào cần khám sàng lọc ung thư cổ tử cung</h2>"
            + "</div><dl class=\"article-info\"><dd>Viết bởi Hữu Tài</dd>"
            + "<dd>Ngày đăng: 01/10/2020 21:57</dd></dl>"
            + "<div itemprop=\"articleBody\"><p>"
            + p
            + "</p><p>"
            + p.replace("25", "30")
            + "</p></div></div></body></html>";
    Article a = extract(html);
    assertThat(a.title()).isEqualTo("Những phụ nữ nào cần khám sàng lọc ung thư cổ tử cung");
    assertThat(a.author()).isEqualTo("Hữu Tài");
  }

  @Test
  void anAuthorGivenByReferenceInTheGraphIsThePersonsName() throws Exception {
    // Yoast SEO on WordPress: the Article's author is an @id, the Person a node of the same @graph
    String p =
        "Tuần qua, chương trình do nhà trường tổ chức đã khởi động tại hai điểm trường đầu tiên"
            + " trong chuỗi ba mươi điểm trường từ tháng 9 đến tháng 11 năm 2020.";
    String html =
        "<html><head><title>Chương trình khởi động tại hai điểm trường – Trường Đại học</title>"
            + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
            + " \"@graph\": [{\"@type\": \"Article\", \"headline\": \"Chương trình khởi động"
            + " tại hai điểm trường\", \"author\": {\"@id\": \"https://x.vn/#/schema/person/1\"},"
            + " \"datePublished\": \"2020-10-01T19:28:00+07:00\"}, {\"@type\": \"Person\","
            + " \"@id\": \"https://x.vn/#/schema/person/1\", \"name\": \"Ngọc Anh\"}]}</script>"
            + "</head><body><h1>Chương trình khởi động tại hai điểm trường</h1><div class=\"entry-content\"><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div></body></html>";
    assertThat(extract(html).author()).isEqualTo("Ngọc Anh");
  }

  @Test
  void aCapturesOwnDeclarationsAreNotTheArticles() throws Exception {
    // archive.today: the canonical holds the original's URL, article:published_time is the
    // capture's
    String p =
        "Thời gian gần đây Báo điện tử Người Đưa Tin nhận được rất nhiều phản ánh của công nhân"
            + " về việc hàng năm có hàng nghìn công nhân phải nghỉ việc tại nhiều doanh nghiệp.";
    String html =
        "<html><head><meta property=\"og:title\" content=\"Công nhân phải nghỉ việc mỗi năm\">"
            + "<meta property=\"article:published_time\" content=\"2016-02-18T17:16:41Z\">"
            + "<link rel=\"canonical\" href=\"https://archive.ph/2016.02.18-171641/"
            + "http://congdoandongnai.org.vn/tin-tuc/cong-nhan-11463.html\"></head><body>"
            + "<div>Saved from http://congdoandongnai.org.vn/tin-tuc/cong-nhan-11463.html</div>"
            + "<h1>Công nhân phải nghỉ việc mỗi năm</h1><div>02/02/2016 08:07</div><p>"
            + p
            + "</p><p>"
            + p
            + "</p></body></html>";
    Article a = extract(html);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2016-02-02T08:07+07:00"));
    assertThat(a.title()).isEqualTo("Công nhân phải nghỉ việc mỗi năm");
    assertThat(vn.newssearch.extract.html.Declared.capturedUrl("https://vnexpress.net/a-1.html"))
        .isNull();
  }

  @Test
  void aCopyrightCreditBesideAPhotoIsNoParagraph() throws Exception {
    // an aggregator's copy: the partner's credit in the photo's own element, "© Được cung cấp bởi"
    String p =
        "Khe nứt Silfra nằm giữa hai mảng kiến tạo giữa hai lục địa Bắc Mỹ và Á Âu, nơi du khách"
            + " có thể chạm tay vào hai lục địa cùng lúc khi lặn trong làn nước trong vắt.";
    String html =
        "<html><head><title>Nơi duy nhất trên thế giới chạm tay vào hai lục địa</title></head>"
            + "<body><article><h1>Nơi duy nhất trên thế giới chạm tay vào hai lục địa</h1>"
            + "<section class='articlebody'><p>"
            + p
            + "</p><span class='image'><img src='/a.jpg'>"
            + "<span class='attribution'>© Được cung cấp bởi Người Đưa Tin</span></span><p>"
            + p
            + "</p></section></article></body></html>";
    Article a = extract(html);
    assertThat(a.body()).isEqualTo(p + "\n" + p);
    assertThat(a.captions()).contains("© Được cung cấp bởi Người Đưa Tin");
  }

  @Test
  void theHomePagesOpenGraphOnEveryPageIsNotTheArticles() throws Exception {
    // a portal's template: og:url the site's root, og:title the portal's name; the headline an h3
    String p =
        "Có những loài động vật đã sống sót qua các biến động địa chất từ hàng triệu năm trước và"
            + " vẫn tồn tại cho đến tận ngày nay, được các nhà khoa học gọi là hóa thạch sống.";
    String html =
        "<html><head><title>Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam - Những hóa thạch"
            + " sống tồn tại đến ngày nay</title>"
            + "<meta property=\"og:type\" content=\"website\">"
            + "<meta property=\"og:title\" content=\"Liên hiệp các Hội Khoa học và Kỹ thuật Việt"
            + " Nam\"><meta property=\"og:url\" content=\"https://vusta.vn/\"></head><body>"
            + "<div class='path'><a href='/'>Trang chủ</a> &gt; <a href='/tt'>Tin tức</a></div>"
            + "<div class='news-detail'><h3>Những hóa thạch sống tồn tại đến ngày nay</h3>"
            + "<div class='news-date'>04/11/2020 20:19 | Nguồn: Dân trí</div><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div></body></html>";
    Article a = extract(html);
    assertThat(a.title()).isEqualTo("Những hóa thạch sống tồn tại đến ngày nay");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2020-11-04T20:19+07:00"));
    assertThat(vn.newssearch.extract.html.Declared.siteRoot("https://vusta.vn/")).isTrue();
    assertThat(vn.newssearch.extract.html.Declared.siteRoot("https://vusta.vn/tin-tuc/a-1.html"))
        .isFalse();
  }

  @Test
  void theTooltipOfARelativeAgeGivesThePublishedTime() throws Exception {
    // a feed reader prints "2y" and keeps the time in the element's title
    String p =
        "Ngày 30/9, Bộ trưởng Quốc phòng Đức đã kêu gọi quốc hội nước này ủng hộ việc tăng ngân"
            + " sách quốc phòng trong năm tới để Berlin có thể đảm trách vai trò lớn hơn.";
    String html =
        "<html><head><title>Báo Thời Đại - Quốc tế - feedly</title></head><body>"
            + "<div class='entryHeader'><h1>Đức tăng chi tiêu quốc phòng trong năm tới</h1>"
            + "<div class='metadata'><span>by Đình Phú</span> / <span class='ago' title='Published:"
            + " Thu, 01 Oct 2020 08:42:00 GMT&#10;Received: Thu, 01 Oct 2020 08:42:00 GMT'>2y</span>"
            + "</div></div><div class='content'><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div></body></html>";
    assertThat(extract(html).published()).isEqualTo(OffsetDateTime.parse("2020-10-01T15:42+07:00"));
  }

  @Test
  void aKickerHeadingOverTheHeadlineIsNotTheFirstParagraph() throws Exception {
    // Telegram's Instant View: <h6 class="kicker">Kinh tế</h6> over the <h1> in the article header
    byte[] page =
        java.nio.file.Files.readAllBytes(
            Path.of("src/test/resources/layouts-opened-17/ldcdtelegram/1.html"));
    Article a = extract(page, null, null);
    assertThat(a.title()).isEqualTo("Thu tiền tỷ nhờ thanh long vàng đột biến ở miền Tây");
    assertThat(a.category()).isEqualTo("Kinh tế");
    assertThat(a.body()).startsWith("Theo Vnexpress, ông Lê Văn Biết");
  }

  @Test
  void aSectionNamePrintedOverTheHeadlineInAnyElementIsNotTheFirstParagraph() throws Exception {
    // a Zalo Official Account article: <div class="za-kicker">Xã hội</div> over the <h1>
    String p =
        "Ngày 31/10, chùa Kỳ Quang 2 tiếp tục tổ chức ngày cuối cùng của đại lễ trai đàn chẩn tế"
            + " dịp rằm tháng 9 nhằm cầu siêu cho các hương linh gửi tro cốt thờ phụng tại chùa.";
    String html =
        "<html><head><meta property=\"og:title\" content=\"Hòa thượng Thích Thiện Chiếu được"
            + " phục chức trụ trì chùa Kỳ Quang 2\"></head><body><div class=\"za-article\">"
            + "<div class=\"za-kicker\">Xã hội</div><h1>Hòa thượng Thích Thiện Chiếu được phục"
            + " chức trụ trì chùa Kỳ Quang 2</h1><div>Báo Người cao tuổi · 18:13 01/11/2020</div><p>"
            + p
            + "</p><p>"
            + p
            + "</p></div></body></html>";
    assertThat(extract(html).body()).startsWith("Ngày 31/10, chùa Kỳ Quang 2");
    assertThat(HtmlArticle.isKicker("Lao động - Việc làm")).isTrue();
    assertThat(HtmlArticle.isKicker("Thứ Hai, 02/11/2020")).isFalse();
    assertThat(HtmlArticle.isKicker("Ảnh chụp màn hình phiên giao dịch sáng nay.")).isFalse();
  }

  @Test
  void aSapoNamedAsSuchUnderTheKickerHeadingDateAndBylineIsTheLead() throws Exception {
    // a lite edition: the <article> holds the kicker, the <h1>, the time's and the author's <div>s,
    // then <p class="sapo">: the named sapo is the fifth block of the article's container
    byte[] page =
        java.nio.file.Files.readAllBytes(
            Path.of("src/test/resources/layouts-opened-17/baodauthaulite/1.html"));
    Article a = extract(page, null, null);
    assertThat(a.lead()).startsWith("Bộ Giao thông vận tải cho biết sẽ báo cáo Chính phủ");
    assertThat(a.body()).startsWith("Thông tin nói trên được Bộ Giao thông vận tải (GTVT)");
  }

  @Test
  void aTrailOfLinksWhoseSeparatorsTheStyleSheetDrewIsStillATrail() throws Exception {
    // archive.today keeps the links of a trail but not the "»" its style sheet drew between them
    String p =
        "Thời gian gần đây Báo điện tử Người Đưa Tin nhận được rất nhiều phản ánh của công nhân"
            + " về việc hàng năm có hàng nghìn công nhân phải nghỉ việc tại nhiều doanh nghiệp.";
    String html =
        "<html><head><link rel=\"canonical\" href=\"https://archive.ph/2016.02.18-171641/"
            + "http://congdoandongnai.org.vn/tin-tuc/cong-nhan-11463.html\"></head><body>"
            + "<div><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/\">Tin tức - Sự kiện</a>"
            + " <a href=\"/cham-lo/\">Chăm lo đời sống</a></div>"
            + "<div>Công nhân phải nghỉ việc mỗi năm tại nhiều doanh nghiệp</div>"
            + "<div>Thứ Ba, 02/02/2016 - 08:07</div><div>"
            + p
            + "</div><div>"
            + p
            + "</div></body></html>";
    assertThat(extract(html).category()).isEqualTo("Chăm lo đời sống");
  }

  @Test
  void aBlogsTaglineOverThePostIsNoSapoAndTheFootersAbbrGivesThePostedTime() throws Exception {
    // Blogger: the blog's name in an h1 and its tagline named "description" in the header, the
    // post's title an h3, the post's time in the footer's <abbr title> (microformats)
    String first =
        "Theo quy định mới đang được lấy ý kiến rộng rãi, lương sếp doanh nghiệp Nhà nước thấp"
            + " nhất 40 triệu đồng một tháng và cao nhất 70 triệu đồng một tháng.";
    String html =
        "<html><head><meta charset=\"utf-8\"><title>Góc nhỏ công đoàn: Sẽ thay đổi cách tính"
            + " lương cho sếp doanh nghiệp</title>"
            + "<meta property=\"og:title\" content=\"Sẽ thay đổi cách tính lương cho sếp doanh"
            + " nghiệp\"><meta property=\"og:description\" content=\"Theo quy định mới đang được"
            + " lấy ý kiến rộng rãi, lương sếp doanh nghiệp\"></head><body>"
            + "<div class=\"Header\" id=\"Header1\"><h1 class=\"title\">Góc nhỏ công đoàn</h1>"
            + "<p class=\"description\">Ghi chép của một cán bộ công đoàn cơ sở</p></div>"
            + "<h2 class=\"date-header\">Thứ Tư, 10 tháng 10, 2018</h2>"
            + "<div class=\"post hentry\" itemprop=\"blogPost\" itemscope>"
            + "<h3 class=\"post-title\" itemprop=\"headline\">Sẽ thay đổi cách tính lương cho"
            + " sếp doanh nghiệp</h3><div class=\"post-body\" itemprop=\"articleBody\">"
            + "<div>"
            + first
            + "</div>"
            + PARAGRAPH.repeat(3)
            + "</div><div class=\"post-footer\">Đăng bởi <span itemprop=\"author\">Quang"
            + " Huy</span> vào lúc <abbr itemprop=\"datePublished\""
            + " title=\"2018-10-10T14:44:00+07:00\">14:44</abbr></div></div></body></html>";
    Article a = extract(html);
    assertThat(a.lead()).isEqualTo(first);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2018-10-10T14:44+07:00"));
  }

  @Test
  void anEPaperViewersTitleThatIsTheIssueLineDatesAPageNothingElseDates() throws Exception {
    // the viewer's reading pane: the page and section, the headline, the text; no date but the
    // issue's in the <title>
    String html =
        "<html><head><meta charset=\"utf-8\"><title>Báo in Kon Tum - Số 6130 - Thứ Năm,"
            + " 01/10/2020</title></head><body><div class=\"ep-pane\">"
            + "<div class=\"ep-page\">Trang 6 | Văn hóa - Giải trí</div>"
            + "<h2>Công nhân khu công nghiệp trở lại làm việc sau kỳ nghỉ dài ngày</h2>"
            + PARAGRAPH.repeat(3)
            + "</div></body></html>";
    Article a = extract(html);
    assertThat(a.title())
        .isEqualTo("Công nhân khu công nghiệp trở lại làm việc sau kỳ nghỉ dài ngày");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2020-10-01T00:00+07:00"));
    assertThat(a.category()).isEqualTo("Văn hóa - Giải trí");
  }

  @Test
  void aListOfPlainItemsStaysInTheTextAndNamesTheSidesItLists() throws Exception {
    // a page written for the test (web-6t r22-022's shape, as a site marks it up): the items
    // under "... với 03 doanh nghiệp:" were taken for a menu, which ended the article there
    String html =
        "<html><head><meta charset='utf-8'><title>Ký kết hợp tác</title></head><body><article>"
            + "<h1>Trường Đại học Xây dựng Miền Trung ký kết hợp tác với 3 doanh nghiệp</h1>"
            + "<p>Sáng 15/9, tại Phú Yên, Trường Đại học Xây dựng Miền Trung đã ký thỏa thuận đào"
            + " tạo với 03 doanh nghiệp:</p><ul><li>Công ty TNHH Cơ điện Phú An</li>"
            + "<li>Công ty Cổ phần Kết cấu thép Hòa Bình</li><li>Công ty TNHH Kính Nam Phong</li>"
            + "</ul><p>Theo thỏa thuận, các doanh nghiệp sẽ nhận sinh viên thực tập hằng năm. Nhà"
            + " trường sẽ cử giảng viên tham gia các dự án của doanh nghiệp.</p>"
            + "<p>Hai bên cũng phối hợp tổ chức hội thảo khoa học hằng năm.</p>"
            + "</article></body></html>";
    Article a = extract(html);
    assertThat(a.body())
        .contains(
            "03 doanh nghiệp:\n- Công ty TNHH Cơ điện Phú An\n- Công ty Cổ phần Kết cấu thép Hòa"
                + " Bình\n- Công ty TNHH Kính Nam Phong\nTheo thỏa thuận")
        .endsWith("hội thảo khoa học hằng năm.");
    assertThat(new AgreementExtractor(Gazetteer.load()).enrich(a).parties())
        .containsExactly(
            "Trường Đại học Xây dựng Miền Trung",
            "Công ty TNHH Cơ điện Phú An",
            "Công ty Cổ phần Kết cấu thép Hòa Bình",
            "Công ty TNHH Kính Nam Phong");
  }
}
