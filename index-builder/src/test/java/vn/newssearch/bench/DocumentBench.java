package vn.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.newssearch.extract.Article;
import vn.newssearch.extract.CorpusArticles;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.IcuChain;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * CPU cost per article of {@link ArticleDocuments#toDocument} plus indexing (in memory, one thread,
 * flush included) with {@link VietnameseAnalysis}, against a baseline in the same run: the same
 * documents analysed by the plain ICU chain ({@link IcuChain}). Rounds alternate. Not a test: run
 * it by hand (see docs/index-builder-speed.md).
 */
public final class DocumentBench {
  private DocumentBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/vietnews-labour.jsonl.gz");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<Article> articles = CorpusArticles.read(file);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] fast = new double[rounds];
    double[] plain = new double[rounds];
    for (int r = -2; r < rounds; r++) { // two warm-up rounds
      long c0 = threads.getCurrentThreadCpuTime();
      index(articles, false);
      long c1 = threads.getCurrentThreadCpuTime();
      index(articles, true);
      long c2 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        fast[r] = (c1 - c0) / 1000.0 / articles.size();
        plain[r] = (c2 - c1) / 1000.0 / articles.size();
      }
    }
    Arrays.sort(fast);
    Arrays.sort(plain);
    double one = fast[rounds / 2];
    double two = plain[rounds / 2];
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d rounds; CPU µs/article median (min): fast analysis %.0f (%.0f) = %.0f"
            + " articles/CPU-s; plain ICU chain %.0f (%.0f) = %.0f articles/CPU-s; speed-up %.2f×%n",
        articles.size(),
        rounds,
        one,
        fast[0],
        1e6 / one,
        two,
        plain[0],
        1e6 / two,
        two / one);
  }

  private static void index(List<Article> articles, boolean plainIcu) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(plainIcu ? IcuChain.forIndexing() : VietnameseAnalysis.forIndexing())
            .setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
      for (Article a : articles) {
        writer.addDocument(ArticleDocuments.toDocument(a));
      }
      writer.commit();
    }
  }
}
