package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * The place a phrase after "tại"/"ở" names. A place stands where the phrase puts one: first ("tại
 * Hà Nội", "tại tỉnh Long An", "tại thủ đô Vientiane"), after a comma ("tại thị xã Bình Long, tỉnh
 * Bình Phước"), after a word that places the venue ("khách sạn Capella trên đảo Sentosa,
 * Singapore", "triển lãm MAKS đang diễn ra ở Moskva"), or ending the venue's own name ("tại FLC Sầm
 * Sơn" → Thanh Hóa). A place that only describes a noun ("hội nghị thượng đỉnh Mỹ - Triều") is
 * none, and the phrase ends where another part of the clause starts ("giữa", "với", "và").
 */
final class PlacePhrase {
  /** How far the phrase may reach ("tại xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau"). */
  private static final int REACH = 24;

  /** The longest capitalised name after "thủ đô". */
  private static final int NAME_MAX = 4;

  private PlacePhrase() {}

  /** The place named by the phrase that starts at syllable {@code from}, or null. */
  static String read(Syllables s, NameTrie trie, int from) {
    // "tại các Tiểu Vương quốc Ả Rập thống nhất của ...": the plural of the state's own name
    boolean plural = from + 1 < s.size && s.is(from, "cac") && s.has(from + 1, Syllables.UPPER);
    int a = plural ? from + 1 : from;
    String foreign = foreignCity(s, trie, a);
    if (foreign != null) {
      return foreign;
    }
    int sentence = s.sentence[a];
    Phrases end = SigningPlaces.WORDS.get("end");
    boolean venue = true; // still in the venue's own name: no comma or "ở" yet
    int typedAt = -1;
    int typeStart = -1;
    boolean typedFirst = false;
    String fallback = null; // a state ending the venue's name, unless the phrase places the venue
    boolean event = SigningPlaces.WORDS.get("held").at(s, a) != null; // "tại Diễn đàn ..."
    // "Tại buổi Giới thiệu du lịch Triều Tiên,", "Tại buổi lễ Cơ quan Phát triển quốc tế Hoa Kỳ
    // (USAID) và ...": an occasion's name, whose state tells what it is about or who holds it
    boolean occasion = occasion(s, a);
    boolean titled = false; // the venue has a name: "trụ sở Bộ Y tế"
    for (int p = a; p < Math.min(s.size, a + REACH); p++) {
      titled |= p > a && s.has(p - 1, Syllables.UPPER);
      if (p > a && venue && titled && s.sentence[p] == sentence) {
        // "tại Nhà hát Harmony Vinschool (Hà Nội)", "tại trụ sở Bộ Y tế (Hà Nội)", "tại trụ sở
        // Tổng Liên đoàn Lao động Việt Nam (số 82 Trần Hưng Đạo, Hà Nội)": the named venue's
        // province in brackets, alone or ending its address
        String bracket = bracketed(s, trie, p, null);
        if (bracket != null) {
          return bracket;
        }
      }
      if (s.sentence[p] != sentence || (p > a && s.has(p, Syllables.BREAK))) {
        break;
      }
      if (p > a && end.at(s, p) != null) {
        break;
      }
      boolean first = p == a || s.has(p, Syllables.COMMA) || after(s, p, "into");
      venue &= p == a || !first;
      Phrases.Phrase landmark = first ? SigningPlaces.landmark(s, p) : null;
      if (landmark != null) {
        return landmark.value(); // "tại Phủ Chủ tịch": Hà Nội
      }
      // "tại cơ sở Lý Thường Kiệt, quận 10,", "ở quận Cầu Giấy,": a city's district
      Phrases.Phrase district = first ? SigningPlaces.district(s, p) : null;
      if (district != null && districtCloses(s, p + district.length(), Syllables.BREAK)) {
        return district.value();
      }
      Phrases.Phrase capital = first ? SigningPlaces.WORDS.get("capital").at(s, p) : null;
      if (capital != null) {
        String named = capitalName(s, trie, p + capital.length());
        if (named != null) {
          return named;
        }
      }
      // "tỉnh Bình Phước", "trụ sở UBND tỉnh Bình Dương": the type word places the name after it;
      // "TP", always in capitals, is "thành phố" ("tại trụ sở Đài, TP Ninh Bình")
      NameTrie.Match type =
          s.has(p, Syllables.UPPER) && !abbreviatedType(s, trie, p)
              ? null
              : trie.longest(s, p, Kind.TYPE.bit(), true);
      if (type != null) {
        typedAt = type.to();
        typedFirst = first;
        typeStart = p;
        continue;
      }
      boolean typed = p == typedAt;
      boolean lead = first || (typed && typedFirst);
      if (!s.has(p, Syllables.UPPER)) {
        continue;
      }
      // after a comma, a place after a named venue ("tại hội sở 22 Ngô Quyền, Hà Nội đã diễn
      // ra"), or one that ends the phrase ("tại hội nghị, tỉnh Bình Phước diễn ra"); not the
      // subject of the clause ("Tại hội nghị, Đà Nẵng và Quảng Nam đã ký")
      boolean comma = s.has(typed ? typeStart : p, Syllables.COMMA);
      Match prov = SigningPlaces.province(s, trie, p);
      if (prov != null
          && s.has(prov.to() - 1, Syllables.UPPER)
          && (!comma || named(s, a, p) || closes(s, prov.to(), sentence))
          && (lead || (typed && venue)
              ? !SigningPlaces.insideName(s, p, prov.to())
              : venue && (endsName(s, p, prov.to()) || endsVenue(s, a, p, prov.to())))) {
        return prov.entry().value();
      }
      // "tại thành phố Vinh", "tại FLC Sầm Sơn": a town by its province; "tại thành phố Sochi",
      // "Sân vận động Thượng Hải": a city abroad as written
      Phrases.Phrase city = SigningPlaces.city(s, p);
      Phrases.Phrase abroad = city == null ? SigningPlaces.abroad(s, p) : null;
      Phrases.Phrase town = city != null ? city : abroad;
      // "tại Diễn đàn Hoà bình Paris,": an event named after the city abroad that hosts it
      boolean hosted = event && venue && abroad != null && closes(s, p + abroad.length(), sentence);
      if (town != null
          && (hosted
              || (lead
                  ? !SigningPlaces.insideName(s, p, p + town.length())
                  : venue && endsName(s, p, p + town.length())))) {
        return city != null
            ? bracketed(s, trie, p + town.length(), city.value())
            : s.original(p, p + abroad.length());
      }
      // "tại thành phố Andong,", "ở thành phố Naju, tỉnh Jeollanam-do": a city abroad that no
      // list knows, named after "thành phố" and spelled as no Vietnamese word is
      String foreignTown = typed && lead ? foreignTown(s, trie, typeStart) : null;
      if (foreignTown != null) {
        return foreignTown;
      }
      // a state first in the phrase, or ending the venue's name ("tại nhà Quốc hội Australia,")
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, p);
      state = first ? firstState(s, a, p) : state;
      if (state != null
          && !state.value().equals("Việt Nam")
          && (p == a || first || !occasion)
          && (p == a
              || (first || (venue && !s.has(p, Syllables.DASH)))
                  && closes(s, p + state.length(), sentence))) {
        String written = s.original(p, p + state.length()); // a foreign place as written
        if (p == a || first || !placedAfter(s, p + state.length())) {
          return written;
        }
        // "tại Văn phòng Thủ tướng Nhật Bản ở Tokyo": the state is the venue's, "ở" places it
        fallback = fallback == null ? written : fallback;
        p += state.length() - 1;
      }
    }
    return fallback;
  }

  /**
   * Whether the phrase at syllable a opens with the noun of an occasion rather than of a building
   * or a body: an event word ("buổi lễ", "sự kiện", "hội thảo") or "buổi"/"cuộc" before a name
   * ("buổi Giới thiệu du lịch Triều Tiên"). A state that ends such a name is its topic or its host
   * ("Hội nghị xúc tiến đầu tư Nhật Bản"), not where it was held; a state ending a building's name
   * ("tại nhà Quốc hội Australia,") still places it.
   */
  private static boolean occasion(Syllables s, int a) {
    return SigningPlaces.WORDS.get("event").at(s, a) != null || s.is(a, "buoi") || s.is(a, "cuoc");
  }

  /**
   * The state first in the phrase or after its comma; right after a "Tại" that opens the sentence,
   * whose capital joins no name: "Tại La Habana ngày 14/9, Thông tấn xã Việt Nam ... đã ký kết" →
   * Cuba (a state's short name of one syllable only as the state writes it: "Tại Mỹ", not "Tại
   * Trung ...").
   */
  private static Phrases.Phrase firstState(Syllables s, int a, int p) {
    Phrases.Phrase state = ClauseWords.INSTANCE.country(s, p);
    if (state != null || p != a || a == 0 || !SigningPlaces.placeWord(s, a - 1)) {
      return state;
    }
    Phrases.Phrase any = ClauseWords.INSTANCE.countryAnywhere(s, p);
    return any != null && (any.length() > 1 || any.value().equals(s.original(p))) ? any : null;
  }

  /**
   * The province a bracket right after a town names alone, else the town's own: "tại Quy Nhơn (Gia
   * Lai)" → Gia Lai, as the writer places the town (provinces merge and towns move with them).
   */
  static String bracketed(Syllables s, NameTrie trie, int q, String province) {
    if (q >= s.size || !s.has(q, Syllables.PAREN) || !s.has(q, Syllables.BREAK)) {
      return province;
    }
    Match prov = SigningPlaces.province(s, trie, q);
    // "tại Khu Trung tâm Y tế tỉnh (thành phố Thái Bình)", "(tỉnh Đồng Nai)": the type word first
    NameTrie.Match type = prov == null ? trie.longest(s, q, Kind.TYPE.bit(), true) : null;
    prov = type == null || s.has(type.to(), Syllables.BREAK) ? prov : typed(s, trie, type.to());
    boolean alone = prov != null && (prov.to() >= s.size || !s.has(prov.to(), Syllables.PAREN));
    // "tại Bộ Chỉ huy BĐBP tỉnh (TP Hạ Long)", "(thành phố Vinh)": a town of the lists after the
    // type word, alone in the brackets, places the venue in its province
    Phrases.Phrase town =
        prov == null && type != null && !s.has(type.to(), Syllables.BREAK)
            ? SigningPlaces.city(s, type.to())
            : null;
    int past = town == null ? q : type.to() + town.length();
    if (town != null && (past >= s.size || !s.has(past, Syllables.PAREN))) {
      return town.value();
    }
    // "ở Nhà Văn hóa Thanh niên (quận 1)": a city's district alone in the venue's brackets
    Phrases.Phrase district = prov == null ? SigningPlaces.district(s, q) : null;
    int after = district == null ? q : q + district.length();
    if (district != null
        && (after >= s.size || !s.has(after, Syllables.PAREN))
        && districtCloses(s, after, 0)) {
      return district.value();
    }
    return alone ? prov.entry().value() : addressed(s, trie, q, province);
  }

  /**
   * Whether syllable k is "TP", the capitalised short form of "thành phố", as a type word: not the
   * start of a province's own spelling ("TP.HCM", "TP Hà Nội" are the province).
   */
  private static boolean abbreviatedType(Syllables s, NameTrie trie, int k) {
    return s.is(k, "tp") && SigningPlaces.province(s, trie, k) == null;
  }

  /** The province a capitalised name right after a type word at syllable k names, or null. */
  private static Match typed(Syllables s, NameTrie trie, int k) {
    if (k >= s.size || !s.has(k, Syllables.UPPER)) {
      return null;
    }
    Match prov = SigningPlaces.province(s, trie, k);
    return prov != null && s.has(prov.to() - 1, Syllables.UPPER) ? prov : null;
  }

  /**
   * Whether a district ending at syllable q closes the phrase: the sentence ends, or a comma, a day
   * or a break ({@code breaks}) follows. "Hợp đồng BT dự án ... ở khu đô thị mới Thủ Thiêm (quận 2)
   * vừa được ký kết" places the project, not the signing (vietnews-val-020116).
   */
  private static boolean districtCloses(Syllables s, int q, int breaks) {
    return q >= s.size
        || s.sentence[q] != s.sentence[q - 1]
        || s.has(q, Syllables.COMMA | breaks)
        || SigningPlaces.WORDS.get("day").at(s, q) != null;
  }

  /** How many syllables an address in brackets may take: "(số 82 Trần Hưng Đạo, Hà Nội)". */
  private static final int ADDRESS = 12;

  /**
   * The province after the last comma of an address in the bracket that opens at q, when it closes
   * the bracket: "(số 82 Trần Hưng Đạo, Hà Nội)" → Hà Nội; else {@code province}.
   */
  private static String addressed(Syllables s, NameTrie trie, int q, String province) {
    int last = -1;
    int k = q + 1;
    for (; k < s.size && k - q < ADDRESS && s.has(k, Syllables.PAREN); k++) {
      if (s.has(k, Syllables.BREAK)) {
        return province; // a bracket or quote inside
      }
      last = s.has(k, Syllables.COMMA) ? k : last;
    }
    Match prov = last < 0 ? null : SigningPlaces.province(s, trie, last);
    boolean closes = prov != null && (prov.to() >= s.size || !s.has(prov.to(), Syllables.PAREN));
    return closes && prov.to() == k ? prov.entry().value() : province;
  }

  /** Whether a word that places the venue ("ở", "tại", "thuộc") follows the name at q. */
  private static boolean placedAfter(Syllables s, int q) {
    return q < s.size
        && !s.has(q, Syllables.BREAK | Syllables.COMMA)
        && SigningPlaces.WORDS.get("into").at(s, q) != null;
  }

  /**
   * Whether the venue before the comma at {@code p} has a name or a number: "hội sở 22 Ngô Quyền".
   */
  private static boolean named(Syllables s, int a, int p) {
    for (int q = a; q < p && !s.has(q + 1, Syllables.COMMA); q++) {
      if (s.has(q, Syllables.UPPER) || s.number(q) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the given kind ends right before syllable p ("ở", "trên đảo"). */
  private static boolean after(Syllables s, int p, String kind) {
    return SigningPlaces.WORDS.get(kind).endingAt(s, p, 2) > 0 && !s.has(p, Syllables.BREAK);
  }

  /**
   * Whether a place at [from, to) ends a capitalised venue's name: "FLC Sầm Sơn", "Khách sạn
   * Sheraton Hà Nội"; not a place inside a longer name ("Thái Bình Dương").
   */
  private static boolean endsName(Syllables s, int from, int to) {
    return from > 0 && s.has(from - 1, Syllables.UPPER) && lastWords(s, from, to);
  }

  /**
   * Whether a place at [from, to) is the last words of the name it ends: joined to the words before
   * it, and no capitalised word joined after it ("Thái Bình Dương" holds no "Thái Bình").
   */
  private static boolean lastWords(Syllables s, int from, int to) {
    int sep = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
    return !s.has(from, sep) && (to >= s.size || !s.has(to, Syllables.UPPER) || s.has(to, sep));
  }

  /**
   * Whether a province at [from, to) ends the name of a venue written in lower-case words before
   * it: "tại Cung Văn hóa Lao động Đà Nẵng ngày 28/4", "tại sân bay quốc tế Đà Nẵng": a venue that
   * bears a province's bare name stands in it. Not a name inside a longer one ("Thái Bình Dương"),
   * nor a street named after a province ({@code street} words: "tại 652 Xa lộ Hà Nội" is in Thành
   * phố Hồ Chí Minh).
   */
  private static boolean endsVenue(Syllables s, int a, int from, int to) {
    return from > a
        && !s.has(from - 1, Syllables.UPPER)
        && SigningPlaces.WORDS.get("street").endingAt(s, from, 2) == 0
        && lastWords(s, from, to);
  }

  /**
   * Whether the phrase ends at syllable q: punctuation (not a dash: "Mỹ - Triều" is a pair), a time
   * word, "ở", or the sentence.
   */
  private static boolean closes(Syllables s, int q, int sentence) {
    return q >= s.size
        || s.sentence[q] != sentence
        || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
        || SigningPlaces.WORDS.get("day").at(s, q) != null
        || SigningPlaces.WORDS.get("into").at(s, q) != null;
  }

  /**
   * The capitalised name after "thành phố" at syllable a when it is no Vietnamese place: "thành phố
   * Kaysone Phomvihane" → "Kaysone Phomvihane"; else null.
   */
  static String town(Syllables s, NameTrie trie, int a) {
    int name = a + 2;
    boolean typed = name < s.size && s.is(a, "thanh") && s.is(a + 1, "pho");
    if (!typed || !s.has(name, Syllables.UPPER) || s.has(name, Syllables.BREAK)) {
      return null;
    }
    if (SigningPlaces.province(s, trie, name) != null || SigningPlaces.city(s, name) != null) {
      return null;
    }
    return capitalName(s, trie, name);
  }

  /**
   * The capitalised name after "thành phố" at syllable a when no list knows it and one of its words
   * spells no Vietnamese syllable: "thành phố Maebashi", "thành phố Andong" → the name as written;
   * not "thành phố Tam Kỳ", a Vietnamese town the lists lack, nor "thành phố Nam Ninh".
   */
  static String foreignTown(Syllables s, NameTrie trie, int a) {
    String town = town(s, trie, a);
    if (town == null) {
      return null;
    }
    int name = a + 2;
    int to = s.capitalsEnd(name, NAME_MAX, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
    for (int k = name; k < to; k++) {
      if (BrandWords.foreignSpelled(s, k)) {
        return town;
      }
    }
    return null;
  }

  /**
   * "thủ đô Vientiane", "thủ đô Hà Nội": a province by its canonical name, else the capitalised
   * name as written; null when no capital follows.
   */
  private static String capitalName(Syllables s, NameTrie trie, int from) {
    Match prov = from < s.size ? SigningPlaces.province(s, trie, from) : null;
    if (prov != null) {
      return prov.entry().value();
    }
    int to = s.capitalsEnd(from, NAME_MAX, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
    return to > from ? s.original(from, to) : null;
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
    boolean bracket = b < s.size && s.has(b, Syllables.PAREN) && bracketed(s, b);
    if (b == a
        || b >= s.size
        || !(s.has(b, Syllables.COMMA) || bracket)
        || s.sentence[b] != s.sentence[a]) {
      return null;
    }
    if (SigningPlaces.province(s, trie, a) != null
        || ClauseWords.INSTANCE.country(s, a) != null
        || SigningPlaces.city(s, a) != null) {
      return null; // "tại Hà Nội, Việt Nam", "tại Nha Trang, Khánh Hòa": not a foreign city
    }
    Phrases.Phrase state = ClauseWords.INSTANCE.country(s, b);
    if (state == null || state.value().equals("Việt Nam")) {
      return null;
    }
    // "tại Điện Malacanang, Manila": a city abroad after the comma (a capital standing for its
    // state) places the venue before it, as "tại hội sở 22 Ngô Quyền, Hà Nội" does
    Phrases.Phrase city = SigningPlaces.abroad(s, b);
    return city != null ? s.original(b, b + city.length()) : s.original(a, b);
  }

  /**
   * Whether a bracket opens at syllable b and holds a state alone: "tại Santiago (Chile) vào chiều
   * 8-3" names the city and its state, as "tại Auckland, New Zealand" does.
   */
  private static boolean bracketed(Syllables s, int b) {
    if (!s.has(b, Syllables.BREAK) || (b > 0 && s.has(b - 1, Syllables.PAREN))) {
      return false;
    }
    Phrases.Phrase state = ClauseWords.INSTANCE.country(s, b);
    int after = state == null ? -1 : b + state.length();
    return after > 0 && (after >= s.size || !s.has(after, Syllables.PAREN));
  }
}
