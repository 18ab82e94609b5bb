package vn.newssearch.source;

/**
 * Something wrong with one input, reported with where it happened. Failures lose data (a file or a
 * record), skips are inputs that are not articles by design, warnings keep the article.
 */
public record Problem(Origin origin, Kind kind, String reason) {

  /** How bad a problem is, which decides where the tally counts it. */
  public enum Kind {
    FAILED,
    SKIPPED,
    WARNING
  }

  public static Problem failed(Origin origin, String reason) {
    return new Problem(origin, Kind.FAILED, reason);
  }

  public static Problem skipped(Origin origin, String reason) {
    return new Problem(origin, Kind.SKIPPED, reason);
  }

  public static Problem warning(Origin origin, String reason) {
    return new Problem(origin, Kind.WARNING, reason);
  }

  /**
   * {@code file:line: reason}, {@code file@offset: reason} for a WARC record, or {@code file:
   * reason} for a problem with the whole path.
   */
  @Override
  public String toString() {
    if (origin.isPlace()) {
      return origin + ": " + reason;
    }
    return origin.file() + ": " + reason;
  }
}
