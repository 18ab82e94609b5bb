package vn.newssearch.server.search.typing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether the typing layer can read queries, as {@code /health} shows it.
 *
 * @param status {@code ready}; {@code counting} (an index built without the statistics file: the
 *     server counts them from the index, in the background); {@code unavailable} (the cluster holds
 *     no statistics: queries are searched as typed, abbreviations expanded, with a warning)
 * @param source where the statistics came from: {@code file} (the index folder's), {@code cluster}
 *     (the cluster's typing index), {@code counted} (from the index, at start); null until ready
 * @param articles the articles they were counted over
 * @param message what to do about it, when not ready
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypingStatus(String status, String source, Integer articles, String message) {
  public static TypingStatus ready(String source, int articles) {
    return new TypingStatus("ready", source, articles, null);
  }

  public static TypingStatus counting(String message) {
    return new TypingStatus("counting", null, null, message);
  }

  public static TypingStatus unavailable(String message) {
    return new TypingStatus("unavailable", null, null, message);
  }
}
