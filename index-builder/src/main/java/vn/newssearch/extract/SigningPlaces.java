package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * Where an agreement was signed: "tại Hà Nội", "diễn ra ở Bắc Kinh", "tại Auckland, New Zealand".
 */
final class SigningPlaces {
  private SigningPlaces() {}

  /**
   * How far after the verb "tại" still places the signing ("ký kết thỏa thuận tại Hà Nội"); later
   * only after "diễn ra" ("lễ ký kết ... đã diễn ra tại ...").
   */
  private static final int PLACE_AFTER_VERB = 8;

  /** How far after "tại" the province may come ("tại xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau"). */
  private static final int PLACE_REACH = 14;

  /**
   * "tại Hà Nội", "tại TP Cần Thơ", "tại Tokyo, Nhật Bản" in sentence {@code sentence}: the
   * province's canonical name, or a state named right after "tại".
   */
  static String place(Syllables s, NameTrie trie, int from, int to, int verb) {
    int sentence = s.sentence[from];
    for (int k = from; k + 1 < to; k++) {
      boolean at = s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k));
      boolean in = s.is(k, "o") && "ở".equalsIgnoreCase(s.original(k)); // "diễn ra ở Bắc Kinh"
      if (!at && !in) {
        continue;
      }
      boolean ofTheSigning =
          k < verb
              || k - verb <= PLACE_AFTER_VERB
              || (s.is(k - 1, "ra") && s.is(k - 2, "dien"))
              || afterDocument(s, verb, k);
      if (!ofTheSigning) {
        continue; // "... sang làm việc tại Hàn Quốc": the place of something else in the clause
      }
      String foreign = foreignCity(s, trie, k + 1);
      if (foreign != null) {
        return foreign;
      }
      for (int p = k + 1; p < Math.min(s.size, k + 1 + PLACE_REACH); p++) {
        if (s.sentence[p] != sentence || (p > k + 1 && s.has(p, Syllables.BREAK))) {
          break;
        }
        Match prov =
            s.has(p, Syllables.UPPER) ? trie.longest(s, p, Kind.PROVINCE.bit(), false) : null;
        if (prov != null && !insideName(s, p, prov.to())) {
          return prov.entry().value();
        }
        Phrases.Phrase state = ClauseWords.INSTANCE.country(s, p);
        if (state != null && !state.value().equals("Việt Nam")) {
          return s.original(p, p + state.length()); // a foreign place as written
        }
      }
    }
    return null;
  }

  /**
   * "ký kết Hiệp định Đối tác Toàn diện và Tiến bộ Xuyên Thái Bình Dương (CPTPP) tại Chile":
   * between the verb and "tại", the document's capitalised or bracketed name counts for nothing; a
   * few lower-case words, none that starts another part of the clause ("để", "cho", "theo"), keep
   * the place the signing's.
   */
  private static boolean afterDocument(Syllables s, int verb, int k) {
    if (!s.has(k - 1, Syllables.UPPER | Syllables.PAREN) && !s.has(k, Syllables.COMMA)) {
      return false; // "ký với hãng hàng không lớn thứ hai tại Mỹ": "tại" describes the noun
    }
    int lower = 0;
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int p = verb + 1; p < k; p++) {
      if (s.has(p, Syllables.BREAK) && !s.has(p, Syllables.PAREN) || ends.at(s, p) != null) {
        return false;
      }
      if (!s.has(p, Syllables.UPPER | Syllables.PAREN) && ++lower > PLACE_AFTER_VERB) {
        return false;
      }
    }
    return true;
  }

  /**
   * A foreign city named right after "tại": "tại Auckland, New Zealand" → "Auckland", "tại Thủ đô
   * Santiago de Chile" → "Santiago de Chile": a capitalised name that ends with a state or is
   * followed by one after a comma. Null for anything else.
   */
  private static String foreignCity(Syllables s, NameTrie trie, int from) {
    NameTrie.Match type = trie.longest(s, from, Kind.TYPE.bit(), true);
    int a = type != null ? type.to() : from;
    int b = a;
    while (b < s.size
        && (b == a || !s.has(b, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))
        && (s.has(b, Syllables.UPPER) || (b > a && s.is(b, "de") && b + 1 < s.size))) {
      Phrases.Phrase state = b > a ? ClauseWords.INSTANCE.country(s, b) : null;
      if (state == null && b > a && s.has(b, Syllables.UPPER) && s.is(b - 1, "de")) {
        state = ClauseWords.INSTANCE.countryAnywhere(s, b);
      }
      if (state != null && b + state.length() <= s.size) {
        return s.original(a, b + state.length());
      }
      b++;
    }
    if (b == a || b >= s.size || !s.has(b, Syllables.COMMA) || s.sentence[b] != s.sentence[a]) {
      return null;
    }
    if (trie.longest(s, a, Kind.PROVINCE.bit(), false) != null
        || ClauseWords.INSTANCE.country(s, a) != null) {
      return null; // "tại Hà Nội, Việt Nam": not a foreign city
    }
    Phrases.Phrase state = ClauseWords.INSTANCE.country(s, b);
    return state != null && !state.value().equals("Việt Nam") ? s.original(a, b) : null;
  }

  /**
   * Whether a place name at [from, to) is part of a longer capitalised name: "Trương Hoà Bình" (a
   * person), "Thái Bình Dương"; "TP. HCM" and "tỉnh Hòa Bình" are places.
   */
  static boolean insideName(Syllables s, int from, int to) {
    int sep = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
    boolean before =
        from > 0
            && s.has(from - 1, Syllables.UPPER)
            && !s.has(from, sep)
            && !s.is(from - 1, "tp")
            && !s.is(from - 1, "thanh")
            && !s.is(from - 1, "tinh");
    boolean after = to < s.size && s.has(to, Syllables.UPPER) && !s.has(to, sep);
    return before || after;
  }
}
