package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Where;

/**
 * Provincial bodies: a head of local-patterns.tsv and its province ("Sở Y tế Long An", "UBND
 * tỉnh"), a list of provinces under one head, a district's or a town's body, and provinces shared
 * along "Liên đoàn Lao động và Sở ... Long An".
 */
final class ProvincialBodies {
  private final NameTrie trie;
  private final NamedBodies named;

  ProvincialBodies(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /**
   * "Uỷ ban nhân dân các tỉnh Hoà Bình, Nghệ An, ... và Thừa Thiên Huế", "UBND hai tỉnh Vĩnh Long
   * và Trà Vinh": a provincial head and a list of places ({@link PlaceLists}) is that body of each
   * place; an empty list when the head is not followed so.
   */
  List<Draft> list(Syllables s, Match head, boolean ignoreCase) {
    int p = head.to();
    if (p >= s.size || s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    for (PlaceLists.Place place : PlaceLists.at(s, trie, p, ignoreCase)) {
      Draft d =
          new Draft(out.isEmpty() ? head.from() : place.from(), place.to(), head, Where.EXPLICIT);
      d.province = place.province();
      out.add(d);
    }
    return out;
  }

  /**
   * The provincial head that a national body's name at {@code national} starts with, when the rest
   * of that name is "Việt Nam" and a province follows: "Ủy ban MTTQ Việt Nam TP.HCM", "UBMTTQ Việt
   * Nam thành phố Hà Nội" name the city's committee of the Front, as the provincial committees are
   * officially named, not the national "Ủy ban MTTQ Việt Nam"; else null.
   */
  Match branch(Syllables s, Match national, boolean ignoreCase) {
    Match local = trie.longest(s, national.from(), Kind.LOCAL.bit(), ignoreCase);
    return local != null
            && local.to() < national.to()
            && pastState(s, local.to(), ignoreCase) == national.to()
        ? local
        : null;
  }

  /**
   * Past "Việt Nam" at p when a province, or a province's or district's type word, follows it ("Ủy
   * ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"); else p.
   */
  private int pastState(Syllables s, int p, boolean ignoreCase) {
    if (p >= s.size || s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return p;
    }
    Match state = trie.longest(s, p, Kind.COUNTRY.bit(), true);
    int q = state == null ? -1 : state.to();
    if (q < 0
        || q >= s.size
        || !VIET_NAM.equals(state.entry().value())
        || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return p;
    }
    int place = Kind.PROVINCE.bit() | Kind.TYPE.bit() | Kind.DISTRICT.bit();
    return trie.longest(s, q, place, ignoreCase) != null ? q : p;
  }

  private static final String VIET_NAM = "Việt Nam";

  /**
   * The syllable after the head's short name in brackets that {@link #read} passes ("Liên đoàn Lao
   * động (LĐLĐ) tỉnh Bắc Ninh" → "tỉnh"), else the head's end.
   */
  int pastShortName(Syllables s, Match head, boolean ignoreCase) {
    int state = pastState(s, head.to(), ignoreCase);
    int p = pastShortName(s, state, head, ignoreCase);
    return p == state ? head.to() : p;
  }

  /**
   * Past the head's short name in brackets at p, its initials ("LĐLĐ" of "Liên đoàn Lao động"),
   * when a province or its type follows: "Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh" is the
   * province's federation, as "Liên đoàn Lao động tỉnh Bắc Ninh" is; else p.
   */
  private int pastShortName(Syllables s, int p, Match head, boolean ignoreCase) {
    int q = p + 1;
    if (q >= s.size
        || !s.has(p, Syllables.BREAK | Syllables.PAREN)
        || !s.has(p, Syllables.PAREN)
        || s.has(q, Syllables.PAREN)
        || s.sentence[q] != s.sentence[p]
        || !AliasMiner.initialsMatch(head.entry().value(), s.original(p))
        || !closesBracket(s, q)) {
      return p;
    }
    int place = Kind.PROVINCE.bit() | Kind.TYPE.bit();
    return trie.longest(s, q, place, ignoreCase) != null ? q : p;
  }

  /** Whether only a closing bracket and spaces stand right before syllable q. */
  private static boolean closesBracket(Syllables s, int q) {
    boolean closed = false;
    for (int i = s.end[q - 1]; i < s.start[q]; i++) {
      char c = s.text[i];
      if (c != ')' && !Character.isWhitespace(c)) {
        return false;
      }
      closed |= c == ')';
    }
    return closed;
  }

  /** Head of a provincial body, then: a province, "tỉnh" (+ province), "các"/"cấp", or nothing. */
  Draft read(Syllables s, Match head, boolean ignoreCase) {
    Draft d = new Draft(head.from(), head.to(), head, Where.NONE);
    int state = pastState(s, head.to(), ignoreCase);
    int p = pastShortName(s, state, head, ignoreCase);
    if (p >= s.size || p == state && s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return d;
    }
    Match prov = trie.longest(s, p, Kind.PROVINCE.bit(), ignoreCase);
    if (prov == null) {
      Match type = trie.longest(s, p, Kind.TYPE.bit(), ignoreCase);
      Match district = trie.longest(s, p, Kind.DISTRICT.bit() | Kind.TYPE.bit(), true);
      int unit = district == null ? -1 : unitName(s, district.to());
      if (unit > 0) {
        // "UBND huyện Củ Chi", "Công an quận 1", "UBND TP Móng Cái": a body of a district or
        // town, named as written after the head
        String level =
            district.entry().kind() == Kind.TYPE
                ? district.entry().value() // "TP. Uông Bí" → "thành phố Uông Bí"
                : s.original(p, district.to()).toLowerCase(java.util.Locale.ROOT);
        d.name = head.entry().value() + " " + level + " " + s.original(district.to(), unit);
        d.where = Where.NA;
        d.to = unit;
        return d;
      }
      if (type == null) {
        if (trie.longest(s, p, Kind.GENERIC.bit(), true) != null) {
          d.where = Where.GENERIC;
        }
        return d;
      }
      int q = type.to();
      boolean attached = q < s.size && !s.has(q, Syllables.BREAK | Syllables.COMMA);
      prov = attached ? trie.longest(s, q, Kind.PROVINCE.bit(), ignoreCase) : null;
      if (prov == null) {
        // "Sở ... tỉnh - Nguyễn Đại Tánh", "UBND tỉnh tổ chức": the article's province;
        // "UBND TP Móng Cái": a lower-level unit, not a provincial body.
        boolean bare = !attached || s.has(q, Syllables.DASH) || !s.has(q, Syllables.UPPER);
        d.where = bare ? Where.BARE : Where.NONE;
        d.to = bare ? q : d.to;
        return d;
      }
    }
    d.where = Where.EXPLICIT;
    d.province = prov.entry().province();
    d.to = prov.to();
    return d;
  }

  /**
   * The end of a district's or town's name at q: a number ("quận 1") or up to three capitalised
   * words, not a person's name nor a province ("huyện Củ Chi"); else -1. Two capitalised words that
   * a lower-case word or a stop follows are a district even when the first is a family name ("quận
   * Hoàng Mai ký kết", "huyện Lý Sơn"): a person after "UBND huyện" is written with three ("UBND
   * huyện Nguyễn Văn A"); a person right after two words ends the district ("quận Hà Đông Vũ Văn
   * A").
   */
  private int unitName(Syllables s, int q) {
    if (q >= s.size || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return -1;
    }
    if (s.number(q) >= 0) {
      return q + 1;
    }
    int end = q;
    while (end < s.size
        && end - q < UNIT_WORDS
        && s.has(end, Syllables.UPPER)
        && (end == q || !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))
        && !(end - q == 2 && named.isPerson(s, end))) {
      end++;
    }
    boolean bad =
        end == q
            || named.isPerson(s, q) && end - q != 2
            || trie.longest(s, q, Kind.PROVINCE.bit(), true) != null
            || end < s.size && s.has(end, Syllables.UPPER) && !s.has(end, Syllables.BREAK);
    return bad ? -1 : end;
  }

  /** "Liên đoàn Lao động và Sở ... Long An": a head with no province takes the next one's. */
  static void shareProvinces(Syllables s, List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      if (a.where != Where.NONE || b.where == Where.NA || b.where == Where.NONE) {
        continue;
      }
      boolean joined =
          (b.from == a.to + 1 && s.is(a.to, "va") && !s.has(a.to, Syllables.BREAK))
              || (b.from == a.to && s.has(b.from, Syllables.COMMA));
      if (joined && !s.has(b.from, Syllables.BREAK)) {
        a.where = b.where;
        a.province = b.province;
      }
    }
  }

  /** The province most named with provincial bodies; the first one on a tie. */
  static Province mainProvince(List<Draft> drafts) {
    Map<Province, Integer> counts = new HashMap<>();
    Province best = null;
    int bestCount = 0;
    for (Draft d : drafts) {
      if (d.where == Where.EXPLICIT) {
        int c = counts.merge(d.province, 1, Integer::sum);
        if (c > bestCount) {
          best = d.province;
          bestCount = c;
        }
      }
    }
    return best;
  }

  /** At most this many capitalised words name a district or a town ("huyện Cần Giờ"). */
  private static final int UNIT_WORDS = 3;
}
