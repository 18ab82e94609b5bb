package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.model.Article;

/**
 * For which years an agreement was signed: "giai đoạn 2019 – 2022", "từ năm 2019 đến năm 2022",
 * "nhiệm kỳ 2019-2024", "(9/2017-9/2019)", "đến hết năm 2025". A period is the signed document's
 * when it follows the verb in its clause ("ký kết chương trình phối hợp công tác giai đoạn
 * 2019-2023"), follows the document's noun before the verb ("Chương trình ... giai đoạn 2019-2022
 * được ký kết"), or a later sentence names the document as "thỏa thuận này"; a period fronted
 * before the verb ("từ năm 2011 đến 2016, UBND huyện ... đã ký") dates something else.
 */
final class SigningPeriods {
  /** How far after a plan's noun its single year may come ("kế hoạch ... năm 2019"). */
  private static final int PLAN_REACH = 12;

  /** The longest period a document covers; longer spans are history, not terms. */
  private static final int SPAN_MAX = 30;

  private SigningPeriods() {}

  /** A period and the syllable after it. */
  private record Found(Article.Period period, int end) {}

  /**
   * The period of the signing whose verb is at {@code verb}, in its sentence [from, to), with
   * {@code noun} the document noun it signs (or null); "đến năm 2025" only within {@code untilTo}.
   */
  static Article.Period signed(
      Syllables s, int from, int to, int verb, OrganisationMatcher.Hit noun, int untilTo) {
    Article.Period p = scan(s, verb + 1, to, untilTo);
    if (p != null) {
      return p;
    }
    if (noun != null && noun.to() <= verb && noun.from() >= from) {
      p = scan(s, noun.to(), verb, -1); // "Chương trình ... giai đoạn 2019-2022 được ký kết"
    }
    if (p == null && noun != null && (s.is(noun.from(), "ke") || s.is(noun.from(), "chuong"))) {
      p = planYear(s, noun.to(), to); // "ký kế hoạch phối hợp thực hiện Năm dân vận ... 2019"
    }
    return p;
  }

  /**
   * A period in a sentence that names the document again ("Thoả thuận này có hiệu lực đến hết năm
   * 2025"), from the noun to the end of its sentence; null if none.
   */
  static Article.Period named(Syllables s, List<OrganisationMatcher.Hit> nouns) {
    for (OrganisationMatcher.Hit n : nouns) {
      // "thoả thuận này", "thoả thuận trên": the document named again
      boolean again = n.to() < s.size && (s.is(n.to(), "nay") || s.is(n.to(), "tren"));
      if (again && !s.has(n.to(), Syllables.BREAK)) {
        int end = n.to();
        while (end < s.size && s.sentence[end] == s.sentence[n.to()]) {
          end++;
        }
        // from "này" on, so that a word that ends the clause right after it counts: "Hợp tác này là
        // một bước ... thực hiện chiến lược ngân hàng số giai đoạn 2017-2021" (the bank's plan)
        Article.Period p = scan(s, n.to(), end, end);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** The first period in [from, to) before a word that starts another part of the clause. */
  private static Article.Period scan(Syllables s, int from, int to, int untilTo) {
    Phrases ends = ClauseWords.INSTANCE.get("break");
    Phrases named = ClauseWords.INSTANCE.get("period-name");
    Phrases plans = ClauseWords.INSTANCE.get("period-plan");
    boolean comma = false; // a comma since from: what follows may be a clause of its own
    boolean object = false; // a verb of the document's name has taken its object
    for (int k = Math.max(0, from); k < to; k++) {
      comma |= k > from && s.has(k, Syllables.COMMA);
      Phrases.Phrase end = k > from ? ends.at(s, k) : null;
      if (end != null && !comma && named.at(s, k) != null) {
        // the name goes on through its own verb or noun: "ký kết chương trình phối hợp hỗ trợ phụ
        // nữ nông thôn học nghề, khởi nghiệp giai đoạn 2024 - 2030", "ký bản ghi nhớ thực hiện dự
        // án bảo vệ trẻ em giai đoạn 2019-2023" ("dự" of "dự án" is no attending)
        object = true;
        continue;
      }
      // a bare "cho" goes on ("cho đến năm 2025"); "cho biết" ends: "Phát biểu tại lễ ký kết, ông
      // A cho biết, MB đang triển khai quyết liệt chiến lược giai đoạn 2017-2021" (the bank's plan)
      if (end != null && !(s.is(k, "cho") && end.length() == 1)) {
        return null; // "... để triển khai kế hoạch giai đoạn 2016-2020": another plan's years
      }
      object |= end != null; // a bare "cho" takes its object too
      if (object && plans.at(s, k) != null) {
        // "ký hợp đồng 6,4 tỷ USD mua 40 máy bay F -35 A cho kế hoạch tăng cường vũ khí quốc gia
        // giai đoạn 2018-2021" (vietnews-train-040612): the plan's years, not the contract's
        return null;
      }
      Found f = at(s, k, to, k < untilTo);
      if (f != null) {
        return f.period();
      }
    }
    return null;
  }

  /** Whether a word before the year at k makes it a date, not a period's first year. */
  private static boolean dated(Syllables s, int k) {
    return k > 0 && (s.is(k - 1, "thang") || s.is(k - 1, "ngay") || s.is(k - 1, "quy"));
  }

  /** The syllables of "giai đoạn 2025 - 2028" and "nhiệm kỳ 2019-2024". */
  private static final int SPAN_WORDS = 4;

  /**
   * Whether a period of years ends right before syllable k: "ký thỏa thuận hợp tác giai đoạn
   * 2025-2028 tại Hà Nội".
   */
  static boolean endsBefore(Syllables s, int k) {
    int from = k - SPAN_WORDS;
    Found f = from >= 0 ? at(s, from, k, false) : null;
    return f != null && f.end() == k;
  }

  /** A period that starts at syllable k, ending before {@code to}. */
  private static Found at(Syllables s, int k, int to, boolean until) {
    if (s.is(k, "giai") && k + 1 < to && s.is(k + 1, "doan")) {
      return years(s, k + 2, to); // "giai đoạn 2019 – 2022"
    }
    if (s.is(k, "nhiem") && k + 1 < to && s.is(k + 1, "ky")) {
      return years(s, k + 2, to); // "nhiệm kỳ 2019-2024"
    }
    if (SigningDates.isYear(s.number(k)) && !dated(s, k)) {
      // a span of years on its own in the document's name: "Chương trình Hành động về Hợp tác Quốc
      // phòng 2018-2021", "đào tạo nhân viên quân sự năm học 2019 - 2020"
      Found f = years(s, k, to);
      if (f != null) {
        return f;
      }
    }
    if (s.is(k, "tu") && k + 1 < to && s.is(k + 1, "ngay")) {
      return days(s, k + 2, to); // "có hiệu lực từ ngày 26-10-2018 cho đến ngày 25-10-2021"
    }
    if (s.is(k, "tu") && k + 3 < to) {
      // "từ năm 2019 đến năm 2022", "từ 2019 đến hết năm 2022"
      int p = s.is(k + 1, "nam") ? k + 2 : k + 1;
      int a = s.number(p);
      int q = p + 1 < to && s.is(p + 1, "den") ? p + 2 : -1;
      q = q > 0 && q < to && s.is(q, "het") ? q + 1 : q;
      q = q > 0 && q < to && s.is(q, "nam") ? q + 1 : q;
      int b = q > 0 && q < to ? s.number(q) : -1;
      return period(a, b, q + 1);
    }
    if (until && s.is(k, "den")) {
      int q = k + 1 < to && s.is(k + 1, "het") ? k + 2 : k + 1; // "đến hết năm 2025"
      if (q + 1 < to && s.is(q, "nam") && SigningDates.isYear(s.number(q + 1))) {
        return new Found(new Article.Period(null, s.number(q + 1)), q + 2);
      }
    }
    if (s.has(k, Syllables.PAREN) && k + 3 < to && s.number(k) >= 1 && s.number(k) <= 12) {
      // "(9/2017-9/2019)": month/year to month/year
      if (s.joiner(k + 1) == '/' && s.joiner(k + 3) == '/' && s.has(k + 2, Syllables.DASH)) {
        return period(s.number(k + 1), s.number(k + 3), k + 4);
      }
    }
    return null;
  }

  /**
   * "26-10-2018 cho đến ngày 25-10-2021" at k, after "từ ngày": the years of two full dates, the
   * second after "đến"/"tới" (with "cho", "hết", "ngày" between); null for a day without its year.
   */
  private static Found days(Syllables s, int k, int to) {
    int a = fullDateYear(s, k, to);
    int q = k + 3;
    q = q < to && s.is(q, "cho") ? q + 1 : q;
    if (a < 0 || q >= to || !(s.is(q, "den") || s.is(q, "toi"))) {
      return null;
    }
    q++;
    q = q < to && s.is(q, "het") ? q + 1 : q;
    q = q < to && s.is(q, "ngay") ? q + 1 : q;
    return period(a, fullDateYear(s, q, to), q + 3);
  }

  /** The year of a full date "26-10-2018" / "26/10/2018" at k, or -1. */
  private static int fullDateYear(Syllables s, int k, int to) {
    if (k + 2 >= to || s.number(k) < 1 || s.number(k) > 31 || s.number(k + 1) < 1) {
      return -1;
    }
    char sep = s.joiner(k + 1);
    boolean joined = (sep == '/' || sep == '-' || sep == '.') && s.joiner(k + 2) == sep;
    return joined && s.number(k + 1) <= 12 && SigningDates.isYear(s.number(k + 2))
        ? s.number(k + 2)
        : -1;
  }

  /** "2019 – 2022" at k (a dash between): the period. */
  private static Found years(Syllables s, int k, int to) {
    if (k + 1 >= to || !s.has(k + 1, Syllables.DASH)) {
      return null;
    }
    return period(s.number(k), s.number(k + 1), k + 2);
  }

  private static Found period(int a, int b, int end) {
    boolean ok = SigningDates.isYear(a) && SigningDates.isYear(b) && b >= a && b - a <= SPAN_MAX;
    return ok ? new Found(new Article.Period(a, b), end) : null;
  }

  /**
   * A plan for one year: a single year inside the plan's name, before the clause goes on ("kế hoạch
   * phối hợp thực hiện Năm dân vận chính quyền 2019 giữa ..."): that year to that year.
   */
  private static Article.Period planYear(Syllables s, int from, int to) {
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int k = from; k < Math.min(to, from + PLAN_REACH); k++) {
      if (k > from && (s.has(k, Syllables.BREAK | Syllables.COMMA) || ends.at(s, k) != null)) {
        return null;
      }
      if (s.is(k, "giua") || s.is(k, "voi")) {
        return null; // the parties follow: the plan's name is over
      }
      int y = s.number(k);
      boolean alone = s.joiner(k) == ' ' || s.joiner(k) == 0;
      boolean dated = k > 0 && (s.is(k - 1, "thang") || s.is(k - 1, "ngay") || s.is(k - 1, "tu"));
      if (SigningDates.isYear(y) && alone && !dated && s.fend[k] - s.fstart[k] == 4) {
        boolean range = k + 1 < s.size && (s.has(k + 1, Syllables.DASH) || s.is(k + 1, "den"));
        return range ? null : new Article.Period(y, y);
      }
    }
    return null;
  }
}
