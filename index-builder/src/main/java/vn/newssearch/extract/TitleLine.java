package vn.newssearch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/** Finds the title among a page's lines, by shape and by its place next to the date line. */
final class TitleLine {
  private static final int TITLE_MIN_WORDS = 4;
  private static final int TITLE_MIN_CHARS = 20;
  private static final int TITLE_MAX_CHARS = 300;

  /** How far below the document title the page's heading may be (menus between). */
  private static final int MAX_SUFFIX_GAP = 40;

  /** A real paragraph ends a sentence and has at least this many words. */
  private static final int PARAGRAPH_MIN_WORDS = 12;

  private TitleLine() {}

  /**
   * The title: a long line without a closing full stop above the first real paragraph. When a
   * standalone timestamp sits next to such lines, the longest of its neighbours wins, so a site's
   * tagline higher up is not taken; otherwise the first one.
   */
  static int find(List<Line> lines, LineRoles roles) {
    int title = findFirst(lines, roles);
    return title < 0 ? title : withoutSiteSuffix(lines, title, roles);
  }

  /**
   * A scraper that saves the document title first gives "Headline - Báo Lao Động" above the page's
   * own heading "Headline": the heading, which the first line starts with, is the title.
   */
  private static int withoutSiteSuffix(List<Line> lines, int title, LineRoles roles) {
    String t = lines.get(title).text();
    for (int j = title + 1; j < lines.size() && j <= title + MAX_SUFFIX_GAP; j++) {
      Line l = lines.get(j);
      String h = l.text();
      if (l.kind() == Kind.TEXT
          && h.length() < t.length()
          && t.startsWith(h)
          && !Character.isLetterOrDigit(t.charAt(h.length()))
          && isTitleShaped(l, roles)) {
        return j;
      }
    }
    return title;
  }

  /**
   * The title line without a newspaper's name after its last dash or bar: a clipper, a reader or a
   * saved page gives the document title as the note's heading, and the page under it has no heading
   * of its own to prefer (see {@link #withoutSiteSuffix}) ("Tiếc cho loạt "sao" tỏa sáng "ngắn hạn"
   * - Báo Hậu Giang", an Evernote clip). The name is a paper's or a magazine's ("Báo …", "Tạp chí
   * …") of a few words; no headline in the corpora ends so.
   */
  static String withoutPaperName(String title) {
    Matcher m = PAPER_NAME_TAIL.matcher(title);
    if (!m.find() || TextShapes.words(m.group(1)) > PAPER_NAME_WORDS) {
      return title;
    }
    String head = title.substring(0, m.start()).strip();
    return TextShapes.words(head) >= HEAD_MIN_WORDS ? head : title;
  }

  /** Words a paper's name has at most, "Báo" or "Tạp chí" included. */
  private static final int PAPER_NAME_WORDS = 7;

  /** Words the heading must keep without the paper's name to still be a headline. */
  private static final int HEAD_MIN_WORDS = 4;

  /**
   * " - Báo Hậu Giang", " | Tạp chí Lao động và Công đoàn": the line's last part, a name whose next
   * word has a capital (not "- Báo cáo tháng 5", a report, nor "- Báo động đỏ").
   */
  private static final Pattern PAPER_NAME_TAIL =
      Pattern.compile(" [-|–—] ((?:Báo|BÁO|Tạp chí|TẠP CHÍ) \\p{Lu}[^-|–—]{0,39})$");

  private static int findFirst(List<Line> lines, LineRoles roles) {
    int limit = lines.size();
    boolean headed = false; // a title-shaped line seen above
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.TEXT && isRealParagraph(l.text())) {
        if (!headed && isNotice(lines, i, roles)) {
          continue; // a cookie or app notice over the page, its buttons under it
        }
        limit = i;
        break;
      }
      headed |= isTitleShaped(l, roles);
    }
    int repeated = repeatedHeading(lines, limit, roles);
    if (repeated >= 0) {
      return repeated;
    }
    int first = -1;
    for (int i = 0; i < limit; i++) {
      if (isTitleShaped(lines.get(i), roles)
          && !ShortLines.inRun(lines, i, roles)
          && !ShortLines.followedByMenu(lines, i, roles)) {
        first = i;
        break;
      }
    }
    if (first >= 0 && isKickerOver(lines, first, limit, roles)) {
      first++; // "Giáo dục nghề nghiệp" over "Để trường nghề hấp dẫn học sinh"
    }
    if (first < 0) {
      int trailed = betweenTrailAndDate(lines, limit);
      if (trailed >= 0) {
        return trailed;
      }
      int dated = nextToLastStamp(lines, limit, roles);
      if (dated >= 0) {
        return dated;
      }
      return isStopClosedHeading(lines, limit, roles) ? limit : fallbackTitle(lines, limit, roles);
    }
    // A page dated only by an update line ("Cập nhật: …") has its headline next to that line.
    for (Kind dated : new Kind[] {Kind.STAMP, Kind.CLOCK}) {
      for (int s = first; s < limit; s++) {
        if (lines.get(s).kind() != dated) {
          continue;
        }
        int before = neighbour(lines, s, -1, roles);
        int after = neighbour(lines, s, +1, roles);
        if (before >= 0 || after >= 0) {
          if (before < 0 || after < 0) {
            return Math.max(before, after);
          }
          if (SiteTag.end(lines.get(after).text()) >= 0) {
            return before; // "(TN&MT) - Tại ngày hội, … ?": the outlet's tag opens the sapo
          }
          int wb = TextShapes.words(lines.get(before).text());
          int wa = TextShapes.words(lines.get(after).text());
          // a line under the date longer than any headline is the sapo, even when it asks, and so
          // is one of two sentences ("… đến nơi đến chốn. Liệu lần này lương nhà giáo sẽ tăng?")
          // under a headline that exclaims ("Tăng lương nhà giáo, câu chuyện nhiều tập!")
          return wa > wb
                  && wa <= STOP_HEADING_MAX_WORDS
                  && TextShapes.sentences(lines.get(after).text()) == 1
              ? after
              : before;
        }
      }
    }
    // A title-shaped line right over it is the headline, and the one-sentence line its sapo.
    return first < limit - 1 && isStopClosedHeading(lines, limit, roles) ? limit : first;
  }

  /**
   * A trail that ends with the title, printed one item a line, puts the headline twice in a row:
   * the trail's last item, then the page's heading ("Trang chủ" / "Tin tức" / "Sức khỏe cộng đồng"
   * / "Những phụ nữ nào …" over "Những phụ nữ nào …", a CMS's article page). The second copy, the
   * heading, is the title; the trail item over it is what {@link Categories} reads.
   */
  private static int repeatedHeading(List<Line> lines, int limit, LineRoles roles) {
    for (int i = 1; i < limit; i++) {
      Line l = lines.get(i);
      if (isTitleShaped(l, roles)
          && lines.get(i - 1).kind() == Kind.TEXT
          && (lines.get(i - 1).text().equals(l.text())
              || endsTrail(lines.get(i - 1).text(), l.text()))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A trail printed in one row that ends with the title ("Bạn đang ở: Trang chủ / Tin tức - Sự kiện
   * / Tuyển sinh - Đào tạo / Giáo dục nghề nghiệp mở: …" over "Giáo dục nghề nghiệp mở: …",
   * Joomla's and other CMSs' "you are here" row): the row ends with the heading under it, after at
   * least two crumbs ({@link MenuShapes#crumbsBefore}, the trail the category is read from).
   */
  static boolean endsTrail(String row, String heading) {
    return MenuShapes.crumbsBefore(row, heading) != null;
  }

  /** A kicker, the section's label printed over the headline: at most this many words. */
  private static final int KICKER_MAX_WORDS = 4;

  private static final int KICKER_MAX_CHARS = 30;

  /**
   * A section's label printed as a kicker right over the headline ("Giáo dục nghề nghiệp" over "Để
   * trường nghề hấp dẫn học sinh": an Instant View's, an app's or a CMS's header, the label as long
   * as a short headline): a line of a few words, letters only, right over a longer title-shaped
   * line that the first paragraph follows. The longer line is the headline; the label is what
   * {@link Categories} reads.
   */
  private static boolean isKickerOver(List<Line> lines, int i, int limit, LineRoles roles) {
    int next = i + 1;
    if (next >= limit || next + 1 != limit) {
      return false;
    }
    String k = lines.get(i).text();
    String h = lines.get(next).text();
    return k.length() <= KICKER_MAX_CHARS
        && TextShapes.words(k) <= KICKER_MAX_WORDS
        && KICKER.matcher(k).matches()
        && isTitleShaped(lines.get(next), roles)
        && TextShapes.words(h) > TextShapes.words(k);
  }

  /** Letters and spaces, the first a capital: a label, not a headline with figures or quotes. */
  private static final java.util.regex.Pattern KICKER =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L} ]+");

  /** A headline closed by a full stop is one sentence of at most this many words. */
  private static final int STOP_HEADING_MAX_WORDS = 30;

  /**
   * Some sites (and the corpus they feed) close a headline with a full stop, so the headline reads
   * as the first real paragraph and a menu or site name above it looked like the title. A first
   * "paragraph" that is a single sentence of at most {@link #STOP_HEADING_MAX_WORDS} words, with
   * the date line right under it (an author's name may sit between), is the page's heading: a sapo
   * or a first paragraph sits under the date line, not over it.
   */
  private static boolean isStopClosedHeading(List<Line> lines, int limit, LineRoles roles) {
    if (limit >= lines.size()) {
      return false;
    }
    String t = lines.get(limit).text();
    if (t.length() > TITLE_MAX_CHARS
        || TextShapes.words(t) > STOP_HEADING_MAX_WORDS
        || TextShapes.sentences(t) != 1
        || roles.opensCaption(t)) {
      return false;
    }
    int next = limit + 1;
    if (next < lines.size()
        && lines.get(next).kind() == Kind.TEXT
        && roles.isByline(lines.get(next).text())) {
      next++;
    }
    return next < lines.size() && lines.get(next).kind() == Kind.STAMP;
  }

  /**
   * A headline of capitalised names ("Cộng đồng người Việt ở Nam Phi vui Tết Trung thu") has the
   * shape of a row of section names, but a site prints its menu above the breadcrumb, never between
   * the breadcrumb and the date line: such a line there, title-shaped but for its kind, is the
   * headline.
   */
  private static int betweenTrailAndDate(List<Line> lines, int limit) {
    for (int s = 2; s < Math.min(limit + 1, lines.size()); s++) {
      Line l = lines.get(s - 1);
      if (lines.get(s).kind() == Kind.STAMP
          && lines.get(s - 2).kind() == Kind.CRUMB
          && l.kind() == Kind.NAV
          && MenuShapes.isSectionRun(l.text())
          && hasTitleShape(l.text())) {
        return s - 1;
      }
    }
    return -1;
  }

  private static boolean hasTitleShape(String t) {
    return t.length() >= TITLE_MIN_CHARS
        && t.length() <= TITLE_MAX_CHARS
        && TextShapes.words(t) >= TITLE_MIN_WORDS
        && !TextShapes.endsWithStop(t);
  }

  /**
   * Every title-shaped line sat among short links (a one-link-a-line menu above the title, a share
   * bar under it): the title-shaped neighbour of the last timestamp above the text, which is the
   * article's date line rather than the header's clock.
   */
  private static int nextToLastStamp(List<Line> lines, int limit, LineRoles roles) {
    for (int s = Math.min(limit, lines.size()) - 1; s >= 0; s--) {
      if (lines.get(s).kind() != Kind.STAMP) {
        continue;
      }
      int before = neighbour(lines, s, -1, roles);
      int after = neighbour(lines, s, +1, roles);
      if (before >= 0 || after >= 0) {
        return before >= 0 ? before : after;
      }
    }
    return -1;
  }

  /**
   * When no line above the text has a title's shape (a site that ends titles with a full stop, a
   * plain text dump): the text line next to a standalone timestamp, else the page's first text
   * line, if it is short enough and more text follows. Never a line further down, which would drop
   * the text above it.
   */
  private static int fallbackTitle(List<Line> lines, int limit, LineRoles roles) {
    int firstText = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.STAMP && i <= limit) {
        for (int step : new int[] {-1, +1}) {
          int j = i + step;
          if (j >= 0 && j < lines.size() && isFallbackTitle(lines.get(j), roles)) {
            return j;
          }
        }
      }
      if (firstText < 0 && l.kind() == Kind.TEXT) {
        firstText = i;
      }
    }
    if (firstText < 0 || !isFallbackTitle(lines.get(firstText), roles)) {
      return -1;
    }
    for (int i = firstText + 1; i < lines.size(); i++) {
      if (lines.get(i).kind() == Kind.TEXT) {
        return firstText;
      }
    }
    return -1;
  }

  private static boolean isFallbackTitle(Line l, LineRoles roles) {
    return l.kind() == Kind.TEXT
        && l.text().length() <= TITLE_MAX_CHARS
        && TextShapes.words(l.text()) >= 2
        && !roles.isByline(l.text());
  }

  /** Which rule {@link #find} used for the title at {@code title}, for {@code parse --explain}. */
  static String rule(List<Line> lines, int title) {
    for (int step : new int[] {-1, +1}) {
      int j = title + step;
      if (j >= 0 && j < lines.size() && lines.get(j).kind() == Kind.STAMP) {
        return "title: the heading next to the date line";
      }
    }
    return "title: the first heading-shaped line above the first paragraph";
  }

  /** Share-bar buttons ("Facebook", "Zalo", "In bài") between a title and its date, at most. */
  private static final int SHARE_BAR = 4;

  /**
   * The title-shaped line next to line {@code s}, skipping noise, navigation and capitals, an
   * author's name and a share bar.
   */
  private static int neighbour(List<Line> lines, int s, int step, LineRoles roles) {
    int links = 0;
    for (int i = s + step, skipped = 0; i >= 0 && i < lines.size() && skipped <= 1; i += step) {
      Line l = lines.get(i);
      if (l.kind() == Kind.TEXT && roles.isByline(l.text()) && skipped == 0) {
        skipped++; // the author's name between the title and the date
        continue;
      }
      if (ShortLines.isLink(l, roles) && links < SHARE_BAR) {
        links++; // a share bar's buttons
        continue;
      }
      if (l.kind() == Kind.TEXT) {
        if (!isTitleShaped(l, roles)) {
          return -1;
        }
        return step < 0 && skipped == 0 && isAffiliation(lines, i, roles) ? i - 2 : i;
      }
      if (l.kind() == Kind.STAMP || l.kind() == Kind.CLOCK || l.kind() == Kind.URL) {
        return -1;
      }
      skipped++;
    }
    return -1;
  }

  /**
   * A magazine or a research page prints the writer's institution on a line of its own under the
   * byline, right over the date line: "Nhiều sai phạm …" / "PGS, TS. Vũ Thanh Hà" / "Trường Đại học
   * Kinh tế quốc dân" / "Ngày 21-02-2019, 18:38". The title-shaped line at {@code i} is such an
   * affiliation when a byline sits right over it and a title-shaped line over that: the headline is
   * the line over the byline.
   */
  private static boolean isAffiliation(List<Line> lines, int i, LineRoles roles) {
    return i >= 2
        && lines.get(i - 1).kind() == Kind.TEXT
        && roles.isSignedByline(lines.get(i - 1).text())
        && isTitleShaped(lines.get(i - 2), roles);
  }

  /** Buttons under a notice: at least this many short lines. */
  private static final int NOTICE_BUTTONS = 2;

  /**
   * Whether the paragraph at {@code i}, above any headline, is a notice laid over the page (a
   * cookie consent, an app's install prompt) rather than the text: short button lines follow it
   * ("Đồng ý", "Tùy chỉnh") where a sapo or a paragraph is followed by text.
   */
  private static boolean isNotice(List<Line> lines, int i, LineRoles roles) {
    int buttons = 0;
    for (int j = i + 1; j < lines.size() && buttons < NOTICE_BUTTONS; j++) {
      Line l = lines.get(j);
      if (l.kind() == Kind.NOISE) {
        continue;
      }
      if (l.kind() != Kind.TEXT || !ShortLines.isLink(l, roles)) {
        return false;
      }
      buttons++;
    }
    return buttons == NOTICE_BUTTONS;
  }

  /** A paragraph of running text: a sentence end and at least a dozen words. */
  static boolean isRealParagraph(String t) {
    return TextShapes.endsWithStop(t) && TextShapes.words(t) >= PARAGRAPH_MIN_WORDS;
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
        && !roles.opensCaption(t)
        && !Categories.isCategoryRow(t);
  }
}
