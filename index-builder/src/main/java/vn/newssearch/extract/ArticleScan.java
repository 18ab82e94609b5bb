package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/**
 * One pass over the lines under the title: the date and byline lines of the title block, the
 * article's content lines, and where the article ends (navigation, a teaser's date, a run of tag
 * links). Boxes of other stories ("Tin liên quan" and its titles) are skipped wherever they sit;
 * the article goes on when a paragraph follows the box.
 *
 * @param content indices of the content lines, byline and sapo still included
 * @param stamp the first plain timestamp near the title, or -1
 * @param clock the first clock-marked timestamp near the title, or -1
 * @param name a byline between the title and the first paragraph, or -1
 * @param category a capitals or breadcrumb line under the title (when none is above), or -1
 * @param boxAfterFirst the first paragraph when a related box directly follows it, or -1
 */
record ArticleScan(
    List<Integer> content, int stamp, int clock, int name, int category, int boxAfterFirst) {

  /** A byline above the text sits among the title's date and category lines. */
  private static final int NAME_DISTANCE = 4;

  /** A run of short links ends the text when no paragraph follows within this many lines. */
  private static final int LOOK_AHEAD = 10;

  static ArticleScan run(
      List<Line> lines, LineRoles roles, int title, boolean wantCategory, boolean noHeaderStamp) {
    int stamp = -1;
    int clock = -1;
    int name = -1;
    int category = -1;
    int boxAfterFirst = -1;
    int paragraphs = 0;
    int firstParagraph = -1;
    int links = 0;
    List<Integer> content = new ArrayList<>();
    int n = lines.size();
    scan:
    for (int i = title + 1; i < n; i++) {
      Line l = lines.get(i);
      boolean seen = paragraphs > 0;
      switch (l.kind()) {
        case STAMP, CLOCK -> {
          boolean near = i - title - links <= PageLayout.DATE_DISTANCE; // a share bar between
          if (seen && !(near && noHeaderStamp && stamp < 0)) {
            break scan; // a teaser list of other stories starts here
          }
          if (near && l.kind() == Kind.STAMP && stamp < 0) {
            stamp = i; // the date line, possibly under a one-paragraph sapo
          } else if (near && l.kind() == Kind.CLOCK && clock < 0) {
            clock = i;
          }
        }
        case NAV -> {
          if (roles.isRelated(l.text())) {
            int after = StoryBoxes.skip(lines, i + 1);
            if (after < n && goesOn(lines, after, roles)) {
              if (paragraphs == 1 && boxAfterFirst < 0) {
                boxAfterFirst = firstParagraph;
              }
              i = after - 1; // a box inside the article: the text goes on after it
              continue;
            }
            if (seen) {
              break scan;
            }
            i = after - 1;
          } else if (seen && isEntryStamp(lines, nextContent(lines, i + 1), roles)) {
            continue; // a live report's sort toggle ("Mới nhất | Cũ nhất") over its timeline
          } else if (seen) {
            break scan; // footer navigation: nothing after it belongs to the article
          } else {
            links++; // a share bar's buttons between the title and its date
          }
        }
        case FURNITURE -> links += seen ? 0 : 1; // a share bar the site repeats
        case URL, NOISE -> {}
        case CAPS -> {
          if (seen && nextIsStamp(lines, i)) {
            break scan; // a teaser's category line above its timestamp
          }
          if (seen && isSlotLabel(l.text())) {
            continue; // "ADVERTISEMENT" over an ad slot inside the text
          }
          if (seen) {
            content.add(i); // a subheading in capitals, or a byline
          } else if (wantCategory && category < 0) {
            category = i; // a category printed under the title
          } else if (name < 0 && roles.isByline(l.text())) {
            name = i; // a byline in capitals above the text
          }
        }
        case CRUMB -> {
          if (seen) {
            content.add(i);
          } else if (wantCategory && category < 0) {
            category = i;
          }
        }
        case TEXT -> {
          if (seen && isEntryStamp(lines, i, roles)) {
            continue; // a live report's entry time ("10:56") over the entry's paragraph
          }
          if (!seen
              && name < 0
              && i - title - links <= NAME_DISTANCE
              && roles.isSignedByline(l.text())) {
            name = i; // a byline under the title, before the text (a header link is further off)
          } else if (!seen && ShortLines.isLink(l, roles)) {
            links++;
            continue; // a share bar, a label or a menu item between the title and the text
          } else if (seen && StoryBoxes.isUnlistedHeading(lines, i, roles)) {
            int after = StoryBoxes.skip(lines, i + 1);
            if (after < n && isRealParagraph(lines.get(after), roles)) {
              i = after - 1; // a box with a heading the data file does not know
              continue;
            }
            break scan;
          } else if (seen
              && ShortLines.isLink(lines.get(i), roles)
              && ShortLines.nextIsLink(lines, i, roles)
              && !paragraphFollows(lines, i, roles)) {
            break scan; // a run of tag links or menu items after the text
          } else {
            content.add(i);
            if (roles.isParagraph(l.text())) {
              paragraphs++;
              firstParagraph = firstParagraph < 0 ? i : firstParagraph;
            }
          }
        }
      }
    }
    return new ArticleScan(List.copyOf(content), stamp, clock, name, category, boxAfterFirst);
  }

  /**
   * Whether the text goes on at {@code after}, past a box of stories: a real paragraph, or a short
   * subheading right over one. Another box's heading ("Mới nhất" over story titles) ends it.
   */
  private static boolean goesOn(List<Line> lines, int after, LineRoles roles) {
    return isRealParagraph(lines.get(after), roles)
        || isExclaimedParagraph(lines.get(after), roles)
        || (lines.get(after).kind() == Kind.TEXT
            && after + 1 < lines.size()
            && TextShapes.words(lines.get(after).text()) < 4
            && isRealParagraph(lines.get(after + 1), roles));
  }

  /** A headline has one sentence of at most this many words. */
  private static final int HEADLINE_MAX_WORDS = 30;

  /**
   * A paragraph that closes on {@code !} or {@code ?} and runs past any headline (two sentences or
   * more, or over {@link #HEADLINE_MAX_WORDS} words: "Cuối năm 2012, thầy Dương … bị trừ tới… 32,5%
   * tổng lương để đóng các loại bảo hiểm!"): a story title asks or exclaims in one short sentence.
   */
  private static boolean isExclaimedParagraph(Line l, LineRoles roles) {
    String t = l.text();
    return l.kind() == Kind.TEXT
        && (t.endsWith("!") || t.endsWith("?"))
        && (TextShapes.sentences(t) >= 2 || TextShapes.words(t) > HEADLINE_MAX_WORDS)
        && roles.isParagraph(t);
  }

  static boolean isRealParagraph(Line l, LineRoles roles) {
    return l.kind() == Kind.TEXT
        && TitleLine.isRealParagraph(l.text())
        && roles.isParagraph(l.text());
  }

  /**
   * A real paragraph within the next {@link #LOOK_AHEAD} lines: a list or table, not the footer.
   */
  private static boolean paragraphFollows(List<Line> lines, int i, LineRoles roles) {
    for (int j = i + 1; j < lines.size() && j <= i + LOOK_AHEAD; j++) {
      if (isRealParagraph(lines.get(j), roles)) {
        return true;
      }
    }
    return false;
  }

  /** An entry of a live report is running text: a sentence end and at least this many words. */
  private static final int ENTRY_MIN_WORDS = 12;

  /** A time of day alone on its line: "10:56", "9h05". */
  private static final java.util.regex.Pattern TIME_OF_DAY =
      java.util.regex.Pattern.compile("\\d{1,2}[:h]\\d{2}");

  /**
   * Whether line {@code i} is an entry's stamp in a live report's timeline ("Tường thuật trực
   * tiếp"): a time of day alone on its line, right over a paragraph, the entry (closing on a full
   * stop, or on the question a source asks). The day is on the report's start line; each entry
   * gives the hour only. A teaser's date line has the day.
   */
  static boolean isEntryStamp(List<Line> lines, int i, LineRoles roles) {
    if (i < 0 || i >= lines.size() || !TIME_OF_DAY.matcher(lines.get(i).text()).matches()) {
      return false;
    }
    int next = nextContent(lines, i + 1);
    if (next < 0 || lines.get(next).kind() != Kind.TEXT) {
      return false;
    }
    String t = lines.get(next).text(); // an entry may close on a question a source asks
    return TextShapes.endsSentence(t)
        && TextShapes.words(t) >= ENTRY_MIN_WORDS
        && roles.isParagraph(t);
  }

  /** The first line at or after {@code i} that is not noise, or -1. */
  private static int nextContent(List<Line> lines, int i) {
    for (int j = i; j < lines.size(); j++) {
      if (lines.get(j).kind() != Kind.NOISE) {
        return j;
      }
    }
    return -1;
  }

  private static boolean nextIsStamp(List<Line> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    Kind k = lines.get(i + 1).kind();
    return k == Kind.STAMP || k == Kind.CLOCK;
  }

  /** Longer than any Vietnamese syllable (7 letters: "nghiêng") and than most initials. */
  private static final int SLOT_LABEL_MIN_LETTERS = 8;

  /**
   * A one-word label in capitals inside the text that is no Vietnamese word nor initials: a foreign
   * word of 8+ letters ("ADVERTISEMENT", "SPONSORED") over an ad slot. A subheading has words, and
   * a table's header in capitals is initials ("SDG").
   */
  private static boolean isSlotLabel(String t) {
    if (t.length() < SLOT_LABEL_MIN_LETTERS) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
