package vn.newssearch.index;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.source.Problem;
import vn.newssearch.source.SourceRecord;

/**
 * One indexing thread: takes records off the queue, extracts, builds the document and updates it by
 * id. A bad record is counted and skipped; only a writer failure stops the build.
 */
final class IndexWorker implements Runnable {
  private final BlockingQueue<SourceRecord> queue;
  private final Pipeline pipeline;
  private final ArticleExtractor extractor;
  private final IndexWriter writer;
  private final KnownIds.Lookup known;
  private final TallyCounter tally;
  private final LongAdder sinceCommit;
  private final Lock commitGate;

  /** The state the coordinator and all workers share. */
  interface Pipeline {
    /** True once the reader has queued its last record. */
    boolean readerDone();

    /** True when the build must stop at once (a fatal error elsewhere). */
    boolean stopping();

    /** Reports an error that ends the build. */
    void fatal(Throwable t);
  }

  IndexWorker(
      BlockingQueue<SourceRecord> queue,
      Pipeline pipeline,
      ArticleExtractor extractor,
      IndexWriter writer,
      KnownIds.Lookup known,
      TallyCounter tally,
      LongAdder sinceCommit,
      Lock commitGate) {
    this.queue = queue;
    this.pipeline = pipeline;
    this.extractor = extractor;
    this.writer = writer;
    this.known = known;
    this.tally = tally;
    this.sinceCommit = sinceCommit;
    this.commitGate = commitGate;
  }

  @Override
  public void run() {
    try {
      while (!pipeline.stopping()) {
        SourceRecord record = queue.poll(50, TimeUnit.MILLISECONDS);
        if (record != null) {
          index(record);
        } else if (pipeline.readerDone() && queue.isEmpty()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      pipeline.fatal(e);
    }
  }

  private void index(SourceRecord record) throws IOException {
    Article article;
    Document doc;
    try {
      article = extractor.extract(record, tally);
      doc = ArticleDocuments.toDocument(article);
    } catch (InvalidArticleException e) {
      tally.report(Problem.failed(record.origin(), e.getMessage()));
      return;
    } catch (RuntimeException e) {
      // A bug the input triggers in an extractor must cost that record, not the build.
      tally.report(Problem.failed(record.origin(), "extraction failed: " + describe(e)));
      return;
    }
    // Added and counted together: a commit never holds a document its counts leave out.
    commitGate.lock();
    try {
      boolean update = known.seenBefore(article.id());
      try {
        writer.updateDocument(ArticleDocuments.idTerm(article.id()), doc);
      } catch (IllegalArgumentException e) {
        if (writer.getTragicException() != null) {
          throw e;
        }
        // Lucene refuses the document (e.g. a term over 32 KB) but the writer is fine.
        tally.report(Problem.failed(record.origin(), "cannot be indexed: " + e.getMessage()));
        return;
      }
      (update ? tally.updated : tally.indexed).increment();
      if (article.published() == null) {
        tally.undated.increment();
      }
      sinceCommit.increment();
    } finally {
      commitGate.unlock();
    }
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
