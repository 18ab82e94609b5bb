package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a page into its non-blank lines, trimmed (U+00A0 and other Unicode spaces included), and
 * gives each line its structural kind. Every later decision works on these kinds, not on a site's
 * exact strings.
 */
final class PageLines {
  private PageLines() {}

  enum Kind {
    /** A line that is a URL, possibly after a short label ("Nguồn: https://..."). */
    URL,
    /** No letter or digit at all (".", "***"). */
    NOISE,
    /** Navigation: a phrase from the data file, or a menu ("Tiếng Việt | English"). */
    NAV,
    /** A standalone timestamp line. */
    STAMP,
    /** A timestamp line with a clock marker ("Cập nhật ... (GMT+7)"). */
    CLOCK,
    /** A short line in capitals: a category ("XÃ HỘI"), a subheading or a byline. */
    CAPS,
    /** A breadcrumb: "Thời sự > Lao động - Việc làm". */
    CRUMB,
    /** A line that repeats across the pages of one site ({@link Furniture}): never body. */
    FURNITURE,
    /** Anything else: title, paragraph, caption, byline. */
    TEXT
  }

  /**
   * One non-blank line: its trimmed text, kind, timestamp for STAMP and CLOCK lines, and its
   * 1-based line number in the page (blank lines counted), for {@code parse --explain}.
   */
  record Line(String text, Kind kind, Timestamps.Stamp stamp, int number) {}

  private static final int MAX_NAV = 80;

  /** A menu of short items between bars may run to a dozen sections and more. */
  private static final int MAX_BAR_MENU = 240;

  private static final int MAX_CAPS = 50;
  private static final int MAX_CRUMB = 120;
  private static final int MAX_MENU = 200;
  private static final int MAX_CONTACT = 120;

  static List<Line> classify(String page, Boilerplate boilerplate) {
    return classify(page, boilerplate, Furniture.NONE);
  }

  /** The page's lines, with those the site's furniture holds marked {@link Kind#FURNITURE}. */
  static List<Line> classify(String page, Boilerplate boilerplate, Furniture furniture) {
    if (page.indexOf('\n') < 0 && page.indexOf('\r') >= 0) {
      page = page.replace('\r', '\n'); // old Mac line ends; CRLF's '\r' is trimmed as a space
    }
    List<Line> out = new ArrayList<>();
    int n = page.length();
    int number = 0;
    for (int start = 0; start <= n; ) {
      number++;
      int end = page.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String text = clean(page, start, end);
      if (!text.isEmpty()) {
        Line line =
            out.size() < BANNER_LINES && isBanner(text)
                ? new Line(text, Kind.URL, null, number)
                : out.size() < BANNER_LINES && (isViewerBar(text) || isToolbar(text))
                    ? new Line(text, Kind.NAV, null, number)
                    : classifyOne(text, boilerplate, number);
        if (line.kind() == Kind.TEXT // navigation keeps its role: it ends the text
            && furniture.contains(text)
            && !Bylines.isByline(text)) {
          line = new Line(text, Kind.FURNITURE, null, number);
        }
        out.add(line);
      }
      start = end + 1;
    }
    return out;
  }

  /** The lines a viewer's banner may take at the top of a capture. */
  static final int BANNER_LINES = 2;

  /**
   * A viewer's banner over a capture, at the top of the page: a sentence that names the original's
   * URL ("Đây là bộ nhớ cache của Google của https://…. Đó là ảnh chụp nhanh của trang …", a web
   * archive's or a reader's bar). It is the page's address, not its headline nor a paragraph; a URL
   * line proper is read as before.
   */
  static boolean isBanner(String text) {
    return !TextShapes.isUrlLine(text) && TextShapes.namedUrl(text) != null;
  }

  private static Line classifyOne(String text, Boilerplate boilerplate, int number) {
    if (TextShapes.isUrlLine(text)) {
      return new Line(text, Kind.URL, null, number);
    }
    if (!TextShapes.hasLetterOrDigit(text) || ReadingTimes.isEstimate(text)) {
      return new Line(text, Kind.NOISE, null, number); // "1-2 phút": a reading time, no text
    }
    Timestamps.Stamp stamp = Timestamps.parseLine(text);
    if (stamp == null && text.indexOf('|') > 0) {
      stamp = OfficeDateRows.stamp(text); // "Đình Phú - Cục Quản lý … | 01/11/2020 11:15"
    }
    if (stamp == null && text.length() <= MAX_CRUMB && isHostBar(text)) {
      stamp = hostBarStamp(text); // "thethaovanhoa.vn · Quang Huy · October 1, 2020 · 1 min read"
    }
    if (stamp != null) {
      return new Line(text, boilerplate.isClock(text) ? Kind.CLOCK : Kind.STAMP, stamp, number);
    }
    if ((text.length() <= MAX_NAV && boilerplate.isNavigation(text))
        || (text.length() <= MAX_BAR_MENU
            && TextShapes.isMenu(text)
            && !isBarredCredit(text))) { // "Theo Tên | Dân trí"
      return new Line(text, Kind.NAV, null, number);
    }
    if (text.length() <= MAX_CRUMB
        && (isPageList(text)
            || text.indexOf('|') > 0
                && MenuShapes.isPrintedPage(text.substring(0, text.indexOf('|')))
                && MenuShapes.barCrumbs(text) != null)) {
      return new Line(text, Kind.NAV, null, number); // "Trang 1 Trang 2 … Trang 8", "Trang 6 | …"
    }
    if (text.length() <= MAX_PAGER + 10 && isCommentCount(text)) {
      return new Line(text, Kind.NAV, null, number); // "3 nhận xét:": the comments under the post
    }
    if (text.length() <= MAX_PAGER && isPager(text)) {
      return new Line(text, Kind.NAV, null, number); // "« Trước", "Tiếp »"
    }
    if (text.length() <= MAX_CRUMB && isHostBar(text)) {
      return new Line(text, Kind.NAV, null, number); // "giadinh.net.vn · Mở trong trình duyệt · …"
    }
    if (text.length() <= MAX_CAPS && TextShapes.isAllCaps(text)) {
      return new Line(text, Kind.CAPS, null, number);
    }
    if (text.length() <= MAX_CRUMB && MenuShapes.crumbs(text) != null) {
      return new Line(text, Kind.CRUMB, null, number);
    }
    if (text.length() <= MAX_MENU
        && !TextShapes.endsSentence(text)
        // "- Công ty Cổ phần Kết cấu thép Hòa Bình": a list's item of capitalised words, no menu
        && (MenuShapes.isSectionRun(text) && !TextShapes.isListItem(text)
            || MenuShapes.isHashtags(text)
            || (text.length() <= MAX_CONTACT
                && MenuShapes.isContactLine(text)
                && !Bylines.isByline(text)))) { // "Hoàng Anh - ha@…" is a byline
      return new Line(text, Kind.NAV, null, number);
    }
    return new Line(text, Kind.TEXT, null, number);
  }

  /**
   * A pager between articles, an arrow on its word: "« Trước", "Tiếp »", "‹ Bài trước", "Bài sau ›"
   * (a CMS's previous and next links under the text). Navigation: it ends the text.
   */
  private static final String PAGER_WORDS =
      "(?:Bài |Tin |Trang )?(?:trước|sau|tiếp)|Trước|Sau|Tiếp|Kế tiếp|Tiếp theo"
          + "|(?:Bài|Tin|Trang) (?:trước|sau|tiếp)";

  private static final Pattern PAGER =
      Pattern.compile(
          "^(?:[«‹]|<<?) ?(?:" + PAGER_WORDS + ")$|^(?:" + PAGER_WORDS + ") ?(?:[»›]|>>?)$");

  static boolean isPager(String text) {
    return PAGER.matcher(text).matches();
  }

  private static final int MAX_PAGER = 20;

  /** A count of the comments, then the word for them: "3 nhận xét:", "12 bình luận", "0 ý kiến". */
  private static final Pattern COMMENT_COUNT =
      Pattern.compile(
          "^\\d{1,5} (?:nhận xét|bình luận|ý kiến|phản hồi)(?: bạn đọc)? ?:?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The count of the comments under a post, heading them ("3 nhận xét:", as Blogger prints it in
   * Vietnamese; "12 bình luận" as a CMS does): navigation, as "Bình luận (12)" is; the text ended
   * above it.
   */
  static boolean isCommentCount(String text) {
    return !text.isEmpty()
        && Character.isDigit(text.charAt(0))
        && COMMENT_COUNT.matcher(text).matches();
  }

  /** One word, each time with the next number: "Trang 1 Trang 2 Trang 3 … Trang 8". */
  private static final Pattern PAGE_LIST =
      Pattern.compile("^(\\p{Lu}\\p{Ll}{1,10}) \\d{1,3}(?: \\1 \\d{1,3}){2,40}$");

  /**
   * The list of an issue's or a list's pages, one word with each page's number ("Trang 1 Trang 2 …
   * Trang 8": an e-paper viewer's page strip over the page it shows): navigation, not a headline.
   */
  static boolean isPageList(String text) {
    return PAGE_LIST.matcher(text).matches();
  }

  /** A host name, then a separator and an item: a viewer's or an app's bar over the page. */
  private static final Pattern HOST_BAR =
      Pattern.compile("^[a-z0-9-]{2,40}(?:\\.[a-z0-9-]{2,20}){1,3} (?:[·|›>»•]|-) \\S.*");

  /**
   * The bar a viewer or an app prints over the page it shows, opened by the publisher's host name
   * ("giadinh.net.vn · Mở trong trình duyệt · Sao chép liên kết": a Facebook Instant Article saved
   * in-app; an AMP viewer's or a reader's header): navigation, not a trail. A site's own trail
   * opens with its home crumb or its name, never with a bare host.
   */
  static boolean isHostBar(String text) {
    return HOST_BAR.matcher(text).matches();
  }

  /** The items of a bar, between its separators. */
  private static final Pattern BAR_SEPARATOR = Pattern.compile(" [·|›>»•] ");

  /**
   * The date a reader's or a read-later app's meta line gives, opened by the original's host
   * ("thethaovanhoa.vn · Quang Huy · October 1, 2020 · 1 min read": a page saved from Pocket; a
   * reader view's "host · author · date" line): the one item that is a timestamp whole, or null
   * when none is or more than one is. The line is the article's date line, not a menu.
   */
  static Timestamps.Stamp hostBarStamp(String text) {
    Timestamps.Stamp found = null;
    for (String item : BAR_SEPARATOR.split(text)) {
      Timestamps.Stamp s = Timestamps.parseLine(item.strip());
      if (s != null) {
        if (found != null) {
          return null;
        }
        found = s;
      }
    }
    return found;
  }

  /**
   * A viewer's name in English, one to three capitalised words in plain Latin letters, then a
   * separator and the rest of its bar.
   */
  private static final Pattern VIEWER_BAR =
      Pattern.compile("^[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){0,2} [·|›»•] \\S.{0,100}");

  /**
   * The bar a viewer or an app prints over the page it shows, opened by the viewer's own name in
   * English ("Instant View · Tạp chí Lao động và Công đoàn": Telegram's Instant View saved; "Reader
   * View · …", "Google News · …"), in the first lines of the page: navigation, not the headline. A
   * Vietnamese site's headline or trail is not opened by English words without a diacritic.
   */
  static boolean isViewerBar(String text) {
    return text.length() <= MAX_CRUMB && VIEWER_BAR.matcher(text).matches();
  }

  /** A toolbar's buttons: three to eight capitalised words in plain Latin letters, no more. */
  private static final Pattern TOOLBAR =
      Pattern.compile("^[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11}){2,7}$");

  /**
   * The toolbar a reader or a read-later app prints over the page it shows, its buttons' English
   * names in a row ("My List Archive Tag Share": a page saved from Pocket), in the first lines of
   * the page: navigation, not the headline. A Vietnamese headline of three words or more is never
   * all capitalised words without a diacritic.
   */
  static boolean isToolbar(String text) {
    return TOOLBAR.matcher(text).matches();
  }

  private static boolean isBarredCredit(String text) {
    return text.startsWith("Theo ") && Bylines.author(text) != null;
  }

  /** The page's non-blank lines, trimmed and space-collapsed, without kinds. */
  static List<String> texts(String page) {
    List<String> out = new ArrayList<>();
    int n = page.length();
    for (int start = 0; start <= n; ) {
      int end = page.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String text = clean(page, start, end);
      if (!text.isEmpty()) {
        out.add(text);
      }
      start = end + 1;
    }
    return out;
  }

  /** Trims Unicode spaces (U+00A0, U+FEFF, zero-width space...) from both ends. */
  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * The line {@code [start, end)} trimmed, with inner runs of spaces (U+00A0 included) collapsed to
   * one ASCII space, so that "Lao động\u00A0 - Thương binh" reads like its neighbours.
   */
  private static String clean(String page, int start, int end) {
    while (start < end && isSpace(page.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(page.charAt(end - 1))) {
      end--;
    }
    int i = nextOddSpace(page, start, end);
    if (i == end) {
      return page.substring(start, end); // the common case: nothing to rewrite
    }
    StringBuilder b = new StringBuilder(end - start);
    int run = start;
    while (i < end) {
      b.append(page, run, i).append(' ');
      while (isSpace(page.charAt(i))) {
        i++; // stops before end: the line ends with a non-space
      }
      run = i;
      i = nextOddSpace(page, i, end);
    }
    return b.append(page, run, end).toString();
  }

  /** The first space that is not a lone ASCII space, or {@code end}. */
  private static int nextOddSpace(String page, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = page.charAt(i);
      if (c > ' ' && (c < 0x80 || (c > 0xA0 && c < 0x2000 && c != 0x1680))) {
        continue; // the bulk of the text: letters, digits, punctuation
      }
      if (c == ' ' ? isSpace(page.charAt(i + 1)) : isSpace(c)) {
        return i;
      }
    }
    return end;
  }

  /** Unicode white space, U+00A0, U+FEFF and U+200B; fast for ASCII and Vietnamese letters. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    if (c > 0xA0 && c < 0x2000 && c != 0x1680) {
      return false; // Latin letters with diacritics, Vietnamese included: never space
    }
    return c == '\u00A0'
        || c == '\uFEFF'
        || c == '\u200B'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }
}
