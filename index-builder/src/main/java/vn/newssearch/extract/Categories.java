package vn.newssearch.extract;

import java.util.List;
import java.util.Map;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The category printed above the title: the nearest line in capitals or breadcrumb among the few
 * lines above it (date lines skipped), else a section label right above it ("Xã hội", "Lao động -
 * Việc làm"). A site's name ("VOV.VN", "Tuổi Trẻ Online", "Báo Lao Động") is never one, nor is the
 * masthead above the site's menu when a section label sits under the menu.
 */
final class Categories {
  private Categories() {}

  /** How many lines above the title (dates and noise not counted) are looked at. */
  private static final int LOOK_UP = 3;

  /** How many lines above a capitals line a one-item-a-line menu is looked for. */
  private static final int MENU_ITEMS = 12;

  private static final int LABEL_MAX_CHARS = 40;
  private static final int LABEL_MAX_WORDS = 6;

  static int above(List<Line> lines, int title, LineRoles roles, Map<String, String> rules) {
    int first = -1;
    int others = 0;
    String host = null;
    scan:
    for (int i = title - 1; i >= 0 && others < LOOK_UP; i--) {
      Line l = lines.get(i);
      if (MenuShapes.crumbsBefore(l.text(), lines.get(title).text()) != null) {
        rules.put("category", "category: the item before the title in a trail that ends with it");
        return i;
      }
      if (l.text().equals(lines.get(title).text())) {
        continue; // a trail that ends with the title: the section is the item over its copy
      }
      if (i < PageLines.BANNER_LINES && PageLines.isToolbar(l.text())) {
        continue; // "My List Archive Tag Share": a reader's toolbar over the page, no section
      }
      switch (l.kind()) {
        case STAMP -> {
          if (Timestamps.isIssueLine(l.text())) {
            break scan; // "Số 475 | Thứ Sáu, 02/10/2020": above it the publication's name
          }
          continue;
        }
        case NOISE, URL, CLOCK -> {
          continue;
        }
        case TEXT -> {
          if (roles.isByline(l.text())) {
            continue; // the author's name between the section and the title
          }
          if (first < 0 && isSectionLabel(l, roles)) {
            host = host == null ? host(lines) : host;
            if (isSiteName(l.text(), host)) {
              continue; // the paper's name over the title ("Dân trí"): the section is above it
            }
          }
        }
        case CAPS -> {
          if (isMasthead(l.text())) {
            break
                scan; // "BÁO ĐẤU THẦU": the publication's name, the page's header over the section
          }
          if (namedInMenuAbove(lines, i, first, roles)) {
            break scan; // "… Quốc tế / Thể thao / HBTV" over "Quốc tế": the menu's last item
          }
          if (first < 0 && i > 0 && namedInMenuAbove(lines, i - 1, i - 1, roles)) {
            rules.put("category", "category: the section label over the story's kind in capitals");
            return i - 1; // "… / Quốc tế" then "Quốc tế" over "TƯỜNG THUẬT TRỰC TIẾP"
          }
          if (l.text().indexOf('.') < 0) {
            rules.put("category", "category: the nearest capitals line above the title");
            return i;
          }
        }
        case CRUMB -> {
          if (listsBeforeItsEnd(MenuShapes.crumbs(l.text()), lines, first, roles)) {
            break scan; // the site's menu, which names the section label under it among others
          }
          rules.put("category", "category: the last crumb of the breadcrumb above the title");
          return i;
        }
        case NAV -> {
          if (MenuShapes.barCrumbs(l.text()) != null
              && listsBeforeItsEnd(MenuShapes.barCrumbs(l.text()), lines, first, roles)) {
            break scan;
          }
          if (MenuShapes.barCrumbs(l.text()) != null) {
            rules.put("category", "category: the last crumb of the breadcrumb above the title");
            return i;
          }
          if (first >= 0) {
            break scan; // the site's menu over a section label: above it is the masthead ("ZNEWS")
          }
        }
        default -> {}
      }
      first = first < 0 ? i : first;
      others++;
    }
    if (first >= 0
        && isSectionLabel(lines.get(first), roles)
        && !isSiteName(lines.get(first).text(), host == null ? host(lines) : host)) {
      rules.put(
          "category",
          MenuShapes.trailSubsection(lines.get(first).text()) == null
              ? "category: the section label right above the title"
              : isNamedWhole(lines, first)
                  ? "category: the section label right above the title, a menu item whole"
                  : "category: the subsection of a trail right above the title");
      return first;
    }
    if (first >= 0
        && (lines.get(first).kind() == Kind.NAV
            || lines.get(first).text().contains(" | ")) // "Xã hội | Lao động - Việc làm"
        && MenuShapes.trailSubsection(lines.get(first).text()) != null) {
      rules.put("category", "category: the subsection of a trail right above the title");
      return first;
    }
    return -1;
  }

  /**
   * Whether the section label at {@code first} (right above the title, or right above the capitals
   * line over it: a live report's "Quốc tế" over "TƯỜNG THUẬT TRỰC TIẾP", the story's kind, where
   * the menu one item a line over them names the section again) is printed again among the lines
   * just above the capitals line at {@code caps}: the site's menu, one item a line, whose last item
   * is in capitals ({@code Thời sự · … · Quốc tế · Thể thao · HBTV} over {@code Quốc tế}); the
   * capitals line is a menu item, not the section.
   */
  private static boolean namedInMenuAbove(List<Line> lines, int caps, int first, LineRoles roles) {
    if (first < 0 || !isSectionLabel(lines.get(first), roles)) {
      return false;
    }
    String label = VietnameseAnalysis.foldKey(lines.get(first).text());
    for (int j = caps - 1; j >= 0 && j >= caps - MENU_ITEMS; j--) {
      if (VietnameseAnalysis.foldKey(lines.get(j).text()).equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row of crumbs names the section label at {@code first} (right above the title) as an
   * item before its last: a menu of sections ({@code Trang chủ · Khoa học · Đời sống · … · Công
   * nghệ} over {@code Khoa học}), not a trail, whose last item is the page's own section.
   */
  private static boolean listsBeforeItsEnd(
      List<String> items, List<Line> lines, int first, LineRoles roles) {
    if (items == null || first < 0 || !isSectionLabel(lines.get(first), roles)) {
      return false;
    }
    String label = VietnameseAnalysis.foldKey(lines.get(first).text());
    for (int k = 0; k < items.size() - 1; k++) {
      if (VietnameseAnalysis.foldKey(items.get(k)).equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A section label printed right above or below the date line under the title ("Xã hội" then
   * "17/10/2019 21:50"), outside the article's text; or -1.
   */
  static int besideDate(List<Line> lines, int date, LineRoles roles, List<Integer> content) {
    for (int i : new int[] {date - 1, date + 1}) {
      if (i >= 0
          && i < lines.size()
          && lines.get(i).kind() == Kind.TEXT
          && !content.contains(i)
          && isSectionLabel(lines.get(i), roles)
          && !isSiteName(lines.get(i).text(), host(lines))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the date line names the section beside the date ("Xã hội | 17/10/2019 21:50"): its
   * words besides date and time are a section label, not a name (a name there is the author).
   */
  static boolean onDateLine(List<Line> lines, int date, LineRoles roles) {
    if (Timestamps.isIssueLine(lines.get(date).text())) {
      return false; // "Báo in Kon Tum - Số 6130 - …": the publication's name, not a section
    }
    String words = dateLineLabel(lines.get(date).text());
    return words != null && isLabel(words, roles) && !isSiteName(words, host(lines));
  }

  /** The first part of a date line that is not a name: "Xã hội" in "Hoàng Anh | Xã hội | …". */
  private static String dateLineLabel(String line) {
    for (String part : DateLines.parts(line)) {
      if (!Bylines.isByline(part)) {
        return part;
      }
    }
    return null;
  }

  private static String host(List<Line> lines) {
    for (Line l : lines) {
      if (l.kind() == Kind.URL) {
        return PageExtractor.host(TextShapes.namedUrl(l.text()));
      }
    }
    return null;
  }

  /**
   * The category's text as line {@code i} gives it; a label shaped like section and subsection in a
   * row ("Hoạt động Công đoàn") is one section's name when the page prints it whole on a line of
   * its own elsewhere too, as an item of the site's menu: a trail's two links are never one item.
   */
  static String text(List<Line> lines, int i) {
    Line l = lines.get(i);
    for (int j = i + 1; j < lines.size() && j <= i + LOOK_UP; j++) {
      List<String> trail = MenuShapes.crumbsBefore(l.text(), lines.get(j).text());
      if (trail != null) {
        return trail.get(trail.size() - 1); // "… » Hoạt động sinh viên » <title>"
      }
    }
    if ((l.kind() == Kind.TEXT || l.kind() == Kind.NAV || l.kind() == Kind.FURNITURE)
        && isNamedWhole(lines, i)) {
      return l.text();
    }
    return text(l);
  }

  /**
   * Whether another line of the page is the same text (after a menu item's bullet: "» Hoạt động
   * Công đoàn"), when line {@code i} reads as a trail.
   */
  static boolean isNamedWhole(List<Line> lines, int i) {
    String t = lines.get(i).text();
    if (t.indexOf(" | ") >= 0 || MenuShapes.trailSubsection(t) == null) {
      return false;
    }
    for (int j = 0; j < lines.size(); j++) {
      String other = lines.get(j).text();
      if (j != i && other.endsWith(t) && isBullet(other, other.length() - t.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} holds only a bullet before {@code end}: nothing, or marks and spaces. */
  private static boolean isBullet(String s, int end) {
    for (int k = 0; k < end; k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return false;
      }
    }
    return end == 0 || s.charAt(end - 1) == ' ';
  }

  /** The category's text as the page's line gives it. */
  static String text(Line l) {
    return switch (l.kind()) {
      case CAPS -> {
        List<String> crumbs = MenuShapes.crumbs(l.text()); // "TRANG CHỦ > XÃ HỘI"
        yield TextShapes.sentenceCase(crumbs == null ? l.text() : crumbs.get(crumbs.size() - 1));
      }
      case CRUMB -> {
        List<String> crumbs = MenuShapes.crumbs(l.text());
        yield crumbs.get(crumbs.size() - 1);
      }
      case NAV -> {
        List<String> crumbs = MenuShapes.barCrumbs(l.text());
        String sub = crumbs == null ? MenuShapes.trailSubsection(l.text()) : null;
        yield crumbs != null ? crumbs.get(crumbs.size() - 1) : sub != null ? sub : l.text();
      }
      case STAMP, CLOCK -> dateLineLabel(l.text());
      default -> {
        String t = withoutBackArrow(l.text());
        String sub = MenuShapes.trailSubsection(t); // "Giáo dục Tuyển sinh"
        yield sub != null ? sub : afterLabel(t);
      }
    };
  }

  /**
   * A row that labels the category ("Danh mục: Sức khỏe cộng đồng", "Chuyên mục: Xã hội"), as a
   * CMS's article-info prints it between the title and the date: a field, never the headline.
   */
  private static final java.util.regex.Pattern CATEGORY_ROW =
      java.util.regex.Pattern.compile(
          "^(?:Danh mục|Chuyên mục|DANH MỤC|CHUYÊN MỤC) ?: ?\\S.{0,60}$");

  /**
   * A publication's name in capitals, the masthead ("BÁO ĐẤU THẦU", "TẠP CHÍ CỘNG SẢN", "CỔNG THÔNG
   * TIN ĐIỆN TỬ"): its head noun names a paper, a magazine or a portal, never a section ("BÁO CHÍ",
   * the press, is one).
   */
  private static final java.util.regex.Pattern MASTHEAD =
      java.util.regex.Pattern.compile(
          "^(?:BÁO (?!CHÍ(?!\\p{L}))|TẠP CHÍ |CỔNG THÔNG TIN |TRANG THÔNG TIN )\\S.*");

  static boolean isMasthead(String t) {
    return MASTHEAD.matcher(t).matches();
  }

  /**
   * A row labelled as the category anywhere under the title ("Chuyên mục: An toàn lao động" with
   * "Thẻ: …" after a WordPress post): the CMS names the section in words; or -1.
   */
  static int rowBelow(List<Line> lines, int title) {
    for (int i = title + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.TEXT && isCategoryRow(l.text())) {
        return i;
      }
    }
    return -1;
  }

  static boolean isCategoryRow(String t) {
    return CATEGORY_ROW.matcher(t).matches();
  }

  /** "Chuyên mục: Xã hội" → "Xã hội": the value after a short label. */
  private static String afterLabel(String t) {
    int colon = t.indexOf(": ");
    return colon > 0 && TextShapes.words(t.substring(0, colon)) <= 2
        ? PageLines.trim(t.substring(colon + 2))
        : t;
  }

  /**
   * Whether a section label names the site itself: a brand written with an inner capital
   * ("VnExpress", "VietNamNet"), or the page's own host folded ("Dân trí" on dantri.com.vn, "Báo
   * Lao Động" on laodong.vn).
   */
  static boolean isSiteName(String label, String host) {
    for (int i = 1; i < label.length(); i++) {
      if (Character.isUpperCase(label.charAt(i)) && Character.isLetter(label.charAt(i - 1))) {
        return true;
      }
    }
    if (host == null) {
      return false;
    }
    String name = host.startsWith("www.") ? host.substring(4) : host;
    int dot = name.indexOf('.');
    name = dot > 0 ? name.substring(0, dot) : name;
    String folded = VietnameseAnalysis.foldKey(label).replace(" ", "");
    // "Lao động - Việc làm" on laodong.vn is a section and subsection, not the paper's name
    boolean pair = label.contains(" - ") || label.contains(" – ");
    return name.length() >= 3 && (!pair && folded.contains(name) || name.contains(folded));
  }

  static boolean isSectionLabel(Line l, LineRoles roles) {
    Kind k = l.kind();
    return (k == Kind.TEXT || k == Kind.NAV || k == Kind.FURNITURE) && isLabel(l.text(), roles);
  }

  /**
   * A mobile page's back link to the section, "‹ Quốc tế" ("‹", "<", "←", "«" and a space before
   * the name): the section's name without the arrow.
   */
  private static final java.util.regex.Pattern BACK_ARROW =
      java.util.regex.Pattern.compile("^[‹<←«❮] ?(?=\\p{Lu})");

  static String withoutBackArrow(String t) {
    return BACK_ARROW.matcher(t).replaceFirst("");
  }

  private static boolean isLabel(String t, LineRoles roles) {
    t = withoutBackArrow(t);
    if (isCategoryRow(t)) {
      t = afterLabel(t); // "Chuyên mục: Giáo dục - Đào tạo": the row's label is not the section's
    }
    if (t.length() > LABEL_MAX_CHARS
        || TextShapes.words(t) > LABEL_MAX_WORDS
        || TextShapes.endsSentence(t)
        || TextShapes.endsWithColon(t)
        || t.indexOf('|') >= 0
        || t.indexOf('.') >= 0
        || roles.isByline(t)
        || roles.isNavigationPhrase(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return Character.isUpperCase(t.charAt(0));
  }
}
