package vn.newssearch.extract;

/**
 * The rest of a wire service's dateline after its place: "Hà Nội, 25/2/2022 (TTXVN) - ...",
 * "TP.HCM, 21/1/2014 (LĐ) - ...", "Hà Nội (TTXVN) - ...": a comma and the day, or the agency in
 * brackets, or both, then a dash. The place names where the story was filed, never a side.
 */
final class WireDatelines {
  private WireDatelines() {}

  /** How many syllables the day may take: "25/2/2022", "ngày 25/2/2022". */
  private static final int DAY_SYLLABLES = 4;

  /** How many syllables the agency's brackets may hold: "(TTXVN)", "(Dân trí)". */
  private static final int AGENCY_SYLLABLES = 3;

  /**
   * How many after a day: a paper's longer name, "Hà Nội, 17/8 (Kinh tế & Đô thị) - ...", where the
   * place, the day and the dash already make the dateline.
   */
  private static final int DATED_AGENCY_SYLLABLES = 6;

  /**
   * The syllable after the dash when the syllables from {@code k}, right after a place, are the
   * rest of a wire dateline; else -1.
   */
  static int after(Syllables s, int k) {
    int at = k;
    boolean day = false;
    if (at < s.size && s.has(at, Syllables.COMMA) && !s.has(at, Syllables.PAREN)) {
      Phrases.Phrase word = SigningPlaces.WORDS.get("day").at(s, at); // "Hà Nội, ngày 25/2"
      at += word != null ? word.length() : 0;
      int from = at;
      while (at < s.size && at - from < DAY_SYLLABLES && s.number(at) >= 0) {
        at++;
      }
      day = at - from >= 2; // "25/2": a day and a month at least
      if (!day) {
        return -1;
      }
    }
    int open = at;
    int reach = day ? DATED_AGENCY_SYLLABLES : AGENCY_SYLLABLES;
    while (at < s.size && at - open < reach && s.has(at, Syllables.PAREN)) {
      at++;
    }
    boolean agency = at > open && (at >= s.size || !s.has(at, Syllables.PAREN));
    boolean dash = at < s.size && s.has(at, Syllables.DASH) && !s.has(at, Syllables.PAREN);
    return dash && (day || agency) ? at : -1;
  }
}
