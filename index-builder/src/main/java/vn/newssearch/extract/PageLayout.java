package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/**
 * Where the article sits among a page's lines: the title, the date line, the category above the
 * title, the byline, the sapo and the content lines between them. Found by line kinds, shapes and
 * positions relative to the title.
 *
 * @param title index of the title line
 * @param category index of the category line (capitals, breadcrumb or section label), or -1
 * @param date index of the publication timestamp line, or -1
 * @param byline index of the author's byline, or -1
 * @param lead index of the sapo, or -1 when no structure marks one
 * @param content indices of the article's text lines (paragraphs, captions, subheadings), in order
 * @param rules the rule that chose each field ("title", "published", "category", "author", "lead")
 */
record PageLayout(
    int title,
    int category,
    int date,
    int byline,
    int lead,
    List<Integer> content,
    Map<String, String> rules) {
  /** A timestamp this many lines from the title, at most, dates the article. */
  static final int DATE_DISTANCE = 3;

  /** A byline is followed by at most this many text lines (a teaser) before the footer. */
  static final int TEASER_LINES = 3;

  /** Lines after a byline, story titles included, at most. */
  static final int AFTER_BYLINE = 10;

  /** The layout, or null when the page has no title line. */
  static PageLayout of(List<Line> lines, LineRoles roles) {
    int title = TitleLine.find(lines, roles);
    if (title < 0) {
      return null;
    }
    Map<String, String> rules = new HashMap<>();
    rules.put("title", TitleLine.rule(lines, title));
    int category = Categories.above(lines, title, roles, rules);
    int headerStamp = -1;
    for (int i = Math.max(0, title - DATE_DISTANCE); i < title; i++) {
      if (lines.get(i).kind() == Kind.STAMP) {
        headerStamp = i; // a CLOCK above the title ("Cập nhật …") is the site's clock
      }
    }
    ArticleScan scan = ArticleScan.run(lines, roles, title, category < 0, headerStamp < 0);
    int date = pickDate(title, headerStamp, scan.stamp(), scan.clock(), lines);
    if (date < 0) {
      date = updateAbove(lines, title, roles);
    }
    boolean issue = false;
    if (date < 0) {
      date = issueAbove(lines, title);
      issue = date >= 0;
    }
    int name = scan.name();
    if (category < 0 && scan.category() >= 0) {
      if (name < 0 && isNameUnderTitle(lines, roles, scan.category(), date)) {
        name = scan.category(); // the date line names the section: the capitals line is a name
      } else {
        category = scan.category();
        rules.put("category", "category: a capitals or breadcrumb line under the title");
      }
    }
    if (category < 0 && date >= 0 && Categories.onDateLine(lines, date, roles)) {
      category = date;
      rules.put("category", "category: the section named on the date line");
    } else if (category < 0 && date > title) {
      category = Categories.besideDate(lines, date, roles, scan.content());
      if (category >= 0) {
        rules.put("category", "category: the section label beside the date line, under the title");
      }
    }
    if (category < 0) {
      category = Categories.rowBelow(lines, title);
      if (category >= 0) {
        rules.put("category", "category: a row labelled as the category under the title");
      }
    }
    rules.put(
        "published",
        date >= 0 && date == scan.clock()
            ? "published: an update line under the title, nothing else dates the page"
            : date >= 0 && date < title && lines.get(date).kind() == Kind.CLOCK
                ? "published: an update line over the title under the header's date, nothing else"
                    + " dates the page"
                : issue
                    ? "published: the printed issue's line over the title, nothing else dates the"
                        + " page"
                    : "published: the timestamp line nearest the title");
    List<Integer> content = new ArrayList<>(scan.content());
    int underSapo = underSapo(lines, roles, content);
    if (underSapo >= 0) {
      content.remove(Integer.valueOf(underSapo)); // the text goes on after it
    }
    int signed = SignatureBlocks.signer(lines, roles, content);
    int byline = signed >= 0 ? signed : findByline(lines, roles, content);
    if (signed >= 0) {
      content = new ArrayList<>(content.subList(0, SignatureBlocks.start(lines, content, signed)));
    } else if (byline >= 0) {
      content = new ArrayList<>(content.subList(0, labelOver(lines, content, byline)));
    }
    content = new ArrayList<>(Footnotes.withoutNotes(lines, content)); // "(1) Số liệu …"
    int lead = Sapo.find(lines, roles, content, scan.boxAfterFirst(), rules);
    if (lead >= 0) {
      content.remove(Integer.valueOf(lead));
    }
    // "Theo Lao Động" after the text ends it but credits a source: a name above may still be read
    boolean credit = byline >= 0 && roles.author(lines.get(byline).text()) == null;
    int above = nameAbove(lines, roles, title);
    if (underSapo >= 0) {
      byline = underSapo;
      rules.put("author", "author: the byline between the sapo and the text");
    } else if (signed >= 0) {
      rules.put("author", "author: the signer's name under a signed copy's '(Đã ký)'");
    } else if (byline >= 0 && !credit) {
      rules.put("author", "author: the byline after the text, before tags, comments or a teaser");
    } else if (name >= 0) {
      byline = name;
      rules.put("author", "author: a byline between the title and the text");
    } else if (above >= 0) {
      byline = above;
      rules.put("author", "author: a byline above the date line over the title");
    } else if (date >= 0 && DateLines.author(lines.get(date).text()) != null) {
      byline = date; // "Hoàng Anh | 17/10/2019 21:50": the name on the date line
      rules.put("author", "author: the name on the date line");
    }
    return new PageLayout(
        title, category, date, byline, lead, List.copyOf(content), Map.copyOf(rules));
  }

  /**
   * A name in capitals under the title ("HỒNG HẢI") is shaped like a section in capitals ("XÃ
   * HỘI"); when the date line names the section ("… | 21:50 | Sức khỏe"), it is the author.
   */
  private static boolean isNameUnderTitle(List<Line> lines, LineRoles roles, int caps, int date) {
    return date >= 0
        && lines.get(caps).kind() == Kind.CAPS
        && roles.isByline(lines.get(caps).text())
        && Categories.onDateLine(lines, date, roles);
  }

  /**
   * A byline printed over the date line right above the title ("Tùng Nguyên", "17/04/2021 13:43
   * (GMT+7)", title): the author block sits above the headline. Only with the date line between: a
   * line right above the title is more often the section ("Thời Sự" is name-shaped).
   */
  private static int nameAbove(List<Line> lines, LineRoles roles, int title) {
    int i = title - 2;
    if (i < 0 || lines.get(title - 1).kind() != Kind.STAMP) {
      return -1;
    }
    Line l = lines.get(i);
    return l.kind() == Kind.TEXT && roles.isByline(l.text()) && roles.author(l.text()) != null
        ? i
        : -1;
  }

  /**
   * The printed issue's line over the title ("Báo in Kon Tum - Số 6130 - Thứ Năm, 01/10/2020", an
   * e-paper viewer's or a digest's header over its page strip), at any distance, when nothing else
   * dates the page: the article was printed in that issue. The last one above the title; or -1.
   */
  private static int issueAbove(List<Line> lines, int title) {
    for (int i = title - 1; i >= 0; i--) {
      if (lines.get(i).kind() == Kind.STAMP && Timestamps.isIssueLine(lines.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  /** Section and subsection in a row ("Xã hội Lao động - Việc làm"), not the site's whole menu. */
  private static final int TRAIL_MAX_WORDS = 8;

  /**
   * An update line over the title ("Cập nhật: 03/02/2019 | 13:39" under the breadcrumb), when the
   * page's header already printed its own date above it, or when it sits right under the article's
   * section line: then it dates the article, not the visit. Alone at the top of the page such a
   * line is the site's clock. Nearest the title, at most {@link #DATE_DISTANCE} lines up, no menu
   * between; or -1.
   */
  private static int updateAbove(List<Line> lines, int title, LineRoles roles) {
    for (int i = title - 1; i >= 0 && i >= title - DATE_DISTANCE; i--) {
      Kind k = lines.get(i).kind();
      if (k == Kind.NAV) {
        return -1;
      }
      if (k == Kind.CLOCK) {
        if (i > 0 && isSectionLine(lines.get(i - 1), roles)) {
          return i;
        }
        for (int j = 0; j < i; j++) {
          Kind above = lines.get(j).kind();
          if (above == Kind.STAMP || above == Kind.CLOCK) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * A breadcrumb, a section label, or section and subsection in a row. Not a line in capitals: the
   * site's name in capitals sits over the site's clock too.
   */
  private static boolean isSectionLine(Line l, LineRoles roles) {
    return switch (l.kind()) {
      case CRUMB -> true;
      case NAV ->
          TextShapes.words(l.text()) <= TRAIL_MAX_WORDS && MenuShapes.isSectionRun(l.text());
      case TEXT -> Categories.isSectionLabel(l, roles) && !Categories.isSiteName(l.text(), null);
      default -> false;
    };
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
   * The first byline-shaped line after a paragraph that only a teaser's worth of text follows: at
   * most {@link #TEASER_LINES} paragraphs, and at most {@link #AFTER_BYLINE} lines in all (story
   * titles without a heading are no prose); everything from it on is dropped from the article.
   * Earlier name-shaped lines (a person in a caption) are left in place.
   */
  private static int findByline(List<Line> lines, LineRoles roles, List<Integer> content) {
    boolean paragraph = false;
    for (int k = 0; k < content.size(); k++) {
      String t = lines.get(content.get(k)).text();
      if (paragraph && roles.isClosingByline(t) && teaserAfter(lines, roles, content, k)) {
        return content.get(k);
      }
      paragraph |= roles.isParagraph(t);
    }
    return -1;
  }

  /**
   * Where the article ends above a closing byline: at the byline, or at its label when the label
   * stands alone on the line above ("Tác giả" over "Kim Ngân": a field table saved one cell a
   * line).
   */
  private static int labelOver(List<Line> lines, List<Integer> content, int byline) {
    int k = content.indexOf(byline);
    return k > 0 && Bylines.isCreditLabel(lines.get(content.get(k - 1)).text()) ? k - 1 : k;
  }

  /**
   * A byline printed between the sapo and the text: right after the first content line, a
   * paragraph, with at least two paragraphs of running text after it. Found before the closing
   * byline, since the text it opens would otherwise read as a teaser after a byline.
   */
  private static int underSapo(List<Line> lines, LineRoles roles, List<Integer> content) {
    if (content.size() < 4
        || !roles.isParagraph(lines.get(content.get(0)).text())
        || !roles.isClosingByline(lines.get(content.get(1)).text())) {
      return -1;
    }
    int prose = 0;
    for (int k = 2; k < content.size() && prose < 2; k++) {
      if (ArticleScan.isRealParagraph(lines.get(content.get(k)), roles)) {
        prose++;
      }
    }
    return prose >= 2 ? content.get(1) : -1;
  }

  private static boolean teaserAfter(
      List<Line> lines, LineRoles roles, List<Integer> content, int k) {
    int after = content.size() - 1 - k;
    if (after <= TEASER_LINES) {
      return true;
    }
    if (after > AFTER_BYLINE) {
      return false;
    }
    int prose = 0;
    for (int j = k + 1; j < content.size(); j++) {
      if (roles.isParagraph(lines.get(content.get(j)).text())) {
        prose++;
      }
    }
    return prose <= TEASER_LINES;
  }
}
