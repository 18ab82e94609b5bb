package vn.newssearch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.model.Article;

/**
 * Recognises the timestamp lines of Vietnamese news pages: {@code 21:50 | 17/10/2019}, {@code Thứ
 * Năm, ngày 17 tháng 10 năm 2019}, {@code 12/11/2019 - 18:08}, {@code 16:06 31/10/2019}, {@code
 * 17-10-2019}, {@code Thứ Năm, 17.10.2019 21h50 (GMT+7)}, {@code 2019-10-17T21:50:00+07:00}. Dates
 * are day first and need a 4-digit year; times without an offset are Vietnam time.
 */
public final class Timestamps {
  public static final ZoneOffset VIETNAM = Article.VIETNAM;

  /** Longer lines are prose that happens to mention a date, not a timestamp line. */
  static final int MAX_LINE = 80;

  /** At most this many words besides weekdays and date words may surround the date and time. */
  private static final int MAX_EXTRA_WORDS = 4;

  // Bounded quantifiers and no nested repetition: linear matching on any input.
  private static final Pattern DMY =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-])");
  private static final Pattern YMD =
      Pattern.compile("(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d/.-])");

  /** "17 tháng 10 năm 2019", "ngày 17 tháng 10, 2019": the date written out in words. */
  private static final Pattern VERBAL =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2}) (?i:tháng|thg) (\\d{1,2}),? (?:(?i:năm) )?(\\d{4})(?!\\d)",
          Pattern.UNICODE_CASE);

  /** The English months, in order. */
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  /**
   * A month by its English name, capitalised, as a reader, a viewer or an app in an English locale
   * prints it ("Nov 1, 2020 5:37 PM", "1 November 2020"): the full name, its first three letters,
   * or "Sept"; never another word that opens alike ("Jane", "Mare").
   */
  static final String MONTH_NAME =
      "(" + String.join("|", MONTHS.stream().map(Timestamps::spellings).toList()) + ")\\.?";

  /** A month's spellings, longest first: "September|Sept|Sep", "May". */
  private static String spellings(String month) {
    String three = month.substring(0, 3);
    if (month.equals("September")) {
      return month + "|Sept|" + three;
    }
    return month.equals(three) ? month : month + "|" + three;
  }

  /** "Nov 1, 2020", month first, or "1 Nov 2020", day first: the month by its English name. */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?<![\\p{L}\\d])"
              + MONTH_NAME
              + " (\\d{1,2}),? (\\d{4})(?!\\d)|(?<![\\d/.-])(\\d{1,2}) "
              + MONTH_NAME
              + ",? (\\d{4})(?!\\d)");

  /** The date a named month gives. */
  private static LocalDate named(Matcher m) {
    boolean monthFirst = m.group(1) != null;
    String three = (monthFirst ? m.group(1) : m.group(5)).substring(0, 3);
    int month = 1;
    while (!MONTHS.get(month - 1).startsWith(three)) {
      month++;
    }
    return monthFirst
        ? date(m.group(3), String.valueOf(month), m.group(2))
        : date(m.group(6), String.valueOf(month), m.group(4));
  }

  /**
   * A month by its Vietnamese ordinal in words, as WordPress and other CMSs print dates in the vi
   * locale ("27 Tháng Năm, 2018", "3 tháng Mười Hai 2019"): longest first, so "Mười Hai" is never
   * read as "Mười".
   */
  static final String MONTH_WORD =
      "(?i:Mười Một|Mười Hai|Mười|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín)(?!\\p{L})";

  /** "27 Tháng Năm, 2018": the day, then the month by its word, then the year. */
  private static final Pattern WORDED =
      Pattern.compile(
          "(?<![\\d/.-])(\\d{1,2}) (?i:tháng) (" + MONTH_WORD + "),? (\\d{4})(?!\\d)",
          Pattern.UNICODE_CASE);

  private static final List<String> MONTH_WORDS =
      List.of(
          "một",
          "hai",
          "ba",
          "tư",
          "năm",
          "sáu",
          "bảy",
          "tám",
          "chín",
          "mười",
          "mười một",
          "mười hai");

  /** The date a month in words gives, or null. */
  private static LocalDate worded(Matcher m) {
    String word = m.group(2).toLowerCase(java.util.Locale.ROOT);
    int month = word.equals("bốn") ? 4 : MONTH_WORDS.indexOf(word) + 1;
    return month == 0 ? null : date(m.group(3), String.valueOf(month), m.group(1));
  }

  /**
   * A time of day, on a 12-hour clock when AM/PM follows it or the Vietnamese markers {@code SA}
   * (sáng) and {@code CH} (chiều) that Windows and .NET print for the vi-VN locale ("08/11/2017
   * 04:04 CH" is 16:04).
   */
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2})[:hH](\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
              + "(?:\\s?([AaPp])\\.?[Mm]\\.?|\\s(SA|CH)(?![\\p{L}\\d]))?(?![\\d:])");

  /** An explicit offset right after a time: "+07:00", "Z", "GMT+7", "(UTC+07:00)". */
  private static final Pattern OFFSET =
      Pattern.compile(
          "^\\s?\\(?(?:GMT|UTC)?([+-])(\\d{1,2})(?::?(\\d{2}))?\\)?|^Z(?![\\p{L}])"
              + "|^\\s?(?:GMT|UTC)(?![\\p{L}\\d+-])");

  /** What may remain once date, time and offset are removed: words and separators, no digits. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Timestamps() {}

  /** A date, with the time of day when the text gives one. */
  public record Stamp(LocalDate date, LocalTime time, ZoneOffset offset) {
    public boolean hasTime() {
      return time != null;
    }

    /** The instant in Vietnam time; midnight when the text gave only a date. */
    public OffsetDateTime toVietnamTime() {
      OffsetDateTime at = OffsetDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time, offset);
      return at.withOffsetSameInstant(VIETNAM);
    }
  }

  /**
   * The timestamp a whole line stands for, or null when the line is not a timestamp line: it must
   * hold a full date, may hold a time and an offset, and besides them at most a few words (weekday,
   * "Cập nhật", "lúc") and separators.
   */
  public static Stamp parseLine(String line) {
    if (line == null || line.length() > MAX_LINE) {
      return null;
    }
    int digits = digits(line);
    if (digits < MIN_DIGITS
        && (digits < MIN_DIGITS - 1
            || !NAMED.matcher(line).find() && !WORDED.matcher(line).find())) {
      return null; // "Nov 1, 2020" and "1 Tháng Năm, 2018" have five
    }
    StringBuilder rest = new StringBuilder(line);
    Matcher weekday = NUMBERED_WEEKDAY.matcher(line);
    if (weekday.lookingAt()) {
      blank(rest, weekday.start(), weekday.end()); // "Thứ 5, 17/10/2019": its digit is no date
    }
    if (line.indexOf("ượt") >= 0 || line.indexOf("ƯỢT") >= 0 || line.indexOf("iew") >= 0) {
      Matcher views = VIEWS.matcher(line);
      if (views.find()) {
        blank(rest, views.start(), views.end()); // "… | Lượt xem: 1.234": a counter, not a date
      }
    }
    if (line.indexOf("Số ") >= 0 || line.indexOf("SỐ ") >= 0) {
      Matcher issue = ISSUE.matcher(line);
      if (issue.find()) {
        blank(rest, issue.start(), issue.end()); // "Số 04/2017 - Ngày 25/01/2017": the issue's day
      }
    }
    LocalDate date = null;
    Matcher m = DMY.matcher(line);
    if (m.find()) {
      date = date(m.group(4), m.group(3), m.group(1));
      if (date == null && Integer.parseInt(m.group(3)) > 12) {
        date = date(m.group(4), m.group(1), m.group(3)); // "10/17/2019 9:50:00 PM": month first
      }
    } else {
      m = YMD.matcher(line);
      if (m.find()) {
        date = date(m.group(1), m.group(2), m.group(3));
      } else {
        m = VERBAL.matcher(line);
        if (m.find()) {
          date = date(m.group(3), m.group(2), m.group(1));
        } else {
          m = NAMED.matcher(line);
          if (m.find()) {
            date = named(m);
          } else {
            m = WORDED.matcher(line);
            if (m.find()) {
              date = worded(m);
            }
          }
        }
      }
    }
    if (date == null) {
      return null;
    }
    blank(rest, m.start(), m.end());
    Matcher day = SHORT_WEEKDAY.matcher(rest).region(0, m.start());
    if (day.find()) {
      blank(rest, day.start(), day.end()); // "Gửi bởi bientap vào T6, 28/12/2018 - 19:40"
    }
    LocalTime time = null;
    ZoneOffset offset = VIETNAM;
    Matcher t = TIME.matcher(rest);
    if (t.find()) {
      time = time(t.group(1), t.group(2), t.group(3), meridiem(t.group(4), t.group(5)));
      if (time == null) {
        return null;
      }
      blank(rest, t.start(), t.end());
      Matcher o = OFFSET.matcher(rest).region(offsetFrom(rest, t.end(), m), rest.length());
      o.useAnchoringBounds(true);
      if (o.lookingAt()) {
        offset = offset(o.group(1), o.group(2), o.group(3));
        blank(rest, o.start(), o.end());
      }
    }
    return onlyDecoration(rest) ? new Stamp(date, time, offset) : null;
  }

  /**
   * Where an offset may start: right after the time, or, when the date follows the time with only
   * separators between ("15:04 01/10/2020 (GMT+07:00)"), right after the date, which the offset
   * then follows as it follows the time of a date-first line.
   */
  private static int offsetFrom(CharSequence rest, int timeEnd, Matcher date) {
    if (date.start() < timeEnd) {
      return timeEnd;
    }
    for (int i = timeEnd; i < date.start(); i++) {
      char c = rest.charAt(i);
      if (!Character.isWhitespace(c) && c != '|' && c != '-' && c != ',') {
        return timeEnd;
      }
    }
    return date.end();
  }

  /**
   * A view counter beside the date: "Lượt xem: 1.234", "1.234 lượt xem". A count before the words
   * is a number of its own, so the year of a date right before a counter ("21:31 24/03/2017 Lượt
   * xem: 1158") is never read as the count.
   */
  private static final Pattern VIEWS =
      Pattern.compile(
          "(?i)(?:lượt (?:xem|đọc)|views?) ?:? ?[\\d.,]{1,12}"
              + "|(?<![\\d.,/:-])[\\d.,]{1,12} ?(?:lượt (?:xem|đọc)|views?)",
          Pattern.UNICODE_CASE);

  /**
   * A printed issue's number as an item of its own, between separators: "Số 04/2017 - Ngày
   * 25/01/2017", "Báo in Kon Tum - Số 6130 - Thứ Năm, 01/10/2020". The issue line an e-paper or a
   * digest prints over the page dates that issue; a document's number ("số 12/2019/NĐ-CP") runs on
   * with letters and is none.
   */
  private static final Pattern ISSUE =
      Pattern.compile("(?:^|(?<=[-–|·] ))(?:Số|SỐ) \\d{1,5}(?:/\\d{4})?(?= [-–|·] |,? ?$)");

  /**
   * Whether a timestamp line is a printed issue's line ("Số 475 | Thứ Sáu, 02/10/2020"): it sits
   * under the publication's name, so nothing above it is the article's section.
   */
  static boolean isIssueLine(String line) {
    return (line.indexOf("Số ") >= 0 || line.indexOf("SỐ ") >= 0)
        && ISSUE.matcher(line).find()
        && parseLine(line) != null;
  }

  /** A weekday written with its number at the start of a line: "Thứ 5", "T5", "Thứ 2". */
  private static final Pattern NUMBERED_WEEKDAY =
      Pattern.compile("^(?:Thứ|thứ|THỨ|T) ?[2-7](?![\\d/.:-])");

  /**
   * A weekday by its short form right before the date, anywhere in the line: "T6, 28/12/2018", "CN,
   * 01/12/2019", as Drupal and other CMSs print the abbreviated weekday in the vi locale after "Gửi
   * bởi … vào".
   */
  private static final Pattern SHORT_WEEKDAY =
      Pattern.compile("(?<![\\p{L}\\d])(?:(?:Thứ|thứ|THỨ|T) ?[2-7]|CN),? ?$");

  /** Weekdays and date words that surround a timestamp ("Thứ Năm", "Chủ nhật", "lúc"). */
  static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật(?: lúc)?|ngày đăng|đăng lúc"
              + "|ngày xuất bản|xuất bản|thời gian(?: đăng)?|đăng|lúc|ngày|gmt|utc|am|pm)\\b",
          Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Reads a standalone timestamp string (a JSON field, a line); null when it is not one. */
  public static OffsetDateTime parse(String text) {
    Stamp s = parseLine(text == null ? null : text.strip());
    return s == null ? null : s.toVietnamTime();
  }

  /** "1/1/2019" has six: a quick reject for the many lines without a date. */
  private static final int MIN_DIGITS = 6;

  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  private static boolean onlyDecoration(CharSequence rest) {
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (Character.isDigit(c)) {
        // "GMT+7" is decoration even when no time preceded it.
        if (!isGmtDigit(rest, i)) {
          return false;
        }
      }
    }
    if (countWords(rest) <= MAX_EXTRA_WORDS) {
      return true;
    }
    // Weekdays and date words do not count: "Thứ Năm, 17/10/2019 | 21:50 | Lao động - Việc làm";
    // nor does the "by" that opens a post's header ("bởi Lê Thị Diệu Linh - Thứ sáu, …").
    String words = DATE_WORDS.matcher(rest).replaceAll(" ");
    return countWords(POSTED_BY.matcher(words).replaceAll(" ")) <= MAX_EXTRA_WORDS;
  }

  /**
   * The "by" that opens a forum's or a blog's post header before the poster's name and the date
   * ("bởi Lê Thị Diệu Linh - Thứ sáu, 01 Tháng mười hai 2017, 07:12 PM", Moodle's; "Gửi bởi … vào",
   * Drupal's): a marker, not a word of the line, so a four-syllable name still leaves a date line.
   */
  private static final Pattern POSTED_BY =
      Pattern.compile("^\\s*(?:(?:[Gg]ửi|[Đđ]ăng|[Vv]iết) )?[Bb]ởi(?= \\p{Lu})");

  /** Words in {@code s}, counted up to one past the limit. */
  private static int countWords(CharSequence s) {
    int words = 0;
    Matcher w = WORD.matcher(s);
    while (words <= MAX_EXTRA_WORDS && w.find()) {
      words++;
    }
    return words;
  }

  private static boolean isGmtDigit(CharSequence s, int i) {
    int j = i;
    while (j > 0 && Character.isDigit(s.charAt(j - 1))) {
      j--;
    }
    if (j == 0 || (s.charAt(j - 1) != '+' && s.charAt(j - 1) != '-') || j < 4) {
      return false;
    }
    String unit = s.subSequence(j - 4, j - 1).toString();
    return unit.equalsIgnoreCase("GMT") || unit.equalsIgnoreCase("UTC");
  }

  private static void blank(StringBuilder s, int from, int to) {
    for (int i = from; i < to; i++) {
      s.setCharAt(i, ' ');
    }
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "a" or "p" from an AM/PM letter or a Vietnamese SA/CH marker; null on a 24-hour clock. */
  private static String meridiem(String latin, String vietnamese) {
    if (latin != null) {
      return latin;
    }
    return vietnamese == null ? null : vietnamese.equals("SA") ? "a" : "p";
  }

  private static LocalTime time(String h, String m, String s, String ampm) {
    int hour = Integer.parseInt(h);
    boolean pm = ampm != null && ampm.equalsIgnoreCase("p");
    if (ampm != null && !(pm && hour > 12 && hour < 24)) { // "21:50 PM": a 24-hour clock
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      return LocalTime.of(hour, Integer.parseInt(m), s == null ? 0 : Integer.parseInt(s));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String sign, String hours, String minutes) {
    if (sign == null) {
      return ZoneOffset.UTC; // "Z"
    }
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    try {
      return sign.equals("-") ? ZoneOffset.ofHoursMinutes(-h, -m) : ZoneOffset.ofHoursMinutes(h, m);
    } catch (DateTimeException e) {
      return VIETNAM;
    }
  }

  /** A line that holds only a time of day, maybe after "lúc": "lúc 15:31", "15h31". */
  private static final Pattern TIME_ALONE =
      Pattern.compile(
          "^(?:(?i:vào lúc|lúc) )?(\\d{1,2})[:hH](\\d{2})(?::(\\d{2}))?"
              + "(?:\\s?([AaPp])\\.?[Mm]\\.?|\\s(SA|CH))?(?: \\(?(?:GMT|UTC)\\+7\\)?)?$",
          Pattern.UNICODE_CASE);

  /**
   * The time a line holds alone ("lúc 15:31", a portal's date line broken in two: "Ngày cập nhật
   * 13/12/2018" over "lúc 15:31"), or null.
   */
  static LocalTime timeAlone(String line) {
    if (line.length() > TIME_ALONE_MAX) {
      return null;
    }
    Matcher m = TIME_ALONE.matcher(line);
    return m.matches()
        ? time(m.group(1), m.group(2), m.group(3), meridiem(m.group(4), m.group(5)))
        : null;
  }

  private static final int TIME_ALONE_MAX = 24;
}
