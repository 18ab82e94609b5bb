package vn.newssearch.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * People's names in a signing clause: a Vietnamese name is two to five capitalised syllables that
 * start with a family name ("Đào Ngọc Dung"); a foreign one, after a title of a foreign state, is
 * kept as written ("Jim Mattis"). The words around names (honorifics, degrees, "thay mặt") are data
 * (gazetteer/signatory-words.tsv).
 */
final class PersonNames {
  private static final int NAME_MIN = 2;
  private static final int NAME_MAX = 5;
  private static final int SYLLABLE_MAX = 7;
  private static final int FOREIGN_MAX = 4;
  private static final int FOREIGN_SYLLABLE_MAX = 18;

  /** Syllables of a body's abbreviation in brackets before a name ("(MOTIE)"). */
  private static final int ABBREVIATION_MAX = 2;

  /** The words by kind (head-of, honorific, degree, behalf, attend). */
  static final Map<String, Phrases> WORDS = load();

  private PersonNames() {}

  /** A name at syllables [from, to). */
  record Name(String text, int from, int to) {}

  /** A Vietnamese name starting at syllable p, after at most a dash or comma; or null. */
  static Name vietnamese(Syllables s, int p, Gazetteer g) {
    return vietnamese(s, p, g, false);
  }

  /** ... or, when {@code bracketed}, right after a closing bracket ({@link #pastAbbreviation}). */
  static Name vietnamese(Syllables s, int p, Gazetteer g, boolean bracketed) {
    if (p >= s.size
        || s.has(p, Syllables.BREAK) && !bracketed
        || !g.isSurname(s.original(p))
        || word("honorific", s, p) > 0
        || SigningPlaces.province(s, g.trie(), p) != null) {
      return null; // "Ông" opens no name; "Hà Nội" is a place
    }
    int end = p;
    while (end < s.size && end - p < NAME_MAX && isNameSyllable(s, end, SYLLABLE_MAX)) {
      if (end > p && s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
        break;
      }
      end++;
    }
    int len = end - p;
    boolean followedByCapital =
        end < s.size && isNameSyllable(s, end, SYLLABLE_MAX) && len == NAME_MAX;
    return len >= NAME_MIN && !followedByCapital ? new Name(s.original(p, end), p, end) : null;
  }

  /**
   * A foreign name at p ("Jim Mattis", "Leopoldo Cintra Frías"), as written, its given name joined
   * by a hyphen ("Jean - Noël Poirier", "Jean – Yves Le Drian"); or null. When {@code bracketed},
   * it may start right after a closing bracket ({@link #pastAbbreviation}).
   */
  static Name foreign(Syllables s, int p, boolean bracketed) {
    if (p >= s.size || s.has(p, Syllables.BREAK) && !bracketed) {
      return null;
    }
    int end = p;
    while (end < s.size
        && end - p < FOREIGN_MAX
        && (isNameSyllable(s, end, FOREIGN_SYLLABLE_MAX) || particle(s, p, end))
        && (end == p
            || !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
            || end == p + 1 && s.has(end, Syllables.DASH) && hyphenated(s, end))) {
      end++;
    }
    if (end - p >= NAME_MIN && givenNameTail(s, end)) {
      end++; // "Kang Kyung - wha", "Moon Jae - in"
    }
    return end - p >= NAME_MIN ? new Name(s.original(p, end), p, end) : null;
  }

  /**
   * A foreign name at p that no Vietnamese could be ({@link #foreign}): none of its syllables
   * carries a mark only Vietnamese writes (a hook, a dot below, a horn, a breve, "đ"), and one at
   * least is no Vietnamese syllable ("Rajarshi Gupta", "Toshikazu Yamade", "Pan Sorasak"); not "Kim
   * Dung", not "Phạm Nhật Vượng". Null when there is none.
   */
  static Name alien(Syllables s, int p) {
    Name name = foreign(s, p, false);
    if (name == null) {
      return null;
    }
    boolean strange = false;
    for (int k = name.from(); k < name.to(); k++) {
      String folded = Normalizer.normalize(s.original(k), Normalizer.Form.NFD);
      for (int i = 0; i < folded.length(); i++) {
        if (VIETNAMESE_MARKS.indexOf(folded.charAt(i)) >= 0) {
          return null;
        }
      }
      String bare = MARK.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
      strange |= !VIETNAMESE_SYLLABLE.matcher(bare).matches();
    }
    return strange ? name : null;
  }

  /** Hook above, dot below, horn, breve, and "đ"/"Đ": marks of Vietnamese only. */
  private static final String VIETNAMESE_MARKS = "\u0309\u0323\u031b\u0306đĐ";

  private static final Pattern MARK = Pattern.compile("\\p{M}");

  /** A Vietnamese syllable without its marks: an onset, one to three vowels, a coda. */
  private static final Pattern VIETNAMESE_SYLLABLE =
      Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?");

  /**
   * Whether syllable k is a particle inside a foreign name, between a given name and the capital of
   * the family name: "Benoît de Saint-Exupéry", "Mohammed bin Salman" ({@code particle} of
   * signatory-words.tsv).
   */
  static boolean particle(Syllables s, int p, int k) {
    return k > p
        && k + 1 < s.size
        && word("particle", s, k) == 1
        && !s.has(k, Syllables.UPPER)
        && isNameSyllable(s, k + 1, FOREIGN_SYLLABLE_MAX)
        && !s.has(k + 1, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
  }

  /**
   * Whether syllable k closes a Korean given name that the corpus writes with a spaced hyphen and a
   * lower-case second half ("Kang Kyung - wha", "Moon Jae - in", "Kim Jong - un"): a short
   * unaccented lower-case syllable right after a hyphen. A Vietnamese title after a name's dash
   * ("Kevin McAllister - chủ tịch") is accented or longer.
   */
  private static boolean givenNameTail(Syllables s, int k) {
    if (k >= s.size
        || s.has(k, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA)
        || !s.has(k, Syllables.DASH)
        || s.end[k] - s.start[k] > GIVEN_TAIL_MAX) {
      return false;
    }
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (s.text[i] < 'a' || s.text[i] > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code name} with the syllables glued to its end by a hyphen without spaces ("Kim Jong-un",
   * "Moon Jae-in"), as written; null for null.
   */
  static Name glued(Syllables s, Name name) {
    if (name == null) {
      return null;
    }
    int end = name.to();
    while (end < s.size
        && end < name.to() + 2
        && s.start[end] == s.end[end - 1] + 1
        && s.text[s.end[end - 1]] == '-'
        && Character.isLetter(s.text[s.start[end]])) {
      end++;
    }
    return end == name.to() ? name : new Name(s.original(name.from(), end), name.from(), end);
  }

  /**
   * {@code name} with a given name's lower-case half glued to it by a hyphen ("Kim Dong-yeon", "Oh
   * Se-hoon"), or any half of a name that opens with no Vietnamese family name ("Benoît de
   * Saint-Exupéry"), as written; not a capital after a Vietnamese name ("Lê Văn Thành-Chủ tịch").
   */
  static Name gluedTail(Syllables s, Name name, Gazetteer g) {
    Name glued = glued(s, name);
    boolean foreign = name != null && !g.isSurname(s.original(name.from()));
    return glued == null
            || glued == name
            || !foreign && !Character.isLowerCase(s.text[s.start[name.to()]])
        ? name
        : glued; // a foreign name's "Saint-Exupéry" whole
  }

  /** "Jean - Noël Poirier": a dash between two given names, a family name after them. */
  private static boolean hyphenated(Syllables s, int k) {
    return !s.has(k, Syllables.BREAK | Syllables.COMMA)
        && k + 1 < s.size
        && s.sentence[k + 1] == s.sentence[k]
        && isNameSyllable(s, k + 1, FOREIGN_SYLLABLE_MAX)
        && !s.has(k + 1, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
  }

  /**
   * The syllable after a body's bracketed abbreviation at {@code p} ("Cơ quan Phát triển Pháp (AFD)
   * Rémy Rioux", "(MOTIE) Paik Ungyu"): one or two syllables in capitals inside the brackets, in
   * the sentence; else {@code p}.
   */
  static int pastAbbreviation(Syllables s, int p) {
    int q = p;
    while (q < s.size
        && q < p + ABBREVIATION_MAX
        && s.has(q, Syllables.PAREN)
        && s.sentence[q] == s.sentence[p]
        && isCapitals(s, q)) {
      q++;
    }
    boolean closed =
        q > p && q < s.size && !s.has(q, Syllables.PAREN) && s.sentence[q] == s.sentence[p];
    return closed ? q : p;
  }

  /** "AFD", "MOTIE": capitals only. */
  private static boolean isCapitals(Syllables s, int k) {
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (!Character.isUpperCase(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  private static final int GIVEN_TAIL_MAX = 4;

  /**
   * A Vietnamese name that ends right before syllable {@code end} ("ông Hoàng Ngọc Huấn, chủ tịch
   * ..."), starting with a family name after a word that is no name; or null.
   */
  static Name before(Syllables s, int end, Gazetteer g) {
    int from = end;
    while (from > 0
        && end - from < NAME_MAX
        && isNameSyllable(s, from - 1, SYLLABLE_MAX)
        && (from == end || !s.has(from, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))) {
      from--;
    }
    while (from < end - 1 && (!g.isSurname(s.original(from)) || word("honorific", s, from) > 0)) {
      from++; // "Thượng tướng Lê Hữu Đức": the rank's capital is no part of the name
    }
    Name name = vietnamese(s, from, g);
    return name != null && name.to() == end ? name : foreignBefore(s, end);
  }

  /**
   * A foreign name right after "ông"/"bà" that ends right before syllable {@code end} ("ông Kevin
   * McAllister - chủ tịch ... Tập đoàn Boeing"), as written; or null.
   */
  private static Name foreignBefore(Syllables s, int end) {
    if (end >= 2 && (givenNameTail(s, end - 1) || gluedTailAt(s, end - 1))) {
      // "Kang Kyung - wha", "ông Lee Woo-young, Chủ tịch ...": the given name's lower-case half
      Name stem = foreignBefore(s, end - 1);
      return stem == null ? null : new Name(s.original(stem.from(), end), stem.from(), end);
    }
    int from = end;
    while (from > 0
        && end - from < FOREIGN_MAX
        && isForeignSyllable(s, from - 1)
        && word("honorific", s, from - 1) == 0) { // "Ông Kevin McAllister"
      if (from < end
          && s.has(from, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
          && !gluedHyphen(s, from)) {
        break; // "ông Youssouf Abdel-Jelil": a hyphen without spaces joins one name
      }
      from--;
    }
    boolean honoured =
        from > 0 && from < end && (honorificBefore(s, from) || degreeBefore(s, from));
    return honoured && end - from >= NAME_MIN ? new Name(s.original(from, end), from, end) : null;
  }

  /** Syllables of the longest degree or rank ({@code degree}: "GS.TS", "Thiếu tướng"). */
  private static final int DEGREE_MAX = 3;

  /**
   * Whether a degree or a rank ends right before syllable {@code k} in its sentence ("GS. Kimura
   * Hiroshi, Phó Hiệu trưởng ...", "Thiếu tướng Sok Sambo, ..."): it opens a person's name as "ông"
   * does.
   */
  private static boolean degreeBefore(Syllables s, int k) {
    for (int p = k - 1; p >= 0 && p >= k - DEGREE_MAX; p--) {
      if (s.sentence[p] != s.sentence[k]) {
        return false;
      }
      if (word("degree", s, p) == k - p) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether syllable k is the lower-case half of a given name glued by a hyphen to a capital before
   * it ("Woo-young" in "Lee Woo-young"): letters only, no capital.
   */
  private static boolean gluedTailAt(Syllables s, int k) {
    if (!gluedHyphen(s, k)
        || s.has(k, Syllables.UPPER)
        || !s.has(k - 1, Syllables.UPPER)
        || s.end[k] - s.start[k] > GIVEN_TAIL_MAX + 2) {
      return false;
    }
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (s.text[i] < 'a' || s.text[i] > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Whether syllable k is joined to the one before by a hyphen with no space ("Abdel-Jelil"). */
  private static boolean gluedHyphen(Syllables s, int k) {
    return k > 0 && s.start[k] == s.end[k - 1] + 1 && s.text[s.end[k - 1]] == '-';
  }

  /** "Kevin", "McAllister": a capital, then letters, not all capitals ("HĐQT"). */
  private static boolean isForeignSyllable(Syllables s, int k) {
    if (!s.has(k, Syllables.UPPER) || s.end[k] - s.start[k] > FOREIGN_SYLLABLE_MAX) {
      return false;
    }
    boolean lower = false;
    for (int i = s.start[k]; i < s.end[k]; i++) {
      char c = s.text[i];
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  /**
   * Whether an honorific ends right before syllable k: "ông", or "đồng chí" over two syllables
   * ("đồng chí Viêngthong Hetchaleun, Tỉnh trưởng tỉnh Hủa Phăn", probe p22-053).
   */
  static boolean honorificBefore(Syllables s, int k) {
    return k >= 1 && word("honorific", s, k - 1) == 1 || k >= 2 && word("honorific", s, k - 2) == 2;
  }

  /** The length of a word of the given kind at syllable k, or 0. */
  static int word(String kind, Syllables s, int k) {
    Phrases.Phrase p = WORDS.get(kind).at(s, k);
    return p == null ? 0 : p.length();
  }

  /** "Dung", "Thị": capital then lower-case letters; not "HĐQT", not digits. */
  private static boolean isNameSyllable(Syllables s, int k, int max) {
    if (!s.has(k, Syllables.UPPER) || s.end[k] - s.start[k] > max) {
      return false;
    }
    for (int i = s.start[k] + 1; i < s.end[k]; i++) {
      char c = s.text[i];
      boolean mc = i == s.start[k] + 2 && s.text[i - 2] == 'M' && s.text[i - 1] == 'c';
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
          || Character.isUpperCase(c) && !mc) { // "McMullen" is one name
        return false;
      }
    }
    return true;
  }

  private static Map<String, Phrases> load() {
    Map<String, Phrases> out = new HashMap<>();
    for (String kind :
        new String[] {
          "head-of",
          "titled-body",
          "honorific",
          "degree",
          "behalf",
          "signs-for",
          "attend",
          "joins-signers",
          "leader",
          "at-ceremony",
          "aspect",
          "represents",
          "level",
          "particle",
          "public-office",
          "place-head",
          "counted"
        }) {
      out.put(kind, new Phrases());
    }
    for (String[] row : Gazetteer.rows("signatory-words.tsv")) {
      Phrases p = out.get(row[0]);
      if (p == null || row.length < 2) {
        throw new IllegalStateException("signatory-words.tsv: bad row " + String.join(" ", row));
      }
      p.add(row[1], row.length > 2 ? row[2] : row[1]);
    }
    return Map.copyOf(out);
  }
}
