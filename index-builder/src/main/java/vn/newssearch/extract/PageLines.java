package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into its non-blank lines, trimmed (U+00A0 and other Unicode spaces included), and
 * gives each line its structural kind. Every later decision works on these kinds, not on a site's
 * exact strings.
 */
final class PageLines {
  private PageLines() {}

  enum Kind {
    /** A line that is a URL, possibly after a short label ("Nguồn: https://..."). */
    URL,
    /** No letter or digit at all (".", "***"). */
    NOISE,
    /** Navigation: a phrase from the data file, or a menu ("Tiếng Việt | English"). */
    NAV,
    /** A standalone timestamp line. */
    STAMP,
    /** A timestamp line with a clock marker ("Cập nhật ... (GMT+7)"). */
    CLOCK,
    /** A short line in capitals: a category ("XÃ HỘI") or a subheading. */
    CAPS,
    /** Anything else: title, paragraph, caption, byline. */
    TEXT
  }

  /** One non-blank line: its trimmed text, kind, and timestamp for STAMP and CLOCK lines. */
  record Line(String text, Kind kind, Timestamps.Stamp stamp) {}

  private static final int MAX_NAV = 80;
  private static final int MAX_CAPS = 50;

  static List<Line> classify(String page, Boilerplate boilerplate) {
    List<Line> out = new ArrayList<>();
    int n = page.length();
    int start = 0;
    while (start <= n) {
      int end = start;
      while (end < n && page.charAt(end) != '\n' && page.charAt(end) != '\r') {
        end++;
      }
      String text = clean(page, start, end);
      if (!text.isEmpty()) {
        out.add(classifyOne(text, boilerplate));
      }
      start = end + 1;
    }
    return out;
  }

  private static Line classifyOne(String text, Boilerplate boilerplate) {
    if (TextShapes.isUrlLine(text)) {
      return new Line(text, Kind.URL, null);
    }
    if (!TextShapes.hasLetterOrDigit(text)) {
      return new Line(text, Kind.NOISE, null);
    }
    Timestamps.Stamp stamp = Timestamps.parseLine(text);
    if (stamp != null) {
      return new Line(text, boilerplate.isClock(text) ? Kind.CLOCK : Kind.STAMP, stamp);
    }
    if (text.length() <= MAX_NAV && (boilerplate.isNavigation(text) || TextShapes.isMenu(text))) {
      return new Line(text, Kind.NAV, null);
    }
    if (text.length() <= MAX_CAPS && TextShapes.isAllCaps(text)) {
      return new Line(text, Kind.CAPS, null);
    }
    return new Line(text, Kind.TEXT, null);
  }

  /** Trims Unicode spaces (U+00A0, U+FEFF, zero-width space...) from both ends. */
  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * The line {@code [start, end)} trimmed, with inner runs of spaces (U+00A0 included) collapsed to
   * one ASCII space, so that "Lao động\u00A0 - Thương binh" reads like its neighbours.
   */
  private static String clean(String page, int start, int end) {
    while (start < end && isSpace(page.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(page.charAt(end - 1))) {
      end--;
    }
    StringBuilder b = null;
    for (int i = start; i < end; i++) {
      char c = page.charAt(i);
      if (isSpace(c)) {
        if (b == null) {
          if (c == ' ' && !isSpace(page.charAt(i + 1))) {
            continue; // a plain single space: nothing to rewrite yet
          }
          b = new StringBuilder(end - start).append(page, start, i);
        }
        if (b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b != null ? b.toString() : page.substring(start, end);
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\uFEFF'
        || c == '\u200B'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }
}
