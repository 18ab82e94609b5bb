package vn.newssearch.extract;

import java.util.regex.Pattern;

/**
 * What a brand's words look like, read from their letters alone ({@link BrandNames} reads where a
 * brand stands): a word no Vietnamese syllable spells ("Sacombank", "Boeing"), an acronym ("FPT"),
 * an inner capital ("VPBank"), capitals joined by "&" ("T&T").
 */
final class BrandWords {
  /**
   * A Vietnamese syllable, folded (no diacritics, đ → d): an initial consonant, a vowel or one of
   * the vowel clusters Vietnamese spells (VIETNAMESE.md), a final consonant. "samsung", "viettel",
   * "vingroup" are not one, nor "boeing" ("oei" is no Vietnamese cluster).
   */
  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
              + "(ieu|oai|oay|oeo|uoi|uou|uya|uye|uyu|yeu|uay|"
              + "ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
              + "(ch|ng|nh|[cmnpt])?");

  private BrandWords() {}

  /** Whether {@code folded} (lower case, no diacritics) spells one Vietnamese syllable. */
  static boolean vietnameseSyllable(String folded) {
    return VIETNAMESE.matcher(folded).matches();
  }

  /**
   * Whether syllable k cannot be a Vietnamese word: an acronym ("FPT"), an inner capital ("VPBank",
   * "MobiFone"), or a foreign spelling ("Sacombank", "Samsung", "Whitney"). A word with diacritics
   * is Vietnamese, in capitals too ("NGUYỄN", a byline).
   */
  static boolean shaped(Syllables s, int k) {
    for (int i = s.start[k]; i < s.end[k]; i++) {
      char c = s.text[i];
      if (c >= 128 || !Character.isLetter(c)) {
        return false; // diacritics: a Vietnamese word; digits: a number or a model
      }
    }
    int upper = 0;
    for (int i = s.start[k]; i < s.end[k]; i++) {
      upper += Character.isUpperCase(s.text[i]) ? 1 : 0;
    }
    int length = s.end[k] - s.start[k];
    if (upper > 1 && (upper < length || length <= 3)) {
      return true; // "VPBank", "MobiFone"; "GE", "BAE"
    }
    // "FPT", "Sacombank"; but "QUANG" of a photo credit in capitals is Vietnamese
    String folded = new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]);
    return folded.length() > 1 && !VIETNAMESE.matcher(folded).matches();
  }

  /**
   * Whether word k, accents and all, spells no Vietnamese syllable once its accents are folded
   * away: a foreign name written with its own accents ("Sándor", "González"), not "Hà" or "Đức".
   */
  static boolean foreignSpelled(Syllables s, int k) {
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (!Character.isLetter(s.text[i])) {
        return false;
      }
    }
    String folded = new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]);
    return folded.length() > 1 && !VIETNAMESE.matcher(folded).matches();
  }

  /**
   * A word of a name: written with a capital and then lower case ("Thắng", "Sun"), or a Latin
   * acronym ("MIK", the "T" of "T&T"); not "HĐQT", "UBND", abbreviations of Vietnamese nouns.
   */
  static boolean nameShaped(Syllables s, int k) {
    String w = s.original(k);
    if (shaped(s, k)) {
      return true;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return w.length() == 1 || joined(s, k) || joined(s, k + 1);
      }
    }
    return true;
  }

  /** Whether syllable k is written in Latin letters only, no diacritics ("Tokyo", not "Nhật"). */
  static boolean latin(Syllables s, int k) {
    for (int i = s.start[k]; i < s.end[k]; i++) {
      char c = s.text[i];
      if (c >= 128 || !Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "T&T", "P&G", "E & Y": syllable q is a Latin capital letter or two joined to the one before by
   * "&", written tight or with a space on each side (news text spaces it: "B & B", "P & D").
   */
  static boolean joined(Syllables s, int q) {
    return q > 0
        && q < s.size
        && (s.joiner(q) == '&' || spacedAmpersand(s, q))
        && s.sentence[q] == s.sentence[q - 1]
        && shortCapitals(s, q)
        && shortCapitals(s, q - 1);
  }

  /** Whether " & " and nothing else stands between syllable q - 1 and q. */
  private static boolean spacedAmpersand(Syllables s, int q) {
    int gap = s.end[q - 1];
    return s.start[q] - gap == 3
        && s.text[gap] == ' '
        && s.text[gap + 1] == '&'
        && s.text[gap + 2] == ' ';
  }

  private static boolean shortCapitals(Syllables s, int k) {
    if (s.end[k] - s.start[k] > 2) {
      return false;
    }
    for (int i = s.start[k]; i < s.end[k]; i++) {
      char c = s.text[i];
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Dai - ichi": a lower-case word after a spaced dash that cannot be Vietnamese joins the word
   * before it into one foreign word (news text spaces the hyphens of foreign names). Not "Kim Jong
   * - un", whose "un" reads as Vietnamese.
   */
  static boolean dashedForeign(Syllables s, int q) {
    return q < s.size
        && s.has(q, Syllables.DASH)
        && !s.has(q, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA)
        && s.sentence[q] == s.sentence[q - 1]
        && shaped(s, q);
  }
}
