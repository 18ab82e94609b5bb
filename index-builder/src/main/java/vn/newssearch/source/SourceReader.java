package vn.newssearch.source;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads every input file in order and hands over one {@link SourceRecord} per article. Bad files
 * and lines go to the {@link ProblemSink} with their file and line, and reading goes on. Counters
 * may be read from other threads for progress; reading itself is single-threaded.
 */
public final class SourceReader {
  /**
   * Longest JSON line, page or WARC payload accepted: far above any real article, far below the
   * heap.
   */
  public static final int DEFAULT_MAX_BYTES = 8 << 20;

  private final List<InputFile> files;
  private final ProblemSink problems;
  private final int maxBytes;
  private final long totalBytes;
  private final AtomicLong bytesConsumed = new AtomicLong();
  private final AtomicLong textBytes = new AtomicLong();
  private final AtomicLong filesRead = new AtomicLong();

  /** A consumer of records that may block (a bounded queue) and so be interrupted. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(SourceRecord record) throws InterruptedException;
  }

  public SourceReader(List<Path> inputs, ProblemSink problems) {
    this(inputs, problems, DEFAULT_MAX_BYTES);
  }

  public SourceReader(List<Path> inputs, ProblemSink problems, int maxBytes) {
    this.problems = problems;
    this.maxBytes = maxBytes;
    this.files = InputFile.expand(inputs, problems);
    this.totalBytes = files.stream().mapToLong(InputFile::size).sum();
  }

  public List<InputFile> files() {
    return files;
  }

  /** Size on disk of all input files (compressed where they are), for the ETA. */
  public long totalBytes() {
    return totalBytes;
  }

  /** On-disk bytes consumed so far; compared with {@link #totalBytes()} it gives the progress. */
  public long bytesConsumed() {
    return bytesConsumed.get();
  }

  /** Uncompressed bytes of text read so far: the MB/s figure. */
  public long textBytes() {
    return textBytes.get();
  }

  public int filesRead() {
    return (int) filesRead.get();
  }

  /** Reads all files; returns early only when interrupted. */
  public void readAll(RecordSink sink) throws InterruptedException {
    for (InputFile file : files) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      filesRead.incrementAndGet();
      long before = bytesConsumed.get();
      try {
        switch (file.format()) {
          case PAGE -> readPage(file, sink);
          case JSON_LINES, JSON_LINES_GZIP -> readJsonLines(file, sink);
          case HTML, HTML_GZIP -> readHtml(file, sink);
          case WARC -> readWarc(file, sink);
        }
      } catch (IOException e) {
        problems.report(Problem.failed(new Origin(file.path(), 0), InputFile.reason(e)));
      } finally {
        bytesConsumed.set(before + file.size());
      }
    }
  }

  /** Reports a page file over the size limit, which is then not read at all. */
  private boolean overLimit(InputFile file, Origin origin) {
    if (file.size() <= maxBytes) {
      return false;
    }
    problems.report(
        Problem.failed(
            origin,
            "page is " + file.size() + " bytes, over the " + limitText(maxBytes) + " limit"));
    return true;
  }

  private void readPage(InputFile file, RecordSink sink) throws IOException, InterruptedException {
    Origin origin = new Origin(file.path(), 1);
    if (overLimit(file, origin)) {
      return;
    }
    byte[] bytes = Files.readAllBytes(file.path());
    textBytes.addAndGet(bytes.length);
    if (isHtmlDocument(bytes)) {
      // A saved page under another name (page.aspx on the command line, a .txt that is HTML):
      // read as what it is, so that its markup never reaches the index.
      sink.accept(new SourceRecord.HtmlPage(origin, bytes, null, null));
      return;
    }
    try {
      sink.accept(new SourceRecord.PageText(origin, TextDecoder.decode(bytes)));
    } catch (BadInputException e) {
      problems.report(Problem.failed(new Origin(file.path(), e.line()), e.getMessage()));
    }
  }

  /**
   * True when the file opens like an HTML document: {@code <!DOCTYPE html>}, {@code <html>} or
   * {@code <head>} first (after a BOM, white space, an XML declaration or comments).
   */
  static boolean isHtmlDocument(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    while (i < head.length()) {
      if (Character.isWhitespace(head.charAt(i))) {
        i++;
      } else if (head.startsWith("<!--", i) || head.startsWith("<?xml", i)) {
        int end = head.indexOf('>', i);
        if (end < 0) {
          return false;
        }
        i = end + 1;
      } else {
        return head.startsWith("<!doctype html", i)
            || head.startsWith("<html", i)
            || head.startsWith("<head", i);
      }
    }
    return false;
  }

  /**
   * A saved web page, handed over as bytes: the extractor decodes it with its declared charset. A
   * gzipped one is decompressed only up to the limit, so a small file cannot fill the heap.
   */
  private void readHtml(InputFile file, RecordSink sink) throws IOException, InterruptedException {
    Origin origin = new Origin(file.path(), 1);
    if (overLimit(file, origin)) {
      return;
    }
    byte[] bytes;
    if (file.format() == InputFile.Format.HTML_GZIP) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file.path()), 1 << 16)) {
        bytes = in.readNBytes(maxBytes + 1);
      } catch (ZipException | EOFException e) {
        problems.report(
            Problem.failed(
                new Origin(file.path(), 0),
                e instanceof EOFException
                    ? "file ends early (truncated gzip data)"
                    : "not a gzip file, although its name ends in .gz"));
        return;
      }
      if (bytes.length > maxBytes) {
        problems.report(
            Problem.failed(
                origin, "page is over the " + limitText(maxBytes) + " limit once decompressed"));
        return;
      }
    } else {
      bytes = Files.readAllBytes(file.path());
    }
    if (bytes.length == 0) {
      problems.report(Problem.failed(origin, "empty file"));
      return;
    }
    textBytes.addAndGet(bytes.length);
    sink.accept(new SourceRecord.HtmlPage(origin, bytes, null, null));
  }

  private void readWarc(InputFile file, RecordSink sink) throws IOException, InterruptedException {
    try (InputStream raw = new Counting(Files.newInputStream(file.path()), bytesConsumed.get())) {
      new WarcFile(problems, maxBytes, textBytes).read(file.path(), raw, sink);
    }
  }

  private void readJsonLines(InputFile file, RecordSink sink)
      throws IOException, InterruptedException {
    InputStream raw = new Counting(Files.newInputStream(file.path()), bytesConsumed.get());
    new JsonLinesFile(problems, maxBytes, textBytes).read(file, raw, sink);
  }

  /** "8 MiB" for the messages that name the limit. */
  static String limitText(int maxBytes) {
    return maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + " bytes";
  }

  /** Counts raw bytes read into the shared progress counter. */
  private final class Counting extends FilterInputStream {
    private long consumed;

    Counting(InputStream in, long start) {
      super(in);
      this.consumed = start;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesConsumed.set(++consumed);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        consumed += n;
        bytesConsumed.set(consumed);
      }
      return n;
    }
  }
}
