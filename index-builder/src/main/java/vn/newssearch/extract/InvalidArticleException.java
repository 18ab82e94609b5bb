package vn.newssearch.extract;

/**
 * An input that cannot become an article (no body, not an object, ...). The indexer counts it as
 * failed with its origin and this message, and goes on.
 */
public class InvalidArticleException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidArticleException(String message) {
    super(message);
  }
}
