package vn.newssearch.server;

import java.time.OffsetDateTime;
import java.util.List;
import vn.newssearch.model.Article;

/** Hand-written articles for the edge cases; ids start with "fixture-". */
public final class Fixtures {
  private Fixtures() {}

  public static final String MINISTRY = "Bộ Lao động - Thương binh và Xã hội";
  public static final String WOMEN = "Hội Liên hiệp Phụ nữ Việt Nam";

  /** Published a minute before midnight on 17 October 2019, Vietnam time. */
  public static final String BEFORE_MIDNIGHT = "fixture-before-midnight";

  /** Published at midnight starting 18 October 2019, Vietnam time (17:00 UTC on the 17th). */
  public static final String AT_MIDNIGHT = "fixture-at-midnight";

  public static final String LABOUR_TOGETHER = "fixture-lao-dong";
  public static final String LAOS_CROWDED = "fixture-lao-dong-scattered";
  public static final String MOTHER = "fixture-ma-accent";
  public static final String GHOST = "fixture-ma-plain";
  public static final String HTML = "fixture-html";

  static List<Article> articles() {
    return List.of(
        article(
            BEFORE_MIDNIGHT,
            "Tin khuya: quỹ khuyến học zyxwv mở đợt mới",
            "Quỹ khuyến học zyxwv công bố đợt xét học bổng mới.",
            "2019-10-17T23:59:00+07:00",
            List.of(MINISTRY)),
        article(
            AT_MIDNIGHT,
            "Tin sáng sớm: quỹ khuyến học zyxwv nhận hồ sơ",
            "Quỹ khuyến học zyxwv bắt đầu nhận hồ sơ từ nửa đêm.",
            "2019-10-18T00:00:00+07:00",
            List.of(MINISTRY, WOMEN)),
        article(
            LABOUR_TOGETHER,
            "Thị trường qwerty phục hồi",
            "Nhu cầu lao động tăng mạnh ở các khu công nghiệp qwerty; doanh nghiệp cần thêm lao động.",
            "2019-11-01T08:00:00+07:00",
            List.of(WOMEN)),
        article(
            LAOS_CROWDED,
            "Du lịch qwerty mùa lễ hội",
            "Khách đến Lào rất đông, các tour qwerty kín chỗ; phố đông người, Lào vào mùa cao điểm.",
            "2019-11-02T08:00:00+07:00",
            List.of()),
        article(
            MOTHER,
            "Bức thư gửi má plokij",
            "Con viết thư cho má plokij, kể chuyện ở thành phố.",
            "2020-01-05T10:00:00+07:00",
            List.of()),
        article(
            GHOST,
            "Chuyện ma plokij",
            "Người ta kể chuyện ma plokij ở làng, ma quỷ mà ai cũng sợ.",
            "2020-01-06T10:00:00+07:00",
            List.of()),
        article(
            HTML,
            "Thẻ <script> trong bài mnbvc",
            "Bài mnbvc có ký tự <b>đặc biệt</b> & \"ngoặc kép\" cần được thoát.",
            null,
            List.of()));
  }

  static Article article(
      String id, String title, String body, String published, List<String> parties) {
    return new Article(
        id,
        "https://example.test/" + id,
        "fixture.test",
        title,
        null,
        body,
        List.of(),
        published == null ? null : OffsetDateTime.parse(published),
        "Fixture",
        "Tác giả thử",
        parties,
        parties,
        List.of(),
        null);
  }
}
