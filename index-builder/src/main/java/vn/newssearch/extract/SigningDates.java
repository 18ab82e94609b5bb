package vn.newssearch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * When an agreement was signed: "Ngày 17.10", "Chiều 12/11", "24/4/2021". Day first, always; a day
 * without a year takes the publication year, or the year before when that would put it well after
 * publication ("30/12" published 2 January).
 */
final class SigningDates {
  /** Words before a day that make "12/11" a date, not a ratio ("sáng nay (8/1)"), folded. */
  private static final Set<String> DAY_WORDS =
      Set.of("ngay", "sang", "chieu", "trua", "toi", "dem", "nay", "qua", "hom");

  /** Parts of the day that "qua" makes yesterday's ("hôm qua", "tối qua"), as written. */
  private static final Set<String> YESTERDAY = Set.of("hôm", "sáng", "chiều", "trưa", "tối", "đêm");

  /** How far after publication a yearless date may fall before it means the previous year. */
  private static final int DAYS_AHEAD = 31;

  private SigningDates() {}

  /** A signing date and the sentence it was found in. */
  record Found(LocalDate date, int sentence, int at) {}

  /** The first dated day in syllables [from, to): "Ngày 17.10", "Chiều 12/11", "24/4/2021". */
  static Found signedOn(Syllables s, int from, int to, OffsetDateTime published) {
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      Found spelled = spelledOut(s, k, to, published);
      if (spelled != null) {
        return spelled;
      }
      int year = dayAt(s, k);
      if (year == NO_DAY) {
        continue;
      }
      if (year < 0 && published == null) {
        // "Chiều ngày 26/10 ... theo chiến lược đã được ký kết vào ngày 01/06/2017": the first
        // day is the signing's; without a year to give it, a later full date is another's. The
        // same day written with its year elsewhere gives it: "Lễ ký kết ... đã chính thức được
        // diễn ra ngày 3/5/2019. Cụ thể, vào ngày 3/5, tại ..., lễ ký kết ..."
        int written = yearOf(s, s.number(k), s.number(k + 1));
        LocalDate same = written < 0 ? null : date(s.number(k), s.number(k + 1), written, null);
        return same == null ? null : new Found(same, s.sentence[k], k);
      }
      LocalDate date = date(s.number(k), s.number(k + 1), year < 0 ? null : year, published);
      if (date != null) {
        return new Found(date, s.sentence[k], k);
      }
    }
    if (published != null) {
      // "sáng nay", "hôm nay": the day of publication
      for (int k = Math.max(1, from); k < to; k++) {
        if (s.is(k, "nay") && DAY_WORDS.contains(folded(s, k - 1)) && !s.is(k - 1, "ngay")) {
          return new Found(published.toLocalDate(), s.sentence[k], k);
        }
        // "hôm qua", "chiều qua": the day before; "vừa qua", "năm qua" say no day
        if ("qua".equalsIgnoreCase(s.original(k))
            && YESTERDAY.contains(s.original(k - 1).toLowerCase(Locale.ROOT))) {
          return new Found(published.toLocalDate().minusDays(1), s.sentence[k], k);
        }
      }
    }
    return null;
  }

  /** The year the article writes day/month with ("3/5/2019" for 3/5), or -1. */
  private static int yearOf(Syllables s, int day, int month) {
    for (int k = 0; k + 2 < s.size; k++) {
      if (s.number(k) == day && s.number(k + 1) == month) {
        int year = dayAt(s, k);
        if (year >= 0) {
          return year;
        }
      }
    }
    return -1;
  }

  /**
   * "ngày 23 tháng 10 năm 2017", "Ngày 4 tháng 6" at syllable k (the press-release form): the day,
   * or null.
   */
  private static Found spelledOut(Syllables s, int k, int to, OffsetDateTime published) {
    if (!s.is(k, "ngay") || k + 3 >= to || !s.is(k + 2, "thang")) {
      return null;
    }
    int day = s.number(k + 1);
    int month = s.number(k + 3);
    boolean hasYear = k + 5 < to && s.is(k + 4, "nam") && isYear(s.number(k + 5));
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return null;
    }
    LocalDate d = date(day, month, hasYear ? s.number(k + 5) : null, published);
    return d == null ? null : new Found(d, s.sentence[k], k);
  }

  /**
   * The first day of syllables [from, to) when it is written without its year ("Sáng 4-6"): its
   * month and day as a date of year 2000 (a leap year, so 29/2 stays a date), or null.
   */
  static LocalDate yearless(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      int year = dayAt(s, k);
      if (year != NO_DAY) {
        return year >= 0 ? null : date(s.number(k), s.number(k + 1), 2000, null);
      }
    }
    return null;
  }

  /** Whether syllables [from, to) name a day of the month ("sáng 3/2", "ngày 21/8/2018"). */
  static boolean hasDay(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      if (dayAt(s, k) != NO_DAY) {
        return true;
      }
    }
    return false;
  }

  private static final int NO_DAY = -2;

  /** The year of the first full date ("21/8/2018") in syllables [from, to), or -1. */
  static int firstYear(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      int year = dayAt(s, k);
      if (year >= 0) {
        return year;
      }
    }
    return -1;
  }

  /**
   * The last day written in the {@code reach} syllables before {@code at}, as {@link #firstYear}
   * reads it: its year, -1 for a day without one ("Sáng 20/3"), or -2 when none is written there.
   * "Cùng ngày" (the same day) is that day.
   */
  static int lastDayBefore(Syllables s, int at, int reach) {
    for (int k = at - 2; k >= Math.max(0, at - reach); k--) {
      int year = dayAt(s, k);
      if (year != NO_DAY) {
        return year;
      }
    }
    return NO_DAY;
  }

  /** Whether the article dates something by day and month alone ("Chiều 12/11", "ngày 8-1"). */
  static boolean hasDayWithoutYear(Syllables s) {
    for (int k = 0; k + 1 < s.size; k++) {
      if (dayAt(s, k) == -1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The latest year the article dates something in: "12/6/2018", "tháng 2-2019" (not a period's
   * years, which may lie ahead); -1 when it dates nothing.
   */
  static int latestYear(Syllables s) {
    int latest = -1;
    for (int k = 0; k + 1 < s.size; k++) {
      int year = dayAt(s, k);
      latest = Math.max(latest, year < 0 ? monthYearAt(s, k) : year);
    }
    return latest;
  }

  /**
   * The year of the first month written with its year in syllables [from, to) that dates the verb
   * at {@code verb}: before it ("Trung tuần tháng 3/2014, Huyện uỷ ... ký kết"), or after it behind
   * "hồi" (back in: "chủ trì lễ ký ... hồi tháng 3/2017"); not a later month of the deal's own ("ký
   * hợp đồng mua 11 chiến đấu cơ ..., bắt đầu nhận máy bay từ tháng 8/2018"); -1 when none.
   */
  static int firstMonthYear(Syllables s, int from, int to, int verb) {
    for (int k = Math.max(0, from); k + 2 < to; k++) {
      int year = monthYearAt(s, k);
      if (year > 0 && (k < verb || (k > 0 && s.is(k - 1, "hoi")))) {
        return year;
      }
    }
    return -1;
  }

  /** At syllable k, "tháng 3/2014" or "tháng 12-2017": the year, else -1. */
  private static int monthYearAt(Syllables s, int k) {
    boolean written =
        s.is(k, "thang")
            && k + 2 < s.size
            && s.number(k + 1) >= 1
            && s.number(k + 1) <= 12
            && isYear(s.number(k + 2))
            && s.joiner(k + 2) != 0
            && s.joiner(k + 2) != ' ';
    return written ? s.number(k + 2) : -1;
  }

  /**
   * At syllable k, a day and month ("17.10", "12/11", with a year or after a day word): the year
   * (-1 when none is written), or NO_DAY.
   */
  private static int dayAt(Syllables s, int k) {
    int day = s.number(k);
    if (day < 1 || day > 31) {
      return NO_DAY; // most syllables: the article-wide reads come here for each
    }
    int month = s.number(k + 1);
    char sep = s.joiner(k + 1);
    if (day < 1
        || day > 31
        || month < 1
        || month > 12
        || (sep != '/' && sep != '.' && sep != '-')) {
      return NO_DAY;
    }
    int year = k + 2 < s.size && s.joiner(k + 2) == sep ? s.number(k + 2) : -1;
    boolean hasYear = isYear(year) && s.fend[k + 2] - s.fstart[k + 2] == 4;
    if (!hasYear && !(k > 0 && DAY_WORDS.contains(folded(s, k - 1)))) {
      return NO_DAY;
    }
    return hasYear ? year : -1;
  }

  static LocalDate date(int day, int month, Integer year, OffsetDateTime published) {
    try {
      if (year != null) {
        return LocalDate.of(year, month, day);
      }
      if (published == null) {
        return null;
      }
      LocalDate pub = published.toLocalDate();
      LocalDate d = LocalDate.of(pub.getYear(), month, day);
      return d.isAfter(pub.plusDays(DAYS_AHEAD)) ? LocalDate.of(pub.getYear() - 1, month, day) : d;
    } catch (DateTimeException e) {
      return null; // 31/4, 29/2 in a common year: not a date
    }
  }

  static boolean isYear(int y) {
    return y >= 1945 && y <= 2100;
  }

  private static String folded(Syllables s, int k) {
    return new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]);
  }
}
