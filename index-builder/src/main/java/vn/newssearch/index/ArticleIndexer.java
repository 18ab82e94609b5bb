package vn.newssearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.FolderFurniture;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.SyllableCounter;
import vn.newssearch.schema.SyllableCounts;
import vn.newssearch.source.SourceReader;

/**
 * Builds or updates an index from input files: one thread reads records into a bounded queue,
 * {@code threads} workers extract and index them, and this thread reports progress and commits
 * periodically, so a crash leaves the last commit standing and a rerun completes the work.
 * Re-indexing is idempotent: each article replaces the document with its id.
 */
public final class ArticleIndexer {
  /**
   * How often a build commits an index that is being served (a server holds its {@link
   * vn.newssearch.schema.ServingLock}). A commit costs a flush and a small segment, merged away
   * later; at the default minute, a served index would show nothing new for as long.
   */
  public static final Duration SERVED_COMMIT_EVERY = Duration.ofSeconds(2);

  private final Path index;
  private final List<Path> inputs;
  private final BuildOptions options;
  private final ArticleExtractor extractor;
  private final TallyCounter tally = new TallyCounter();
  private final LongAdder sinceCommit = new LongAdder();

  /**
   * Workers hold it shared while a document goes into the writer and into the tally; a commit holds
   * it alone while it fixes what it contains, so its recorded counts are exactly its documents.
   */
  private final ReadWriteLock commitGate = new ReentrantReadWriteLock();

  private final BuildFailure failure = new BuildFailure();

  /** What the commits record as {@link CommitData#ABBREVIATIONS}. */
  private String concepts = "";

  ArticleIndexer(Path index, List<Path> inputs, BuildOptions options, ArticleExtractor extractor) {
    this.index = index;
    this.inputs = List.copyOf(inputs);
    this.options = options;
    this.extractor = extractor;
  }

  /** Indexes {@code inputs} (files and folders) into the index folder and returns the tally. */
  public static Tally build(Path index, List<Path> inputs, BuildOptions options)
      throws IndexBuildException {
    return new ArticleIndexer(index, inputs, options, extractorFor(inputs)).run();
  }

  /** The extractor for these inputs, with each site folder's repeated lines learnt as furniture. */
  static ArticleExtractor extractorFor(List<Path> inputs) throws IndexBuildException {
    try {
      // Folders laid out one site per folder: each site's repeated lines are furniture.
      return ArticleExtractor.create().withFurniture(FolderFurniture.learnFrom(inputs));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexBuildException("interrupted while reading the folders' pages", e);
    }
  }

  Tally run() throws IndexBuildException {
    long start = System.nanoTime();
    SourceReader reader = new SourceReader(inputs, tally);
    try (FSDirectory dir = IndexFolder.open(index);
        KnownIds known = IndexFolder.knownIds(dir, index, options.rebuild())) {
      IndexWriter writer = IndexFolder.writer(dir, index, options);
      concepts = IndexFolder.conceptsAfterBuild(writer);
      boolean closed = false;
      try {
        runPipeline(reader, known, writer, start);
        if (failure.stopped()) {
          throw new IndexBuildException(
              "indexing stopped: "
                  + describe(failure.cause())
                  + "; the index is left at its last commit",
              failure.cause());
        }
        long documents;
        Duration merging = Duration.ZERO;
        if (tally.articles() == 0) {
          // A run that indexed nothing changes nothing: no empty index, no wiped --rebuild.
          rollback(writer);
          closed = true;
          documents = documentsInLastCommit(dir);
        } else {
          commit(writer, true);
          if (options.merge()) {
            long mergeStart = System.nanoTime();
            writer.forceMerge(1);
            commit(writer, true);
            merging = elapsed(mergeStart);
          }
          documents = writer.getDocStats().numDocs;
          // Waits for running merges and commits their result: the server gets fewer segments.
          writer.close();
          closed = true;
          writeSyllableStats(dir);
        }
        return tally.snapshot(
            reader.filesRead(), reader.textBytes(), elapsed(start), documents, merging);
      } finally {
        if (!closed) {
          rollback(writer);
        }
      }
    } catch (IOException e) {
      throw new IndexBuildException("cannot write the index at " + index + ": " + describe(e), e);
    }
  }

  /**
   * The typing layer's statistics of the whole index as committed (earlier runs' articles too),
   * into a file of the index folder: the server loads them at start instead of counting them.
   */
  private void writeSyllableStats(FSDirectory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      SyllableCounter.of(reader).write(SyllableCounts.file(index));
    }
  }

  private static long documentsInLastCommit(FSDirectory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return 0;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  /** Drops everything since the last commit, which stays the index's state. */
  private static void rollback(IndexWriter writer) {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      // Already failing; the last commit on disk is untouched either way.
    }
  }

  private void runPipeline(SourceReader reader, KnownIds known, IndexWriter writer, long start)
      throws IOException, IndexBuildException {
    RecordQueue queue = new RecordQueue(options.threads() * 64, options.threads());
    CountDownLatch finished = new CountDownLatch(options.threads());
    Thread readerThread =
        Thread.ofPlatform()
            .name("index-reader")
            .daemon()
            .start(
                () -> {
                  try {
                    reader.readAll(
                        record -> {
                          if (failure.stopped()) {
                            throw new InterruptedException("the build has stopped");
                          }
                          queue.put(record);
                        });
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException | Error e) {
                    failure.report(e);
                  } finally {
                    queue.end();
                  }
                });
    List<Thread> workers = new ArrayList<>();
    for (int i = 1; i <= options.threads(); i++) {
      IndexWorker worker =
          new IndexWorker(
              queue,
              failure,
              extractor,
              writer,
              known.newLookup(),
              tally,
              sinceCommit,
              commitGate.readLock());
      workers.add(
          Thread.ofPlatform()
              .name("index-worker-" + i)
              .daemon()
              .start(
                  () -> {
                    try {
                      worker.run();
                    } finally {
                      finished.countDown();
                    }
                  }));
    }
    long lastCommit = System.nanoTime();
    long tick = Math.max(10, options.progressInterval().toMillis());
    Duration commitInterval = options.commitInterval();
    long lastServedCheck = 0;
    try {
      while (!finished.await(tick, TimeUnit.MILLISECONDS)) {
        if (failure.stopped()) {
          readerThread.interrupt();
        }
        options.progress().accept(progress(reader, start));
        boolean dueByCount = sinceCommit.sum() >= options.commitEveryDocs();
        if (System.nanoTime() - lastServedCheck >= SERVED_CHECK_EVERY.toNanos()) {
          lastServedCheck = System.nanoTime();
          commitInterval =
              IndexFolder.isServed(index)
                  ? min(options.commitInterval(), SERVED_COMMIT_EVERY)
                  : options.commitInterval();
        }
        boolean dueByTime = System.nanoTime() - lastCommit >= commitInterval.toNanos();
        if (!failure.stopped() && (dueByCount || dueByTime)) {
          commit(writer, false);
          lastCommit = System.nanoTime();
        }
      }
      readerThread.join(); // the workers have taken its end markers: it has ended
      options.progress().accept(progress(reader, start));
    } catch (InterruptedException e) {
      // The workers stop indexing at once and leave at their end markers, which the reader,
      // interrupted, queues; nothing may still write when the caller rolls the writer back.
      failure.report(e);
      readerThread.interrupt();
      joinUninterruptibly(readerThread);
      workers.forEach(ArticleIndexer::joinUninterruptibly);
      Thread.currentThread().interrupt();
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    while (true) {
      try {
        thread.join();
        return;
      } catch (InterruptedException e) {
        // Interrupted already; the caller sets the flag again once every thread has ended.
      }
    }
  }

  /** How often a build looks whether a server has started or stopped serving its index. */
  private static final Duration SERVED_CHECK_EVERY = Duration.ofSeconds(1);

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Commits with the counts of exactly the documents the commit holds: prepareCommit fixes its
   * content (flushing every document added so far) while no worker is between adding a document and
   * counting it; the slow part, syncing files, runs after the workers are let go again.
   */
  private void commit(IndexWriter writer, boolean complete) throws IOException {
    Lock gate = commitGate.writeLock();
    gate.lock();
    try {
      sinceCommit.reset();
      writer.setLiveCommitData(
          Map.of(
                  CommitData.BUILT_AT,
                  Instant.now().toString(),
                  CommitData.COMPLETE,
                  Boolean.toString(complete),
                  CommitData.ARTICLES_INDEXED,
                  Long.toString(tally.indexed()),
                  CommitData.ARTICLES_UPDATED,
                  Long.toString(tally.updated()),
                  CommitData.ABBREVIATIONS,
                  concepts)
              .entrySet());
      writer.prepareCommit();
    } finally {
      gate.unlock();
    }
    writer.commit();
  }

  private Progress progress(SourceReader reader, long start) {
    return new Progress(
        tally.articles(),
        tally.failed(),
        reader.bytesConsumed(),
        reader.totalBytes(),
        reader.textBytes(),
        elapsed(start));
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
