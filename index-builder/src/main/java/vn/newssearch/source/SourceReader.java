package vn.newssearch.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads every input file in order and hands over one {@link SourceRecord} per article. Bad files
 * and lines go to the {@link ProblemSink} with their file and line, and reading goes on. Counters
 * may be read from other threads for progress; reading itself is single-threaded.
 */
public final class SourceReader {
  /** Longest JSON line or page accepted: far above any real article, far below the heap. */
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
        }
      } catch (IOException e) {
        problems.report(Problem.failed(new Origin(file.path(), 0), InputFile.reason(e)));
      } finally {
        bytesConsumed.set(before + file.size());
      }
    }
  }

  private void readPage(InputFile file, RecordSink sink) throws IOException, InterruptedException {
    Origin origin = new Origin(file.path(), 1);
    if (file.size() > maxBytes) {
      problems.report(
          Problem.failed(
              origin, "page is " + file.size() + " bytes, over the " + limitText() + " limit"));
      return;
    }
    byte[] bytes = Files.readAllBytes(file.path());
    textBytes.addAndGet(bytes.length);
    try {
      sink.accept(new SourceRecord.PageText(origin, TextDecoder.decode(bytes)));
    } catch (BadInputException e) {
      problems.report(Problem.failed(new Origin(file.path(), e.line()), e.getMessage()));
    }
  }

  private void readJsonLines(InputFile file, RecordSink sink)
      throws IOException, InterruptedException {
    Path path = file.path();
    InputStream raw = new Counting(Files.newInputStream(path), bytesConsumed.get());
    try (InputStream in = open(file, raw, path)) {
      if (in != null) {
        readLines(path, new LineReader(in, maxBytes), sink);
      }
    }
  }

  private void readLines(Path path, LineReader lines, RecordSink sink)
      throws IOException, InterruptedException {
    boolean any = false;
    try {
      while (lines.next()) {
        Origin origin = new Origin(path, lines.lineNumber());
        textBytes.addAndGet(lines.lineLength() + 1);
        if (lines.tooLong()) {
          any = true;
          problems.report(
              Problem.failed(
                  origin,
                  "line is " + lines.lineLength() + " bytes, over the " + limitText() + " limit"));
          continue;
        }
        byte[] bytes = lines.bytes();
        int start = lines.lineNumber() == 1 ? bomLength(bytes, lines.length()) : 0;
        if (isBlank(bytes, start, lines.length())) {
          continue;
        }
        any = true;
        if (lines.lineNumber() == 1 && isBinary(bytes, lines.length(), origin)) {
          return;
        }
        try {
          sink.accept(JsonLineParser.parse(origin, bytes, start, lines.length() - start));
        } catch (BadInputException e) {
          problems.report(Problem.failed(origin, e.getMessage()));
        }
      }
    } catch (EOFException e) {
      problems.report(
          Problem.failed(
              new Origin(path, lines.lineNumber() + 1), "file ends early (truncated gzip data)"));
      return;
    } catch (ZipException e) {
      problems.report(
          Problem.failed(
              new Origin(path, lines.lineNumber() + 1), "corrupt gzip data: " + e.getMessage()));
      return;
    }
    if (!any) {
      problems.report(Problem.failed(new Origin(path, 1), "empty file"));
    }
  }

  /** The decompressing stream, or null (reported) when a .gz file is not gzip at all. */
  private InputStream open(InputFile file, InputStream raw, Path path) throws IOException {
    if (file.format() != InputFile.Format.JSON_LINES_GZIP) {
      return new BufferedInputStream(raw, 1 << 16);
    }
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (ZipException | EOFException e) {
      raw.close();
      problems.report(
          Problem.failed(new Origin(path, 0), "not a gzip file, although its name ends in .gz"));
      return null;
    }
  }

  /** A JSON Lines file with NUL bytes on its first line is binary (or UTF-16): reported once. */
  private boolean isBinary(byte[] bytes, int length, Origin origin) {
    if (length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      problems.report(Problem.failed(origin, "JSON Lines must be UTF-8; this file is UTF-16"));
      return true;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        problems.report(
            Problem.failed(origin, "binary file (NUL byte at offset " + i + "), not JSON Lines"));
        return true;
      }
    }
    return false;
  }

  private static int bomLength(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private String limitText() {
    return maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + "-byte";
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
