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
  private static final int BODIES = Kind.LOCAL.bit() | Kind.NAMED.bit() | Kind.NATIONAL.bit();

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
    List<Place> out = new ArrayList<>();
    boolean[] foreign = {false};
    CommaLists.walk(
        s,
        type.to(),
        MAX_LIST,
        q -> {
          Match own = trie.longest(s, q, Kind.TYPE.bit(), true);
          int at =
              own != null && own.to() < s.size && !s.has(own.to(), Syllables.COMMA) ? own.to() : q;
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
    boolean counted = plural || out.size() == n;
    return out.size() >= 2 && counted && !foreign[0] && !cut(s, out) ? out : List.of();
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
