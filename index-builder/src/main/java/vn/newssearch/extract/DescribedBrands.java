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
          || s.has(p, MARKS)
          || words.get("break").at(s, p) != null
          || words.get("link").at(s, p) != null
          || words.get("unread-end").at(s, p) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a link that opens a party's place ("với", "và", "cùng", "giữa") ends right before q.
   */
  private static boolean opener(Syllables s, int q) {
    return q > 0
        && s.sentence[q - 1] == s.sentence[q]
        && !s.has(q, MARKS)
        && !s.has(q - 1, Syllables.UPPER) // "Cùng lúc Empire Group đã ký": an adverb, no link
        && (s.is(q - 1, "voi") || s.is(q - 1, "va") || s.is(q - 1, "cung") || s.is(q - 1, "giua"));
  }
}
