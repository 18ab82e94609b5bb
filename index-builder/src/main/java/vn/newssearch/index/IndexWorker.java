package vn.newssearch.index;

import java.io.IOException;
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
 * One indexing thread: takes records off the queue until its end marker, extracts, builds the
 * document and updates it by id. A bad record is counted and skipped; a writer failure stops the
 * build, and from then on the worker only empties the queue, so that the reader is never stuck on a
 * full one.
 */
final class IndexWorker implements Runnable {
  private final RecordQueue queue;
  private final BuildFailure failure;
  private final ArticleExtractor extractor;
  private final IndexWriter writer;
  private final KnownIds.Lookup known;
  private final TallyCounter tally;
  private final LongAdder sinceCommit;
  private final Lock commitGate;

  IndexWorker(
      RecordQueue queue,
      BuildFailure failure,
      ArticleExtractor extractor,
      IndexWriter writer,
      KnownIds.Lookup known,
      TallyCounter tally,
      LongAdder sinceCommit,
      Lock commitGate) {
    this.queue = queue;
    this.failure = failure;
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
      for (SourceRecord record = queue.take(); record != null; record = queue.take()) {
        if (!failure.stopped()) {
          indexOrReport(record);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void indexOrReport(SourceRecord record) {
    try {
      index(record);
    } catch (IOException | RuntimeException | Error e) {
      failure.report(e);
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
      tally.written(update, article.published() == null);
      sinceCommit.increment();
    } finally {
      commitGate.unlock();
    }
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
