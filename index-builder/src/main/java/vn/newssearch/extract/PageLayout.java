package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/**
 * Where the article sits among a page's lines: the title, the date line, the category above the
 * title, the byline, and the content lines between them. Found by line kinds and shapes only.
 *
 * @param title index of the title line
 * @param category index of the category line, or -1
 * @param date index of the publication timestamp line, or -1
 * @param byline index of the author's byline, or -1
 * @param content indices of the article's text lines (paragraphs, captions, subheadings), in order
 */
record PageLayout(int title, int category, int date, int byline, List<Integer> content) {
  /** A timestamp this many lines from the title, at most, dates the article. */
  static final int DATE_DISTANCE = 3;

  /** A byline is followed by at most this many text lines (a teaser) before the footer. */
  static final int TEASER_LINES = 3;

  private static final int TITLE_MIN_WORDS = 4;
  private static final int TITLE_MIN_CHARS = 20;
  private static final int TITLE_MAX_CHARS = 300;

  /** The layout, or null when the page has no title line. */
  static PageLayout of(List<Line> lines, LineRoles roles) {
    int title = findTitle(lines, roles);
    if (title < 0) {
      return null;
    }
    int category = -1;
    int headerStamp = -1;
    for (int i = 0; i < title; i++) {
      Kind k = lines.get(i).kind();
      if (k == Kind.CAPS) {
        category = i;
      } else if (k == Kind.STAMP && title - i <= DATE_DISTANCE) {
        headerStamp = i; // a CLOCK above the title is the site's clock: never the date
      }
    }
    int leadStamp = -1;
    int leadClock = -1;
    int leadName = -1;
    boolean seenParagraph = false;
    List<Integer> content = new ArrayList<>();
    scan:
    for (int i = title + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      switch (l.kind()) {
        case STAMP, CLOCK -> {
          if (seenParagraph) {
            break scan; // a teaser list of other stories starts here
          }
          if (i - title <= DATE_DISTANCE) {
            if (l.kind() == Kind.STAMP && leadStamp < 0) {
              leadStamp = i;
            } else if (l.kind() == Kind.CLOCK && leadClock < 0) {
              leadClock = i;
            }
          }
        }
        case NAV -> {
          if (seenParagraph) {
            break scan; // footer navigation: nothing after it belongs to the article
          }
        }
        case CAPS -> {
          if (seenParagraph && nextIsStamp(lines, i)) {
            break scan; // a teaser's category line above its timestamp
          }
          if (seenParagraph) {
            content.add(i); // a subheading in capitals
          }
        }
        case URL, NOISE -> {}
        case TEXT -> {
          if (!seenParagraph && leadName < 0 && roles.isByline(l.text())) {
            leadName = i; // a byline under the title, before the text
          } else {
            content.add(i);
            seenParagraph |= roles.isParagraph(l.text());
          }
        }
      }
    }
    int date = pickDate(title, headerStamp, leadStamp, leadClock, lines);
    int byline = findByline(lines, roles, content);
    if (byline >= 0) {
      content = content.subList(0, content.indexOf(byline));
    } else {
      byline = leadName;
    }
    return new PageLayout(title, category, date, byline, List.copyOf(content));
  }

  /**
   * The title: a long line without a closing full stop above the first real paragraph. When a
   * standalone timestamp sits next to such lines, the longest of its neighbours wins, so a site's
   * tagline higher up is not taken; otherwise the first one.
   */
  private static int findTitle(List<Line> lines, LineRoles roles) {
    int limit = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.TEXT && isRealParagraph(l.text())) {
        limit = i;
        break;
      }
    }
    int first = -1;
    for (int i = 0; i < limit; i++) {
      if (isTitleShaped(lines.get(i), roles)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      for (int i = limit; i < lines.size(); i++) {
        if (isTitleShaped(lines.get(i), roles)) {
          return i;
        }
      }
      return -1;
    }
    for (int s = first; s < limit; s++) {
      if (lines.get(s).kind() != Kind.STAMP) {
        continue;
      }
      int before = neighbour(lines, s, -1, roles);
      int after = neighbour(lines, s, +1, roles);
      if (before >= 0 || after >= 0) {
        if (before < 0 || after < 0) {
          return Math.max(before, after);
        }
        int wb = TextShapes.words(lines.get(before).text());
        int wa = TextShapes.words(lines.get(after).text());
        return wa > wb ? after : before;
      }
    }
    return first;
  }

  /** The title-shaped line next to line {@code s}, skipping noise, navigation and capitals. */
  private static int neighbour(List<Line> lines, int s, int step, LineRoles roles) {
    for (int i = s + step, skipped = 0; i >= 0 && i < lines.size() && skipped <= 1; i += step) {
      Line l = lines.get(i);
      if (l.kind() == Kind.TEXT) {
        return isTitleShaped(l, roles) ? i : -1;
      }
      if (l.kind() == Kind.STAMP || l.kind() == Kind.CLOCK || l.kind() == Kind.URL) {
        return -1;
      }
      skipped++;
    }
    return -1;
  }

  /** A paragraph of running text: a sentence end and at least a dozen words. */
  private static boolean isRealParagraph(String t) {
    return TextShapes.endsWithStop(t) && TextShapes.words(t) >= 12;
  }

  private static boolean isTitleShaped(Line l, LineRoles roles) {
    String t = l.text();
    return l.kind() == Kind.TEXT
        && t.length() >= TITLE_MIN_CHARS
        && t.length() <= TITLE_MAX_CHARS
        && TextShapes.words(t) >= TITLE_MIN_WORDS
        && !TextShapes.endsWithStop(t)
        && !TextShapes.endsWithColon(t)
        && !TextShapes.isListItem(t)
        && !roles.isByline(t)
        && !roles.opensCaption(t);
  }

  /**
   * The timestamp nearest the title; on a tie the one with a time of day, then the one below the
   * title. A clock-marked line below the title ("Cập nhật: ...") only when there is nothing else.
   */
  private static int pickDate(int title, int header, int lead, int leadClock, List<Line> lines) {
    if (header < 0 && lead < 0) {
      return leadClock;
    }
    if (header < 0) {
      return lead;
    }
    if (lead < 0) {
      return header;
    }
    int dh = title - header;
    int dl = lead - title;
    if (dh != dl) {
      return dh < dl ? header : lead;
    }
    boolean headerTimed = lines.get(header).stamp().hasTime();
    boolean leadTimed = lines.get(lead).stamp().hasTime();
    return headerTimed && !leadTimed ? header : lead;
  }

  /**
   * The last name-shaped line after the first paragraph that is followed by at most a teaser's
   * worth of text lines; everything from it on is dropped from the article.
   */
  private static int findByline(List<Line> lines, LineRoles roles, List<Integer> content) {
    boolean paragraph = false;
    int found = -1;
    for (int k = 0; k < content.size(); k++) {
      String t = lines.get(content.get(k)).text();
      if (paragraph && roles.isByline(t) && content.size() - 1 - k <= TEASER_LINES) {
        found = content.get(k);
        break;
      }
      paragraph |= roles.isParagraph(t);
    }
    return found;
  }

  private static boolean nextIsStamp(List<Line> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    Kind k = lines.get(i + 1).kind();
    return k == Kind.STAMP || k == Kind.CLOCK;
  }
}
