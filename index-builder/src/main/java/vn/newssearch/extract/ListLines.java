package vn.newssearch.extract;

/**
 * A list written one item a line after the line that introduces it with a colon: "Lễ ký kết hợp tác
 * giữa Trường X với 07 doanh nghiệp:\n- Công ty A\n- Công ty B\n- Công ty C". A page's bulleted or
 * numbered list reads as one sentence to a reader, the clause and its items; the line breaks would
 * cut it into sentences of a bare name each. The introducing line and its items become one line,
 * the items apart by commas ("... doanh nghiệp: Công ty A, Công ty B, Công ty C"), as the sentence
 * would be written inline. Lines of running text after a colon stay as they are: only a list's
 * marks ("- ", "+ ", "• ", "1. ", "2) ") on at least two lines in a row make a list.
 */
final class ListLines {
  private ListLines() {}

  /** An item longer than this is running text with a mark, not a list's name or phrase. */
  private static final int MAX_ITEM_WORDS = 25;

  /**
   * {@code text} with each colon-introduced list joined to its introducing line; the same length,
   * so every offset into it stays as it was.
   */
  static String join(String text) {
    if (text.indexOf(':') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    char[] out = null;
    int at = 0; // where line i starts
    for (int i = 0; i < lines.length; i++) {
      int items = items(lines, i);
      if (items < 2) {
        at += lines[i].length() + 1;
        continue;
      }
      out = out == null ? text.toCharArray() : out;
      at += lines[i].length(); // the introducing line's break
      for (int k = 1; k <= items; k++) {
        String line = lines[i + k];
        // the break before the first item is a space after the colon; the others a comma, or a
        // space when the item before closes with its own ";" or "," (made a comma)
        out[at] = k == 1 || closedByComma(out, at, lines[i + k - 1]) ? ' ' : ',';
        int start = at + 1;
        int mark = markEnd(line);
        for (int c = start; c < start + mark; c++) {
          out[c] = ' ';
        }
        at = start + line.length();
      }
      at++; // the last item's break stays
      i += items;
    }
    return out == null ? text : new String(out);
  }

  /**
   * How many list items follow line {@code i} when it ends with a colon; else 0. A list whose items
   * are sentences, each closed by its stop ("- Bản ghi nhớ ... giữa A và B.", one document a line),
   * is left a line an item: only the last item of a list of names may close it with a stop.
   */
  private static int items(String[] lines, int i) {
    if (!lines[i].strip().endsWith(":")) {
      return 0;
    }
    int n = 0;
    int sentences = 0;
    boolean lastClosed = false; // whether the last item read closes with a stop
    while (i + n + 1 < lines.length) {
      String item = lines[i + n + 1].strip();
      // an item that opens a list of its own ("- Về phía Sở X:") is a heading, not a name
      if (!TextShapes.isListItem(item)
          || item.endsWith(":")
          || TextShapes.words(item) > MAX_ITEM_WORDS) {
        break;
      }
      lastClosed = TextShapes.endsSentence(item) && !item.endsWith(";");
      sentences += lastClosed ? 1 : 0;
      n++;
    }
    return sentences == 0 || sentences == 1 && lastClosed ? n : 0;
  }

  /**
   * Whether the item line ending right before {@code at} closes with ";", "," or "." of its own,
   * which is then made the comma between it and the next item.
   */
  private static boolean closedByComma(char[] out, int at, String item) {
    int end = at - 1 - (item.length() - item.stripTrailing().length());
    if (end >= 0 && (out[end] == ';' || out[end] == ',' || out[end] == '.')) {
      out[end] = ',';
      return true;
    }
    return false;
  }

  /** Where the list mark and the spaces around it end in an item's line. */
  private static int markEnd(String line) {
    int c = 0;
    while (c < line.length() && Character.isWhitespace(line.charAt(c))) {
      c++;
    }
    while (c < line.length() && !Character.isWhitespace(line.charAt(c))) {
      c++; // "-", "•", "12." or "3)"
    }
    while (c < line.length() && Character.isWhitespace(line.charAt(c))) {
      c++;
    }
    return c;
  }
}
