package vn.newssearch.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * Where an agreement was signed: the place phrase after "tại" or "ở" that belongs to the signing
 * ("ký kết thỏa thuận tại Hà Nội", "Lễ ký kết diễn ra tại FLC Sầm Sơn", "tại thủ đô Vientiane"). A
 * place counts where the phrase names one ({@link PlacePhrase}), not where a place only describes a
 * noun inside it ("tại hội nghị thượng đỉnh Mỹ - Triều" is no place in the United States). The
 * words are data (gazetteer/signing-places.tsv).
 */
final class SigningPlaces {
  /** The kinds whose names are matched with their tone marks. */
  private static final Set<String> SPELLED =
      Set.of("city", "abroad", "landmark", "meeting", "rite", "unit", "local", "ongoing");

  /**
   * The place phrases' words, by kind (city, abroad, landmark, capital, into, end, day, visit,
   * manner, post, occur, event, refer, held, unnamed, meeting, rite, arrive, retold, unit, local,
   * occasion, ceremony, staged, any-event, ongoing, told, bound).
   */
  static final Map<String, Phrases> WORDS = load();

  /**
   * The state the gazetteer names for a state the public list of cities writes in English ("Japan"
   * → Nhật Bản): read off the list's capitals that states.tsv or capitals.tsv knows as their
   * state's ("Tokyo" → Nhật Bản, so Japan).
   */
  private static final Map<String, String> ENGLISH = english();

  private SigningPlaces() {}

  /**
   * "tại Hà Nội", "tại TP Cần Thơ", "tại Tokyo, Nhật Bản" in syllables [from, to) of the sentence
   * of a signing whose verb is at {@code verb}: the province's canonical name, a foreign place as
   * written, or null.
   */
  static String place(Syllables s, NameTrie trie, int from, int to, int verb) {
    String stated = stated(s, trie, from, to, verb);
    return stated != null ? stated : visited(s, trie, from, to);
  }

  /** The place a "tại"/"ở" phrase of the signing names, or null. */
  static String stated(Syllables s, NameTrie trie, int from, int to, int verb) {
    for (int k = from; k + 1 < to; k++) {
      if (!placeWord(s, k)) {
        continue; // "tại", or "ở" as in "diễn ra ở Bắc Kinh"
      }
      if (!PlaceTies.ofTheSigning(s, verb, k) || posted(s, k)) {
        continue; // "... sang làm việc tại Hàn Quốc": the place of something else in the clause
      }
      String place = PlacePhrase.read(s, trie, k + 1);
      if (place != null) {
        return city(s, trie, k + 1, to, verb, place);
      }
    }
    return null;
  }

  /**
   * A city abroad named by a later "tại"/"ở" phrase of the signing before {@code to}, when {@code
   * place} is a state: "Trong khuôn khổ chuyến công tác của Thủ tướng Chính phủ tại Nhật Bản, ngày
   * 16/12/2023 tại Tokyo, X và Y đã trao ..." → Tokyo; else {@code place}.
   */
  private static String city(Syllables s, NameTrie trie, int from, int to, int verb, String place) {
    if (!isState(place, trie)) {
      return place; // a province or a city already
    }
    for (int k = from; k + 1 < to; k++) {
      if (placeWord(s, k) && PlaceTies.ofTheSigning(s, verb, k) && !posted(s, k)) {
        String city = PlacePhrase.read(s, trie, k + 1);
        // the public list names the city's state in English ("Tokyo", Japan): any city abroad
        if (city != null && !city.equals(place) && stateOf(city, trie) != null) {
          return city;
        }
        // "Trong chuyến công tác tại nước bạn Lào, ngày 14/1/2026, tại thành phố Kaysone
        // Phomvihane, ...": a town no list knows, named after "thành phố" in the state visited
        // (the phrase reads a town spelled as no Vietnamese word itself: PlacePhrase.foreignTown)
        String town = PlacePhrase.town(s, trie, k + 1);
        if (town != null && (city == null || city.equals(town))) {
          return town;
        }
      }
    }
    return place;
  }

  /**
   * A state the story's signings are placed in, narrowed to its city when another reported signing
   * of the story names the city: "Hiệp định CPTPP chính thức được 11 nước ký kết tại Chile" and
   * "Sáng 9/3, lễ ký kết Hiệp định ... (CPTPP) đã diễn ra tại Thủ đô Santiago de Chile"
   * (vietnews-train-030275) → Santiago de Chile; or a town no list knows, named after "thủ phủ",
   * "thủ đô" in the state: "Nhân chuyến thăm và làm việc tại Lào, ..." and "... đã ký văn kiện tại
   * thủ phủ Sầm Nưa" → Sầm Nưa. Any other place stays.
   */
  static String narrowed(
      Syllables s, NameTrie trie, List<Signings.Signing> signings, String place) {
    for (Signings.Signing g : place == null ? List.<Signings.Signing>of() : signings) {
      int[] range = Signings.sentence(s, g.verb());
      String city = stated(s, trie, range[0], range[1], g.verb());
      boolean town = city != null && isState(place, trie) && unknown(city, trie);
      if (city != null
          && !city.equals(place)
          && (town || state(place, trie).equals(stateOf(city, trie)))) {
        return city;
      }
    }
    return place;
  }

  /** Whether a place is no province, no state and no city of the lists ("Sầm Nưa"). */
  private static boolean unknown(String place, NameTrie trie) {
    Syllables n = Syllables.of(place, trie.vocabulary());
    return Gazetteer.wholeProvince(trie, n) == null
        && ClauseWords.INSTANCE.country(n, 0) == null
        && abroad(n, 0) == null
        && city(n, 0) == null
        && landmark(n, 0) == null;
  }

  /** A state's name as the gazetteer keeps it ("Liên bang Nga" → Nga); any other place as is. */
  private static String state(String place, NameTrie trie) {
    Phrases.Phrase state = wholeState(place, trie);
    return state != null ? state.value() : place;
  }

  /** Whether a place is a state by the gazetteer ("Nhật Bản", "CHDCND Lào"). */
  private static boolean isState(String place, NameTrie trie) {
    return wholeState(place, trie) != null;
  }

  /** The state a place's whole name is, or null when it is none or names more. */
  private static Phrases.Phrase wholeState(String place, NameTrie trie) {
    Syllables n = Syllables.of(place, trie.vocabulary());
    Phrases.Phrase state = ClauseWords.INSTANCE.country(n, 0);
    return state != null && state.length() == n.size ? state : null;
  }

  /**
   * The state of a city abroad ("Santiago de Chile" → Chile, "Chiba" → Nhật Bản), or null: the
   * public list's English state by the name states.tsv gives it ({@link #ENGLISH}).
   */
  private static String stateOf(String city, NameTrie trie) {
    Phrases.Phrase abroad = abroad(Syllables.of(city, trie.vocabulary()), 0);
    return abroad == null ? null : ENGLISH.getOrDefault(abroad.value(), abroad.value());
  }

  /** How many of the body's first sentences may name the city of the state visited. */
  private static final int CITY_SENTENCES = 3;

  /**
   * The city of the state a signing is placed in, when a "tại"/"ở" phrase of the story's head (the
   * title, the lead, the body's first sentences) names a city of that state: "Tiếp tục chương trình
   * thăm và làm việc tại Cuba, ngày 21/9, tại La Habana, Bộ trưởng Y tế ... đã hội đàm ..." with
   * "Sau hội đàm, hai Bộ trưởng đã ký" → La Habana; "trong chuyến thăm Nhật" with "Ngay trong sáng
   * nay (1-7) tại thủ đô Tokyo, Thủ tướng ... đã có chương trình làm việc" → Tokyo. Only a place
   * written as its state ("Nhật", "Liên bang Nga"), not a capital that names it ("Bắc Kinh"); an
   * envoy's post ("Đại sứ Việt Nam tại Cuba") names no city; any other place stays.
   */
  static String headCity(Syllables s, NameTrie trie, String place, int headSentences) {
    String state = place == null || !isState(place, trie) ? null : state(place, trie);
    if (state == null || !(state.startsWith(place) || place.endsWith(state))) {
      return place; // a city already: "Bắc Kinh", "Moskva" name their states too
    }
    for (int k = 0; k + 1 < s.size && s.sentence[k] < headSentences + CITY_SENTENCES; k++) {
      String city = placeWord(s, k) && !posted(s, k) ? PlacePhrase.read(s, trie, k + 1) : null;
      if (city != null && !city.equals(place) && state.equals(stateOf(city, trie))) {
        return city;
      }
    }
    return place;
  }

  /** How far before the verb "theo" may cite the document ("Theo bản ghi nhớ vừa được ký"). */
  private static final int CITED_REACH = 6;

  /**
   * Whether a signing read as none of its own tells the story's document once more with where it
   * was signed: a bare "văn bản" or "nghị quyết" ({@code retold} words) right before "tại"/"ở"
   * ("Chủ tịch VCCI ... và Chủ tịch UBND tỉnh Gia Lai ... ký văn bản tại Quy Nhơn (Gia Lai)"), or a
   * passive signing after "theo" (the document cited, or the news's source), with no year in the
   * sentence ("Theo thoả thuận được ký tại triển lãm hàng không MAKS đang diễn ra ở Moskva",
   * vietnews-train-036433; "Theo CafeF, thỏa thuận được ký bên lề hội nghị ... tại Tokyo"). Only
   * such a sentence's "tại" phrase is read, as it ties to the verb, after the story's own signings
   * gave no place.
   */
  static boolean retold(
      Syllables s,
      Signings.Signing g,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      boolean undated) {
    int after = g.after();
    if (after >= s.size || s.has(after, Syllables.BREAK)) {
      return false;
    }
    if (g.status() == Signings.Status.NOT) {
      Phrases.Phrase bare = WORDS.get("retold").at(s, after);
      int at = bare == null ? -1 : after + bare.length();
      return at > 0 && at < s.size && placeWord(s, at) && !s.has(at, Syllables.BREAK);
    }
    // an article with its publication day reads a recent full date as news already (Signings)
    if (undated && g.status() == Signings.Status.BACKGROUND && bareSubject(s, g, nouns)) {
      return true;
    }
    if (g.status() != Signings.Status.BACKGROUND || !g.passive()) {
      return false;
    }
    int[] range = Signings.sentence(s, g.verb());
    int cited = -1;
    for (int p = Math.max(range[0], g.verb() - CITED_REACH); p < g.verb(); p++) {
      cited = s.is(p, "theo") && !s.has(p + 1, Syllables.BREAK | Syllables.COMMA) ? p : cited;
    }
    for (int p = range[0]; cited >= 0 && p < g.verb(); p++) {
      // "Con tàu sẽ được ... đóng tại nhà máy ... ở Thượng Hải, theo thoả thuận được ký hôm qua"
      // (vietnews-train-050529): a place before the verb is another clause's
      cited = placeWord(s, p) ? -1 : cited;
    }
    for (int p = range[0]; cited >= 0 && p < range[1]; p++) {
      cited = SigningDates.isYear(s.number(p)) ? -1 : cited; // "được ký tại Moskva năm 2015"
    }
    return cited >= 0;
  }

  /**
   * The full date of a signing that tells the story's document once more as the bare subject of its
   * sentence ({@link #bareSubject}) in an article without its publication day: "Bản ghi nhớ được ký
   * tại Hà Nội ngày 19/11/2016" after "... vừa ký bản ghi nhớ" → 2016-11-19; else null.
   */
  static LocalDate retoldOn(
      Syllables s,
      Signings.Signing g,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      boolean undated) {
    if (!undated || g.status() != Signings.Status.BACKGROUND || !bareSubject(s, g, nouns)) {
      return null;
    }
    int[] range = Signings.sentence(s, g.verb());
    SigningDates.Found day = SigningDates.signedOn(s, range[0], range[1], null);
    return day == null ? null : day.date();
  }

  /** How far into its sentence a cited source's comma may come ("Theo CafeF, hợp đồng ..."). */
  private static final int SOURCE_REACH = 6;

  /**
   * Whether the signing's sentence opens with a bare document noun as the subject of its verb, the
   * document the story signs told once more with its day and place: "Bản ghi nhớ được ký tại Hà Nội
   * ngày 19/11/2016" (a full date reads as an earlier signing in a story that says "vừa ký"), "Theo
   * CafeF, hợp đồng được ký tại Dublin ngày 3/6/2025", "Theo thỏa thuận ký ngày 19/9/2024 tại Hà
   * Nội". Only "được", "đã được" may stand between the noun and the verb, and a year only in a full
   * date ("Thỏa thuận được ký tại Moskva năm 2015" is another, older one).
   */
  private static boolean bareSubject(
      Syllables s, Signings.Signing g, Map<Integer, OrganisationMatcher.Hit> nouns) {
    int[] range = Signings.sentence(s, g.verb());
    int c = range[0];
    for (int p = c; p < Math.min(g.verb(), c + SOURCE_REACH); p++) {
      if (s.is(c, "theo") && s.has(p + 1, Syllables.COMMA)) {
        c = p + 1; // "Theo CafeF, hợp đồng được ký": the source cited, then the clause
        break;
      }
    }
    c += s.is(c, "theo") && !s.has(c + 1, Syllables.BREAK | Syllables.COMMA) ? 1 : 0;
    OrganisationMatcher.Hit noun = nouns.get(c);
    // "Văn kiện được ký tại ...", "Chương trình được ký ngày ...": a document's bare head word
    Phrases.Phrase head = noun != null && noun.from() == c ? null : WORDS.get("subject").at(s, c);
    if ((noun == null || noun.from() != c) && head == null) {
      return false;
    }
    int q = head != null ? c + head.length() : noun.to();
    Phrases.Phrase passive = ClauseWords.INSTANCE.get("passive").at(s, q);
    q += passive == null ? 0 : passive.length();
    if (q != g.verb() || s.has(q, Syllables.BREAK)) {
      return false;
    }
    for (int p = range[0]; p < range[1]; p++) {
      if (SigningDates.isYear(s.number(p))) {
        // "năm 2015": a year alone, not in a full date; the sentence's date is read once
        return SigningDates.signedOn(s, range[0], range[1], null) != null;
      }
    }
    return true;
  }

  /** Whether syllable k is "tại" or "ở". */
  static boolean placeWord(Syllables s, int k) {
    return s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k))
        || s.is(k, "o") && "ở".equalsIgnoreCase(s.original(k));
  }

  /** How many capitalised syllables an envoy's state or body may take before "tại". */
  private static final int POST_NAME = 8;

  /** How many words of manner may come between a visit and the place visited. */
  private static final int MANNER_WORDS = 3;

  /**
   * Whether "tại" at k follows an envoy's title and the state or body he represents, so that it
   * names his post: "Đại sứ Mỹ tại Hàn Quốc Harry Harris hôm nay ký thoả thuận"
   * (vietnews-val-009166) is no signing in Korea; so after an envoy's mission that signs ("Đại sứ
   * quán Australia tại Việt Nam và Hội LHPN tỉnh Quảng Trị đã ký kết"); "tại Đại sứ quán Mỹ tại Hà
   * Nội", the mission as the venue, still is in Hà Nội.
   */
  static boolean posted(Syllables s, int k) {
    int r = k;
    while (r > 0
        && k - r < POST_NAME
        && s.has(r - 1, Syllables.UPPER)
        && s.sentence[r - 1] == s.sentence[k]) {
      r--;
    }
    if (r == k) {
      return false;
    }
    int mission = WORDS.get("mission").endingAt(s, r, 4);
    if (mission > 0) {
      int before = r - mission - 1; // "tại Đại sứ quán Mỹ tại Hà Nội": the venue
      return before < 0
          || s.sentence[before] != s.sentence[k]
          || !s.is(before, "tai") && !"ở".equalsIgnoreCase(s.original(before));
    }
    return WORDS.get("post").endingAt(s, r, 3) > 0;
  }

  /**
   * "tới thăm Bắc Kinh hôm nay ký", "chuyến thăm cấp Nhà nước tới Trung Quốc": the place visited,
   * named right after the visit and its words of manner, in syllables [from, to); weaker than a
   * "tại" phrase of any signing of the story.
   */
  static String visited(Syllables s, NameTrie trie, int from, int to) {
    int visit = WORDS.get("visit").find(s, from, to);
    int after = visit < 0 ? -1 : visit + WORDS.get("visit").at(s, visit).length();
    Phrases manner = WORDS.get("manner");
    for (int n = 0; after > 0 && after < to && n < MANNER_WORDS; n++) {
      Phrases.Phrase way = manner.at(s, after);
      if (way == null) {
        break;
      }
      after += way.length();
    }
    after = after > 0 ? visitor(s, after, to) : after;
    String state =
        after > 0 && after < to && s.has(after, Syllables.UPPER)
            ? PlacePhrase.read(s, trie, after)
            : null;
    for (int k = after + 1; state != null && k + 1 < to; k++) {
      // "Nhân chuyến thăm Brazil ..., Bộ ... và Bộ ... Brazil đã ký bản ghi nhớ ... tại thủ đô
      // Brasília": a city of the state visited, named later in the sentence, is where
      String city = placeWord(s, k) ? PlacePhrase.read(s, trie, k + 1) : null;
      if (city != null && !city.equals(state) && state.equals(stateOf(city, trie))) {
        return city;
      }
    }
    return state;
  }

  /** How many syllables the visitor may take between "của" and "đến"/"tới"/"sang". */
  private static final int VISITOR = 16;

  /**
   * The syllable after "đến"/"tới"/"sang" when the visit names its visitor first: "Trong khuôn khổ
   * chuyến thăm cấp nhà nước của ông Tập Cận Bình đến Nga, hai nhà lãnh đạo đã ký kết"
   * (vietnews-test-018345); else {@code after}.
   */
  private static int visitor(Syllables s, int after, int to) {
    if (after >= to || !s.is(after, "cua") || s.has(after, Syllables.BREAK | Syllables.COMMA)) {
      return after;
    }
    Phrases bound = WORDS.get("bound");
    for (int k = after + 1; k + 1 < Math.min(to, after + VISITOR); k++) {
      if (s.has(k, Syllables.BREAK | Syllables.COMMA)) {
        return after;
      }
      Phrases.Phrase toward = bound.at(s, k);
      if (toward != null && s.has(k + toward.length(), Syllables.UPPER)) {
        return k + toward.length();
      }
    }
    return after;
  }

  /**
   * Whether a place name at [from, to) is part of a longer capitalised name: "Trương Hoà Bình" (a
   * person), "Thái Bình Dương"; "TP. HCM", "tỉnh Hòa Bình" and "Tại Hà Nội" opening a sentence are
   * places.
   */
  static boolean insideName(Syllables s, int from, int to) {
    int sep = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
    // "Tại Hà Nội, ...": a place word capitalised as its sentence opens joins no name
    boolean before =
        from > 0
            && s.has(from - 1, Syllables.UPPER)
            && !placeWord(s, from - 1)
            && !s.has(from, sep)
            && !s.is(from - 1, "tp")
            && !s.is(from - 1, "thanh")
            && !s.is(from - 1, "tinh");
    boolean after = to < s.size && s.has(to, Syllables.UPPER) && !s.has(to, sep);
    return before || after;
  }

  /** The province of a city phrase at syllable k ("Sầm Sơn" → "Thanh Hóa"), with its length. */
  static Phrases.Phrase city(Syllables s, int k) {
    return s.has(k, Syllables.UPPER) ? WORDS.get("city").at(s, k) : null;
  }

  /** A landmark venue at syllable k ("Phủ Chủ tịch" → "Hà Nội"), with its place and length. */
  static Phrases.Phrase landmark(Syllables s, int k) {
    return WORDS.get("landmark").at(s, k);
  }

  /**
   * An urban district of a centrally-run city at syllable k, written with "quận" ("quận 10" → Thành
   * phố Hồ Chí Minh, "quận Cầu Giấy" → Hà Nội), with its city and length.
   */
  static Phrases.Phrase district(Syllables s, int k) {
    return WORDS.get("district").at(s, k);
  }

  /** A city abroad at syllable k ("Sochi", "Thượng Hải"), with its state and length. */
  static Phrases.Phrase abroad(Syllables s, int k) {
    return s.has(k, Syllables.UPPER) ? WORDS.get("abroad").at(s, k) : null;
  }

  /** The province the trie reads at syllable k ("Hà Nội", "tỉnh Long An"), or null. */
  static Match province(Syllables s, NameTrie trie, int k) {
    return trie.longest(s, k, Kind.PROVINCE.bit(), false);
  }

  private static Map<String, String> english() {
    Map<String, String> out = new HashMap<>();
    for (String[] row : Gazetteer.rows("world-cities.tsv")) {
      String state = row.length > 1 ? ClauseWords.INSTANCE.stateNamed(row[0]) : null;
      if (state != null) {
        out.putIfAbsent(row[1], state);
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Phrases> load() {
    Map<String, Phrases> out = new HashMap<>();
    for (String kind :
        new String[] {
          "city",
          "abroad",
          "landmark",
          "district",
          "trip",
          "capital",
          "into",
          "end",
          "day",
          "visit",
          "manner",
          "post",
          "mission",
          "occur",
          "event",
          "refer",
          "held",
          "unnamed",
          "meeting",
          "rite",
          "arrive",
          "retold",
          "unit",
          "local",
          "occasion",
          "ceremony",
          "staged",
          "any-event",
          "street",
          "invite",
          "greet",
          "subject",
          "ongoing",
          "aside",
          "told",
          "bound"
        }) {
      out.put(kind, new Phrases());
    }
    for (String[] row : Gazetteer.rows("signing-places.tsv")) {
      Phrases p = out.get(row[0]);
      if (p == null || row.length < 2) {
        throw new IllegalStateException("signing-places.tsv: bad row " + String.join(" ", row));
      }
      // a place name is matched as spelled: "Nhà Trắng" (the White House) is not "Nha Trang"
      boolean spelled = SPELLED.contains(row[0]);
      p.add(spelled ? "=" + row[1] : row[1], row.length > 2 ? row[2] : row[1]);
    }
    // "tại Santiago", "tại Madrid": capitals and large cities of a public list, after the rows
    // above, which keep the corpus's own spellings ("Thượng Hải")
    Phrases abroad = out.get("abroad");
    for (String[] row : Gazetteer.rows("world-cities.tsv")) {
      if (row.length > 1) {
        abroad.add("=" + row[0], row[1]); // a name already there keeps its own row: it came first
      }
    }
    return Map.copyOf(out);
  }
}
