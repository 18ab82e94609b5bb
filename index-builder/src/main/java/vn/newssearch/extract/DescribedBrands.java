package vn.newssearch.extract;

/**
 * A brand that a lower-case description of its business opens in a party's place: "ký hợp đồng với
 * nhà máy đóng tàu Fincantieri", "với nhà bán lẻ Nhật Bản Aeon", "với các đối tác Vietnam Tourism
 * Charter, ...". The description starts right after a lower-case link ("với", "và", "cùng", "giữa")
 * and holds only lower-case words, none a word of the clause ({@code link}, {@code break}, {@code
 * unread-end}: "của", "để", "về", "đã", a day word), no number, no mark, and at most a state's
 * name; the brand (a word no Vietnamese syllable spells, {@link BrandNames}) then names the party
 * as written, the description being no part of its name. Heads the name grammar knows
 * ("described-head": "hãng", "tập đoàn") are read with their brand by {@link PartyCandidates}.
 */
final class DescribedBrands {
  /** Lower-case words a description may take ("công ty Fintech hàng đầu của Anh" is longer). */
  private static final int MAX_WORDS = 6;

  /** Capitalised words a description may hold: a state's ("Nhật Bản", "Hàn Quốc"). */
  private static final int MAX_CAPITALS = 2;

  private static final int MARKS =
      Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN;

  /** Syllables of the date that opens a sentence ("Ngày 26/4/2019"). */
  private static final int MAX_DATE = 5;

  private DescribedBrands() {}

  /**
   * Where the lower-case description that opens a party's place before the brand at k starts, else
   * -1.
   */
  static int from(Syllables s, int k) {
    if (k == 0 || s.has(k, MARKS) || s.is(k - 1, "cua")) {
      return -1; // "công ty mẹ của Ajinomoto": the brand is another body
    }
    ClauseWords words = ClauseWords.INSTANCE;
    int capitals = 0;
    int lower = 0;
    for (int p = k - 1; p >= 0 && k - p <= MAX_WORDS + MAX_CAPITALS; p--) {
      if (s.sentence[p] != s.sentence[k] || s.has(p + 1, MARKS) && p + 1 < k) {
        return -1;
      }
      if (lower > 0 && opener(s, p + 1)) {
        return s.has(p + 1, Syllables.UPPER) ? -1 : p + 1; // the description opens in lower case
      }
      if (s.has(p, Syllables.UPPER)) {
        if (++capitals > MAX_CAPITALS) {
          return -1;
        }
        continue;
      }
      if (++lower > MAX_WORDS
          || s.number(p) >= 0
          || words.get("break").at(s, p) != null
          || words.get("link").at(s, p) != null
          || words.get("unread-end").at(s, p) != null) {
        return -1; // "Ngày 1/1/2023, tại TP Cần Thơ": a word of the clause, no description
      }
      if (s.has(p, MARKS)) {
        // "Ngày 26/4/2019, | trang thương mại điện tử Adayroi đã ký kết": the subject's place
        return dated(s, p) ? p : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the date that opens the sentence and its comma end right before q: "Ngày 26/4/2019, |
   * trang thương mại điện tử Adayroi đã ký kết ...": the subject's place.
   */
  private static boolean dated(Syllables s, int q) {
    if (q == 0 || !s.has(q, Syllables.COMMA) || s.has(q, MARKS & ~Syllables.COMMA)) {
      return false;
    }
    int start = q - 1;
    while (start > 0 && s.sentence[start - 1] == s.sentence[q] && q - start <= MAX_DATE) {
      start--;
    }
    if (s.sentence[start] != s.sentence[q] || start > 0 && s.sentence[start - 1] == s.sentence[q]) {
      return false; // the date does not open the sentence
    }
    Phrases.Phrase day = ClauseWords.INSTANCE.get("date-opener").at(s, start);
    if (day == null || start + day.length() >= q) {
      return false;
    }
    for (int p = start + day.length(); p < q; p++) {
      if (s.number(p) < 0 || p > start + day.length() && s.has(p, Syllables.COMMA)) {
        return false; // "Ngày 12/10, tại Hà Nội, ...": a place after the date
      }
    }
    return true;
  }

  /**
   * Whether a link that opens a party's place ("với", "và", "cùng", "giữa"), or a purchase's "từ"
   * or "của" before its seller ({@link Sellers#sellerAt}), ends right before q.
   */
  private static boolean opener(Syllables s, int q) {
    return q > 0
        && s.sentence[q - 1] == s.sentence[q]
        && !s.has(q, MARKS)
        && !s.has(q - 1, Syllables.UPPER) // "Cùng lúc Empire Group đã ký": an adverb, no link
        && (s.is(q - 1, "voi")
            || s.is(q - 1, "va")
            || s.is(q - 1, "cung")
            || s.is(q - 1, "giua")
            || Sellers.sellerAt(s, q));
  }
}
