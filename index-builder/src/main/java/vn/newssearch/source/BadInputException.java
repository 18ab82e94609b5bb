package vn.newssearch.source;

/**
 * Input bytes that cannot become text or a record: empty, binary, invalid UTF-8, malformed JSON,
 * over the size limit. Carries the 1-based line inside the file; the reader adds the file.
 */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final long line;

  public BadInputException(long line, String reason) {
    super(reason);
    this.line = line;
  }

  public long line() {
    return line;
  }
}
