package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.extract.PageLines.Line;

/**
 * A magazine's notes after the text: "(1) Số liệu do tác giả tổng hợp từ báo cáo của các cơ quan
 * chức năng." A run of lines at the end of the text, opened by the note numbers 1, 2, … in brackets
 * in order, under a paragraph that does not announce a list (no closing colon), is the notes, not
 * the article.
 */
final class Footnotes {
  private Footnotes() {}

  /** "(1) Số liệu …", "[2] Xem …": the note's number, then a capital. */
  private static final Pattern NOTE = Pattern.compile("^[(\\[](\\d{1,2})[)\\]] ?\\p{Lu}");

  /** A run of notes longer than this is a numbered list. */
  private static final int MAX_NOTES = 3;

  /** The content without the notes closing it; the list itself when there are none. */
  static List<Integer> withoutNotes(List<Line> lines, List<Integer> content) {
    int n = content.size();
    int from = n;
    while (from > 0 && n - from < MAX_NOTES + 1 && number(lines.get(content.get(from - 1))) > 0) {
      from--;
    }
    int notes = n - from;
    if (notes == 0 || notes > MAX_NOTES || from < 2) {
      return content;
    }
    for (int k = 0; k < notes; k++) {
      if (number(lines.get(content.get(from + k))) != k + 1) {
        return content; // notes count 1, 2, …
      }
    }
    String above = lines.get(content.get(from - 1)).text();
    if (TextShapes.endsWithColon(above) || !TextShapes.endsSentence(above)) {
      return content; // "… gồm:" announces a numbered list
    }
    return new ArrayList<>(content.subList(0, from));
  }

  private static int number(Line l) {
    Matcher m = NOTE.matcher(l.text());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
  }
}
