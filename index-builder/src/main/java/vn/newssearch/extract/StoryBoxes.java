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
   * without a sentence end, colon or list mark); or a short line closed by a colon ("Mời bạn đọc
   * xem thêm:") over one such title with a real paragraph right after it.
   */
  static boolean isUnlistedHeading(List<Line> lines, int i, LineRoles roles) {
    String t = lines.get(i).text();
    if (t.length() > HEADING_MAX_CHARS
        || TextShapes.words(t) > HEADING_MAX_WORDS
        || TextShapes.endsSentence(t)
        || roles.isByline(t)) {
      return false;
    }
    // A heading closed by a colon ("Mời bạn đọc xem thêm:") may head one title, when the text
    // goes on right after it; "Ông A cho biết:" is followed by the quote, a sentence.
    boolean colon = TextShapes.endsWithColon(t);
    int wanted = colon ? 1 : 2;
    int titles = 0;
    int j = i + 1;
    for (; j < lines.size() && titles < wanted; j++) {
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
    if (titles < wanted) {
      return false;
    }
    return !colon || (j < lines.size() && TitleLine.isRealParagraph(lines.get(j).text()));
  }

  /** A story title is a headline: 4 words at least, as the page's own title. */
  private static final int BOX_TITLE_MIN_WORDS = 4;

  /** A story title asking or exclaiming is one sentence of at most this many words. */
  private static final int HEADLINE_MAX_WORDS = 20;

  /**
   * Under a box's heading, a title that asks may run longer, a kicker before its colon included
   * ("Vụ sếp phó … tự tử: Dự án nhà ở mà ông … bị điều tra sai phạm thế nào?", 22 words): the
   * heading already says what follows.
   */
  private static final int BOXED_HEADLINE_MAX_WORDS = 30;

  /**
   * A story title in a box that looks like a menu ("Thứ trưởng Lao động làm Phó bí thư Bắc Ninh":
   * capitalised items in a row) is at most this many words; a site's menu runs longer.
   */
  private static final int MENU_SHAPED_TITLE_MAX_WORDS = 12;

  /**
   * Past the story titles of a box: short lines without a full stop (a question or an exclamation
   * of one sentence is a headline too: "Những ai được tăng lương từ 1/7/2019?"), and their dates.
   */
  static int skip(List<Line> lines, int from) {
    int j = from;
    for (int titles = 0; j < lines.size() && titles < MAX_BOX; j++) {
      Line l = lines.get(j);
      switch (l.kind()) {
        case NOISE, URL, FURNITURE, STAMP -> {}
        case TEXT -> {
          if (l.text().length() > MAX_TEASER
              || !isStoryTitle(l.text(), BOXED_HEADLINE_MAX_WORDS)
              || (titles > 0 && TextShapes.words(l.text()) < BOX_TITLE_MIN_WORDS)) {
            return j; // a short line after the titles heads what follows: the box ends there
          }
          titles++;
        }
        case NAV -> {
          if (titles == 0
              || TextShapes.words(l.text()) > MENU_SHAPED_TITLE_MAX_WORDS
              || !MenuShapes.isSectionRun(l.text())) {
            return j;
          }
          titles++; // a story title of capitalised words, between the box's other titles
        }
        default -> {
          return j;
        }
      }
    }
    return j;
  }

  /** A headline printed in a box without a heading has at least this many words. */
  private static final int BARE_TITLE_MIN_WORDS = 5;

  /**
   * Whether text line {@code i} is a story title that exclaims ("17 cơ quan bảo vệ trẻ, lúc cần vẫn
   * không biết nhờ ai!") in a box of other stories printed without a heading: the line right above
   * or below it is a story title too (5+ words, no sentence end, no caption phrase or photo
   * credit). A story title that asks ("Giáo viên đang được hưởng lương thế nào?") counts only under
   * such a title, the box's second item: the text asks a question over its subheading ("Lý do gì
   * …?", then "Quy trình chăm sóc khác lạ: …"), never under one with a paragraph to follow.
   */
  static boolean isBareBoxTitle(List<Line> lines, int i, LineRoles roles) {
    String t = lines.get(i).text();
    char end = t.charAt(t.length() - 1);
    if ((end != '!' && end != '?')
        || TextShapes.words(t) < BARE_TITLE_MIN_WORDS
        || !isStoryTitle(t, HEADLINE_MAX_WORDS)) {
      return false;
    }
    for (int j : end == '?' ? new int[] {i - 1} : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < lines.size() && lines.get(j).kind() == Kind.TEXT) {
        String n = lines.get(j).text();
        if (!TextShapes.endsSentence(n)
            && TextShapes.words(n) >= BARE_TITLE_MIN_WORDS
            && roles.isCaption(n)
            && !roles.opensCaption(n)
            && !LineRoles.endsWithCredit(n)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A title that closes on a quote that asks ("… của người mẹ “tìm con ở đâu bây giờ?”") asks: the
   * quote's marks after the question mark are no full stop.
   */
  private static String withoutClosingQuotes(String t) {
    int end = t.length();
    while (end > 1 && "\"”’'»)".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return t.substring(0, end);
  }

  private static boolean isStoryTitle(String t, int maxWords) {
    if (!TextShapes.endsSentence(t)) {
      return true;
    }
    return !TextShapes.endsWithStop(withoutClosingQuotes(t))
        && TextShapes.sentences(t) == 1
        && TextShapes.words(t) <= maxWords;
  }
}
