package vn.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.newssearch.extract.CorpusArticles;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.IcuChain;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * CPU cost per article of {@link ArticleDocuments#toDocument} plus indexing (in memory, one thread,
 * flush included) with {@link VietnameseAnalysis}, against two baselines in the same run: the text
 * fields segmented once through a TeeSinkTokenFilter ({@link TeeSinkFields}), and the plain ICU
 * chain ({@link IcuChain}). Rounds alternate. Not a test: run it by hand (see
 * docs/index-builder-speed.md).
 */
public final class DocumentBench {
  private DocumentBench() {}

  private enum Variant {
    ANALYZERS,
    TEE_SINK,
    PLAIN_ICU
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/vietnews-labour.jsonl.gz");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<Article> articles = CorpusArticles.read(file);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Variant[] variants = Variant.values();
    double[][] micros = new double[variants.length][rounds];
    for (int r = -2; r < rounds; r++) { // two warm-up rounds
      for (Variant v : variants) {
        long c0 = threads.getCurrentThreadCpuTime();
        index(articles, v);
        long c1 = threads.getCurrentThreadCpuTime();
        if (r >= 0) {
          micros[v.ordinal()][r] = (c1 - c0) / 1000.0 / articles.size();
        }
      }
    }
    double[] median = new double[variants.length];
    for (Variant v : variants) {
      Arrays.sort(micros[v.ordinal()]);
      median[v.ordinal()] = micros[v.ordinal()][rounds / 2];
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d rounds; CPU µs/article median (min):%n",
        articles.size(),
        rounds);
    for (Variant v : variants) {
      System.out.printf(
          Locale.ROOT,
          "  %-10s %4.0f (%4.0f); analyzers are %.2f× as fast%n",
          v,
          median[v.ordinal()],
          micros[v.ordinal()][0],
          median[v.ordinal()] / median[Variant.ANALYZERS.ordinal()]);
    }
  }

  private static void index(List<Article> articles, Variant variant) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(
                variant == Variant.PLAIN_ICU
                    ? IcuChain.forIndexing()
                    : VietnameseAnalysis.forIndexing())
            .setRAMBufferSizeMB(256);
    TeeSinkFields tee = new TeeSinkFields();
    try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
      for (Article a : articles) {
        Document doc = ArticleDocuments.toDocument(a);
        if (variant == Variant.TEE_SINK) {
          String title = a.title() == null ? "" : a.title();
          tee.replace(doc, Fields.TITLE_EXACT, Fields.TITLE_FOLDED, title, true);
          tee.replace(
              doc, Fields.BODY_EXACT, Fields.BODY_FOLDED, ArticleDocuments.indexedText(a), false);
        }
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }
}
