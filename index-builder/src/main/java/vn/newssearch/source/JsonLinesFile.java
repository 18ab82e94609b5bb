package vn.newssearch.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one JSON Lines file, plain or gzip, line by line: a record per good line, a problem with
 * its line number per bad one, and one problem for a file that is empty, binary, UTF-16 or not gzip
 * although named so.
 */
final class JsonLinesFile {
  private final ProblemSink problems;
  private final int maxBytes;
  private final AtomicLong textBytes;

  JsonLinesFile(ProblemSink problems, int maxBytes, AtomicLong textBytes) {
    this.problems = problems;
    this.maxBytes = maxBytes;
    this.textBytes = textBytes;
  }

  void read(InputFile file, InputStream raw, SourceReader.RecordSink sink)
      throws IOException, InterruptedException {
    Path path = file.path();
    try (InputStream in = open(file, raw, path)) {
      if (in != null) {
        readLines(path, new LineReader(in, maxBytes), sink);
      }
    }
  }

  private void readLines(Path path, LineReader lines, SourceReader.RecordSink sink)
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
                  "line is "
                      + lines.lineLength()
                      + " bytes, over the "
                      + SourceReader.limitText(maxBytes)
                      + " limit"));
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
}
