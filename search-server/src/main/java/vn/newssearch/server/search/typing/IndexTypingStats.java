package vn.newssearch.server.search.typing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.newssearch.schema.SyllableCounts;

/**
 * The typing statistics of the embedded index: loaded at start from the file the build wrote into
 * the index folder ({@link SyllableCounts#FILE_NAME}). An index built by an older version has no
 * such file: the server counts them from the index at start (in the background over {@link
 * #COUNT_AT_ONCE_DOCS} articles, reading queries as typed meanwhile), and says so in its log and
 * {@code /health}. When the index served grows or shrinks by a tenth (a build running while it is
 * served), the build's new file is loaded, or the statistics counted again, in the background. A
 * query never waits for them.
 */
public final class IndexTypingStats {
  private static final Logger LOG = LoggerFactory.getLogger(IndexTypingStats.class);

  /** An index up to this size without a file is counted before the server starts to answer. */
  static final int COUNT_AT_ONCE_DOCS = 20_000;

  private final Path file;
  private final int countAtOnceDocs;
  private final AtomicBoolean working = new AtomicBoolean();
  private volatile SyllableStats stats;
  private volatile TypingStatus status = TypingStatus.counting("not loaded yet");
  private volatile FileTime loaded;
  private volatile int checkedDocs = -1;

  public IndexTypingStats(Path indexDir) {
    this(indexDir, COUNT_AT_ONCE_DOCS);
  }

  IndexTypingStats(Path indexDir, int countAtOnceDocs) {
    this.file = SyllableCounts.file(indexDir);
    this.countAtOnceDocs = countAtOnceDocs;
  }

  /** At start, over the index being served: loads the file, or counts (see the class comment). */
  public void start(IndexReader reader) {
    int docs = reader.numDocs();
    checkedDocs = docs;
    if (load(docs)) {
      return;
    }
    if (docs <= countAtOnceDocs) {
      count(reader);
    } else {
      inBackground(reader, false);
    }
  }

  /** The statistics to read a query over {@code reader} with, or null while there are none. */
  public SyllableStats current(IndexReader reader) {
    SyllableStats s = stats;
    int docs = reader.numDocs();
    int checked = checkedDocs;
    if (Math.abs(checked - docs) > docs / 10 && !working.get()) {
      checkedDocs = docs;
      inBackground(reader, true);
    }
    return s;
  }

  public TypingStatus status() {
    return status;
  }

  /** Loads the file if it is there, readable and of this version; false otherwise. */
  private boolean load(int docs) {
    long t0 = System.nanoTime();
    try {
      FileTime time = Files.getLastModifiedTime(file);
      SyllableCounts counts = SyllableCounts.read(file);
      SyllableStats read = SyllableStats.of(counts);
      loaded = time;
      // The status first: whoever sees the statistics sees them ready (both volatile).
      status = TypingStatus.ready("file", counts.docs());
      stats = read;
      LOG.info(
          "typing statistics: {} syllables, {} pairs, over {} articles, loaded from {} in {} ms",
          counts.terms().length,
          counts.pairKeys().length,
          counts.docs(),
          file.getFileName(),
          (System.nanoTime() - t0) / 1_000_000);
      return Math.abs(counts.docs() - docs) <= docs / 10;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      LOG.warn("typing statistics: {} is unusable ({}); counting them from the index", file, e);
      return false;
    }
  }

  /** Counts the statistics of {@code reader} now. */
  private void count(IndexReader reader) {
    long t0 = System.nanoTime();
    try {
      SyllableStats counted = SyllableStats.of(reader);
      status = TypingStatus.ready("counted", counted.docs()); // before them, as in load
      stats = counted;
      LOG.info(
          "typing statistics: counted from the index over {} articles in {} ms",
          counted.docs(),
          (System.nanoTime() - t0) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads a newer file, or counts from {@code reader}, on a thread of its own; the reader is held
   * open meanwhile.
   */
  private void inBackground(IndexReader reader, boolean fileFirst) {
    if (!working.compareAndSet(false, true)) {
      return;
    }
    if (stats == null) {
      status =
          TypingStatus.counting(
              "the index has no typing statistics file (built by an older version): counting them"
                  + " from the index; rebuild it to load them at start");
      LOG.warn("typing statistics: {} is missing; counting them from the index", file);
    }
    reader.incRef();
    Thread.ofPlatform()
        .name("typing-stats")
        .daemon()
        .start(
            () -> {
              try {
                if (!(fileFirst && newerFile() && load(reader.numDocs()))) {
                  count(reader);
                }
              } catch (RuntimeException e) {
                LOG.warn("typing statistics: counting failed: {}", e.toString());
                if (stats == null) {
                  status = TypingStatus.unavailable("counting the statistics failed: " + e);
                }
              } finally {
                working.set(false);
                decRef(reader);
              }
            });
  }

  private boolean newerFile() {
    try {
      FileTime time = Files.getLastModifiedTime(file);
      return loaded == null || time.compareTo(loaded) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void decRef(IndexReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      LOG.warn("typing statistics: releasing the index: {}", e.toString());
    }
  }
}
