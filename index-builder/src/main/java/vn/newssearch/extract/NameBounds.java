package vn.newssearch.extract;

import java.util.Locale;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.schema.TextNormaliser;

/**
 * What ends or bounds an organisation's name ({@link NamedBodies} reads the name): a province or a
 * country that closes it, a stop word, a person's name, a "(ABBR)" after it, and a head or country
 * spelled as listed.
 */
final class NameBounds {
  private static final int ALIAS_SYLLABLES = 3;
  static final int SEPARATORS = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
  private static final int PLACES =
      Kind.PROVINCE.bit() | Kind.COUNTRY.bit() | Kind.LOCAL.bit() | Kind.TYPE.bit();

  private final NameTrie trie;
  private final Set<String> surnames;

  NameBounds(NameTrie trie, Set<String> surnames) {
    this.trie = trie;
    this.surnames = surnames;
  }

  /** Whether only a comma or a closing bracket stands between {@code k} and what precedes it. */
  static boolean joinsPlace(Syllables s, int k) {
    if (k == 0 || k >= s.size) {
      return false;
    }
    for (int i = s.end[k - 1]; i < s.start[k]; i++) {
      char c = s.text[i];
      if (c != ',' && c != ')' && !Character.isWhitespace(c) || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** A capital letter and a dot before another capital letter standing alone: "B.M. T". */
  private static final java.util.regex.Pattern INITIAL =
      java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{Lu})\\.\\s?(?=\\p{Lu}(?!\\p{L}))");

  /**
   * "Công ty cổ phần Đầu tư xây dựng B.M. T" → "... BMT": an abbreviation written with dots (the
   * corpus tokenises "B.M.T" so) is named as the article writes it elsewhere, "(BMT)".
   */
  static String initials(String name) {
    return name.indexOf('.') < 0 ? name : INITIAL.matcher(name).replaceAll("$1");
  }

  /** A word, a hyphen with no space on either side, and a capitalised word: "Kinh tế-Tài chính". */
  private static final java.util.regex.Pattern GLUED_HYPHEN =
      java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{L}{2,})-(?=\\p{Lu}\\p{Ll})");

  /**
   * "Trường Đại học Kinh tế-Tài chính", "Bệnh viện Phong-Da liễu", "Đại học Tài chính-Marketing" →
   * "... Kinh tế - Tài chính", "Phong - Da liễu", "Tài chính - Marketing": two fields of a name
   * that a hyphen joins with no space, after a Vietnamese word and before a capitalised one, are
   * written as the spaced dash the body's own name uses; a hyphen inside a foreign word stays
   * ("Coca-Cola", "Co-opBank": the word before it spells no Vietnamese syllable, or the word after
   * it is in lower case), and so do initialisms ("GD-ĐT").
   */
  static String spacedHyphens(String name) {
    if (name.indexOf('-') < 0) {
      return name;
    }
    java.util.regex.Matcher m = GLUED_HYPHEN.matcher(name);
    StringBuilder out = new StringBuilder(name.length() + 4);
    while (m.find()) {
      String word = m.group(1);
      boolean vietnamese =
          !word.equals(word.toUpperCase(Locale.ROOT))
              && BrandWords.vietnameseSyllable(
                  vn.newssearch.schema.VietnameseAnalysis.foldKey(word));
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(word + (vietnamese ? " - " : "-")));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String textFrom(Syllables s, int nameEnd, int to, Match place) {
    // ", tỉnh Y" right after the name keeps its comma; after "(ABBR)" only the place.
    return nameEnd == to
        ? s.original(nameEnd - 1, place.to()).substring(s.original(nameEnd - 1).length())
        : s.original(place.from(), place.to());
  }

  /**
   * The text of [from, to) with the city that ends it written by the abbreviated type word ("Trường
   * Đại học Sư phạm Kỹ thuật TP HCM", "chi nhánh TP. Đà Nẵng", "Hiệp hội Du lịch TP.HCM") spelled
   * out as the city's canonical name writes it ("... Thành phố Hồ Chí Minh"); a province's seat
   * stays the city ("Thanh tra TP Thanh Hoá" → "thành phố Thanh Hóa"); and the initialisms inside
   * it spelled out ({@link Initialisms#spelledOut}: "Đài PT-TH Lào Cai"). As written otherwise.
   */
  String spelledOut(Syllables s, int from, int to) {
    String city = spelledOut(trie, s, from, to);
    return Initialisms.INSTANCE.spelledOut(city == null ? s.original(from, to) : city);
  }

  /**
   * {@code name} with its abbreviated city spelled out ({@link #spelledOut(Syllables, int, int)}).
   */
  static String spelledOut(NameTrie trie, String name) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    String city = s.size == 0 ? null : spelledOut(trie, s, 0, s.size);
    return Initialisms.INSTANCE.spelledOut(city == null ? name : city);
  }

  private static String spelledOut(NameTrie trie, Syllables s, int from, int to) {
    for (int k = Math.max(from, to - CITY_SYLLABLES); k < to; k++) {
      if (!cityAbbreviation(s.original(k))) {
        continue;
      }
      Match type = trie.longest(s, k, Kind.TYPE.bit(), true);
      Match place = trie.longest(s, k, Kind.PROVINCE.bit(), true);
      if (place == null && type != null && type.to() < s.size) {
        place = trie.longest(s, type.to(), Kind.PROVINCE.bit(), true);
      }
      Province p = place == null || place.to() != to ? null : place.entry().province();
      if (p == null) {
        continue;
      }
      boolean seat = type != null && !type.entry().value().equals(p.type());
      // "Thành phố Hồ Chí Minh" is the city's own name, "thành phố Đà Nẵng" its type and name
      String own = p.canonical().equals(p.name()) ? p.qualified() : p.canonical();
      String city = seat ? type.entry().value() + " " + p.name() : own;
      return k == from ? city : s.original(from, k) + " " + city;
    }
    return null;
  }

  /** "TP", "TP.", "Tp.", "TP.HCM", "TPHCM": no Vietnamese word opens with "tp". */
  static boolean cityAbbreviation(String written) {
    return written.length() >= 2
        && written.regionMatches(true, 0, "tp", 0, 2)
        && (written.length() == 2 || !Character.isLowerCase(written.charAt(2)));
  }

  /** At most this many syllables name a city with its type word ("TP. Hồ Chí Minh"). */
  private static final int CITY_SYLLABLES = 5;

  /**
   * A province or country at {@code k}: "Long An", "tỉnh Long An", "TP.HCM", "Nhật Bản" (only
   * {@code typed}: the form with "tỉnh"/"thành phố", after a comma too: "..., tỉnh Y").
   */
  Match province(Syllables s, int k, boolean ignoreCase, boolean typed) {
    if (k >= s.size || s.id[k] < 0) {
      return null;
    }
    if (typed && s.has(k, Syllables.DASH) || !typed && k > 0 && s.has(k, SEPARATORS)) {
      return null;
    }
    return place(s, k, ignoreCase, typed);
  }

  Match place(Syllables s, int k, boolean ignoreCase, boolean typed) {
    return place(s, k, ignoreCase, typed, true);
  }

  Match place(Syllables s, int k, boolean ignoreCase, boolean typed, boolean afterHead) {
    Match type = trie.longest(s, k, Kind.TYPE.bit(), true);
    if (type != null && type.to() < s.size && !s.has(type.to(), SEPARATORS)) {
      Match p = trie.longest(s, type.to(), Kind.PROVINCE.bit(), ignoreCase);
      if (p != null) {
        return new Match(p.entry(), k, p.to());
      }
    }
    if (typed) {
      return null;
    }
    Match p = trie.longest(s, k, Kind.PROVINCE.bit(), ignoreCase);
    if (p != null && !ignoreCase && lowerInside(s, p)) {
      p = null; // "Tổ chức Hoà bình (Mỹ)": "hoà bình" (peace) is a word, not Hoà Bình province
    }
    Match c = country(s, k, ignoreCase);
    if (c != null && c.to() - k == 1 && !afterHead && s.has(k - 1, Syllables.UPPER)) {
      c = null; // "huyện Chương Mỹ", "Mỹ Phước": a place of ours, not the United States
    }
    if (c != null && pairOfCountries(s, k, ignoreCase)) {
      c = null; // "Trường Đại học Việt - Nhật": the pair is the name's, not the state closing it
    }
    p = c != null && (p == null || c.to() > p.to()) ? c : p;
    return p != null && closes(s, p) ? p : null;
  }

  /**
   * "Việt - Đức", "Việt - Nhật", "Việt Nam - Hàn Quốc", "Việt - Hàn Quốc", "Lào - Trung Quốc": a
   * capitalised "Việt", "Việt Nam" or other state at {@code k}, a dash and a country name a pair of
   * countries, as schools, hospitals and joint ventures are named ("Trường Cao đẳng Kỹ thuật Việt -
   * Đức Nghệ An", "Trường Cao đẳng nghề Việt Nam - Hàn Quốc thành phố Hà Nội", "Công ty TNHH Đường
   * sắt Lào - Trung Quốc").
   */
  boolean pairOfCountries(Syllables s, int k, boolean ignoreCase) {
    return pairEnd(s, k, ignoreCase) > 0;
  }

  /**
   * Where the pair of countries that starts at {@code k} ends ("Việt Nam - Thụy Điển": after
   * "Điển"), or -1 when none starts there.
   */
  int pairEnd(Syllables s, int k, boolean ignoreCase) {
    if (k >= s.size || s.id[k] < 0 || !s.has(k, Syllables.UPPER)) {
      return -1;
    }
    int at;
    if (s.is(k, "viet")) {
      at = k + 1;
      if (at < s.size && s.is(at, "nam") && s.has(at, Syllables.UPPER)) {
        at++; // "Việt Nam - Hàn Quốc"
      }
    } else {
      // "Công ty TNHH Đường sắt Lào - Trung Quốc": a joint venture of two foreign states
      Match first = country(s, k, ignoreCase);
      if (first == null || first.to() - k > 2 || !s.has(k, Syllables.UPPER)) {
        return -1;
      }
      at = first.to();
    }
    if (at >= s.size
        || !s.has(at, Syllables.DASH)
        || s.has(at, Syllables.BREAK | Syllables.COMMA)
        || !s.has(at, Syllables.UPPER)) {
      return -1;
    }
    if (s.is(at, "viet") && !s.is(k, "viet")) {
      // "Liên minh Bỉ - Việt", "Liên minh nghị sĩ Nhật – Việt": ours second, as "Việt" alone; not
      // "Việt Hoá", a name that starts with it
      int after = at + 1 < s.size && s.is(at + 1, "nam") ? at + 2 : at + 1;
      boolean named = after < s.size && !s.has(after, SEPARATORS) && s.has(after, Syllables.UPPER);
      return named ? -1 : after;
    }
    Match second = country(s, at, ignoreCase);
    return second != null && second.to() - at <= 2 ? second.to() : -1;
  }

  /**
   * Whether a province's later syllable is written in lower case after its capital: every syllable
   * of a province's name is capitalised ("Hoà Bình"), "Hoà bình" is the word "peace".
   */
  private static boolean lowerInside(Syllables s, Match p) {
    if (!s.has(p.from(), Syllables.UPPER)) {
      return false;
    }
    for (int k = p.from() + 1; k < p.to(); k++) {
      if (!s.has(k, Syllables.UPPER) && Character.isLetter(s.text[s.start[k]])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ngân hàng TMCP Hàng Hải Việt Nam | Maritime Bank": a country after a Vietnamese word of the
   * name, then a capitalised word no Vietnamese syllable spells, closes the name; the foreign words
   * after it are the body's brand or short name, not part of its name. Not after a foreign word
   * ("Công ty Lucky Việt Nam Construction"), nor a one-syllable country after a capital, nor before
   * a company's kind word, which makes the country the brand's ("Hãng hàng không Singapore
   * Airlines", {@code brand-tail} and {@code legal-form} of signing-words.tsv).
   */
  Match countryBeforeBrand(Syllables s, int k, boolean ignoreCase) {
    if (k == 0 || s.id[k] < 0 || s.has(k, SEPARATORS) || BrandWords.shaped(s, k - 1)) {
      return null;
    }
    Match c = country(s, k, ignoreCase);
    if (c == null || c.to() - k == 1 && s.has(k - 1, Syllables.UPPER)) {
      return null;
    }
    return brandFollows(s, c) ? c : null;
  }

  /**
   * "tập đoàn Mỹ Navistar", "công ty Trung Quốc Huawei", "ngân hàng Nga VTB": a foreign state
   * written in Vietnamese right after a company's head, then a brand (as {@link
   * #countryBeforeBrand} reads one), says where the company is from; its name is the head and the
   * brand. Not "Việt Nam", which names our companies ("Công ty Việt Nam Project"), nor a state
   * spelled as in English, the brand's first word ("Hãng Malaysia Airlines", "Tập đoàn Qatar
   * Petroleum"); the country at {@code k}, or null.
   */
  Match nationality(Syllables s, int k, boolean ignoreCase) {
    if (k >= s.size || s.id[k] < 0 || s.has(k, SEPARATORS)) {
      return null;
    }
    Match c = country(s, k, ignoreCase);
    if (c == null || "Việt Nam".equals(c.entry().value()) || !brandFollows(s, c)) {
      return null;
    }
    for (int q = c.from(); q < c.to(); q++) {
      if (BrandWords.shaped(s, q)) {
        return null;
      }
    }
    return c;
  }

  /**
   * Whether a brand follows the country {@code c} in its sentence ({@link #countryBeforeBrand}).
   */
  private boolean brandFollows(Syllables s, Match c) {
    int k = c.from();
    int b = c.to();
    return b < s.size
        && s.has(b, Syllables.UPPER)
        && !s.has(b, SEPARATORS | Syllables.PAREN)
        && s.sentence[b] == s.sentence[k]
        && BrandWords.shaped(s, b)
        && !ClauseWords.INSTANCE.lists("brand-tail", s.original(b))
        && !ClauseWords.INSTANCE.lists("legal-form", s.original(b))
        && trie.longest(s, b, PLACES | Kind.NATIONAL.bit(), true) == null; // "... Việt Nam TP. HCM"
  }

  /** The end of the brand that starts at {@code b}: up to three capitalised Latin words. */
  static int brandEnd(Syllables s, int b) {
    int q = b + 1;
    while (q < s.size
        && q - b < 3
        && s.sentence[q] == s.sentence[b]
        && s.has(q, Syllables.UPPER)
        && !s.has(q, SEPARATORS | Syllables.PAREN)
        && BrandWords.latin(s, q)) {
      q++;
    }
    return q;
  }

  /** A country at {@code k}, spelled as listed: "Bỉ" is Belgium, the "Bí" of Uông Bí is not. */
  Match country(Syllables s, int k, boolean ignoreCase) {
    return country(trie, s, k, ignoreCase);
  }

  /** {@link #country(Syllables, int, boolean)} in the given trie. */
  static Match country(NameTrie trie, Syllables s, int k, boolean ignoreCase) {
    Match c = trie.longest(s, k, Kind.COUNTRY.bit(), ignoreCase);
    return c != null && sameSpelling(s.original(c.from(), c.to()), c.entry().spelled()) ? c : null;
  }

  /**
   * Equal but for case, where the tone mark sits ("Uỷ"/"Ủy", "Thuỵ"/"Thụy") and the marks that join
   * its words ("Phòng GD-ĐT" is listed as "Phòng GD&ĐT").
   */
  static boolean sameSpelling(String written, String listed) {
    if (written.equalsIgnoreCase(listed)) {
      return true;
    }
    String w = TextNormaliser.normalise(written);
    String l = TextNormaliser.normalise(listed);
    return w.equalsIgnoreCase(l) || unjoined(w).equalsIgnoreCase(unjoined(l));
  }

  /** The text without spaces, dashes and "&": not without a comma ("Đảng, Uỷ viên"). */
  private static String unjoined(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '–' && c != '&') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether a place ending before {@code k} ends the name: the clause goes on after it. Not when a
   * capital or a word's second syllable follows: "Viện Hàn lâm", "Công ty Nhật Quang".
   */
  boolean closes(Syllables s, Match place) {
    int k = place.to();
    if (k >= s.size || s.has(k, SEPARATORS)) {
      return true;
    }
    if (s.has(k, Syllables.UPPER)) {
      if (provinceOnly(s, k)) {
        return false; // "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên (SEVT)": a branch
      }
      // "Công đoàn Giáo dục Việt Nam Vũ Minh Đức", "Bộ Thương mại Campuchia Pan Sorasak"
      return isPerson(s, k) || foreignState(place) && titled(s, place.from()) && personNamed(s, k);
    }
    if (place.to() - place.from() > 1) {
      return s.number(k) < 0; // "Cơ quan bảo vệ môi trường Mỹ | phân loại"
    }
    return s.number(k) < 0 && isStop(s, k) || isClauseWord(s, k);
  }

  /**
   * Whether a province's whole name, as listed and capitalised, stands at {@code k} with no capital
   * after it: "Thái Nguyên", "Thái Bình" and "Hà Nội" are spelled as a surname and a given name,
   * but a person after a body's name has a given name of their own ("Vũ Minh Đức"). After a place
   * that closes a company's name, the province names its branch ("Samsung Electronics Việt Nam Thái
   * Nguyên"), as "Canon Việt Nam Bắc Ninh" is read.
   */
  private boolean provinceOnly(Syllables s, int k) {
    Match p = trie.longest(s, k, Kind.PROVINCE.bit(), false);
    return p != null
        && !lowerInside(s, p)
        && sameSpelling(s.original(p.from(), p.to()), p.entry().value())
        && (p.to() >= s.size
            || s.has(p.to(), SEPARATORS | Syllables.PAREN)
            || !s.has(p.to(), Syllables.UPPER));
  }

  /** A country other than ours: its body's name may run on into its minister's foreign name. */
  private static boolean foreignState(Match place) {
    return place.entry().kind() == Kind.COUNTRY && !place.entry().value().equals("Việt Nam");
  }

  /** Syllables a title may stand before the state that closes its body's name. */
  private static final int TITLE_REACH = 10;

  /**
   * Whether a signer's title stands before the body that ends at the state {@code from} in the same
   * clause ("Bộ trưởng Bộ Thương mại Campuchia"): the capitals after the state are then the title's
   * holder, not the body's brand ("Báo đảng Triều Tiên Rodong Sinmun").
   */
  private boolean titled(Syllables s, int from) {
    for (int r = from - 1; r >= 0 && r >= from - TITLE_REACH; r--) {
      Match role = trie.longest(s, r, Kind.ROLE.bit(), false);
      if (role != null && role.to() < from) {
        return true;
      }
      if (s.has(r, SEPARATORS | Syllables.PAREN)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A foreign person's name after a state: two words written as names are (a capital, then lower
   * case: not "Hoà III", "KEB Hana"), one of them no Vietnamese syllable ("Pan Sorasak", "Mac
   * Thornberry"), and no longer run of capitals than a name.
   */
  private static boolean personNamed(Syllables s, int k) {
    return foreignPerson(s, k)
        && nameCased(s, k)
        && nameCased(s, k + 1)
        && capitalsRun(s, k) <= PERSON_WORDS;
  }

  /** At most this many words in a foreign person's name ("Phee Boon Poh", "Moon Hee Sang"). */
  private static final int PERSON_WORDS = 4;

  /**
   * How many capitalised words run on from {@code k} in one clause: more than a name holds is a
   * brand or a region and its name ("Mỹ Latinh Prensa Latina Luis Enrique González").
   */
  private static int capitalsRun(Syllables s, int k) {
    int q = k + 1;
    while (q < s.size && s.has(q, Syllables.UPPER) && !s.has(q, SEPARATORS | Syllables.PAREN)) {
      q++;
    }
    return q - k;
  }

  /** A capital, then lower-case letters only. */
  private static boolean nameCased(Syllables s, int k) {
    if (s.end[k] - s.start[k] < 2 || !Character.isUpperCase(s.text[s.start[k]])) {
      return false;
    }
    for (int i = s.start[k] + 1; i < s.end[k]; i++) {
      if (!Character.isLowerCase(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A foreign person's name of two capitalised words at least, one of them no Vietnamese syllable
   * ("Mông Cổ Khishgee Nyambaatar", "Campuchia Kung Phoak"), or a capital and lower-case syllables
   * joined by dashes, as Lao names are spelled out ("Khăm - ma - ni"); one word is as often a brand
   * ("tập đoàn dầu khí Mỹ ExxonMobil triển khai").
   */
  static boolean foreignPerson(Syllables s, int k) {
    int apart = Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN;
    if (k + 2 < s.size
        && s.has(k, Syllables.UPPER)
        && !s.has(k, apart)
        && s.has(k + 1, Syllables.DASH)
        && !s.has(k + 1, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA)
        && s.number(k + 1) < 0) {
      return true; // "Lào Khăm - ma - ni In - thi - lát": a name spelled out syllable by syllable
    }
    return k + 1 < s.size
        && s.has(k, Syllables.UPPER)
        && s.has(k + 1, Syllables.UPPER)
        && !s.has(k, apart)
        && !s.has(k + 1, apart)
        && (ForeignBodies.foreignNameAfter(s, k) || ForeignBodies.foreignNameAfter(s, k + 1));
  }

  /** A family name and a capitalised given name: a person, not part of a body's name. */
  boolean isPerson(Syllables s, int at) {
    return surnames.contains(s.original(at))
        && at + 1 < s.size
        && s.has(at + 1, Syllables.UPPER)
        && !s.has(at + 1, SEPARATORS);
  }

  private boolean isClauseWord(Syllables s, int k) {
    return trie.longest(s, k, Kind.TRIGGER.bit() | Kind.KEEP.bit(), true) != null;
  }

  boolean isStop(Syllables s, int at) {
    if (s.id[at] < 0) {
      return false;
    }
    Match m = trie.longest(s, at, Kind.STOP.bit(), true);
    return m != null
        && m.entry().spellings().contains(s.original(at, m.to()).toLowerCase(Locale.ROOT));
  }

  private static boolean hasCapitalsWord(Syllables s, int from, int to) {
    for (int k = from; k < to; k++) {
      int upper = 0;
      for (int i = s.start[k]; i < s.end[k]; i++) {
        upper += Character.isUpperCase(s.text[i]) ? 1 : 0;
      }
      if (upper >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a "(ABBR)" at {@code k} that abbreviates the body {@code name} (as written) heads,
   * and that the sentence goes on after with no comma or dash; else {@code k}. It abbreviates it by
   * its initials ("Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh", "Sở Lao động - Thương binh và Xã hội
   * (LĐ-TB&XH) tỉnh Nghệ An"), or the gazetteer reads it as the same {@code entry} ("Sở Giáo dục và
   * đào tạo (Sở GD-ĐT) Sóc Trăng", "Ngân hàng Đầu tư và Phát triển Việt Nam (BIDV) chi nhánh Hà
   * Tĩnh").
   */
  int abbreviationOf(Syllables s, int k, String name, NameTrie.Entry entry) {
    int close = bracketed(s, k, true);
    if (close == k
        || close >= s.size
        || s.sentence[close] != s.sentence[k]
        || s.has(close, Syllables.COMMA | Syllables.DASH)) {
      return k;
    }
    if (AliasMiner.initialsMatch(name, s.original(k, close))) {
      return close;
    }
    Match same = trie.longest(s, k, entry.kind().bit(), true);
    return same != null && same.to() == close && entry.value().equals(same.entry().value())
        ? close
        : k;
  }

  /** The end of a "(ABBR)" at {@code k}: "(Sabeco)", "(EVN)", "(PV GAS)"; else {@code k}. */
  int abbreviation(Syllables s, int k) {
    int q = bracketed(s, k, false);
    // "(UBND tỉnh ...)", "(Quảng Đông)": a place or a provincial body, not the name's abbreviation
    return q > k && s.id[k] >= 0 && trie.longest(s, k, PLACES, true) != null ? k : q;
  }

  /**
   * The end of a bracket at {@code k} shaped as an abbreviation, whatever it names; else k. {@code
   * dashed}: its words may be joined by dashes ("(LĐ-TB&XH)", "(TN - MT)").
   */
  private static int bracketed(Syllables s, int k, boolean dashed) {
    if (k >= s.size || !s.has(k, Syllables.PAREN) || !s.has(k, Syllables.BREAK)) {
      return k;
    }
    int stops = Syllables.BREAK | Syllables.COMMA | (dashed ? 0 : Syllables.DASH);
    int q = k + 1;
    while (q < s.size && s.has(q, Syllables.PAREN) && !s.has(q, stops)) {
      q++;
    }
    boolean closed = q == s.size || !s.has(q, Syllables.PAREN);
    if (!closed || q - k > ALIAS_SYLLABLES || !s.has(k, Syllables.UPPER)) {
      return k;
    }
    String abbr = s.original(k, q);
    int upper = 0;
    for (int i = 0; i < abbr.length(); i++) {
      upper += Character.isUpperCase(abbr.charAt(i)) ? 1 : 0;
    }
    boolean brand = q - k == 1 && abbr.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    if (upper < 2 && !brand || abbr.length() > 20 || q - k > 1 && !hasCapitalsWord(s, k, q)) {
      return k; // "(Quảng Đông)" is a place, not an abbreviation; "(PV OIL)" is one
    }
    return q;
  }
}
