package vn.newssearch.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * Builds or updates an index from input files: one thread reads records into a bounded queue,
 * {@code threads} workers extract and index them, and this thread reports progress and commits
 * periodically, so a crash leaves the last commit standing and a rerun completes the work.
 * Re-indexing is idempotent: each article replaces the document with its id.
 */
public final class ArticleIndexer implements IndexWorker.Pipeline {
  /** Commit user data keys, read by the server to show when the index was built. */
  public static final String BUILT_AT = "built_at";

  public static final String COMPLETE = "complete";

  private final Path index;
  private final List<Path> inputs;
  private final BuildOptions options;
  private final ArticleExtractor extractor;
  private final TallyCounter tally = new TallyCounter();
  private final LongAdder sinceCommit = new LongAdder();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private volatile boolean readerDone;
  private long peakHeap;

  ArticleIndexer(Path index, List<Path> inputs, BuildOptions options, ArticleExtractor extractor) {
    this.index = index;
    this.inputs = List.copyOf(inputs);
    this.options = options;
    this.extractor = extractor;
  }

  /** Indexes {@code inputs} (files and folders) into the index folder and returns the tally. */
  public static Tally build(Path index, List<Path> inputs, BuildOptions options)
      throws IndexBuildException {
    return new ArticleIndexer(index, inputs, options, ArticleExtractor.create()).run();
  }

  Tally run() throws IndexBuildException {
    long start = System.nanoTime();
    SourceReader reader = new SourceReader(inputs, tally);
    try (FSDirectory dir = IndexFolder.open(index);
        KnownIds known = IndexFolder.knownIds(dir, index, options.rebuild())) {
      IndexWriter writer = IndexFolder.writer(dir, index, options);
      boolean closed = false;
      try {
        runPipeline(reader, known, writer, start);
        if (fatal.get() != null) {
          throw new IndexBuildException(
              "indexing stopped: "
                  + describe(fatal.get())
                  + "; the index is left at its last commit",
              fatal.get());
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
        }
        sampleHeap();
        return tally.snapshot(
            reader.filesRead(), reader.textBytes(), elapsed(start), peakHeap, documents, merging);
      } finally {
        if (!closed) {
          rollback(writer);
        }
      }
    } catch (IOException e) {
      throw new IndexBuildException("cannot write the index at " + index + ": " + describe(e), e);
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
    BlockingQueue<SourceRecord> queue = new ArrayBlockingQueue<>(options.threads() * 64);
    CountDownLatch finished = new CountDownLatch(options.threads());
    Thread readerThread =
        Thread.ofPlatform()
            .name("index-reader")
            .daemon()
            .start(
                () -> {
                  try {
                    reader.readAll(queue::put);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException | Error e) {
                    fatal(e);
                  } finally {
                    readerDone = true;
                  }
                });
    List<Thread> workers = new ArrayList<>();
    for (int i = 1; i <= options.threads(); i++) {
      IndexWorker worker =
          new IndexWorker(queue, this, extractor, writer, known.newLookup(), tally, sinceCommit);
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
    try {
      while (!finished.await(tick, TimeUnit.MILLISECONDS)) {
        if (stopping()) {
          readerThread.interrupt();
        }
        sampleHeap();
        options.progress().accept(progress(reader, start));
        boolean dueByCount = sinceCommit.sum() >= options.commitEveryDocs();
        boolean dueByTime = System.nanoTime() - lastCommit >= options.commitInterval().toNanos();
        if (!stopping() && (dueByCount || dueByTime)) {
          commit(writer, false);
          lastCommit = System.nanoTime();
        }
      }
      readerThread.interrupt();
      readerThread.join();
      options.progress().accept(progress(reader, start));
    } catch (InterruptedException e) {
      fatal(e);
      readerThread.interrupt();
      workers.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
    }
  }

  private void commit(IndexWriter writer, boolean complete) throws IOException {
    sinceCommit.reset();
    writer.setLiveCommitData(
        Map.of(
                BUILT_AT,
                Instant.now().toString(),
                COMPLETE,
                Boolean.toString(complete),
                "articles_indexed",
                Long.toString(tally.indexed.sum()),
                "articles_updated",
                Long.toString(tally.updated.sum()))
            .entrySet());
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

  private void sampleHeap() {
    peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public boolean readerDone() {
    return readerDone;
  }

  @Override
  public boolean stopping() {
    return fatal.get() != null;
  }

  @Override
  public void fatal(Throwable t) {
    fatal.compareAndSet(null, t);
  }
}
