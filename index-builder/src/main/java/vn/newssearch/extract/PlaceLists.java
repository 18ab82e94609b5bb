package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A plural of places and their names: "các tỉnh Hoà Bình, Nghệ An, ... và Thừa Thiên Huế", "hai
 * tỉnh Vĩnh Long và Trà Vinh", "3 tỉnh Long An, Tiền Giang, Đồng Tháp". After a provincial head it
 * is that body of each place ({@link ProvincialBodies}); where a party stands, each place signs
 * ({@link PartyCandidates}). "13 tỉnh biên giới", a count without names, is no list.
 */
final class PlaceLists {
  /** One place of the list: its syllables and its province. */
  record Place(int from, int to, Province province) {}

  /** Heads of bodies: a name of the list that starts one lists another body, not a place. */
  static final int BODIES = Kind.LOCAL.bit() | Kind.NAMED.bit() | Kind.NATIONAL.bit();

  /** At most this many places in one list. */
  private static final int MAX_LIST = 8;

  private PlaceLists() {}

  /**
   * The places listed from the plural marker at p: "các" or a count of two or more ("hai", "3"), a
   * type ("tỉnh", "thành phố"), then two or more provinces joined by commas and maybe a last "và",
   * each maybe with its own type ("và thành phố Cần Thơ"). A count must count them all ("2 tỉnh
   * Long An, Thái Bình"); a name after a comma that is no province ("các tỉnh Lạng Sơn, Cao Bằng,
   * Quảng Tây") makes no list. Empty when there is none.
   */
  static List<Place> at(Syllables s, NameTrie trie, int p, boolean ignoreCase) {
    if (p + 1 >= s.size) {
      return List.of();
    }
    boolean plural = s.is(p, "cac");
    int n = plural ? -1 : ClauseWords.INSTANCE.count(s, p); // "các": as many as it names
    if (!plural && (n < 2 || n > MAX_LIST) || s.has(p + 1, Syllables.BREAK | Syllables.COMMA)) {
      return List.of();
    }
    Match type = trie.longest(s, p + 1, Kind.TYPE.bit(), true);
    if (type == null || type.to() >= s.size) {
      return List.of();
    }
    int from = pastTypes(s, trie, type.to());
    if (n > 0 && from < s.size && s.sentence[from] == s.sentence[p]) {
      List<Place> back = referred(s, trie, p, from, n, ignoreCase);
      if (back != null) {
        return back;
      }
    }
    int opened = opened(s, trie, from);
    List<Place> out = new ArrayList<>();
    boolean[] foreign = {false};
    CommaLists.walk(
        s,
        opened >= 0 ? opened : from,
        MAX_LIST,
        opened >= 0,
        q -> {
          int at = pastOwnType(s, trie, q, Syllables.COMMA);
          Match prov = at < s.size ? trie.longest(s, at, Kind.PROVINCE.bit(), ignoreCase) : null;
          if (prov == null || !s.has(at, Syllables.UPPER)) {
            // "Lạng Sơn, Cao Bằng, Quảng Tây": a name of the list that is no province of ours
            // ("Sở Công Thương các tỉnh A, B, Công ty C" lists another body)
            foreign[0] =
                s.has(q, Syllables.COMMA)
                    && s.has(at, Syllables.UPPER)
                    && trie.longest(s, at, BODIES, true) == null;
            return -1;
          }
          out.add(new Place(q, prov.to(), prov.entry().province()));
          return prov.to();
        });
    List<Place> places =
        out.size() < 2 && opened < 0 && !foreign[0] ? dashed(s, trie, from, ignoreCase) : out;
    boolean counted = plural || places.size() == n;
    if (places.size() >= 2 && counted && !foreign[0] && !cut(s, places)) {
      return places;
    }
    // "Sở Tài chính 2 tỉnh đã ký": a count that no list follows
    List<Place> story =
        n > 0 && out.isEmpty() && opened < 0 && from < s.size && !s.has(from, Syllables.UPPER)
            ? storyPlaces(s, trie, p, from, n)
            : null;
    return story == null ? List.of() : story;
  }

  /**
   * Where the name of a list's item at q starts: past its own type word ("và thành phố Hà Nội"),
   * unless the list's separator {@code mark} follows the type word; else q.
   */
  private static int pastOwnType(Syllables s, NameTrie trie, int q, int mark) {
    Match own = trie.longest(s, q, Kind.TYPE.bit(), true);
    return own != null && own.to() < s.size && !s.has(own.to(), mark) ? own.to() : q;
  }

  /**
   * The places of a list joined by dashes alone, as a count of provinces writes them in one go: "3
   * tỉnh Quảng Bình – Quảng Trị – Thừa Thiên Huế", "hai tỉnh Hà Tĩnh - Bolikhamxay"; each a
   * province, maybe with its own type. Empty unless every separator is a dash.
   */
  private static List<Place> dashed(Syllables s, NameTrie trie, int from, boolean ignoreCase) {
    List<Place> out = new ArrayList<>();
    int q = from;
    while (out.size() < MAX_LIST && q < s.size && s.sentence[q] == s.sentence[from]) {
      boolean first = out.isEmpty();
      if (first == s.has(q, Syllables.DASH) || s.has(q, Syllables.BREAK | Syllables.COMMA)) {
        break;
      }
      int at = pastOwnType(s, trie, q, Syllables.DASH);
      Match prov = at < s.size ? trie.longest(s, at, Kind.PROVINCE.bit(), ignoreCase) : null;
      if (prov == null || !s.has(at, Syllables.UPPER)) {
        return List.of(); // "hai tỉnh Quảng Trị - Trung tâm ...": not a list of places
      }
      out.add(new Place(q, prov.to(), prov.entry().province()));
      q = prov.to();
    }
    return out;
  }

  /**
   * Past the second type word a count may write with the first: "6 tỉnh thành", "7 tỉnh, thành phố"
   * (provinces and cities); else {@code at}.
   */
  private static int pastTypes(Syllables s, NameTrie trie, int at) {
    if (at >= s.size || s.has(at, Syllables.BREAK | Syllables.UPPER)) {
      return at;
    }
    if (s.is(at, "thanh")) {
      // "tỉnh thành", "tỉnh, thành"; "tỉnh, thành phố" as a type of its own
      Match second = s.has(at, Syllables.COMMA) ? trie.longest(s, at, Kind.TYPE.bit(), true) : null;
      int to = second != null ? second.to() : at + 1;
      return to >= s.size || !s.has(to, Syllables.UPPER) || s.has(to, Syllables.BREAK) ? to : at;
    }
    return at;
  }

  /**
   * Where a list opened by a word or a colon right after the type starts: "6 tỉnh thành gồm Quảng
   * Trị, ...", "7 tỉnh, thành phố gồm: A, B, ...", "3 tỉnh: A, B và C" (list-opener of
   * party-words.tsv), or a bracket after a region's name ("4 tỉnh Nam Lào (A, B, C, D)", "5 tỉnh
   * Tây Nguyên (...)"); -1 when none opens it.
   */
  private static int opened(Syllables s, NameTrie trie, int at) {
    if (at >= s.size || s.has(at, Syllables.COMMA | Syllables.DASH)) {
      return -1;
    }
    // "4 tỉnh Nam Lào (Attapu, Champasak, Salavan, Sekong)": a region's name, its provinces in
    // brackets; not a province's own name with its country ("2 tỉnh Quảng Nam (Việt Nam) và ...")
    int r = trie.longest(s, at, Kind.PROVINCE.bit(), false) == null ? at : s.size;
    while (r - at < REGION_SYLLABLES
        && r < s.size
        && s.has(r, Syllables.UPPER)
        && !s.has(r, Syllables.PAREN | Syllables.COMMA | Syllables.DASH)
        && !(r > at && s.has(r, Syllables.BREAK))) {
      r++;
    }
    if (r > at
        && r - at <= REGION_SYLLABLES
        && r < s.size
        && s.sentence[r] == s.sentence[at]
        && s.has(r, Syllables.PAREN)
        && s.has(r, Syllables.UPPER)
        && !s.has(r - 1, Syllables.PAREN)) {
      return r;
    }
    Phrases.Phrase opener = ClauseWords.INSTANCE.get("list-opener").at(s, at);
    if (opener != null && !s.has(at, Syllables.BREAK)) {
      int q = at + opener.length();
      return q < s.size && s.sentence[q] == s.sentence[at] && s.has(q, Syllables.UPPER) ? q : -1;
    }
    return s.has(at, Syllables.BREAK) && s.charBefore(at, ':') && s.has(at, Syllables.UPPER)
        ? at
        : -1;
  }

  /** Most syllables of a region's name before the bracket that lists its provinces. */
  private static final int REGION_SYLLABLES = 3;

  /** Sentences before a count that refers back in which its places may be listed. */
  private static final int BACK_SENTENCES = 6;

  /**
   * The places a count with a word that refers back names: "Ủy ban nhân dân 3 tỉnh vừa nêu", "Công
   * an 3 tỉnh nói trên" (place-back of party-words.tsv), after "3 tỉnh A, B, C" earlier in the
   * article: the nearest earlier list of as many of our provinces, within a few sentences, each
   * place with the span of the words that refer back, from the count to their end ({@link
   * #referring}). Null when no such word follows; empty when it does and no list fits.
   */
  private static List<Place> referred(
      Syllables s, NameTrie trie, int p, int at, int n, boolean ignoreCase) {
    Phrases.Phrase back = ClauseWords.INSTANCE.get("place-back").at(s, at);
    if (back == null || s.has(at, Syllables.BREAK | Syllables.COMMA)) {
      return null;
    }
    int end = at + back.length();
    int oldest = s.sentence[p] - BACK_SENTENCES;
    for (int k = p - 1; k >= 0 && s.sentence[k] >= oldest; k--) {
      if (ClauseWords.INSTANCE.count(s, k) != n) {
        continue;
      }
      List<Place> earlier = at(s, trie, k, ignoreCase);
      if (earlier.size() == n && !referring(earlier)) {
        List<Place> out = new ArrayList<>();
        for (Place place : earlier) {
          out.add(new Place(p, end, place.province()));
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * The places of "Sở Tài chính 2 tỉnh đã ký ...", a count and its type with no names after them,
   * when the article names exactly as many provinces (written with their capitals, ours or
   * neighbours'): the story's provinces, each with the span from the count to {@code end}; null
   * when it names more or fewer.
   */
  private static List<Place> storyPlaces(Syllables s, NameTrie trie, int p, int end, int n) {
    java.util.Set<Province> named = new java.util.LinkedHashSet<>();
    for (int k = 0; k < s.size && named.size() <= n; k++) {
      Match m = s.has(k, Syllables.UPPER) ? trie.longest(s, k, Kind.PROVINCE.bit(), false) : null;
      if (m != null) {
        named.add(m.entry().province());
        k = m.to() - 1;
      }
    }
    if (named.size() != n) {
      return null;
    }
    List<Place> out = new ArrayList<>();
    for (Province place : named) {
      out.add(new Place(p, end, place));
    }
    return out;
  }

  /** Whether the places are read from words that refer back to a list: all share one span. */
  static boolean referring(List<Place> places) {
    return places.size() >= 2 && places.get(0).from() == places.get(1).from();
  }

  /**
   * Whether the list goes on past the places read: {@link #MAX_LIST} of them, then a comma or "và"
   * ("các tỉnh An Giang, Bạc Liêu, ... và Vĩnh Long", thirteen): not some of them, none.
   */
  private static boolean cut(Syllables s, List<Place> out) {
    int end = out.get(out.size() - 1).to();
    return out.size() == MAX_LIST
        && end < s.size
        && (s.has(end, Syllables.COMMA) || s.is(end, "va"))
        && !s.has(end, Syllables.BREAK);
  }
}
