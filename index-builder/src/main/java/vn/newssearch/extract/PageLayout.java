package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * @param rules the rule that chose each field ("title", "published", "category", "author")
 */
record PageLayout(
    int title,
    int category,
    int date,
    int byline,
    List<Integer> content,
    Map<String, String> rules) {
  /** A timestamp this many lines from the title, at most, dates the article. */
  static final int DATE_DISTANCE = 3;

  /** A byline is followed by at most this many text lines (a teaser) before the footer. */
  static final int TEASER_LINES = 3;

  /** The layout, or null when the page has no title line. */
  static PageLayout of(List<Line> lines, LineRoles roles) {
    int title = TitleLine.find(lines, roles);
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
          boolean near = i - title <= DATE_DISTANCE;
          if (seenParagraph && !(near && headerStamp < 0 && leadStamp < 0)) {
            break scan; // a teaser list of other stories starts here
          }
          if (near) { // the date line, possibly under a one-paragraph sapo
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
          } else if (category < 0) {
            category = i; // a category printed under the title
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
    Map<String, String> rules = new HashMap<>();
    rules.put("title", TitleLine.rule(lines, title));
    rules.put(
        "published",
        date == leadClock
            ? "published: a clock line under the title, nothing else dates the page"
            : "published: the timestamp line nearest the title");
    rules.put(
        "category",
        category < title
            ? "category: the nearest capitals line above the title"
            : "category: a capitals line under the title");
    rules.put(
        "author",
        byline == leadName
            ? "author: a name-shaped line under the title"
            : "author: the name-shaped line after the text, before a teaser or the footer");
    return new PageLayout(title, category, date, byline, List.copyOf(content), Map.copyOf(rules));
  }

  /** The rule that chose {@code field}, for {@code parse --explain}. */
  String rule(String field) {
    return rules.getOrDefault(field, field + ": not found");
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
   * The first name-shaped line after a paragraph that only a teaser's worth of text lines follow
   * (at most {@link #TEASER_LINES}); everything from it on is dropped from the article. Earlier
   * name-shaped lines (a person in a caption) are left in place.
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
