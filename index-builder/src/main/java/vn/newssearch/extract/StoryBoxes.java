package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/**
 * Boxes of other stories ("Tin liên quan" and its titles, "Đọc nhiều nhất" over a list): never
 * body, wherever they sit in the page.
 */
final class StoryBoxes {
  private StoryBoxes() {}

  /** A box of other stories holds at most this many titles. */
  private static final int MAX_BOX = 10;

  /** Story titles are short lines. */
  private static final int MAX_TEASER = 200;

  private static final int HEADING_MAX_CHARS = 40;
  private static final int HEADING_MAX_WORDS = 5;
  private static final int TEASER_MIN_WORDS = 5;

  /**
   * A heading the data file does not list ("Đọc nhiều nhất", "Tin xem nhiều") over a box of other
   * stories: a short line without a sentence end, then at least two story titles (lines of 5+ words
   * without a sentence end, colon or list mark).
   */
  static boolean isUnlistedHeading(List<Line> lines, int i, LineRoles roles) {
    String t = lines.get(i).text();
    if (t.length() > HEADING_MAX_CHARS
        || TextShapes.words(t) > HEADING_MAX_WORDS
        || TextShapes.endsSentence(t)
        || roles.isByline(t)) {
      return false;
    }
    int titles = 0;
    for (int j = i + 1; j < lines.size() && titles < 2; j++) {
      Line l = lines.get(j);
      String s = l.text();
      if (l.kind() != Kind.TEXT
          || s.length() > MAX_TEASER
          || TextShapes.words(s) < TEASER_MIN_WORDS
          || TextShapes.endsSentence(s)
          || TextShapes.endsWithColon(s)
          || TextShapes.isListItem(s)) {
        return false;
      }
      titles++;
    }
    return titles == 2;
  }

  /** Past the story titles of a box: short lines without a sentence end, and their dates. */
  static int skip(List<Line> lines, int from) {
    int j = from;
    for (int titles = 0; j < lines.size() && titles < MAX_BOX; j++) {
      Line l = lines.get(j);
      switch (l.kind()) {
        case NOISE, URL, FURNITURE, STAMP -> {}
        case TEXT -> {
          if (TextShapes.endsSentence(l.text()) || l.text().length() > MAX_TEASER) {
            return j;
          }
          titles++;
        }
        default -> {
          return j;
        }
      }
    }
    return j;
  }
}
