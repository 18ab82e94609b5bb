package vn.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.cli.IndexBuilderCliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.cli.IndexBuilderCliTest.Run;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.source.TestFiles;
import vn.newssearch.source.TestWarcs;

/** build and parse on what scrapers save: HTML pages and web archives, good and bad. */
class WebInputsCliTest {
  @TempDir Path tmp;

  private static List<JsonNode> articles(String out) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : out.lines().toList()) {
      list.add(ArticleJson.MAPPER.readTree(line));
    }
    return list;
  }

  /** A scraper's folder: pages as HTML, a crawl as WARC, a page as text, and bad inputs. */
  private Path crawlFolder() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("saved"));
    Files.writeString(folder.resolve("dantri.html"), TestWarcs.fixture("dantri-jsonld.html"));
    TestWarcs.write(folder.resolve("crawl.warc.gz"), true);
    Files.copy(TestFiles.seed004(), folder.resolve("seed004.txt"));
    return folder;
  }

  @Test
  void parseReadsHtmlAndArchivesFromAFolderWithoutMarkupInAnyField() throws Exception {
    Path folder = crawlFolder();
    Run run = run("parse", folder.toString());
    assertThat(run.code()).isZero();
    List<JsonNode> articles = articles(run.out());
    assertThat(articles)
        .extracting(a -> a.get("url").isNull() ? null : a.get("url").asText())
        .containsExactly(
            TestWarcs.DANTRI_URI, // from the archive
            TestWarcs.VOV_URI,
            TestWarcs.DANTRI_URI, // dantri.html: the same page, the same id
            null); // the text page has no URL
    assertThat(articles.get(0).get("id")).isEqualTo(articles.get(2).get("id"));
    assertThat(articles.get(1).get("title").asText())
        .isEqualTo("Giải quyết hàng nghìn trường hợp chậm chi trả bảo hiểm thất nghiệp");
    for (JsonNode a : articles) {
      assertThat(a.toString()).doesNotContainPattern("<[a-zA-Z/!]");
    }
    assertThat(run.err())
        .contains(
            folder.resolve("crawl.warc.gz")
                + ": skipped 9 records (1 × WARC metadata record, 2 × WARC request record, 1 × WARC"
                + " response not HTML (application/javascript), 1 × WARC response not HTML"
                + " (image/jpeg), 1 × WARC response not HTTP (text/dns), 1 × WARC response with HTTP"
                + " status 301, 1 × WARC response with HTTP status 404, 1 × WARC warcinfo record)\n")
        .contains("parsed 4 articles, 0 failed")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void buildIndexesThemAndTheTallyCountsSkippedRecordsByReason() throws Exception {
    Path folder = crawlFolder();
    Path index = tmp.resolve("index");
    Run run = run("build", "--index", index.toString(), folder.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Indexed 4 articles from 3 files")
        .contains("  new:       3\n") // the archive's dantri page and dantri.html share an id
        .contains("  updated:   1\n")
        .contains("    2 × WARC request record\n")
        .contains("    1 × WARC response not HTML (image/jpeg)\n")
        .contains("    1 × WARC response with HTTP status 301\n")
        .contains("    1 × WARC response with HTTP status 404\n")
        .contains("  failed:    0\n");
  }

  @Test
  void badInputsAreListedByFileAndRecordAndTheRestIsIndexed() throws Exception {
    Path folder = crawlFolder();
    Path whole = TestWarcs.write(tmp.resolve("whole.warc"), false);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(folder.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length - 1500));
    Files.write(folder.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(
        folder.resolve("menu.html"),
        "<html><head><meta property='og:title' content='Lao Động'></head><body><nav>"
            + "<a href='/'>Thời sự</a></nav><ul><li><a href='/a'>Tin mới</a></li></ul></body></html>",
        StandardCharsets.UTF_8);
    Path named = Files.writeString(tmp.resolve("notes.html"), "Chỉ là ghi chú, không có thẻ HTML.");
    TestWarcs.writeOne( // a server that sent a photo as text/html
        folder.resolve("mislabelled.warc"),
        "https://vov.vn/anh.jpg",
        "text/html",
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
    String page = TestWarcs.fixture("vov-opengraph.html");
    Files.writeString( // saved incompletely: cut inside a tag near the end of the article
        folder.resolve("cut.html"), page.substring(0, page.indexOf("85 trường hợp") - 5));

    Path index = tmp.resolve("index");
    Run run = run("build", "--index", index.toString(), folder.toString(), named.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("  failed:    5\n")
        .contains(
            "    "
                + folder.resolve("mislabelled.warc")
                + "@0: binary file (NUL byte at offset 4), not text\n")
        .containsPattern(
            "    "
                + folder.resolve("cut.warc")
                + "@[0-9]+: WARC record truncated: the file ends inside it\n")
        .contains("    " + folder.resolve("menu.html") + ":1: no article text under the title\n")
        .contains(
            "    "
                + folder.resolve("photo.html")
                + ":1: binary file (NUL byte at offset 4), not text\n")
        .contains(
            "    "
                + named
                + ":1: not HTML: no tag in the first 64 KB (a text page should be named .txt)\n");
    assertThat(run.out())
        .containsPattern("Indexed [0-9]+ articles")
        .contains(
            "    "
                + folder.resolve("cut.html")
                + ":1: the page ends without </body> or </html>: it may be cut short; read as far"
                + " as it goes\n");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void parseExplainTellsWhereEachFieldCameFromOnStderrAndLeavesStdoutAlone() throws Exception {
    Path page = Files.writeString(tmp.resolve("p.html"), TestWarcs.fixture("vov-opengraph.html"));
    Run plain = run("parse", page.toString());
    Run explained = run("parse", "--explain", page.toString());
    assertThat(explained.code()).isZero();
    assertThat(explained.out()).isEqualTo(plain.out());
    assertThat(explained.err())
        .contains(page + ":1: explain u-")
        .contains(
            "  title      \"Giải quyết hàng nghìn trường hợp chậm chi trả bảo hiểm thất nghiệp\"\n")
        .contains("             from meta[property=og:title]; rule: declared metadata first\n")
        .contains("             from meta[property=article:published_time]; rule: declared\n")
        .contains("; site tag \"VOV.VN\" cut\n")
        .contains(
            "             from div.article > div.article__author; rule: element named as the byline\n")
        .contains("  body       7 paragraphs: \"Liên quan đến vấn đề trên")
        .contains("\" … \"85 trường hợp còn lại"); // where the body ends

    Run text = run("parse", "--explain", TestFiles.seed000().toString());
    assertThat(text.err())
        .contains("  author     \"Thái Bình\"\n")
        .contains("  lead       (none)\n");
  }

  /**
   * An operator asks why an article got its agreement, or none: the explanation lists each use of
   * the verb with how its clause was read, then the agreement or the reason there is none. The seed
   * reports its signing in the title; a dev-set article (eval/agreements) only plans one.
   */
  @Test
  void parseExplainTellsHowEachSigningWasReadAndWhyAnArticleGotNoAgreement() throws Exception {
    Run seed = run("parse", "--explain", TestFiles.seed000().toString());
    assertThat(seed.code()).isZero();
    assertThat(seed.err())
        .contains("  signing    \"plain \"ký kết\": ")
        .contains(
            "             from title, sentence 1; rule: the agreement's, its parties read here\n")
        .contains("             from lead, sentence 2; rule: the agreement's too\n")
        .contains(
            "  agreement  \"chương trình phối hợp; parties [Bộ Lao động - Thương binh và Xã hội,"
                + " Hội Liên hiệp Phụ nữ Việt Nam]\"\n");

    Path plan = tmp.resolve("plan.jsonl");
    String id = "vietnews-train-052444"; // "Nga có thể ký kết bán tên lửa S -400 cho Ấn Độ ..."
    Files.writeString(
        plan,
        Files.lines(TestFiles.repo().resolve("eval/agreements/articles.jsonl"))
                .filter(l -> l.contains("\"" + id + "\""))
                .findFirst()
                .orElseThrow()
            + "\n");
    Run none = run("parse", "--explain", plan.toString());
    assertThat(none.code()).isZero();
    assertThat(articles(none.out()).get(0).get("agreement").isNull()).isTrue();
    assertThat(none.err())
        .contains(":1: explain " + id + "\n")
        .contains("  signing    \"irrealis")
        .contains(
            "rule: not the agreement's: not signed (yet): a plan, a wish, a condition or a denial\n")
        .contains("  agreement  \"(none)\"\n")
        .containsPattern("rule: no use is told as news \\([0-9]+ irrealis\\)\n");
  }
}
