package vn.newssearch.source;

import java.nio.file.Path;

/** Where a record came from: a file and a 1-based line (the first line for a whole-file page). */
public record Origin(Path file, long line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
