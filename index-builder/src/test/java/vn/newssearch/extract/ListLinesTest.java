package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A page that lists the bodies that sign one a line, after the line that introduces them with a
 * colon, names them as the same sentence written inline does (sentences written for the test, in
 * the shape of web-6t r22-022 and web-nt r9-016: a bulleted list under a signing's line).
 */
class ListLinesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static final String SCHOOL = "Trường Đại học Xây dựng Miền Trung";

  private static final String[] FIRMS = {
    "Công ty TNHH Cơ điện Phú An",
    "Công ty Cổ phần Kết cấu thép Hòa Bình",
    "Công ty TNHH Kính Nam Phong"
  };

  private static Article page(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("", "", body, null));
  }

  @Test
  void theBodiesListedALineEachUnderTheSigningLineAreItsParties() {
    String body =
        String.join(
            "\n",
            "Sáng 15/9, tại Phú Yên đã diễn ra lễ ký kết hợp tác giữa "
                + SCHOOL
                + " với 03 doanh"
                + " nghiệp:",
            "- " + FIRMS[0],
            "- " + FIRMS[1] + ";",
            "- " + FIRMS[2],
            "Theo thỏa thuận, các doanh nghiệp sẽ nhận sinh viên thực tập hằng năm.");
    assertThat(page(body).parties()).containsExactly(SCHOOL, FIRMS[0], FIRMS[1], FIRMS[2]);
    // numbered items too
    String numbered =
        body.replace("- " + FIRMS[0], "1. " + FIRMS[0])
            .replace("- " + FIRMS[1], "2. " + FIRMS[1])
            .replace("- " + FIRMS[2], "3. " + FIRMS[2]);
    assertThat(page(numbered).parties()).containsExactly(SCHOOL, FIRMS[0], FIRMS[1], FIRMS[2]);
  }

  @Test
  void theSidesListedAfterGiuaCacBenAreTheParties() {
    String body =
        String.join(
            "\n",
            "Điểm nhấn của diễn đàn là lễ ký kết biên bản ghi nhớ giữa các bên tham dự:",
            "- Hiệp hội Du lịch Gyeonggi",
            "- " + FIRMS[0],
            "- " + SCHOOL,
            "Diễn đàn kết thúc vào buổi chiều cùng ngày.");
    assertThat(page(body).parties()).containsExactly("Hiệp hội Du lịch Gyeonggi", FIRMS[0], SCHOOL);
  }

  @Test
  void aListedFirmsNameGoesOnPastADashToItsBrand() {
    String body =
        "Sáng 15/9, tại Phú Yên đã diễn ra lễ ký kết hợp tác giữa "
            + SCHOOL
            + " với 03 doanh nghiệp: "
            + FIRMS[0]
            + ", Công ty TNHH SUN - DECOR Việt Nam, "
            + FIRMS[2]
            + ".";
    assertThat(page(body).parties())
        .containsExactly(SCHOOL, FIRMS[0], "Công ty TNHH SUN - DECOR Việt Nam", FIRMS[2]);
  }

  @Test
  void theJoinedTextKeepsItsLengthAndRunningTextAfterAColonItsLines() {
    String listed = "Ký kết với các đối tác:\n- Công ty A;\n- Công ty B\nHai bên cam kết.";
    String joined = ListLines.join(listed);
    assertThat(joined).hasSameSizeAs(listed);
    assertThat(joined)
        .isEqualTo("Ký kết với các đối tác:   Công ty A,   Công ty B\nHai bên cam kết.");
    // one item alone, or lines that carry no list's mark, are no list
    String one = "Ký kết với đối tác:\n- Công ty A\nHai bên cam kết.";
    assertThat(ListLines.join(one)).isEqualTo(one);
    String prose = "Ông A cho biết:\nViệc ký kết mở ra cơ hội.\nHai bên cam kết.";
    assertThat(ListLines.join(prose)).isEqualTo(prose);
    // one sentence an item, each closed by its stop (a document a line, with its own sides): the
    // lines stay, for DocumentLists to read one by one
    String documents =
        "Hai bên trao 2 văn kiện, bao gồm:\n- Bản ghi nhớ giữa Sở A và Sở B.\n- Thỏa thuận giữa"
            + " Sở C và Sở D.\nHai bên cam kết.";
    assertThat(ListLines.join(documents)).isEqualTo(documents);
    // a list of names whose last item closes with a stop is joined
    assertThat(ListLines.join("Ký với:\n- Công ty A;\n- Công ty B.\nXong."))
        .isEqualTo("Ký với:   Công ty A,   Công ty B.\nXong.");
  }
}
