package vn.newssearch.server.search;

/**
 * A request the user can fix: names the parameter at fault. The HTTP layer renders it as a 400;
 * in-process callers get it as is.
 */
public final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String param;

  public BadRequestException(String param, String message) {
    super(message, null, false, false);
    this.param = param;
  }

  /** The query parameter at fault, e.g. "from". */
  public String param() {
    return param;
  }
}
