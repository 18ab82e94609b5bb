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

  /** A box of other stories holds at most this many titles. */
  private static final int MAX_BOX = 10;

  /** Story titles are short lines. */
  private static final int MAX_TEASER = 200;

  /** Tag links and menu items: at most this many words. */
  private static final int SHORT_WORDS = 3;

  private static final int SHORT_CHARS = 40;

  private static final int BOX_HEADING_WORDS = 5;
  private static final int TEASER_MIN_WORDS = 5;

  static ArticleScan run(
      List<Line> lines, LineRoles roles, int title, boolean wantCategory, boolean noHeaderStamp) {
    int stamp = -1;
    int clock = -1;
    int name = -1;
    int category = -1;
    int boxAfterFirst = -1;
    int paragraphs = 0;
    int firstParagraph = -1;
    List<Integer> content = new ArrayList<>();
    int n = lines.size();
    scan:
    for (int i = title + 1; i < n; i++) {
      Line l = lines.get(i);
      boolean seen = paragraphs > 0;
      switch (l.kind()) {
        case STAMP, CLOCK -> {
          boolean near = i - title <= PageLayout.DATE_DISTANCE;
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
            int after = skipBox(lines, i + 1);
            if (after < n && isRealParagraph(lines.get(after), roles)) {
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
          } else if (seen) {
            break scan; // footer navigation: nothing after it belongs to the article
          }
        }
        case FURNITURE, URL, NOISE -> {}
        case CAPS -> {
          if (seen && nextIsStamp(lines, i)) {
            break scan; // a teaser's category line above its timestamp
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
          if (!seen && name < 0 && i - title <= NAME_DISTANCE && roles.isByline(l.text())) {
            name = i; // a byline under the title, before the text (a header link is further off)
          } else if (!seen && isShortLink(l, roles)) {
            continue; // a share bar, a label or a menu item between the title and the text
          } else if (seen && isUnlistedBoxHeading(lines, i, roles)) {
            int after = skipBox(lines, i + 1);
            if (after < n && isRealParagraph(lines.get(after), roles)) {
              i = after - 1; // a box with a heading the data file does not know
              continue;
            }
            break scan;
          } else if (seen
              && isShortLink(lines.get(i), roles)
              && nextIsShortLink(lines, i, roles)
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
   * A heading the data file does not list ("Đọc nhiều nhất", "Tin xem nhiều") over a box of other
   * stories: a short line without a sentence end, then at least two story titles (lines of 5+ words
   * without a sentence end, colon or list mark).
   */
  private static boolean isUnlistedBoxHeading(List<Line> lines, int i, LineRoles roles) {
    String t = lines.get(i).text();
    if (t.length() > SHORT_CHARS
        || TextShapes.words(t) > BOX_HEADING_WORDS
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
  private static int skipBox(List<Line> lines, int from) {
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

  static boolean isRealParagraph(Line l, LineRoles roles) {
    return l.kind() == Kind.TEXT
        && TitleLine.isRealParagraph(l.text())
        && roles.isParagraph(l.text());
  }

  /** A real paragraph within the next {@link #MAX_BOX} lines: a list or table, not the footer. */
  private static boolean paragraphFollows(List<Line> lines, int i, LineRoles roles) {
    for (int j = i + 1; j < lines.size() && j <= i + MAX_BOX; j++) {
      if (isRealParagraph(lines.get(j), roles)) {
        return true;
      }
    }
    return false;
  }

  /** A tag link or menu item: a few words, letters only, no sentence end, not a byline. */
  private static boolean isShortLink(Line l, LineRoles roles) {
    Kind k = l.kind();
    return (k == Kind.TEXT || k == Kind.NAV || k == Kind.FURNITURE)
        && l.text().length() <= SHORT_CHARS
        && TextShapes.words(l.text()) <= SHORT_WORDS
        && Character.isLetter(l.text().charAt(0))
        && !TextShapes.endsSentence(l.text())
        && !roles.isByline(l.text());
  }

  private static boolean nextIsShortLink(List<Line> lines, int i, LineRoles roles) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.kind() != Kind.NOISE) {
        return isShortLink(l, roles);
      }
    }
    return false;
  }

  private static boolean nextIsStamp(List<Line> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    Kind k = lines.get(i + 1).kind();
    return k == Kind.STAMP || k == Kind.CLOCK;
  }
}
