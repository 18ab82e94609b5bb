package vn.newssearch.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, and without ever holding a line longer
 * than the limit: such a line is skipped while streaming and only its length is kept. Not
 * thread-safe; the line bytes are reused by the next call.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  private byte[] line;
  private int length;
  private long lineLength;
  private long lineNumber;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.line = new byte[Math.min(1 << 14, maxLineBytes)];
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    lineLength = 0;
    boolean sawNewline = false;
    boolean sawBytes = false;
    while (!sawNewline) {
      if (pos >= limit && !fill()) {
        break;
      }
      int start = pos;
      int end = start;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      int n = end - start;
      if (n > 0) {
        sawBytes = true;
        append(start, n);
      }
      sawNewline = end < limit;
      pos = sawNewline ? end + 1 : end;
    }
    if (!sawNewline && !sawBytes) {
      return false;
    }
    lineNumber++;
    if (!tooLong() && length > 0 && line[length - 1] == '\r') {
      length--;
      lineLength--;
    }
    return true;
  }

  /** The bytes of the current line, valid up to {@link #length()}; empty when it was too long. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** The current line's full length in bytes, even when it was too long to keep. */
  long lineLength() {
    return lineLength;
  }

  boolean tooLong() {
    return lineLength > maxLineBytes;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  private void append(int start, int n) {
    lineLength += n;
    if (lineLength > maxLineBytes) {
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxLineBytes, line.length * 2)));
    }
    System.arraycopy(chunk, start, line, length, n);
    length += n;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.readNBytes(chunk, 0, chunk.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
