package vn.newssearch.extract;

/**
 * What the words right before a candidate body say about it ({@link PartyCandidates}): a person's
 * name after "ông"/"bà", a count of bodies ("54 trường Đại học"), a date that opens the clause.
 */
final class CandidateContext {
  private static final int YEAR_MIN = 1900;
  private static final int MONTHS = 12;
  private static final int DAYS = 31;
  private static final int SEPARATOR =
      Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN;

  private CandidateContext() {}

  /**
   * "ký kết với ông Đoàn Đình Duy Khương - Thành viên HĐQT": a name right after "ông", "bà" is a
   * person's, whatever head its first word could be.
   */
  static boolean person(Syllables s, int k) {
    return k > 0
        && s.sentence[k - 1] == s.sentence[k]
        && ClauseWords.INSTANCE.get("person").at(s, k - 1) != null;
  }

  /**
   * Whether the body at k follows a member's title ("member-title": "Ủy viên"), with or without the
   * body's standing organ between ("Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh", "Ủy viên
   * Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, Chủ tịch LĐLĐ tỉnh"): the body a signer sits
   * in, not the one they sign for, which their office names.
   */
  static boolean member(Syllables s, int k) {
    ClauseWords words = ClauseWords.INSTANCE;
    int p = k - words.get("standing-organ").endingAt(s, k, ORGAN_WORDS);
    int title = words.get("member-title").endingAt(s, p, 2);
    return title > 0 && s.sentence[p - title] == s.sentence[k];
  }

  /** Syllables of a standing organ's name ("Ban Chấp hành", "Ban Thường trực"). */
  private static final int ORGAN_WORDS = 4;

  /** "54 trường Đại học ...", "các Công ty ...": a number of bodies, none of them named. */
  static boolean counted(Syllables s, int k) {
    if (k == 0 || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    int p = k - 1;
    if (s.is(p, "truong") && p > 0) {
      if (s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false; // "Sáng 5/6, trường Đại học Cần Thơ": the clause starts with it
      }
      p--; // "54 trường Đại học": the lower-case head before the named one
    }
    return (s.number(p) >= 0 && !dated(s, p))
        || s.is(p, "cac")
        || s.is(p, "nhieu")
        || s.is(p, "nhung");
  }

  /**
   * "các doanh nghiệp Coca-Cola, FrieslandCampina, ... và URC ký", "với các hãng Airbus, Boeing và
   * Rolls-Royce": a brand right after a quantifier or a count and a lower-case class noun of
   * companies ("brand-class" in party-words.tsv) is the first member of that class, and stands
   * where the quantifier stands; not a class of places ("hai tỉnh Ibaraki và Fukushima").
   */
  static boolean brandMember(Syllables s, int k) {
    if (k < 2 || s.sentence[k - 1] != s.sentence[k] || s.has(k, SEPARATOR)) {
      return false;
    }
    ClauseWords words = ClauseWords.INSTANCE;
    int noun = k - words.get("brand-class").endingAt(s, k, 3);
    if (noun == k || noun < 1 || s.has(noun, Syllables.UPPER) || s.has(noun, SEPARATOR)) {
      return false;
    }
    int quantifier = noun - words.get("class-quantifier").endingAt(s, noun, 2);
    int side = quantifier < noun ? quantifier : words.count(s, noun - 1) >= 2 ? noun - 1 : -1;
    return side >= 0
        && s.sentence[side] == s.sentence[k]
        && PartyCandidates.startsParty(s, side)
        && closedList(s, k);
  }

  /** Syllables a class's list of brands may take. */
  private static final int LIST_REACH = 40;

  /**
   * Whether the capitalised names from k are a closed list, "A, B và C": every word capitalised up
   * to a "và" and the capitalised name after it. Not "..., Vietravel và hạng Vàng với ..."
   * (vietnews-train-065199: the list runs on into another part of the clause).
   */
  private static boolean closedList(Syllables s, int k) {
    for (int q = k + 1; q < s.size && q < k + LIST_REACH && s.sentence[q] == s.sentence[k]; q++) {
      if (s.is(q, "va") && !s.has(q, Syllables.UPPER)) {
        return q + 1 < s.size
            && s.sentence[q + 1] == s.sentence[k]
            && s.has(q + 1, Syllables.UPPER)
            && !s.has(q + 1, SEPARATOR);
      }
      if (!s.has(q, Syllables.UPPER)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "các hãng Airbus, ...", "các công ty AstraZeneca, ...": where the brand after a lower-case
   * class noun of companies starts, when a quantifier or count stands before that noun at k's left
   * ({@link #brandMember}); else -1.
   */
  static int brandAfterClass(Syllables s, int k) {
    Phrases.Phrase noun = ClauseWords.INSTANCE.get("brand-class").at(s, k);
    int b = noun == null ? -1 : k + noun.length();
    return b >= 0 && b < s.size && brandMember(s, b) ? b : -1;
  }

  /**
   * "tại Hà Nội, ...", "Nhân chuyến thăm Mỹ, ...": a place or state that a comma ends, where a list
   * of places may go on but a brand starts a party of its own.
   */
  static boolean placeBeforeComma(Syllables s, ClauseParties.Candidate place) {
    int to = place.to();
    return to < s.size && s.sentence[to] == s.sentence[place.from()] && s.has(to, Syllables.COMMA);
  }

  /**
   * "Ngày 5/3 Vietjet đã ký", "Sáng 12/11/2018 Sacombank ...": a date that opens the clause with no
   * comma after it ends where the subject starts (a day of 1 to 31 and a month of 1 to 12, after a
   * word of the time of day; not "Boeing 787-9 Dreamliner").
   */
  static boolean afterDate(Syllables s, int k) {
    int p = k - 1;
    if (p < 1 || s.sentence[p] != s.sentence[k] || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    if (s.number(p) >= YEAR_MIN && (s.joiner(p) == '/' || s.joiner(p) == '-')) {
      p--; // "12/11/2018"
    }
    if (p < 2 || !dated(s, p)) {
      return false;
    }
    int month = s.number(p);
    int day = s.number(p - 1);
    return month >= 1
        && month <= MONTHS
        && day >= 1
        && day <= DAYS
        && s.sentence[p - 2] == s.sentence[k]
        && ClauseWords.INSTANCE.get("date-opener").at(s, p - 2) != null;
  }

  /** "ngày 15-8 Ngân hàng ...", "Chiều 12/11 UBND ...": a day and month, not a count of bodies. */
  private static boolean dated(Syllables s, int p) {
    char joiner = s.joiner(p);
    return p > 0 && (joiner == '/' || joiner == '-') && s.number(p - 1) >= 0;
  }
}
