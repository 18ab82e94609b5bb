package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.cli.IndexBuilderCli;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/** Lines that repeat across one site's pages are furniture: never title, never body. */
class FurnitureTest {
  private static final String PROMO = "Đọc báo in mỗi ngày trên ứng dụng Báo Mới của chúng tôi";
  private static final String FOOTER =
      "Mọi ý kiến đóng góp xin gửi về tòa soạn qua ứng dụng của báo để được giải đáp sớm nhất.";
  private static final String[][] STORIES = {
    {
      "Công nhân khu công nghiệp được hỗ trợ tiền thuê nhà trong ba tháng",
      "Theo quyết định mới, mỗi công nhân thuê trọ được hỗ trợ năm trăm nghìn đồng mỗi tháng.",
      "Khoản hỗ trợ được chi trả qua công đoàn cơ sở tại doanh nghiệp trong tháng này."
    },
    {
      "Hà Nội tổ chức phiên giao dịch việc làm cho hơn hai nghìn lao động",
      "Phiên giao dịch việc làm có hơn năm mươi doanh nghiệp tham gia tuyển dụng trực tiếp.",
      "Nhiều vị trí không yêu cầu kinh nghiệm và được đào tạo ngay tại doanh nghiệp."
    },
    {
      "Bảo hiểm xã hội tỉnh đối thoại với người lao động về chế độ ốm đau",
      "Tại buổi đối thoại, người lao động hỏi nhiều về thủ tục hưởng chế độ ốm đau, thai sản.",
      "Cơ quan bảo hiểm xã hội cam kết giải quyết hồ sơ trong thời hạn luật định."
    }
  };

  private static String page(String[] story, String day) {
    return String.join(
        "\n",
        PROMO,
        "Xã hội",
        story[0],
        "Minh Anh",
        day + "/10/2019 | 21:50",
        story[1],
        story[2],
        FOOTER);
  }

  private static List<String> site() {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < STORIES.length; i++) {
      pages.add(page(STORIES[i], String.valueOf(15 + i)));
    }
    return pages;
  }

  private static Article extract(PageExtractor e, String text) throws InvalidArticleException {
    return e.extract(new SourceRecord.PageText(new Origin(Path.of("a.txt"), 1), text));
  }

  @Test
  void linesRepeatedAcrossASitesPagesAreLearnedAndOnlyThose() {
    Furniture f = Furniture.learn(site());
    assertThat(f.pages()).isEqualTo(3);
    assertThat(f.contains(PROMO)).isTrue();
    assertThat(f.contains(FOOTER)).isTrue();
    assertThat(f.contains(STORIES[0][1])).isFalse();
    assertThat(Furniture.learn(site().subList(0, 2)).size()).isZero();
  }

  @Test
  void copiesOfOneArticleAreOnePageAndTeachNothing() {
    String page = site().get(0);
    assertThat(Furniture.learn(List.of(page, page, page, page)).size()).isZero();
    List<String> twice = new ArrayList<>(site());
    twice.add(site().get(0).replace("15/10/2019", "16/10/2019")); // re-scraped, another clock
    assertThat(Furniture.learn(twice).pages()).isEqualTo(3);
  }

  @Test
  void aLineMustBeInThreePagesAndInHalfOfThem() {
    List<String> pages = new ArrayList<>(site());
    // Other articles differ in words, not only in digits (pages that differ only in digits are
    // copies of one article: see copiesOfOneArticleAreOnePageAndTeachNothing).
    for (String topic : List.of("tiền lương", "việc làm", "bảo hiểm", "công đoàn")) {
      pages.add("Một trang về " + topic + "\nNội dung riêng của trang về " + topic + ".");
    }
    assertThat(Furniture.learn(pages).contains(PROMO)).as("3 of 7 pages").isFalse();
    assertThat(Furniture.learn(pages.subList(0, 6)).contains(PROMO)).as("3 of 6").isTrue();
  }

  @Test
  void withTheSitesFurnitureAPromoIsNoTitleAndAFooterNoBody() throws Exception {
    List<String> pages = site();
    PageExtractor plain = new PageExtractor();
    PageExtractor learned = plain.withFurniture(Furniture.learn(pages));
    for (int i = 0; i < pages.size(); i++) {
      String[] story = STORIES[i];
      Article before = extract(plain, pages.get(i));
      Article after = extract(learned, pages.get(i));
      assertThat(before.body()).as("without furniture the footer reads as text").contains(FOOTER);
      assertThat(after.title()).isEqualTo(story[0]);
      assertThat(after.body()).isEqualTo(story[1] + "\n" + story[2]);
      assertThat(after.author())
          .as("a byline that repeats is still the author")
          .isEqualTo("Minh Anh");
      assertThat(after.category()).as("so is a section").isEqualTo("Xã hội");
    }
  }

  @Test
  void eachFolderIsReadWithItsOwnFurniture() throws Exception {
    List<SourceRecord.PageText> pages = new ArrayList<>();
    List<String> texts = site();
    for (int i = 0; i < texts.size(); i++) {
      pages.add(
          new SourceRecord.PageText(new Origin(Path.of("site-a", i + ".txt"), 1), texts.get(i)));
    }
    String lone = texts.get(0);
    pages.add(new SourceRecord.PageText(new Origin(Path.of("site-b", "0.txt"), 1), lone));
    FolderFurniture folders = FolderFurniture.learn(pages);
    assertThat(folders.folders()).isEqualTo(1);
    PageExtractor e = new PageExtractor().withFurniture(folders);
    Article a = e.extract(pages.get(0));
    Article b = e.extract(pages.get(3));
    assertThat(a.body()).doesNotContain(FOOTER);
    assertThat(b.body()).as("a folder of one page has no furniture").contains(FOOTER);
  }

  @Test
  void parseOfAFolderLearnsItsFurnitureAndALoneFileDoesNot(@TempDir Path tmp) throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site-a"));
    List<String> texts = site();
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString(site.resolve(i + ".txt"), texts.get(i), StandardCharsets.UTF_8);
    }
    assertThat(FolderFurniture.learnFrom(List.of(tmp)).folders()).isEqualTo(1);
    assertThat(FolderFurniture.learnFrom(List.of(site.resolve("0.txt"))).folders()).isZero();

    String folder = parse(tmp.toString());
    assertThat(folder.lines()).hasSize(3);
    assertThat(folder).doesNotContain(FOOTER).doesNotContain(PROMO);
    assertThat(parse(site.resolve("0.txt").toString()))
        .as("one file named alone has no site to learn from")
        .contains(FOOTER);
  }

  /** `parse` through the real command line: its stdout, one JSON article per line. */
  private static String parse(String input) {
    StringWriter out = new StringWriter();
    int code =
        IndexBuilderCli.run(
            new String[] {"parse", input},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            false);
    assertThat(code).isZero();
    return out.toString();
  }
}
