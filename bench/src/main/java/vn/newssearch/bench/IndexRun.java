package vn.newssearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.index.ArticleIndexer;
import vn.newssearch.index.BuildOptions;
import vn.newssearch.index.Tally;
import vn.newssearch.model.Article;

/**
 * One timed indexing run: a reader thread streams gzip lines in batches to {@code threads} workers,
 * which parse, convert and add documents; the clock stops after the final commit. Both pipelines
 * pay the same reading and JSON parsing cost.
 */
final class IndexRun {
  private static final int BATCH = 256;
  private static final List<String> END = List.of();

  record Result(
      String pipeline,
      int threads,
      long articles,
      long textBytes,
      double seconds,
      long peakHeap,
      long peakRss,
      long indexBytes,
      double mergeSeconds) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    double megabytesPerSecond() {
      return textBytes / 1e6 / seconds;
    }
  }

  /**
   * Our real pipeline: {@link ArticleIndexer} (reader, extraction, facets, commits), rebuilt; with
   * {@code merge}, as {@code build --merge}: then merged into one segment, which the result's time
   * includes and its {@code mergeSeconds} gives apart.
   */
  static Result ours(CorpusReader.Prepared corpus, int threads, Path dir, boolean merge)
      throws Exception {
    deleteTree(dir);
    System.gc();
    BuildOptions options =
        BuildOptions.defaults().withRebuild(true).withThreads(threads).withMerge(merge);
    long start = System.nanoTime();
    Tally tally;
    long peakHeap;
    long peakRss;
    try (ResourceSampler sampler = new ResourceSampler()) {
      tally = ArticleIndexer.build(dir, List.of(corpus.file()), options);
      peakHeap = sampler.peakHeapBytes();
      peakRss = sampler.peakRssBytes();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (tally.articles() != corpus.articles()) {
      System.out.println(
          "warning: ArticleIndexer indexed "
              + tally.articles()
              + " of "
              + corpus.articles()
              + " articles: "
              + tally);
    }
    return new Result(
        "ours",
        threads,
        tally.articles(),
        corpus.textBytes(),
        seconds,
        peakHeap,
        peakRss,
        sizeOf(dir),
        tally.merging().toNanos() / 1e9);
  }

  /** Merges a built index into one segment, as {@code build --merge} ends; returns the seconds. */
  static double merge(Path dir) throws IOException {
    long start = System.nanoTime();
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.forceMerge(1);
      w.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * The baseline: the same file read the same way, title + lead + body into one StandardAnalyzer
   * field, the same RAM buffer as ours, one commit at the end.
   */
  static Result baseline(CorpusReader.Prepared corpus, int threads, Path dir) throws Exception {
    Pipeline pipeline = Pipeline.baseline();
    deleteTree(dir);
    System.gc();
    AtomicLong articles = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    IndexWriterConfig config =
        new IndexWriterConfig(pipeline.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(BuildOptions.defaults().ramBufferMb());
    long start;
    long end;
    long peakHeap;
    long peakRss;
    try (ResourceSampler sampler = new ResourceSampler();
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      start = System.nanoTime();
      BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(4 * threads);
      List<Thread> workers = new ArrayList<>();
      List<Throwable> errors = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread w =
            new Thread(
                () -> work(queue, pipeline, writer, articles, bytes, errors),
                "index-" + pipeline.name() + "-" + t);
        w.start();
        workers.add(w);
      }
      List<String> batch = new ArrayList<>(BATCH);
      CorpusReader.forEachLine(
          corpus.file(),
          0,
          line -> {
            batch.add(line);
            if (batch.size() == BATCH) {
              put(queue, List.copyOf(batch));
              batch.clear();
            }
          });
      if (!batch.isEmpty()) {
        put(queue, List.copyOf(batch));
      }
      for (int t = 0; t < threads; t++) {
        put(queue, END);
      }
      for (Thread w : workers) {
        w.join();
      }
      synchronized (errors) {
        if (!errors.isEmpty()) {
          throw new IllegalStateException("indexing failed", errors.get(0));
        }
      }
      writer.commit();
      end = System.nanoTime();
      peakHeap = sampler.peakHeapBytes();
      peakRss = sampler.peakRssBytes();
    }
    return new Result(
        pipeline.name(),
        threads,
        articles.get(),
        bytes.get(),
        (end - start) / 1e9,
        peakHeap,
        peakRss,
        sizeOf(dir),
        0);
  }

  private static void work(
      BlockingQueue<List<String>> queue,
      Pipeline pipeline,
      IndexWriter writer,
      AtomicLong articles,
      AtomicLong bytes,
      List<Throwable> errors) {
    try {
      while (true) {
        List<String> batch = queue.take();
        if (batch == END) {
          return;
        }
        long textBytes = 0;
        for (String line : batch) {
          Article a = CorpusReader.parse(line, 0);
          textBytes += CorpusReader.textBytes(a);
          writer.addDocument(pipeline.document(a));
        }
        articles.addAndGet(batch.size());
        bytes.addAndGet(textBytes);
      }
    } catch (Throwable e) {
      synchronized (errors) {
        errors.add(e);
      }
      drainUntilEnd(queue);
    }
  }

  /** Keeps taking batches after a failure so the reader never blocks on a dead worker. */
  private static void drainUntilEnd(BlockingQueue<List<String>> queue) {
    try {
      while (queue.take() != END) {
        // discard
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(BlockingQueue<List<String>> queue, List<String> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(IndexRun::size).sum();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
