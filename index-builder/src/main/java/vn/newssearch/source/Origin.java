package vn.newssearch.source;

import java.nio.file.Path;

/**
 * Where a record came from: a file and a 1-based line (the first line for a whole-file page), or,
 * inside a web archive, the byte offset of the WARC record (-1 when there is none).
 */
public record Origin(Path file, long line, long offset) {

  public Origin(Path file, long line) {
    this(file, line, -1);
  }

  /** The WARC record that starts at byte {@code offset} of {@code file}. */
  public static Origin record(Path file, long offset) {
    return new Origin(file, 0, offset);
  }

  /** True when the origin points inside the file (a line or a record), not at the whole file. */
  public boolean isPlace() {
    return line > 0 || offset >= 0;
  }

  /** {@code file:line}, or {@code file@offset} for a WARC record. */
  @Override
  public String toString() {
    return offset >= 0 ? file + "@" + offset : file + ":" + line;
  }
}
