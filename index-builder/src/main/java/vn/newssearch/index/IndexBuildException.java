package vn.newssearch.index;

/**
 * A build that cannot go on: the index folder cannot be created or written, is locked by another
 * build, or the writer failed. The index is left at its last commit.
 */
public class IndexBuildException extends Exception {
  private static final long serialVersionUID = 1L;

  public IndexBuildException(String message, Throwable cause) {
    super(message, cause);
  }

  public IndexBuildException(String message) {
    super(message);
  }
}
