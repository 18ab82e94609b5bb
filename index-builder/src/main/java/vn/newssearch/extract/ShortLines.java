package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/**
 * Short link lines: menu items laid out one a line, tag links, share-bar buttons. A title is never
 * one of a run of them, and a run of them after the text ends it.
 */
final class ShortLines {
  private ShortLines() {}

  /** Short lines around a candidate that make it a menu item. */
  private static final int MENU_RUN = 4;

  /** A link: at most this many words and characters. */
  private static final int SHORT_WORDS = 3;

  private static final int SHORT_CHARS = 40;

  /**
   * A menu item laid out one link a line: short lines on both sides of it, at least {@link
   * #MENU_RUN} of them in all.
   */
  static boolean inRun(List<Line> lines, int i, LineRoles roles) {
    int above = 0;
    for (int j = i - 1; j >= 0 && isLink(lines.get(j), roles); j--) {
      above++;
    }
    int below = 0;
    for (int j = i + 1; j < lines.size() && isLink(lines.get(j), roles); j++) {
      below++;
    }
    return above > 0 && below > 0 && above + below >= MENU_RUN;
  }

  /**
   * A site's tagline or name above its menu: the next line is navigation or a short menu item,
   * where a title is followed by its date, byline, category or text.
   */
  static boolean followedByMenu(List<Line> lines, int i, LineRoles roles) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.kind() == Kind.NOISE) {
        continue;
      }
      return l.kind() == Kind.NAV
          || l.kind() == Kind.FURNITURE
          || (isLink(l, roles) && l.kind() == Kind.TEXT);
    }
    return false;
  }

  /** A tag link or menu item: a few words, letters only, no sentence end, not a byline. */
  static boolean isLink(Line l, LineRoles roles) {
    Kind k = l.kind();
    return (k == Kind.TEXT || k == Kind.NAV || k == Kind.FURNITURE)
        && l.text().length() <= SHORT_CHARS
        && TextShapes.words(l.text()) <= SHORT_WORDS
        && Character.isLetter(l.text().charAt(0))
        && !TextShapes.endsSentence(l.text())
        && !roles.isByline(l.text());
  }

  static boolean nextIsLink(List<Line> lines, int i, LineRoles roles) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.kind() != Kind.NOISE) {
        return isLink(l, roles);
      }
    }
    return false;
  }
}
