package vn.newssearch.extract;

import java.util.Map;

/**
 * A passive signing whose subject is a document's noun phrase with its modifiers: "Ngày 5/9, Bản
 * ghi nhớ hợp tác (MOC) nhằm tăng cường ... đã được ký kết giữa A và B". The phrase opens its
 * clause and runs to "đã|vừa được ký [kết] giữa|bởi" with no comma and no verb of its own ({@code
 * own-verb}), so the words after the noun ("nhằm", "về", "trong lĩnh vực") describe the document;
 * the predicate, and what it says of time, starts at "đã" or "vừa". A bare "được" stays a document
 * described ("Thỏa thuận được ký kết giữa A và B năm 2015 đã hết hạn").
 */
final class PassiveSubjects {
  /** How many syllables the noun phrase may take before "đã" or "vừa". */
  private static final int PHRASE = 36;

  /** How far into its clause the noun may start ("Một", "Các", "17" before it). */
  private static final int OPENING = 4;

  private PassiveSubjects() {}

  /**
   * The syllable of "đã" or "vừa" when the verb at k ({@code after} past "ký [kết]") is the
   * predicate of such a subject, else -1.
   */
  static int predicate(
      Syllables s,
      int k,
      int after,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      ClauseWords words) {
    int aspect = k - 2;
    if (aspect <= 0
        || !(s.is(aspect, "da") || s.is(aspect, "vua"))
        || !s.is(k - 1, "duoc")
        || s.has(k - 1, Syllables.BREAK | Syllables.COMMA)
        || s.has(k, Syllables.BREAK | Syllables.COMMA)
        || after >= s.size
        || s.has(after, Syllables.BREAK | Syllables.COMMA)
        || !(s.is(after, "giua") || s.is(after, "boi"))) {
      return -1;
    }
    int start = opening(s, aspect);
    for (int p = start; p < aspect && p <= start + OPENING; p++) {
      OrganisationMatcher.Hit h = nouns.get(p);
      if (h != null) {
        return h.to() <= aspect
                && SigningTense.opensClause(s, p)
                && modifiers(s, h.to(), aspect, words)
            ? aspect
            : -1;
      }
    }
    return -1;
  }

  /**
   * Where the clause of the syllable at {@code to} opens: after a comma, a break or the sentence's
   * start; a bracketed short name ("(MOC)") is part of the phrase, not a clause of its own.
   */
  private static int opening(Syllables s, int to) {
    int p = to;
    while (p > 0
        && to - p < PHRASE
        && s.sentence[p - 1] == s.sentence[to]
        && (!s.has(p, Syllables.BREAK | Syllables.COMMA) || bracket(s, p))) {
      p--;
    }
    return p;
  }

  /** Whether only a bracket, no comma, stands before syllable p. */
  private static boolean bracket(Syllables s, int p) {
    return !s.has(p, Syllables.COMMA) && (s.charBefore(p, '(') || s.charBefore(p, ')'));
  }

  /** Whether [from, to) holds no verb of its own: no "ký", no {@code own-verb} ("là", "được"). */
  private static boolean modifiers(Syllables s, int from, int to, ClauseWords words) {
    for (int p = from; p < to; p++) {
      if ((s.is(p, "ky") || s.is(p, "ki")) && Signings.isSign(s, p)) {
        return false;
      }
    }
    return words.get("own-verb").find(s, from, to) < 0;
  }
}
