package vn.newssearch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.model.Article;

/**
 * When, where and for which years an agreement was signed: "giai đoạn 2019 – 2022", "Ngày 17.10,
 * tại Hà Nội", "Chiều 12/11". Day first, always; a day without a year takes the publication year,
 * or the year before when that would put it well after publication ("30/12" published 2 January).
 */
final class SigningDates {
  /** Words before a day that make "12/11" a date, not a ratio ("sáng nay (8/1)"), folded. */
  private static final Set<String> DAY_WORDS =
      Set.of("ngay", "sang", "chieu", "trua", "toi", "dem", "nay", "qua", "hom");

  /** How far after publication a yearless date may fall before it means the previous year. */
  private static final int DAYS_AHEAD = 31;

  private SigningDates() {}

  /** A signing date and the sentence it was found in. */
  record Found(LocalDate date, int sentence, int at) {}

  /**
   * "giai đoạn 2019 – 2022" → Period(2019, 2022), the first one in syllables [from, to); with
   * {@code until}, also "đến năm 2025" → Period(null, 2025); null if none.
   */
  static Article.Period period(Syllables s, int from, int to, boolean until) {
    for (int k = Math.max(0, from); k + 2 < to; k++) {
      if (s.is(k, "giai") && s.is(k + 1, "doan") && k + 3 < s.size) {
        int a = s.number(k + 2);
        int b = s.number(k + 3);
        if (isYear(a) && isYear(b) && b >= a && s.has(k + 3, Syllables.DASH)) {
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
        if (isYear(a) && isYear(b) && b >= a) {
          return new Article.Period(a, b);
        }
      }
      if (until && s.is(k, "den") && s.is(k + 1, "nam") && isYear(s.number(k + 2))) {
        return new Article.Period(null, s.number(k + 2));
      }
    }
    return null;
  }

  /** The first dated day in syllables [from, to): "Ngày 17.10", "Chiều 12/11", "24/4/2021". */
  static Found signedOn(Syllables s, int from, int to, OffsetDateTime published) {
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      int year = dayAt(s, k);
      if (year == NO_DAY) {
        continue;
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
      if (year < 0
          && s.is(k, "thang")
          && k + 2 < s.size
          && s.number(k + 1) >= 1
          && s.number(k + 1) <= 12
          && isYear(s.number(k + 2))
          && s.joiner(k + 2) != 0
          && s.joiner(k + 2) != ' ') {
        year = s.number(k + 2);
      }
      latest = Math.max(latest, year);
    }
    return latest;
  }

  /**
   * At syllable k, a day and month ("17.10", "12/11", with a year or after a day word): the year
   * (-1 when none is written), or NO_DAY.
   */
  private static int dayAt(Syllables s, int k) {
    int day = s.number(k);
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

  /**
   * How far after the verb "tại" still places the signing ("ký kết thỏa thuận tại Hà Nội"); later
   * only after "diễn ra" ("lễ ký kết ... đã diễn ra tại ...").
   */
  private static final int PLACE_AFTER_VERB = 8;

  /** How far after "tại" the province may come ("tại xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau"). */
  private static final int PLACE_REACH = 14;

  /**
   * "tại Hà Nội", "tại TP Cần Thơ", "tại Tokyo, Nhật Bản" in sentence {@code sentence}: the
   * province's canonical name, or a state named right after "tại".
   */
  static String place(Syllables s, NameTrie trie, int from, int to, int verb) {
    int sentence = s.sentence[from];
    for (int k = from; k + 1 < to; k++) {
      boolean at = s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k));
      boolean in = s.is(k, "o") && "ở".equalsIgnoreCase(s.original(k)); // "diễn ra ở Bắc Kinh"
      if (!at && !in) {
        continue;
      }
      boolean ofTheSigning =
          k < verb
              || k - verb <= PLACE_AFTER_VERB
              || (s.is(k - 1, "ra") && s.is(k - 2, "dien"))
              || afterDocument(s, verb, k);
      if (!ofTheSigning) {
        continue; // "... sang làm việc tại Hàn Quốc": the place of something else in the clause
      }
      String foreign = foreignCity(s, trie, k + 1);
      if (foreign != null) {
        return foreign;
      }
      for (int p = k + 1; p < Math.min(s.size, k + 1 + PLACE_REACH); p++) {
        if (s.sentence[p] != sentence || (p > k + 1 && s.has(p, Syllables.BREAK))) {
          break;
        }
        Match prov =
            s.has(p, Syllables.UPPER) ? trie.longest(s, p, Kind.PROVINCE.bit(), false) : null;
        if (prov != null && !insideName(s, p, prov.to())) {
          return prov.entry().value();
        }
        Phrases.Phrase state = ClauseWords.INSTANCE.country(s, p);
        if (state != null && !state.value().equals("Việt Nam")) {
          return s.original(p, p + state.length()); // a foreign place as written
        }
      }
    }
    return null;
  }

  /**
   * "ký kết Hiệp định Đối tác Toàn diện và Tiến bộ Xuyên Thái Bình Dương (CPTPP) tại Chile":
   * between the verb and "tại", the document's capitalised or bracketed name counts for nothing; a
   * few lower-case words, none that starts another part of the clause ("để", "cho", "theo"), keep
   * the place the signing's.
   */
  private static boolean afterDocument(Syllables s, int verb, int k) {
    if (!s.has(k - 1, Syllables.UPPER | Syllables.PAREN) && !s.has(k, Syllables.COMMA)) {
      return false; // "ký với hãng hàng không lớn thứ hai tại Mỹ": "tại" describes the noun
    }
    int lower = 0;
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int p = verb + 1; p < k; p++) {
      if (s.has(p, Syllables.BREAK) && !s.has(p, Syllables.PAREN) || ends.at(s, p) != null) {
        return false;
      }
      if (!s.has(p, Syllables.UPPER | Syllables.PAREN) && ++lower > PLACE_AFTER_VERB) {
        return false;
      }
    }
    return true;
  }

  /**
   * A foreign city named right after "tại": "tại Auckland, New Zealand" → "Auckland", "tại Thủ đô
   * Santiago de Chile" → "Santiago de Chile": a capitalised name that ends with a state or is
   * followed by one after a comma. Null for anything else.
   */
  private static String foreignCity(Syllables s, NameTrie trie, int from) {
    NameTrie.Match type = trie.longest(s, from, Kind.TYPE.bit(), true);
    int a = type != null ? type.to() : from;
    int b = a;
    while (b < s.size
        && (b == a || !s.has(b, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))
        && (s.has(b, Syllables.UPPER) || (b > a && s.is(b, "de") && b + 1 < s.size))) {
      Phrases.Phrase state = b > a ? ClauseWords.INSTANCE.country(s, b) : null;
      if (state == null && b > a && s.has(b, Syllables.UPPER) && s.is(b - 1, "de")) {
        state = ClauseWords.INSTANCE.countryAnywhere(s, b);
      }
      if (state != null && b + state.length() <= s.size) {
        return s.original(a, b + state.length());
      }
      b++;
    }
    if (b == a || b >= s.size || !s.has(b, Syllables.COMMA) || s.sentence[b] != s.sentence[a]) {
      return null;
    }
    if (trie.longest(s, a, Kind.PROVINCE.bit(), false) != null
        || ClauseWords.INSTANCE.country(s, a) != null) {
      return null; // "tại Hà Nội, Việt Nam": not a foreign city
    }
    Phrases.Phrase state = ClauseWords.INSTANCE.country(s, b);
    return state != null && !state.value().equals("Việt Nam") ? s.original(a, b) : null;
  }

  /**
   * Whether a place name at [from, to) is part of a longer capitalised name: "Trương Hoà Bình" (a
   * person), "Thái Bình Dương"; "TP. HCM" and "tỉnh Hòa Bình" are places.
   */
  static boolean insideName(Syllables s, int from, int to) {
    int sep = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
    boolean before =
        from > 0
            && s.has(from - 1, Syllables.UPPER)
            && !s.has(from, sep)
            && !s.is(from - 1, "tp")
            && !s.is(from - 1, "thanh")
            && !s.is(from - 1, "tinh");
    boolean after = to < s.size && s.has(to, Syllables.UPPER) && !s.has(to, sep);
    return before || after;
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

  private static boolean isYear(int y) {
    return y >= 1945 && y <= 2100;
  }

  private static String folded(Syllables s, int k) {
    return new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]);
  }
}
