package vn.newssearch.server.search;

import java.nio.file.Path;

/** The folder given as the index holds no Lucene commit. */
public final class IndexMissingException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public IndexMissingException(Path dir) {
    super("no index at " + dir + ": build one with index-builder first");
  }
}
