package vn.newssearch.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.model.Article;
import vn.newssearch.opensearch.BulkWriter;
import vn.newssearch.opensearch.Cluster;
import vn.newssearch.opensearch.ClusterDocuments;
import vn.newssearch.opensearch.ClusterIndex;
import vn.newssearch.opensearch.ClusterUnavailableException;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.SyllableCounter;
import vn.newssearch.source.Problem;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * Builds or updates an index on an OpenSearch cluster: the same reading, extraction and tally as
 * {@link ArticleIndexer}, with {@code _bulk} requests instead of an IndexWriter. A new article is
 * counted when the cluster says it created the document, an update when it replaced one.
 */
public final class ClusterIndexer {
  private final ClusterIndex target;
  private final List<java.nio.file.Path> inputs;
  private final BuildOptions options;
  private final ArticleExtractor extractor;
  private final BulkWriter writer;
  private final TallyCounter tally = new TallyCounter();
  private final SyllableCounter syllables = new SyllableCounter();
  private final AtomicReference<Exception> fatal = new AtomicReference<>();

  private ClusterIndexer(
      Cluster cluster,
      String index,
      List<java.nio.file.Path> inputs,
      BuildOptions options,
      ArticleExtractor extractor) {
    this.target = new ClusterIndex(cluster, index);
    this.inputs = List.copyOf(inputs);
    this.options = options;
    this.extractor = extractor;
    this.writer = new BulkWriter(cluster, index, new Counting());
  }

  /** Indexes {@code inputs} into {@code index} on the cluster and returns the tally. */
  public static Tally build(
      Cluster cluster,
      String index,
      int shards,
      int replicas,
      List<java.nio.file.Path> inputs,
      BuildOptions options)
      throws IndexBuildException {
    ClusterIndexer indexer =
        new ClusterIndexer(cluster, index, inputs, options, ArticleIndexer.extractorFor(inputs));
    try {
      indexer.target.prepare(shards, replicas);
    } catch (ClusterUnavailableException e) {
      throw new IndexBuildException(e.getMessage(), e);
    }
    return indexer.run();
  }

  private Tally run() throws IndexBuildException {
    long start = System.nanoTime();
    SourceReader reader = new SourceReader(inputs, tally);
    RecordQueue queue = new RecordQueue(options.threads() * 64, options.threads());
    Thread readerThread =
        Thread.ofPlatform()
            .name("index-reader")
            .daemon()
            .start(
                () -> {
                  try {
                    reader.readAll(
                        record -> {
                          if (fatal.get() != null) {
                            throw new InterruptedException("the build has stopped");
                          }
                          queue.put(record);
                        });
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException e) {
                    fatal.compareAndSet(null, e);
                  } finally {
                    queue.end();
                  }
                });
    List<Thread> workers = new ArrayList<>();
    for (int i = 1; i <= options.threads(); i++) {
      workers.add(Thread.ofPlatform().name("index-worker-" + i).daemon().start(() -> work(queue)));
    }
    try {
      long tick = Math.max(10, options.progressInterval().toMillis());
      for (Thread w : workers) {
        while (!w.join(Duration.ofMillis(tick))) {
          if (fatal.get() != null) {
            readerThread.interrupt();
          }
          options.progress().accept(progress(reader, start));
        }
      }
      readerThread.interrupt();
      readerThread.join();
      if (fatal.get() == null) {
        writer.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexBuildException("interrupted", e);
    } catch (ClusterUnavailableException e) {
      fatal.compareAndSet(null, e);
    }
    options.progress().accept(progress(reader, start));
    if (fatal.get() != null) {
      throw new IndexBuildException(
          "indexing stopped: "
              + ArticleIndexer.describe(fatal.get())
              + "; what was sent before stays in the index, and a rerun completes it",
          fatal.get());
    }
    try {
      if (tally.articles() > 0) {
        target.finish();
        target.putSyllableStats(syllables.counts());
      }
      return tally.snapshot(
          reader.filesRead(),
          reader.textBytes(),
          Duration.ofNanos(System.nanoTime() - start),
          target.documents(),
          Duration.ZERO);
    } catch (ClusterUnavailableException e) {
      throw new IndexBuildException(e.getMessage(), e);
    }
  }

  /** Indexes records until its end marker; after a fatal error it only empties the queue. */
  private void work(RecordQueue queue) {
    try {
      for (SourceRecord record = queue.take(); record != null; record = queue.take()) {
        if (fatal.get() == null) {
          try {
            index(record);
          } catch (ClusterUnavailableException | RuntimeException e) {
            fatal.compareAndSet(null, e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void index(SourceRecord record) throws ClusterUnavailableException, InterruptedException {
    Article article;
    byte[] action;
    try {
      article = extractor.extract(record, tally);
      action = BulkWriter.action(article.id(), ClusterDocuments.toDocument(article));
    } catch (InvalidArticleException e) {
      tally.report(Problem.failed(record.origin(), e.getMessage()));
      return;
    } catch (RuntimeException e) {
      tally.report(
          Problem.failed(record.origin(), "extraction failed: " + ArticleIndexer.describe(e)));
      return;
    }
    writer.add(
        new BulkWriter.Pending(article.id(), record.origin(), article.published() != null, action));
    syllables.add(ArticleDocuments.indexedText(article));
  }

  private Progress progress(SourceReader reader, long start) {
    return new Progress(
        tally.articles(),
        tally.failed(),
        reader.bytesConsumed(),
        reader.totalBytes(),
        reader.textBytes(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Each document's outcome, into the tally. */
  private final class Counting implements BulkWriter.Results {
    @Override
    public void indexed(BulkWriter.Pending p, boolean created) {
      tally.written(!created, !p.dated());
    }

    @Override
    public void failed(BulkWriter.Pending p, String reason) {
      tally.report(Problem.failed(p.origin(), reason));
    }
  }
}
