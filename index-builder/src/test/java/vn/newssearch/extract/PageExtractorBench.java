package vn.newssearch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * Extraction cost per page, as percentiles, against a baseline measured in the same run: splitting
 * the same pages into trimmed lines, the least any line-based extractor does. Pages: the two seeds
 * and the bundled dantri sample laid out as scraped pages. Not a test; run it by hand:
 *
 * <pre>
 * mvn -B -q -pl index-builder test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp index-builder/target/test-classes:index-builder/target/classes:$(cat index-builder/target/cp.txt) \
 *     vn.newssearch.extract.PageExtractorBench [rounds]
 * </pre>
 */
public final class PageExtractorBench {
  private PageExtractorBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    List<String> pages = pages(Path.of(args.length > 1 ? args[1] : "."));
    long bytes = 0;
    for (String p : pages) {
      bytes += p.getBytes(StandardCharsets.UTF_8).length;
    }
    PageExtractor extractor = new PageExtractor();
    Origin origin = new Origin(Path.of("bench.txt"), 1);
    long[] extract = new long[pages.size() * (rounds / 2)];
    long[] baseline = new long[extract.length];
    int n = 0;
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      boolean measure = round >= rounds / 2; // the first half warms the JIT up
      for (String p : pages) {
        long t0 = System.nanoTime();
        try {
          sink += extractor.extract(new SourceRecord.PageText(origin, p)).body().length();
        } catch (InvalidArticleException e) {
          sink++;
        }
        long t1 = System.nanoTime();
        for (String line : p.split("\n")) {
          sink += line.strip().length();
        }
        long t2 = System.nanoTime();
        if (measure) {
          extract[n] = t1 - t0;
          baseline[n++] = t2 - t1;
        }
      }
    }
    Arrays.sort(extract);
    Arrays.sort(baseline);
    System.out.printf(
        Locale.ROOT,
        "%d pages, %.1f KB average, %d timed extractions (checksum %d)%n",
        pages.size(),
        bytes / 1024.0 / pages.size(),
        n,
        sink);
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      long e = extract[(int) (q * (n - 1))];
      long b = baseline[(int) (q * (n - 1))];
      System.out.printf(
          Locale.ROOT,
          "p%-2d extract %7.1f us   baseline split+strip %6.1f us   ratio %5.1f%n",
          Math.round(q * 100),
          e / 1000.0,
          b / 1000.0,
          (double) e / b);
    }
  }

  /** The seeds, then each sample article under a header and above a footer of another site. */
  static List<String> pages(Path repo) throws IOException {
    List<String> pages = new ArrayList<>();
    for (String seed : List.of("000", "004")) {
      pages.add(
          Files.readString(
              PageExtractorSeedTest.seedIn(repo.resolve("../shared"), seed),
              StandardCharsets.UTF_8));
    }
    Path sample = repo.resolve("data/sample/dantri-sample.jsonl");
    for (String json : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      JsonNode j = ArticleJson.MAPPER.readTree(json);
      pages.add(
          String.join(
              "\n",
              j.get("url").asText(),
              "Trang chủ | Xã hội | Kinh doanh",
              "XÃ HỘI",
              "Thứ Năm, 22/4/2021 - 10:49",
              j.get("title").asText(),
              j.get("body").asText(),
              "Tin liên quan",
              "KINH DOANH",
              "08:00 | 01/01/2021",
              "Người lao động được hỗ trợ tiền thuê nhà trong ba tháng."));
    }
    return pages;
  }
}
