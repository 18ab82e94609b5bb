package vn.newssearch.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Shape tests on one trimmed line: the structural vocabulary of page extraction. */
final class TextShapes {
  private TextShapes() {}

  /** "Nguồn: https://..." or a bare URL; the label is at most three words. */
  private static final Pattern URL_LINE =
      Pattern.compile("(?:[\\p{L}]{1,12}(?: [\\p{L}]{1,12}){0,2}\\s?:\\s?)?(https?://[^\\s]{3,})");

  /** The URL of a URL line, or null. */
  static String url(String line) {
    if (!line.regionMatches(true, 0, "http", 0, 4) && !line.contains("://")) {
      return null;
    }
    var m = URL_LINE.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  static boolean isUrlLine(String line) {
    return url(line) != null;
  }

  /** A URL inside running text, its closing punctuation left out. */
  private static final Pattern URL_IN_TEXT =
      Pattern.compile("https?://[^\\s]{3,}?(?=[.,;:)]*(?:\\s|$))");

  /**
   * The URL a line names: a URL line's, or the first URL inside a sentence (a viewer's banner over
   * a capture: "Đây là bộ nhớ cache của Google của https://…. Đó là ảnh chụp nhanh …"); null when
   * the line names none.
   */
  static String namedUrl(String line) {
    String url = url(line);
    if (url != null || !line.contains("://")) {
      return url;
    }
    var m = URL_IN_TEXT.matcher(line);
    return m.find() ? m.group() : null;
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Items in a bar menu that let one of them run to 4 words, as in a menu on one line. */
  private static final int BAR_ITEMS_FOR_A_LONG_ONE = 6;

  /**
   * A menu: two or more items of at most three words separated by '|' ("Tiếng Việt | English"); a
   * row of 6 or more may hold one item of 4 words ("… | Quốc tế | Đồng Nai cuối tuần | Tiếng Hoa").
   */
  static boolean isMenu(String line) {
    if (line.indexOf('|') < 0) {
      return false;
    }
    String[] items = line.split("\\|", -1);
    if (items.length < 2) {
      return false;
    }
    int fourWords = 0;
    for (String item : items) {
      String t = PageLines.trim(item);
      int w = words(t);
      if (t.isEmpty()
          || w > 4
          || (w == 4 && ++fourWords > 1)
          || endsSentence(t)
          || !hasLetterOrDigit(t)) {
        return false;
      }
    }
    return fourWords == 0 || items.length >= BAR_ITEMS_FOR_A_LONG_ONE;
  }

  /** Every letter is a capital, and there are at least two letters ("XÃ HỘI", "LAO ĐỘNG"). */
  static boolean isAllCaps(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2 && words(line) <= 6;
  }

  /** Ends like a sentence: '.', '!', '?', '…' or ';', before any closing quotes or brackets. */
  static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && isCloser(line.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = line.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ';';
  }

  /** Ends with a full stop (or an ellipsis or semicolon): what a title never does. */
  static boolean endsWithStop(String line) {
    return endsSentence(line) && !line.endsWith("?") && !line.endsWith("!");
  }

  static boolean endsWithColon(String line) {
    return line.endsWith(":");
  }

  /** A list item: "- ", "+ ", "• ", "* " or "1. " at the start. */
  static boolean isListItem(String line) {
    if (line.length() < 2) {
      return false;
    }
    char c = line.charAt(0);
    if ((c == '-' || c == '+' || c == '•' || c == '*' || c == '–') && line.charAt(1) == ' ') {
      return true;
    }
    int i = 0;
    while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i > 0
        && i + 1 < line.length()
        && (line.charAt(i) == '.' || line.charAt(i) == ')')
        && line.charAt(i + 1) == ' ';
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /** "XÃ HỘI" → "Xã hội": lower case, then the first letter capitalised. */
  static String sentenceCase(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return lower;
    }
    int first = lower.codePointAt(0);
    return new StringBuilder(lower.length())
        .appendCodePoint(Character.toUpperCase(first))
        .append(lower, Character.charCount(first), lower.length())
        .toString();
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  /**
   * Sentences in the line: one, and one more for each stop followed by a space and a capital that
   * closes no abbreviation ({@link #closesAbbreviation}), so "tại TP. HCM hiện nay" is one.
   */
  static int sentences(String line) {
    int n = 1;
    for (int i = 1; i + 2 < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && line.charAt(i + 1) == ' '
          && Character.isUpperCase(line.charAt(i + 2))
          && !closesAbbreviation(line, i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * As {@link #sentences}, a quotation counting as one sentence of the line however many it holds
   * ('Nhớ lại ngày đó anh kể: "Tôi bắt đầu … năm 2009. Linh tính … Lúc đấy … liệu trình."': two):
   * what someone is quoted saying is one statement of the paragraph. A quotation left open counts
   * as the plain count does.
   */
  static int sentencesOutsideQuotes(String line) {
    int n = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean breaks =
          i > 0
              && i + 2 < line.length()
              && line.charAt(i + 1) == ' '
              && Character.isUpperCase(line.charAt(i + 2));
      boolean closes = quoted && (c == '"' || c == '”');
      if (closes || !quoted && (c == '"' || c == '“')) {
        quoted = !closes;
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        if (closes && breaks && (before == '.' || before == '!' || before == '?')) {
          n++; // '… liệu trình." Cũng từ đây': the quotation closed a sentence
        }
      } else if (!quoted
          && breaks
          && (c == '.' || c == '!' || c == '?')
          && !closesAbbreviation(line, i)) {
        n++;
      }
    }
    return quoted ? sentences(line) : n;
  }

  /**
   * Abbreviations written with a full stop inside a sentence: the places, titles and ranks of
   * gazetteer/line-joins.tsv ("TP.", "PGS.", "ThS.") and its words that end no sentence ("St.").
   */
  private static final Set<String> ABBREVIATIONS = abbreviations();

  private static Set<String> abbreviations() {
    Set<String> out = new HashSet<>();
    for (String[] row : Gazetteer.rows("line-joins.tsv")) {
      if (Set.of("place", "title", "rank", "inline").contains(row[0])) {
        out.addAll(Gazetteer.names(row, 1));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether the full stop at {@code dot} closes an abbreviation: a listed one, or an initial of one
   * capital ("Q. 1", "anh P. cho biết", "B.M. T"). A stop inside a number ("3.000") is followed by
   * no space, so it ends no sentence anyway.
   */
  private static boolean closesAbbreviation(String line, int dot) {
    if (line.charAt(dot) != '.') {
      return false;
    }
    String word = AbbreviationBreaks.wordBefore(line, dot);
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || ABBREVIATIONS.contains(word);
  }
}
