package vn.newssearch.extract;

/**
 * A ministry's or a department's date row: the writer, a dash, the writer's office, a bar and the
 * date ("Đình Phú - Cục Quản lý Khám, chữa bệnh | 01/11/2020 11:15"). The office is too long for a
 * timestamp line's few words, so the row read as text and the page as undated. The row dates the
 * article, and its name before the dash is the author.
 */
final class OfficeDateRows {
  private OfficeDateRows() {}

  /** Longer rows are prose. */
  private static final int MAX_LINE = 140;

  /** An office's name has at most this many words. */
  private static final int MAX_OFFICE_WORDS = 12;

  /** The row's timestamp, or null when the line is not a writer, an office and a date. */
  static Timestamps.Stamp stamp(String line) {
    int bar = line.length() <= MAX_LINE ? line.lastIndexOf(" | ") : -1;
    if (bar < 0 || writer(line.substring(0, bar)) == null) {
      return null;
    }
    return Timestamps.parseLine(line.substring(bar + 3).strip());
  }

  /** The writer the row names before the dash and the office, or null. */
  static String author(String line) {
    int bar = line.length() <= MAX_LINE ? line.lastIndexOf(" | ") : -1;
    return bar < 0 ? null : writer(line.substring(0, bar));
  }

  private static String writer(String head) {
    int dash = head.indexOf(" - ");
    if (dash < 0) {
      return null;
    }
    String office = head.substring(dash + 3).strip();
    if (office.isEmpty()
        || !Character.isUpperCase(office.charAt(0))
        || office.indexOf('|') >= 0
        || TextShapes.words(office) > MAX_OFFICE_WORDS
        || TextShapes.endsWithStop(office)
        || office.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    return Bylines.author(head.substring(0, dash).strip());
  }
}
