package vn.newssearch.extract;

/**
 * Days as news writes them ("Ngày 7/11", "chiều 25/6", "09/07/2018"), to tell a signing the body
 * recalls from the day of the story: a handover reported "Ngày 7/11" that ends with "Ngày 11/5,
 * USAID đã ký thoả thuận ..." recalls an agreement of half a year before.
 */
final class StoryDates {
  /** How many days before the story's day a signing is still part of its news. */
  private static final int RECENT_DAYS = 7;

  private StoryDates() {}

  /** A day and month, with the year when written (-1 when not). */
  record Day(int year, int month, int day) {
    /**
     * Whether this day lies more than a week before {@code story} (the same year when unwritten).
     */
    boolean wellBefore(Day story) {
      if (year > 0 && story.year > 0 && year != story.year) {
        return year < story.year;
      }
      int a = month * 31 + day;
      int b = story.month * 31 + story.day;
      return a + RECENT_DAYS < b;
    }
  }

  /** The first day written in syllables [from, to), or null. */
  static Day first(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k + 1 < Math.min(to, s.size); k++) {
      Day d = at(s, k);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * A day at syllable k: "25/6" or "25-6" after a day word ("ngày", "sáng", "hôm"), or a full date
   * "09/07/2018" anywhere; null for a ratio or a score ("3/4 số phiếu").
   */
  static Day at(Syllables s, int k) {
    int day = s.number(k);
    int month = k + 1 < s.size ? s.number(k + 1) : -1;
    char sep = k + 1 < s.size ? s.joiner(k + 1) : 0;
    if (day < 1
        || day > 31
        || month < 1
        || month > 12
        || (sep != '/' && sep != '-' && sep != '.')) {
      return null;
    }
    boolean yearWritten =
        k + 2 < s.size
            && s.joiner(k + 2) == sep
            && s.number(k + 2) >= 1945
            && s.fend[k + 2] - s.fstart[k + 2] == 4;
    if (yearWritten) {
      return new Day(s.number(k + 2), month, day);
    }
    boolean dayWord = k > 0 && NewsFrame.words("day").at(s, k - 1) != null;
    return dayWord ? new Day(-1, month, day) : null;
  }

  /** The number at syllable k read as a year: four digits, 1900 or later; else -1. */
  static int fourDigitYear(Syllables s, int k) {
    int n = k < s.size ? s.number(k) : -1;
    return n >= FIRST_YEAR && s.fend[k] - s.fstart[k] == YEAR_DIGITS ? n : -1;
  }

  /** The first number read as a year by {@link #fourDigitYear}. */
  private static final int FIRST_YEAR = 1900;

  private static final int YEAR_DIGITS = 4;

  /**
   * The year of a date at syllable k: a full date ("21/8/2018") or a month and a year ("tháng
   * 5/2017", "tháng 2-2019"); -1 when none.
   */
  static int yearAt(Syllables s, int k) {
    if (k + 2 >= s.size || s.joiner(k + 2) == 0 || s.joiner(k + 2) == ' ') {
      return -1;
    }
    int year = s.number(k + 2);
    boolean fourDigits = s.fend[k + 2] - s.fstart[k + 2] == 4;
    if (year < 1945 || year > 2100 || !fourDigits || s.joiner(k + 2) != s.joiner(k + 1)) {
      // "tháng 5/2017": a month, then the year joined to it
      int month = s.number(k + 1);
      boolean monthYear =
          s.is(k, "thang")
              && month >= 1
              && month <= 12
              && s.number(k + 2) >= 1945
              && s.number(k + 2) <= 2100
              && fourDigits;
      return monthYear ? s.number(k + 2) : -1;
    }
    int day = s.number(k);
    int month = s.number(k + 1);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? year : -1;
  }

  /** The year of the first date in syllables [from, to), or -1. */
  static int firstYear(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      int y = yearAt(s, k);
      if (y > 0) {
        return y;
      }
    }
    return -1;
  }
}
