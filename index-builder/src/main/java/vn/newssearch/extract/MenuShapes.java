package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shapes of site furniture that a scraper saves as one line: a menu of section names in a row
 * ("Thời sự Thế giới Kinh doanh …", "Tài chính - Kinh doanh"), a hotline or contact bar, a row of
 * hashtags, and a breadcrumb ("Thời sự > Lao động - Việc làm").
 */
final class MenuShapes {
  private MenuShapes() {}

  /** A breadcrumb item is a section name: a few words. */
  private static final int CRUMB_MAX_WORDS = 6;

  private static final int SECTION_MAX_RUN = 3;

  /** A long menu may hold one item of 4 words ("Thông tin đa chiều"), with this many items. */
  private static final int ITEMS_FOR_A_LONG_ONE = 6;

  private static final int PHONE_DIGITS = 8;

  /** A number run into one or two letters closing a section's name ("24h", "5G"): no year. */
  private static final java.util.regex.Pattern SECTION_BRAND =
      java.util.regex.Pattern.compile("\\d{1,2}\\p{L}{1,2}");

  /**
   * Section names in a row: no digits or sentence punctuation, every capitalised word opens an item
   * of at most 3 words (one item of 4 in a row of 6 or more: "… Thông tin đa chiều"), most items
   * are words of two or three syllables ("Thời sự", "Kinh tế", "Bất động sản"), and either at least
   * 4 items or two items joined by " - ". A headline has a longer run of lower-case words ("… ký
   * phối hợp công tác giai đoạn …"); a person's name with a role ("Ông Đinh Viết Khanh - Chủ tịch
   * …") is mostly one-syllable capitalised items.
   */
  static boolean isSectionRun(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x80 && c != ' ' && c != '-' && !Character.isLetterOrDigit(c)) {
        return false; // prose has commas and stops: the common case, rejected in one pass
      }
    }
    if (hasDanglingPreposition(line)) {
      return false;
    }
    int items = 0;
    int longItems = 0;
    int fourWords = 0;
    int run = 0;
    boolean dash = false;
    int start = 0;
    int n = line.length();
    for (int i = 0; i <= n; i++) {
      if (i < n && line.charAt(i) != ' ') {
        continue;
      }
      if (i > start) {
        String w = line.substring(start, i);
        if (w.equals("-") || w.equals("–")) {
          dash = true;
        } else {
          char c = w.charAt(0);
          if (Character.isDigit(c) && items > 0 && SECTION_BRAND.matcher(w).matches()) {
            c = 'x'; // "Nghệ An 24h": a number run into a letter ends a section's name
            w = "x";
          }
          for (int k = 0; k < w.length(); k++) {
            char d = w.charAt(k);
            if (!Character.isLetter(d) && d != '-') {
              return false; // digits, commas, quotes, colons: prose or a headline
            }
          }
          if (Character.isUpperCase(c)) {
            items++;
            run = 1;
          } else if (items == 0 || ++run > SECTION_MAX_RUN + 1) {
            return false;
          } else if (run > SECTION_MAX_RUN && ++fourWords > 1) {
            return false; // a headline has long runs of lower-case words
          } else if (run == 2) {
            longItems++;
          }
        }
      }
      start = i + 1;
    }
    if (longItems * 5 < items * 3) {
      return false; // fewer than 3 in 5 items are section-name words
    }
    if (fourWords > 0 && items < ITEMS_FOR_A_LONG_ONE) {
      return false;
    }
    return items >= 4 || (items >= 2 && dash && TextShapes.words(line) <= 7);
  }

  /**
   * Prepositions that take an object ("của", "với"): a section's name never ends with one, so a row
   * where one stands right before a capital or at the end is a headline whose proper names open
   * with capitals ("Chiến lược Mỹ cạnh tranh với Vành đai và Con đường của Trung Quốc"), not a
   * menu. ("và" joins two names inside one section, "Khoa học và Công nghệ".)
   */
  private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("của", "với");

  private static boolean hasDanglingPreposition(String line) {
    String[] w = line.split(" ");
    for (int k = 0; k < w.length; k++) {
      if (OBJECT_PREPOSITIONS.contains(w[k])
          && (k + 1 == w.length || Character.isUpperCase(w[k + 1].charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** Words in one part of a section's name on a trail ("Lao động", "Bất động sản"). */
  private static final int TRAIL_PART_MAX_WORDS = 3;

  /**
   * Section and subsection printed in a row without a separator, as two links make one line of text
   * ("Giáo dục Tuyển sinh", "Xã hội Lao động - Việc làm"): the subsection, or null. Each of the two
   * names opens with a capital and goes on with one or two lower-case words, and may have a second
   * part after a dash ("Lao động - Việc làm"). A name in capitals word by word ("Hà Nội", "Nguyễn
   * Văn An") or a run of lower-case words ("Thời sự y tế") is no trail. The two names may stand
   * either side of one bar ("Xã hội | Lao động - Việc làm", "Kinh tế | Đầu tư"): a bar menu has
   * more items, or items that are no section's name ("Tiếng Việt | English").
   */
  static String trailSubsection(String line) {
    int bar = line.indexOf(" | ");
    if (bar > 0) {
      String right = line.substring(bar + 3);
      return right.indexOf('|') < 0 && isOneName(line.substring(0, bar)) && isOneName(right)
          ? right
          : null;
    }
    String[] w = line.split(" ");
    if (w.length > 2 * (2 * TRAIL_PART_MAX_WORDS + 1)) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i < w.length) {
      starts.add(i);
      i = namePart(w, i);
      if (i < 0) {
        return null;
      }
      if (i < w.length && (w[i].equals("-") || w[i].equals("–"))) {
        i = i + 1 < w.length ? namePart(w, i + 1) : -1;
        if (i < 0) {
          return null;
        }
      }
    }
    if (starts.size() != 2) {
      return null;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(w, starts.get(1), w.length));
  }

  /** One section's name, with a second part after a dash: "Xã hội", "Lao động - Việc làm". */
  private static boolean isOneName(String name) {
    String[] w = name.split(" ");
    if (w.length > 2 * TRAIL_PART_MAX_WORDS + 1) {
      return false;
    }
    int i = namePart(w, 0);
    if (i > 0 && i < w.length && (w[i].equals("-") || w[i].equals("–"))) {
      i = i + 1 < w.length ? namePart(w, i + 1) : -1;
    }
    return i == w.length;
  }

  /** The end of a name's part at {@code i}: a capitalised word and one or two lower-case words. */
  private static int namePart(String[] w, int i) {
    if (!isWord(w[i]) || !Character.isUpperCase(w[i].charAt(0))) {
      return -1;
    }
    int j = i + 1;
    while (j < w.length
        && j - i < TRAIL_PART_MAX_WORDS
        && isWord(w[j])
        && Character.isLowerCase(w[j].charAt(0))) {
      j++;
    }
    return j - i >= 2 && (j == w.length || !isLowerWord(w[j])) ? j : -1;
  }

  private static boolean isLowerWord(String w) {
    return isWord(w) && Character.isLowerCase(w.charAt(0));
  }

  private static boolean isWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isLetter(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hotline or contact bar: an e-mail address, or a phone number (8+ digits opening with 0 or 1,
   * grouped by spaces or dots: "0961 223 344", "1900.6060"). Years and dates never qualify.
   */
  static boolean isContactLine(String line) {
    int at = line.indexOf('@');
    if (at > 0 && line.indexOf('.', at) > at + 1) {
      return true;
    }
    int digits = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isDigit(c)) {
        if (digits == 0 && ((i > 0 && Character.isDigit(line.charAt(i - 1))) || c > '1')) {
          continue; // a number that does not open with 0 or 1
        }
        if (++digits >= PHONE_DIGITS) {
          return true;
        }
      } else if (!(digits > 0
          && (c == ' ' || c == '.')
          && i + 1 < line.length()
          && Character.isDigit(line.charAt(i + 1)))) {
        digits = 0;
      }
    }
    return false;
  }

  /** A row of hashtags: "#lao động #việc làm". */
  static boolean isHashtags(String line) {
    return line.length() > 1 && line.charAt(0) == '#' && Character.isLetter(line.charAt(1));
  }

  private static final int BAR_CRUMBS = 4;

  /** The home page's crumb, where a breadcrumb starts. */
  private static final List<String> HOME = List.of("trang chủ", "trang nhất", "home");

  /**
   * The items of a breadcrumb laid out with bars or dashes, "Trang chủ | Xã hội | Lao động - Việc
   * làm", "Trang chủ - Xã hội", or null. A bar or dash list is also a menu ("Tiếng Việt | English",
   * "Trang chủ - Chính trị - Kinh tế - …"): only a short one (home, section, subsection: at most
   * {@link #BAR_CRUMBS} items) that opens with the home page's crumb is a breadcrumb. With bars, a
   * dash inside an item is the section's own ("Lao động - Việc làm"). With bars, a printed page
   * opens the trail as the home crumb does ("Trang 6 | Văn hóa - Giải trí", {@link
   * #isPrintedPage}).
   */
  static List<String> barCrumbs(String line) {
    int bar = line.indexOf('|');
    boolean bars = bar >= 0;
    String sep = bars ? "\\|" : " [-–] ";
    if (!bars) {
      bar = dashAfterHome(line);
    }
    if (bar < 0
        || !isHome(line.substring(0, bar)) && !(bars && isPrintedPage(line.substring(0, bar)))) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (String part : line.split(sep)) {
      String item = PageLines.trim(part);
      if (item.isEmpty()
          || TextShapes.words(item) > CRUMB_MAX_WORDS
          || TextShapes.endsSentence(item)
          || !TextShapes.hasLetterOrDigit(item)) {
        return null;
      }
      items.add(item);
    }
    return items.size() >= 2 && items.size() <= BAR_CRUMBS ? items : null;
  }

  /** A printed page of an issue: "Trang 6", "Trang 12". */
  private static final java.util.regex.Pattern PRINTED_PAGE =
      java.util.regex.Pattern.compile("(?:Trang|TRANG) \\d{1,3}");

  /**
   * Whether {@code item} names a page of a printed issue ("Trang 6"): an e-paper viewer's reading
   * pane opens its trail with the page the article is printed on, "Trang 6 | Văn hóa - Giải trí",
   * as a site's trail opens with its home crumb; the item after it is the page's section.
   */
  static boolean isPrintedPage(String item) {
    return PRINTED_PAGE.matcher(PageLines.trim(item)).matches();
  }

  /** Whether {@code item} is the home page's crumb ("Trang chủ", "Trang nhất", "Home"). */
  static boolean isHome(String item) {
    return HOME.contains(PageLines.trim(item).toLowerCase(Locale.ROOT));
  }

  /** Where the dash after a line's first crumb is, or -1 when its first separator is no dash. */
  private static int dashAfterHome(String line) {
    int dash = line.indexOf(" - ");
    int enDash = line.indexOf(" – ");
    return dash < 0 ? enDash : enDash < 0 ? dash : Math.min(dash, enDash);
  }

  /**
   * The items of a breadcrumb ("Trang chủ > Xã hội", "Thời sự › Dân sinh", "A » B", "A / B"), or
   * null when the line is not one: two or more short items without sentence ends.
   */
  static List<String> crumbs(String line) {
    if (line.indexOf('>') < 0
        && line.indexOf('›') < 0
        && line.indexOf('»') < 0
        && line.indexOf('→') < 0
        && line.indexOf('•') < 0
        && line.indexOf('·') < 0
        && line.indexOf(" / ") < 0) {
      return null;
    }
    String sep = null;
    for (String s : new String[] {" > ", " › ", " » ", " >> ", " → ", " • ", " · ", " / "}) {
      if (line.contains(s)) {
        sep = s;
        break;
      }
    }
    if (sep == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = line.indexOf(sep, from);
      String item = PageLines.trim(at < 0 ? line.substring(from) : line.substring(from, at));
      if (item.isEmpty()
          || TextShapes.words(item) > CRUMB_MAX_WORDS
          || TextShapes.endsSentence(item)
          || !TextShapes.hasLetterOrDigit(item)) {
        return null;
      }
      items.add(item);
      if (at < 0) {
        return items;
      }
      from = at + sep.length();
    }
  }

  /**
   * A trail on one line that ends with the page's title ("Trang chủ » Tin tức » Hoạt động sinh viên
   * » Chuỗi chương trình …", a WordPress trail): its items before {@code title}, or null.
   */
  static List<String> crumbsBefore(String line, String title) {
    if (title.isEmpty() || line.length() <= title.length() || !line.endsWith(title)) {
      return null;
    }
    String head = line.substring(0, line.length() - title.length()).stripTrailing();
    for (String sep : new String[] {">", "›", "»", ">>", "→", "/"}) {
      if (head.endsWith(" " + sep)) {
        List<String> items = crumbs(head.substring(0, head.length() - sep.length()).strip());
        return items != null && items.size() >= 2 ? items : null;
      }
    }
    return null;
  }
}
