package vn.newssearch.extract;

import vn.newssearch.model.Article;

/** For which years an agreement was signed: "giai đoạn 2019 – 2022", "từ năm 2019 đến năm 2022". */
final class SigningPeriods {
  private SigningPeriods() {}

  /**
   * "giai đoạn 2019 – 2022" → Period(2019, 2022), the first one in syllables [from, to); with
   * {@code until}, also "đến năm 2025" → Period(null, 2025); null if none.
   */
  static Article.Period period(Syllables s, int from, int to, boolean until) {
    for (int k = Math.max(0, from); k + 2 < to; k++) {
      if (s.is(k, "giai") && s.is(k + 1, "doan") && k + 3 < s.size) {
        int a = s.number(k + 2);
        int b = s.number(k + 3);
        if (SigningDates.isYear(a)
            && SigningDates.isYear(b)
            && b >= a
            && s.has(k + 3, Syllables.DASH)) {
          return new Article.Period(a, b);
        }
      }
      if (s.is(k, "tu") && k + 4 < to) {
        // "từ năm 2019 đến năm 2022", "từ 2019 đến 2022"
        int p = s.is(k + 1, "nam") ? k + 2 : k + 1;
        int a = s.number(p);
        int q = p + 1 < to && s.is(p + 1, "den") ? p + 2 : -1;
        q = q > 0 && q < to && s.is(q, "nam") ? q + 1 : q;
        int b = q > 0 && q < to ? s.number(q) : -1;
        if (SigningDates.isYear(a) && SigningDates.isYear(b) && b >= a) {
          return new Article.Period(a, b);
        }
      }
      if (until && s.is(k, "den") && s.is(k + 1, "nam") && SigningDates.isYear(s.number(k + 2))) {
        return new Article.Period(null, s.number(k + 2));
      }
    }
    return null;
  }
}
