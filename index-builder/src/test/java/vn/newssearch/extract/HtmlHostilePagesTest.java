package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * Pages built to hurt a naive extractor (deep nesting, thousands of labels, images and dated
 * teasers): each gives its article or a clear reason, never a stack overflow or another exception.
 */
class HtmlHostilePagesTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor(new PageExtractor());

  private static final String ARTICLE =
      "<h1>Người lao động được hỗ trợ tiền thuê nhà trong ba tháng cuối năm</h1>"
          + "<p>Sáng 12/11, Liên đoàn Lao động tỉnh Long An cho biết, hơn 2.000 công nhân đang thuê"
          + " trọ sẽ được hỗ trợ tiền thuê nhà, mỗi người 500.000 đồng mỗi tháng.</p>"
          + "<p>Khoản hỗ trợ được chi từ quỹ xã hội của công đoàn, theo danh sách doanh nghiệp"
          + " gửi lên, và được chuyển thẳng vào tài khoản của người lao động.</p>";

  private static String extractOrReason(String html) {
    try {
      return EXTRACTOR
          .extract(
              new SourceRecord.HtmlPage(
                  new Origin(Path.of("hostile.html"), 1),
                  html.getBytes(StandardCharsets.UTF_8),
                  null,
                  null),
              Provenance.NONE)
          .title();
    } catch (InvalidArticleException e) {
      return "failed: " + e.getMessage();
    }
  }

  private static String page(String head, String body) {
    return "<html><head><meta property='og:title' content='Người lao động được hỗ trợ tiền thuê"
        + " nhà trong ba tháng cuối năm'>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  @Test
  void twentyThousandNestedElementsAreReadWithoutOverflow() {
    String deep = "<div><span>".repeat(20_000) + ARTICLE + "</span></div>".repeat(20_000);
    assertThat(extractOrReason(page("", deep))).startsWith("Người lao động");
  }

  @Test
  void thousandsOfLabelsImagesAndDatedTeasersAreEachLookedAtOnce() {
    StringBuilder body = new StringBuilder("<div class='content'>").append(ARTICLE);
    for (int i = 0; i < 2_000; i++) {
      body.append("<p>Xem thêm: <a href='/")
          .append(i)
          .append("'>Tin ")
          .append(i)
          .append("</a></p>");
    }
    body.append("</div><table>");
    for (int i = 0; i < 2_000; i++) {
      body.append("<tr><td><img src='/")
          .append(i)
          .append(".jpg'> Ảnh số ")
          .append(i)
          .append("</td></tr>");
    }
    body.append("</table><aside>");
    for (int i = 0; i < 2_000; i++) {
      body.append("<time datetime='2019-10-17T21:50'>17/10/2019</time><a href='/t'>Tin ")
          .append(i)
          .append("</a>");
    }
    body.append("</aside>");
    assertThat(extractOrReason(page("", body.toString()))).startsWith("Người lao động");
  }

  @Test
  void aPageThatIsOneHugeTextNodeOrOnlyTagsGivesAReason() {
    assertThat(extractOrReason(page("", "<p>" + "chữ ".repeat(200_000) + "</p>")))
        .startsWith("Người lao động");
    assertThat(extractOrReason(page("", "<b></b>".repeat(50_000)))).startsWith("failed: ");
    assertThat(extractOrReason("<html><body>" + "<".repeat(50_000) + "</body></html>"))
        .startsWith("failed: ");
  }
}
