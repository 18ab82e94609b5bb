package vn.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.newssearch.extract.CorpusArticles;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * CPU cost per article of {@link ArticleDocuments#toDocument} plus indexing (in memory, one thread,
 * flush included), against a baseline in the same run: the same documents with their four text
 * fields analysed by the IndexWriter's analyzers, i.e. each text segmented twice. Rounds alternate.
 * Not a test: run it by hand (see docs/index-builder-speed.md).
 */
public final class DocumentBench {
  private DocumentBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/vietnews-labour.jsonl.gz");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<Article> articles = CorpusArticles.read(file);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] onePass = new double[rounds];
    double[] twoPass = new double[rounds];
    for (int r = -2; r < rounds; r++) { // two warm-up rounds
      long c0 = threads.getCurrentThreadCpuTime();
      index(articles, false);
      long c1 = threads.getCurrentThreadCpuTime();
      index(articles, true);
      long c2 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        onePass[r] = (c1 - c0) / 1000.0 / articles.size();
        twoPass[r] = (c2 - c1) / 1000.0 / articles.size();
      }
    }
    Arrays.sort(onePass);
    Arrays.sort(twoPass);
    double one = onePass[rounds / 2];
    double two = twoPass[rounds / 2];
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d rounds; CPU µs/article median (min): one pass %.0f (%.0f) = %.0f"
            + " articles/CPU-s; two passes %.0f (%.0f) = %.0f articles/CPU-s; speed-up %.2f×%n",
        articles.size(),
        rounds,
        one,
        onePass[0],
        1e6 / one,
        two,
        twoPass[0],
        1e6 / two,
        two / one);
  }

  private static void index(List<Article> articles, boolean twoPasses) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(VietnameseAnalysis.forIndexing()).setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
      for (Article a : articles) {
        Document doc;
        if (twoPasses) {
          // Built without text, so the one-pass analysis is not paid for here too.
          doc = ArticleDocuments.toDocument(withoutText(a));
          analysedByTheWriter(doc, a);
        } else {
          doc = ArticleDocuments.toDocument(a);
        }
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  private static Article withoutText(Article a) {
    return new Article(
        a.id(),
        a.url(),
        a.source(),
        "",
        null,
        "",
        a.captions(),
        a.published(),
        a.category(),
        a.author(),
        a.parties(),
        a.organisations(),
        a.signatories(),
        a.agreement());
  }

  /** The text fields as they were before the one-pass analysis. */
  private static void analysedByTheWriter(Document doc, Article a) {
    FieldType foldedStored = new FieldType(TextField.TYPE_STORED);
    foldedStored.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    String title = a.title() == null ? "" : a.title();
    String text = ArticleDocuments.indexedText(a);
    for (String f :
        List.of(Fields.TITLE_EXACT, Fields.TITLE_FOLDED, Fields.BODY_EXACT, Fields.BODY_FOLDED)) {
      doc.removeFields(f);
    }
    doc.add(new TextField(Fields.TITLE_EXACT, title, Field.Store.NO));
    doc.add(new Field(Fields.TITLE_FOLDED, title, foldedStored));
    doc.add(new TextField(Fields.BODY_EXACT, text, Field.Store.NO));
    doc.add(new Field(Fields.BODY_FOLDED, text, foldedStored));
  }
}
