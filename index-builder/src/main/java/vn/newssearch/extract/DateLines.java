package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a date line says besides the date and time: the author and the section printed beside them
 * ("Hoàng Anh | Xã hội | 17/10/2019 21:50"), read part by part.
 */
final class DateLines {
  private DateLines() {}

  /**
   * What a timestamp line says besides the date: its words without digits, separators, weekdays or
   * time zone ("Hoàng Anh | 17/10/2019 21:50" → "Hoàng Anh").
   */
  static String words(String line) {
    String t = NOT_WORDS.matcher(line).replaceAll(" ");
    t = Timestamps.DATE_WORDS.matcher(t).replaceAll(" ");
    t = MONTH_WORDS.matcher(t).replaceAll(" "); // "bởi Đình Phú · Nov 1, 2020 5:37 PM"
    t = WORDED_MONTHS.matcher(t).replaceAll(" "); // "Đăng ngày 27 Tháng Năm, 2018 bởi Mai Phương"
    return SPACES.matcher(t.strip()).replaceAll(" ");
  }

  private static final Pattern NOT_WORDS = Pattern.compile("[\\d/:|.,()+–•·-]+");
  private static final Pattern MONTH_WORDS =
      Pattern.compile("(?<!\\p{L})" + Timestamps.MONTH_NAME + "(?!\\p{L})");
  private static final Pattern WORDED_MONTHS =
      Pattern.compile("(?<!\\p{L})(?i:tháng) " + Timestamps.MONTH_WORD, Pattern.UNICODE_CASE);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PART_BREAK = Pattern.compile("[|•·]");

  /**
   * The date line's words, part by part between its bars and dots: "Hoàng Anh | Xã hội | 17/10/2019
   * 21:50" → ["Hoàng Anh", "Xã hội"].
   */
  static List<String> parts(String line) {
    List<String> out = new ArrayList<>();
    for (String part : PART_BREAK.split(DATE_OR_TIME.matcher(line).replaceAll("|"))) {
      String w = words(part);
      if (!w.isEmpty()) {
        String kept = trimSeparators(part); // "Lao động - Việc làm" keeps its dash
        out.add(letters(kept).equals(letters(w)) ? kept : w);
      }
    }
    return out;
  }

  private static String trimSeparators(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && " -–,.:()".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " -–,.:()".indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** A date or a time, where a date line's parts meet: "Phạm Hương - 18/01/2018 20:08 Facebook". */
  private static final Pattern DATE_OR_TIME = Pattern.compile("\\d{1,4}(?:[/:.h-]\\d{1,4}){1,2}");

  /** The author a date line names beside the date ("Hoàng Anh | 17/10/2019"), or null. */
  static String author(String line) {
    for (String part : parts(line)) {
      // "Đăng ngày 01/10/2020 bởi Ngọc Anh": "posted … by", the name after the date
      String a = Bylines.author(part.startsWith("bởi ") ? "Bởi " + part.substring(4) : part);
      if (a != null) {
        return a;
      }
    }
    return OfficeDateRows.author(line); // "Đình Phú - Cục Quản lý … | 01/11/2020 11:15"
  }
}
