package vn.newssearch.server.api;

/** Cuts what a client sent before it is echoed in a message: a body never grows with the input. */
public final class Echo {
  private Echo() {}

  /** The value, or its first {@code max} characters and an ellipsis. */
  public static String cut(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end) + "…";
  }
}
