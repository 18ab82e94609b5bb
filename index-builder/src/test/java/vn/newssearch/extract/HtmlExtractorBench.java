package vn.newssearch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * HTML extraction speed on one thread (so pages/s per core) on pages of about 100 KB: the 200
 * bundled dantri articles, each in a news page as heavy as real ones (inline scripts and styles,
 * JSON-LD, a mega menu, a sidebar of 60 teasers with photos, a footer). Every page goes the whole
 * way from bytes: charset, jsoup parse, metadata, furniture, content scoring, captions. jsoup's
 * parse alone is timed in the same run as the floor. Not a test; run it by hand:
 *
 * <pre>
 * mvn -B -q -pl index-builder test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp index-builder/target/test-classes:index-builder/target/classes:$(cat index-builder/target/cp.txt) \
 *     vn.newssearch.extract.HtmlExtractorBench [rounds]
 * </pre>
 */
public final class HtmlExtractorBench {
  private HtmlExtractorBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<byte[]> pages = pages(Path.of(args.length > 1 ? args[1] : "."));
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    HtmlExtractor extractor = new HtmlExtractor(new PageExtractor());
    Origin origin = new Origin(Path.of("bench.html"), 1);
    long[] extract = new long[pages.size() * (rounds / 2)];
    long[] parse = new long[extract.length];
    // CPU time of this thread: pages per second of one core, whatever else the machine runs.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long extractTotal = 0;
    long parseTotal = 0;
    int n = 0;
    long sink = 0;
    int failed = 0;
    for (int round = 0; round < rounds; round++) {
      boolean measure = round >= rounds / 2; // the first half warms the JIT up
      for (byte[] p : pages) {
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
          sink +=
              extractor
                  .extract(new SourceRecord.HtmlPage(origin, p, null, null), Provenance.NONE)
                  .body()
                  .length();
        } catch (InvalidArticleException e) {
          failed++;
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        sink += Jsoup.parse(new String(p, StandardCharsets.UTF_8)).childNodeSize();
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        if (measure) {
          extract[n] = t1 - t0;
          parse[n++] = t2 - t1;
          extractTotal += c1 - c0;
          parseTotal += c2 - c1;
        }
      }
    }
    Arrays.sort(extract);
    Arrays.sort(parse);
    System.out.printf(
        Locale.ROOT,
        "%d pages, %.1f KB average, %d timed extractions, %d failed (checksum %d)%n",
        pages.size(),
        bytes / 1024.0 / pages.size(),
        n,
        failed,
        sink);
    System.out.printf(
        Locale.ROOT,
        "per core (thread CPU time): %.0f pages/s extracted (%.1f MB/s); jsoup parse alone %.0f"
            + " pages/s%n",
        n / (extractTotal / 1e9),
        bytes / (double) pages.size() * n / (extractTotal / 1e9) / 1e6,
        n / (parseTotal / 1e9));
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      long e = extract[(int) (q * (n - 1))];
      long b = parse[(int) (q * (n - 1))];
      System.out.printf(
          Locale.ROOT,
          "p%-2d wall time: extract %7.2f ms   jsoup parse %6.2f ms%n",
          Math.round(q * 100),
          e / 1e6,
          b / 1e6);
    }
  }

  /** Each sample article in a heavy page; other articles' titles fill its sidebar. */
  static List<byte[]> pages(Path repo) throws IOException {
    List<JsonNode> articles = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            repo.resolve("data/sample/dantri-sample.jsonl"), StandardCharsets.UTF_8)) {
      articles.add(ArticleJson.MAPPER.readTree(line));
    }
    List<byte[]> pages = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      pages.add(page(articles, i).getBytes(StandardCharsets.UTF_8));
    }
    return pages;
  }

  private static String page(List<JsonNode> articles, int i) {
    JsonNode a = articles.get(i);
    String title = a.get("title").asText();
    StringBuilder h = new StringBuilder(110_000);
    h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append(" | Báo Dân trí</title>\n<meta property=\"og:title\" content=\"")
        .append(title.replace("\"", "&quot;"))
        .append("\">\n<meta property=\"article:published_time\" content=\"")
        .append(a.get("published").asText())
        .append("T08:00:00+07:00\">\n<link rel=\"canonical\" href=\"")
        .append(a.get("url").asText())
        .append(
            "\">\n<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":")
        .append(ArticleJson.MAPPER.valueToTree(title).toString())
        .append(",\"articleSection\":\"")
        .append(a.get("category").asText())
        .append("\"}</script>\n<style>");
    for (int k = 0; k < 150; k++) {
      h.append(".c").append(k).append("{margin:0 auto;padding:4px 8px;font:14px/1.4 Arial}\n");
    }
    h.append("</style>\n<script>");
    for (int k = 0; k < 400; k++) {
      h.append("window.adSlots.push({id:'slot-")
          .append(k)
          .append("',size:[300,250],zone:")
          .append(k * 7)
          .append("});\n");
    }
    h.append("</script></head><body><header class=\"site-header\"><nav class=\"menu\"><ul>");
    for (int k = 0; k < 250; k++) {
      h.append("<li><a href=\"/chuyen-muc-")
          .append(k)
          .append(".htm\">Chuyên mục ")
          .append(k)
          .append("</a></li>");
    }
    h.append(
            "</ul></nav></header>\n<main><article class=\"singular-container\"><ul class=\"breadcrumbs\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/x.htm\">")
        .append(a.get("category").asText())
        .append("</a></li></ul><h1 class=\"title-page\">")
        .append(title)
        .append("</h1><time datetime=\"")
        .append(a.get("published").asText())
        .append("\"></time><div class=\"singular-content\">\n");
    List<String> body = List.of(a.get("body").asText().split("\n"));
    for (int k = 0; k < body.size(); k++) {
      h.append("<p>").append(body.get(k)).append("</p>\n");
      if (k == 1) {
        h.append("<figure class=\"image\"><img src=\"/a.jpg\"><figcaption>")
            .append(title)
            .append("</figcaption></figure>\n");
      }
      if (k == 2) {
        h.append("<div class=\"article-related\"><h3>Tin liên quan</h3><ul><li><a href=\"/r.htm\">")
            .append(articles.get((i + 1) % articles.size()).get("title").asText())
            .append("</a></li></ul></div>\n");
      }
    }
    h.append(
        "</div><div class=\"share-bar\"><a>Facebook</a><a>Zalo</a></div></article>\n<aside class=\"sidebar\">");
    for (int k = 1; h.length() < 100_000 - 2_000; k++) {
      JsonNode other = articles.get((i + k) % articles.size());
      h.append("<article class=\"news-item\"><a href=\"")
          .append(other.get("url").asText())
          .append("\"><img src=\"/thumb-")
          .append(k)
          .append(".jpg\" alt=\"\"></a><h3><a href=\"")
          .append(other.get("url").asText())
          .append("\">")
          .append(other.get("title").asText())
          .append("</a></h3></article>\n");
    }
    h.append(
            "</aside></main><footer class=\"footer\"><p>Cơ quan chủ quản: Trung ương Hội Khuyến học Việt Nam.</p>")
        .append("<p>© Bản quyền thuộc về Báo điện tử Dân trí.</p></footer></body></html>");
    return h.toString();
  }
}
