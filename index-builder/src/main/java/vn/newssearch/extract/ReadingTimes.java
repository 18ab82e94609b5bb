package vn.newssearch.extract;

import java.util.regex.Pattern;

/**
 * A reading-time estimate printed with the article: "1-2 phút", "5 phút đọc", "Thời gian đọc: 3
 * phút", "4 min read". A reader view (Firefox's, Safari's) prints it under the byline, and many
 * sites print it beside the date. It is neither text nor a date: the page's lines treat it as
 * noise, so the date line under it still dates the article and it never opens the text.
 */
final class ReadingTimes {
  private ReadingTimes() {}

  /** Longer lines are never a bare estimate. */
  private static final int MAX_LINE = 40;

  private static final Pattern ESTIMATE =
      Pattern.compile(
          "(?:(?:Thời gian đọc|Đọc trong|Reading time) ?:? ?)?(?:(?:khoảng|Khoảng|~) ?)?"
              + "\\d{1,2}(?: ?[-–] ?\\d{1,2})? ?(?:phút|min|minutes?|mins)(?: đọc| read)?\\.?");

  /** Whether the whole line is a reading-time estimate. */
  static boolean isEstimate(String line) {
    return line.length() <= MAX_LINE
        && !line.isEmpty()
        && (Character.isDigit(line.charAt(0)) || line.length() > 8)
        && ESTIMATE.matcher(line).matches();
  }
}
