package vn.newssearch.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * JSON Lines extraction through {@link ArticleExtractor} (the format dispatch, the JSON mapping and
 * the agreement fields), in articles per CPU-second of one thread. It uses only API that main
 * already had, so the same class runs against main's classes and a branch's to show that a change
 * to the dispatch costs JSON Lines nothing. Not a test; run it by hand (see docs/pages.md):
 *
 * <pre>
 * java -cp index-builder/target/test-classes:index-builder/target/classes:$(cat index-builder/target/cp.txt) \
 *     vn.newssearch.extract.JsonExtractBench ../shared/corpus/vietnews-labour.jsonl.gz [rounds]
 * </pre>
 */
public final class JsonExtractBench {
  private JsonExtractBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/vietnews-labour.jsonl.gz");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    List<SourceRecord> records = new ArrayList<>();
    new SourceReader(List.of(file), p -> {}).readAll(records::add);
    ArticleExtractor extractor = ArticleExtractor.create();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      for (SourceRecord r : records) {
        try {
          sink += extractor.extract(r, p -> {}).body().length();
        } catch (InvalidArticleException e) {
          sink++;
        }
      }
      long c1 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d articles, %,.0f articles per CPU-second%s%n",
          round + 1,
          records.size(),
          records.size() / ((c1 - c0) / 1e9),
          round < rounds / 2 ? " (warm-up)" : "");
    }
    System.out.println("checksum " + sink);
  }
}
