package vn.newssearch.extract;

import java.util.Set;

/**
 * A signer's Vietnamese name written last before the next signer or the verb, after a title whose
 * body the scan does not read: "Giám đốc Bưu điện tỉnh Trần Quốc Toản đã ký", "Giám đốc Bệnh viện
 * Bạch Mai Đào Xuân Cơ và Giám đốc ...", "Cục trưởng Cục Thuế tỉnh Nguyễn Đình Quý ký". A title,
 * its body as written, then the person: the name is the capitalised words that end right before
 * "và"/"cùng" and the next title, or before the verb.
 */
final class NameAfterBody {
  /** Syllables from the title's end to the end of the name: a body and a name of five. */
  private static final int REACH = 16;

  /** The syllables of a name read at the end of a longer run of capitals, in order of trust. */
  private static final int[] TAILS = {3, 4, 2};

  /** The syllables of a name that a run of capitals may be as a whole. */
  private static final int WHOLE_MAX = 4;

  /** Syllables of the longest state read before a foreign name ("Các Tiểu vương quốc ..."). */
  private static final int STATE_MAX = 6;

  /** Syllables of a caption's aside after a name: "(bên trái)", "(thứ 4, từ phải sang)". */
  private static final int ASIDE_MAX = 6;

  private NameAfterBody() {}

  /**
   * The name that ends the title's person, from p (the title's end) on, or null: no comma, bracket
   * or other title comes before it, and right after it is a word that joins the next signer with
   * that one's title ("và Giám đốc"), or the verb ("đã ký", "ký"). A run of capitals longer than a
   * name ("Bạch Mai Đào Xuân Cơ") holds the body's last words too: the name is its last three
   * syllables when they are one, else its last four, else its last two; so is a run that opens with
   * the body's acronym ("LOD Nguyễn Văn Định").
   */
  static PersonNames.Name read(Syllables s, int p, Set<Integer> titleStarts, Gazetteer g) {
    int limit = Math.min(s.size, p + REACH + 1);
    for (int e = p + 1; e < limit; e++) {
      if (s.sentence[e] != s.sentence[p] || s.has(e, Syllables.BREAK | Syllables.PAREN)) {
        return s.sentence[e] == s.sentence[p] ? beforeAside(s, p, e, titleStarts, g) : null;
      }
      if (titleStarts.contains(e)) {
        return null; // the next title before any name: this person is not written
      }
      boolean joined = PersonNames.word("joins-signers", s, e) == 1 && titleStarts.contains(e + 1);
      int verb = e + PersonNames.word("aspect", s, e);
      boolean signs = verb < s.size && SignerClause.sign(s, verb);
      if (!joined && !signs) {
        if (s.has(e, Syllables.COMMA)) {
          return null;
        }
        continue;
      }
      if (s.has(e, Syllables.COMMA)) {
        return null; // "..., ký": an apposition's close, read by the rules of names before titles
      }
      PersonNames.Name name = named(s, p, e, g);
      return name != null ? name : foreignTail(s, p, e);
    }
    return null;
  }

  /**
   * The Vietnamese name that ends right before a caption's bracketed aside at e, when the next
   * signer's title or the verb follows the aside: "Giám đốc Quỹ tín dụng xã Phú Hòa – Đinh Văn Lộc
   * (bên trái) và Chủ tịch HND xã – Vi Thị Hoa (bên phải) ký kết" (where each stands in the photo).
   * Found on real news from other sites (web-d); null otherwise.
   */
  private static PersonNames.Name beforeAside(
      Syllables s, int p, int e, Set<Integer> titleStarts, Gazetteer g) {
    if (e <= p + 1 || !s.has(e, Syllables.PAREN) || s.has(e - 1, Syllables.PAREN)) {
      return null;
    }
    int q = e;
    while (q < s.size && q < e + ASIDE_MAX && s.has(q, Syllables.PAREN)) {
      q++;
    }
    if (q >= s.size || s.sentence[q] != s.sentence[p] || s.has(q, Syllables.PAREN)) {
      return null;
    }
    boolean joined = PersonNames.word("joins-signers", s, q) == 1 && titleStarts.contains(q + 1);
    int verb = q + PersonNames.word("aspect", s, q);
    return joined || verb < s.size && SignerClause.sign(s, verb) ? named(s, p, e, g) : null;
  }

  /**
   * A foreign name of two words that ends at e after its body's state or acronym: "Bộ trưởng Thương
   * mại, Du lịch và Đầu tư Australia Dan Tehan đã ký", "Tổng Giám đốc Changshin Việt Nam Park
   * Sung-ho đã ký", "Chủ tịch K-SURE Moon Chang-yong ký"; or right after a small word of the body.
   * No Vietnamese could bear it ({@link PersonNames#alien}); a capitalised word before it that is
   * neither a state nor an acronym may be its given name, so nothing is read there.
   */
  private static PersonNames.Name foreignTail(Syllables s, int p, int e) {
    for (int k = e - 2; k >= e - 3 && k > p; k--) {
      PersonNames.Name name = PersonNames.alien(s, k);
      if (name != null
          && name.to() == e
          && capitals(s, k, e) == 2
          && opensName(s, k)
          && anchored(s, p, k)) {
        return name;
      }
    }
    return null;
  }

  /**
   * Whether a name may start at k: not right after "và"/"cùng", which join a second body or state
   * to the title's ("Bộ trưởng Quốc phòng Nga và Nam Ossetia ký"), and not at a state.
   */
  private static boolean opensName(Syllables s, int k) {
    return PersonNames.word("joins-signers", s, k - 1) != 1
        && ClauseWords.INSTANCE.countryAnywhere(s, k) == null;
  }

  /** The capitalised syllables in [from, to): "Moon Chang - yong" has two. */
  private static int capitals(Syllables s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += s.has(k, Syllables.UPPER) ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether the word before k ends the body: a small word, a state ("Australia", "Việt Nam"), or an
   * acronym ("K-SURE", "KoCham").
   */
  private static boolean anchored(Syllables s, int p, int k) {
    if (!s.has(k - 1, Syllables.UPPER)) {
      return true;
    }
    for (int j = Math.max(p, k - STATE_MAX); j < k; j++) {
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, j);
      if (state != null && j + state.length() == k) {
        return true;
      }
    }
    String word = s.original(k - 1);
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The Vietnamese name that ends at e in the run of capitals before it, or null. */
  private static PersonNames.Name named(Syllables s, int p, int e, Gazetteer g) {
    int run = e;
    while (run > p && s.has(run - 1, Syllables.UPPER) && (run == e || !stops(s, run))) {
      run--; // the mark before e itself ends the name: "... Lê Văn Hùng (bên phải)"
    }
    if (e - run < 2 || !opensName(s, run)) {
      return null;
    }
    if (e - run <= WHOLE_MAX) {
      PersonNames.Name whole = ending(PersonNames.vietnamese(s, run, g), e);
      if (whole != null) {
        return whole;
      }
    }
    for (int tail : TAILS) {
      PersonNames.Name name =
          e - tail > run ? ending(PersonNames.vietnamese(s, e - tail, g), e) : null;
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** Whether a mark before syllable k (a dash, comma or bracket) parts it from the one before. */
  private static boolean stops(Syllables s, int k) {
    return s.has(k, Syllables.DASH | Syllables.COMMA | Syllables.PAREN | Syllables.BREAK);
  }

  private static PersonNames.Name ending(PersonNames.Name name, int e) {
    return name != null && name.to() == e ? name : null;
  }
}
