package vn.newssearch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

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
  record Found(LocalDate date, int sentence) {}

  /** "giai đoạn 2019 – 2022" → Period(2019, 2022), the first one in the text; null if none. */
  static Article.Period period(Syllables s) {
    for (int k = 0; k + 3 < s.size; k++) {
      if (s.is(k, "giai") && s.is(k + 1, "doan")) {
        int from = s.number(k + 2);
        int to = s.number(k + 3);
        if (isYear(from) && isYear(to) && to >= from && s.has(k + 3, Syllables.DASH)) {
          return new Article.Period(from, to);
        }
      }
    }
    return null;
  }

  /** The first dated day in syllables [0, end): "Ngày 17.10", "Chiều 12/11", "24/4/2021". */
  static Found signedOn(Syllables s, int end, OffsetDateTime published) {
    for (int k = 0; k + 1 < end; k++) {
      int day = s.number(k);
      int month = s.number(k + 1);
      char sep = s.joiner(k + 1);
      if (day < 1
          || day > 31
          || month < 1
          || month > 12
          || (sep != '/' && sep != '.' && sep != '-')) {
        continue;
      }
      int year = k + 2 < s.size && s.joiner(k + 2) == sep ? s.number(k + 2) : -1;
      boolean hasYear = isYear(year) && s.fend[k + 2] - s.fstart[k + 2] == 4;
      if (!hasYear && !(k > 0 && DAY_WORDS.contains(folded(s, k - 1)))) {
        continue;
      }
      LocalDate date = date(day, month, hasYear ? year : null, published);
      if (date != null) {
        return new Found(date, s.sentence[k]);
      }
    }
    return null;
  }

  /** "tại Hà Nội", "tại TP Cần Thơ" in sentence {@code sentence}: the province's canonical name. */
  static String place(Syllables s, NameTrie trie, int sentence) {
    for (int k = 0; k + 1 < s.size; k++) {
      if (s.sentence[k] != sentence || !s.is(k, "tai") || !"tại".equalsIgnoreCase(s.original(k))) {
        continue;
      }
      int p = k + 1;
      if (s.has(p, Syllables.BREAK)) {
        continue;
      }
      Match type = trie.longest(s, p, Kind.TYPE.bit(), true);
      Match prov = trie.longest(s, p, Kind.PROVINCE.bit(), false);
      if (prov == null && type != null && type.to() < s.size) {
        prov = trie.longest(s, type.to(), Kind.PROVINCE.bit(), false);
      }
      if (prov != null) {
        return prov.entry().value();
      }
    }
    return null;
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
