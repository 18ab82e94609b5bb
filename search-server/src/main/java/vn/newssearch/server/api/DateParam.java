package vn.newssearch.server.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.server.search.BadRequestException;

/**
 * Parses the {@code from}/{@code to} dates in the forms journalists type: YYYY-MM-DD, YYYY-MM, YYYY
 * and the Vietnamese DD/MM/YYYY. A month or a year stands for its first day as {@code from} and its
 * last day as {@code to}, so both bounds stay inclusive.
 */
final class DateParam {
  private DateParam() {}

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern VN_DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

  /** The first day the value covers; null for null or blank. */
  static LocalDate start(String value, String param) {
    return parse(value, param, false);
  }

  /** The last day the value covers; null for null or blank. */
  static LocalDate end(String value, String param) {
    return parse(value, param, true);
  }

  private static LocalDate parse(String value, String param, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      Matcher m;
      if ((m = ISO_DAY.matcher(v)).matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      if ((m = VN_DAY.matcher(v)).matches()) {
        return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
      }
      if ((m = ISO_MONTH.matcher(v)).matches()) {
        YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if ((m = YEAR.matcher(v)).matches()) {
        int year = num(m, 1);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
    } catch (DateTimeException e) {
      throw new BadRequestException(param, param + " is not a real date: \"" + value + "\"");
    }
    throw new BadRequestException(
        param,
        param
            + " must be a date as YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY; got \""
            + value
            + "\"");
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
